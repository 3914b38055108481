"""Everything that changes events, one module per part: events and their programme, registrations."""
