"""Production refuses to start without its secrets, and the catalogues are complete."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

BASE = Path(__file__).resolve().parents[2]


def run_check(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, "manage.py", "check"],
        cwd=BASE,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": " "}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = run_check(**env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production." in result.stderr


SOURCES = ("manage.py", "portal", "pages", "resources", "partners", "templates", "locale")


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The catalogues as `make messages` would leave them for the code as it is now: a copy of the
    sources, so that the test never rewrites the real files."""
    copy = tmp_path_factory.mktemp("catalogues")
    for name in SOURCES:
        source = BASE / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
            )
        elif source.exists():
            shutil.copy(source, copy / name)
    languages = [arg for code, _ in settings.LANGUAGES for arg in ("-l", code)]
    subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--no-location", *languages],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        capture_output=True,
        check=True,
        timeout=300,
    )
    return copy / "locale"


def _msgids(command, path):
    output = subprocess.run(  # noqa: S603
        [command[0], *command[1:], str(path)], capture_output=True, text=True, check=True
    ).stdout
    # The first msgid is the catalogue's header.
    return [line for line in output.splitlines() if line.startswith("msgid ")][1:]


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalogue_is_complete(fresh_catalogues, code):
    """Every interface string in the code has a translation: a missing one shows English to a parent."""
    path = fresh_catalogues / code / "LC_MESSAGES" / "django.po"
    assert _msgids(["msgattrib", "--untranslated"], path) == []
    assert _msgids(["msgattrib", "--only-fuzzy"], path) == []


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalogue_placeholders_match(code):
    """A translation that drops or invents a %(placeholder)s would crash or mislead at run time."""
    path = BASE / "locale" / code / "LC_MESSAGES" / "django.po"
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "-o", os.devnull, str(path)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
