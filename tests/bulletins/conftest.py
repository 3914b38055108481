def pytest_configure(config):
    # Registered here until the project's pytest settings list it: slow tests still run.
    config.addinivalue_line("markers", "slow: takes seconds rather than milliseconds; still part of every run")
