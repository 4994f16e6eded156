"""The national standard for places of digital mediation: its schema (a copy, see README.md), and
the translation between its CSV columns and partners."""

import json
from functools import cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("schema.json")


@cache
def schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def columns():
    """The standard's columns, in its order."""
    return [f["name"] for f in schema()["fields"]]


def required_columns():
    return [f["name"] for f in schema()["fields"] if f.get("constraints", {}).get("required")]


def field(name):
    return next(f for f in schema()["fields"] if f["name"] == name)
