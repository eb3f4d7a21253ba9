"""The only place with SQL. Functions take and return plain dataclasses from bot.domain."""

from bot.store.database import Database, Store, StoreError, open_store

__all__ = ["Database", "Store", "StoreError", "open_store"]
