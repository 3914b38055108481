"""Django's database cache, reading one key with a query made once.

With DEBUG off every process shares the cache through the database (settings, "Cache"), and a kept showcase page
costs one cache read on every answer (showcase/caching.py). Django's `DatabaseCache.get` reads one key through
`get_many`: for each read it formats the query, quotes four names, builds an expression and its converters for the
expiry date, and maps the keys back. That came to 32 µs of a kept page's 90 µs in the process, against 3 µs for
the query itself: what made a kept page cost more than a static file served by the same server
(decision 98, "2026-12-01: the cache read").

`get` here does the same read with the query and the converters made once per database: the same row, the same
expiry (an expired entry is missing, and deleted), the same pickle. Writing, clearing and culling are Django's.
"""

import base64
import pickle

from django.core.cache.backends import db
from django.db import connections, models, router
from django.utils.timezone import now


class DatabaseCache(db.DatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        #: Per database alias: the query reading one key, and the expiry's expression and converters.
        self._reads: dict[str, tuple] = {}

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        alias = router.db_for_read(self.cache_model_class)
        connection = connections[alias]
        query, expression, converters = self._reads.get(alias) or self._read_for(alias)
        with connection.cursor() as cursor:
            cursor.execute(query, [key])
            row = cursor.fetchone()
        if row is None:
            return default
        value, expires = row
        for converter in converters:
            expires = converter(expires, expression, connection)
        if expires < now():
            self._base_delete_many([key])
            return default
        # What this cache wrote itself, as Django's database cache reads it.
        return pickle.loads(base64.b64decode(connection.ops.process_clob(value).encode()))  # noqa: S301

    def _read_for(self, alias: str) -> tuple:
        connection = connections[alias]
        name = connection.ops.quote_name
        columns, table, key = name("value") + ", " + name("expires"), name(self._table), name("cache_key")
        query = f"SELECT {columns} FROM {table} WHERE {key} = %s"  # noqa: S608 - quoted names; the key is a parameter
        expression = models.Expression(output_field=models.DateTimeField())
        converters = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)
        self._reads[alias] = (query, expression, converters)
        return self._reads[alias]
