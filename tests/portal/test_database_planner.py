"""PostgreSQL plans searches for solid-state disks (portal/settings/base.py): with its default
cost of a random read, a word found in many pages made it read the whole search table instead of
its full-text index, twice as slow at 10,000 resources (tests/perf/bench_resources.py)."""

from django.db import connection

import pytest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_every_connection_counts_random_reads_as_cheap():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == pytest.approx(1.1)
