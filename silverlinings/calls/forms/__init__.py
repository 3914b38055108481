"""The calls forms, one module per part: calls and nominations, headings, redaction."""
