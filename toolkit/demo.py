"""Demo content for this app, loaded by `manage.py seed_demo`."""


def seed(home):
    """Create this app's demo content under the English home page, if missing."""
