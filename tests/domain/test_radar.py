"""The renewal radar's classifier (bot.domain.radar): what trade-press headlines announce, and the
noise it must refuse. The labelled set of real headlines (tests/data/radar_headlines.jsonl, each
with its URL, publisher and date) is a regression floor, not a tuning target: bench/radar.py prints
the figures."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from bot.domain.models import DECISION_STATUSES as DECISIONS
from bot.domain.radar import Finding, Item, Name, classify
from bot.domain.search import search_key

REPO = Path(__file__).resolve().parents[2]

CATALOGUE = {
    search_key(n.title): [n]
    for n in (
        Name("squid-game", "Squid Game", next_season=4),
        Name("the-bear", "The Bear", next_season=5),
        Name("stranger-things", "Stranger Things", next_season=6),
        Name("all-of-us-are-dead", "All of Us Are Dead", next_season=3),
        Name("this-is-us", "This Is Us", next_season=2),
        Name("1899", "1899", next_season=2),
        Name("the-last-of-us", "The Last of Us", next_season=3),
        Name("barry", "Barry", next_season=5),
    )
}


def lookup(key: str) -> list[Name]:
    return CATALOGUE.get(key, [])


def read_of(title: str, day: date, *, screened: bool = False) -> list[tuple[str, str, int | None]]:
    """(kind, show, season) of each finding in a headline without a summary: the rules' reading, or with
    `screened` the radar's whole."""
    return [(f.kind, f.show_title, f.season) for f in classify(Item(title, "", day), screened=screened)]


def one(title: str, **kwargs: object) -> Finding:
    found = classify(Item(title, **kwargs), lookup)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("title", "kind", "show", "season"),
    [
        ("'The Bear' Renewed for Season 5 at FX", "renewed", "the-bear", 5),
        ("Netflix Renews Squid Game for Season 3", "renewed", "squid-game", 3),
        ("HBO Cancels 'Westworld' After Four Seasons", "cancelled", None, 5),
        ("USA Network Cancels 'Falling Water' After 2 Seasons", "cancelled", None, 3),
        ("Detective drama Bancroft axed by ITV after two series", "cancelled", None, 3),
        ("'Stranger Things' to End With Season 5", "ended", "stranger-things", 5),
        ("The Crown to End at Season 6: Why That's Good and Bad News", "ended", None, 6),
        ("All of Us Are Dead Season 2 Begins Filming", "in_production", "all-of-us-are-dead", 2),
        ("Filming for Netflix drama series “Kingdom Season 2” begins", "in_production", None, 2),
        ("'The Last of Us' Season 2 Wraps Filming", "wrapped", "the-last-of-us", 2),
        ("1899, Netflix's Sci-Fi Mystery Series From The Creators Of Dark, Has Already Been Canceled",
         "cancelled", "1899", 2),
        ("Netflix cancels ‘The OA’", "cancelled", None, None),
    ],
)  # fmt: skip
def test_what_headlines_announce(title: str, kind: str, show: str | None, season: int | None) -> None:
    found = one(title)
    assert (found.kind, found.show, found.season) == (kind, show, season)


@pytest.mark.parametrize(
    ("title", "kind", "show_title", "season", "final"),
    [
        # A network's word is its decision; an ending as the "series finale".
        ("HBO Says 'Eastbound & Down' Season 4 Will Be Its Last", "ended", "Eastbound & Down", 4, True),
        ("Downton Abbey Season 6 News: Season 6 Will Be Series Finale, Producers Reveal", "ended",
         "Downton Abbey", 6, True),
        # An ending a network confirms is an ending, read as "to end with season 5" is (LABELLING.md: a final
        # season said to be the last), not a renewal of the season it ends with.
        ("Money Heist: Netflix's Spanish hit will come to an end after fifth season, confirms streaming "
         "platform", "ended", "Money Heist", 5, True),
        ("Spy x Family to return with season 3! Here's what to expect", "renewed", "Spy x Family", 3, False),
        # A description before the name goes; the name after "season of" is the show.
        ("Hit anime series Spy x Family renewed for season 3", "renewed", "Spy x Family", 3, False),
        ("Apple hit Ted Lasso gets a super-early season 3 renewal", "renewed", "Ted Lasso", 3, False),
        ("Netflix Officially Announces Renewal for Sixth and Final Season of Lucifer", "renewed", "Lucifer",
         6, True),
        ("Netflix's Big Mouth Will Officially End With Season 8", "ended", "Big Mouth", 8, True),
        # Production and wraps in more of the words the press uses.
        ("'Yellowjackets' Buzzes Into Production on Season 3, With Showrunners Behind the Camera",
         "in_production", "Yellowjackets", 3, False),
        # A short name before a colon and the name after it are one title.
        ("Frieren: Beyond Journey's End has officially begun production on season 2", "in_production",
         "Frieren: Beyond Journey's End", 2, False),
        ("Only Murders in the Building Cast Celebrates S03 Filming Wrap (VIDEO)", "wrapped",
         "Only Murders in the Building", 3, False),
        ("Manoj Bajpayee Announces The Family Man Season 3 Wrap Up", "wrapped", "The Family Man", 3, False),
        # a network confirms a show for a season, or announces it: a renewal
        ("HBO Confirms 'The Last of Us' For Season 2", "renewed", "The Last of Us", 2, False),
        ("Netflix Announces 'Wednesday' Season 2", "renewed", "Wednesday", 2, False),
        # a people's word in a title, before its edition in capitals (2023, a public archive of a news API)
        ("Salman Khan's Bigg Boss OTT 2 Gets A Premiere Date", "premiere_date", "Bigg Boss OTT", 2, False),
        # a title in capitals ends where the capitals do (a tag in capitals is no title: nothing cut after it)
        ("Renewed! GALAVANT Marches To Second Season", "renewed", "GALAVANT", 2, False),
        ("EXCLUSIVE Ted Lasso RETURNS to America as filming begins with Jason Sudeikis, Hannah Waddingham "
         "and Juno Temple", "in_production", "Ted Lasso", None, False),
        # a title listed that opens with "How to" is no how-to; a sneak peek after the news and a colon
        # describes the article
        ("HBO Cancels Bored to Death, Hung, How to Make It In America", "cancelled", "Bored to Death", None,
         False),
        ("\u201cElite\u201d Season 8 Confirmed: A Sneak Peek into the Upcoming Drama and Release", "renewed",
         "Elite", 8, False),
        # a show renewed with its cast
        ("Good Girls and its great cast renewed for third season at NBC", "renewed", "Good Girls", 3, False),
    ],
)  # fmt: skip
def test_more_of_the_press_s_wording(
    title: str, kind: str, show_title: str, season: int | None, final: bool
) -> None:
    found = one(title)
    assert (found.kind, found.show_title, found.season, found.final) == (kind, show_title, season, final)


@pytest.mark.parametrize(
    "title",
    [
        "'Agent Carter' season 3 rumors: Show to be renewed for third run",
        "Canceled by Prime: All the shows ditched by Amazon in 2022",
        "Squid Game 2 To Extraordinary Attorney Woo 2, Netflix Renews 7 K-Dramas For 2024!",
        "Climactic Manga Arcs and Exciting Anime Renewals Announced",
        # A show described, not named: nobody could be told about it.
        "Netflix axes popular comedy series after five seasons as streamer reveals when final episodes"
        " will air",
        "ABS-CBN denies Coco Martin's Ang Probinsyano will end next month",
        "Spain & Italy shoot of Zoya Akhtar's Made In Heaven 2 cancelled amid Coronavirus scare",
        # A compound that describes is no title, by the rules ("The CW") or the learned reading ("NBC")
        "The CW Cancels Problem-Riddled Series After 3 Seasons",
        "NBC Cancels Matt Reeves-Created TV Series After One Season",
        "Peacock Cancels Kevin Bacon-Led Series After One Season",
        "Prime Video Cancels Big-Budget Fantasy Series After One Season",
        # (the US trade press of 2025-26) a film's filming, told in a film's words and of no series
        "Anthony Mackie & Dafne Keen To Star In Action-Thriller ‘Barracuda’ For Director Neil Burger; Filming"
        " Begins This Week",
        "Justine Triet’s ‘Fonda’ Begins Principal Photography; Adds Odessa A’zion To Cast",
        "‘Spider-Man: Brand New Day’ Wraps Filming, Director Calls It His “Most Rewarding Film”",
        "Filming begins on ‘Oppenheimer’, the new film by Christopher Nolan",
        # what premieres is a film, a play, a documentary of the show, a comedy special
        "\u2018The Road Between Us\u2019: October 7th Docu Sets North American Fall Theatrical Release",
        "Ethan Slater\u2019s Marcel Marceau Play Sets Premiere Date For Off Broadway Engagement",
        "\u2018Stranger Things\u2019 Documentary Sets Netflix Release Date; Trailer Takes Fans Inside",
        "Hulu Unveils Title, Premiere Date For Its Kumail Nanjiani Comedy Special \u2013 Update",
        # the network's stir is no title either, nor a kind of show
        "Netflix Sparks Outrage by Cancelling Beloved Show After 3 Seasons",
        "Netflix's Hit 6-Season Series Is Officially Ending With Final Episodes",
        "HBO Max Renews Breakout Comedy TV Show for Season 2 After Huge Debut",
        # (2026, a public archive of a news API) what a show confirms for a season, and a cast announced
        "'Off Campus' Confirms Dean & Allie As Central Couple For Season 2",
        'Breaking News - The Mystery Deepens: Prime Video Announces Casting for "Young Sherlock" Season Two',
        # a film's takings: no series has a box office
        "'Sooryavanshi' revives Indian box-office with 'historic' numbers; set to be Akshay Kumar's biggest",
    ],
)
def test_rumours_lists_and_unnamed_shows_say_nothing(title: str) -> None:
    assert classify(Item(title)) == []


def test_a_yearless_day_in_the_headline_takes_its_year_from_the_summary() -> None:
    found = one(
        "“Sweet Home’s” Third Season to Premiere on July 19",
        summary="Netflix’s hit South Korean drama Sweet Home is about to return with its third season. The"
        " final season will premiere on July 19, 2024.",
    )
    assert (found.kind, found.season, found.date) == ("premiere_date", 3, "2024-07-19")
    coming = classify(Item("‘Sky Rojo’ Third and Final Season Coming to Netflix in January 2023"), lookup)
    # (the final season's end first, then its date)
    assert [(f.kind, f.season, f.date) for f in coming] == [
        ("ended", 3, None),
        ("premiere_date", 3, "2023-01"),
    ]


def test_the_quoted_title_is_the_show_and_says_nothing_itself() -> None:
    """ "The Last of Us" holds "last": masked, it is no last season; a possessive is no quote."""
    wraps = one("'The Last of Us' Season 2 Wraps Filming")
    assert wraps.kind == "wrapped" and wraps.show_title == "The Last of Us"
    assert one("'Grey's Anatomy' Renewed for Season 22").show_title == "Grey's Anatomy"
    assert one("Netflix's Squid Game Canceled After One Season").show == "squid-game"


def test_multi_season_orders_and_final_seasons() -> None:
    both = classify(Item("'Bridgerton' Renewed for Seasons 5 and 6"))
    assert [(f.kind, f.season, f.final) for f in both] == [("renewed", 5, False), ("renewed", 6, False)]
    assert [f.season for f in classify(Item("'Grey's Anatomy' Renewed for Seasons 3-5"))] == [3, 4, 5]
    through = one("'The Simpsons' Renewed Through Season 40")
    assert (through.kind, through.season) == ("renewed", 40)
    final = one("'Cobra Kai' Renewed for Sixth and Final Season")
    assert (final.season, final.final) == (6, True)
    uk = one("Superhero Drama Misfits Renewed for Fifth and Final Series")
    assert (uk.season, uk.final) == (5, True)


def test_relative_seasons_count_from_the_catalogue() -> None:
    """ "Two more seasons" names no number: the catalogue's next season does."""
    two = classify(Item("All Hail the Big 3! This Is Us Renewed for Two More Seasons"), lookup)
    assert [(f.show, f.season) for f in two] == [("this-is-us", 2), ("this-is-us", 3)]
    another = one("The Last of Us show renewed for another season")
    assert (another.show, another.season) == ("the-last-of-us", 3)
    unknown = classify(Item("'Mystery Show' Renewed for Two More Seasons"), lookup)
    assert [(f.show, f.season) for f in unknown] == [(None, None)]  # a curator fills it in


def test_premiere_dates_from_the_headline_or_its_summary() -> None:
    dated = one("'Wednesday' Season 2 Premieres August 6 on Netflix", published=date(2025, 3, 1))
    assert (dated.kind, dated.date, dated.season) == ("premiere_date", "2025-08-06", 2)
    later = one(
        "Apple TV+ sets 'Slow Horses' season 5 premiere date: September 24", published=date(2025, 10, 1)
    )
    assert later.date == "2026-09-24"  # the next September 24 after publication
    month = one("The Bear season 4: FX confirms June 2025 return")
    assert (month.kind, month.date) == ("premiere_date", "2025-06")
    summary = one(
        "Starz announces Outlander season four premiere date",
        summary="Outlander returns on Sunday, November 4 with ...",
        published=date(2018, 7, 20),
    )
    assert (summary.date, summary.season) == ("2018-11-04", 4)


@pytest.mark.parametrize(
    "title",
    [
        "Is Squid Game season 3 happening? Everything we know",
        "Squid Game Season 3: Everything We Know",
        "Jenna Ortega teases Wednesday season 3",
        "Squid Game season 2 review: a bloody return",
        "'Squid Game' Season 2 Release Date: When Is It Out?",
        "Squid Game season 2 trailer",
        "Stranger Things Season 5 Renewed? Here's What We Know",
        "'The Bear' could be renewed for a fifth season, says FX boss",
        "25 TV Shows That Have Just Been Renewed",
        "Another Hit Netflix Series Officially Canned After Just One Season",
        "TV Cancellation Watch: Which Shows Are on the Bubble?",
        "John Wick 2 Gets Release Date",
        "Amazing, Just About Every Anime This Season Is Getting A Second Season!",
        "We're Still Upset That This Netflix Sci-fi Mystery Was Cancelled After One Season",
        "Better Call Saul, the Final Season: How Does It All End?",
        "'Brooklyn Nine-Nine' Season 5 Can't Get Here Soon Enough",
        "Squid Game season 2 cast confirmed",
        # (the US trade press and tabloids' feeds, 2025-26: a season back on air and how to watch it; a word
        # made of a title, the thing scrapped a reboot)
        "\u2018Euphoria\u2019 is back for Season 3: Release date, cast, how to watch",
        "\u2018The Morning Show\u2019 is back for Season 4\u2014How to watch Jennifer Aniston for free",
        "Sarah Michelle Gellar Blames One \u2018Buffy\u2019-Hating Executive for Scrapping Hulu Reboot:"
        " \u2018Nobody Saw This Coming\u2019",
        # (a critic's word in quotes before the show described: no title)
        "'Masterful' thriller with 'perfect' lead actor gets season 3 renewal",
        "\u2018Perfect\u2019 Netflix series does the impossible and is renewed season two",
        # (a guess: NME's headline without the quotes around the boss's words)
        "\u2018The Last Of Us\u2019 season three certainly seems to be the last, says HBO boss",
        # (and as a news river kept it, 2026: the boss's words quoted in lower case are no title)
        "\u2018The Last Of Us\u2019 season three \u201ccertainly seems\u201d to be the last, says HBO boss",
    ],
)
def test_noise_is_refused(title: str) -> None:
    assert classify(Item(title), lookup) == []


def test_a_statement_with_an_opinion_in_another_clause_is_still_news() -> None:
    found = one("Netflix Renews 'Orange Is the New Black' For Third Season: Good Move?")
    assert (found.kind, found.season) == ("renewed", 3)


@pytest.mark.parametrize(
    ("name", "precision", "recall", "named"),
    [
        # The set the rules were written against: the targets (0.97 and 0.90) hold.
        ("radar_headlines.jsonl", 0.97, 0.90, (0.93, 0.85)),
        # Collected after the rules were written (0.902 / 0.750 then, before one round of fixes):
        # where it stands now, so it cannot slide back.
        ("radar_headlines_second.jsonl", 0.96, 0.80, (0.88, 0.76)),
        # Collected in December 2026 (218, more of them international): 0.807 / 0.622 when first
        # scored; half of it was used for one round of general fixes, the other half held out.
        ("radar_headlines_third.jsonl", 0.91, 0.70, (0.84, 0.67)),
        # Collected blind in December 2026 (218, US/UK press and K-drama/anime/Indian outlets):
        # 0.820 / 0.720 and, with the show, 0.580 / 0.580 when first scored; half of it was used for
        # one round of fixes, the other half held out.
        ("radar_headlines_fourth.jsonl", 0.94, 0.88, (0.78, 0.80)),
        # Collected blind in December 2026 (299: US trade press; UK, Irish, Australian and Canadian
        # outlets; K-drama, anime, Turkish, Spanish and Indian series): 0.846 / 0.730 and, with the
        # show, 0.679 / 0.596 when first scored; the half chosen by the URL's hash was used for one
        # round of fixes, the other half held out.
        ("radar_headlines_fifth.jsonl", 0.92, 0.78, (0.84, 0.72)),
        # Collected blind in December 2026 after the fifth (309: trade press and its feed's noise,
        # streaming and fan sites, Asian and European series): 0.795 / 0.651 and, with the show,
        # 0.767 / 0.628 when first scored; one round of fixes from the even half left the odd half
        # where it was (0.750 / 0.591).
        ("radar_headlines_sixth.jsonl", 0.84, 0.65, (0.81, 0.64)),
        # Collected blind in December 2026 after the sixth's fixes (314: US TV news of every kind,
        # UK/Irish/Australian/Canadian outlets, anime, Asian, Turkish and Latin series): 0.950 /
        # 0.628 and, with the show, 0.817 / 0.570 when first scored; its odd half, held out, 1.000 /
        # 0.750 then.
        ("radar_headlines_seventh.jsonl", 0.93, 0.66, (0.81, 0.60)),
        # Collected blind last (207, headlines chosen for unusual wording, 2008-2026): 0.878 / 0.571
        # and, with the show, 0.659 / 0.429 when first scored; its odd half, held out, went from
        # 0.950 / 0.576 to 0.952 / 0.606 after one round of fixes from the even half.
        ("radar_headlines_eighth.jsonl", 0.93, 0.63, (0.72, 0.49)),
        # Collected blind in the ninth session (299: US/UK trade press and TV news; streaming, fan,
        # anime, K-drama and international outlets): 0.906 / 0.789 and, with the show, 0.776 / 0.695
        # when first scored; its odd half, held out, 0.872 / 0.796 then, and 0.976 / 0.796 after the
        # fixes drawn from its even half and from the other sets' false proposals.
        ("radar_headlines_ninth.jsonl", 0.96, 0.79, (0.84, 0.70)),
        # Collected blind after the ninth's fixes (282: recent trade-press feeds; UK, Irish,
        # Australian, New Zealand, Canadian, Indian, Asian and European outlets, a few headlines not
        # in English): 0.857 / 0.506 and, with the show, 0.735 / 0.434 when first scored; its odd
        # half 0.773 / 0.415 then, 0.783 / 0.439 after one round of fixes from the even half.
        ("radar_headlines_tenth.jsonl", 0.87, 0.57, (0.78, 0.51)),
        # Collected blind in the eleventh session by three people at once (307: US trade press and TV
        # news; streaming and fan sites; anime, K-drama, UK, Irish, Canadian, Australian and Indian
        # outlets): 0.890 / 0.699 and, with the show, 0.836 / 0.656 when first scored; its odd half,
        # held out, 0.870 / 0.741 then and 0.872 / 0.759 after one round of fixes from the even half.
        ("radar_headlines_eleventh.jsonl", 0.89, 0.73, (0.84, 0.69)),
        # Collected blind at the end of the eleventh session, after its fixes (308: recent US trade
        # press and entertainment feeds; UK, Irish, Australian, New Zealand and Canadian outlets;
        # streaming, K-drama and anime news): 0.906 / 0.580 and, with the show, 0.774 / 0.494 when
        # first scored; its odd half, held out, 0.955 / 0.583 then and 0.913 / 0.583 after one round
        # of fixes from the even half (the whole set was printed once afterwards).
        ("radar_headlines_twelfth.jsonl", 0.92, 0.60, (0.79, 0.51)),
        # Collected blind at the end of the eleventh session (296, aimed at the bundled feeds'
        # publishers): 0.800 / 0.720 and, with the show, 0.680 / 0.610 when first scored; its odd half,
        # held out and never printed, 0.900 / 0.703 before and after one round of fixes from the even half.
        ("radar_headlines_thirteenth.jsonl", 0.89, 0.73, (0.81, 0.66)),
        # Collected blind last (116, the bundled feeds' mix), scored once with the final rules of the
        # eleventh session and never printed: 0.939 / 0.795 and, with the show, 0.879 / 0.744.
        ("radar_headlines_fourteenth.jsonl", 0.91, 0.76, (0.85, 0.71)),
        # Collected blind in the twelfth session (298: US trade press and TV news; British, Irish,
        # Australian, New Zealand and Canadian outlets; streaming, anime and K-drama news): 0.898 /
        # 0.773 and, with the show, 0.776 / 0.691 when first scored; its odd half, held out and never
        # printed, 0.893 / 0.774 before and after one round of fixes from the even half.
        ("radar_headlines_fifteenth.jsonl", 0.90, 0.79, (0.80, 0.73)),
        # Collected blind after the fifteenth's fixes (299: US broadcast and cable series, streaming
        # originals, British/Australian/Canadian/anime/K-drama/European series, about 20 headlines not
        # in English): 0.957 / 0.720 and, with the show, 0.914 / 0.695 when first scored; its odd half,
        # held out and never printed, 0.964 / 0.761 before and after one round of fixes from the even half.
        # (0.94 since the twenty-ninth session: a final season's premiere is proposed as the show's end too,
        # as tests/data/LABELLING.md labels it; this set's labellers, before that file, labelled it a date)
        ("radar_headlines_sixteenth.jsonl", 0.94, 0.74, (0.90, 0.71)),
        # Collected blind after the sixteenth's fixes (279, aimed at the bundled feeds' publishers:
        # network press releases and US TV news, British and Korean outlets, anime and animation
        # news): 0.899 / 0.692 and, with the show, 0.753 / 0.617 when first scored; its odd half, held
        # out and never printed, 0.914 / 0.674 before and after one round of fixes from the even half.
        # (0.93 since the fifty-fifth session: a quoted show's series finale told of is its end told again,
        # as the 2025-26 sets label it; this set's labellers labelled "'The Expanse' Series Finale Said
        # Goodbye with One Last Memorable Battle" no decision)
        ("radar_headlines_seventeenth.jsonl", 0.93, 0.71, (0.80, 0.65)),
        # Collected blind last in the twelfth session (115: US and British series, streaming originals,
        # international series in English-language outlets), scored once with that session's final
        # rules and never printed: 0.936 / 0.843 and, with the show, 0.851 / 0.784.
        ("radar_headlines_eighteenth.jsonl", 0.91, 0.82, (0.83, 0.76)),
        # Feed items as they came, not searched for (750: the entertainment top headlines of US, British,
        # Australian and Indian outlets, August 2019 to July 2020, that speak of television, 450 of
        # them with a decision's or milestone's words), each labelled by three people apart, the
        # label two or three gave: 0.706 / 0.544 and, with the show, 0.569 / 0.491 when first scored.
        ("radar_headlines_nineteenth.jsonl", 0.70, 0.54, (0.56, 0.49)),
        # The television links of a news reader (400: US and British trade press, November 2021 to
        # July 2022), labelled the same way: 0.857 / 0.800 and, with the show, 0.841 / 0.785 when
        # first scored.
        ("radar_headlines_twentieth.jsonl", 0.85, 0.79, (0.83, 0.78)),
        # Real entertainment and TV news headlines of 2017 and 2018 (750, from a fact-checking
        # dataset's real half), labelled the same way: 0.756 / 0.768, with the show too, when first
        # scored (0.739 / 0.768 with the rules the session began with).
        ("radar_headlines_twentyfirst.jsonl", 0.75, 0.76, (0.75, 0.76)),
        # Entertainment top headlines of US and Indian outlets, January to August 2022 (400, another
        # archive of the same news API), labelled the same way; scored once with the thirteenth
        # session's final rules and never printed: 0.818 / 0.676 and, with the show, 0.788 / 0.676.
        ("radar_headlines_twentysecond.jsonl", 0.80, 0.66, (0.77, 0.66)),
        # TV news searched for in the fifteenth session (337, 2008-2026: US, British, Irish, Australian,
        # New Zealand and Canadian outlets, anime and Asian series), labelled the same way; its labellers
        # read a final season told in a teaser or a finale's review as an ending: 0.829 / 0.355 and,
        # with the show, 0.780 / 0.333 when first scored; its odd half, held out and never printed,
        # 0.760 / 0.333 before and after one round of fixes from the even half.
        ("radar_headlines_twentyfifth.jsonl", 0.82, 0.38, (0.78, 0.36)),
        # TV news of 2025 and 2026 searched for at the end of the fifteenth session (112: US trade press
        # and TV news, British and Irish outlets), labelled the same way, scored once with its final
        # rules and never printed: 0.962 / 0.522 and, with the show, 0.885 / 0.500.
        ("radar_headlines_twentyseventh.jsonl", 0.94, 0.50, (0.86, 0.48)),
        # Links of a news reader's TV and entertainment sections as they came (400, 2014-2026), labelled
        # the same way: nine decisions; scored once in the sixteenth session and never printed: 1.000 /
        # 0.444, the show too (four proposed, none wrong among 388 items that are no decision).
        ("radar_headlines_twentyeighth.jsonl", 0.75, 0.33, (0.75, 0.33)),
        # TV items of trade-press and TV news pages and a headline archive as they came (374, 2017-23),
        # labelled the same way: six decisions; scored once in the seventeenth session and never
        # printed: 0.750 / 0.500 and, with the show, 0.500 / 0.333 (four proposed). In the twenty-first
        # session the title judge took back the one proposal right in kind but for the wrong show: 0.667
        # / 0.333, the show too.
        ("radar_headlines_twentyninth.jsonl", 0.65, 0.30, (0.60, 0.30)),
        # TV news of 2025 and 2026 from many outlets (253), labelled the same way: 31 decisions that name
        # their show; scored once in the seventeenth session: 0.897 / 0.710 and, with the show, 0.690 /
        # 0.613; then read (spent) in the same session.
        ("radar_headlines_thirtieth.jsonl", 0.88, 0.70, (0.68, 0.60)),
        # TV news of 2023-26 from many outlets (268), labelled the same way: 38 decisions that name their
        # show; 0.889 / 0.605 and, with the show, 0.778 / 0.553 when first scored in the eighteenth
        # session; its even half then read, its odd half held out.
        ("radar_headlines_thirtyfirst.jsonl", 0.88, 0.60, (0.77, 0.55)),
        # TV news of 2012-26 chosen for decisions (302, two thirds of them renewals, cancellations and
        # endings), labelled the same way: 162 decisions that name their show; 0.926 / 0.586 and, with
        # the show, 0.861 / 0.556 when first scored in the eighteenth session; its even half then read,
        # its odd half held out.
        ("radar_headlines_thirtysecond.jsonl", 0.92, 0.58, (0.85, 0.55)),
        # TV news of 2018-26 chosen for decisions (249: streaming and cable series, and series made outside
        # the US, most of them African, Pakistani, Indian and Asian), labelled the same way: 162 decisions
        # that name their show; 0.864 / 0.457 and, with the show, 0.693 / 0.377 when first scored in the
        # eighteenth session; its even half then read, its odd half held out.
        ("radar_headlines_thirtythird.jsonl", 0.86, 0.45, (0.69, 0.37)),
        # TV news of 2012-26 chosen for decisions (268, from 193 outlets on every continent), labelled the
        # same way: 77 decisions that name their show; 0.895 / 0.623 and, with the show, 0.754 / 0.545 when
        # first scored in the nineteenth session; its odd half held out.
        ("radar_headlines_thirtyfourth.jsonl", 0.88, 0.60, (0.74, 0.53)),
        # TV news of 2012-26 from about 185 outlets (200, a third of them decisions), labelled the same way:
        # 36 decisions that name their show; 0.625 / 0.500 and, with the show, 0.500 / 0.444 when first
        # scored in the nineteenth session; then read whole (spent) for its false proposals.
        ("radar_headlines_thirtyfifth.jsonl", 0.85, 0.55, (0.80, 0.55)),
        # The ordinary news of TV feeds and headlines that use a decision's words in any sense (203, 2012-26,
        # about 200 outlets), labelled the same way: 27 decisions that name their show; 0.636 / 0.259 and,
        # with the show, 0.455 / 0.185 when first scored in the nineteenth session; its odd half held out.
        ("radar_headlines_thirtysixth.jsonl", 0.85, 0.28, (0.65, 0.22)),
        # News of any topic in a decision's words, as a general feed holds it (200, about 15% TV decisions
        # and milestones), labelled the same way: 8 decisions that name their show; 0.286 / 0.750 when
        # scored once at the end of the nineteenth session; held out whole.
        ("radar_headlines_thirtyseventh.jsonl", 0.25, 0.70, (0.25, 0.70)),
        # The same kind of general feed (200, 2010-26, 190 outlets, about 18% TV decisions), labelled the
        # same way, all three alike on 196: 22 decisions that name their show; scored once in the
        # twentieth session: 0.488 / 0.818 by the rules, 0.583 with the first screen and 0.677 with the
        # screen trained on the fortieth and thirty-ninth sets' news outside TV; held out whole. In the
        # twenty-first session the title judge took back four proposals, three of them for the wrong show:
        # 0.731 / 0.773, and 0.615 / 0.727 with the show (0.700 / 0.818 and 0.567 / 0.773 before); a
        # retraining moves it by a proposal (0.679 / 0.773 and 0.571 / 0.727 at the session's end).
        ("radar_headlines_thirtyeighth.jsonl", 0.65, 0.75, (0.55, 0.70)),
        # TV news of the long tail (246, 2010-26, 222 outlets: Turkish, Indian, Pakistani, Korean, Japanese,
        # Latin American and Brazilian series besides the US and Britain), half of them decisions and
        # milestones, labelled the same way, all three alike on 237: 40 decisions that name their show;
        # 0.600 / 0.200 when first scored in the twentieth session, then trained on by the screen.
        ("radar_headlines_fortyfirst.jsonl", 0.70, 0.20, (0.55, 0.17)),
        # TV news of US, British, Irish, Australian, New Zealand and Canadian outlets in a decision's words
        # (half of them decisions in any wording, half the same words otherwise), with 80 items of a
        # general feed (278, 2008-26), labelled the same way, all three alike on 269: 83 decisions that
        # name their show; first scored in the twentieth session: 0.733 / 0.518 by the rules, 0.812 /
        # 0.482 with the screen of that time (which had never read it); then trained on by the screen.
        ("radar_headlines_fortysecond.jsonl", 0.80, 0.50, (0.58, 0.38)),
        # TV news of 2024-26 only (251, 187 outlets), half of them decisions and milestones, labelled the
        # same way, all three alike on 244: 74 decisions that name their show; first scored in the
        # twenty-first session: 0.935 / 0.541, 0.848 / 0.514 with the show; its odd half held out.
        ("radar_headlines_fortyfourth.jsonl", 0.90, 0.52, (0.82, 0.50)),
        # TV news of US outlets of every size (247, 2010-26, 166 publishers), chosen for decisions in every
        # wording, many naming the show without quotes, labelled the same way, all three alike on 243: 97
        # decisions that name their show; first scored in the twenty-first session: 0.957 / 0.773, 0.891 /
        # 0.732 with the show; its odd half held out.
        ("radar_headlines_fortyfifth.jsonl", 0.93, 0.75, (0.86, 0.71)),
        # TV news of how series end or stop (128, 2010-26, 125 publishers), labelled the same way, all three
        # alike on 122: 40 decisions that name their show, 17 of them endings; first scored in the
        # twenty-first session: 0.909 / 0.225, 0.727 / 0.200 with the show; its odd half held out.
        ("radar_headlines_fortysixth.jsonl", 0.85, 0.22, (0.65, 0.20)),
        # TV news of outlets outside the US writing in English (194, 2010-26, 131 publishers), half of them
        # decisions and milestones, labelled the same way, all three alike on 183: 46 decisions that name
        # their show; first scored in the twenty-first session: 0.905 / 0.413, 0.857 / 0.391 with the show
        # (0.792 / 0.413 by the rules alone); its odd half held out.
        ("radar_headlines_fortyseventh.jsonl", 0.85, 0.39, (0.80, 0.37)),
        # A general feed again (145, 2010-26, 135 publishers, about a fifth TV decisions), labelled the same
        # way, all three alike on 144: 22 decisions that name their show; scored once at the end of the
        # twenty-first session: 0.667 / 0.500, the show too (0.419 / 0.545 by the rules alone); held out
        # whole.
        ("radar_headlines_fortyeighth.jsonl", 0.60, 0.45, (0.60, 0.45)),
        # TV headlines as the TV sections and feeds of news sites held them (299, 2012-26, 217 publishers),
        # labelled the same way, all three alike on 294: nine decisions that name their show; scored once
        # at the end of the twenty-first session: 0.333 / 0.111, none for the right show; read in the
        # twenty-second (a trade wording it missed, "Starz Gives Early Season Renewal To 'BMF'", now read).
        ("radar_headlines_fortyninth.jsonl", 0.60, 0.20, (0.30, 0.10)),
        # The last items the search tools' stored pages gave that no set held (154, 2010-26, 143 publishers):
        # 70 of a general feed and 84 of TV news chosen for renewals, labelled the same way, all three
        # alike on 153: 61 decisions that name their show; scored once at the end of the twenty-first
        # session: 0.881 / 0.738, 0.814 / 0.705 with the show (0.871 / 0.770 by the rules alone); held
        # out whole.
        ("radar_headlines_fiftieth.jsonl", 0.83, 0.70, (0.75, 0.65)),
        # Real feeds as public repositories stored them, all of each file's items in order (the twenty-
        # second session; three labellers, all three alike on 393 of 394 and 236 of 237): the fifty-first,
        # 394 items of news APIs' entertainment answers (NewsAPI, GNews, Bing News, Mediastack), five
        # decisions that name their show; scored once: 1.000 / 0.800 (one false proposal without the
        # screen), then read. The fifty-third, 237 items of the US trade press's feeds (Deadline,
        # Variety, The Hollywood Reporter, IndieWire, TheWrap, Entertainment Weekly, Vulture,
        # CinemaBlend), two decisions: 1.000 / 0.500; held out whole. (The fifty-second, 263 items of
        # anime, Korean and Australian outlets' feeds, holds three renewals of one kind only, and
        # 35 premiere dates: no decision floor.)
        ("radar_headlines_fiftyfirst.jsonl", 0.75, 0.60, (0.75, 0.60)),
        ("radar_headlines_fiftythird.jsonl", 0.99, 0.50, (0.99, 0.50)),
        # Deadline, Variety and The Hollywood Reporter's feeds as a scraper stored them (213 items, January
        # to March 2026, every item of 23 versions in order), three labellers, all three alike on every
        # item: four decisions; scored once in the twenty-second session: 1.000 / 0.250, then read ("Netflix
        # Hands Paramount 'Little House' Renewal" read since; "'Palm Royale' Concludes Run After Two
        # Seasons", a cancellation by its summary, and a creator's anger at one, still missed).
        ("radar_headlines_fiftyfourth.jsonl", 0.99, 0.50, (0.99, 0.50)),
        # Every item Anime News Network and MyAnimeList published that a public repository's feed kept from
        # May to August 2026 (817, in order; its first 120 items are in the fifty-second set), three
        # labellers, all three alike on 773: 40 renewals; scored once in the twenty-second session:
        # 0.969 / 0.775, 0.938 / 0.750 with the show (premiere dates 0.914 / 0.358); its even half read,
        # its odd half held out.
        ("radar_headlines_fiftysixth.jsonl", 0.93, 0.75, (0.90, 0.72)),
        # Deadline's and Cord Cutters News's feeds as the same scraper stored them (333 items, January to
        # March 2026, every item of 34 versions not read before, in order), three labellers, all three
        # alike on 324: nine decisions; scored once in the twenty-fourth session (the first 293 items,
        # then the last 40 of Deadline): 1.000 / 0.556, the show too; held out whole.
        ("radar_headlines_sixtieth.jsonl", 0.99, 0.55, (0.99, 0.55)),
        # TV news found in the search tools' stored pages in the twenty-fifth session (287 items, 2008-26,
        # US, British, Irish, Australian, New Zealand and Canadian outlets, and series of Asia, Africa and
        # Turkey in English-language outlets; about half decisions and milestones, half the ordinary news
        # around them), three labellers, all three alike on 276: 60 decisions that name their show; scored
        # once: 0.906 / 0.467, 0.844 / 0.433 with the show (0.903 / 0.450 with the code the session began
        # with); held out whole.
        ("radar_headlines_sixtyfirst.jsonl", 0.90, 0.46, (0.84, 0.43)),
        # Deadline's, The Hollywood Reporter's, TheWrap's and Variety's feeds as a news river kept them (800
        # items of 2025-26 drawn at random from the 10,311 whose headline holds a word a decision is told
        # in; headlines only), three labellers, all three alike in kind on 795: 57 decisions that name
        # their show; scored once in the twenty-eighth session: 0.970 / 0.544, the show too (ended 3 of
        # 17; the twenty-sixth session had read the radar's findings, not its misses, on these feeds);
        # its even half read, its odd half held out.
        ("radar_headlines_sixtysecond.jsonl", 0.96, 0.56, (0.96, 0.56)),
        # Screen Rant's, Collider's, CBR's and MovieWeb's feeds as a scraper's history kept them (800 items of
        # February to August 2026 drawn at random from the 10,392 the sites tagged TV whose headline holds a
        # word a decision is told in; headline and summary), three labellers, all three alike in kind on
        # 774: 37 decisions that name their show in the headline; scored once in the twenty-ninth session:
        # 0.538 / 0.351 (0.282 / 0.270 with the show: these sites name the show in the summary, which the
        # labels leave unnamed); its even half read, its odd half held out.
        ("radar_headlines_sixtythird.jsonl", 0.64, 0.40, (0.34, 0.30)),
        # The same four trade sites' feeds as the same news river kept them (800 more items of 2025-26,
        # drawn at random from the 8,585 of the pool no set held; headlines only), three labellers apart,
        # all three alike in kind on 782: 67 decisions that name their show; scored once in the forty-fifth
        # session: 1.000 / 0.582, the show too (ended 8 of 26, cancelled 6 of 14); held out whole until the
        # fifty-sixth session read it (then 1.000 / 0.672).
        ("radar_headlines_sixtyfourth.jsonl", 0.97, 0.55, (0.97, 0.55)),
        # Once more (600 items drawn at random, seed 20261207, from the 8,422 of that pool no set held),
        # three labellers apart, all three alike in kind on 593: 45 decisions that name their show (13
        # endings); scored once in the fifty-sixth session: 0.968 / 0.600, the show too (ended 2 of 13);
        # held out whole until the same session read it (then 0.969 / 0.622).
        ("radar_headlines_sixtyfifth.jsonl", 0.96, 0.58, (0.96, 0.58)),
        # And again (800 more drawn at random, seed 20261208, from the 7,816 of that pool no set held), three
        # labellers apart, all three alike in kind on 790: 70 decisions that name their show (20 endings);
        # scored once in the fifty-sixth session: 0.964 / 0.686, the show too (ended 3 of 20); held out whole.
        ("radar_headlines_sixtysixth.jsonl", 0.95, 0.65, (0.95, 0.65)),
    ],
)
def test_the_labelled_sets_hold_their_floor(
    name: str, precision: float, recall: float, named: tuple[float, float]
) -> None:
    """Real headlines labelled by hand; decisions (renewed, cancelled, ended) may not fall below,
    nor those whose show is named as labelled (`named`: precision and recall)."""
    sys.path.insert(0, str(REPO))
    from bench.radar import DECISIONS, SHOW_TOO, evaluate, read

    path = REPO / "tests" / "data" / name
    rows = read(path)
    assert len(rows) >= 100 and len({r.title for r in rows}) == len(rows)
    for line in path.read_text(encoding="utf-8").splitlines():  # every entry is a real, sourced headline
        raw = json.loads(line)
        assert raw["url"].startswith(("http://", "https://")) and raw["publisher"] and raw["title"]
    scores, _ = evaluate(rows)
    decisions = scores["decisions"]
    assert decisions.correct / decisions.predicted >= precision
    assert decisions.found / decisions.labelled >= recall
    shows = scores[SHOW_TOO]
    assert shows.correct / shows.predicted >= named[0] and shows.found / shows.labelled >= named[1]
    # (decisions of more than one kind; a feed as it came may lack one: the twenty-ninth, a cancellation;
    # an anime outlet's feed announces renewals only: the fifty-sixth)
    kinds = set(DECISIONS) & {r.kind for r in rows}
    assert len(kinds) >= 2 or (name == "radar_headlines_fiftysixth.jsonl" and kinds == {"renewed"})


@pytest.mark.parametrize(
    ("title", "show_title"),
    [
        # Networks, with their channels, countries and partners, are not the show.
        ("Apple TV+ renews 'Shrinking' for a third season", "Shrinking"),
        ("BBC Two Sets UK Premiere Date For 'Pose' Season 2", "Pose"),
        ("Netflix Korea confirms filming for Deserter Pursuit season 2 has now started", "Deserter Pursuit"),
        ("Chucky: SYFY, USA Network Cancel Series After 3 Seasons", "Chucky"),
        ("ITV1 axe Dermot O'Leary's The Marriage Ref after just one series", "The Marriage Ref"),
        # The words after the name end it, in any case.
        ("Netflix Renews The Night Agent For Season 2", "The Night Agent"),
        ("HBO Renews Game of Thrones After One Episode", "Game of Thrones"),
        ("Star Wars: The Acolyte is being cancelled after shaky first season", "Star Wars: The Acolyte"),
        ("Orange Is The New Black Already Renewed For Season 3", "Orange Is The New Black"),
        ("Netflix cancels Kaos (and my confidence in the platform) after one season", "Kaos"),
        ("Netflix's Lockwood & Co. Canceled After One Season", "Lockwood & Co."),  # an abbreviation's point
        ("Glee Renewal Twist: Fox Orders Season 5 and 6", "Glee"),
        ("Invincible's officially getting a fifth season, and a lil' Matthew Rhys", "Invincible"),
        ("The Last of Us show renewed for another season", "The Last of Us"),
        # Whoever owns the show, and its genre, go; a name that ends in a genre word stays.
        ("Drew Barrymore's Santa Clarita Diet Renewed For Season 3 At Netflix", "Santa Clarita Diet"),
        ("Shaun Evans and Suranne Jones' drama Vigil to return for series two", "Vigil"),
        ("Superhero show The Boys will end with 'epic and gory' season five", "The Boys"),
        ("Schitt's Creek To Get Sixth Season and Will End It There", "Schitt's Creek"),
        ("FOX Sets Premiere Date of Cleveland Show, Return of Animation Domination", "Cleveland Show"),
        # The sentence around a name is not the name; the name at its end is.
        ("Although plans for season 3 exist, Max cancels Our Flag Means Death after 2",
         "Our Flag Means Death"),
        ("Fans demand answers as Netflix shockingly cancels 'Kaos' after S01", "Kaos"),
        ("New cast confirmed for Guilt as series two begins filming", "Guilt"),
        ("Legendary Filmmaker Confirms Second Season of 'Heeramandi'", "Heeramandi"),
        ("Ali Fazal wraps shooting for Mirzapur season 3", "Mirzapur"),
        ("Netflix Confirms Third Season for Hit Series Wednesday", "Wednesday"),
        ("HBO Sets The Premiere Date For Season 2 Of His Dark Materials", "His Dark Materials"),
        # A quote: a season it took in goes, and someone's words are not a title.
        ("Filming for Netflix drama series \u201cKingdom Season 2\u201d begins", "Kingdom"),
        ("\u201cThe next omen, already in motion\u201d: Netflix's Wednesday renewed for season 3",
         "Wednesday"),
        ("\u201cSweet Home\u2019s\u201d Third Season to Premiere on July 19", "Sweet Home"),
        # A whole title between the verb and the season: colons, points and small words included.
        ("Netflix renews Star Trek: Strange New Worlds for season 3", "Star Trek: Strange New Worlds"),
        ("ABC renews Dancing with the Stars for season 34", "Dancing with the Stars"),
        ("USA renews Mr. Robot for a fourth and final season", "Mr. Robot"),
        ("Law & Order: Special Victims Unit renewed for season 26", "Law & Order: Special Victims Unit"),
        ("Renewed: A Place to Call Home", "A Place to Call Home"),
        # A country's edition after a quoted title is the title's.
        ("\u2018The Traitors\u2019 India Sets August Season 2 Bow on Prime Video (EXCLUSIVE)",
         "The Traitors India"),
        # (after a clause that a spaced hyphen ends)
        ("Noah Hawley Extends FX/Disney Deal - Alien: Earth Season 2 Is a Go", "Alien: Earth"),
        # A quoted title inside the words is the name (not a quoted season's name).
        ("ITV orders Season 2 of Gemma Whelan's 'The Tower'", "The Tower"),
        ("Shahid Kapoor Confirms 'Farzi' Season 2: Fans Buzz with Excitement", "Farzi"),
        ("Daniel and Eugene Levy discuss decision to end \u2018Schitt\u2019s Creek\u2019 after season 6",
         "Schitt's Creek"),
        ("Golden Kamuy Confirms 'Final Chapter' Season 5 With Mysterious Visual", "Golden Kamuy"),
        # What describes a show, a network's possessive or an end date set is not its name.
        ("Keeso\u2019s influential Canadian comedy Letterkenny to end with season 12", "Letterkenny"),
        ("Emmy Award winning ABC animation Bluey to return for third season", "Bluey"),
        ("Australia\u2019s Bluey Gets Second Season", "Bluey"),
        ("Netflix cancels Sherlock Holmes spin-off The Irregulars after one season", "The Irregulars"),
        ("Netflix renews Brazilian sleeper hit 3% for third season", "3%"),
        ("The Sixth Season of Netflix\u2019s Cobra Kai Will Be Its Last!", "Cobra Kai"),
        ("Longmire End Date Set: Netflix Renews Drama for Sixth and Final Season", "Longmire"),
        ("ABC Prepares for a Final Season of Scandal and Revives Its Hit Sitcom Roseanne for Midseason",
         "Scandal"),
        ("Survivors falls under BBC axe", "Survivors"),
        ("Sh\u014dgun Adds 5 To Season 2 Cast Of FX Drama Series; Production Underway", "Sh\u014dgun"),
        ("Allan Hawco confirms end of Republic of Doyle", "Republic of Doyle"),
        ("There Won't Be a Series 5 of Whitechapel", "Whitechapel"),
        ("Packed to the Rafters ending confirmed", "Packed to the Rafters"),
        ("Superman & Lois Final Season Premiere Date Revealed", "Superman & Lois"),
        ("Final Flashpoint Season Gets U.S. Premiere Date", "Flashpoint"),
        ("Mushoku Tensei Second Cour Premiere Date Revealed", "Mushoku Tensei"),
        ("Netflix Cancels Live-Action Cowboy Bebop Show", "Cowboy Bebop"),
        ("Netflix Confirms Season 2 for 'Money Heist' Spin-off Show 'Berlin'", "Berlin"),
        ("TV Land Orders 4th Season of Younger Before 3rd Season Premiere; UP Orders Series", "Younger"),
        ("CBC renews Alberta-shot Heartland for 11th season", "Heartland"),
        ("Netflix cancels The Wachowskis' Sense8", "Sense8"),
        ("Better Call Saul: Already Renewed for Season 2!", "Better Call Saul"),
        ("Axed: Doctor Blake Mysteries telemovie to follow 2017 season", "Doctor Blake Mysteries"),
        # What runs up to "-shot", "-led", "-starrer" describes the show.
        ("Hollywood North: B.C.-shot Virgin River gets renewed for seventh season", "Virgin River"),
        ("Reese Witherspoon-led The Morning Show renewed for season 4", "The Morning Show"),
        # A quoted title's own apostrophe before its next word does not end the quote.
        ("'Workin' Moms' Is Returning For Seventh And Final Season", "Workin' Moms"),
        ("Catherine Reitman\u2019s \u2018Workin\u2019 Moms\u2019 to End With Season 7", "Workin' Moms"),
        ("'Schitt's Creek' Will End With Season 6 on Pop", "Schitt's Creek"),
    ],
)  # fmt: skip
def test_the_show_is_named_as_written(title: str, show_title: str) -> None:
    found = classify(Item(title, "", date(2024, 6, 1)))
    assert found and {f.show_title for f in found} == {show_title}


@pytest.mark.parametrize(
    "title",
    [
        "Prime Video Just Axed Two Series After One Season",
        "The CW Cancels New Series After One Season",
        "Apple TV+ Cancels Popular Show After One Season",
        "Max Cancels Dramedy Series After 2 Seasons",
        "BBC Three axes comedies",
        "Kim Hee-sun, Lee Min-ho start filming",
        # a platform's other spelling, and an aside, are no show's name
        "Apple TV Plus quietly cancels a hit animated series with 98% on Rotten Tomatoes",
        "Paramount Plus cancels a comedy after two seasons",
        "Another Netflix Series Is Ending (But At Least This One Got More Than 1 Season)",
        # its star, or where it is made, is not its name
        "BBC axe major thriller series starring James Nesbitt after just two seasons",
        "Taylor Sheridan\u2019s spy series with Zoe Salda\u00f1a finally gets greenlit for Season 3",
        "Phoebe Waller-Bridge's US show is ditched after one season for 'failing to connect' with audiences",
        "Netflix Breaks Hearts With Another Cancelation",
        "Hulu Pulls a Netflix, Axes Another Great Show After Just 1 Season",
        # a person who will not be back for a show the headline names, or a star a show brings back
        "Steve Carell Not Coming Back For The Office Season 8",
        "Jenna Ortega won't be back for season 2 of Wednesday",
        "Yellowstone brings back Kevin Costner for season 5",
        "No third season for Severance?",
        "Slow Horses probably won't be renewed",
        "Slow Horses season 5 wrapped party photos",
        "Frieren Anime Gets Sequel Movie",
        "Netflix announces sequel series to Wednesday",
        "Taylor Swift photo shoot wraps",
        "ESPN Won't Renew Stephen A. Smith Contract",
        "Netflix Decides Not To Renew Partnership With Ubisoft",
        "'Survivor' Set For Season 50 Premiere",
        "Lakers earn season 2 playoff berth",
        # the end as the background, a headline that doubts itself, a count of new shows
        "The 'Criminal Minds' Cast Is Posting Goodbye Photos As The Series Comes To An End",
        "After 50 Years, ‘Power Rangers’ Source Series ‘Super Sentai’ Coming To An End (Or Is It?)",
        "ViX Starts Production on Seven New Originals",
        "Wednesday season 2: Jenna Ortega confirms return",
        "Turkish TV Series Premieres in November 2020",
        # a poll, a denial, a network's plans or a business's things, a star's word on scripts
        "Renew or Cancel: 'Severance'",
        "Nobody Is Cancelling 'Severance'",
        "Apple TV+ Set to Renew 'Severance'",
        "'Severance' Poised For Season 3 Renewal",
        "'Severance' Star Confirms Season 3 Scripts Are Done",
        "Disney+ Axes Price Increase",
        "Netflix Cancels Subscription Tier",
        "NBC Renews Olympics Rights Through 2036",
        # what a season holds, confirmed
        "‘The Pitt’ Season 2 Confirmed To Feature New Doctor",
        "‘The Pitt’ Season 2 Confirmed To Take Place On July 4",
        # a season delayed, a character killed off, a star's refusal, a person booted, a cast announced
        "'Sacred Games 3' Not Happening Until 2027",
        "'Wednesday' Season 2 Cast Announced",
        "'Kaos' Season 2 Not Happening Until 2026",
        "Netflix Kills Off Major Character After Two Seasons",
        "Jenna Ortega Says No To Season 2 Of Wednesday",
        "Taylor Swift Gets The Boot From Label",
        "'Kaos' Season 3 Won't Happen If Ratings Drop",
        # a star's own part filmed
        "'Severance' Star Finishes Filming Her Scenes",
        "Neil Druckmann Wraps Filming His Episode for The Last of Us Season 2",
        # a season weighed, not given
        "Fourth season for Ted Lasso is unlikely, says star",
        "Second series for Hold The Sunset: everything we know",
        # a network's series, described
        "Acclaimed Prime Video Series Wraps Filming on Season 3",
    ],
)
def test_a_headline_that_names_no_show_proposes_nothing(title: str) -> None:
    assert classify(Item(title, "", date(2024, 6, 1))) == []


def test_an_ending_confirmed_for_a_season_the_catalogue_holds_is_an_ending() -> None:
    """ "Season 4 is the end, HBO confirms": what is confirmed is the end (the words before a
    closing "confirms"), with or without the catalogue; the catalogue's season 4 changes nothing."""
    title = "Barry season 4 is officially the end of the series, HBO confirms"
    found = one(title)
    assert (found.kind, found.show, found.season, found.final) == ("ended", "barry", 4, True)
    alone = classify(Item(title))
    assert [(f.kind, f.season, f.final) for f in alone] == [("ended", 4, True)]


@pytest.mark.parametrize(
    ("title", "show", "seasons"),
    [
        ("Second season of The Dry announced for RTÉ and ITV", "The Dry", [2]),
        ("A new series of Line of Duty has been confirmed by the BBC", "Line of Duty", [None]),
        ("JTBC confirms production of 'The Good Detective 2'", "The Good Detective", [2]),
        ("Netflix Confirms Seasons Two and Three for Vikings: Valhalla", "Vikings: Valhalla", [2, 3]),
        (
            "Elite: Season Eight Renewal and New Cast Members Confirmed for Netflix's Spanish Drama Series",
            "Elite",
            [8],
        ),
        # a renewal before another season's premiere, undated: the renewal alone
        (
            "Apple TV+ drama 'For All Mankind' renewed for season 3 ahead of season 2's premiere",
            "For All Mankind",
            [3],
        ),
    ],
)
def test_a_season_of_a_show_announced_is_a_renewal(title: str, show: str, seasons: list[int | None]) -> None:
    found = classify(Item(title))
    assert [(f.kind, f.show_title, f.season) for f in found] == [("renewed", show, n) for n in seasons]


@pytest.mark.parametrize(
    "title",
    [
        "Second season of Squid Game: everything we know",
        "CBS Announces Fall Series Renewals - Did Your Favorites Make the Cut?",
        # a show left unnamed, or a slate of them
        "The CW Swiftly Cancels Another Show",
        "TBS Cancels Comedy They Had Already Renewed",
        "Netflix Cancels THIS Well-Reviewed Animated Series After One Season",
        "Three sitcoms axed: two of them after just one series",
        "TV Networks Clean House, Cancel Slew of Shows in Advance of Fall Presentations",
        "Cancelled: 3 of Netflix's 2023 K-Dramas Won't Be Getting a Season 2",
        "Another One-Season Streaming Show Got Canceled, This Time On Max",
        # a hedge in brackets, capitals or not
        "GAME OF THRONES' Final Season Premiere Date (Kind Of) Revealed",
        # an explainer, a teaser, an ending that is no season's
        "The President of ABC Explains His Decision to Cancel 'Happy Endings'",
        "'Game of Thrones' Season 8 Official Teaser Released",
        "'Hospital Playlist 2' ending with sweet moments",
        "JTBC 'Snowdrop' will end earlier than expected - What could be the reason?",
        "Idiot Box: Networks Pull The Plug",
        "The summer series are ending one by one, and Kanal D's Seversin decision surprised everyone!",
        "Mike Flanagan Wasn't Surprised Netflix Canceled The Midnight Club",
        # a show described, not named (a network's block, a fan favourite, a channel's hit)
        "Toonami Original Won't Return For Season 2",
        "HBO Renews Fan-Favorite Series for Season 3 Before Season 2 Even Premieres",
        "Hit RTE series returning for second season following BAFTA nod",
        # a start still to come, a prediction, a viewer's delight
        "THE X-FILES Revival Starts Shooting Monday; Pictures Tease Reunion",
        "Avatar: The Last Airbender Season 2 Starts Filming in Vancouver in Q3 2024",
        "ABC: 'Happy Endings' Is Certain To Be Canceled",
        "I couldn't be happier The Marlow Murder Club is back for a second season - the opener is a corker!",
    ],
)
def test_a_season_asked_after_or_a_slate_of_renewals_proposes_nothing(title: str) -> None:
    assert classify(Item(title)) == []


@pytest.mark.parametrize(
    ("title", "kind", "season"),
    [
        ("Downton Abbey is done after Season 6, Carnival Films and ITV confirm", "ended", 6),
        ("It's all over for 'Game of Thrones' after season 8, HBO confirms", "ended", 8),
        ("BBC Confirms Peaky Blinders Ending After Series Six As Filming Resumes", "ended", 6),
        ("'Money Heist' Season 5 Will Be its Last, Production Begins in August", "ended", 5),
        ("THE BRIDGE will be back for a fourth and final season", "renewed", 4),
        ('Rana Daggubati has announced "Rana Naidu" will return with a second season', "renewed", 2),
        ("Netflix series Élite is canceled after eight seasons", "cancelled", 9),
        # a show's makers' word is the decision; a title's capitals are not a hedge
        ("Derry Girls creator says the series is ending with season 3: 'It was always the plan'", "ended", 3),
        (
            "Neighbours is sadly confirmed to end this summer after 37 years, soap producers confirm",
            "ended",
            None,
        ),
        ("Bilal Baig's Sort Of will end after upcoming third season", "ended", 3),
        ("AMC Officially Resurrects 'The Killing' for Season 3", "renewed", 3),
        # forms the eleventh labelled set taught
        ("Saving Hope's Fifth Season To Be Its Last", "ended", 5),
        ("Frankie Drake Mysteries: Season Four Renewal for CBC Detective Series", "renewed", 4),
        ("Chihayafuru 3rd Season Confirmed For 2019 Release", "renewed", 3),
        ("BBC's Ripper Street saved by Amazon", "renewed", None),
        ("Series 4 of Love/Hate is shooting in Dublin", "in_production", 4),
        (
            "Rebecca Ferguson confirms filming for 'Silo' season 2 underway amidst writers' strike",
            "in_production",
            2,
        ),
        ("Cheers! Sweet Magnolias season 4 filming wrapped and everything to know", "wrapped", 4),
        ("'Gyeongseong Creature' Season 2 on Netflix: September 2024 Release Confirmed", "premiere_date", 2),
        ("'Timeless' Cancelled At NBC, But Fans Might Get A Movie To Wrap Things Up", "cancelled", None),
        ("Misfits Season 5 Gets Go Ahead From E4!", "renewed", 5),
        ("There Won't Be a Series 5 of Whitechapel", "cancelled", 5),
        (
            "Namak Issk Ka To Go Off-Air; Shruti Sharma Says 'We All Are Keeping Our Fingers Crossed'",
            "ended",
            None,
        ),
        (
            "Lost Girl Is Renewed for a Fifth Season In Canada... Will Syfy Bring It to the U.S.?",
            "renewed",
            5,
        ),
        ("Poldark's final season is being filmed - see the photos from set", "in_production", None),
        ("Proof Star Wars Series Ahsoka Is Finally Underway", "in_production", None),
        ("Heartstopper Season 3 Production Begins, and Here's What We Know So Far", "in_production", 3),
        ("Holy Forking Shirtballs, 'The Good Place' Ends With Fourth and Final Season", "ended", 4),
        ("Lost Girl: Cancelled, Ending with Season Five", "cancelled", 6),
        ("Merlin loses its magic! BBC to axe hit show after fifth series", "cancelled", 6),
        ("'Sweet Home' to end with third season slated for July 19 release", "ended", 3),
        ("Cancellation Watch Breaking News: Netflix Cancels Travelers After Three Seasons", "cancelled", 4),
        ("Final Season Of Occupied To Air Later This Year", "ended", None),
        ("ITV confirm Finding Alice series two and tease release date", "renewed", 2),
        ("WINTER 2014: USA NETWORK ENDS 'PSYCH'; SERIES TO WRAP UP IN MARCH", "ended", None),
        (
            "'Ai Mai Mi' Anime Season 3 Is Confirmed; New Manga Chapter Accidentally Posted Online?",
            "renewed",
            3,
        ),
        # the ending is no news when it is the day's: filming's last day, a cast member back
        (
            "Today Is The Last Day Of Filming For 'Schitt's Creek' Ever And The Cast Is Emotional",
            "wrapped",
            None,
        ),
        (
            "'Joy of Life 2' Kicks Off Filming With the Original Cast Back for the New Season",
            "in_production",
            2,
        ),
    ],
)
def test_an_ending_named_before_other_news_and_returns_for_a_season(
    title: str, kind: str, season: int | None
) -> None:
    found = classify(Item(title))
    assert [(f.kind, f.season) for f in found] == [(kind, season)]
    if "Élite" in title:
        assert found[0].show_title == "Élite"


@pytest.mark.parametrize(
    ("title", "kind", "season"),
    [
        ("FX Drops Curtain on 'The Comedians'", "cancelled", None),
        ("Sacred Games season 3 shelved: Director says the platforms lack courage", "cancelled", 3),
        ("'Warehouse 13' Ending After Fifth Season", "ended", 5),
        ("Merlin to be axed after fifth series ends in December", "ended", 5),
        ("Famous K-Drama 'Hospital Playlist' Not To Return For Season 3 On Netflix", "cancelled", 3),
        ("'Better Call Saul' Renewed by AMC for Final Sixth Season", "renewed", 6),
        ("Prime Video's Panchayat season 4 shoot begins; see BTS pics", "in_production", 4),
        ("Warrior Nun Won't Be Getting A Third Season At Netflix", "cancelled", 3),
        ("Paradise season 2 is official at Hulu, ABC will air season 1", "renewed", 2),
        ("Apple TV+ announces Ted Lasso series four and the return of Jason Sudeikis", "renewed", 4),
        ("Amazon renews much acclaimed Made In Heaven for season 2", "renewed", 2),
        # A clause that invites the reader to watch is not a review or a viewing guide.
        ("Bridgerton Begins Filming Season 3: Watch the Adorable Cast Announcement!", "in_production", 3),
        ("Max Confirms VELMA Has Been Canceled and Releases Statement", "cancelled", None),
        ("Disney+ confirms production of 'Moving' season 2", "renewed", 2),
        ("The Orville Season 3 Wraps; MacFarlane Hopes for Future Adventures", "wrapped", 3),
        # The second verb names the show when the first names none.
        ("Netflix orders two new anime series, renews Aggretsuko for second season", "renewed", 2),
        ("Netflix is Renewing Arcane For a Second Season", "renewed", 2),
        ("NBC Makes A Great Choice By Renewing 'The Good Place' For Season 2", "renewed", 2),
        ("BARRY Ending at HBO with Season 4", "ended", 4),
        # a season given as a phrase of its own, and a publisher's name after a bar
        ("Second series for John Cleese sitcom Hold The Sunset", "renewed", 2),
        ("Third series for Bad Education confirmed | Radio Times", "renewed", 3),
        # the common forms a probe of canonical wordings found unread
        ("Yellowstone set to end after season 5", "ended", 5),
        ("Severance not coming back for season 3", "cancelled", 3),
        ("No third season for Severance", "cancelled", 3),
        ("HBO Drops 'Animals' After Two Seasons", "cancelled", 3),
        ("Apple TV+ Brings Back 'Severance' For A Third Season", "renewed", 3),
        ("Slow Horses lands fifth season", "renewed", 5),
        ("Slow Horses scores early season 5 pickup", "renewed", 5),
        ("Slow Horses will not be renewed for season 5", "cancelled", 5),
        ("Slow Horses season 5 has officially wrapped", "wrapped", 5),
        ("Bridgerton Season 3 Officially Wraps As Netflix Teases Date", "wrapped", 3),
        ("Taskmaster has been recommissioned by Channel 4", "renewed", None),
        ("Frieren TV anime gets sequel", "renewed", None),
        ("Frieren anime to continue with second season", "renewed", 2),
        ("Panchayat season 5 shoot wrapped", "wrapped", 5),
        ("Netflix Opts Not To Renew ‘The Residence’", "cancelled", None),
        ("Netflix Decides Against Second Season Of ‘The Residence’", "cancelled", 2),
        ("‘The Residence’ Cancellation: Shondaland Series Won’t Get Season 2", "cancelled", 2),
        ("‘The Residence’ Season 2 A Go At Netflix", "renewed", 2),
        ("‘The Residence’ Earns Season 2", "renewed", 2),
        ("‘The Residence’ Set For Season 2", "renewed", 2),
        ("‘The Residence’ Season 2 Gets Official Green Light", "renewed", 2),
        # an end come, a final season begun or to air, an end a network's boss confirms
        ("CBC hit sitcom Kim’s Convenience comes to an unexpected end", "ended", None),
        ("'Justified' begins its sixth and final season in high style", "ended", 6),
        ("Final Peep Show series to air in late 2015", "ended", None),
        ("Peep Show to end 'for sure' says Channel 4 comedy boss", "ended", None),
        ("‘Yellowjackets’ Season 4 Will Be The Last, Showrunners Confirm", "ended", 4),
        ("The Last of Us Season 3 Confirmed by HBO", "renewed", 3),
        # more ways a network stops a show, and the season named before the verb as the one not made
        ("'Kaos' Won't See A Third Season", "cancelled", 3),
        ("'Kaos' Season 3 Not Happening", "cancelled", 3),
        ("There Won't Be A 'Kaos' Season 2", "cancelled", 2),
        ("Netflix Says No To 'Kaos' Season 2", "cancelled", 2),
        ("Netflix Has Decided Not To Move Forward With 'Kaos' Season 2", "cancelled", 2),
        ("'Kaos' Won't Continue At Netflix After Season 1", "cancelled", 2),
        ("'Kaos' Gets The Boot At Netflix", "cancelled", None),
        ("Netflix Kills 'Kaos' After One Season", "cancelled", 2),
        ("Season 3 Of 'Kaos' Cancelled", "cancelled", 3),
        # a quoted title's season announced, its shoot a wrap, and one not happening
        ("'Mirzapur 3' Officially Announced By Prime Video", "renewed", 3),
        ("'Mirzapur 3' Shoot Is A Wrap", "wrapped", 3),
        ("'Sacred Games 3' Not Happening, Confirms Netflix", "cancelled", None),
        # an ending announced is not a renewal; a run over after five seasons, a planned sign-off
        ("HBO Announces 'Hacks' Will End With Season 5", "ended", 5),
        ("'Hacks' Is Over After Five Seasons", "ended", 5),
        ("'Hacks' To Sign Off With Fifth Season", "ended", 5),
        ("'Hacks' Will Bow Out With Season 5", "ended", 5),
        # a decision in its own part of the headline is the news before a date or a milestone
        ("'Hacks' Renewed For Season 5, Season 4 Premiere Date Set", "renewed", 5),
        ("'Hacks' Season 4 Premiere Date Set; Show Renewed For Season 5", "renewed", 5),
        ("'Hacks' Season 5 Confirmed As Season 4 Wraps", "renewed", 5),
        ("Game of Thrones season 8 is definitely, 100% confirmed as the series' end", "ended", 8),
        ("'Hacks' Cancelled At Max, Series Finale To Air In May", "cancelled", None),
        # a season past twenty in words
        ("'Grey's Anatomy' Renewed For Twenty-Second Season", "renewed", 22),
        ("'Grey's Anatomy' Renewed For Season Twenty-Two", "renewed", 22),
        # the trade press's dateline after a dash names where it was told
        ("'Kaos' Renewed For Season 2 At Netflix \u2013 Comic-Con", "renewed", 2),
        ("Blue Lights series 3: BBC confirms return", "renewed", 3),
    ],
)
def test_more_ways_to_say_it(title: str, kind: str, season: int | None) -> None:
    found = classify(Item(title, "", date(2024, 6, 1)))
    assert [(f.kind, f.season) for f in found] == [(kind, season)]


@pytest.mark.parametrize(
    "title",
    [
        "Cancel Culture: A Slew of One-Season Streamer Cancellations Ushers in a New Normal",
        "ABC Scorecard: Complete Guide to What's New, Renewed and Canceled",
        "TV Cancellations: Which Broadcast Shows Have Been Axed (So Far)",
        "Popular TV Series That Are Ending In 2019-2020",
        "Renewed or cancelled - will there be a Delhi Crime Season 3?",
        "The Korean Shows Returning for Season 2, From 'Hellbound' to 'Squid Game'",
        "Popular Manga Series That Are Ending Soon",
        "Netflix announces Squid Game season 2 cast",
        "Watch: the cast of Bridgerton react to season 3",
    ],
)
def test_round_ups_are_not_news(title: str) -> None:
    assert classify(Item(title, "", date(2024, 6, 1))) == []


@pytest.mark.parametrize(
    ("title", "summary", "kind", "season"),
    [
        ("HBO renews 'Game of Thrones'", "HBO has renewed the fantasy series for a second season.",
         "renewed", 2),
        ("Netflix cancels 'The OA'", "\u201cThe OA\u201d is ending after two seasons on Netflix.",
         "cancelled", 3),
        ("FX Drops Curtain on 'The Comedians'",
         "FX confirmed it will not renew its comedy series The Comedians for a second season.",
         "cancelled", 2),
        ("'Falling Skies' Wraps Production",
         "Falling Skies Season 5 will air this summer on TNT, but the cast wrapped on Tuesday.",
         "wrapped", 5),
        # Not said plainly (a season that aired, a question): no season rather than a wrong one.
        ("Attack on Titan TV anime gets renewed",
         "The second part of Attack on Titan Season 3 finally aired its final episode.", "renewed", None),
        ("Netflix cancels 'The OA'", "Will there be a season 3? What we know.", "cancelled", None),
    ],
)  # fmt: skip
def test_a_season_the_headline_leaves_out_is_read_from_the_summary(
    title: str, summary: str, kind: str, season: int | None
) -> None:
    found = classify(Item(title, summary, date(2024, 6, 1)))
    assert [(f.kind, f.season) for f in found] == [(kind, season)]


def test_a_number_after_a_catalogue_show_s_name_is_its_season() -> None:
    found = one("All of Us Are Dead 2 wraps up filming")
    assert (found.kind, found.show, found.season) == ("wrapped", "all-of-us-are-dead", 2)
    # A name the catalogue lacks is read the same way ("Joy of Life 2" is that drama's second
    # season); a release date needs the catalogue or the word "premiere": "John Wick 4 arrives
    # March 24" is a film's.
    assert [(f.show_title, f.season) for f in classify(Item("'Joy of Life 2' Kicks Off Filming"))] == [
        ("Joy of Life", 2)
    ]
    assert classify(Item("John Wick 4 arrives March 24", "", date(2023, 1, 5))) == []
    assert [
        (f.show_title, f.season)
        for f in classify(Item("'Sweet Home 3' Premieres July 19", "", date(2024, 6, 1)))
    ] == [("Sweet Home", 3)]
    # a number the headline reads otherwise stays in the name
    assert [f.show_title for f in classify(Item("Netflix Cancels 'Sense 8' After 2 Seasons"))] == ["Sense 8"]
    assert [f.show_title for f in classify(Item("Kaiju No. 8 Season 2 Begins Filming"))] == ["Kaiju No. 8"]


def test_a_month_alone_is_a_premiere_month() -> None:
    ending, found = classify(
        Item("The final season of 'Sky Rojo' gets a January premiere on Netflix", "", date(2022, 11, 1))
    )
    assert (ending.kind, ending.show_title) == ("ended", "Sky Rojo")  # (a final season's premiere ends it)
    assert (found.kind, found.show_title, found.date) == ("premiere_date", "Sky Rojo", "2023-01")


# Real titles whose words look like what the naming rules cut: a network ("Sky"), a genre ("Show"),
# a role ("The Crew"), a trailing word ("The Night Of"), a conjunction ("And Just Like That"), a
# preposition ("For All Mankind"), a trailer ("Trailer Park Boys"), an owner ("Grey's Anatomy").
TITLES = (
    "The Crew", "The Night Of", "For All Mankind", "And Just Like That", "Trailer Park Boys",
    "Grey's Anatomy", "The Handmaid's Tale", "Schitt's Creek", "Bob's Burgers",
    "Only Murders in the Building", "What We Do in the Shadows", "Orange Is the New Black", "Love Is Blind",
    "Station 19", "Sky Rojo",
    "The Cleveland Show", "That '70s Show", "Lost in Space", "Call the Midwife", "Show Me a Hero",
    "Top Boy", "Blue Lights", "The Traitors", "Only Fools and Horses", "Outer Banks", "Fire Country",
)  # fmt: skip


@pytest.mark.parametrize("name", TITLES)
def test_real_titles_come_through_whole(name: str) -> None:
    for title in (f"{name} renewed for season 3", f"'{name}' Cancelled After Two Seasons",
                  f"{name} season 2 begins filming"):  # fmt: skip
        assert [f.show_title for f in classify(Item(title))] == [name], title


# The trade press's common forms, each with titles that test the naming rules: a colon, "with",
# an abbreviation's point, "&", a possessive, a name that ends in a number or starts with "For".
FORMS = (
    ("{n} Canceled at Netflix After One Season", "cancelled", 2),
    ("Netflix Cancels {n} After Two Seasons", "cancelled", 3),
    ("{n} to End With Season 5", "ended", 5),
    ("{n} Will End With Season 4 at HBO", "ended", 4),
    ("{n} Wraps Filming on Season 3", "wrapped", 3),
    ("{n} Season 3 Premiere Date Set for March 5", "premiere_date", 3),
    ("Netflix Sets March 5 Premiere Date for {n} Season 3", "premiere_date", 3),
    ("'{n}' Renewed for Season 3 at Apple TV+", "renewed", 3),
    ("{n} Gets Season 4 Renewal", "renewed", 4),
    ("{n} Season 2 Officially Begins Production", "in_production", 2),
    ("HBO Renews '{n}' for Third Season", "renewed", 3),
    ("{n} Renewed for Seasons 3 and 4", "renewed", 3),
    ("{n} Scores Season 2 Order", "renewed", 2),
    ("Netflix Orders Season 2 of {n}", "renewed", 2),
    ("Netflix Greenlights {n} Season 2", "renewed", 2),
    ("{n} Won't Return for Season 3", "cancelled", 3),
    ("Production Begins on {n} Season 2", "in_production", 2),
    ("That's a Wrap on {n} Season 3", "wrapped", 3),
    ("{n} Season 3 Release Date Revealed: March 5", "premiere_date", 3),
    # forms the fifth labelled set taught
    ("{n} Season 3 Renewal from Netflix", "renewed", 3),
    ("BBC Commissions a Third Series of {n}", "renewed", 3),
    ("{n} Season 3 Returns to Production", "in_production", 3),
    ("{n} Is Back Filming Season 5", "in_production", 5),
    ("Netflix Cancels '{n}' Season 4 Despite Earlier Renewal", "cancelled", 4),
    ("{n} Showrunner Confirms Season 2 Wrap in Heartfelt Post", "wrapped", 2),
    ("{n} Cast Shares Photo as Filming Begins on Season 3 in Atlanta", "in_production", 3),
    ("{n} Showrunner Thanks the Crew as Season 3 Filming Wraps", "wrapped", 3),
    ("Hulu Cancels Fan-Favorite {n} After One Season", "cancelled", 2),
    # a season that airs is the reference, the next one is ordered
    ("Netflix Renews '{n}' Ahead of Season 2 Premiere", "renewed", 3),
    ("{n} Renewed at FX Weeks After Season 3 Debut", "renewed", 4),
    ("'{n}' Rescued by Netflix for Fourth and Final Season", "renewed", 4),
    ("{n} Season 4 to Be Its Last, Split Into Two Parts", "ended", 4),
    ("Netflix Passes on '{n}' Season 2", "cancelled", 2),
    ("'{n}' Season 2 Will Be Released in Two Parts Starting August 6", "premiere_date", 2),
    ("'{n}' Season 5 Gets November Release", "premiere_date", 5),
    ("Filming Complete on '{n}' Season 3", "wrapped", 3),
    ("'{n}' Season 2 Now Filming, Netflix Confirms", "in_production", 2),
    ("It's Official: '{n}' Season 4 Is Happening", "renewed", 4),
    ("'{n}' Season 2 Anime Announced", "renewed", 2),
    (
        "'{n}' Final Season Part 3 Airs March 3",
        "premiere_date",
        None,
    ),  # a final season's part, not its season
    ("'{n}' Part 2 to Premiere March 10", "premiere_date", 2),
    ("'{n}' Season 3 Wraps Shoot", "wrapped", 3),
    ("'{n}' Season 2 to Stream From January 17", "premiere_date", 2),
    # forms the sixth labelled set taught
    ("{n} to Call It Quits After Season 6", "ended", 6),
    ("'{n}' Gets the Ax After Just One Season", "cancelled", 2),
    ("Season 2 of {n} Is Coming July 13th", "premiere_date", 2),
    ("{n} Series 2 Officially Has A Start Date", "premiere_date", 2),
    ("Two Actors Begin Filming Season Two of {n}", "in_production", 2),
    ("Work on '{n}' Season 4 Has Begun, Say Showrunners", "in_production", 4),
    ("Creator Says Filming for '{n}' Season 2 Has Wrapped", "wrapped", 2),
    # forms the seventh labelled set taught
    ("HBO Announces Start of '{n}' Season 3 Production", "in_production", 3),
    ("'{n}' News: Syfy Closes Curtain on Series After Three Seasons", "cancelled", 4),
    ("CONFIRMED! {n} to End After Season Nine", "ended", 9),
    ("Netflix Gives Second Season to Crime Series '{n}'", "renewed", 2),
    ("ABC Orders More Comedies, Cancels '{n}' After Two Seasons", "cancelled", 3),
    ("'{n}' Season 5 Will Be Its Last; 'Other Show' Returns April 6", "ended", 5),
    # forms the eighth labelled set taught
    ("'{n}': HBO Series Begins Season 3 Production", "in_production", 3),
    ("'{n}' Gets Fourth And Final Season At Netflix", "renewed", 4),
    ("Star Is Back On Set Filming '{n}' Season 3", "in_production", 3),
    ("'{n}' Season 5 Will Bring The Violent Show To An End", "ended", 5),
    ("CW Announces '{n}' Season 9 Premier Date", "premiere_date", 9),
    ("Will '{n}' Return This Fall? '{n}' Season 5 Premiere Date Confirmed", "premiere_date", 5),
    # wordings gathered from every set's misses
    ("'{n}' Will End with Season 6 & Twitter Is in Mourning", "ended", 6),
    ("{n} Season 6 Will Be Final Season", "ended", 6),
    ("Showtime Renews '{n}' For Fourth and Final Season -- Will Anyone Die?", "renewed", 4),
    ("'{n}' to Return to BBC Three for a Second Series", "renewed", 2),
    ("'{n}' Is Given Third Series", "renewed", 3),
    ("'{n}' Back for Season 2", "renewed", 2),
    ("'{n}' to Reach Natural Conclusion in Season 4", "ended", 4),
    ("Showtime's '{n}' Wraps After Season Five", "ended", 5),
    ("'{n}' Extended to Sixth and Final Season at Netflix", "renewed", 6),
    ("Starz Gives Early Renewal to 2014's '{n}' for Season 2", "renewed", 2),
    ("'{n}' Season 4 Is the End of the Show's Run, Here's Why", "ended", 4),
    # wordings of the ninth session
    ("'{n}' Season 4 Officially Under Production", "in_production", 4),
    ("Season Three of '{n}' Has Entered Production", "in_production", 3),
    ("'{n}' Season 2 Productions Starts", "in_production", 2),
    ("{n} Series 2 Filming Comes to a Close", "wrapped", 2),
    ("{n} Season 6 Only Just Wrapped", "wrapped", 6),
    ("{n} Season 3 Begins April 8", "premiere_date", 3),
    ("'{n}' Is Ending With Season 4 and Fans Are Not Okay", "ended", 4),
    ("'{n}' Renewed for Season 3 but Fans Want a Longer Order", "renewed", 3),
    # forms the ninth labelled set taught
    ("'{n}' Gets Canceled After One Season", "cancelled", 2),
    ("'{n}': Season 2 Is Officially Filming and the Cast Shared a Video", "in_production", 2),
    ("Filming for {n} Series Three Gets Underway in Belfast", "in_production", 3),
    ("Hulu Scheduled {n} Season 3 Premiere Date", "premiere_date", 3),
    ("{n} Season Four Airdate Revealed", "premiere_date", 4),
    ("'{n}' Concludes Filming for Fifth and Final Season", "wrapped", 5),
    ("'{n}' Confirms Production of Season 2", "renewed", 2),
    ("{n} Season Seven Wraps", "wrapped", 7),
    ("Shudder Renews Horror Anthology Series '{n}' for Season 2", "renewed", 2),
    ("'{n}' Season 3: Production Begins, Filming Starts Next Week", "in_production", 3),
    ("Starz Gives '{n}' A Third Season", "renewed", 3),
    ("'{n}' Gets The Green Light From Netflix For A Third Season", "renewed", 3),
    ("'{n}' Season 3: Officially Confirmed by the Director", "renewed", 3),
    ("Fans Celebrate Max's Renewal of '{n}' for Season 4", "renewed", 4),
    ("'{n}' Season Three to Come Out on Prime Video on May 28", "premiere_date", 3),
    ("'{n}' Season 2 Is Hitting Your Screens This September", "premiere_date", 2),
    ("'{n}' to Return for a 2nd Season Next April", "renewed", 2),
    ("'{n}' Renewed for Season 4, Will the Whole Cast Return?", "renewed", 4),
    ("'{n}' Sixth And Final Season Production Has Officially Wrapped", "wrapped", 6),
    ("'{n}' Cast's Epic Season 4 Wrap-Up Celebration Unveiled in Video!", "wrapped", 4),
    ("Filming Continues for {n}: Series 8", "in_production", 8),
    # forms the tenth labelled set taught
    (
        "Despite Positive Reviews, '{n}' Is Getting Cancelled After Two Seasons. What Else Is Leaving?",
        "cancelled",
        3,
    ),
    ("'{n}' Announces Expected Third Season", "renewed", 3),
    ("'{n}' Greenlit for Two More Seasons as CBC Renews Five Dramas", "renewed", None),
    ("'{n}' Is Set for a Fourth Series on Netflix", "renewed", 4),
)
NAMES = (
    "9-1-1: Lone Star", "Dancing with the Stars", "Star Trek: Strange New Worlds", "Mr. Robot",
    "Law & Order: Special Victims Unit", "Grey's Anatomy", "For All Mankind", "Station 19", "The Bear",
    "Only Murders in the Building", "Squid Game", "Ted Lasso",
)  # fmt: skip


@pytest.mark.parametrize(("form", "kind", "season"), FORMS)
def test_the_press_s_common_forms_with_titles_that_test_the_naming(form: str, kind: str, season: int) -> None:
    for name in NAMES:
        title = form.format(n=name)
        found = classify(Item(title, "", date(2024, 1, 10)))
        if kind == "premiere_date" and "Final Season" in form:
            # (a final season's premiere: the show's end first, then the date)
            assert found and (found[0].kind, found[0].season) == ("ended", season), title
            found = found[1:]
        assert found and (found[0].kind, found[0].show_title, found[0].season) == (kind, name, season), title


NOISE_FORMS = (
    "{n} Season 3 Trailer Released", "{n} Star Teases Season 3", "Is {n} Season 3 Happening?",
    "{n} Season 2 Review: A Triumph", "{n} Season 2 Episode 5 Recap", "{n} Season 3 Cast Announced",
    "{n} Showrunner Hopes for Season 4", "{n} Season 2 Release Date: When Is It Out?",
    "Everything We Know About {n} Season 3", "{n} Season 2 Ending Explained",
    "{n} Season 3 Could Be the Last",
    "{n} Fans Petition for Season 4", "Why {n} Deserves a Season 3", "{n} Creator Wants to Make Season 5",
    "{n} Season 4 Is Reportedly in the Works", "{n} Season 2 Might Be Delayed", "{n} Stars React to Renewal",
    "When Will {n} Season 3 Premiere?", "{n} Renewal Odds: Will There Be Season 3?",
    "{n} Season 3 Set Photos Tease Big Return",
    "Canceled but Not Forgotten: {n} Season 2", "The Cancelled Fate of {n}",
    "21 Behind-The-Scenes Facts About {n} Wrapping Filming", "Netflix Kills {n} Season 2 Renewal Plans",
    # a new show's first order is no renewal
    "Netflix Picks Up '{n}' to Series", "'{n}' Gets Series Order at Paramount+",
    "HBO Orders '{n}' Series Based on the Novel", "Amazon Greenlights '{n}' Spinoff Series",
    # someone returning is casting news
    "'{n}' Star Taylor Kinney Returning for Season 12", "{n} Alum Will Return for Season 3",
    "'{n}' Season 2 To Wrap Filming Next Month",
    "Hyped Shows That Weren't Renewed, From '{n}' to 'Terra Nova'",
    "Dozens of TV Shows Canceled Ahead of Upfronts, '{n}' Among Them",
    "'{n}' Will Not Be Cancelled After Fifth Season, Producer Confirms", "FOX Renew/Cancel Watch: '{n}'",
    "Is '{n}' Ending After Season 7? Here's What The EP Says", "Why Is '{n}' Ending? '{n}' Canceled",
    "'{n}' Season 2 Finale Airs May 25", "'{n}' Season 3 Episode 5 Airs Tonight at 9",
    "{n} Season 2 Starts Shooting Soon!", "{n} Season 2 Begins Filming Next Month",
    "'{n}' Season 2 Likely to Begin Filming in 2025", "'{n}' Expected to Start Filming Season 3 in August",
    "'{n}' Season 2 Confirms Crunchyroll Launch", "'{n}' Season 2 to Begin Filming This Summer",
    "{n} Series 3 Set to Start Filming", "'{n}' to Resume Production for Season 3 This Month",
    "{n} Season 2: Is It Cancelled ? Release Date, Cast and Plot",
    "Your Favourite Show {n} Has Probably Just Been Cancelled",
    "HBO Max Cancels Show After Already Renewing It for Season 2",
    "Cancelled Shows: {n} and Two Others",
    "Joy of Six: TV Shows Cancelled Too Soon, From {n} On", "Every Show the Network Has Axed, {n} Included",
    "Marvel Just Quietly Canceled Several TV Shows, {n} Among Them",
    "{n} Returns for Season 2: Everything (and Everyone) to Know",
    "Will '{n}' Be Renewed for Season 5, or Is It Over?",
    "Network Draws the Curtain on Shooting {n} Season 4", "'{n}' Set for Second Series - Report",
    "Canned US Shows Coming to NZ, '{n}' Among Them",
)  # fmt: skip


@pytest.mark.parametrize("form", NOISE_FORMS)
def test_the_press_s_speculation_about_these_titles_proposes_nothing(form: str) -> None:
    for name in NAMES:
        assert classify(Item(form.format(n=name), "", date(2024, 1, 10))) == [], form.format(n=name)


def test_a_series_filming_without_a_word_of_television_is_still_its_milestone() -> None:
    found = classify(
        Item("Hospital Playlist’s filming completed.. Actors had a wrap up dinner party", "", None)
    )
    assert [(f.kind, f.show_title) for f in found] == [("wrapped", "Hospital Playlist")]


# The US trade press of 2025-26 as a public repository stored its feeds (unlabelled, read as a curator
# would): a person's return to a season, and the trade's business around a show, are no decisions.
@pytest.mark.parametrize(
    "title",
    [
        "Joseph Quinn will not be returning for ‘Stranger Things’ season five: “He’s Fully Under”",
        "Joseph Quinn Won’t Appear in ‘Stranger Things’ Season 5, Duffer Brothers Confirm",
        "Witney Carson Is Pregnant and Returning for ‘Dancing With the Stars’ Season 35",
        "Taylor Sheridan Returning for an On-Camera Role in ‘Lioness’ Season 3",
        "‘Real Housewives of New Jersey’: Teresa Giudice, Melissa Gorga and Dolores Catania Returning for"
        " Season 15 Alongside New Cast",
        "Phil Dunster Spotted On ‘Ted Lasso’ Set After Reports Stated He Wouldn’t Be Returning For Season 4",
        "‘Shrinking’ Boss Confirms Who Will Return for Season 4 After That Finale",
        "Reese Witherspoon on Not Returning to ‘SNL’ for Nearly 15 Years After Hosting First Episode",
        "‘Zombies 5’ Set at Disney Channel and Disney+, Milo Manheim and Meg Donnelly Not Returning",
        "Sinclair Ends ‘Jimmy Kimmel Live!’ Boycott, Says Its ABC Stations Will Resume Airing Show",
        "Disney+ Ends ‘Doctor Who’ Partnership, BBC Commits to Continue Series",
        "Netflix Renews ‘Seinfeld’ Licensing Deal for Five More Years",
        "Jon Stewart Renews ‘The Daily Show’ Contract to Host Weekly Through 2026",
        "‘The Studio’ Cancels Apple TV Press Day Panel Following Catherine O’Hara’s Death",
        "IATSE Announces Contract with ‘Beast Games’ Season 3",
        "Scrapped ’60 Minutes’ Segment Streamed in Canada By Mistake",
        "Seth Rogen Revives ‘The Muppet Show’ as a Disney+ Special Starring Sabrina Carpenter",
        "‘Futurama’: Hulu Greenlights 3 Extended Special Episodes Ahead Of Season 14",
        "Fremantle Cancels Series Mania Keynote",
        "‘Monster’ Blends Axe Murders and Sensuality in First Trailer for Lizzie Borden Season",
        "Gallup To End Tracking Of Presidential Job Approval",
        "FCC Chairman Urges Disney, YouTube TV to End Carriage Dispute: ‘Get It Done!’",
        # no end at all, a guess, an opinion, a report, a listicle, an episode, an explainer, a
        # subscription quit, a gig or a fight called off
        "‘The Simpsons’ Boss Celebrates 800 Episodes — With No End in Sight",
        "‘Stranger Things’ fans think they’ve worked out how the show will end",
        "‘Stranger Things’ Fans Share Concern Over Satisfying Ending After Volume 2",
        "Zendaya Thinks ‘Euphoria’ Will End After Season 3: ‘That Closure Is Coming’",
        "It’s Time to End the ‘Bachelor’ Franchise",
        "‘With Love, Meghan’ Ratings Crater Amidst Reports It Won’t Return For Season 3",
        "‘Outlander’ Comes to an End: The 8 Greatest Jamie and Claire Sex Scenes",
        "‘Outlander’ Season 8 Episode 3 Reveals Claire Can Resurrect the Dead",
        "The Antichrist’s Arrival in ‘South Park’ Gets a Dark Twist as Season 28 Closes",
        "How ‘Dancing With the Stars’ Revived Itself in Season 34 and Brought Back Must-See Live TV",
        "How ‘Freddy vs. Jason’ Resurrected and Killed Two Horror Icons",
        "HBO Revives The Lost Tradition Of Late-Night Pay Cable Movies By Streaming a New ‘Emmanuelle’",
        "Howard Stern Cancels Disney+ in Support of Jimmy Kimmel, Criticizes ABC: ‘Someone’s Got to Step Up’",
        "Benson Boone Cancels Birmingham Show Hour Before Concert: “I Have Tried Everything I Can”",
        "Canal+ Axes MultiChoice Streamer Showmax (EXCLUSIVE)",
        "Jake Paul vs. Gervonta Davis Fight on Netflix Canceled",
        "Jake Paul Fight Against Gervonta Davis Abruptly Canceled; No Reason Cited",
        "‘The Rookie’ Star Reveals Cast Filmed Alternate Season 8 Ending in Case Show Was Canceled",
        "Joseph Quinn’s Eddie Munson Won’t Appear in ‘Stranger Things’ Season 5, Duffer Brothers Confirm",
        "‘Bridgerton’ Showrunner Confirms Subjects Of Seasons 5 And 6 At Season 4 Premiere",
        "HBO Confirms ‘The White Lotus’ Season 4 Will Take Place in France",
        "NBC Renews Three ‘Chicago’ Shows for 2026-27",
        # (a second pool of the same feeds, read after the first one's fixes)
        "Luciane Buchanan Reveals She Is Not Returning To ‘The Night Agent’ For Season 3, Talks",
        "Duffer Brothers Confirm Joseph Quinn Will Not Appear In ‘Stranger Things’ Season 5: “He’s",
        "‘The Night Agent’ Moving To Los Angeles For Season 4, Signaling Likely Netflix Renewal",
        "‘Sullivan’s Crossing’ Gets New Showrunner For Season 5; Heads To Production With CW Renewal Pending",
        "Stream It or Skip It: ‘The Wonderfully Weird World Of Gumball’ Season 2 On Hulu, 20 More",
        "Ariana Grande Issues a ‘Loving Reminder’ to Fans Amid Renewed Body Scrutiny: ‘I Think It’s",
        "Trump Pays Tribute to 9/11 by Renewing ‘Sacred Vow’ to Never Forget",
        "Lady Gaga Cancels Final Montreal Show Due To Respiratory Infection: “Absolutely Heartbroken",
        "Charlie Puth Axes Florida Show Due To Illness: “I Am So Devastated To Do This”",
        "Béla Fleck Cancels Kennedy Center Show After Trump Name Change: “Performing There Has Become",
        "Calls Mount in Hollywood to Cancel Disney+, Hulu in Defense of Jimmy Kimmel",
        "Whitney Leavitt and ‘DWTS’ Partner Mark Ballas Cancel Giveaway After ABC, BBC Reject Idea",
        "‘The Traitors UK’ Season 4 Concludes With Epic Finale",
        "‘Outer Banks’ Creators Break Down Season 5’s “Earned” Ending, Supernatural Lean & JJ’s Presence",
        "‘Outlander’ Says Goodbye: Five Secrets We Uncovered on the Season 8 Set",
        "Sunny Hostin Calls Out Fetterman On ‘The View’ For Voting To End The Government Shutdown",
    ],
)
def test_a_person_s_return_the_trade_s_business_and_guesses_are_no_decisions(title: str) -> None:
    assert [f for f in classify(Item(title, "", date(2026, 1, 5))) if f.kind in DECISIONS] == []


@pytest.mark.parametrize(
    ("title", "kind", "shows"),
    [
        # what a verb in -ing or after "to" acts on is the quote right after it
        ("David Letterman Slams CBS as ‘Lying Weasels’ for Canceling ‘The Late Show With Stephen"
         " Colbert’", "cancelled", ["The Late Show With Stephen Colbert"]),
        ("‘Dexter’ Boss ‘Not Happy’ About Paramount’s Decision to Cancel ‘Original Sin’"
         " After Renewal", "cancelled", ["Original Sin"]),
        # who confirms an ending told before them confirms no renewal
        ("\u2018Colin From Accounts\u2019 Ending With Season 3, Confirm Harriet Dyer & Patrick Brammall;"
         " Final Launch Date Set", "ended", ["Colin From Accounts"]),
        # what a network bought is not what it renewed
        ("ChaiFlicks Buys ‘Bloody Murray’ & Renews ‘Shtisel’", "renewed", ["Shtisel"]),
    ],
)  # fmt: skip
def test_the_show_a_verb_acts_on_is_named(title: str, kind: str, shows: list[str]) -> None:
    found = classify(Item(title, "", date(2026, 1, 5)))
    assert [(f.kind, f.show_title) for f in found] == [(kind, s) for s in shows]


@pytest.mark.parametrize(
    ("title", "show"),
    [
        # their show's next season, and a renewal told with a creator's overall deal or a judging panel
        ("Jo Brand and Alan Davies to return for more 'Damned' on Channel 4", "Damned"),
        ("'Yellowstone' Renewed for Season 4, Co-Creator Taylor Sheridan Inks Overall Deal With ViacomCBS",
         "Yellowstone"),
        ("'The Hunting Wives' Will Return For Season 2 on Netflix", "The Hunting Wives"),
        ("'Tulsa King' Renewed For Season 4 With Terence Winter Back As Head Writer & EP; Dave Erickson"
         " Departing", "Tulsa King"),
        ("Jhalak Dikhhla Jaa to return with new season on Colors; Madhuri Dixit, Nora Fatehi and Karan"
         " Johar on judges panel", "Jhalak Dikhhla Jaa"),
    ],
)  # fmt: skip
def test_a_show_s_return_beside_people_and_deals_is_still_its_renewal(title: str, show: str) -> None:
    found = classify(Item(title, "", date(2022, 6, 1)))
    assert [(f.kind, f.show_title) for f in found] == [("renewed", show)]


@pytest.mark.parametrize(
    ("title", "kind", "shows", "season"),
    [
        ("Syfy Renews 'Killjoys' And 'Dark Matter' For Third Seasons", "renewed",
         ["Killjoys", "Dark Matter"], 3),
        ("The CW Renews 'Jane the Virgin', 'Crazy Ex-Girlfriend' and 'iZombie'", "renewed",
         ["Jane the Virgin", "Crazy Ex-Girlfriend", "iZombie"], None),
        ("'Awake' & 'Bent' Cancelled by NBC After One Season", "cancelled", ["Awake", "Bent"], 2),
        ("'Law & Order: Special Victims Unit' Renewed for Season 26", "renewed",
         ["Law & Order: Special Victims Unit"], 26),
        # a comma the American style sets inside the closing quote joins the list too
        ("NBC Renews 'Chicago Fire,' 'Chicago P.D.' and 'Chicago Med'", "renewed",
         ["Chicago Fire", "Chicago P.D.", "Chicago Med"], None),
        # a count renewed or cancelled, "including" the shows quoted (not new series ordered)
        ("CW Renews 11 Series, Including 'Crazy Ex-Girlfriend,' 'Vampire Diaries,' Full DC Lineup", "renewed",
         ["Crazy Ex-Girlfriend", "Vampire Diaries"], None),
        ("CBS Cancels Two Shows, Including 'Tracker' and 'FBI: International'", "cancelled",
         ["Tracker", "FBI: International"], None),
        ("Netflix Orders 7 New British Series, including 'House of Guinness' & 'The Undertow'", "renewed",
         [], None),
        ("Netflix Cancels 3 Shows", "cancelled", [], None),
        # a closing quote left out joins two titles: the one it leaves whole is read, not both as one
        ("The CW renews 'Supernatural,' 'Arrow,' 'Supergirl, 'Riverdale,' and more", "renewed",
         ["Supernatural", "Arrow", "Riverdale"], None),
    ],
)  # fmt: skip
def test_shows_listed_together_are_each_proposed(
    title: str, kind: str, shows: list[str], season: int | None
) -> None:
    found = classify(Item(title, "", date(2024, 1, 10)))
    assert [(f.kind, f.show_title, f.season) for f in found] == [(kind, s, season) for s in shows]


def _holding(name: Name) -> Callable[[str], list[Name]]:
    """A catalogue of one show, found by its title's search key."""

    def lookup(key: str) -> list[Name]:
        return [name] if key == search_key(name.title) else []

    return lookup


def test_a_longer_title_that_opens_with_a_catalogue_title_is_another_show() -> None:
    great = Name("the-great", "The Great", next_season=4)

    holds_the_great = _holding(great)
    # (the US trade press, 2025) "The Great North" is not "The Great"; "The Great" with its cast still is
    north = classify(
        Item("\u2018The Great North\u2019 Canceled at Fox After 5 Seasons", "", date(2025, 6, 1)),
        holds_the_great,
    )
    assert [(f.show, f.show_title, f.season) for f in north] == [(None, "The Great North", 6)]
    cast = classify(
        Item("The Great Cast Wraps Filming", "", date(2022, 6, 1)), holds_the_great, screened=False
    )
    assert [f.show for f in cast] == ["the-great"]


def test_an_article_the_catalogue_s_title_lacks_names_another_show() -> None:
    one_piece = Name("one-piece-2023", "One Piece", next_season=3)

    holds_one_piece = _holding(one_piece)
    # (the news river, 2026) "The One Piece" is the anime remake, not the live-action "One Piece"
    remake = classify(
        Item(
            "\u2018THE ONE PIECE\u2019 Anime Remake Sets February 2027 Global Release Date",
            "",
            date(2026, 5, 6),
        ),
        holds_one_piece,
    )
    assert [(f.show, f.show_title, f.date) for f in remake] == [(None, "THE ONE PIECE", "2027-02")]
    season = classify(
        Item(
            "\u2018One Piece\u2019 Starts Production on Season 3 Ahead of Season 2 Launch",
            "",
            date(2025, 6, 1),
        ),
        holds_one_piece,
    )
    assert [(f.show, f.season) for f in season] == [("one-piece-2023", 3)]


def test_a_longer_title_that_ends_with_a_catalogue_title_is_another_show() -> None:
    bear = Name("the-bear", "The Bear", next_season=5)
    # (the US trade press, 2025) "I Kill The Bear" is a new comedy, not "The Bear"
    found = classify(
        Item(
            "Ten Cast In \u2018I Kill The Bear\u2019 Comedy Series From \u2018Letterkenny\u2019 Creator Jared"
            " Keeso; Production Underway",
            "",
            date(2025, 10, 1),
        ),
        _holding(bear),
        screened=False,
    )
    assert [(f.show, f.show_title) for f in found] == [(None, "I Kill The Bear")]
    # (a description before the catalogue's title is still its show)
    described = classify(Item("Superhero show The Boys will end with season five", "", date(2022, 6, 1)),
                         _holding(Name("the-boys", "The Boys", next_season=5)))  # fmt: skip
    assert [(f.show, f.season) for f in described] == [("the-boys", 5)]


def test_a_quoted_title_run_on_by_and_a_name_is_another_show() -> None:
    mando = Name("the-mandalorian", "The Mandalorian", next_season=4)

    holds_the_mandalorian = _holding(mando)
    # (the news river, 2025) "The Mandalorian and Grogu" is a film, not "The Mandalorian"
    film = classify(
        Item("\u2018The Mandalorian and Grogu\u2019 Begins Filming", "", date(2023, 6, 1)),
        holds_the_mandalorian,
    )
    assert [(f.show, f.show_title) for f in film] == [(None, "The Mandalorian and Grogu")]
    season = classify(
        Item("\u2018The Mandalorian\u2019 Season 4 Begins Filming", "", date(2023, 6, 1)),
        holds_the_mandalorian,
    )
    assert [(f.show, f.season) for f in season] == [("the-mandalorian", 4)]


def test_a_listed_catalogue_show_counts_its_own_next_season() -> None:
    found = classify(
        Item("Netflix Renews 'Squid Game' and 'Stranger Things' for Another Season", "", date(2024, 1, 10)),
        lookup,
    )
    assert [(f.show, f.season) for f in found] == [("squid-game", 4), ("stranger-things", 6)]


def test_a_headline_older_than_the_catalogue_s_facts_counts_no_season_from_it() -> None:
    expanse = Name("the-expanse", "The Expanse", next_season=7, known=date(2021, 12, 14))

    expanse_only = _holding(expanse)

    def read(title: str, published: date) -> list[tuple[str, int | None]]:
        return [(f.kind, f.season) for f in classify(Item(title, "", published), expanse_only)]

    # news of 2018 is not about the season after the catalogue's last
    assert read("SyFy Cancels 'The Expanse'", date(2018, 5, 11)) == [("cancelled", None)]
    assert read("'The Expanse' Renewed for Another Season", date(2018, 5, 26)) == [("renewed", None)]
    # news newer than everything the catalogue knows counts from it
    assert read("SyFy Cancels 'The Expanse'", date(2022, 1, 20)) == [("cancelled", 7)]
    assert read("'The Expanse' Renewed for Another Season", date(2022, 1, 20)) == [("renewed", 7)]


def test_an_ending_told_without_its_season_ends_with_the_last_season_the_catalogue_lists() -> None:
    """ "'Outlander' Final Season Sets March Premiere at Starz" (the US trade press, November 2025) of a
    catalogue listing eight seasons: the ending, and the final season's premiere beside it, are the
    eighth's; not from a catalogue newer than the item, nor for an ending told to come with something
    else ("Kaiju No. 8 anime to end with Conclusion Arc")."""
    outlander = _holding(Name("outlander", "Outlander", next_season=9, known=date(2025, 6, 1)))
    final = "\u2018Outlander\u2019 Final Season Sets March Premiere at Starz"

    def read(title: str, published: date, holding: Callable[[str], list[Name]]) -> list[tuple[object, ...]]:
        return [(f.kind, f.show, f.season, f.date) for f in classify(Item(title, "", published), holding)]

    assert read(final, date(2025, 11, 10), outlander) == [
        ("ended", "outlander", 8, None),
        ("premiere_date", "outlander", 8, "2026-03"),
    ]
    assert read(final, date(2025, 5, 10), outlander) == [
        ("ended", "outlander", None, None),
        ("premiere_date", "outlander", None, "2026-03"),
    ]
    kaiju = _holding(Name("kaiju-no-8", "Kaiju No. 8", next_season=3))
    assert read(
        "Kaiju No. 8 anime to end with Conclusion Arc as Narumi spin-off announced", date(2025, 12, 1), kaiju
    ) == [("ended", "kaiju-no-8", None, None)]


def test_a_spinoff_is_not_the_show_it_spins_off() -> None:
    """An unnamed spin-off is proposed for nobody (not its parent); a named one is itself."""
    unnamed = "Netflix Renews Squid Game Spin-off for Another Season"
    assert classify(Item(unnamed, "", date(2024, 1, 10)), lookup) == []
    named = classify(
        Item("Netflix Confirms Season 2 for 'Money Heist' Spin-off Show 'Berlin'", "", date(2024, 1, 10))
    )
    assert [(f.show_title, f.season) for f in named] == [("Berlin", 2)]


@pytest.mark.parametrize(
    ("title", "show_title"),
    [
        ("Star Trek: Discovery Season 4 Starts Production", "Star Trek: Discovery"),
        ("Live Action One Piece Season 2 Starts Filming", "One Piece"),
        ("Kanopy Renews Horror Anthology Series 'Creepshow' for Season 2", "Creepshow"),
        # the show that confirms is the subject, not its quoted arc
        ("Golden Kamuy Confirms 'Final Chapter' Season 5", "Golden Kamuy"),
        # who speaks is not the show; the title the season follows is
        ("David Fincher reveals Mindhunter season 2 premiere date", "Mindhunter"),
        ("Jason Sudeikis Confirms Ted Lasso Season 4", "Ted Lasso"),
        ("Stranger Things Confirms Season 5 Premiere Date", "Stranger Things"),
        # descriptions and tags around a name
        ("Stranger Things second series confirmed by Netflix", "Stranger Things"),
        ("Edens Zero Anime S2 Promo Video Reveals April 1 Debut", "Edens Zero"),
        ("Fallout TV show season 2 wraps filming", "Fallout"),
        ("K-drama Signal gets Season 2", "Signal"),
        ("Entertainment: Cardinal Season 4 begins April 6th on CTV", "Cardinal"),
        ("[Drama News] The Heirs: It's A Wrap!", "The Heirs"),
        ("'Money Heist 5' wraps filming, cast poses one last time", "Money Heist"),
        ("'Lupin Part 3' Has Officially Started Production!!", "Lupin"),
        (
            "Gyeongseong Creature: Netflix Confirms K-Drama Getting Season 2 Ahead of Season 1 Premiere",
            "Gyeongseong Creature",
        ),
        ("'Glee' To Take Its Final Bow, Ending Next Season", "Glee"),
        ("And It's A Wrap For Mirzapur Season 3!", "Mirzapur"),
        ("Third Gavin & Stacey series finished filming", "Gavin & Stacey"),
        ("Saving Hope Season 4 Starts Production on June 1", "Saving Hope"),
        (
            "'Backstreet Rookie' Cast Has Wrapped Up Filming, Will It Have A Happy Ending?",
            "Backstreet Rookie",
        ),
        ("Kim Soo Hyun and Kim Ji Won Share a Hug in Emotional Wrap for 'Queen of Tears'", "Queen of Tears"),
        ("'Dr. Romantic 3' completes long journey...Wrap up all filming on May 24th", "Dr. Romantic"),
        ("Superhero series Titans filming season 3 on Toronto's streets", "Titans"),
        ("Filming Has Wrapped on Season 4 of Virgin River", "Virgin River"),
        ("Sam Heughan and Caitriona Balfe celebrate last day filming Outlander season 2", "Outlander"),
        (
            "Yoon Chan-young & Cho Yi-hyun Return as All of Us Are Dead Season 2 Officially Wraps Filming",
            "All of Us Are Dead",
        ),
        ("Outlander Showrunner Honors Scotland as Final Season Filming Wraps", "Outlander"),
        (
            "UKTV Co-Production Frankie Drake Mysteries Cancelled After Four Seasons",
            "Frankie Drake Mysteries",
        ),
        ("Gemma Chan reveals filming has begun on Humans series two", "Humans"),
        ("The shooting of the series DreamTeam for the New Channel has begun", "DreamTeam"),
        ("Riverdale Cast Says Goodbye After Filming on The Series Wraps For Good", "Riverdale"),
        ("Mystery Road: Origin to return in 2024", "Mystery Road: Origin"),
        ("Happy Valley to return to BBC One in 2015", "Happy Valley"),
        ("Wentworth Filming Final Season", "Wentworth"),
        ("Mr. Robot Renewed for Season 3. Fans Rejoice", "Mr. Robot"),
    ],
)
def test_ninth_set_naming(title: str, show_title: str) -> None:
    # the rules' naming (the screen is not sure of "'Backstreet Rookie' Cast Has Wrapped Up Filming, Will
    # It Have A Happy Ending?" without its summary, a shoot of a title told no series')
    [found] = classify(Item(title, "", date(2024, 1, 10)), lookup, screened=False)
    assert found.show_title == show_title


def test_a_catalogue_name_says_nothing_itself_quoted_or_not() -> None:
    names = {
        search_key(n.title): [n]
        for n in (
            Name("the-big-bang-theory", "The Big Bang Theory", next_season=13),
            Name("carnival-row", "Carnival Row", next_season=3),
            Name("money-heist", "Money Heist", next_season=6),
        )
    }

    def read(title: str) -> list[tuple[str, str | None, str, int | None]]:
        found = classify(Item(title, "", date(2018, 8, 22)), lambda key: names.get(key, []))
        return [(f.kind, f.show, f.show_title, f.season) for f in found]

    # "Theory" is no hedge in the title: the catalogue's names are read as quoted ones are
    assert read("The Big Bang Theory to End After Season 12") == [
        ("ended", "the-big-bang-theory", "The Big Bang Theory", 12)
    ]
    # the words are masked one by one, so the rules count them as before
    assert read("Amazon Prime Video announces Carnival Row season 2 filming has begun") == [
        ("in_production", "carnival-row", "Carnival Row", 2)
    ]
    # a description, then a one-word name the catalogue holds
    names[search_key("Bluey")] = [Name("bluey", "Bluey", next_season=4)]
    assert read("Emmy Award winning ABC animation Bluey to return for third season") == [
        ("renewed", "bluey", "Bluey", 3)
    ]
    # a catalogue name with a subtitle after it is another show
    assert read("'Money Heist: Korea - Joint Economic Area' Part 1 Set for June 24 Premiere") == [
        ("premiere_date", None, "Money Heist: Korea - Joint Economic Area", 1)
    ]


@pytest.mark.parametrize(
    ("title", "kind", "season"),
    [
        # a network "sinks" only a name written as a title: a catalogue's name, unquoted, is one
        ("Max sinks Stranger Things after two seasons", "cancelled", 3),
        ("Netflix is ending Stranger Things in Season 5", "ended", 5),
        ("NBC has saved Stranger Things a day after Fox canceled it", "renewed", None),
    ],
)
def test_a_catalogue_name_unquoted_reads_as_it_does_without_the_catalogue(
    title: str, kind: str, season: int | None
) -> None:
    day = date(2022, 2, 17)
    bare = [(f.kind, f.show_title, f.season) for f in classify(Item(title, "", day), screened=False)]
    known = [(f.kind, f.show, f.season) for f in classify(Item(title, "", day), lookup, screened=False)]
    assert bare == [(kind, "Stranger Things", season)]
    assert known == [(kind, "stranger-things", season)]


def test_a_show_brought_back_for_one_release_is_no_renewal() -> None:
    title = "Crunchyroll Officially Resurrects The Last of Us For One Last Epic Release"
    assert classify(Item(title, "", date(2026, 4, 1)), lookup) == []
    assert read_of("HBO Max Officially Revives 'Gilmore Girls' for New Release", date(2026, 4, 1)) == []
    # a revival for a season is one
    assert read_of("Peacock Revives 'Gilmore Girls' for a New Season", date(2026, 4, 1)) == [
        ("renewed", "Gilmore Girls", None)
    ]


@pytest.mark.parametrize(
    ("title", "show_title", "when"),
    [
        ("Final Season of 'Attack on Titan' Premieres Next January", "Attack on Titan", "2024-01"),
        # a show returns to its channel; a film to cinemas is not ours
        ("Schitt's Creek returns to CBC in January", "Schitt's Creek", "2024-01"),
        ("Hannibal will return on June 4th", "Hannibal", "2024-06-04"),
        ("'The Carmichael Show' Returns to NBC in March", "The Carmichael Show", "2024-03"),
        (
            "The final season of Disenchantment is hitting your screens this September",
            "Disenchantment",
            "2024-09",
        ),
    ],
)
def test_a_return_or_a_final_season_dated_is_a_premiere(title: str, show_title: str, when: str) -> None:
    found = one(title, published=date(2023, 11, 1))
    assert (found.kind, found.show_title, found.date) == ("premiere_date", show_title, when)


@pytest.mark.parametrize(
    "title",
    [
        "Top Gun returns to theaters in May",
        # a person returns, not a show
        "Jennifer Aniston returns to TV in March",
        "Ozark star Jason Bateman returns to Netflix in May with new thriller",
        "'Succession' Star Returns to HBO in New Drama This April",
    ],
)
def test_a_film_or_a_person_back_is_no_premiere(title: str) -> None:
    assert classify(Item(title, "", date(2023, 11, 1))) == []


def test_a_last_season_asked_after_is_not_announced() -> None:
    found = one("Netflix Renews 'Lucifer' for Season 6: Will It Be the Last?", published=date(2020, 6, 23))
    assert (found.kind, found.season, found.final) == ("renewed", 6, False)
    found = one("Netflix Renews 'Lucifer' for Sixth and Final Season", published=date(2020, 6, 23))
    assert (found.kind, found.season, found.final) == ("renewed", 6, True)


def test_shows_named_among_a_count_of_shows_are_each_proposed() -> None:
    """ "'Blindspotting' and 'Heels' Among 4 Shows Canceled by Starz": the count is no round-up when
    the shows are named before it."""
    found = classify(Item("'Blindspotting' and 'Heels' Among 4 Shows Canceled by Starz"))
    assert [(f.kind, f.show_title) for f in found] == [("cancelled", "Blindspotting"), ("cancelled", "Heels")]
    assert classify(Item("Starz Cancels 4 Shows Including Two Dramas")) == []


def test_a_release_date_revealed_for_a_new_series_takes_its_date_from_the_summary() -> None:
    summary = (
        "The new series of Call the Midwife will begin in January, the BBC has announced. "
        "Yes, Call the Midwife season 12 will begin on New Year's Day, 2023 at 8 pm."
    )
    found = classify(
        Item("Call the Midwife new series release date revealed - not long!", summary, date(2022, 12, 6))
    )
    assert [(f.kind, f.show_title, f.season, f.date) for f in found] == [
        ("premiere_date", "Call the Midwife", 12, "2023-01")
    ]


def test_a_premiere_on_a_weekday_is_a_premiere() -> None:
    found = classify(Item("Waterloo Road Returns Tuesday 2 January on BBC", "", date(2023, 12, 1)))
    assert [(f.kind, f.show_title, f.date) for f in found] == [
        ("premiere_date", "Waterloo Road", "2024-01-02")
    ]


@pytest.mark.parametrize(
    ("title", "when"),
    [
        ("Breaking Bad Will Return August 11", "2013-08-11"),
        ("Parks and Recreation Returns in January", "2014-01"),
    ],
)
def test_a_show_returning_on_a_date_without_on_is_a_premiere(title: str, when: str) -> None:
    found = classify(Item(title, "", date(2013, 6, 1)))
    assert [(f.kind, f.date) for f in found] == [("premiere_date", when)]


def test_a_decision_of_an_unnamed_show_is_read_from_the_summary_when_it_names_one() -> None:
    """ "Another Hit Netflix Series Officially Canned After Just One Season": the summary's first
    sentences name the show, quoted, as the catalogue holds it, or where a title stands; their other
    capitals name none."""
    title = "Another Hit Netflix Series Officially Canned After Just One Season"
    summary = "Netflix has cancelled 1899 after one season. The German series came from the makers of Dark."
    found = classify(Item(title, summary, date(2023, 1, 3)), lookup)
    assert [(f.kind, f.show, f.season) for f in found] == [("cancelled", "1899", 2)]
    quoted = "Netflix has cancelled its sci-fi series 'Dead Boy Detectives' after one season."
    assert [(f.show_title, f.season) for f in classify(Item(title, quoted, date(2024, 7, 1)))] == [
        ("Dead Boy Detectives", 2)
    ]
    # unquoted, not catalogued and not where a title stands: a sentence's capitals are no title
    unquoted = "As a reward for its ratings, Netflix has cancelled Rotten Tomatoes darling Kaos."
    assert classify(Item(title, unquoted, date(2024, 10, 1))) == []
    # another kind of news in the summary, or a headline that names its show, reads nothing from it
    assert classify(Item(title, "Filming on '1899' wrapped in Berlin.", date(2023, 1, 3)), lookup) == []
    named = classify(Item("Netflix cancels 'Kaos'", "Netflix has cancelled 1899.", date(2024, 10, 1)), lookup)
    assert [f.show_title for f in named] == ["Kaos"]


@pytest.mark.parametrize(
    ("title", "summary", "read"),
    [
        (
            "FOX Cancels Comedy Series After Two Seasons",
            "Variety reports that after two seasons FOX has cancelled The Moodys",
            [("cancelled", "The Moodys")],
        ),
        (
            "Hulu Cancels Comedy Series After 2 Seasons",
            "Dollface, the Hulu comedy starring Kat Dennings and Brenda Song, was canceled on Tuesday.",
            [("cancelled", "Dollface")],
        ),
        (
            "BBC abruptly cancels new detective show despite positive reactions",
            "The BBC has cancelled its detective drama Virdee after just one series.",
            [("cancelled", "Virdee")],
        ),
        (
            "Netflix Made a Major Mistake by Officially Cancelling This Hit 8-Part Sci-Fi Series",
            "Netflix's The Boroughs has been abruptly canceled after just one month.",
            [("cancelled", "The Boroughs")],
        ),
        (
            "Emilia Clarke's Hit Spy Series Cancelled After 1 Season",
            "Emilia Clarke and Haley Lu Richardson's hit spy series, Ponies, has officially been cancelled"
            " after a single season.",
            [("cancelled", "Ponies")],
        ),
        # (a relative clause between commas describes the show: its words are not the news)
        (
            "Netflix Cancels Its Best New Show Of 2023 After 1 Season",
            "Netflix has cancelled Lockwood & Co, which was widely considered to be among the streaming"
            " platform\u2019s best shows, just after its first very first season.",
            [("cancelled", "Lockwood & Co")],
        ),
        # (not the words for an airing's event: "Ahead of Series Premiere")
        (
            "Prime Video Renews New Viking Epic Series for Season 2 Ahead of Series Premiere",
            "Prime Video has renewed the Viking epic series 'Bloodaxe' for Season 2, well ahead of Season 1's"
            " 2027 release.",
            [("renewed", "Bloodaxe")],
        ),
        # a network ending a show it describes, of which the summary tells a last season ordered
        (
            "Netflix Officially Ends Beloved Video Game Series",
            "Netflix has renewed Devil May Cry for a third and final season, which showrunner Adi Shankar"
            " says will complete The Force Edge Saga.",
            [("renewed", "Devil May Cry")],
        ),
        # a run of capitals cut ("Mr. Corman", "First Kill"), a company acting, an owner, two shows, an
        # article and a word, someone described: no show's title
        (
            "Apple TV+ Cancels Popular Show After One Season",
            "Apple TV+ has cancelled the fan-favorite Joseph Gordon-Levitt led series Mr. Corman after one"
            " season.",
            [],
        ),
        (
            "Netflix Cancels Another Show After Just 1 Season",
            "First Kill couldn't make it past its first season.",
            [],
        ),
        (
            "Spotify Cancels at Least 6 Live Audio Shows in Latest Programming Cuts",
            "Spotify has canceled at least six of its live audio shows as part of its latest round of cuts.",
            [],
        ),
        (
            "Netflix Cancels Another Original Show After Just 1 Season",
            "Netflix canceled The Society and I Am Not Okay With This after just one season.",
            [],
        ),
        (
            "Beloved comedy series axed after six seasons on screens",
            "A BELOVED comedy show has been axed after six seasons on air.",
            [],
        ),
        (
            "Popular comedian confirms his hit BBC comedy has been AXED after just two series",
            "Much loved comedian Romesh Ranganathan has confirmed his hit BBC comedy series has been axed.",
            [],
        ),
        # a cancellation told again is the cancellation, as the labelled sets hold it ("Social Media Users
        # Think This Canceled Fantasy Prime Video Series Deserved More Seasons"); a franchise owning the
        # series, named before "'s", is not the show
        (
            "Altered Carbon: Netflix's Canceled Cyberpunk Series That Deserved More",
            "Netflix canceled Altered Carbon after just two seasons.",
            [("cancelled", "Altered Carbon")],
        ),
        (
            "It's Official: Star Trek's Canceled 94% RT Series Returns With New Episodes in Just 1 Month",
            "Star Trek's canceled, critically acclaimed series finally returns next month.",
            [],
        ),
    ],
)
def test_a_summary_names_an_unnamed_show_unquoted_where_a_title_stands(
    title: str, summary: str, read: list[tuple[str, str]]
) -> None:
    """A summary names the show a headline describes, unquoted, where its sentence holds a title: the
    object of the decision, an appositive, the subject of a passive, the name between commas after its
    description; never a run of capitals cut,
    the company that acts, an owner, two shows joined or someone described."""
    found = classify(Item(title, summary, date(2024, 6, 1)), screened=False)
    assert [(f.kind, f.show_title) for f in found] == read


def test_a_hedged_ending_does_not_make_a_renewal_final_and_after_a_bare_count_is_seasons() -> None:
    title = (
        "The Crown series six is CONFIRMED! Creator Peter Morgan reveals bosses have 'returned to their"
        " original plan'... after saying show would end with season five"
    )
    assert [(f.kind, f.season, f.final) for f in classify(Item(title))] == [("renewed", 6, False)]
    cancelled = classify(Item("Although plans for season 3 exist, Max cancels Our Flag Means Death after 2"))
    assert [(f.kind, f.season) for f in cancelled] == [("cancelled", 3)]


@pytest.mark.parametrize(
    ("title", "show", "season", "when"),
    [
        (
            "Upcoming South Korean Drama 'Scarlet Heart: Ryeo' Announced Premiere Date",
            "Scarlet Heart: Ryeo",
            None,
            None,
        ),
        ("Home and Away on Channel 7 returns 8 January 2024", "Home and Away", None, "2024-01-08"),
        ("'Paatal Lok' S2 will be out on January 17, 2025!", "Paatal Lok", 2, "2025-01-17"),
        ("Paramount+ to launch Landman S2 in November", "Landman", 2, "2025-11"),
        # a season's anime premieres (not a list of premieres: "Turkish TV Series Premieres in November")
        ("Dandadan Season 3 Anime Premieres on October 5", "Dandadan", 3, "2025-10-05"),
        # the item's own day ("tonight", "tomorrow"), a day written with its ordinal before the month
        ("'Hacks' Season 4 Premieres Tonight On Max", "Hacks", 4, "2025-01-02"),
        ("'Hacks' Season 4 Premieres Tomorrow", "Hacks", 4, "2025-01-03"),
        ("'Hacks' Season 4 Premieres On 10th April", "Hacks", 4, "2025-04-10"),
        # the trade's "bows", "lands", "streams" before a date, and "back on" one
        ("'Hacks' Season 4 Bows April 10", "Hacks", 4, "2025-04-10"),
        ("'Hacks' Season 4 Lands April 10", "Hacks", 4, "2025-04-10"),
        ("'Hacks' Season 4 Streams April 10", "Hacks", 4, "2025-04-10"),
        ("'Hacks' Back On April 10 For Season 4", "Hacks", 4, "2025-04-10"),
        ("AMC Sets Return Date For Breaking Bad and Another New HBO Show Added!", "Breaking Bad", None, None),
        # a quoted title that opens with a reporting word
        ("'Drops Of God' Season 2 Sets Premiere Date", "Drops Of God", 2, None),
    ],
)
def test_more_premiere_wordings(title: str, show: str, season: int | None, when: str | None) -> None:
    found = classify(Item(title, "", date(2025, 1, 2)))
    assert [(f.kind, f.show_title, f.season, f.date) for f in found] == [
        ("premiere_date", show, season, when)
    ]


def test_when_a_show_ends_is_not_its_title_and_an_opinion_of_a_cancellation_is_the_cancellation() -> None:
    day = date(2026, 4, 1)
    assert read_of("Netflix Officially Reveals When The Lincoln Lawyer Will End", day) == [
        ("ended", "The Lincoln Lawyer", None)
    ]
    assert read_of("When Calls the Heart Renewed for Season 13", day) == [
        ("renewed", "When Calls the Heart", 13)
    ]
    # (a cancellation told again, with an opinion, is the cancellation, as the labelled sets count it)
    assert read_of("Joe Pickett: Paramount+ Cancelled Neo-Western Crime Drama Too Soon", day) == [
        ("cancelled", "Joe Pickett", None)
    ]


def test_premiere_dates_set_for_several_shows_each_with_its_season() -> None:
    day = date(2025, 6, 1)
    assert read_of("'Virgin River' Season 7, 'Beef' Season 2 Set Netflix Premiere Dates", day) == [
        ("premiere_date", "Virgin River", 7),
        ("premiere_date", "Beef", 2),
    ]
    assert read_of("'Hacks' Season 4 and 'The Bear' Season 4 Get Premiere Dates", day) == [
        ("premiere_date", "Hacks", 4),
        ("premiere_date", "The Bear", 4),
    ]


def test_a_show_s_people_named_own_another_show_and_a_release_date_dropped_is_set() -> None:
    day = date(2025, 6, 1)
    assert (
        read_of("\u201cMr. Sunshine\u201d Writer Kim Eun Sook\u2019s New Drama Confirms Premiere Date", day)
        == []
    )
    assert read_of("'Mr. Sunshine' Writer Kim Eun Sook Confirms Season 2", day) == [
        ("renewed", "Mr. Sunshine", 2)
    ]
    assert read_of("'Wednesday' Season 2 Drops Release Date and Teaser", day) == [
        ("premiere_date", "Wednesday", 2)
    ]
    assert (
        read_of("HBO's Polarizing 3-Part Thriller Drops New Trailer Ahead of April 12 Release Date", day)
        == []
    )


def test_a_person_who_renews_at_a_show_renews_no_show() -> None:
    day = date(2025, 6, 1)
    assert read_of("Jon Stewart Renews at 'Daily Show' for Another Year", day, screened=True) == []
    assert read_of("Netflix Renews 'Wednesday' at Last", day) == [("renewed", "Wednesday", None)]


def test_a_number_after_a_title_s_own_no_is_the_title_s() -> None:
    assert read_of("Inside No. 9 to end after ninth series", date(2023, 6, 1)) == [
        ("ended", "Inside No. 9", 9)
    ]
    assert read_of("Bridgerton 3 wraps up filming", date(2023, 6, 1)) == [("wrapped", "Bridgerton", 3)]


def test_a_cancellation_after_a_list_of_renewals_names_the_title_after_its_verb() -> None:
    assert read_of(
        "CBS Renews 'Tracker', 'Ghosts' and 'Matlock'; Cancels 'The Equalizer'", date(2025, 5, 1)
    ) == [
        ("renewed", "Tracker", None),
        ("renewed", "Ghosts", None),
        ("renewed", "Matlock", None),
        ("cancelled", "The Equalizer", None),
    ]


def test_a_quoted_title_may_open_with_a_reporting_word() -> None:
    """ "'Drops of God'" is a title, though "Drops" opens a trailer's news; a lone quoted "'Drops'" is not."""
    day = date(2025, 6, 1)
    assert read_of("'Drops Of God' Renewed for Season 2", day) == [("renewed", "Drops Of God", 2)]
    assert read_of("Apple TV+ Renews 'Drops of God' for Season 2", day) == [("renewed", "Drops of God", 2)]
    assert read_of("'Drops' Season 2 Sets Premiere Date", day, screened=True) == []


@pytest.mark.parametrize(
    "title",
    [
        "10 TV Premieres to Watch in April",
        "September 2020 Turkish TV Series Premieres",
        "Barbarians Season 2 is not coming to Netflix in July 2022",
        "NBC Announces Fall Premiere Dates for New Shows, Returning Hits",
        "Netflix's Cancelled Show 'Warrior Nun' Is Coming Back & Fans Are Calling It A Huge Win",
        # a season on disc, a library moving, a record, a midseason return, a premiere's party
        "'Severance' Season 2 DVD Release Date Set For May 5",
        "'Severance' Season 2 Blu-ray Arrives May 5",
        "'Suits' Seasons 1-9 Coming to Netflix in March",
        "'Severance' Season 2 Hits Record Viewership in March",
        "'Severance' Season 2 Midseason Premiere Set For March 5",
        "'Severance' Season 2 Premiere Event Set For January 10",
        "'Severance' Season 2 Screening Set For January 10",
        "'Hacks' Season 4 Finale To Air May 5",
        "Jennifer Aniston Back In May With New Series",
        # a person dropped, not renewed or brought back, unless the headline quotes a show
        "NBC Drops Kelly Clarkson After Four Seasons",
        "ESPN Won't Renew Stephen A. Smith",
        "HBO Brings Back Jeremy Strong For A Fourth Season",
        "Netflix Says No To Jenna Ortega Season 2 Pay Raise",
        "Jeff Probst To Sign Off With Season 50",
        "Jenna Ortega Won't Continue After Season 2",
        # a season happening at a time to come is not yet a renewal told
        "'Hacks' Season 3 Is Happening In 2026",
        "Adam Scott Is Over After Two Seasons",
        "Kim Kardashian And Pete Davidson Romance Comes To An Abrupt End",
    ],
)
def test_premiere_round_ups_denials_and_descriptions_propose_nothing(title: str) -> None:
    assert classify(Item(title, "", date(2025, 1, 2))) == []


def test_a_premiere_in_a_with_clause_is_the_background_of_a_milestone() -> None:
    title = "With S1 premiering Sunday, Oct 16 on PBS, life is good as filming on 'Annika' S2 has begun!"
    found = classify(Item(title, "", date(2022, 10, 1)))
    assert [(f.kind, f.show_title, f.season) for f in found] == [("in_production", "Annika", 2)]


@pytest.mark.parametrize(
    ("title", "kind", "show", "season"),
    [
        ("Sacred Games: Nawazuddin Siddiqui, Anurag Kashyap shoot season 2 of Netflix Original in Nairobi",
         "in_production", "Sacred Games", 2),
        ("Agents of SHIELD Series Finale Is Now Being Filmed", "in_production", "Agents of SHIELD", None),
        ("Camera crews return to Canberra for second series of Austin", "in_production", "Austin", 2),
        # the trade's words for filming
        ("Principal Photography Has Begun On 'Severance' Season 2", "in_production", "Severance", 2),
        ("Principal Photography Wraps On 'Severance' Season 2", "wrapped", "Severance", 2),
    ],
)  # fmt: skip
def test_more_production_wordings(title: str, kind: str, show: str, season: int | None) -> None:
    assert [(f.kind, f.show_title, f.season) for f in classify(Item(title))] == [(kind, show, season)]


@pytest.mark.parametrize(
    "title",
    [
        "'Moorim School' Completes Final Script and Has Almost Wrapped Up Filming",
        "Filming concludes on Series 34",  # no show named
    ],
)
def test_a_milestone_nearly_reached_or_of_no_show_proposes_nothing(title: str) -> None:
    assert classify(Item(title)) == []


@pytest.mark.parametrize(
    ("title", "kind", "show", "season"),
    [
        # forms the twelfth labelled set taught
        ("Beyond Paradise confirmed for season 3 and special episode", "renewed", "Beyond Paradise", 3),
        ("Kaiju No. 8 Season 2 Officially Announced with New Cast and More", "renewed", "Kaiju No. 8", 2),
        ("Kaiju No. 8 Season 2 Officially Announced: Release Date, Cast And Everything You Need To Know",
         "renewed", "Kaiju No. 8", 2),
        ("Twisted Metal Season 2 Gets The Green Light", "renewed", "Twisted Metal", 2),
        ("All the tears, but no hugs, as Rosehaven wraps its final season", "wrapped", "Rosehaven", None),
        ("Neighbours shares final photo as filming wraps after 37-year run", "wrapped", "Neighbours", None),
    ],
)  # fmt: skip
def test_more_wordings_from_the_twelfth_set(title: str, kind: str, show: str, season: int | None) -> None:
    assert [(f.kind, f.show_title, f.season) for f in classify(Item(title))] == [(kind, show, season)]


@pytest.mark.parametrize(
    "title",
    [
        "'High Potential' Returns for Season 2 with Schedule Changes and Expanded Episode Order",
        "Production Begins for 'Severance' Season 3 as Writers Room Gets to Work",
        "Outer Banks Prepares for Final Season Filming in Charleston",
        "Filming Starts on New Cormoran Strike TV Series This Month",
        "Netflix's Wednesday Gets Update On Season 2 Filming",
        "TV Tonight, Sept. 25: Wall to wall season premieres",
        "Our Flag Means Death and 10 other great original shows Max has brutally canceled",
    ],
)
def test_an_episode_order_a_writers_room_or_a_start_to_come_is_no_news(title: str) -> None:
    assert classify(Item(title)) == []


@pytest.mark.parametrize(
    ("title", "published", "when"),
    [
        ("Kim Min-gue's new series 'The Heavenly Idol' to premiere next month", date(2023, 1, 10), "2023-02"),
        ("'Succession' season 4 premieres this month", date(2023, 3, 1), "2023-03"),
        ("'Slow Horses' season 4 premieres next month", date(2024, 12, 5), "2025-01"),
    ],
)
def test_a_premiere_next_month_counts_from_the_item_s_date(title: str, published: date, when: str) -> None:
    assert [(f.kind, f.date) for f in classify(Item(title, "", published))] == [("premiere_date", when)]


@pytest.mark.parametrize(
    ("title", "published", "found"),
    [
        ("The Witcher Season 4 Starts Shooting in the UK in September", date(2024, 6, 1), []),
        ("The Witcher Season 4 Starts Shooting in the UK in September", date(2024, 9, 2),
         [("in_production", 4)]),
        ("Crime drama Vigil begins filming in Glasgow ahead of trip north in April", date(2024, 2, 1),
         [("in_production", None)]),
        ("CBS Clears Slate, Axing 'So Help Me Todd' and 'CSI: Vegas'", date(2024, 5, 1),
         [("cancelled", None), ("cancelled", None)]),
        ("Young Royals Announces Third and Final Season", date(2023, 3, 1), [("renewed", 3)]),
    ],
)  # fmt: skip
def test_a_start_in_a_month_to_come_is_not_yet_and_more_wordings(
    title: str, published: date, found: list[tuple[str, int | None]]
) -> None:
    assert [(f.kind, f.season) for f in classify(Item(title, "", published))] == found


@pytest.mark.parametrize(
    ("title", "show_title"),
    [
        ("EXCLUSIVE Ted Lasso RETURNS to America as filming begins with Jason Sudeikis", "Ted Lasso"),
        ("Pachinko Season 2 Official Trailer: Apple TV+ Series Returns In August", "Pachinko"),
        ("City cancels Seed", "Seed"),
        ("Cobra Kai Season 6: Netflix Renews Karate Kid Spinoff Series for Final Season", "Cobra Kai"),
        # a genre capitalised in a headline's case describes the show
        ("Hulu Cancels Animated Comedy Solar Opposites", "Solar Opposites"),
        ("ITV Axes Long-Running Soap Doctors", "Doctors"),
        # a franchise of four or five words before the colon is the title's; a column's name is not
        ("Blue Lights Season 2: Big TV Show Now Filming in Belfast", "Blue Lights"),
        (
            "Michael C Hall-starrer Dexter: Resurrection gets renewed for Season 2; fans react",
            "Dexter: Resurrection",
        ),
        ("Renewal and Cancellation Wrap: Winners and Losers Renewed!", "Winners and Losers"),
        # the network's series after the name, and an imperative cut before its noun, are not the name
        ("Peacemaker HBO Max Series Wraps Filming with John Cena and Director James Gunn", "Peacemaker"),
        (
            "The Vampire Diaries Comes to an End: Check Out the Cast Getting Emotional As Filming Wraps",
            "The Vampire Diaries",
        ),
    ],
)
def test_a_network_a_month_or_a_spinoff_described_is_not_the_name(title: str, show_title: str) -> None:
    # the rules' naming, whatever the screen makes of the news (it takes back "The Vampire Diaries Comes
    # to an End ... As Filming Wraps", labelled a wrap in the ninth set, not an end)
    found = classify(Item(title, "", date(2024, 6, 1)), screened=False)
    assert [f.show_title for f in found] == [show_title]


def test_fans_reacting_after_the_news_do_not_undo_it_nor_a_person_in_tears_name_a_show() -> None:
    found = classify(Item("Netflix's Wednesday renewed for Season 2; fans react"))
    assert [(f.kind, f.season) for f in found] == [("renewed", 2)]
    tears = "Lucy Hale breaks down in tears after her TV series is cancelled after just one season"
    assert classify(Item(tears)) == []


def test_a_renewal_before_a_release_date_teased_in_another_sentence_is_the_renewal() -> None:
    title = (
        "Popular Anime Series Attack On Titan Has Been Renewed For A Fourth Season! Check out for release"
        " date, cast, plot and more latest updates."
    )
    assert [(f.kind, f.season) for f in classify(Item(title))] == [("renewed", 4)]
    later = classify(Item("Grantchester returns for third series in 2017", "", date(2016, 5, 1)))
    assert [(f.kind, f.show_title, f.season) for f in later] == [("renewed", "Grantchester", 3)]


@pytest.mark.parametrize(
    "title",
    [
        # someone's plea, reaction or report; a cast confirmed; an explainer; a delay; a party
        "Aww Shucks, CBS: Don't Cancel The Crazy Ones",
        "Kevin Bacon Thanks Fans After The Following Is Cancelled",
        "UPDATE: ABC cancels Don't Trust The B---- In Apartment 23 (according to its stars)",
        "'This Is Us' Reported to End With Season 6 Ahead of NBC's 2021-22 Fall Schedule Announcement",
        "The Real Reason This Is Us Is Ending After Season 6",
        "CBS Renews 18 Prime-Time Shows, Cancels 'Crazy Ones,' 'Intelligence'",
        "Jung Hae In, Koo Kyo Hwan, Son Suk Ku, Kim Sung Kyun & More Confirmed For Second Season Of 'D.P.'",
        "'So I Married An Anti-Fan' Drama Starring Sooyoung In Danger Of Being Completely Cancelled",
        "Netflix delays the launch of 'Love Alarm Season 2' due to the pandemic",
        "Two Weeks Wraps Up with the Sweetest of Finale Parties",
        "Gintama Announces Premiere Date for New Special",
    ],
)
def test_pleas_reports_casts_delays_and_parties_propose_nothing(title: str) -> None:
    assert classify(Item(title, "", date(2021, 5, 1))) == []


@pytest.mark.parametrize(
    ("title", "kind", "show", "season"),
    [
        # forms and names the thirteenth labelled set taught
        ("TV News Roundup: HGTV Renews 'Flip or Flop Atlanta' for Season 2", "renewed",
         "Flip or Flop Atlanta", 2),
        ("'Out with a bang.' Netflix announces Ozark to have expanded final season", "renewed", "Ozark",
         None),
        ("Axed: Doctor Doctor ending with Season 5", "cancelled", "Doctor Doctor", 6),
        ("BBC Scotland to scrap flagship soap River City", "cancelled", "River City", None),
        ("River City: BBC Scotland axes Scottish soap and confirms big plans for finale", "cancelled",
         "River City", None),
        ("Fairy Tail - Anime Ends on March 30", "ended", "Fairy Tail", None),
        ("Season three of Attack on Titan gains a summer 2018 release date", "premiere_date",
         "Attack on Titan", 3),
        ("'Gyeongseong Creature' will have Season 2, filming starts early next year", "renewed",
         "Gyeongseong Creature", 2),
        ("HBO Sets House of the Dragon Season 2 Premiere for June", "premiere_date",
         "House of the Dragon", 2),
    ],
)  # fmt: skip
def test_more_wordings_from_the_thirteenth_set(title: str, kind: str, show: str, season: int | None) -> None:
    found = classify(Item(title, "July 6, 2018", date(2018, 1, 10)))
    assert [(f.kind, f.show_title, f.season) for f in found] == [(kind, show, season)]


def test_a_return_scheduled_or_an_airdate_label_takes_the_summary_s_date_and_late_summer_is_to_come() -> None:
    treme = classify(
        Item("HBO Finally Schedules Treme's Return", "Treme returns Sunday, Sept. 23.", date(2012, 7, 2))
    )
    assert [(f.kind, f.show_title, f.date) for f in treme] == [("premiere_date", "Treme", "2012-09-23")]
    utopia = classify(
        Item("Airdate: Utopia", "Utopia premieres Wednesday August 13 on ABC.", date(2014, 7, 20))
    )
    assert [(f.kind, f.show_title, f.date) for f in utopia] == [("premiere_date", "Utopia", "2014-08-13")]
    later = "Yellowjackets Season 2 Begins Filming Late Summer For A 'Winter Storyline'"
    assert classify(Item(later, "", date(2022, 5, 1))) == []


def test_the_summary_witnesses_where_an_unquoted_name_ends() -> None:
    """A name the headline runs on ("Line of Duty set to return") is cut where the summary says it
    ends; a name the summary repeats whole, a quoted name and a franchise's title whose halves the
    summary both gives stay as the headline has them."""

    def named(title: str, summary: str) -> list[tuple[str, str | None]]:
        return [(f.show_title, f.show) for f in classify(Item(title, summary, date(2019, 2, 1)), lookup)]

    line = "Line of Duty set to return to BBC for seventh season"
    assert named(line, "") == [("Line of Duty", None)]  # (words in lower case end a name)
    assert named(line, "Jed Mercurio's police drama Line of Duty will return.") == [("Line of Duty", None)]
    circle = "The CW Cancels The Secret Circle and Ringer"
    witchy = "The CW has cancelled The Secret Circle, its witchy drama."
    assert named(circle, witchy) == [("The Secret Circle", None)]
    superstore = "Fri-Yay: Superstore to End"
    assert named(superstore, "NBC's Superstore will end with its sixth season.") == [("Superstore", None)]
    # a catalogue show once cut free is the catalogue's
    barry = "Barry Star Confirms Season 5 Renewal at HBO"
    assert named(barry, "") == [("Barry Star", None)]
    assert named(barry, "Bill Hader says Barry will return.") == [("Barry", "barry")]
    # the summary repeats it whole, or the headline quotes it, or both halves of a franchise are given
    # (and words in lower case still end it)
    assert named(line, "Line of Duty set records last time.") == [("Line of Duty", None)]
    quoted = "'Vikings: Goodbye' renewed for a second season"
    assert named(quoted, "Good news for fans of Goodbye.") == [("Vikings: Goodbye", None)]
    # or the summary subtitles the name too, in words of its own
    svu = "Law & Order: SVU Season 28's Release Date Confirmed By NBC"
    victims = (
        "NBC's long-running police procedural Law & Order: Special Victims Unit is officially returning."
    )
    assert named(svu, victims) == [("Law & Order: SVU", None)]
    pony = "My Little Pony: Friendship Is Magic renewed for fifth season"
    assert named(pony, "My Little Pony fans rejoice: Friendship Is Magic returns.") == [
        ("My Little Pony: Friendship Is Magic", None)
    ]
    # a network is no part to keep, nor a part that starts with "A" after "at", "for", "with"
    assert named("Peacemaker HBO Max renewed for season 2", "HBO Max has renewed it.") == [
        ("Peacemaker HBO Max", None)
    ]
    assert named("One Day At A Time canceled by Pop", "A Time to laugh is over on Pop.") == [
        ("One Day At A Time", None)
    ]


@pytest.mark.parametrize(
    ("title", "kind", "show_title", "season"),
    [
        # the season that airs is not the one ordered, whoever's it is
        (
            "NBC orders early renewal of Brooklyn Nine-Nine ahead of show's season seven premiere",
            "renewed",
            "Brooklyn Nine-Nine",
            8,
        ),
        # another network takes it on for a season
        (
            "It's Official: Nashville Will Move to CMT for Back-From-the-Dead Season 5",
            "renewed",
            "Nashville",
            5,
        ),
        ("Line of Duty gets recomissioned for a third and fourth series", "renewed", "Line of Duty", 3),
        (
            "Sweet, there's going to be another season of Delicious in Dungeon",
            "renewed",
            "Delicious in Dungeon",
            None,
        ),
        (
            "Queen of the South will go out on top with fifth and final season",
            "ended",
            "Queen of the South",
            5,
        ),
        ("No season 3 for A Place to Call Home", "cancelled", "A Place to Call Home", 3),
        # "its Funniest* Comedy" describes; the name is the one before the colon
        (
            "Stath Lets Flats Series 3: Channel 4 Renews its Funniest* Comedy",
            "renewed",
            "Stath Lets Flats",
            3,
        ),
    ],
)
def test_fifteenth_set_forms(title: str, kind: str, show_title: str, season: int | None) -> None:
    found = classify(Item(title, "", date(2020, 6, 3)))
    assert [(f.kind, f.show_title, f.season) for f in found][:1] == [(kind, show_title, season)]


@pytest.mark.parametrize(
    "title",
    [
        "Network 10 renews local dramas, reality shows",  # a network and no show
        "There's going to be a season 3 of Delicious in Dungeon?",
        "There will be no season 2",
        "Friends Will Move to Netflix for Season 5?",
        "Channel 4 Renews its Funniest Comedy",
    ],
)
def test_fifteenth_set_noise(title: str) -> None:
    assert classify(Item(title, "", date(2020, 6, 3))) == []


@pytest.mark.parametrize(
    ("title", "kind", "show_title", "season"),
    [
        ("Bravo Orders Three More Seasons of Girlfriends' Guide to Divorce", "renewed",
         "Girlfriends' Guide to Divorce", None),
        ("FX Networks cancels Legit", "cancelled", "Legit", None),
        ("NBC's 'Happy's Place' Celebrates Second Season Renewal", "renewed", "Happy's Place", 2),
        ("Strange New Worlds Season 2 Confirmed Before Spinoff's Release", "renewed", "Strange New Worlds",
         2),
        ("Ripper Street given second series by BBC", "renewed", "Ripper Street", 2),
        ("The Hitchhiker's Guide to the Galaxy renewed for season 2", "renewed",
         "The Hitchhiker's Guide to the Galaxy", 2),
    ],
)  # fmt: skip
def test_sixteenth_set_forms(title: str, kind: str, show_title: str, season: int | None) -> None:
    found = classify(Item(title, "", date(2020, 6, 3)))
    assert [(f.kind, f.show_title, f.season) for f in found][:1] == [(kind, show_title, season)]


@pytest.mark.parametrize(
    "title",
    [
        "Kims Convenience Season 6 Release Date: Confirmed or Cancelled! Check Here!",
        "Squid Game Season 2 Confirmed With Release Date",  # the date is what is confirmed
        "A Complete Guide to The Recruit Season 2 Cast",
        "The networks cancel everything",
    ],
)
def test_sixteenth_set_noise(title: str) -> None:
    assert classify(Item(title, "", date(2020, 6, 3))) == []


@pytest.mark.parametrize(
    ("title", "summary", "kind", "show_title", "season", "when"),
    [
        ("'The Newsroom' Premiere Date: HBO Sets Season 2 Date", "Season 2 will debut on July 14 at 10 p.m.",
         "premiere_date", "The Newsroom", 2, "2013-07-14"),
        ("Epix Sets April Return for 'Godfather Of Harlem'", "", "premiere_date", "Godfather Of Harlem", None,
         "2013-04"),
        ("Final Space Returns This June With A New Home At Adult Swim", "", "premiere_date", "Final Space",
         None, "2013-06"),
        ("Hilda is dropping its final season on Netflix next month", "", "premiere_date", "Hilda", None,
         "2013-05"),
        ("OCN's \u201cVoice 4\u201d Confirms Broadcast In June With Song Seung Heon", "", "premiere_date",
         "Voice", 4, "2013-06"),
        ("Welcome to Demon School! Iruma-kun Receives 3rd Season", "", "renewed", "Iruma-kun", 3, None),
        ("Adult Swim giving third season to Emmy-winning animated series 'Primal'", "", "renewed", "Primal",
         3, None),
        ("'Locke & Key' Third Season to be Last", "", "ended", "Locke & Key", 3, None),
        ("Disney has confirmed the production of 'Moving' Season 2", "", "renewed", "Moving", 2, None),
        ("El Rey Network Renews From Dusk Till Dawn: The Series For Third Season", "", "renewed",
         "From Dusk Till Dawn: The Series", 3, None),
        ("Netflix Cancels Dead End: Paranormal Park After 2 Seasons", "", "cancelled",
         "Dead End: Paranormal Park", 3, None),
        # a release date still to be announced is no date; what the headline confirms is production
        ("'One Punch Man' season 2 release date news: Ad confirms anime now in production; exact release date"
         " TBA", "", "in_production", "One Punch Man", 2, None),
    ],
)  # fmt: skip
def test_seventeenth_set_forms(
    title: str, summary: str, kind: str, show_title: str, season: int | None, when: str | None
) -> None:
    found = classify(Item(title, summary, date(2013, 4, 12)))
    if kind == "premiere_date" and "final season" in title.lower():
        # (a final season's premiere: the show's end first, then the date)
        assert found[0].kind == "ended", title
        found = found[1:]
    assert [(f.kind, f.show_title, f.season, f.date) for f in found][:1] == [(kind, show_title, season, when)]


@pytest.mark.parametrize(
    "title",
    [
        "Forgotten 100%-Rated Sci-Fi Thriller That Was Canceled Too Soon (Starz to Blame)",
        "Canceled Cartoons that were Gone Too Soon",
        "Crunchyroll Announces New Series 'Dark Star Squadron', Passes 5 Million Subs",  # a first season
        "Genndy Tartakovsky's Primal Sinks Teeth into Season 3 on Adult Swim",  # an idiom, no cancellation
        "'Succession' Star Returns to HBO in New Drama",
    ],
)
def test_seventeenth_set_noise(title: str) -> None:
    assert classify(Item(title, "", date(2013, 4, 12))) == []


def test_a_premiere_on_a_bare_weekday_is_the_next_one_from_the_item_s_date() -> None:
    thursday = date(2019, 4, 25)
    found = classify(Item("Jamestown Series 3 Premieres Friday", "", thursday))
    assert [(f.kind, f.show_title, f.season, f.date) for f in found] == [
        ("premiere_date", "Jamestown", 3, "2019-04-26")
    ]
    same_day = classify(Item("'Jamestown' Season 3 Premieres This Thursday on Sky One", "", thursday))
    assert [f.date for f in same_day] == ["2019-04-25"]
    # a production start on a weekday is still to come; a person back on a weekday is no premiere
    assert classify(Item("Stranger Things Season 3 Starts Filming Monday", "", thursday)) == []
    assert classify(Item("Jamestown stars return Friday", "", thursday)) == []


def test_a_one_word_catalogue_title_ends_a_description_not_another_title() -> None:
    """ "Alberta-shot Heartland" is the catalogue's Heartland; "The Last Kingdom" is not its Kingdom,
    nor "Flip or Flop Atlanta" its Atlanta."""
    shows = {k: [Name(k, k.title())] for k in ("kingdom", "atlanta", "heartland")}

    def named(title: str) -> list[tuple[str, str | None]]:
        found = classify(Item(title, "", date(2020, 6, 3)), lambda key: shows.get(key, []))
        return [(f.show_title, f.show) for f in found]

    assert named("CBC renews Alberta-shot Heartland for 11th season") == [("Heartland", "heartland")]
    assert named("'The Last Kingdom' Season 4 cast wraps filming") == [("The Last Kingdom", None)]
    assert named("HGTV Renews 'Flip or Flop Atlanta' for Season 2") == [("Flip or Flop Atlanta", None)]


def test_the_bench_never_prints_held_out_headlines_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """The sets (or halves) nobody has read stay unread: their figures print, their headlines do not."""
    sys.path.insert(0, str(REPO))
    from bench.radar import HELD_OUT, read, report, unread

    path = REPO / "tests" / "data" / "radar_headlines_fourteenth.jsonl"
    assert HELD_OUT[path.name] is None
    report(path, show_misses=True, show_shows=True)
    printed = capsys.readouterr().out
    assert "decisions" in printed and "held out and not printed" in printed
    assert not any(row.title in printed for row in read(path))
    twentyfifth = REPO / "tests" / "data" / "radar_headlines_twentyfifth.jsonl"
    rows = read(twentyfifth)
    held = [row for row in rows if unread(twentyfifth, row)]
    assert 0 < len(held) < len(rows)  # the odd half only
    report(twentyfifth, show_misses=True)
    printed = capsys.readouterr().out
    assert not any(row.title in printed for row in held)


def test_words_neither_quoted_nor_the_catalogues_must_read_as_a_title() -> None:
    """A description or a run-on is no show's name: the headline proposes nothing rather than a
    decision for "the Gabriel Basso starrer"; a title quoted, in guillemets or with a title's small
    words stays."""
    day = date(2023, 3, 30)

    said = partial(read_of, day=day, screened=True)

    assert said("Netflix Just Cancelled A $200 Million Series After One Season") == []
    night_agent = (
        "'The Night Agent's huge opening leads Netflix to renew the Gabriel Basso starrer series for Season 2"
    )
    assert [f.show_title for f in classify(Item(night_agent, "", day), screened=False)] == []
    # (the learned reading, where the rules read nothing, names the show the headline quotes)
    assert said(night_agent) == [("renewed", "The Night Agent", 2)]
    assert (
        said("Control Z (Season 3): Spanish teen drama show renewed for third season but canceled for fourth")
        == []
    )
    assert said("Stath Lets Flats Series 3: Channel 4 Renews its Funniest* Comedy") == [
        ("renewed", "Stath Lets Flats", 3)
    ]
    # (guillemets quote: a quoted title may hold words in lower case)
    assert said("«Mob psycho 100»: the premiere date for its third season is confirmed") == [
        ("premiere_date", "Mob psycho 100", 3)
    ]
    assert said("What We Do in the Shadows Renewed at FX for Seasons 5 and 6") == [
        ("renewed", "What We Do in the Shadows", 5),
        ("renewed", "What We Do in the Shadows", 6),
    ]
    assert said("Chuunibyou demo Koi ga Shitai! Gets 2nd Season") == [
        ("renewed", "Chuunibyou demo Koi ga Shitai", 2)
    ]
    assert said("«Mob Psycho 100» renewed for a third season") == [("renewed", "Mob Psycho 100", 3)]


def test_what_real_feeds_carry_that_looks_like_a_decision_and_is_not() -> None:
    """From the nineteenth and twentieth sets' even halves: feed items as they came."""
    day = date(2020, 6, 3)

    said = partial(read_of, day=day, screened=True)

    for title in (
        "Disney, Comcast Renew Carriage Deal for ESPN, Disney Channel, ABC Stations",  # a deal
        "Amy Schneider 'Jeopardy!' Streak Ends After 40 Games And $1.4 Million",  # a streak
        "Outlander Season 5 Ends With an Incredibly Traumatizing Chapter for Claire",  # a season's finale
        "'Law & Order: SVU': Elliot Stabler to Return for Season 22 Premiere",  # an episode
        "HBO Axed First 'Game of Thrones' Spinoff After Spending 'Over $30 Million' on the Pilot",
        "Thousands cancel TV licences",  # a sentence's first word is no show
        "ABC Renews Eight Series While Axing Four Other Shows",
        "'The Witcher' Trailer Dropped By Netflix",
    ):
        assert said(title) == [], title
    assert said("Cops dropped by Paramount Network amid race tensions after 33 seasons") == [
        ("cancelled", "Cops", 34)
    ]
    assert said('Jimmy Carr Quiz Show "I Literally Just Told You" Renewed for Series 2 at Channel 4') == [
        ("renewed", "I Literally Just Told You", 2)
    ]
    assert said("Kevin Can F**k Himself to End With Season 2 at AMC") == [
        ("ended", "Kevin Can F**k Himself", 2)
    ]
    # (a year by the item's own is the edition's: "Love Island 2021" told in 2020; "Reply 1988" is a title)
    assert said("Love Island 2021 winter series has officially been cancelled") == [
        ("cancelled", "Love Island", None)
    ]
    assert said("Filming for anticipated tvN drama Reply 1988 already underway") == [
        ("in_production", "Reply 1988", None)
    ]
    # who brings a show back, or confirms it, is not the show
    assert said("Ricky Gervais confirms there will be a third series of After Life as he admits fear") == [
        ("renewed", "After Life", 3)
    ]
    assert said("Ricky Gervais Bringing After Life Back For Series 3") == [("renewed", "After Life", 3)]


@pytest.mark.parametrize(
    "title",
    [
        # an event, a prize, a person's place, an appearance, a venue's season called off
        "Falls Festival Marion Bay cancelled amid coronavirus, but Victorian, NSW and WA events planned"
        " to go ahead",
        "Pitchfork Music Festival 2020 canceled due to coronavirus",
        "Iron Maiden Cancel Australian Tour",
        "Vanilla Ice cancels concert after coronavirus backlash",
        "The 2020 TV Week Logie Awards has been cancelled due to Coronavirus",
        "Turner Prize 2020 axed and replaced by £100k fund for struggling artists",
        "Dee Nguyen axed from MTVs The Challenge after Black Lives Matter fight",
        "Inbetweeners axed from YouTube over technical reason after fears that offensive content"
        " sparked complaints",
        "Celebrity MasterChef axes second contestant",
        "Ice Cube cancels 'GMA' appearance in wake of George Floyd's death",
        "Ravinia cancels its entire summer season",
        "'Vanderpump Rules' Star Jax Taylor Canceled For 'Disgusting Behavior' On Reunion: Part Three",
        "Social Media Calls to Cancel Joe Rogan After Joey Diaz Scandal",
        "Ansel Elgort Is Getting Canceled by Twitter",
        "Anna Wintour Isn't Going To Cancel Herself",
        "EastEnders cancelled: Why isn't EastEnders on tonight?",
        "Sorry, Olivia Benson Is Canceled Too",
        "Lea Michele Dropped By HelloFresh After 'Glee' Co-Star Samantha Ware's Accusations",
        "JoJo Siwa Ditches Ponytail for a New Hairstyle to Celebrate Her B-Day",
        "'Snoop Cali Red' wine inspired by rapper Snoop Dogg hitting shelves this summer",
        "'Back to the Future' Screenwriter Closes Plot Hole Amid Renewed Debate",
        "Killing Eve season 3 ending: Do Eve and Villanelle run away together? Star confirms twist",
        "'NCIS' Franchise Stars Mark Harmon, Scott Bakula, LL Cool J & Chris O'Donnell Close New Deals"
        " To Return",
        "No end in sight",
        "Too Hot to Handle stars Harry Jowsey and Francesca Farago call it quits after one year of dating",
        "Simon Gregson tries to end unlikely feud with Liam Gallagher",
        "Hulu Is the Latest Streaming Company to End Support for Older Devices",
        "Emmerdale to end on cliffhanger that won't be solved for THREE weeks",
        "Guy Fieri Is The Last Unproblematic Food Person",
        "Theo Hayez search renewed after missing backpacker vanished from Byron Bay",
        "Culture Secretary announces Cultural Renewal Taskforce",
        "RuPaul's Drag Race announces season 12 finale and reunion changes",
        "Tagged 'Controversial & Nepotistic', KJo's 'Koffee With Karan' To Go Off Air, Claims A Report",
        "Peter Kraus Turned Down 'The Bachelor' After Producers Allegedly Asked Him to End a Relationship",
        "'90 Day Fiance': Meet the Cast Returning for Season 5 of 'Happily Ever After'",
        # the real half of a fact-checking dataset (2017-18), outside the twenty-first set
        "Hailey Baldwin Ditched Denim for Camo Pants",
        "Kendra Wilkinson cancels Las Vegas shows after being rushed to hospital",
        "How Andy Cohen Became Famous Enough To End Up On Riverdale",
        "Prince Liam Pleads for Cyrus' Help to End King Robert's Reign",
        "Donald Glover Shares Scrapped 'Deadpool' Script Which Claims Sanaa Lathan Bit Beyonce",
        "Shannen Doherty scraps with Jennie Garth after Tori Spelling spat",
        "'DWTS' Halloween Night Slashes Two Contestants in Surprise Double Elimination -- See Who Got the"
        " Axe!",
        "Louis C.K.'s New Film 'I Love You, Daddy' Shelved Amid Sexual Misconduct Allegations",
        "AFP: McCain renews attacks on Obama links to radical",
        # recurring events by their own name
        "Bonnaroo 2020 Canceled Due to COVID-19, Will Return in 2021",
        "Coachella 2020 Cancelled, May Return In April With Limited Attendance",
        "Lollapalooza Canceled Due to Coronavirus, Going Virtual",
        "Mum shares her genius trick for deep cleaning her sinks in MINUTES",
        "Japan Sinks: 2020 Is My Most Anticipated TV Anime Of This Summer",
        "Disney Scraps Plans to Release Star Wars: The Empire Strikes Back in 4K",
        "Zara Larsson reveals she has scrapped songs with Ariana Grande and Ed Sheeran",
        "JAN MOIR: Whoever wins this sickening scrap, Johnny Depp and Amber Heard BOTH lose",
        "Disney Plus scraps seven-day free trial ahead of Hamilton and Frozen 2",
        "Princess Charlotte won't return to school before Prince George",
        "Aamir Khan cancels Ladakh schedule of Laal Singh Chaddha after India - China clash",
        "WWE 2K21 Video Game Cancellation Confirmed",
        "My 14 Films Got Shelved, Box-office Collections Projected Wrongly Due to Groupism",
        "Top YouTube influencers canceled",
        "Rashami Desai on her role getting axed and Naagin 4 wrap up",
        "Tom Bergeron, Erin Andrews will not return to 'Dancing with the Stars'",
        # a radar scan of the 2022 news API archive outside the twenty-second set
        "James Corden cancels shows after testing positive for Covid-19",
        "Jennifer Coolidge set to return for second season of hit HBO show White Lotus",
        "Prince Harry renews lease on Frogmore Cottage",
    ],
)
def test_a_general_feed_s_cancellations_of_what_is_not_a_show_propose_nothing(title: str) -> None:
    """An entertainment feed as it comes (the news API archive the nineteenth set is drawn from,
    outside that set): festivals, tours, prizes, people, appearances and a venue's season are
    cancelled far more often than shows."""
    assert [f for f in classify(Item(title, "", date(2020, 6, 3))) if f.kind in DECISIONS] == []


@pytest.mark.parametrize(
    ("title", "show"),
    [
        # shows whose names hold an event's word are still shows
        ("Season Three of Reservation Dogs Will Be Its Last", "Reservation Dogs"),
        ("Break Out the Kombucha! Search Party Is Renewed for Season Two", "Search Party"),
        ("Starz cancels 'Party Down' after two seasons", "Party Down"),
        ("Emmy Award winning ABC animation Bluey to return for third season", "Bluey"),
        ("Cops dropped by Paramount Network amid race tensions after 33 seasons", "Cops"),
        # (an event the news was told at is no event called off)
        ("Syfy renews The Magicians for season 4 at Comic-Con", "The Magicians"),
        ("HBO renews 'Succession' for a fourth season after its Emmys sweep", "Succession"),
        ("Max sinks Our Flag Means Death after two seasons", "Our Flag Means Death"),
        ("BBC Scotland to scrap flagship soap River City", "River City"),
        ("Bridgerton set to return for second season on Netflix", "Bridgerton"),
        ("Downton Abbey is done after Season 6, Carnival Films and ITV confirm", "Downton Abbey"),
        ("'South Park' Renewed Through Season 30 as Paramount+ Orders 14 Movies", "South Park"),
        ("The Boys season 5 will be the last one after all", "The Boys"),
        ("'Justified' to call it quits after next season", "Justified"),
        ("Karl Stefanovic's This Time Next Year axed from Channel 9's 2020 line-up", "This Time Next Year"),
        # the archives' decisions beside the general feed's noise: numbers and lower-case title words
        # that are a title's own stay
        ("Cops cancelled after 32 seasons following George Floyd protests", "Cops"),
        ("Netflix renews Brazilian sleeper hit 3% for third season", "3%"),
        ("1899, Netflix's Sci-Fi Mystery Series, Has Already Been Canceled", "1899"),
        ("'24' renewed for season 9", "24"),
        ("The Gathering: Channel 4 axes popular drama after just one series", "The Gathering"),
        ("'Everything's Gonna Be Okay' renewed for season 2", "Everything's Gonna Be Okay"),
        ("'Schitt's Creek' ends its run", "Schitt's Creek"),
        # a quoted title opening with a word that elsewhere names no show
        ("'Why Women Kill' Canceled at Paramount+ Despite Season 3 Renewal", "Why Women Kill"),
        ("Netflix Cancels 'Another Life' After Two Seasons", "Another Life"),
        ("Nickelodeon renews 'Every Witch Way' for season 4", "Every Witch Way"),
        ("Netflix Axes 'Lockwood & Co.' After One Season", "Lockwood & Co."),
        # a quoted title of words in lower case ending in an abbreviation's point is no one's sentence
        ("Bravo Cancels “Real Housewives of D.C.”", "Real Housewives of D.C."),
        # a title opening with "How To" and a preposition is no how-to (2023, an archive of a news API)
        ("How To With John Wilson is renewed for a third season", "How To With John Wilson"),
        ('ABC Renews "Marvel\'s Agents of S.H.I.E.L.D." for Season 5', "Marvel's Agents of S.H.I.E.L.D."),
    ],
)
def test_shows_a_general_feed_decides_on_are_named(title: str, show: str) -> None:
    found = classify(Item(title, "", date(2020, 6, 3)))
    assert [f.show_title for f in found if f.kind in DECISIONS] == [show]


def test_a_person_returning_a_first_season_and_a_hedged_next_season_are_no_renewals() -> None:
    """From the twenty-first set's even half (real headlines of 2017 and 2018)."""
    day = date(2018, 3, 1)

    def said(title: str) -> list[tuple[str, str, int | None]]:
        return [
            (f.kind, f.show_title, f.season) for f in classify(Item(title, "", day)) if f.kind in DECISIONS
        ]

    for title in (
        "Alicia Keys Returning to 'The Voice' for Season 14",
        "Jessica Lange to Return for 'American Horror Story' Season 8",
        "Alexander Skarsgard Will Return for Big Little Lies Season 2 but Won't Say How",
        "It's Official! Kenya Moore Will Not Return to RHOA for New Season",
        "'Manifest': NBC Orders 3 Additional Episodes for a 16-Episode First Season",
        "Spinoff alert: 'Grey's Anatomy' and 'Scandal' announce new series",
        "Lil Wayne Hospitalized With Multiple Seizures, Cancels Las Vegas Show",
        "Marchesa Cancels Its New York Fashion Week Runway Show",
        "Agents of SHIELD Finale: Season 3 Ends with Two Dead Before Season 4 Time Jump",
        "Ryan Murphy on 'American Crime Story' Future and Scrapping Monica Lewinsky Season",
    ):
        assert said(title) == [], title
    # a show returning to its network is renewed
    assert said("Happy Valley to return to BBC One in 2015") != []
    # the next part's season is another's, unless it lists one more
    assert said("Stranger Things season 3 confirmed, season 4 likely") == [("renewed", "Stranger Things", 3)]
    assert said("Ginny & Georgia renewed for season 3, season 4 at Netflix") == [
        ("renewed", "Ginny & Georgia", 3),
        ("renewed", "Ginny & Georgia", 4),
    ]
    assert said("NBC Renews 'Will & Grace' for Season 3, Adds to Season 2 Episode Order") == [
        ("renewed", "Will & Grace", 3)
    ]


def test_a_general_entertainment_feed_s_other_news_proposes_nothing() -> None:
    """From the twenty-third set's even half (items of general entertainment feeds as they came): a
    comedian's dates, a tenure, a film said not to be shelved are no show's news; a renewal with a
    how-to-watch tail and a soap's last episode after 37 years are."""
    day = date(2022, 8, 1)
    for title in (
        "Russell Brand Cancels Comedy Dates After Sexual Assault Allegations",
        "Carole Rothman to End 45-Year Tenure at Second Stage Theater",
        "Tiger Shroff\u2019s Screw Dheela not shelved",
        "'Severance' isn't cancelled at Apple",
        "How to Watch 'Severance' Season 2",
    ):
        assert classify(Item(title, "", day)) == [], title
    said = [
        (f.kind, f.show_title, f.season)
        for title in (
            "'Severance' Has Been Renewed for Season 3: Here's How to Binge the Entire Series",
            "Neighbours finale: Final episode airs in Australia after 37 years",
        )
        for f in classify(Item(title, "", day))
    ]
    assert said == [("renewed", "Severance", 3), ("ended", "Neighbours", None)]


def test_production_words_outside_tv_hold_their_floor() -> None:
    """Headlines in production's words (215, 2010-26: a season's filming begun or wrapped, a premiere
    date; and films, games, albums, launches and sport in the same words), labelled by three people
    apart, all alike on 208. First scored in the twentieth session: filming began 0.483 / 0.560,
    filming wrapped 0.389 / 0.778: films and games are read as series, which the screen (decisions
    only) does not judge. The milestones may not fall below that."""
    sys.path.insert(0, str(REPO))
    from bench.radar import evaluate, read

    rows = read(REPO / "tests" / "data" / "radar_headlines_fortythird.jsonl")
    assert len(rows) == 215 and not {r.kind for r in rows} & {"renewed", "cancelled", "ended"}
    scores, _ = evaluate(rows)
    began, wrapped = scores["in_production"], scores["wrapped"]
    assert began.correct / began.predicted >= 0.45 and began.found / began.labelled >= 0.55
    assert wrapped.correct / wrapped.predicted >= 0.35 and wrapped.found / wrapped.labelled >= 0.75
    assert scores["decisions"].predicted == 0


@pytest.mark.parametrize(
    ("name", "precision", "recall"),
    [
        # The anime outlets' feeds of the twenty-second session (the fifty-second, read; the fifty-sixth,
        # its even half read): premiere dates in Anime News Network's form ("... TV Anime Reveals Visual,
        # October 4 Debut"), first scored at 1.000 / 0.171 and 0.914 / 0.358
        ("radar_headlines_fiftysecond.jsonl", 0.95, 0.60),
        ("radar_headlines_fiftysixth.jsonl", 0.93, 0.52),
    ],
)
def test_anime_feeds_hold_their_premiere_dates(name: str, precision: float, recall: float) -> None:
    """Real anime feeds labelled by hand: premiere dates (a day or a month set for a series or season)
    may not fall below."""
    sys.path.insert(0, str(REPO))
    from bench.radar import evaluate, read

    scores, _ = evaluate(read(REPO / "tests" / "data" / name))
    dates = scores["premiere_date"]
    assert dates.correct / dates.predicted >= precision and dates.found / dates.labelled >= recall


@pytest.mark.parametrize(
    ("name", "size", "decisions", "most"),
    [
        # News of culture outside TV series (314, 2010-26, 275 outlets: tours, festivals, films, theatre,
        # games, books, radio, podcasts, presenters and contestants dropped, channels closed), labelled
        # by two people apart, all none: 31 decisions proposed by the rules when first scored in the
        # twentieth session, 7 once the screen was trained on it
        ("radar_headlines_thirtyninth.jsonl", 314, 0, 7),
        # News outside TV (306, 2010-26, 279 outlets: sport, business, government, technology, travel),
        # labelled by two people apart, all none: 19 decisions proposed by the rules when first scored,
        # 3 once the screen was trained on it
        ("radar_headlines_fortieth.jsonl", 306, 0, 3),
        # Real feeds of TheWrap, Den of Geek and Digital Spy (236 items, January to March 2026, every item
        # of 21 stored versions in order), labelled by three people apart, all none: one decision by
        # the rules when first scored in the twenty-second session, none with the screen; held out whole
        ("radar_headlines_fiftyfifth.jsonl", 236, 0, 0),
        # Real feeds of CinemaBlend, IndieWire, Cord Cutters News, ComicBook.com, Just Jared and Bleeding Cool
        # (224 items, December 2025 to March 2026, every item of 24 stored versions in order), three
        # labellers, all three alike on 222: two endings (a final season's trailer; a 1975 finale
        # remembered), neither found, and one false decision by the rules alone, none with the screen, when
        # first scored in the twenty-second session; held out whole
        ("radar_headlines_fiftyseventh.jsonl", 224, 2, 0),
        # Soompi, Koreaboo and Anime News Network as the same scraper stored them (279 items, 38 versions),
        # three labellers: no decision; one false decision when first scored ("Phantom Thief Red Novels to
        # End in 30th Volume": a book's run), none since it was read
        ("radar_headlines_fiftyeighth.jsonl", 279, 0, 0),
        # Variety, The Hollywood Reporter, IndieWire, Digital Spy, Den of Geek and CinemaBlend as the same
        # scraper stored them (295 items, 40 versions not read before), three labellers, all alike: no
        # decision; one false decision when first scored in the twenty-fourth session ("Scream 7 confirms
        # runtime": what a numbered title confirms), none since it was read
        ("radar_headlines_fiftyninth.jsonl", 295, 0, 0),
    ],
)
def test_feeds_draw_few_false_decisions(name: str, size: int, decisions: int, most: int) -> None:
    """What a feed holds besides decisions (news outside television, or a TV feed's other news): the
    items labelled no decision (all of them but `decisions`) draw no more false decisions than they did
    when the set was scored (after the screen learned from it, for the sets it learns from)."""
    sys.path.insert(0, str(REPO))
    from bench.radar import DECISIONS, evaluate, read

    path = REPO / "tests" / "data" / name
    rows = read(path)
    assert len(rows) == size and sum(r.kind in DECISIONS for r in rows) == decisions
    for line in path.read_text(encoding="utf-8").splitlines():  # every entry is a real, sourced headline
        raw = json.loads(line)
        assert raw["url"].startswith(("http://", "https://")) and raw["publisher"] and raw["title"]
    scores, _ = evaluate(rows)
    assert scores["decisions"].predicted - scores["decisions"].correct <= most


@pytest.mark.parametrize(
    ("name", "size", "decisions", "found"),
    [
        # 584 items of general entertainment feeds (three false proposals when first scored)
        ("radar_headlines_twentythird.jsonl", 584, 4, 2),
        # 497 entertainment top headlines of a news API, 2020-21 (none proposed when first scored)
        ("radar_headlines_twentyfourth.jsonl", 497, 4, 0),
        # 167 items of TV news feeds kept in public archives (TV Guide, Soompi, Anime News Network,
        # Deadline, Digital Spy and others, 2020-21 and 2026), scored once and never printed: one
        # decision proposed, right
        ("radar_headlines_twentysixth.jsonl", 167, 7, 1),
    ],
)
def test_a_general_entertainment_feed_holds_its_floor(
    name: str, size: int, decisions: int, found: int
) -> None:
    """Items of general entertainment feeds as they came, a few of them a show's decision. Their point
    is the rest: no decision may be proposed on an item that states none."""
    sys.path.insert(0, str(REPO))
    from bench.radar import DECISIONS, evaluate, read

    path = REPO / "tests" / "data" / name
    rows = read(path)
    assert len(rows) == size and sum(r.kind in DECISIONS for r in rows) == decisions
    for line in path.read_text(encoding="utf-8").splitlines():  # every entry is a real, sourced headline
        raw = json.loads(line)
        assert raw["url"].startswith(("http://", "https://")) and raw["publisher"] and raw["title"]
    scores, _ = evaluate(rows)
    assert scores["decisions"].correct == scores["decisions"].predicted
    assert scores["decisions"].found >= found


@pytest.mark.parametrize(
    "title",
    [
        # read as a curator would, in 134,000 entertainment top headlines of a news API's archives
        # (2020 and 2022) outside every labelled set: what a general feed calls off or ends besides shows
        "Hollyoaks to release autumn trailer before soap goes off air",
        "Nickelodeon goes off-air and plays breathing sounds for 8 minutes 46 seconds to honor George Floyd",
        "The Kapil Sharma Show to go off air temporarily",
        "Cancel Hamilton Backlash Gets Response from Lin-Manuel Miranda",
        "Dancing on Ice's Joe Swash slams decision to axe pro Alex Murphy",
        "Dancing On Ice's Alex Murphy heartbroken as she's axed after Joe Swash win",
        "Paul Heyman is axed as executive director of WWE Raw",
        "Seven axes Pete Evans from $800,000 My Kitchen Rules role",
        "Too Hot to Handle stars Harry Jowsey and Francesca Farago call it quits",
        "Emerald City Comic Con 2020 is officially cancelled",
        "Scrapped Coronation Street storylines - including major scene due to air in BGT finals week",
        "Moon Knight Director Confirms 2 Marvel Crossovers Got Scrapped",
        "Channel 4 axes Bo' Selecta from website after Leigh Francis' tearful racism apology",
        "Money Heist season 5 theories: Berlin confirmed as alive in major Palermo clue",
        "Hollywood Bowl cancels entire season for the first time",
        "Stacey Solomon dreads going back to work as maternity leave ends after baby Rose",
        "Horoscope Today, June 28, Tuesday: Job Troubles Will End For Cancer",
        "Sonam Kapoor\u2019s baby shower in Mumbai cancelled, confirms Farah Khan",
        "Khatron Ke Khiladi 12 confirmed contestants: Shivangi Joshi, Erica Fernandes, Sriti Jha",
        "Khatron Ke Khiladi 12 CONFIRMED LIST: Sriti Jha, Rubina Dilaik, Shivangi Joshi, Aneri Vajani",
        "Queen Elizabeth Cancels All Virtual Engagements as She Battles Covid",
        "Prince Harry renews Frogmore Cottage lease",
        "Roman Reigns renews rivalry with Seth \u201cFreakin\u201d Rollins this Friday",
        "Mary Cosby Ditches \u2018Real Housewives of Salt Lake City\u2019 Reunion",
        "Gangs of London fans sent into meltdown as Sky confirms season 2: 'It's about time'",
        "Four More Shots Please is Amazon Prime \u2018most watched show of 2020\u2019, season 3 announced",
        "Cancelled! Cancelled! Cancelled! Stars on the shows that couldn't go on",
        "When Emilia Clarke revealed she told her mom how Game of Thrones will end",
        "Peaky Blinders boss confirms season 6 will add a supernatural twist but won't air til 2022",
        "Watchmen Season 2: Regina King Won\u2019t Return Without Damon Lindelof",
        "Krystal and Saagar REACT: NYT CANCELS writer for daring to go after Chrissy Teigen",
        "WWE Monday Night RAW Results - Edge Accepts, Brand-To-Brand Invitational, Axe-Throwing Contest",
        "Kristian Alfonso ends three-decade 'Days of Our Lives' run, won't return when production resumes",
        "Larry Emdur and Kylie Gillies respond to Woman's Day story on The Morning Show getting axed",
        "Westworld season 3 finale writers confirm Dolores' fate",
        "Netflix UK confirms when Rick & Morty will return with season 4",
        "How Riverdale Will Pick Up Season 5 After Gruesome Finale Cliffhanger",
        "Canceled: Mickey's Not-So-Scary Halloween Party",
        "BBC reporter Sima Kotecha cancels live broadcast in Leicester after being subjected to racist abuse",
        "Gen Z Have Absolutely Roasted Millennials On TikTok & Ouch, I Guess \u201cDoggo\u201d Is Cancelled",
        "Jay-Z\u2019s Made in America 2020 Canceled Due to Pandemic and to Fight Social Justice",
        "BREAKING: Fox Sports Cancels ALL NFL Broadcasts \u2018Until Players Respect The Flag\u2019",
        "'Sense8' fans still hope for a season 3",
        "Quinta Brunson's role was cut by ABC",
        "Coronavirus: Maharashtra pulls plug on sanitisation domes, tunnels",
        "Malang 2: Mohit Suri working on sequel to Aditya Roy Kapur and Disha Patani film, confirms producer",
        "US BO: AVAK Performs Decently, Acharya Sinks Totally",
        "These female TV stars have proved that shelf life of lead actresses doesn't end at 35",
        "James Corden tests positive for COVID-19, cancels 'Late Late' shows",
        # and in 22,000 headlines of a fact-checking dataset's entertainment news, outside the labelled set
        "TRL (Not!) Cancelled by MTV",
        "Justin Bieber Drops A New Song, 'Friends,' Just Weeks After Cancelling His Tour",
        "Trump Vows to End Winter Heating Assistance for Elderly and Disabled",
        "Cougar Angelina Jolie Sinks Her Claws Into Hottie Garrett Hedlund",
        "Britney Spears mobbed by fans on first visit to Israel, cancels dinner with PM Benjamin Netanyahu",
        "Twitter Is Ready To Cancel Chris Rock Over This Reported Rape Joke",
        "Jennifer Aniston & Justin Theroux are done after two years of marriage",
    ],
)
def test_a_general_feed_s_other_endings_and_calls_off_propose_no_decision(title: str) -> None:
    found = classify(Item(title, "", date(2022, 6, 1)))
    assert [f for f in found if f.kind in DECISIONS] == [], title


def test_a_launch_date_confirmed_for_what_the_summary_calls_a_show_is_a_premiere_date() -> None:
    """From the twenty-fourth set's even half: a "launch date" confirmed, the date in the summary, which
    calls it a show; the same words with a film's summary stay silent."""
    title = "Ant and Dec's Saturday Night Takeaway official launch date confirmed by ITV"
    summary = "Ant and Dec's hit show Saturday Night Takeaway will return to ITV on February 20"
    found = classify(Item(title, summary, date(2021, 1, 20)))
    assert [(f.kind, f.show_title, f.date) for f in found] == [
        ("premiere_date", "Saturday Night Takeaway", "2021-02-20")
    ]
    film = "Dune release date confirmed by Warner Bros"
    assert classify(Item(film, "The film will be released in cinemas on October 22", date(2021, 1, 20))) == []


@pytest.mark.parametrize(
    ("title", "kind", "show"),
    [
        # "still canceled" states the cancellation (a hedge's "still" is not): the twentieth set's seen half
        ("Netflix Apologizes to Viewers: 'Sense8' Is Still Canceled", "cancelled", "Sense8"),
        # a show that "will air its final season" ends: the nineteenth set's seen half
        (
            "The Controversial Netflix Show \u201c13 Reasons Why\u201d Will Air Its Final Season",
            "ended",
            "13 Reasons Why",
        ),
        # cut by its network; wrapping its run
        ("'Abbott Elementary' Cut by ABC After Four Seasons", "cancelled", "Abbott Elementary"),
        ("'Abbott Elementary' to Wrap Its Run With Season 5", "ended", "Abbott Elementary"),
        # a description with a comma before the genre ("Award-winning CBC, Max comedy drama"): the ninth set
        ("Award-winning CBC, Max comedy drama Sort Of to end with third season", "ended", "Sort Of"),
    ],
)
def test_more_decisions_told_plainly(title: str, kind: str, show: str) -> None:
    assert [(f.kind, f.show_title) for f in classify(Item(title, "", date(2020, 2, 1)))] == [(kind, show)]


@pytest.mark.parametrize(
    ("title", "kind", "season", "final"),
    [
        # the seasons a headline tells in words the press also uses
        ("Star Wars: The Acolyte is being cancelled after shaky first season", "cancelled", 2, False),
        ("Netflix Renews 'Never Have I Ever' for Fourth & Final Season", "renewed", 4, True),
        ("It's Official: NBC Renews Chuck For Fifth (and Final) Season", "renewed", 5, True),
        ("Freeform Cancels Sophomore Drama 'Famous in Love'", "cancelled", 3, False),
        ("Fox Cancels Freshman Comedy 'The Cool Kids'", "cancelled", 2, False),
        (
            "The CW Cancels Riverdale Spinoff Katy Keene After One Gloriously Gay Season",
            "cancelled",
            2,
            False,
        ),
        ("'Poker Face' canceled by Peacock after two hilarious seasons", "cancelled", 3, False),
    ],
)
def test_a_season_told_in_other_words(title: str, kind: str, season: int, final: bool) -> None:
    found = classify(Item(title, "", date(2024, 6, 1)))
    assert [(f.kind, f.season, f.final) for f in found] == [(kind, season, final)]


def test_more_renewal_wordings_from_the_seen_halves() -> None:
    """A season given to an unquoted title, "sticking around for at least two more seasons", a return
    told before a question that is not "when", and a final season to come are renewals; a round-up
    "From 'X' to 'Y'" is not, and a final season returning on a date is its premiere."""
    day = date(2024, 6, 1)

    def said(title: str) -> list[tuple[str, str, int | None, bool]]:
        return [(f.kind, f.show_title, f.season, f.final) for f in classify(Item(title, "", day))]

    assert said("HBO Delivers High Maintenance a Second Season") == [
        ("renewed", "High Maintenance", 2, False)
    ]
    assert said("Netflix Gives The Umbrella Academy a Fourth and Final Season") == [
        ("renewed", "The Umbrella Academy", 4, True)
    ]
    # (the same in title case: the article is no word of the title)
    assert said("HBO Delivers High Maintenance A Second Season") == [
        ("renewed", "High Maintenance", 2, False)
    ]
    assert said("'Family Guy' And 'Bob's Burgers' Sticking Around For At Least Two More Seasons") == [
        ("renewed", "Family Guy", None, False),
        ("renewed", "Bob's Burgers", None, False),
    ]
    assert said("'Hacks' is returning to HBO Max for Season 5. Could it be the last?") == [
        ("renewed", "Hacks", 5, False)
    ]
    assert said("'Still Game' to return for final series") == [("renewed", "Still Game", None, True)]
    assert said("Bloodlands is back for a new series in 2022 - when does series two start?") == []
    assert (
        said(
            "From \u201cWork Later, Drink Now\u201d to \u201cD.P.\u201d, OTT dramas will return with Season 2"
        )
        == []
    )
    assert [k for k, *_ in said("'Ozark' returning for final season on June 5")] == ["ended", "premiere_date"]
    assert said("Netflix gives fans a second season") == []


def test_a_general_feeds_news_that_only_sounds_like_a_decision() -> None:
    """Entertainment sections of general news feeds (BBC, The Guardian, CNN, Fox News, 2020-23), read
    whole: a singer or a museum calling off a show is no show cancelled, nor is a presenter axed, a term
    cancelled, a season paused, a baby saved or a show that saved someone; a politician's lead before a
    colon is no show whose run ends; and a description after the title leaves the title alone."""
    day = date(2023, 6, 1)

    said = partial(read_of, day=day, screened=True)

    for title in (
        "Madonna cancels Lisbon show: 'I must listen to my body'",
        "Celine Dion cancels all remaining shows over poor health",
        "A Museum Canceled a Show About Police Brutality. Now It Has Regrets.",
        "A Place in the Sun axed me after cancer news - Irwin",
        "Salon commentary cancels the term 'Latinx' as not inclusive enough",
        "Love Island: ITV2 series won't return until 2021",
        "'Angel' baby saved by Florida cops provides 'most awesome Christmas present ever' to family",
        "'Little House on the Prairie' saved 'Nasty Nellie' Alison Arngrim from painful childhood",
        "SEAN HANNITY: Nancy Pelosi's reign has officially come to an end",
        "Sen. Ron Johnson: The 'cover-ups' by Dr. Fauci and China have to end",
    ):
        assert said(title) == [], title
    # the show is the one called off, after the verb or before a passive one
    assert said("Netflix Cancels 'Hacks'") == [("cancelled", "Hacks", None)]
    assert said("'Hacks' Cancelled After Four Seasons") == [("cancelled", "Hacks", 5)]
    assert said("BBC's Ripper Street saved by Amazon") == [("renewed", "Ripper Street", None)]
    assert said("'Lucifer' saved from cancellation by Netflix") == [("renewed", "Lucifer", None)]
    assert said("'Atlanta' won't return for season 5") == [("cancelled", "Atlanta", 5)]
    # a description of the show after the colon: the title before it
    assert said("Curb Your Enthusiasm: Larry David comedy to end after 12 seasons") == [
        ("ended", "Curb Your Enthusiasm", 12)
    ]
    assert said("Plebs: Bafta nominated sitcom comes to an end") == [("ended", "Plebs", None)]
    assert said("Holby City: BBC medical drama to end in 2022") == [("ended", "Holby City", None)]
    assert said("Succession: next season of HBO hit will be the last, creator confirms") == [
        ("ended", "Succession", None)
    ]
    assert said("'Pen15': Maya Erskine and Anna Konkle Explain Their Decision to End the Series") == [
        ("ended", "Pen15", None)
    ]
    assert said("9-1-1: Lone Star to End With Season 5") == [("ended", "9-1-1: Lone Star", 5)]
    assert said("Kaguya-sama: Love is War is getting a third season") == [
        ("renewed", "Kaguya-sama: Love is War", 3)
    ]


def test_the_news_of_sport_business_politics_and_games_is_no_shows_decision() -> None:
    """A year of a news river's general feeds (2025-26: sport, business, politics, games, music beside
    the TV news): the words of a decision, said of other things."""
    day = date(2025, 10, 1)

    said = partial(read_of, day=day, screened=True)

    for title in (
        # a thing ended, in capitals
        "Trump EPA Renews Commitment To End Some Animal Testing By 2035",
        "DAVID BLACKMON: Supremes Have Chance To End Climate Lawfare",
        "Cuba Gambles on Green Energy to End Crippling Blackouts",
        # sport
        "Yordan Alvarez Won't Return During Regular Season",
        "Bo Nix breaks ankle to end season in Broncos heartbreaker",
        "Palace sinks Fulham to reach 4th place; Rutter rescues Brighton",
        "Averett, Guilford Football Programs Cancel Rest Of Seasons After Wild Brawl Escalates",
        "Jose Quintana coming back for 15th MLB season as Rockies add another pitcher",
        "Giannis Antetokounmpo Blasts Bucks As 'Disrespectful' After Being Sidelined To End Season",
        # business, a country's acts
        "Athabasca Oil Announces Renewal of Normal Course Issuer Bid",
        "Pembina Pipeline Announces Renewal of Share Repurchase Program",
        "Smoke rises over southern Iran after renewed US attacks",
        "Denmark Reports Renewed Drone Sightings at Military Facilities",
        "Oil Sinks Despite Rate Cuts and Tanker Seizures",
        "Shell and Exxon Cancel North Sea Gas Asset Sale to Viaro Energy",
        "Phase 2 of Burnaby Hospital redevelopment cancelled by provincial government",
        "Brazil Moves To End the Six-Day Workweek",
        "Two DWP benefits are set to end this month",
        "Amber Alert cancelled in Quebec after two boys found safe",
        "Ford pulls the plug on the F-150 Lightning electric pickup truck",
        "OpenAI pulls the plug on Sora, the viral AI video app that sparked deepfake concerns",
        "Lost Danish warship sunk by Admiral Nelson discovered after 225 years",
        # events, people, games, films
        "Jimmy Kimmel Taping Canceled at Last Minute Due to 'Personal Matter'",
        "Doja Cat, Massive Attack, Alex G, & More Primavera Sound Sets Canceled Due To Weather",
        "Birmingham Christmas market CANCELLED as trader says 'I've lost everything'",
        "Utah Valley University Men's Soccer Game Canceled After Charlie Kirk Shot On Campus",
        "Joy Reid Risks Being Canceled",
        "Mark Ruffalo Confirms Hulk Will Not Return in 'Avengers: Doomsday'",
        "Tetris Fortnite Collab Confirmed for Chapter 7 Season 4 - Mythic Item Revealed",
        "'Gremlins 3' Officially Confirmed for 2027 Theatrical Release",
    ):
        assert said(title) == [], title
    # the same words of shows
    assert said("Netflix is ending Stranger Things in Season 5") == [("ended", "Stranger Things", 5)]
    assert said("'Hacks' to End Netflix Run") == [("ended", "Hacks", None)]
    assert said("'Veep' Is Ending And Fans Just Can't Handle The News") == [("ended", "Veep", None)]
    # (told official: "Is Officially Ending", "Will Officially End")
    assert said("Tyler Perry's The Oval Is Officially Ending This Year") == [("ended", "The Oval", None)]
    assert said("The Oval Will Officially End") == [("ended", "The Oval", None)]
    assert said("Max sinks Our Flag Means Death after two seasons") == [
        ("cancelled", "Our Flag Means Death", 3)
    ]
    assert said("TNT Pulls the Plug on Claws") == [("cancelled", "Claws", None)]
    assert said("CBS has officially renewed Fire Country for a fourth season") == [
        ("renewed", "Fire Country", 4)
    ]
    assert said("Star Wars: The Acolyte is being cancelled after shaky first season") == [
        ("cancelled", "Star Wars: The Acolyte", 2)
    ]
    assert said("'Quarterback' Renewed for Season 2 at Netflix") == [("renewed", "Quarterback", 2)]
    assert said(
        "UFC's 'Dana White's Contender Series' & 'The Ultimate Fighter' Get New Seasons On Paramount+"
    ) == [
        ("renewed", "Dana White's Contender Series", None),
        ("renewed", "The Ultimate Fighter", None),
    ]
    # (a revival by a distributor is no business news to the rules; the screen retrained in the
    # twenty-eighth session holds it no decision at 0.93 and takes it back, a loss left as measured)
    revived = "'MasterChef Asia' Revived by Banijay Rights and Warner Bros. Discovery After 10-Year Hiatus"
    assert [(f.kind, f.show_title, f.season) for f in classify(Item(revived, "", day), screened=False)] == [
        ("renewed", "MasterChef Asia", None)
    ]
    assert said("Demon Slayer to end with Infinity Castle Arc in a theatrical trilogy")[0][0] == "ended"


def test_an_item_without_a_word_of_television_needs_the_screen_to_think_it_a_decision() -> None:
    """A name neither quoted nor the catalogue's, in an item with no word of television (no show, season,
    network, episode...), is taken back when the screen gives a decision less than 0.3: the rules read
    these, the screen does not believe them."""
    day = date(2025, 10, 1)
    for title in (
        "Jobs axed as British food firm shuts down and administrators called in",
        "House GOP stalwart calls it quits ahead of midterms",
        "Controversial US study on hepatitis B vaccines in Africa is cancelled",
    ):
        assert classify(Item(title, "", day), screened=False), title
        assert classify(Item(title, "", day)) == [], title
    # short TV headlines without such a word, more likely decisions, or quoted
    for title, show in (
        ("Hope Street recommissioned", "Hope Street"),
        ("Taskmaster renewed until 2027", "Taskmaster"),
    ):
        assert [f.show_title for f in classify(Item(title, "", day))] == [show], title
    # (losses left as measured: the screen retrained in the twenty-eighth session gave this one 0.27, under
    # the gate, where the one before gave 0.35, and the twenty-ninth's 0.32; and the twenty-ninth's is sure,
    # at 0.901 against 0.9, that 'Frasier' returning is no decision)
    access = Item("Access Hollywood Canceled After Nearly 30 Years", "", day)
    assert [f.show_title for f in classify(access, screened=False)] == ["Access Hollywood"]
    frasier = Item("'Frasier' returns after a 19-year break", "", day)
    assert [f.show_title for f in classify(frasier, screened=False)] == ["Frasier"]


def test_the_trade_press_s_decisions_told_beside_a_debut_a_date_or_an_explanation() -> None:
    """Real headlines of Deadline, Variety, The Hollywood Reporter and TheWrap (2025-26, a news river's
    copies of their feeds): a renewal before a first season's debut, a season's renewal joined on after a
    release date, an ending its creator explains or confirms, a final season a show is set or returning
    for, new seasons announced, production under way; and the news around them that is none (a start of
    production's date, a flashback in a season, an order to end funding)."""
    day = date(2026, 1, 15)
    for title, expected in (
        (
            "Hyun Bin\u2019s \u2018Made in Korea\u2019 Renewed for Season 2 at Disney+ Ahead of "
            "December Debut",
            [("renewed", "Made in Korea", 2, False)],
        ),
        (
            "\u2018The Audacity\u2019 Silicon Valley Drama Renewed For Season 2 By AMC Ahead Of TV & SXSW "
            "Premieres",
            [("renewed", "The Audacity", 2, False)],
        ),
        (
            "\u2018Tehran\u2019 Lands Season 3 Release Date & Season 4 Renewal At Apple",
            [("renewed", "Tehran", 4, False)],
        ),
        # (the same news in Variety's words, with what the renewal came after: a delay is the background)
        (
            "Israeli Drama \u2018Tehran\u2019 Gets Season 3 Release Date and Season 4 Renewal Following "
            "Oct. 7 Delays at Apple",
            [("renewed", "Tehran", 4, False)],
        ),
        (
            "\u2018Tell Me Lies\u2019 to End With Season 3 on Hulu \u2014 Creator Explains Why",
            [("ended", "Tell Me Lies", 3, True)],
        ),
        (
            "Tyler Perry\u2019s \u2018Beauty in Black\u2019 Set for Third and Final Season at Netflix",
            [("renewed", "Beauty in Black", 3, True)],
        ),
        (
            "\u2018Doctor Foster\u2019 Returning To BBC For Third & Final Season After Nearly 10 Years; "
            "Suranne Jones & Bertie Carvel Reprise Roles",
            [("renewed", "Doctor Foster", 3, True)],
        ),
        (
            "\u2018Tell Me Lies\u2019 to End With Season 3, Creator Confirms: \u2018This Was Always the "
            "Ending\u2019",
            [("ended", "Tell Me Lies", 3, True)],
        ),
        (
            "UFC, Paramount Announce New Seasons of \u2018Dana White\u2019s Contender Series\u2019 and "
            "\u2018The Ultimate Fighter\u2019",
            [
                ("renewed", "Dana White's Contender Series", None, False),
                ("renewed", "The Ultimate Fighter", None, False),
            ],
        ),
        (
            "Patricia Clarkson Joins Netflix\u2019s \u2018Ransom Canyon\u2019 Season 2 As Production Gets "
            "Underway",
            [("in_production", "Ransom Canyon", 2, False)],
        ),
        (
            "\u2018Sh\u014dgun\u2019 Season 2 Sets New & Returning Cast As Start Of Production Date Is "
            "Revealed",
            [],
        ),
        ("Judge Blocks Trump Order to End Funding for PBS, NPR", []),
        (
            "\u2018Virgin River\u2019 Showrunner Gives Prequel Update As Everett & Sarah Get Another "
            "Flashback In Season 7",
            [],
        ),
    ):
        got = [(f.kind, f.show_title, f.season, f.final) for f in classify(Item(title, "", day))]
        assert got == expected, title
    # a show returning to its network now is airing, not ordered
    assert classify(Item("Douglas Henshall\u2019s Shetland returns to BBC for fifth series", "", day)) == []


def test_a_show_s_cancellation_reacted_to_is_the_cancellation_told_again() -> None:
    """Real headlines: someone reacting to a named show's cancellation tells it as fact (the labelled sets
    mark such items cancelled), also a cast's reacting to their show's, told as another show's spin-off's;
    never to cancellations in general, to rumours of one, or to a spin-off's that names no show of its own."""
    day = date(2026, 1, 15)
    for title, show in (
        ("Denis O\u2019Hare Reacts To \u2018The Boroughs\u2019 Cancellation", "The Boroughs"),
        (
            "\u2018Ponies\u2019 Cast React To Show\u2019s Cancellation: Haley Lu Richardson, Vic Michaelis "
            "& More",
            "Ponies",
        ),
        ("Pauley Perrette Reacts to 'Broke' Cancellation: 'This Show Healed Me' - TVInsider", "Broke"),
        ("'Shadowhunters' cast and fans react to the show's surprise cancellation", "Shadowhunters"),
        (
            "\u2018Gen V\u2019 Cast Reacts To \u2018The Boys\u2019 Spinoff\u2019s Cancellation: \u201cSo "
            "Grateful For This Incredible Experience\u201d",
            "Gen V",
        ),
    ):
        assert [(f.kind, f.show_title) for f in classify(Item(title, "", day), screened=False)] == [
            ("cancelled", show)
        ], title
    for title in (
        "TV Upfronts: 'Cristela,' 'Forever' Stars and More React to Cancellations",
        "Fans react to 'Lucifer' cancellation rumours",
        "Fans React To 'The Boys' Spinoff's Cancellation",
    ):
        assert classify(Item(title, "", day), screened=False) == [], title


def test_other_shows_on_the_bubble_after_a_decision_leave_it_standing() -> None:
    """Real headlines of the trade press: shows that "remain on the bubble" after a decision told first are
    other shows (and words inside their quoted titles are no event called off); a quick pickup is one."""
    day = date(2026, 5, 1)
    title = (
        "\u2018Brilliant Minds\u2019 & \u2018Stumble\u2019 Canceled By NBC, \u2018Law & Order\u2019 & "
        "\u2018Hunting Party\u2019 Remain On The Bubble"
    )
    assert [(f.kind, f.show_title) for f in classify(Item(title, "", day), screened=False)] == [
        ("cancelled", "Brilliant Minds"),
        ("cancelled", "Stumble"),
    ]
    # a decision still on the bubble is none
    assert (
        classify(Item("CBS Early Renewals Leave \u2018Watson\u2019 & \u2018DMV\u2019 On The Bubble", "", day))
        == []
    )
    assert [
        (f.kind, f.show_title, f.season)
        for f in classify(Item("\u2018CIA\u2019 Scores Quick Season 2 Pickup at CBS", "", day))
    ] == [("renewed", "CIA", 2)]


def test_the_trade_press_s_other_news_in_a_decision_s_words_is_none() -> None:
    """Real headlines of Deadline, Variety, The Hollywood Reporter and TheWrap (2025-26) the radar used to
    read as decisions: two people or a host confirmed for a season, someone's words in double quotes beside
    a title in single ones, a film's time jump confirmed, a twist scrapped, a cause of death revealed 'to
    end' falsehoods, a story about a cancelled champion."""
    day = date(2026, 1, 15)
    for title in (
        "Marissa Long Joins \u2018The White Lotus\u2019; Helena Bonham Carter And Chris Messina Confirmed "
        "For "
        "Season 4",
        "\u2018American Idol\u2019: Ryan Seacrest Confirmed As Host For Season 9",
        "Johnny Knoxville Says \u2018Jackass 5\u2019 \u201cWill Be The Last One\u201d: \u201cThe Natural "
        "Place To "
        "End\u201d",
        "\u2018Adolescence\u2019s Stephen Graham Confirms He And Co-Creator Jack Thorne Are Working On "
        "Season 2: "
        "\u201cStay Tuned\u201d",
        "Timoth\u00e9e Chalamet Confirms \u2018Dune: Part 3\u2019 Time Jump: \u2018I\u2019m Playing 15, 20 "
        "Years "
        "Older\u2019 | Video",
        "\u2018Peaky Blinders: The Immortal Man\u2019 Writer Steven Knight Reveals a Tom Hardy-Related "
        "Twist He "
        "Scrapped",
        "Sam Neill\u2019s Cause Of Death Revealed To End \u201cOutright Falsehoods\u201d",
        "\u2018China Sea,\u2019 About a Canceled Lithuanian Martial Arts Champ, Will Boldly Hit You in the "
        "Gut",
    ):
        assert classify(Item(title, "", day)) == [], title
    # a title in single quotes inside someone's words is still the title; words in double quotes before a
    # single-quoted phrase may be the title
    taxi = Item(
        "\u201cThe production of season 3 of \u2018Taxi Driver\u2019 has been confirmed\u2026discussions to "
        "begin,\u201d says the \u2018Taxi Driver\u2019 team.",
        "On the 16th, the \u2018Taxi Driver 2\u2019 team of SBS announced to Xports News that \u201cthe "
        "production of season 3 of \u2018Taxi Driver\u2019 has been confirmed.\u201d",
        day,
    )
    lone_star = Item(
        "\u201c9-1-1: Lone Star\u201d to End with Season 5 After Rob Lowe Called It the 'End of An Era'",
        "",
        day,
    )
    assert [f.show_title for f in classify(taxi)] == ["Taxi Driver"]
    assert [f.show_title for f in classify(lone_star)] == ["9-1-1: Lone Star"]


def test_a_show_named_after_someone_s_show_or_with_strike_in_its_title() -> None:
    """Labelled headlines the rules missed: a title after "someone's Show" and before the fans' reaction,
    and a show whose title a renewal's noise words held ("renewed strikes" is war news, "Strike Back" a
    series)."""
    day = date(2020, 1, 1)
    assert [
        (f.kind, f.show_title)
        for f in classify(
            Item(
                "Netflix Has Cancelled Idris Elba\u2019s Show Turn Up Charlie And Fans Aren\u2019t Happy",
                "",
                day,
            ),
            screened=False,
        )
    ] == [("cancelled", "Turn Up Charlie")]
    strike = classify(Item("Cinemax renews Strike Back for one final season", "", day))
    assert [(f.kind, f.show_title, f.final) for f in strike] == [("renewed", "Strike Back", True)]
    assert classify(Item("Israel Renews Strikes on Gaza", "", day)) == []


def test_a_renewal_named_before_a_date_and_a_cancelled_show_revived() -> None:
    """Labelled headlines: a season's renewal told in a part of its own before another season's air date is
    the news, told first (a decision before a date), the date proposed beside it; "cancelled" after a
    revival's verb describes the show revived."""
    day = date(2022, 1, 1)
    transplant = Item(
        "Transplant: Season Three Renewal for CTV Series, Season Two Airs on NBC in March", "", day
    )
    assert [(f.kind, f.show_title, f.season) for f in classify(transplant)] == [
        ("renewed", "Transplant", 3),
        ("premiere_date", "Transplant", 2),
    ]
    revived = Item("Neighbours: Amazon Freevee Revives Cancelled Australian Soap Opera", "", day)
    assert all(f.kind != "cancelled" for f in classify(revived, screened=False))
    saved = Item("Netflix saves cancelled Lucifer for season 4", "", day)
    assert [(f.kind, f.show_title, f.season) for f in classify(saved)] == [("renewed", "Lucifer", 4)]


def test_a_title_s_closing_quote_before_a_possessive_is_no_apostrophe_inside_it() -> None:
    """The trade press closes a title's quote before a possessive ("'Love Island USA's Ciara Miller ... To
    'Summer House' Season 11"): a quote after a space opens another title, so the first is no title at
    all; an elision after a space stays inside its title ("That '90s Show", "The 'Burbs")."""
    day = date(2026, 1, 15)
    for title, show in (
        (
            "\u2018Love Island USA\u2019s Ciara Miller Confirms Return To \u2018Summer House\u2019 Season "
            "11 Cast As Filming Starts",
            "Summer House",
        ),
        ("Netflix Cancels 'That '90s Show' After Short Run: What Went Wrong?", "That '90s Show"),
        ("\u2018The \u2019Burbs\u2019 Starring Keke Palmer Renewed For Season 2 By Peacock", "The 'Burbs"),
    ):
        assert [f.show_title for f in classify(Item(title, "", day), screened=False)] == [show], title


def test_what_a_verb_in_ing_acts_on_is_the_quote_after_its_owner() -> None:
    """A real headline of the trade press (2025-26): "for Canceling Stephen Colbert's 'Late Show'" acts on
    the quote after its owner's name, not on the words quoted before ("'Lying Weasels'")."""
    title = (
        "David Letterman Slams \u2018Lying Weasels\u2019 at CBS for Canceling Stephen Colbert\u2019s "
        "\u2018Late Show\u2019"
    )
    found = classify(Item(title, "", date(2025, 7, 20)), screened=False)
    assert [(f.kind, f.show_title) for f in found] == [("cancelled", "Late Show")]


def test_the_title_just_before_the_verb_is_its_subject() -> None:
    """Real headlines of the trade press (2025-26): the quoted title just before the verb (with only its
    helpers between) is what the verb tells of, not a title quoted earlier for another reason; a list's
    titles keep their order, and a title closed with a comma is no subject; a stage prequel's premiere is
    no series'."""
    day = date(2026, 1, 15)
    for title, expected in (
        (
            "CBS Orders Vampire Comedy \u2018Eternally Yours\u2019 From \u2018Ghosts\u2019 Team, \u2018The "
            "Tillbrooks\u2019 Not Moving Forward",
            ("cancelled", "The Tillbrooks"),
        ),
        (
            "Korean Drama \u2018Perfect Crown\u2019 Heading to Disney+ in 2026, \u2018Made In Korea\u2019 "
            "Renewed For Season 2",
            ("renewed", "Made In Korea"),
        ),
        (
            "\u2018Handmaid\u2019s Tale\u2019 Sequel Series \u2018The Testaments\u2019 Sets Premiere Date",
            ("premiere_date", "The Testaments"),
        ),
        (
            "\u2018Big Mouth\u2019 & Spinoff \u2018Human Resources\u2019 Renewed for Final Seasons",
            ("renewed", "Big Mouth"),
        ),
    ):
        found = classify(Item(title, "", day), screened=False)
        assert (found[0].kind, found[0].show_title) == expected, title
    kimmel = Item(
        "\u2018South Park\u2019 Creators Bring Deepfake Trump Penis Out on \u2018Kimmel,\u2019 Announce "
        "Season 29 "
        "Premiere Date",
        "",
        day,
    )
    assert all(f.show_title == "South Park" for f in classify(kimmel, screened=False))
    stage = "\u2018Game Of Thrones\u2019 Stage Prequel \u2018The Mad King\u2019 Sets UK Summer Premiere Date"
    assert classify(Item(stage, "", day)) == []


def test_where_a_show_streams_is_no_decision_and_a_learned_name_has_no_stray_quote() -> None:
    """Real headlines: a show's old seasons coming to a streamer is no ending, however sure the learned
    reading is of the word "seasons"; a name the learned reading takes keeps no quote mark of the headline's
    ("Beloved 'Schitt's Creek' ending at its peak"); a network's docuseries after a name describes it."""
    day = date(2026, 1, 15)
    assert (
        classify(Item("\u2018Schitt\u2019s Creek\u2019 To Stream All Six Seasons On HBO Max", "", day)) == []
    )
    # (the real headline opens "Beloved 'Schitt's Creek' ...": the screen retrained in the thirty-fifth
    # session gives that name 0.493, under the learned reading's 0.5, a loss left as measured)
    ending = classify(Item("'Schitt's Creek' ending at its peak", "", date(2019, 3, 8)))
    assert [(f.kind, f.show_title) for f in ending] == [("ended", "Schitt's Creek")]
    docuseries = classify(Item("Victoria Beckham Netflix Docuseries Sets October Premiere Date", "", day))
    assert [(f.kind, f.show_title, f.date) for f in docuseries] == [
        ("premiere_date", "Victoria Beckham", "2026-10")
    ]


def test_a_quoted_show_s_news_ends_at_a_semicolon() -> None:
    """A real headline of the trade press (2026): the words of another statement after a semicolon
    ("contestants") do not make the quoted show's renewal an event's news."""
    title = (
        "\u2018Dancing With the Stars\u2019 Renewed for Season 35; Maura Higgins and Ciara Miller Set as "
        "First Celebrity Contestants"
    )
    found = classify(Item(title, "", date(2026, 5, 1)))
    assert [(f.kind, f.show_title, f.season) for f in found] == [("renewed", "Dancing With the Stars", 35)]
    # contestants in the decision's own statement still are
    assert classify(Item("BBC axes 'Strictly' contestants after row", "", date(2026, 5, 1))) == []


def test_a_season_another_statement_names_is_not_the_one_renewed() -> None:
    """A real headline of the trade press (2026): the season named after a semicolon, in another statement,
    is not the renewal's ("Renewed For Third Run ...; Drake To Make Guest Appearance In Season 2": the third
    run is), unless that statement tells the end ("Silo Renewed for 2 Seasons; Apple TV+ Series Ending with
    Season 4")."""
    movers = Item(
        "\u2018The Office Movers\u2019 Renewed For Third Run On Crave; Drake To Make Guest Appearance In "
        "Season 2",
        "",
        date(2026, 3, 1),
    )
    assert [(f.kind, f.show_title, f.season) for f in classify(movers)] == [
        ("renewed", "The Office Movers", 3)
    ]
    silo = Item("Silo Renewed for 2 Seasons; Apple TV+ Series Ending with Season 4", "", date(2024, 12, 1))
    assert 4 in [f.season for f in classify(silo) if f.kind == "renewed"]
    crown = Item(
        "The Crown: Season Six; Netflix Series Renewed for an Additional \u201cFinal Season\u201d", "", None
    )
    assert [(f.kind, f.season) for f in classify(crown)] == [("renewed", 6)]


def test_a_tag_a_revival_and_words_quoted_after_the_news_are_no_part_of_the_name() -> None:
    """Labelled headlines named wrong before: a "BREAKING NEWS" tag before the title, a "Revival" after it,
    and someone's words quoted in single quotes after a colon that follows the verb."""
    day = date(2023, 1, 1)
    for title, show in (
        ("Channel 10 officially axes The Bachelorette after seven seasons: 'Sad times'", "The Bachelorette"),
        (
            "BREAKING NEWS The Project axed after 16 years - as the show announces its final air date: 'All "
            "good things come to an end'",
            "The Project",
        ),
        ("Amazon Cancels Neighbours Revival", "Neighbours"),
        ("'Hacks' Renewed for Season 5: 'The Best Is Yet to Come'", "Hacks"),
    ):
        assert [f.show_title for f in classify(Item(title, "", day), screened=False)] == [show], title


def test_a_season_s_premiere_set_without_its_date_is_read() -> None:
    """Real trade-press headlines (2025-26): a season's premiere set, its date left to the article ("Sets
    Season 4 Premiere", "Season 22 Sets Premiere", "Sets Premiere For Eighth & Final Season", "Sets Final
    Season Date"); not a person's return, a premiere's day, nor someone "set to return for" a season."""
    day = date(2026, 3, 1)

    def said(title: str) -> list[tuple[str, str, int | None, str | None]]:
        return [(f.kind, f.show_title, f.season, f.date) for f in classify(Item(title, "", day))]

    for title, show, season in (
        (
            "\u2018The Lincoln Lawyer\u2019 Sets Season 4 Premiere & Drops First-Look Photos",
            "The Lincoln Lawyer",
            4,
        ),
        ("\u2018Beast Games\u2019: Amazon Sets Season 2 Premiere", "Beast Games", 2),
        (
            "\u2018Deadliest Catch\u2019 Season 22 Sets Premiere; Todd Meadows\u2019 Death Will Not Be "
            "Televised",
            "Deadliest Catch",
            22,
        ),
        (
            "\u2018Ted Lasso\u2019 Sets Summer Return for Season 4 as Jason Sudeikis Tackles Women\u2019s "
            "Soccer",
            "Ted Lasso",
            4,
        ),
        (
            "\u2018Star Trek Scouts\u2019 Sets Second Season YouTube Premiere On Star Trek Day",
            "Star Trek Scouts",
            2,
        ),
        # (a promise after the news is no episode's news)
        (
            "\u2018Rick and Morty\u2019 Season 9 Gets Premiere Date, Promises Best Episodes Yet, \u201cNo AI "
            "Slop\u201d",
            "Rick and Morty",
            9,
        ),
    ):
        assert said(title) == [("premiere_date", show, season, None)], title
    assert said("\u2018Four More Shots Please!\u2019 Sets Final Season Date on Prime Video (EXCLUSIVE)") == [
        ("premiere_date", "Four More Shots Please!", None, None)
    ]
    for title in (
        "\u2018Grey\u2019s Anatomy\u2019 Alum Jesse Williams Sets Season 22 Return",
        "\u2018Ted Lasso\u2019 Season 4 Sets Premiere Day Viewing Record for Apple TV",
        "'Westworld' Star James Marsden Set to Return for Season 4",
        "'Euphoria' Sets Season 3 Premiere Screening at Coachella",
        "Fans Say 'Rick and Morty' Season 9 Is the Best Season Yet",
    ):
        assert said(title) == [], title


def test_a_show_un_renewed_or_ended_by_its_makers_is_read() -> None:
    """Real trade-press headlines (2025-26): "Un-Renewed at Disney+" is a cancellation (a list of
    "'unrenewed' shows" is not), creators who "End Show After Season 3" end it, and a star who announces a
    quoted show's cancellation states it."""
    day = date(2026, 3, 1)

    said = partial(read_of, day=day)

    assert said("\u2018Wonder Man\u2019 Un-Renewed at Disney+, No Season 2 Coming") == [
        ("cancelled", "Wonder Man", 2)
    ]
    assert said("'Unrenewed' TV shows: the full list of series left in limbo") == []
    assert said(
        "\u2018Smiling Friends\u2019 Shocks Fans as \u201cBurnt Out\u201d Creators End Show After Season 3 "
        "Despite Previous Renewal"
    ) == [("ended", "Smiling Friends", 3)]
    assert said("Aubrey Plaza Announces \u2018Kevin\u2019 Cancellation") == [("cancelled", "Kevin", None)]


def test_what_follows_a_quoted_show_s_season_is_not_its_news() -> None:
    """Real trade-press headlines (2025-26): other quoted shows "On The Bubble" after a semicolon, a new
    showrunner after the season's return, and contestants named "with" the renewed season leave the
    renewal read; a star's return in the subject's own words is still a person's."""
    day = date(2026, 5, 1)

    said = partial(read_of, day=day)

    assert said(
        "\u2018Law & Order: SVU\u2019 Will Return For Season 28 In 2026-27; \u2018Law & Order\u2019, "
        "\u2018Hunting Party\u2019, \u2018Brilliant Minds\u2019 & \u2018Stumble\u2019 On The Bubble"
    ) == [("renewed", "Law & Order: SVU", 28)]
    assert said(
        "Hulu\u2019s \u2018Love Thy Nader\u2019 To Return For Season 2 In Winter With New Showrunner"
    ) == [("renewed", "Love Thy Nader", 2)]
    assert said(
        "\u2018Dancing With The Stars\u2019 Renewed For Season 35 With Reality Stars Maura Higgins & Ciara "
        "Miller Revealed As First Contestants"
    ) == [("renewed", "Dancing With The Stars", 35)]
    assert said("'Chicago Fire' Star Taylor Kinney Returning for Season 12") == []
    assert said("BBC axes 'Strictly' contestants after row") == []


def test_a_run_ended_after_a_length_of_years_or_in_weeks_is_an_ending() -> None:
    """Labelled headlines missed before: a quoted show that "Ends Its 15-Year Run", or is "ending in three
    weeks"; not a tour's run."""
    day = date(2024, 12, 20)

    def said(title: str) -> list[tuple[str, str]]:
        return [(f.kind, f.show_title) for f in classify(Item(title, "", day), screened=False)]

    assert said(
        "\u2018The Talk\u2019 Ends Its 15-Year Run With Boisterous, Emotional Sign-off: \u2018We Hope We "
        "Gave You a Little Respite From the World\u2019s Problems\u2019"
    ) == [("ended", "The Talk")]
    assert said("Coco Martin announces \u2018FPJ\u2019s Ang Probinsyano\u2019 ending in three weeks") == [
        ("ended", "FPJ's Ang Probinsyano")
    ]
    assert said("Broadway's 'Hamilton' Ends Its 10-Week Tour Early") == []


def test_a_quoted_show_ending_its_run_ends() -> None:
    """A real trade-press headline (2026): "'Jersey Shore Family Vacation' Ending Run On MTV With 18-Episode
    Farewell Season"; not a run "concluded", which a labeller read as Apple's cancellation of 'Palm
    Royale'."""
    day = date(2026, 5, 1)

    said = partial(read_of, day=day)

    assert said(
        "\u2018Jersey Shore Family Vacation\u2019 Ending Run On MTV With 18-Episode Farewell Season"
    ) == [("ended", "Jersey Shore Family Vacation", None)]
    assert [
        f.kind
        for f in classify(
            Item("\u2018Palm Royale\u2019 Concludes Run After Two Seasons At Apple TV", "", day)
        )
    ] != ["ended"]


def test_what_someone_confirms_for_a_season_or_a_season_revives_is_no_renewal() -> None:
    """Headlines of entertainment sites (2026): a cameo or a change confirmed for a season, a season's
    trailer that confirms something, a book's detail a season revives; a network that confirms a show
    for a season, or its renewal, still renews it."""
    day = date(2026, 4, 1)

    said = partial(read_of, day=day)

    for title in (
        "'Ted Lasso' Icon Confirms Major Change For Season 4",
        "Marvel Officially Confirms Fan-Favorite Cameo in 'Daredevil: Born Again' Season 2",
        "Euphoria Season 3 Trailer Confirms The Show's Identity Has Been Lost",
        "Reacher Season 4 Revives a Lee Child Book Detail That Prime Video Abandoned",
    ):
        assert said(title) == [], title
    assert said("Netflix Confirms 'Wednesday' For Season 2") == [("renewed", "Wednesday", 2)]
    assert said("Apple Confirms Renewal For 'Severance' Season 3") == [("renewed", "Severance", 3)]
    assert said("Netflix Revives 'Lucifer' For Season 4") == [("renewed", "Lucifer", 4)]


def test_a_reboot_on_the_air_goes_by_its_title() -> None:
    """Real headlines (2025-26): a reboot renewed or dated goes by the title it remakes; one scrapped in
    development, and a spinoff or prequel unnamed, are not the original show."""
    day = date(2026, 1, 10)

    said = partial(read_of, day=day)

    assert said("Johnny Knoxville's 'Fear Factor' Reboot Renewed for Season 2") == [
        ("renewed", "Fear Factor", 2)
    ]
    assert said(
        "\u2018Little House on the Prairie\u2019 Reboot Scores Early Season 2 Renewal at Netflix"
    ) == [("renewed", "Little House on the Prairie", 2)]
    assert (
        said(
            "\u2018Police Academy\u2019 Reboot With Key & Peele Was Scrapped After Mike Brown Shooting, Says "
            "Writer"
        )
        == []
    )
    assert said("HBO Axed First 'Game of Thrones' Spinoff") == []
    assert said("'Outlander' Prequel 'Blood Of My Blood' Renewed For Season 2") == [
        ("renewed", "Blood Of My Blood", 2)
    ]


def test_a_final_season_s_premiere_is_also_the_show_s_end() -> None:
    """Real headlines (2025-26) labelled endings by the newest sets' labellers, as tests/data/LABELLING.md
    says (a final season already made; the decision before the date): the ending is proposed, then the
    date; a season's premiere without "final" is a date only."""
    day = date(2026, 3, 1)

    def said(title: str) -> list[tuple[str, int | None, str | None]]:
        return [(f.kind, f.season, f.date) for f in classify(Item(title, "", day), screened=False)]

    assert said("\u2018Outlander\u2019 Sets Premiere For Eighth & Final Season") == [
        ("ended", 8, None),
        ("premiere_date", 8, None),
    ]
    assert said("\u2018Yellowjackets\u2019 Sets Fourth and Final Season Release Date") == [
        ("ended", 4, None),
        ("premiere_date", 4, None),
    ]
    bear = classify(Item("'The Bear' Sets Release Date for Final Season", "", day), screened=False)
    assert [(f.kind, f.final) for f in bear] == [("ended", True), ("premiere_date", False)]
    assert said("\u2018Rick and Morty\u2019 Season 9 Sets May Premiere") == [("premiere_date", 9, "2026-05")]


def test_the_entertainment_sites_updates_fates_and_descriptions_are_no_decision() -> None:
    """Headlines of Screen Rant, Collider, CBR and MovieWeb (2026, a scraper's history of their feeds, not
    the labelled sets): a "Season 2 Update", a show that "Gets Better With Each Season", what a season's cast
    or plot confirms, a season's "Fate" confirmed, a thing that "Saves" a character, a show described by
    its length, score or superlative, and an old cancellation that describes a show in other news; the
    decisions beside them still read."""
    day = date(2026, 5, 1)

    said = partial(read_of, day=day)

    for title in (
        "Kaley Cuoco's Vanished Gets Encouraging Season 2 Update",
        "HBO's Heated Rivalry Gets Massive Season 2 Filming & Release Update",
        "Evil: Stephen King-Approved Horror Show Gets Better With Each Season",
        "Wednesday Season 3 Cast Announcement Confirms Winona Ryder",
        "The Gilded Age Season 4's Official Plot Details Confirm Trouble For Bertha & The Russells",
        "Seth MacFarlane Confirms The Orville Season 4 is Written",
        "One Piece Exec Quietly Confirms Exactly Where Season 2 Ends Ahead of Netflix\u2019s Major Comeback",
        "'Reacher' Season 4 Will Debut This Year, Alan Ritchson Confirms",
        "\u2018A Knight of the Seven Kingdoms\u2019 Season 2 Quietly Confirmed a \u2018Game of Thrones\u2019 "
        "Lannister Connection",
        "Atom Eve's Power Level Confirmed By Invincible Season 4",
        "Bridgerton Season 5 Couple Confirmed In New Teaser",
        "Star Trek: Starfleet Academy EP Confirms Season 2's Major Risk",
        "The Night Agent Season 4's Fate Confirmed After Declining Netflix Viewership",
        "Ted Season 3's Fate Seemingly Confirmed By Seth MacFarlane Ahead Of Record-Setting Show's Return",
        "Paradise Season 3 Explained: Confirmation, Story & Everything We Know",
        "The Lighting Strike That Saves Luffy In One Piece Season 2 Isn't An Accident",
        "9 Years Later, An Award-Winning Psychological Thriller Series Is Returning For A Third & Final "
        "Season",
        "Prime Video Officially Renews Its 5-Part Fantasy Masterpiece for Final Season",
        "Netflix's 9-Part Detective Thriller Gets Massive Season 2 Update",
        "Netflix's Most Anticipated Historical Reboot Has Already Been Renewed for Season 2",
        "Fox Renews Medical Drama Series",
        "Alan Ritchson\u2019s Canceled 3-Part Series Quietly Returns As Streaming Success Ahead Of Revival",
        "Stephen King\u2019s Cancelled Horror Masterpiece Gets a Second Chance on Streaming",
        "NBC\u2019s Cancelled \u2018True Blood\u2019 Replacement Officially Returns From the Dead",
    ):
        assert said(title) == [], title
    for title, found in (
        ("Fox Renews Medical Drama Doc for Season 3 Amid Record Audience", ("renewed", "Doc", 3)),
        (
            "'IT: Welcome to Derry' Creators Confirm Season 2 Officially Happening",
            ("renewed", "IT: Welcome to Derry", 2),
        ),
        ("Love On The Spectrum Season 5 Confirmed By Netflix", ("renewed", "Love On The Spectrum", 5)),
        ("Disney has confirmed the production of 'Moving' Season 2", ("renewed", "Moving", 2)),
        ("'Squid Game' Season 2 Confirms Season 3", ("renewed", "Squid Game", 3)),
        ("Netflix renews Brazilian sleeper hit 3% for third season", ("renewed", "3%", 3)),
        (
            "Spartacus: House Of Ashur Canceled After One Season",
            ("cancelled", "Spartacus: House Of Ashur", 2),
        ),
        (
            "Netflix Has Cancelled Idris Elba\u2019s Show Turn Up Charlie And Fans Aren\u2019t Happy",
            ("cancelled", "Turn Up Charlie", None),
        ),
    ):
        assert said(title)[:1] == [found], title


def test_more_of_the_entertainment_sites_forms_that_tell_no_decision() -> None:
    """More headlines of Screen Rant, Collider and CBR's feeds (2026, not the labelled sets): a show's
    future, plans or "discussions" confirmed, a season that "May End", one that "Isn't Ending", one "Too Good
    to Have Been Cancelled", a "Renewal Update", what a season's story does "Confirms Creator", someone
    confirmed to be replaced, "What's Delaying Season 2", cast members returning, a replacement show, the
    end of an era, a pilot not moving forward; the decisions beside them still read."""
    day = date(2026, 5, 1)

    said = partial(read_of, day=day)

    for title in (
        "Jensen Ackles Officially Confirms Vought Rising's Future Ahead of Season 1 Debut",
        "'Alien: Earth' Creator Confirms the Sci-Fi Series' Future Ahead of Season 2",
        "Jensen Ackles Vought Rising Season 2 Plans Confirmed by Franchise Creator",
        "After 4-Year Wait, Zendaya's 87% RT HBO Drama May End With Season 3: \u201cClosure Is Coming\u201d",
        "\u2018Shrinking\u2019 Isn\u2019t Ending With Season 4 \u2014 It's Starting Something New "
        "[Exclusive]",
        "HBO's 8-Part Crime Thriller Is Too Good to Have Been Cancelled After One Season",
        "Prime Video's 'Reacher' Gets Shocking Renewal Update Ahead of Alan Ritchson's Season 4 Return",
        "A Knight Of The Seven Kingdoms Season 2's Story Is Doubling Down On Biggest Difference From GOT & "
        "HOTD, Confirms Creator",
        "Landman Season 2 Officially Confirmed Billy Bob Thornton Will Be Replaced",
        "Jason Momoa Finally Confirms What's Delaying Season 2 of Hit Historical Apple TV Series",
        "The Night Agent Season 5's Fate Officially Decided By Netflix",
        "All 9 American Horror Story Cast Members Returning For Season 13 (So Far)",
        "Netflix's The Summer I Turned Pretty Replacement Scores Early Season 4 Renewal Before Season 3 "
        "Release",
        "Netflix's New 10/10 Crime Thriller Is Officially Returning for Season 2",
        "Netflix's Popular Series With 1.4 Billion Minutes Viewed Is Ending This Year",
        "CBS Officially Confirms the End of Yellowstone's Streaming Era",
        "Paramount+ Confirms the End of an Era for Mayor of Kingstown",
        "\u2018Foster Dade\u2019 Not Moving Forward At Hulu, YA Pilot Is Being Shopped By Warner Bros. "
        "Television",
    ):
        assert said(title) == [], title
    for title, found in (
        ("'Grantchester' future confirmed: Will there be an eighth season?", ("renewed", "Grantchester", 8)),
        (
            "'Stranger Things: Tales From '85' Officially Renewed for Season 2",
            ("renewed", "Stranger Things: Tales From '85", 2),
        ),
        ("'Landman' Season 2 Confirmed By Paramount+", ("renewed", "Landman", 2)),
        (
            "The End Of An Era: USA Network\u2019s \u2018Suits\u2019 To End After Its 9th Season",
            ("ended", "Suits", 9),
        ),
        (
            "FOX cancels Dads, Enlisted, Surviving Jack; passes on three sitcom pilots",
            ("cancelled", "Dads", None),
        ),
    ):
        assert said(title)[:1] == [found], title


def test_the_entertainment_sites_descriptions_comparisons_and_what_a_season_holds() -> None:
    """The entertainment sites' feeds again (2026, not the labelled sets): a show described ("Is So
    Massive", "Based on a Bestselling Novel", "Hulu's Answer to American Crime Story") or compared ("'Lost
    Meets 1984' Series"), a season's couple, casting, villains, finale, a new series confirmed beside a
    season, a cast shakeup announced for one, a character resurrected, a fate decided; a renewal cancelled
    is no renewal. Titles that hold such words are still titles."""
    day = date(2026, 5, 1)

    said = partial(read_of, day=day)

    for title in (
        "Netflix's Hit Period Drama Is So Massive, It's Already Renewed For 2 More Seasons",
        "Prime Video's 8-Episode Drama Show Based on a Bestselling Novel Officially Renewed for Season 2",
        "Hulu's Answer to American Crime Story Is Getting a Second Season About Infamous 1990s Case",
        "Apple TV's 'Lost Meets 1984' Series Is So Good, It's Already Renewed For 2 Seasons",
        "Netflix's Drama Series Returning For Season 2 Is 'Peaky Blinders Meets Succession'",
        "Prime Video's 'Off Campus' Confirms Dean and Allie as Season 2's Central Couple",
        "Harry Potter Gets Major Season 2 Casting Announcement for Key Role",
        "Marvel Officially Confirms 'X-Men '97's New Season 3 Villains",
        "'From' Creators Officially Confirm Truth Behind Shocking Season 4 Finale",
        "House of the Dragon Season 3 Just Directly Confirmed George RR Martin's HBO Beef",
        "Brotherhood Of Mutants First Line-Up Confirmed In X-Men '97 Season 3",
        "'MobLand' Team Officially Confirms New Paramount+ Series Ahead of Season 2",
        "Law & Order Announces Major Cast Shakeup for Season 26",
        "Alan Ritchson's 'Reacher' Officially Announces New Release Before Season 4",
        "From Officially Resurrects Dead Character for Season 5",
        "Prime Video Officially Decides the Fate of 'Sterling Point' After 1 Season",
        "Marvel Cancels Wonder Man Season 2 Renewal",
    ):
        assert [f for f in said(title) if f[0] == "renewed"] == [], title
    assert said("Marvel Cancels 'Wonder Man' Season 2 Renewal") == [("cancelled", "Wonder Man", 2)]
    assert said(
        "\u2018Scrubs\u2019 and \u2018Shifting Gears\u2019 Renewed at ABC, Rachel Bloom Pilot \u2018Do You "
        "Want Kids?\u2019 Not Moving Forward"
    ) == [("renewed", "Scrubs", None), ("renewed", "Shifting Gears", None)]
    for title, found in (
        ("BBC cancels Boy Meets Girl", ("cancelled", "Boy Meets Girl", None)),
        ("Never Have I Ever Announces Season 4 Renewal on Netflix", ("renewed", "Never Have I Ever", 4)),
        (
            "Strange New Worlds Season 2 Confirmed Before Spinoff's Release",
            ("renewed", "Strange New Worlds", 2),
        ),
        ("'X-Men '97' Season 4 Officially Confirmed", ("renewed", "X-Men '97", 4)),
        ("HBO Announces 'The Last of Us' Season 3", ("renewed", "The Last of Us", 3)),
    ):
        assert said(title)[:1] == [found], title


def test_a_release_date_a_trailer_reveals_is_a_series_premiere_when_the_summary_says_so() -> None:
    """An entertainment site's headline (2026): a trailer that reveals a release date is a series' premiere
    when the summary speaks of a spin-off due to debut; without such words a release date may be a film's."""
    day = date(2026, 4, 1)
    dutton = Item(
        "'Dutton Ranch' Trailer Reveals 'Yellowstone' Sequel Release Date",
        "Rip Wheeler and Beth Dutton return in spin-off that's due to debut on Paramount+ in May.",
        day,
    )
    assert [(f.kind, f.show_title, f.date) for f in classify(dutton)] == [
        ("premiere_date", "Dutton Ranch", "2026-05")
    ]
    assert classify(Item("'Dutton Ranch' Trailer Reveals Release Date", "", day)) == []


def test_a_month_set_for_a_season_or_a_quoted_series_is_its_premiere() -> None:
    """Real trade-press headlines (2025-26): a month set as a season's "Date" or "Bow", or with the network
    between ("Sets July Prime Video Premiere"); a quoted title's animated or limited series dated; not a
    date the news is told before, nor people named for a quoted series."""
    day = date(2026, 1, 5)

    def said(title: str) -> list[tuple[str, str, int | None, str | None]]:
        return [
            (f.kind, f.show_title, f.season, f.date) for f in classify(Item(title, "", day), screened=False)
        ]

    assert said("\u2018SNL U.K.\u2019 Season 2 Sets September Date") == [
        ("premiere_date", "SNL U.K.", 2, "2026-09")
    ]
    assert said("\u2018The Traitors\u2019 India Sets August Season 2 Bow on Prime Video (EXCLUSIVE)") == [
        ("premiere_date", "The Traitors India", 2, "2026-08")
    ]
    assert said(
        "Ali Fazal, Sonali Bendre\u2019s \u2018Raakh\u2019 Sets June Prime Video Premiere (EXCLUSIVE)"
    ) == [("premiere_date", "Raakh", None, "2026-06")]
    assert said(
        "Sofia Vergara-Led \u2018Koati\u2019 Animated Series Lands At Netflix, Sets November Debut"
    ) == [("premiere_date", "Koati", None, "2026-11")]
    assert (
        said(
            "Billy Bob Thornton Spotted Filming \u2018Landman\u2019 In The Heart Of Dallas Ahead Of November "
            "Season 2 Premiere"
        )
        == []
    )
    assert (
        said(
            "Rachel Weisz and Leo Woodall Get Provocative in First Look at \u2018Vladimir,\u2019 Netflix "
            "Limited Series Sets Release Date"
        )
        == []
    )


def test_a_show_named_after_another_is_not_that_other_show() -> None:
    """The entertainment sites (2026): a "'Reacher' Replacement", a "'White Lotus' Rival", a "'Gossip Girl'
    Meets 'Pride and Prejudice' Series" are other shows, unnamed; the shows themselves still read."""
    day = date(2026, 1, 5)

    said = partial(read_of, day=day)

    for title in (
        "PBS's 6-Part 'Gilded Age' Replacement Is So Good, It's Already Been Renewed for Two More Seasons",
        "Netflix's 'Gossip Girl' Meets 'Pride and Prejudice' Series Is So Good, It Was Renewed Twice",
        "Prime Video's 10/10 'Reacher' Replacement Is So Good, It's Already Getting Another Season",
        "Netflix's 'White Lotus' Rival Finally Has a Season 2 Release Date",
    ):
        assert said(title) == [], title
    assert said("'Reacher' Renewed for Season 4") == [("renewed", "Reacher", 4)]


def test_a_shoot_a_storyline_or_plans_called_off_is_no_show_cancelled() -> None:
    """The entertainment sites (2026): a season's filming, a key storyline, a character's story or an
    ending's plans cancelled; words left of a sentence taken for a name ("Ever", "Made a Huge Mistake");
    password sharing ended. A show cancelled before its plans are told still is."""
    day = date(2026, 1, 5)

    said = partial(read_of, day=day)

    for title in (
        "Peaky Blinders Series\u2019 Cancelled Original Ending Plans Finally Revealed With Major Shelby "
        "Death Change",
        "HBO Abruptly Cancels House of the Dragon Season 4 Filming",
        "Paramount+ Quietly Cancels Dutton Ranch Season 2's Key Storyline",
        "Taylor Sheridan Officially Canceled Kayce's Yellowstone Story in Marshals",
        "TV's Bloodiest & Horniest Series Ever Gets Canceled Following 'Woke' Criticism",
        "NBC Made a Huge Mistake Cancelling This Modern Royalty Series 17 Years Ago",
        "Say Goodbye to Password Sharing as Netflix Confirms End Date for Shared Accounts",
    ):
        assert said(title) == [], title
    assert said("HBO Cancels \u2018Vinyl,\u2019 Scrapping Plans for a Season 2 Revamp")[:1] == [
        ("cancelled", "Vinyl", 2)
    ]
    assert said("CBS Cancels 'FBI: Most Wanted' Ahead of Season 6 Premiere") == [
        ("cancelled", "FBI: Most Wanted", 6)
    ]


def test_a_season_made_told_after_its_number_is_still_renewed() -> None:
    """What is told of a season is no renewal ("Season 4 is Written"), but a season told made is one:
    "Season 5 Has Been Confirmed", "Has Officially Been Confirmed", "Is In The Works", "Will Happen",
    "Confirms Plans For 'Wednesday' Season 3"; a season's plans confirmed, or a renewal's update, are
    not."""
    day = date(2026, 1, 5)

    said = partial(read_of, day=day)

    for title, show, season in (
        ("'Bridgerton' Season 5 Has Been Confirmed", "Bridgerton", 5),
        ("'The Witcher' Season 5 Has Officially Been Confirmed By Netflix", "The Witcher", 5),
        ("Netflix Confirms 'Wednesday' Season 3 Is In The Works", "Wednesday", 3),
        ("Netflix Confirms 'Wednesday' Season 3 Will Happen", "Wednesday", 3),
        ("Netflix Confirms Plans For 'Wednesday' Season 3", "Wednesday", 3),
        ("'The Diplomat' Season 4 Is Happening, Netflix Confirms", "The Diplomat", 4),
    ):
        assert said(title) == [("renewed", show, season)], title
    for title in (
        "Jensen Ackles Vought Rising Season 2 Plans Confirmed by Franchise Creator",
        "'Landman' Gets Season 3 Renewal Update From Taylor Sheridan",
        "'Bridgerton' Season 4 Part 2 Confirms Season 5 Couple",
    ):
        assert said(title) == [], title


def test_an_item_its_publisher_files_under_films_games_or_comics_announces_nothing() -> None:
    """The publisher's categories (RSS `<category>`) say what an item is news of: one filed under films,
    games or comics and under no television section is no series' decision or milestone, whatever its
    words ("'Shrek 6' in Development", "Extraction 3 Begins Filming"), unless its headline speaks of a
    season. Real items of Screen Rant's, MovieWeb's and Collider's feeds, with their own categories."""
    day = date(2026, 5, 25)

    def said(title: str, categories: tuple[str, ...], summary: str = "") -> list[tuple[str, str, int | None]]:
        return [(f.kind, f.show_title, f.season) for f in classify(Item(title, summary, day, categories))]

    for title, categories in (
        ("Mike Myers Confirms 'Shrek 6' in Development Ahead of 'Shrek 5' Sequel", ("Movie News", "Shrek 5")),
        ("Chris Hemsworth's Extraction 3 Officially Begins Filming With First Look Revealed", ("Movies",)),
        ("Fallout: New Vegas 2 Quietly Confirmed, But There's A Major Catch", ("Gaming", "Fallout")),
        ("Disney's Live-Action 'Robin Hood' Remake Canceled", ("Movie News", "Robin Hood")),
        ("Hellraiser Officially Confirmed To Return With Five New Series", ("Comics", "Hellraiser")),
        ("The Rock's Jumanji 4 Wraps Filming 8 Months Ahead of Release", ("Movies", "Jumanji 4", "Jumanji")),
        ("Bleach Officially Returns September 17", ("Gaming", "Bleach", "Triple-A Games")),
    ):
        assert said(title, categories) == [], title
        assert said(title, (" film ",)) == [], title  # a category's case and spacing are the publisher's
    # a season spoken of is a series' ("Marvel Comics" files Marvel's animated series too)
    assert said("Marvel Zombies Officially Returning For Season 2", ("Marvel Comics", "Marvel Zombies")) == [
        ("renewed", "Marvel Zombies", 2)
    ]
    # filed under television as well, or under names alone, the headline is read as before
    renewal = "Frieren: Beyond Journey's End Officially Renewed For Season 3"
    assert said(renewal, ("Anime", "Frieren: Beyond Journey's End")) == [
        ("renewed", "Frieren: Beyond Journey's End", 3)
    ]
    assert said("Netflix Cancels 'The OA'", ("Film", "TV", "Breaking News")) == [
        ("cancelled", "The OA", None)
    ]
    assert said("Netflix Cancels 'The OA'", ("The OA", "Brit Marling")) == [("cancelled", "The OA", None)]
    assert said("Netflix Cancels 'The OA'", ()) == [("cancelled", "The OA", None)]


def test_what_the_entertainment_sites_tell_beside_a_decision_is_none() -> None:
    """Real headlines of the entertainment sites' feeds outside the labelled sets: another show, its
    people's ("'SNL' Star's 100%-Rated Series", "'Stranger Things' Creators' Follow-Up Show"); someone's
    words or what a season holds, confirmed; a list; how a story ends; a show's whole world saved; a
    revival described by its old cancellation; a reboot described; a season returning this month (its
    premiere, not its renewal)."""
    day = date(2026, 4, 10)

    said = partial(read_of, day=day)

    for title in (
        "Paramount+ Officially Cancels 'SNL' Star's 100%-Rated Series After 1 Season",
        "Why the 'Stranger Things' Creators\u2019 Follow-Up Show Was Canceled By Netflix",
        "'The Boys' Karl Urban and Jack Quaid Officially Confirm \u201cNo One Is Safe\u201d in Season 5",
        "It: Welcome to Derry Creator Confirms Season 2 'Horrible' Themes Are the 'Heart of Our Story'",
        "Every Confirmed Daredevil: Born Again Season 2 Cast Member",
        "'Hacks' Was Always Going To End This Way for Ava and Deborah",
        "'The Walking Dead' Universe Is Finally Saved",
        "'Firefly' Season 2 Can Thrive Where Hulu's Canceled 'Buffy' Revival Failed",
        "Netflix's Reboot of the GOAT Western Series Is Already Renewed for Season 2",
    ):
        assert said(title) == [], title
    assert said("'Euphoria' Is HBO's Thriller Masterpiece Returning for Season 3 This Month") == [
        ("premiere_date", "Euphoria", 3)
    ]
    [(kind, when)] = [
        (f.kind, f.date) for f in classify(Item("'Euphoria' Returning for Season 3 This Month", "", day))
    ]
    assert (kind, when) == ("premiere_date", "2026-04")
    # the same words telling a decision still do
    for title, expected in (
        ("'Steven Universe' Renewed for Season 5", ("renewed", "Steven Universe", 5)),
        ("'Every Witch Way' Renewed for Season 4", ("renewed", "Every Witch Way", 4)),
        ("Netflix Confirms Season 2 of 'Wednesday'", ("renewed", "Wednesday", 2)),
        ('Netflix Confirms "Stranger Things" Season 5', ("renewed", "Stranger Things", 5)),
        ("'Hacks' to End With Season 5", ("ended", "Hacks", 5)),
        ("Hulu Cancels 'Buffy' Revival", ("cancelled", "Buffy", None)),
        ("'Euphoria' Returning for Season 3", ("renewed", "Euphoria", 3)),
        (
            "Bridgerton Cast's Epic Season 4 Wrap-Up Celebration Unveiled in Video!",
            ("wrapped", "Bridgerton", 4),
        ),
    ):
        assert said(title) == [expected], title
    assert ("renewed", "House Hunters", None) in said(
        "New 'Property Brothers' Among 4 Series Greenlit By HGTV; 'House Hunters' Franchise Renewed"
    )


def test_a_show_the_entertainment_sites_describe_is_named_by_nobody() -> None:
    """Real headlines of the entertainment sites' feeds outside the labelled sets, whose words before or
    after a decision are no title: a superlative, a franchise's series, a time, a show's people, a star's
    word in double quotes, how a story ends; a time after a name is cut from it, and another show's
    season is not this one's."""
    day = date(2026, 4, 10)

    said = partial(read_of, day=day)

    for title in (
        "Tom Hardy \"Fired\" From 'MobLand,' Won't Return for Season 3",
        "HBO Officially Pulls the Plug on DCU Sci-Fi Series After a 3-Year Wait",
        "Guy Ritchie\u2019s Biggest Netflix Series Is Officially Back for Season 2 in Just 2 Weeks",
        "Netflix Canceled The OA Sci-Fi Series At Its Peak",
        "'Stranger Things' Creators' Netflix Sci-Fi Series Cancelled Despite 1.2 Billion Minutes Watched",
        "Mr. & Mrs. Smith Confirms Maya Erskine & Donald Glover Season 2 Roles",
        "Star Trek's Divisive New Series Officially Ending After Just 2 Seasons",
        "Netflix's New Smash Hit Crime Thriller Series Officially Renewed 1 Month After Debut",
        "Legendary Shonen Jump Series Ends After 27 Years",
        "How The Legend Of Vox Machina Season 5 Will End Prime Video's Fantasy Masterpiece Explained",
    ):
        assert said(title) == [], title
    assert said("ABC Renews Scrubs Revival 2 Weeks After Season Finale") == [("renewed", "Scrubs", None)]
    assert said("'Gen V' Canceled by Prime Video Ahead of 'The Boys' Season 5 Finale") == [
        ("cancelled", "Gen V", None)
    ]
    assert said("Netflix Cancels 'High Seas' Season 4") == [("cancelled", "High Seas", 4)]
    # (the show described by its franchise, quoted, is the same show: its season is)
    assert said("‘The Acolyte’ Canceled, ‘Star Wars’ Series Won’t Return For Season 2") == [
        ("cancelled", "The Acolyte", 2)
    ]
    assert said('Netflix Cancels "Wanted"') == [("cancelled", "Wanted", None)]
    assert said("'Hacks' Will End With Season 5") == [("ended", "Hacks", 5)]


def test_what_a_show_does_or_a_season_confirms_is_no_decision_of_it() -> None:
    """Real headlines of the entertainment sites' feeds outside the labelled sets: a show that revives a
    story, a franchise revived, a star's word confirmed, a show cancelled "Three Times" (a description),
    an end that failed, a show a comparison names, another show named after one, what a season
    confirms; the learned reading (screened) refuses the last two as the rules do."""
    day = date(2026, 4, 10)

    said = partial(read_of, day=day)

    for title in (
        "Iconic Sci-Fi Series 'Doctor Who' Revives One of Its Most Divisive Stories in a Surprising Way",
        "Stephen King Officially Revives His 'Unfilmable' Dark Fantasy Franchise Ahead of Prime Video Series",
        "Titus Welliver Officially Confirms \"Discussions\" About 'Bosch: Legacy' Season 4",
        "CBS\u2019s Crime Series Cancelled Three Times Is Officially Coming Back",
        "CBS\u2019s Baffling Cancellation Failed To End Titus Welliver\u2019s Bosch Era",
        "James Bond Meets 'Reacher' in Netflix's Easy-To-Binge Spy Thriller Returning for Season 2",
    ):
        assert said(title) == [], title
    # the same comparison, of a catalogue's title written unquoted
    compared = (
        "Bosch Meets The Night Agent In Netflix's 10/10 Action Thriller"
        " That Is Coming Back For Another Season"
    )
    known = {search_key("The Night Agent"): [Name("the-night-agent", "The Night Agent", next_season=4)]}
    assert classify(Item(compared, "", day), lambda key: known.get(key, []), screened=False) == []
    for title in (
        "Netflix Officially Cancels Its Newest \u2018Stranger Things\u2019 Replacement After One Season",
        "Dexter: Resurrection Season 2 Confirms Uma Thurman Return",
    ):
        assert said(title, screened=True) == [], title
    # revived, told of the show, is its renewal; a trailer confirming the show's return is too
    assert said("\u2018Last Man Standing\u2019 Resurrected At Fox For Season 7 With Original Cast") == [
        ("renewed", "Last Man Standing", 7)
    ]
    assert said("NBC Revives 'Timeless' for Season 2") == [("renewed", "Timeless", 2)]
    abyss = Item(
        "Made in Abyss Season 3 Trailer Confirms Return of This Epic Anime",
        "Shortly after wrapping up its second season, Made in Abyss anime has officially been confirmed to"
        " return for a third season, as revealed in an announcement trailer for Made in Abyss Season 3.",
        day,
    )
    assert [(f.kind, f.show_title, f.season) for f in classify(abyss)] == [("renewed", "Made in Abyss", 3)]


def test_a_time_a_studio_a_hit_or_a_season_s_shoot_is_no_show_decided() -> None:
    """Real headlines (the news river's trade press, the entertainment sites' feeds) outside the labelled
    sets: "Days" before an air date, a studio ("Marvel Renews A Live-Action MCU TV Show"), a hit
    described by its genre, a season's filming called off; and the learned reading proposes nothing from
    a season's finale ("The Rookie Season 8 Finale Shatters A Series Record", whose summary mentions the
    renewed ninth)."""
    day = date(2026, 5, 10)
    said = partial(read_of, day=day)
    for title in (
        "Miss USA, Miss Teen USA Pageants Dropped By The CW Days Before Air",
        "Marvel Renews A Live-Action MCU TV Show For A Season 2 For Only The Third Time Ever",
        "Prime Video's Hit Supernatural Series Is Already Guaranteed To End Properly",
        "HBO Abruptly Canceled A Knight of the Seven Kingdoms Season 2 Filming",
    ):
        assert said(title) == [], title
    rookie = Item(
        "The Rookie Season 8 Finale Shatters A Series Record",
        "Ahead of the renewed season 9, ABC's hit procedural series The Rookie shattered a series record with"
        " the release of its season 8 finale.",
        day,
    )
    assert classify(rookie) == []
    # the same words of a show decided still are
    assert said("Marvel Zombies Renewed for Season 2") == [("renewed", "Marvel Zombies", 2)]
    assert said("NBC Cancels 'Days of Our Lives'") == [("cancelled", "Days of Our Lives", None)]
    assert said("Hit the Floor Renewed for Season 4") == [("renewed", "Hit the Floor", 4)]


def test_a_shoot_of_a_title_told_no_series_is_taken_back_unless_the_screen_is_sure() -> None:
    """Real headlines of the trade press's feeds outside the labelled sets (the news river's copies): a
    shoot begun or wrapped of a title the catalogue lacks, with no season stated and no word of
    television, is proposed only when the screen is sure it is a series' (films wrap by the dozen in
    the trade's feeds); a series' shoot the headline tells, or a season it names, or a show the
    catalogue holds, is read as before, and a drama's wrap the screen knows is kept."""
    day = date(2026, 3, 10)
    said = partial(read_of, day=day, screened=True)
    for title in (
        "\u2018Sonic 4\u2019 Director Reveals First Look at Metal Sonic as Shoot Wraps",
        "Nicole Kidman Announces \u2018Practical Magic 2\u2019 Has Wrapped Production",
        "\u2018A Quiet Place Part III\u2019 Begins Filming In NYC: \u201cHere We Go!\u201d",
        "Hirokazu Kore-eda Starts Shooting \u2018Sheep In The Box\u2019 With Gaga, Goodfellas Handling Sales",
        "\u2018Tomb Raider\u2019: First Look At Sophie Turner As Lara Croft; Production Underway",
    ):
        assert read_of(title, day) != [], title  # the rules read a shoot...
        assert said(title) == [], title  # ...that the screen is not sure is a series'
    for title, expected in (
        ("\u2018Euphoria\u2019 Wraps Production On Season 3", ("wrapped", "Euphoria", 3)),
        (
            "Prime Video's Nicole Wallace Series 'Postcards From Italy' Adds Seven; Shooting Wraps",
            ("wrapped", "Postcards From Italy", None),
        ),
        (
            "Hospital Playlist\u2019s filming completed.. Actors had a wrap up dinner party",
            ("wrapped", "Hospital Playlist", None),
        ),
    ):
        assert said(title) == [expected], title
    film = Item("\u2018A Quiet Place Part III\u2019 Begins Filming In NYC", "", day)
    held = {search_key("A Quiet Place Part III"): [Name("a-quiet-place", "A Quiet Place Part III")]}
    assert [f.show for f in classify(film, lambda key: held.get(key, []))] == ["a-quiet-place"]


def test_a_shoot_to_come_told_in_passing_or_of_one_episode_is_no_season_s_begun() -> None:
    """Real headlines of the trade press's and the entertainment sites' feeds outside the labelled sets:
    production that starts "In A Week", pre-production, a star's memory "While Filming", one episode's
    shoot; and a time read as a name ("A Week After Season 4 Finale") names no show."""
    day = date(2026, 1, 10)
    said = partial(read_of, day=day)
    for title in (
        "\u2018The Studio\u2019 Season 2: Seth Rogen Teases Tom Rothman Cameo, Production Starts In A Week",
        "\u2018God Of War\u2019: Frederick E.O. Toye Set To Direct As Pre-Production & Casting Are Underway",
        "'The Boys' Star Erin Moriarty Thought She Was \u201cDying\u201d While Filming Final Season",
        "Duffer Brothers Started Filming \u2018Stranger Things\u2019 Final Episode Without A Finished Script",
        "MGM+'s From Season 5 Officially Begins Filming A Week After Season 4 Finale",
        "Hulu's Stephen King-Approved Hit Sci-Fi Thriller Begins Season 3 Filming One Week After Season 2"
        " Finale",
    ):
        assert said(title) == [], title
    assert said("\u2018Bridgerton\u2019 Season 5 Begins Production") == [("in_production", "Bridgerton", 5)]
    assert said("\u2018The Studio\u2019 Season 2 Starts Production") == [("in_production", "The Studio", 2)]


def test_a_premiere_of_a_documentary_a_special_an_award_or_films_is_no_season_s() -> None:
    """Real headlines of the trade press's feeds outside the labelled sets (the news river's copies): a
    documentary, a special or a feature named before its quoted title, an award's ceremony, films
    ("Romance Movies"), are dated, not a season; a docuseries and an award-winning series still are."""
    day = date(2026, 2, 10)
    said = partial(read_of, day=day)
    for title in (
        "SXSW Documentary '#SkyKing,' About Airline Worker Who Stole a Plane, Sets Hulu Premiere Date",
        "Comedian Zach Noe Towers Sets Premiere Date For Debut Special \u2018Twink Death\u2019",
        "'The 51st AFI Life Achievement Award: A Tribute To Eddie Murphy' Sets Netflix Premiere Date",
        "Crunchyroll Anime Awards Sets Date For 10th Anniversary 2026 Ceremony",
        "Kat McNamara-Led Harlequin Romance Movies Set November Premiere at CW",
        "David Fortune Feature \u2018Color Book\u2019 Sets Premiere Date At Netflix, Drops Trailer",
    ):
        assert said(title) == [], title
    assert said("A&E Sets \u2018Squatters\u2019 Docuseries for May Premiere") == [
        ("premiere_date", "Squatters", None)
    ]
    assert said(
        "The Twelve Season 2: Award-Winning Australian Series Returns with a Bang This July on Binge"
    ) == [("premiere_date", "The Twelve", 2)]


def test_a_show_forgotten_a_star_s_other_show_or_a_new_one_described_is_named_by_none() -> None:
    """Real headlines of the entertainment sites' feeds outside the labelled sets: "Forget 'X'" (another
    show is the news), "'X' Star <name>'s ..." (the star's other show), someone's new show or a show
    praised described, not named; a premiere date retracted is none set."""
    day = date(2026, 3, 1)
    said = partial(read_of, day=day)
    for title in (
        "Forget 'Bosch,' Prime Video Has Officially Set a Release Date for the 'Reacher' Spin-Off",
        "'Bosch' Star Titus Welliver's '80s Crime Thriller Officially Sets Summer Release Date",
        "'Dance Moms' Star Abby Lee Miller's New Lifetime Series Canceled After Resurfaced Racist Comments",
        "50 Cent's New Gritty Crime Thriller Officially Sets Its Release Date",
        "The Duffer Brothers\u2019 New Supernatural Netflix Show Reveals First-Look Images And Release Date",
        "The MCU's Grittiest Hero Officially Returns on May 12",
        "Apple TV's Near-Perfect Detective Thriller Sets Season 2 Release Date With Sinister First Trailer",
        "Dandadan Season 3 Premiere Date Officially Retracted After Accidental Reveal",
    ):
        assert said(title) == [], title
    # a show's creators confirming its end, and a star's show named by its own title, still are
    assert said("Stranger Things Creators Confirm Eleven\u2019s Story Will End in Season 5") == [
        ("ended", "Stranger Things", 5)
    ]
    assert said("Netflix Renews Kate Hudson's Running Point for Season 3") == [
        ("renewed", "Running Point", 3)
    ]


def test_the_end_confirmed_of_a_show_named_after_it_is_that_show_s() -> None:
    """ "Star Wars Quietly Confirms the End of The Mandalorian on Disney+" (the entertainment sites' feed,
    outside the labelled sets): the show whose end is confirmed is the one named after "end of", up to a
    network's preposition or a clause's end, not the words before the verb."""
    said = partial(read_of, day=date(2026, 3, 1))
    assert said("Star Wars Quietly Confirms the End of The Mandalorian on Disney+") == [
        ("ended", "The Mandalorian", None)
    ]
    assert said("CBS Confirms the End of Matlock Despite Season 3 Renewal") == [("ended", "Matlock", 3)]
    assert said("Netflix Confirms the End of For All Mankind") == [("ended", "For All Mankind", None)]
    assert said("Disney Officially Confirms the End of 'The Mandalorian'") == [
        ("ended", "The Mandalorian", None)
    ]


def test_a_season_confirmed_by_someone_is_its_owner_s_after_the_verb() -> None:
    """ "Jamie Lee Curtis Confirms The Bear's Fifth and Final Season" (the entertainment sites' feed,
    outside the labelled sets): the show is the season's owner, named after the verb, not who confirms it."""
    said = partial(read_of, day=date(2026, 3, 1))
    assert said("Jamie Lee Curtis Confirms The Bear's Fifth and Final Season") == [("renewed", "The Bear", 5)]
    assert said("Netflix Confirms Stranger Things' Fifth and Final Season") == [
        ("renewed", "Stranger Things", 5)
    ]
    [found] = classify(Item("Ayo Edebiri Confirms The Bear's Fifth Season", "", date(2026, 3, 1)))
    assert (found.kind, found.show_title, found.season, found.final) == ("renewed", "The Bear", 5, False)


@pytest.mark.parametrize(
    "title",
    [
        "The BBC has decided to cancel Uzalo",
        "The SABC has decided to cancel Uzalo",
        "SABC has decided to cancel Uzalo",
    ],
)
def test_a_network_written_with_the_before_its_act_is_who_acts_not_the_show(title: str) -> None:
    assert read_of(title, date(2024, 1, 10)) == [("cancelled", "Uzalo", None)]


@pytest.mark.parametrize(
    ("title", "found"),
    [
        # the news told, then the promise of an explainer after a comma
        ("'Neighbours' Renewed for Season 3, Find Out When It Returns", [("renewed", "Neighbours", 3)]),
        (
            "Amazon Cancels Neighbours, Find Out When the Soap Goes Off the Air For Good",
            [("cancelled", "Neighbours", None)],
        ),
        # the news asked first: no news, whatever follows
        ("Has 'Neighbours' Been Cancelled, Here's What We Know", []),
        ("Is 'Neighbours' Cancelled, Find Out Here", []),
    ],
)
def test_an_explainer_after_the_news_leaves_it_told(title: str, found: list[tuple[str, str, int]]) -> None:
    assert read_of(title, date(2024, 1, 10)) == found


def test_a_flop_is_a_description_before_the_title() -> None:
    title = "BBC flop The Greatest Dancer axed as Simon Cowell's show fails to improve ratings"
    assert read_of(title, date(2020, 3, 1)) == [("cancelled", "The Greatest Dancer", None)]


@pytest.mark.parametrize(
    "title",
    [
        # a plea for a cancellation is none
        "Fans call for 'Love Island' to be axed",
        "Calls grow for 'Love Island' to be axed",
        # an episode of the show called off, not the show
        "BBC Cancels Doctor Who Christmas Special",
        "Netflix Cancels 'Stranger Things' Holiday Special",
    ],
)
def test_a_plea_or_a_special_called_off_is_no_cancellation(title: str) -> None:
    assert read_of(title, date(2019, 5, 20), screened=True) == []


def test_a_call_for_cancelling_is_a_plea_the_rules_refuse() -> None:
    # (once read by the rules and taken back by the screen, as no word of television is in it)
    title = "Law Professor Melts Down After Birthright Citizenship Win, Calls For Canceling Colleagues"
    assert read_of(title, date(2025, 10, 1)) == []


def test_a_show_named_special_is_still_a_show() -> None:
    assert read_of("Netflix Cancels 'Special' After Two Seasons", date(2021, 3, 1)) == [
        ("cancelled", "Special", 3)
    ]
    assert read_of("Netflix Cancels Special Forces: World's Toughest Test", date(2021, 3, 1)) == [
        ("cancelled", "Special Forces: World's Toughest Test", None)
    ]


@pytest.mark.parametrize(
    "title",
    [
        # a show described after a lower-case article, unnamed
        "HBO Cancels a Fan Favorite",
        # who made the show is no title of it
        "Hulu Cancels Hitman TV Series From John Wick Creator",
        "Netflix Cancels Sci-Fi Series From Stranger Things Creators",
    ],
)
def test_a_description_or_its_makers_name_no_show(title: str) -> None:
    assert read_of(title, date(2026, 3, 20)) == []


def test_titles_that_open_with_a_or_from_are_still_titles() -> None:
    day = date(2026, 3, 20)
    assert read_of("Netflix Renews A Discovery of Witches", day) == [
        ("renewed", "A Discovery of Witches", None)
    ]
    assert read_of("MGM+ Renews From for Season 4", day) == [("renewed", "From", 4)]
    assert read_of("HBO Renews a season of Barry", day) == [("renewed", "Barry", None)]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # what a show ends in its story
        (
            "'Grey's Anatomy' Is Officially Ending Its Most Important Era",
            "After 22 seasons, Grey's Anatomy is taking a risk and ending the fan-favorite couple Derek and"
            " Meredith as she agrees to marry again.",
        ),
        # a finale's trailer, to the learned reading too
        (
            "The Boys Make Their Last Stand At The White House In Series Finale Trailer",
            "The Boys is officially coming to an end in the last trailer for the upcoming finale as beloved"
            " vigilantes attempt to destroy Homelander forever.",
        ),
    ],
)
def test_an_era_ended_or_a_finale_trailer_is_no_ending(title: str, summary: str) -> None:
    assert classify(Item(title, summary, date(2026, 4, 1))) == []
    # its run is the show
    assert read_of("'Grey's Anatomy' ends its 20-year run", date(2026, 4, 1)) == [
        ("ended", "Grey's Anatomy", None)
    ]


@pytest.mark.parametrize(
    ("title", "found"),
    [
        # a season's run on air, by its audience
        ("Streaming Ratings: 'Landman' Wraps Second Season With Another Big Week", []),
        ("'Landman' Wraps Second Season With Record Ratings", []),
        # a shoot, whatever its ratings
        ("'Landman' Wraps Filming on Season 2 as Ratings Soar", [("wrapped", "Landman", 2)]),
        ("'Landman' Wraps Season 2", [("wrapped", "Landman", 2)]),
    ],
)
def test_a_season_wrapped_by_its_ratings_is_aired_not_shot(
    title: str, found: list[tuple[str, str, int]]
) -> None:
    assert read_of(title, date(2026, 3, 20)) == found


@pytest.mark.parametrize(
    "title",
    [
        "Star Trek Actors Defend Canceled Starfleet Academy: 'Our Show Is Phenomenal'",
        "Uncoupled Co-Star Reaction to Show's Unexpected Cancellation: Not Returning to NYC",
    ],
)
def test_a_show_s_people_and_what_they_do_are_no_name(title: str) -> None:
    assert read_of(title, date(2026, 3, 20)) == []


@pytest.mark.parametrize(
    "title",
    [
        "Abbott Elementary to Return for Seventh Season",
        "Abbott Elementary to Return for Season 7",
        "Abbott Elementary to Return for a Seventh Season",
        "Abbott Elementary Will Return for Seventh Season",
    ],
)
def test_a_two_word_title_returning_for_a_counted_season_is_the_show_s_return(title: str) -> None:
    # (as a person's return to a show named after the verb is not: "Jessica Lange to Return for 'American
    # Horror Story' Season 8")
    assert read_of(title, date(2026, 3, 20)) == [("renewed", "Abbott Elementary", 7)]
    assert read_of("Jessica Lange to Return for 'American Horror Story' Season 8", date(2018, 3, 20)) == []


@pytest.mark.parametrize(
    ("title", "found"),
    [
        (
            "Netflix announces that cult favorite 'What We Do in the Shadows' will return for a 4th season",
            [("renewed", "What We Do in the Shadows", 4)],
        ),
        (
            "NBC Cancels Morris Chestnut's 'What We Do in the Shadows' Plus 7 Other Shows",
            [("cancelled", "What We Do in the Shadows", None)],
        ),
        # someone's words quoted, who speaks first, then the news after a spaced hyphen
        (
            "'We're not in Richmond anymore!' - Apple TV confirm Ted Lasso season four is in production and"
            " share teaser clip",
            [("in_production", "Ted Lasso", 4)],
        ),
    ],
)
def test_a_quoted_title_with_we_and_small_words_is_a_title(
    title: str, found: list[tuple[str, str, int]]
) -> None:
    assert read_of(title, date(2022, 3, 20)) == found


def test_a_season_finale_confirmed_by_a_star_is_no_renewal() -> None:
    # what a season's finale was, confirmed by its star after a comma: told of a season made, no renewal
    # (the series' finale, the show's end told again)
    day = date(2025, 6, 1)
    assert read_of("'Ted Lasso' Season 3 Finale Was Series Finale, Confirms Jason Sudeikis", day) == [
        ("ended", "Ted Lasso", 3)
    ]
    assert read_of("'Reacher' Season 4 Is Happening, Confirms Alan Ritchson", day) == [
        ("renewed", "Reacher", 4)
    ]


def test_a_final_seasons_part_is_not_its_season() -> None:
    # "Part 2" of a final season numbers the part, not the season ("'The Glory' Part 2" still does)
    found = classify(Item("'The Crown' Final Season Part 2 Premiere Date Set at Netflix", ""))
    assert {f.season for f in found} == {None}
    assert [(f.kind, f.season) for f in classify(Item("'The Glory' Part 2 Premiere Date Set", ""))] == [
        ("premiere_date", 2)
    ]


def test_a_spin_off_named_first_is_not_the_show_it_spun_off_from() -> None:
    day = date(2025, 6, 1)
    # the quoted spin-off is the show; the other quoted title, after "With", is no show renewed
    assert read_of("Peacock Renews 'Beyond the Villa' Spinoff With 'Love Island USA' Winners", day) == []
    # the spin-off named after the show it is of
    assert read_of("Netflix Renews 'Money Heist' Spinoff Berlin for Season 2", day) == [
        ("renewed", "Berlin", 2)
    ]
    assert read_of("Netflix Confirms Season 2 for 'Money Heist' Spin-off Show 'Berlin'", day) == [
        ("renewed", "Berlin", 2)
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a count of seasons ordered, counted after the season that airs
        (
            "'Haha, You Clowns' Gets Two-Season Renewal At Adult Swim Ahead Of Season 1 Finale",
            [("renewed", "Haha, You Clowns", 2), ("renewed", "Haha, You Clowns", 3)],
        ),
        (
            "'King of the Hill' Scores 2-Season Renewal at Hulu Ahead of Season 15 Premiere",
            [("renewed", "King of the Hill", 16), ("renewed", "King of the Hill", 17)],
        ),
        # the renewals undone are the end told, not a cancellation of the season the show ends with
        (
            "'Smiling Friends' Creators Share Show Will End With Season 3, Scrapping Earlier Renewals",
            [("ended", "Smiling Friends", 3)],
        ),
        # a person's overall deal re-upped, then a season's window teased
        (
            "'Chad Powers' Showrunner Michael Waldron Re-Ups Overall Deal With 20th Television,"
            " Teases Season 2 Premiere Window On Hulu",
            [],
        ),
        ("HBO Re-Ups 'Succession' for Season 4", [("renewed", "Succession", 4)]),
        # a film's treatment dropped; a series not moving forward is still called off
        ("Paramount Not Moving Forward With 'G.I. Joe' Treatment From Max Landis", []),
        ("Netflix Not Moving Forward With 'Grendel' Series", [("cancelled", "Grendel", None)]),
    ],
)
def test_the_trade_press_s_counts_deals_and_undone_renewals(
    title: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert read_of(title, date(2025, 6, 1)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # someone from one show joins another, whose shoot it is
        (
            "'Yellowstone' Alum Ian Bohen Joins 'Lioness' as Production Begins on Season 3 (EXCLUSIVE)",
            [("in_production", "Lioness", 3)],
        ),
        # a remake's shoot is another show's or a film's
        ("The Ink Factory Wraps Production on Chinese-Language Remake of 'The Night Manager'", []),
        ("Warner Bros. Begins Production on Korean Remake of 'The Intern' Starring Choi Min-sik", []),
        # a season's reunion and an upfront's date are no season's premiere
        ("Peacock's 'Love Island USA' Season 8 Reunion Sets August Premiere With Andy Cohen as Host", []),
        (
            "As WBD Merger Drama Swirls, Media Giant Sets Date Of Discovery Global 2026 Upfront Presentation",
            [],
        ),
        # the season named first is the one premiering (a numbered season after an ordinal is not one)
        (
            "Taylor Sheridan's 'The Madison' Sets Paramount+ Premiere Date For Shorter First Season With"
            " Season 2 In The Wings",
            [("premiere_date", "The Madison", 1)],
        ),
        (
            "'The Secret Lives of Mormon Wives' Releases First Season 4 Teaser and Sets Premiere Date",
            [("premiere_date", "The Secret Lives of Mormon Wives", 4)],
        ),
        # who sets a date, before a show quoted after, is no show; the show the date is "for" is
        ("Alyssa Farah Griffin Sets 'The View' Return Date", []),
        (
            "Mubi Unveils Release Date For Wong Kar Wai's First TV Series 'Blossoms Shanghai'",
            [("premiere_date", "Blossoms Shanghai", None)],
        ),
        # (someone's words quoted after the statement are no show)
        (
            "The Boys' second season gets premiere date as producer teases it will be 'stranger'",
            [("premiere_date", "The Boys", 2)],
        ),
        # a show described after a semicolon is not the one quoted before it
        (
            "'The Rookie' Moves To Monday To Make Room For 'RJ Decker'; New Scott Speedman Series Gets ABC"
            " Premiere Date",
            [],
        ),
    ],
)
def test_the_trade_press_s_shoots_and_dates_of_other_shows(
    title: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert read_of(title, date(2025, 6, 1)) == expected


def test_a_day_the_news_follows_is_no_premiere() -> None:
    # (the whole headline, "... and Season 4 Renewal Following Oct. 7 Delays", is the renewal: the
    # decision before the date)
    title = "Israeli Drama 'Tehran' Gets Season 3 Release Date Following Oct. 7 Delays"
    found = classify(Item(title, "", date(2025, 6, 1)))
    assert [(f.kind, f.season, f.date) for f in found] == [("premiere_date", 3, None)]


def test_an_order_through_a_season_gives_each_season_from_the_one_airing_or_the_catalogue_s_next() -> None:
    day = date(2025, 6, 1)
    assert read_of("'Welcome to Wrexham' Renewed Through Season 8 at FX Ahead of Season 5", day) == [
        ("renewed", "Welcome to Wrexham", 6),
        ("renewed", "Welcome to Wrexham", 7),
        ("renewed", "Welcome to Wrexham", 8),
    ]
    # without a season to count from, the last season ordered alone
    assert read_of("'Welcome to Wrexham' Renewed Through Season 8 at FX", day) == [
        ("renewed", "Welcome to Wrexham", 8)
    ]
    greys = {search_key("Grey's Anatomy"): [Name("greys-anatomy", "Grey's Anatomy", next_season=21)]}
    found = classify(Item("'Grey's Anatomy' Renewed Through Season 22", "", day), lambda k: greys.get(k, []))
    assert [(f.show, f.season) for f in found] == [("greys-anatomy", 21), ("greys-anatomy", 22)]


@pytest.mark.parametrize(
    "title",
    [
        # a franchise's new work, a show praised or described, a word, a time: no show named
        "New Superman Series Officially Sets Summer Release Date",
        "Crunchyroll Officially Sets New Dragon Ball Anime Release Date for Goku's Greatest Adventure Yet",
        "New Bleach Project Officially in Production With First Look",
        "PBS' Brilliant British Detective Thriller Sets Season 2 Release Date With First Look",
        "Netflix's Hit Western Series Officially Unveils Summer Release Date With First Look",
        "Netflix's Superhero Show Officially Sets Hulu Release Date (But There's a Twist)",
        "After 13-Year Wait, Star Wars' Shelved Animated Series Confirms Release Date",
        "Law & Order Spinoff Sets Official Season 2 US Release Date",
        "Anya Taylor-Joy's Highly Anticipated Crime Thriller Officially Premieres Next Month",
        "4 Years After Cancellation, The Expanse Returns in December With Its Post-Season 6 Continuation",
    ],
)
def test_the_entertainment_sites_descriptions_name_no_show(title: str) -> None:
    assert read_of(title, date(2026, 4, 1)) == []


def test_a_show_titled_new_is_still_a_title() -> None:
    assert read_of("New Amsterdam Season 5 Release Date Set", date(2022, 6, 1)) == [
        ("premiere_date", "New Amsterdam", 5)
    ]


@pytest.mark.parametrize(
    ("title", "summary", "show"),
    [
        # a subtitled title stays whole when the summary writes its franchise alone
        (
            "Alien: Earth Is Officially Reuniting Game of Thrones Greatest Duo as Season 2 Begins Filming",
            "Game of Thrones fans now have even more reason to check out FX's Alien series.",
            "Alien: Earth",
        ),
        (
            "The Walking Dead: Dead City Season 3 Release Date Officially Confirmed",
            "The Walking Dead spinoff will officially return sooner than expected.",
            "The Walking Dead: Dead City",
        ),
        # the headline's own cut at a colon is still mended by the summary
        (
            "Outlander: The official announcement has been made — filming has begun on Season 7",
            "With only a few episodes left in the truncated Season 6 of Outlander, viewers are already"
            " girding themselves against the droughtlander.",
            "Outlander",
        ),
    ],
)
def test_the_summary_does_not_cut_a_subtitled_title_to_its_franchise(
    title: str, summary: str, show: str
) -> None:
    found = classify(Item(title, summary, date(2026, 4, 1)))
    assert [f.show_title for f in found] == [show]


def test_a_final_season_told_as_the_background_is_not_the_renewal_s() -> None:
    found = classify(
        Item(
            "'Beauty in Black' Gets Surprise Season 4 Renewal After Final Season Announcement",
            "",
            date(2026, 4, 1),
        )
    )
    assert [(f.kind, f.season, f.final) for f in found] == [("renewed", 4, False)]
    found = classify(
        Item("'Beauty in Black' Renewed for 3rd and Final Season at Netflix", "", date(2026, 4, 1))
    )
    assert [(f.kind, f.season, f.final) for f in found] == [("renewed", 3, True)]
