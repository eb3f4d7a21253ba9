"""The only place with SQL. Functions take and return plain dataclasses from bot.domain."""

from bot.store.database import Database, StoreError

__all__ = ["Database", "StoreError"]
