"""Databases of their own for tests that need one beside the test database."""

import uuid

import pytest
from django.db import connection


def fresh_database(tmp_path):
    """A new, empty database of the same kind as the one the tests use; its URL and a cleanup."""
    if connection.vendor == "sqlite":
        path = tmp_path / "fresh.sqlite3"
        return f"sqlite:///{path}", lambda: None
    if connection.vendor == "postgresql":
        import psycopg

        name = f"seash_scratch_{uuid.uuid4().hex[:12]}"
        params = connection.settings_dict
        # CREATE DATABASE cannot run inside the test's transaction: use a connection of its own.
        admin = psycopg.connect(
            host=params["HOST"],
            port=params["PORT"],
            user=params["USER"],
            password=params.get("PASSWORD") or None,
            dbname=params["NAME"],
            autocommit=True,
        )
        admin.execute(f'CREATE DATABASE "{name}"')
        url = (
            f"postgres://{params['USER']}:{params.get('PASSWORD') or ''}@{params['HOST']}:"
            f"{params['PORT']}/{name}"
        )

        def drop():
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()

        return url, drop
    pytest.fail(f"no fresh database for {connection.vendor}")
