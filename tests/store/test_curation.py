import pytest

from bot.store import Database, curation
from tests.conftest import make_show, put

URL = "https://example.org/news/renewed"


@pytest.fixture
async def seeded(db: Database) -> Database:
    await put(db, [make_show()])
    return db


async def test_curators(db: Database) -> None:
    assert await curation.add_curator(db, 5, added_by=1)
    assert not await curation.add_curator(db, 5, added_by=1)
    assert await curation.is_curator(db, 5)
    assert [c.user_id for c in await curation.list_curators(db)] == [5]
    assert await curation.remove_curator(db, 5, removed_by=1)
    assert not await curation.is_curator(db, 5)
    assert [e.action for e in await curation.audit_entries(db)] == ["curator.remove", "curator.add"]


async def test_the_audit_log_names_a_user_or_a_process(db: Database) -> None:
    await curation.add_curator(db, 5, added_by=1)
    await put(db, [make_show()])
    imported, added = await curation.audit_entries(db)
    assert (imported.actor, imported.actor_id, imported.action) == ("tests", None, "import")
    assert (added.actor, added.actor_id) == ("user", 1)
