"""The accounts pages, one module per part: signing in and out, the people pages."""
