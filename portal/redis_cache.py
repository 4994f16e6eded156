"""Django's Redis cache, with one Redis client per connection pool instead of a new one per
operation.

Django's client builds a `redis.Redis` object for every get and set, and each one copies its table
of about 170 reply parsers: on a page served from the cache that was most of the CPU the page
cost. A `redis.Redis` object is safe to share between threads (the pool hands out connections),
so one per pool is enough.

`get_client` is the extension point Django's own comment names for custom clients; choosing the
pool uses `_get_connection_pool`, which is not public: Django is pinned to 5.2 in pyproject.toml
and tests/portal/test_redis_cache.py fails if that method changes.
"""

from django.core.cache.backends import redis


class SharedClients(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClients
