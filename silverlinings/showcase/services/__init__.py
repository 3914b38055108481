"""Everything that changes the showcase, one module per part: commissions and reports, the pack."""
