"""The review app's forms, one module per part: themes and ideas (grouping), the panel."""
