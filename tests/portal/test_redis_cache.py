"""The production cache: Django's Redis cache with one client per connection pool, against the
Redis server running beside the tests."""

import threading
import uuid

from django.core.cache.backends.redis import RedisCacheClient

import pytest

from portal.redis_cache import RedisCache

REDIS = "redis://127.0.0.1:6379/12"


@pytest.fixture
def shared():
    cache = RedisCache(REDIS, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    cache.clear()


def test_values_round_trip_and_one_client_serves_every_operation(shared):
    shared.set("menu", {"fr": ["Accueil", "Agenda"]}, 30)
    assert shared.get("menu") == {"fr": ["Accueil", "Agenda"]}
    assert shared.add("menu", "other", 30) is False
    shared.delete("menu")
    assert shared.get("menu") is None
    client = shared._cache.get_client(write=True)
    assert shared._cache.get_client() is client


def test_threads_share_the_client_safely(shared):
    errors = []

    def work(n):
        try:
            for i in range(50):
                shared.set(f"k{n}-{i}", i, 30)
                assert shared.get(f"k{n}-{i}") == i
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_the_django_method_it_relies_on_is_still_there():
    """`_get_connection_pool(write)` is not public: this fails when Django changes it."""
    client = RedisCacheClient([REDIS])
    pool = client._get_connection_pool(False)
    assert client._get_connection_pool(True) is pool
    assert pool.connection_kwargs["db"] == 12
