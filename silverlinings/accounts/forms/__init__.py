"""The accounts forms, one module per part: signing in, the people pages."""
