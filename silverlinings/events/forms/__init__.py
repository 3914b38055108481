"""The events app's forms, one module per part: the team's pages (manage), and registration."""
