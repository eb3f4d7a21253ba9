"""The bot core's own helpers, without Discord."""

import asyncio

import pytest

from bot.core import wait_event


async def test_wait_event_reports_set_and_timeout() -> None:
    event = asyncio.Event()
    assert await wait_event(event, 0.01) is False
    event.set()
    assert await wait_event(event, 0.01) is True


async def test_a_cancel_that_lands_as_the_event_is_set_still_cancels() -> None:
    # On 3.11, asyncio.wait_for returns the result here and the cancel is lost: a worker would then
    # wait out its next hour and hold up shutdown.
    event = asyncio.Event()
    waiter = asyncio.create_task(wait_event(event, 60))
    await asyncio.sleep(0)
    event.set()
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter


def test_the_loader_takes_every_feature_and_skips_private_modules(tmp_path, monkeypatch) -> None:
    import cogs
    from bot.core import extension_names

    (tmp_path / "feature.py").write_text("")
    (tmp_path / "_shared.py").write_text("")
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "__init__.py").write_text("")
    monkeypatch.setattr(cogs, "__path__", [str(tmp_path)])
    assert sorted(extension_names()) == ["cogs.feature", "cogs.package"]
