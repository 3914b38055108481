"""Everything that changes calls, one module per part: calls and nominations, headings."""
