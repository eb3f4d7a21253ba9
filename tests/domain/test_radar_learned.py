"""The decision the learned screen reads where the rules read nothing (bot/domain/radar/_learned.py): real
headlines in words the rules do not know, and what it never proposes, whatever the screen says."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.radar import Item, Name, Screen, bundled_screen, classify

DAY = date(2024, 6, 1)


def _read(title: str, summary: str = "", screen: Screen | None = None) -> list[tuple[str, str, int | None]]:
    return [(f.kind, f.show_title, f.season) for f in classify(Item(title, summary, DAY), screen=screen)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # (real headlines of the labelled sets, in words none of the rules reads)
        ('TNT Re-Enlists "The Last Ship" for Third Season', ("renewed", "The Last Ship", 3)),
        ("FX is serving up another season of The Bear", ("renewed", "The Bear", None)),
        ("NBC stops the clock on Timeless", ("cancelled", "Timeless", None)),
        ("The Journey Ends for 1899 as Netflix Cancels It After One Season", ("cancelled", "1899", 2)),
        (
            "Lena Waithe says \u2018The Chi\u201d's upcoming eighth season will be its last",
            ("ended", "The Chi", 8),
        ),
    ],
)
def test_the_screen_reads_a_decision_in_words_the_rules_do_not_know(
    title: str, expected: tuple[str, str, int | None]
) -> None:
    assert classify(Item(title, "", DAY), screened=False) == []
    assert _read(title) == [expected]


def test_a_renewal_for_a_final_season_is_read_as_the_last() -> None:
    item = Item(
        "Netflix Is Laundering Up a Fourth and Final Season of Ozark, in Two Parts",
        "The Byrde family is back for one last job(s).",
        DAY,
    )
    # (the rules alone read only the season named the last, the show's end, as their last reading; the
    # screen's renewal comes before it)
    assert [(f.kind, f.show_title, f.season) for f in classify(item, screened=False)] == [
        ("ended", "Ozark", 4)
    ]
    [found] = classify(item)
    assert (found.kind, found.show_title, found.season, found.final) == ("renewed", "Ozark", 4, True)


def _sure_of(kind: str) -> Screen:
    """A screen sure the item announces `kind` (or "none"), whose title judge likes a quoted title
    best."""
    kinds = {k: ({}, 10.0 if k == kind else 0.0) for k in ("renewed", "cancelled", "ended", "none")}
    return Screen({}, 10.0, titles={"quoted": 5.0}, title_intercept=-1.0, kinds=kinds)


def test_a_sure_screen_proposes_the_quoted_show_with_the_season_stated() -> None:
    assert _read("'Foo Bar' gets the nod for season 3", screen=_sure_of("renewed")) == [
        ("renewed", "Foo Bar", 3)
    ]
    # a cancellation's season is the first that will not be made; an ending's the last
    assert _read("'Foo Bar' gets the chop after two seasons", screen=_sure_of("cancelled")) == [
        ("cancelled", "Foo Bar", 3)
    ]
    assert _read("'Foo Bar' bows out after five seasons", screen=_sure_of("ended")) == [
        ("ended", "Foo Bar", 5)
    ]


def test_the_catalogue_names_the_show_and_counts_its_season() -> None:
    def lookup(key: str) -> list[Name]:
        return [Name("foo-bar", "Foo Bar", next_season=4)] if key == "foo bar" else []

    [found] = classify(Item("'Foo Bar' gets the nod", "", DAY), lookup, screen=_sure_of("renewed"))
    assert (found.kind, found.show, found.show_title, found.season) == ("renewed", "foo-bar", "Foo Bar", 4)


@pytest.mark.parametrize(
    "title",
    [
        "Will 'Foo Bar' get the nod?",  # a question
        "'Foo Bar' review: a season that earns its nod",  # a review
        "'Foo Bar' will not get the nod",  # a negation
        "'Foo Bar' could get the nod",  # a guess
        "'Foo Bar' nearing the nod from the network",  # a decision near, not made
        "Everything we know about 'Foo Bar' getting the nod",  # an explainer alone
        "'Foo Bar' star gets the nod from the network",  # a person of the show
        "'Foo Bar' spinoff gets the nod",  # another show
        "'Foo Bar' gets the nod for six more episodes",  # more of the season on air
        "'Foo Bar' new season gets the nod for March",  # when it comes out
        "'Foo Bar' gets the nod - report",  # someone else's word
        "Netflix gives another great show the nod",  # a show described, unnamed
        "netflix gives a show the nod",  # nothing the judge holds for a title
        "Netflix quietly erased 'Foo Bar' after the nod",  # a show no longer streamed
    ],
)
def test_what_a_sure_screen_never_proposes(title: str) -> None:
    assert _read(title, screen=_sure_of("renewed")) == []


def test_a_show_back_after_its_cancellation_is_not_proposed_cancelled() -> None:
    sure = _sure_of("cancelled")
    assert (
        _read("'Foo Bar' is officially returning after shock Prime Video series cancellation", screen=sure)
        == []
    )
    # (a reaction to a cancellation is the cancellation, as the labelled sets hold it)
    assert _read(
        "Netflix accused of \u201cdestroying television\u201d after Dead Boy Detectives cancellation"
    ) == [("cancelled", "Dead Boy Detectives", None)]
    # (a renewal after a cancellation is the renewal: "Brooklyn Nine-Nine Gets Picked Up By NBC After
    # Cancellation")
    assert _read("'Foo Bar' gets the nod from NBC after cancellation", screen=_sure_of("renewed")) == [
        ("renewed", "Foo Bar", None)
    ]


def test_an_explainer_after_the_news_leaves_the_news() -> None:
    assert _read("'Foo Bar' gets the nod: everything we know", screen=_sure_of("renewed")) == [
        ("renewed", "Foo Bar", None)
    ]


def test_a_screen_unsure_or_sure_of_no_decision_proposes_nothing() -> None:
    assert _read("'Foo Bar' gets the nod", screen=_sure_of("none")) == []
    unsure = Screen(
        {},
        10.0,
        titles={"quoted": 5.0},
        kinds={"renewed": ({}, 1.0), "cancelled": ({}, 0.0), "ended": ({}, 0.0), "none": ({}, 0.0)},
    )
    assert _read("'Foo Bar' gets the nod", screen=unsure) == []  # 0.58: not sure enough


def test_a_screen_without_the_third_head_reads_as_the_rules_do() -> None:
    older = Screen({}, 10.0, titles={"quoted": 5.0})
    assert older.kind_probabilities("'Foo Bar' gets the nod", "") is None
    assert _read("'Foo Bar' gets the nod", screen=older) == []
    assert _read("'Hacks' Renewed for Season 5 at HBO Max", screen=older) == [("renewed", "Hacks", 5)]


def test_the_bundled_screen_has_the_third_head() -> None:
    found = bundled_screen().kind_probabilities("Netflix Cancels 'The OA' After Two Seasons", "")
    assert found is not None and set(found) == {"renewed", "cancelled", "ended", "none"}
    assert max(found, key=found.__getitem__) == "cancelled"
    assert abs(sum(found.values()) - 1.0) < 1e-9


def test_a_summary_never_reads_against_the_headlines_own_decision() -> None:
    # (The Guardian's feed, 2022: the headline tells a return, the summary the old cancellation)
    title = "Big Brother will return next year on ITV2 and online"
    summary = "The ground-breaking reality show was ultimately axed by both Channel 4 and Channel 5."
    screen = bundled_screen()
    told = screen.kind_probabilities(title, summary)
    alone = screen.kind_probabilities(title, "")
    assert told is not None and alone is not None
    assert max(told, key=lambda k: told[k]) == "cancelled" and max(alone, key=lambda k: alone[k]) == "renewed"
    assert _read(title, summary) == []
    # a headline whose own words read no decision still takes the summary's, as before
    sure = Screen(
        {"#axed": (1.0, 0.0)},
        10.0,
        titles={"quoted": 5.0},
        title_intercept=-1.0,
        kinds={
            "renewed": ({}, 0.0),
            "cancelled": ({"#axed": 30.0}, 0.0),
            "ended": ({}, -10.0),
            "none": ({}, 1.0),
        },
    )
    assert _read("'Foo Bar' news", "", screen=sure) == []
    assert _read("'Foo Bar' news", "The show was axed.", screen=sure) == [("cancelled", "Foo Bar", None)]


def test_the_learned_reading_leaves_the_headline_s_full_stop_off_the_title() -> None:
    # (a South African site's headline, 2021: the rules refuse the lead-in, the learned reading names it)
    assert _read("Exposed: Real reason why Etv canceled Rhythm City.", "") == [
        ("cancelled", "Rhythm City", None)
    ]


def test_the_learned_reading_leaves_what_the_show_does_off_its_title() -> None:
    # (a fan site of DC's films, a labelled set: the rules read no decision there, the learned reading does)
    title = "Constantine Looking For A New Home After Cancellation from NBC"
    assert _read(title, "") == [("cancelled", "Constantine", None)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # (real headlines of the labelled sets: a quoted title with an apostrophe of its own, and one after a
        # possessive's, which the runs of capitalised words cut or take with the closing quote)
        ("Beloved 'Schitt's Creek' ending at its peak", ("ended", "Schitt's Creek", None)),
        (
            "As CMT's 'Nashville' Ends, So Does A Glamorous Showcase Of The City And Its Songwriters",
            ("ended", "Nashville", None),
        ),
    ],
)
def test_the_learned_reading_judges_a_quoted_title_whole(title: str, expected: tuple[str, str, None]) -> None:
    assert classify(Item(title, "", DAY), screened=False) == []
    assert _read(title) == [expected]


def test_a_quoted_title_the_judge_doubts_is_still_not_proposed() -> None:
    # (a real sports headline, a news river's, 2026: a ballpark's themed night, the show's name quoted)
    assert _read("Boston Red Sox Announce 'Heated Rivalry' Night At Fenway Park") == []


def test_a_title_the_judge_holds_likely_but_not_sure_is_named() -> None:
    # (real headlines of the labelled sets, the rules reading nothing: the judge holds "Treme" and "Willow"
    # likely, not sure, the show's title)
    title = "HBO Toots Treme's Horn, Renews It for Season 3"
    assert classify(Item(title, "", DAY), screened=False) == []
    assert _read(title) == [("renewed", "Treme", 3)]
    summary = 'After only one season, Disney+ has decided not to move forward with more episodes of "Willow."'
    assert _read("Willow Is Dead On Disney+", summary) == [("cancelled", "Willow", 2)]


def test_a_doubtful_stretch_not_written_as_a_title_names_no_show() -> None:
    # (a real headline of the labelled sets: the judge's likeliest stretch is a quote in lower case, someone's
    # words; and a news river's, 2026: a revival talked of after a cancellation, no cancellation)
    quoted_words = (
        "Phoebe Waller-Bridge's US show is ditched after one season for 'failing to connect' with audiences"
    )
    assert _read(quoted_words) == []
    revival = (
        "HBO Has Had \u2018Conversations\u2019 About Reviving \u2018Poker Face\u2019 With Peter Dinklage "
        "After Peacock Cancellation"
    )
    assert _read(revival) == []


def test_a_name_never_runs_from_one_quoted_title_into_the_next() -> None:
    # (two titles in double quotes, the rules reading nothing: the judge's stretch is one of them, never both
    # with the quotes and comma between them)
    title = "Renewal news: \u201cHeartland,\u201d \u201cMurdoch Mysteries\u201d stay on CBC"
    assert classify(Item(title, "", DAY), screened=False) == []
    names = [show for _, show, _ in _read(title)]
    assert names
    assert all('"' not in name and "," not in name for name in names)
