"""The showcase's forms, one module per part: commissions, writing and fact-check, pictures, the pack and
the public pages."""
