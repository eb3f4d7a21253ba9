import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.search import Entry, SearchIndex, edit_distance, search_key

SHOWS = [
    Entry(
        1,
        "all-of-us-are-dead",
        "All of Us Are Dead",
        ("All of Us Are Dead", "지금 우리 학교는", "Now at Our School", "AOUAD"),
    ),
    Entry(2, "squid-game", "Squid Game", ("Squid Game", "오징어 게임")),
    Entry(3, "dark", "Dark", ("Dark",)),
    Entry(4, "dark-matter", "Dark Matter", ("Dark Matter",)),
    Entry(5, "attack-on-titan", "Attack on Titan", ("Attack on Titan", "進撃の巨人", "Shingeki no Kyojin")),
    Entry(6, "pokemon", "Pokémon", ("Pokémon",)),
    Entry(7, "the-office", "The Office", ("The Office",)),
    Entry(8, "the-office-uk", "The Office (UK)", ("The Office (UK)",)),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(SHOWS)


def first(index: SearchIndex, query: str) -> str | None:
    hits = index.search(query, 5)
    return hits[0].entry.slug if hits else None


def test_search_key_folds_case_punctuation_width_and_accents() -> None:
    assert search_key("All of Us Are Dead!") == search_key("ALL  OF US ARE DEAD")
    assert search_key("ＳＱＵＩＤ　ＧＡＭＥ") == "squid game"
    assert search_key("Pokémon") == "pokemon"
    assert search_key("지금 우리 학교는") == "지금 우리 학교는"  # Hangul stays whole


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("all of us are ded", "all-of-us-are-dead"),  # one typo
        ("al of us ar dead", "all-of-us-are-dead"),  # two typos
        ("지금 우리 학교는", "all-of-us-are-dead"),  # original title
        ("now at our school", "all-of-us-are-dead"),  # alias
        ("aouad", "all-of-us-are-dead"),
        ("squid gmae", "squid-game"),  # swapped letters
        ("오징어", "squid-game"),
        ("進撃", "attack-on-titan"),  # a prefix of a title written without spaces
        ("shingeki no", "attack-on-titan"),
        ("pokemon", "pokemon"),
        ("POKÉMON", "pokemon"),
        ("dark", "dark"),  # the exact title before the longer one
        ("the office", "the-office"),
        ("attack on titn", "attack-on-titan"),
    ],
)
def test_finds_the_show(index: SearchIndex, query: str, slug: str) -> None:
    assert first(index, query) == slug


def test_nothing_for_nonsense(index: SearchIndex) -> None:
    assert index.search("qqqqzzzz", 5) == []
    assert index.search("   ", 5) == []


def test_limit_is_respected(index: SearchIndex) -> None:
    assert len(index.search("d", 2)) <= 2


def test_upsert_and_remove(index: SearchIndex) -> None:
    local = SearchIndex.build(SHOWS)
    local.upsert(Entry(9, "severance", "Severance", ("Severance",)))
    assert first(local, "severanse") == "severance"
    local.upsert(Entry(9, "severance", "Severance", ("Severance", "Lumon")))
    assert first(local, "lumon") == "severance"
    local.remove(9)
    assert first(local, "severance") is None


def test_a_word_goes_from_one_show_to_two_and_back() -> None:
    local = SearchIndex.build(SHOWS)
    local.upsert(Entry(9, "severance", "Severance", ("Severance", "Lumon")))
    local.upsert(Entry(10, "lumon-files", "Lumon Files", ("Lumon Files",)))
    assert {h.entry.slug for h in local.search("lumon", 5)} == {"severance", "lumon-files"}
    local.remove(10)
    assert [h.entry.slug for h in local.search("lumon", 5)] == ["severance"]
    local.remove(9)
    assert local.search("lumon", 5) == []


def test_a_hit_labels_a_suggestion_without_keeping_the_names(index: SearchIndex) -> None:
    entry = index.search("오징어 게임", 1)[0].entry
    assert (entry.show_id, entry.slug, entry.title) == (2, "squid-game", "Squid Game")
    assert entry.names == ()  # the index keeps them folded, once
    assert SHOWS[1].names == ("Squid Game", "오징어 게임")  # what it was given is left alone


def test_edit_distance() -> None:
    assert edit_distance("dead", "ded", 2) == 1
    assert edit_distance("game", "gmae", 2) == 1  # a swap is one edit
    assert edit_distance("abc", "xyz", 1) == 2  # capped at limit + 1


@given(st.text(max_size=40))
def test_search_never_raises(text: str) -> None:
    SearchIndex.build(SHOWS).search(text, 25)


@given(st.text("abcd", max_size=7), st.text("abcd", max_size=7))
def test_one_edit_fast_path_agrees_with_the_table(a: str, b: str) -> None:
    assert edit_distance(a, b, 1) == min(edit_distance(a, b, 3), 2)


def test_words_no_show_holds_count_against_a_match(index: SearchIndex) -> None:
    """A title the catalogue lacks that shares one word with a show is not that show: the words no
    show holds weigh as the rarest words, so the score stays far from a confident match."""
    hits = index.search("Zzqx Nothing Dark", 5)
    assert all(h.score < 0.5 for h in hits)
    assert index.search("Dark", 1)[0].score >= 0.99  # the show's own name still is
    assert index.search("dark matr", 1)[0].entry.slug == "dark-matter"  # typos are still typos
