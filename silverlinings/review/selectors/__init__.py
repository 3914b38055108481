"""Queries the review pages need, one module per part: grouping, the panel, its meeting."""
