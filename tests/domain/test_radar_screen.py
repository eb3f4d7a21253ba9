"""The radar's learned screen: the file shipped is what the labelled sets train, it is read here as
scikit-learn computes it, and it takes back only the decisions it may."""

from __future__ import annotations

from datetime import date

import pytest

from bench.radar import DATA, DEFAULT, read, unread
from bench.radar_screen import (
    _listed_with,
    as_file,
    fit,
    fit_titles,
    largest_gap,
    outside_tv_rows,
    title_examples,
    titles_file,
    train,
    training_rows,
    vocabulary,
)
from bot.domain.radar import Item, Name, Screen, classify, normalise
from bot.domain.radar._screen import bundled, features, text_of
from bot.domain.radar._titles import candidates, locate


def _needs_scikit_learn() -> None:
    """Training needs scikit-learn (the dev extra); reading the bundled screen does not."""
    pytest.importorskip("sklearn")


def test_the_features_are_words_word_pairs_and_padded_letter_groups() -> None:
    found = features("Renewed for S2")
    assert {"#renewed", "#for", "#s2", "#renewed for", "#for s2"} <= set(found)
    assert {" r", " re", " ren", " rene", "wed ", "ed ", " s2 ", "s2 "} <= set(found)
    assert "#s" not in found  # a word is two letters or more, as scikit-learn's default pattern reads it
    assert " renew" not in found  # five letters at most
    assert features("") == []


def test_a_trained_screen_is_read_as_scikit_learn_computes_it() -> None:
    _needs_scikit_learn()
    rows = [row for path in DEFAULT[:3] for row in read(path)]
    vectoriser, decisions, milestones, kinds = fit(rows)
    screen = Screen.from_json(as_file(vectoriser, decisions, milestones, kinds, rows=rows))
    others = read(DEFAULT[3])[:150]
    x = vectoriser.transform([text_of(r.title, r.summary) for r in rows + others])
    for model, read_by in (
        (decisions, screen.decision_probability),
        (milestones, screen.milestone_probability),
    ):
        expected = model.predict_proba(x)[:, 1]
        got = [read_by(r.title, r.summary) for r in rows + others]
        assert max(abs(e - g) for e, g in zip(expected, got, strict=True)) < 1e-5
    expected_kinds = kinds.predict_proba(x)
    for row, probabilities in zip(rows + others, expected_kinds, strict=True):
        got_kinds = screen.kind_probabilities(row.title, row.summary)
        assert got_kinds is not None and set(got_kinds) == set(kinds.classes_)
        for kind, p in zip(kinds.classes_, probabilities, strict=True):
            assert abs(got_kinds[kind] - p) < 1e-5


def test_the_features_kept_are_the_most_frequent_with_ties_broken_by_the_feature() -> None:
    _needs_scikit_learn()
    texts = ["ab", "ab", "ab", "cd", "cd", "cd", "ef", "ef", "ef"]  # no letter group shared
    every = vocabulary(texts, limit=10**6)
    assert {"#ab", "#cd", "#ef"} <= set(every)
    assert every == sorted(every)
    # all tied on three: the first features by name are kept, on every machine
    assert vocabulary(texts, limit=5) == every[:5]
    assert set(vocabulary([*texts, "ef"], limit=4)) == {"#ef", " e", " ef", " ef "}  # the most frequent
    assert vocabulary([*texts, "ef"], min_df=4) == sorted(features("ef"))  # only they are in four texts


def test_the_shipped_screen_is_what_the_labelled_sets_train() -> None:
    _needs_scikit_learn()
    fresh = Screen.from_json(train(training_rows(), outside_tv_rows()))
    rows = [row for path in DEFAULT for row in read(path)][::7]
    assert largest_gap(fresh, bundled(), rows) < 0.01, (
        "the labelled sets changed: run `python -m bench.radar_screen` and commit the file"
    )


def test_the_held_out_headlines_are_never_trained_on() -> None:
    trained = {(r.url, r.title) for r in training_rows()}
    held = [(r.url, r.title) for path in DEFAULT for r in read(path) if unread(path, r)]
    assert held and not trained & set(held)


def test_the_screen_takes_back_a_decision_the_labellers_called_no_decision() -> None:
    # the tenth set: an actor's last scenes as the show ends, labelled a wrap, read as an end
    item = Item(
        "Martin Clunes films his final scenes in the Cornish village of Port Isaac as Doc Martin comes to an"
        " end after 18 years",
        "The actor, 60, portrays a successful vascular surgeon whose acute fear of blood derails his city"
        " career and forces him to take up a GP post in sleepy Cornwall",
        date(2022, 7, 25),
    )
    assert [f.kind for f in classify(item, screened=False)] == ["ended"]
    assert bundled().doubts(item.title, item.summary)
    assert classify(item) == []


def test_the_screen_leaves_plain_decisions_alone() -> None:
    for title in (
        "Netflix cancels The OA",
        "'Severance' Renewed for Season 3 at Apple TV+",
        "Netflix rescues Lucifer",
        "ABC Renews Grey's Anatomy for Season 21",
    ):
        item = Item(title, "", date(2024, 6, 1))
        assert not bundled().doubts(title, ""), title
        assert classify(item) == classify(item, screened=False) != [], title


# a screen that doubts everything, to show what it may take back and what it may not
_DOUBTS_ALL = Screen({}, -10.0)


def test_a_decision_whose_season_the_item_states_is_never_taken_back() -> None:
    assert _DOUBTS_ALL.doubts("anything", "")
    for title, season in (
        ("'Hacks' Renewed for Season 5 at HBO Max", 5),
        ("9-1-1: Lone Star to Call It Quits After Season 5", 5),
    ):
        item = Item(title, "", date(2025, 5, 1))
        assert [f.season for f in classify(item, screen=_DOUBTS_ALL)] == [season], title


def test_a_number_after_a_title_is_no_season_stated() -> None:
    # a streamer's sequel (a news river's form; the film's "'KPop Demon Hunters 2' Confirmed by Netflix and
    # Sony" the rules no longer read, beside a film studio): "3" after a title is read as a season by the
    # rules, but only "season", "series", "part" and the like state one, so the screen may take it back
    item = Item("'Mirzapur 3' Officially Announced By Prime Video", "", date(2025, 11, 1))
    assert [(f.kind, f.season) for f in classify(item, screened=False)] == [("renewed", 3)]
    assert classify(item, screen=_DOUBTS_ALL) == []
    worded = Item("'Awarapan' Season 2 confirmed", "", date(2026, 5, 1))
    assert [(f.kind, f.season) for f in classify(worded, screen=_DOUBTS_ALL)] == [("renewed", 2)]
    # (with no word of television at all the rules propose nothing: 2026, a public archive of a news API)
    bare = Item(
        "Arijit Singh NOT making his comeback with Emraan Hashmi's 'Awarapan 2', confirms his manager",
        "",
        date(2026, 5, 1),
    )
    assert classify(bare, screened=False) == []


@pytest.mark.parametrize("title", ["Netflix Cancels 'The OA'", "Grey's Anatomy Renewed at ABC"])
def test_a_decision_without_a_season_may_be_taken_back(title: str) -> None:
    item = Item(title, "", date(2024, 6, 1))
    assert [f.kind for f in classify(item, screened=False) if f.kind in ("renewed", "cancelled")]
    screened = classify(item, screen=_DOUBTS_ALL)
    assert [f for f in screened if f.kind in ("renewed", "cancelled", "ended")] == []


@pytest.mark.parametrize(
    ("title", "shows"),
    [
        (
            "'Scrubs' & 'Shifting Gears' Renewed By ABC, 'R.J. Decker' Remains On The Bubble",
            ["Scrubs", "Shifting Gears"],
        ),
        ("Fall Slate Set; 'Elsbeth' Renewed At CBS", ["Elsbeth"]),
    ],
)
def test_quoted_titles_plainly_decided_are_never_taken_back(title: str, shows: list[str]) -> None:
    """Quoted titles and what became of them, by whom ("'A' & 'B' Renewed By ABC"), at the headline's
    start or after a comma or semicolon, are the news, whatever words follow ("Remains On The Bubble")."""
    item = Item(title, "", date(2025, 5, 1))
    assert [f.show_title for f in classify(item, screen=_DOUBTS_ALL)] == shows


def test_a_season_counted_from_the_catalogue_is_no_season_stated() -> None:
    def lookup(key: str) -> list[Name]:
        return [Name("greys-anatomy", "Grey's Anatomy", next_season=22)] if key == "grey s anatomy" else []

    item = Item("ABC Renews Grey's Anatomy for Another Season", "", date(2025, 4, 1))
    read = classify(item, lookup, screened=False)
    assert [(f.kind, f.show, f.season) for f in read] == [("renewed", "greys-anatomy", 22)]
    assert classify(item, lookup, screen=_DOUBTS_ALL) == []
    assert classify(item, lookup) == read  # the bundled screen has no doubt of it


def test_a_milestone_is_judged_by_its_own_head() -> None:
    item = Item("Stranger Things Begins Filming in Atlanta", "", date(2022, 2, 1))
    rules = classify(item, screened=False)
    assert [f.kind for f in rules] == ["in_production"]
    assert classify(item, screen=_DOUBTS_ALL) == rules  # a screen without the milestone head
    doubts_milestones = Screen({}, 10.0, {}, -10.0)
    assert classify(item, screen=doubts_milestones) == []
    stated = Item("Stranger Things Season 5 Begins Filming", "", date(2022, 2, 1))
    assert [f.kind for f in classify(stated, screen=doubts_milestones)] == ["in_production"]


def test_the_bundled_screen_takes_back_a_film_wrapping() -> None:
    # the forty-third set: a film's filming wrapped, read by the rules as a series' milestone
    rows = [r for r in read(DATA / "radar_headlines_fortythird.jsonl") if r.kind == "none"]
    taken = [
        r
        for r in rows
        if any(f.kind == "wrapped" for f in classify(Item(r.title, r.summary), screened=False))
        and not any(f.kind == "wrapped" for f in classify(Item(r.title, r.summary)))
    ]
    assert taken, "the screen takes back no wrap the labellers call no milestone"


def test_a_trained_title_judge_is_read_as_scikit_learn_computes_it() -> None:
    _needs_scikit_learn()
    rows = [row for path in DEFAULT[:4] for row in read(path)]
    vectoriser, model = fit_titles(rows)
    screen = Screen.from_json(
        {"features": [], "idf": [], "weights": [], "intercept": 0.0} | titles_file(vectoriser, model)
    )
    x, _ = title_examples(read(DEFAULT[4])[:200])
    expected = model.predict_proba(vectoriser.transform(x))[:, 1]
    spans = []
    for row in read(DEFAULT[4])[:200]:
        if row.kind == "none" or not row.show:
            continue
        title = normalise(row.title)
        at = locate(title, normalise(row.show))
        for start, end in sorted(candidates(title) | ({at} if at else set())):
            if at is None or not _listed_with(title, (start, end), at):
                spans.append((title, start, end))
    got = [screen.title_probability(*span) for span in spans]
    assert len(got) == len(expected) > 100
    assert max(abs(e - (g or 0.0)) for e, g in zip(expected, got, strict=True)) < 1e-5


def test_the_title_judge_takes_back_a_description_read_as_a_title() -> None:
    # the sixth set: the rules read "On a Good One" as the show TNT cancelled
    item = Item("TNT Pulls the Plug On a Good One", "", date(2019, 2, 1))
    assert [(f.kind, f.show_title) for f in classify(item, screened=False)] == [
        ("cancelled", "On a Good One")
    ]
    assert bundled().doubts_title(item.title, "On a Good One")
    assert classify(item) == []


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("For All Mankind Renewed for Season 5 at Apple TV+", ["For All Mankind"]),
        ("And Just Like That renewed for season 3", ["And Just Like That"]),
        ("Hulu Renews Runaways, Two Shows That Were Pretty Good", ["Runaways"]),
        ("Netflix cancels The OA", ["The OA"]),
    ],
)
def test_the_title_judge_leaves_real_titles_alone(title: str, names: list[str]) -> None:
    assert [f.show_title for f in classify(Item(title, "", date(2024, 6, 1)))] == names


# a judge that speaks against every name
_DOUBTS_EVERY_NAME = Screen({}, 10.0, titles={f"len={n}": -10.0 for n in range(1, 7)})


def test_a_quoted_title_or_a_catalogue_show_is_never_taken_back_by_the_title_judge() -> None:
    def lookup(key: str) -> list[Name]:
        return [Name("the-oa", "The OA")] if key == "the oa" else []

    assert _DOUBTS_EVERY_NAME.doubts_title("Netflix cancels The OA", "The OA")
    assert classify(Item("Netflix cancels The OA", "", date(2019, 8, 5)), screen=_DOUBTS_EVERY_NAME) == []
    assert [f.show for f in classify(Item("Netflix cancels The OA", "", date(2019, 8, 5)), lookup)] == [
        "the-oa"
    ]
    kept = classify(Item("Netflix cancels The OA", "", date(2019, 8, 5)), lookup, screen=_DOUBTS_EVERY_NAME)
    assert [f.show for f in kept] == ["the-oa"]
    quoted = classify(
        Item("Netflix Cancels 'The OA' After Two Seasons", "", date(2019, 8, 5)), screen=_DOUBTS_EVERY_NAME
    )
    assert [(f.kind, f.show_title) for f in quoted] == [("cancelled", "The OA")]
    # (the American style sets a list's comma inside the closing quote)
    listed = Item('CBC Renews Original Comedies "Run the Burbs," "Son of a Critch"', "", date(2022, 3, 1))
    assert [f.show_title for f in classify(listed, screened=False)] == ["Run the Burbs", "Son of a Critch"]
    assert classify(listed, screen=_DOUBTS_EVERY_NAME) == classify(listed, screened=False)
    # a screen trained without the judge doubts no name
    assert not Screen({}, 10.0).doubts_title("TNT Pulls the Plug On a Good One", "On a Good One")


def test_cross_validation_folds_keep_each_set_whole_and_about_as_large() -> None:
    """bench/radar_screen_cv.py's folds: every set in exactly one fold, the largest first into the fold
    with the fewest headlines, so that no fold holds far more than another."""
    from bench.radar_screen_cv import folds, seen_sets

    sets = seen_sets()
    grouped = folds(sets, 5)
    names = [name for fold in grouped for name in fold]
    assert sorted(names) == sorted(sets) and len(names) == len(set(names))
    sizes = [sum(len(sets[name]) for name in fold) for fold in grouped]
    assert max(sizes) - min(sizes) <= max(len(rows) for rows in sets.values())
    # (no held-out headline is among them)
    assert all(not unread(path, row) for path in DEFAULT if path.name in sets for row in sets[path.name])
    toy = {"a": [None] * 5, "b": [None] * 4, "c": [None] * 3, "d": [None] * 2}
    assert folds(toy, 2) == [["a", "d"], ["b", "c"]]  # type: ignore[arg-type]


def test_cross_validation_tallies_what_the_screen_took_back_and_added() -> None:
    """bench/radar_screen_cv.py's tally against the labels: a screen that doubts everything takes back a
    decision the rules read without a stated season, right or wrong by the label, and keeps a stated one."""
    from bench.radar import Labelled
    from bench.radar_screen_cv import tally

    sequel = "'Mirzapur 3' Officially Announced By Prime Video"
    rows = [
        # (the rules read a renewal of season 3 from a number after a title; labelled so: taken back right)
        Labelled(sequel, "", date(2025, 11, 1), "renewed", [3], True),
        # (labelled none: taken back wrong)
        Labelled(sequel, "", date(2025, 11, 1), "none", [], False),
        # (a season stated: kept, and found)
        Labelled("'Hacks' Renewed for Season 5 at HBO Max", "", date(2025, 5, 1), "renewed", [5], True),
    ]
    result = tally(rows, _DOUBTS_ALL)
    rules, screened = result.rules, result.screened
    assert (rules.predicted, rules.correct, screened.predicted, screened.correct) == (3, 2, 1, 1)
    assert (screened.labelled, rules.found, screened.found) == (2, 2, 1)
    assert result.taken_back == [1, 1] and result.added == [0, 0]
