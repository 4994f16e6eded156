"""`make run` checks the database first: one clear line when it cannot be reached."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

BASE = Path(__file__).resolve().parents[2]
POSTGRES = "postgres://postgres@127.0.0.1:5432"


def dbcheck(url, *args):
    return subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, "manage.py", "dbcheck", *args],
        cwd=BASE,
        env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_unreachable_database_is_one_clear_line():
    result = dbcheck("postgres://postgres@127.0.0.1:1/passerelle", "--create")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Cannot reach the database (postgresql at 127.0.0.1)")
    assert "Check DATABASE_URL." in lines[0]


def test_missing_postgresql_database_is_created():
    name = f"passerelle_check_{uuid.uuid4().hex[:8]}"
    try:
        assert dbcheck(f"{POSTGRES}/{name}").returncode == 1
        created = dbcheck(f"{POSTGRES}/{name}", "--create")
        assert created.returncode == 0, created.stderr
        assert dbcheck(f"{POSTGRES}/{name}").returncode == 0
    finally:
        import psycopg

        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
