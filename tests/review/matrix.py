ENTRIES: dict = {}
