"""The index's bounds: no show, however many and long its names, makes it explode (counted work)."""

import random
import string

import pytest

from bot.domain import search
from bot.domain.search import (
    FUZZY_PER_SHOW,
    FUZZY_WORD_CHARS,
    NAMES_PER_SHOW,
    Entry,
    SearchIndex,
)
from tests.domain.test_search import SHOWS

RNG = random.Random(3)
LONG_ALIASES = tuple("".join(RNG.choices(string.ascii_lowercase, k=200)) for _ in range(200))
# A 41 KB import once made `ask` take 1.9 GB: 200 aliases of 200 random letters.
HOSTILE = Entry(99, "hostile", "Hostile Show", ("Hostile Show", *LONG_ALIASES))
# The worst a show can do under the word bound: 200 names of ten 19-letter words.
WORDY = Entry(
    98,
    "wordy",
    "Wordy",
    ("Wordy", *(" ".join("".join(RNG.choices("abcdef", k=19)) for _ in range(10)) for _ in range(200))),
)


@pytest.fixture
def variants_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many deleted forms `_deletes` computes, call by call: the index's work, counted."""
    made: list[int] = []
    real = search._deletes

    def counting(word: str, depth: int) -> set[str]:
        out = real(word, depth)
        made.append(len(out))
        return out

    monkeypatch.setattr(search, "_deletes", counting)
    return made


def first(index: SearchIndex, query: str) -> str | None:
    hits = index.search(query, 5)
    return hits[0].entry.slug if hits else None


def test_a_show_with_200_long_aliases_indexes_20_names_and_no_typo_variants(variants_made) -> None:
    base = SearchIndex.build(SHOWS).size()
    variants_made.clear()
    size = SearchIndex.build([*SHOWS, HOSTILE]).size()
    assert size.names - base.names == NAMES_PER_SHOW
    title_only = SearchIndex.build([*SHOWS, Entry(99, "hostile", "Hostile Show", ("Hostile Show",))])
    assert size.typo_variants == title_only.size().typo_variants  # 200-letter words get none
    assert sum(variants_made) < 10_000  # was 200 x 19,901 deleted forms


def test_a_show_with_long_aliases_is_still_found_by_title_alias_and_prefix() -> None:
    index = SearchIndex.build([*SHOWS, HOSTILE])
    assert first(index, "hostile shw") == "hostile"  # typo in the title
    assert first(index, LONG_ALIASES[0]) == "hostile"  # a long alias, exactly
    assert first(index, LONG_ALIASES[1][:30]) == "hostile"  # and as a prefix
    assert first(index, LONG_ALIASES[NAMES_PER_SHOW]) is None  # past the first 20 names: not indexed
    assert first(index, "squid gmae") == "squid-game"  # the rest of the index is unharmed


def test_typo_variants_per_show_are_capped(variants_made) -> None:
    base = SearchIndex.build(SHOWS).size()
    size = SearchIndex.build([*SHOWS, WORDY]).size()
    assert 0 < size.typo_variants - base.typo_variants <= FUZZY_PER_SHOW


def test_past_the_index_budget_new_words_match_exactly_and_by_prefix(monkeypatch) -> None:
    budget = SearchIndex.build(SHOWS).size().typo_variants
    monkeypatch.setattr(search, "FUZZY_BUDGET", budget)
    index = SearchIndex.build([*SHOWS, Entry(9, "severance", "Severance", ("Severance",))])
    assert index.size().typo_variants <= budget
    assert first(index, "severance") == "severance"
    assert first(index, "sever") == "severance"
    assert first(index, "severanse") is None  # no typo variants left for it
    assert first(index, "squid gmae") == "squid-game"  # words indexed before keep theirs


def test_a_long_query_word_computes_no_typo_variants(variants_made) -> None:
    index = SearchIndex.build(SHOWS)
    variants_made.clear()
    index.search("x" * 99 + " " + "y" * (FUZZY_WORD_CHARS + 1), 25)
    assert variants_made == []


def test_refreshing_a_hostile_show_is_bounded_work(variants_made) -> None:
    index = SearchIndex.build(SHOWS)
    variants_made.clear()
    index.upsert(WORDY)
    index.upsert(WORDY)  # a curator edit re-indexes it
    index.upsert(HOSTILE)
    # Words over the per-show allowance are not expanded at all; the ones expanded fit in it.
    assert sum(variants_made) <= 2 * (2 * FUZZY_PER_SHOW + 2 * 211) + 211


def snapshot(index: SearchIndex) -> dict[str, object]:
    return {
        "entries": index.entries,
        "names": sorted(zip(index._name_keys, index._name_ids, strict=True)),
        "sorted": index._name_keys == sorted(index._name_keys),
        "keys": {sid: sorted(keys.split("\n")) for sid, keys in index._keys.items()},
        # A one-show word as a plain number, as a fresh build stores it: never a one-show array.
        "postings": {w: ids if isinstance(ids, int) else sorted(ids) for w, ids in index._postings.items()},
        "vocab": index._vocab,
        "deletes": {d: sorted(words.split()) for d, words in index._deletes.items()},
        "typo_variants": index.size().typo_variants,
    }


def test_upserts_and_removals_leave_what_a_fresh_build_would() -> None:
    renamed = Entry(3, "dark", "Dark", ("Dark", "Dunkel", "Ｄａｒｋ Ｇｅｒｍａｎｙ"))
    index = SearchIndex.build([*SHOWS, HOSTILE])
    index.upsert(WORDY)
    index.upsert(renamed)
    index.remove(HOSTILE.show_id)
    index.remove(7)
    index.upsert(WORDY)
    want = [e for e in SHOWS if e.show_id not in (3, 7)] + [renamed, WORDY]
    fresh = SearchIndex.build(want)
    assert snapshot(index) == snapshot(fresh)
    assert first(index, "dunkle") == "dark"
    assert first(index, "the offce") == "the-office-uk"
