"""What the held-out halves spent in the sixteenth session taught the classifier: wordings of decisions
it missed on headlines it had not been written against, and noise it proposed. Each case is a general
form (the headline that showed it, or one like it), not a fit to one item."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.radar import Item, classify

DAY = date(2024, 5, 1)


def found(title: str) -> list[tuple[str, str, int | None, bool]]:
    return [(f.kind, f.show_title, f.season, f.final) for f in classify(Item(title, "", DAY))]


@pytest.mark.parametrize(
    ("title", "kind", "show", "season", "final"),
    [
        # a decision's word in scare quotes is the word
        ("Upstart Crow 'axed' by BBC after three series", "cancelled", "Upstart Crow", 4, False),
        # "(Final)" is "and final"
        ("Sons of Anarchy: FX Announces Seventh (Final) Season, Touts Season Six Finale Ratings", "renewed",
         "Sons of Anarchy", 7, True),
        # "no movie" is no film's news
        ("'Community' canceled at NBC after five seasons and no movie", "cancelled", "Community", 6, False),
        # an event's dateline before a colon is where the news was told
        ("Comic-Con: Wynonna Earp Season 4 Greenlit by SyFy", "renewed", "Wynonna Earp", 4, False),
        ("SDCC 2024: 'Invincible' Renewed For Season 4", "renewed", "Invincible", 4, False),
        # an end date set, a swan song, the end of a season named
        ("It's Official: Justified Sets End Date, Season 6 Will Be Show's Swan Song", "ended", "Justified",
         6, True),
        ("'Wynonna Earp' Ending At The Conclusion Of Season 4", "ended", "Wynonna Earp", 4, True),
        ("The Umbrella Academy: Season 4 finale confirmed – completes series", "ended",
         "The Umbrella Academy", 4, True),
        # an explainer after the decision, in its own clause, leaves the decision told
        ("The CW Cancels Good Cop/Bad Cop After One Season — Here's the Real Reason", "cancelled",
         "Good Cop/Bad Cop", 2, False),
        # the show before its star or its network's description
        ("Mayor of Kingstown starring Jeremy Renner renewed for season 4 at Paramount+", "renewed",
         "Mayor of Kingstown", 4, False),
        ("Haven, Syfy show shot in Nova Scotia, cancelled after 5 seasons", "cancelled", "Haven", 6, False),
        ("Award-winning CBC, Max comedy drama Sort Of to end with third season", "ended", "Sort Of", 3, True),
        # a return to a place, a continuation with a season, more of a show, a final season as it airs
        ("It's Time to Graduate: Netflix's 'Heartbreak High' Revival Will Return to Hartley for a Third and"
         " Final Season", "renewed", "Heartbreak High", 3, True),
        ("'Invincible Youth' to continue next year with season two!", "renewed", "Invincible Youth", 2,
         False),
        ("'Shrinking' to continue with season three", "renewed", "Shrinking", 3, False),
        ("Jo Brand and Alan Davies to return for more 'Damned' on Channel 4", "renewed", "Damned", None,
         False),
        ("Deborah Mailman and Rachel Griffiths return for more Total Control", "renewed", "Total Control",
         None, False),
        ("Jack Rooke's award-winning Big Boys returns for a third and final series on Channel 4", "ended",
         "Big Boys", 3, True),
        ("The BBC won't be making any more Count Arthur Strong", "cancelled", "Count Arthur Strong", None,
         False),
        # an order undone is background to the cancellation
        ("Netflix's \"GLOW\" Cancelled, Despite Season 4 Order", "cancelled", "GLOW", 4, False),
    ],
)  # fmt: skip
def test_decisions_the_spent_halves_taught(
    title: str, kind: str, show: str, season: int, final: bool
) -> None:
    assert found(title) == [(kind, show, season, final)]


def test_final_seasons_and_an_end_date_set_with_a_renewal_mark_the_last() -> None:
    assert found("'Big Mouth' & Spinoff 'Human Resources' Renewed for Final Seasons")[0] == (
        "renewed",
        "Big Mouth",
        None,
        True,
    )
    assert found("The Americans Renewed for Seasons 5 and 6 as FX Sets End Date") == [
        ("renewed", "The Americans", 5, False),
        ("renewed", "The Americans", 6, True),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "'Nashville' Nearing Season 5 Renewal at CMT",  # not yet
        "BBC Renewed Drama Round Up",  # a column
        "Milwaukee Air & Water Show canceled for this summer",  # an edition called off
        "The Apprentice is AXED for 2020 as the BBC decide to postpone series",
        "Brooklyn Nine-Nine Scraps Season 8 Scripts, Will 'Start Over' - CBR",  # scripts, not the season
        "WWE cancels TV tapings after wrestler tests positive for coronavirus",
        "ITV GMB's Dr Hilary makes passionate plea for Boris to scrap NHS staff parking fees",
        "The Crown confirms Lesley Manville will replace Helena Bonham Carter as Margaret in season 5",
        "Mayor of Kingstown Season 3 Finale Confirmed For February",
    ],
)
def test_noise_the_spent_halves_taught_proposes_no_decision(title: str) -> None:
    assert [f for f in found(title) if f[0] in ("renewed", "cancelled", "ended")] == []


def test_what_stays_read_beside_the_new_refusals() -> None:
    """The refusals above are narrow: a cancellation after a few episodes, a season named after the
    verb, a renewal announced, a show's star named with its show quoted."""
    assert found("Comeback show is axed after just three episodes") == [
        ("cancelled", "Comeback", None, False)
    ]
    assert found("Netflix Cancels 'High Seas' Season 4") == [("cancelled", "High Seas", 4, False)]
    assert found("FX Announces 'The Bear' Season 4") == [("renewed", "The Bear", 4, False)]
    assert found("Hell's Paradise Season 2 Announced After First Season Finale!") == [
        ("renewed", "Hell's Paradise", 2, False)
    ]
    assert found("thriller series starring James Nesbitt renewed for second series") == []


@pytest.mark.parametrize(
    ("title", "show"),
    [
        # the same session's reading of names the seen halves still got wrong
        # ("Mindy Kaling's Scooby-Doo Series Velma Has Seemingly Been Canceled By Max", hedged for the rules,
        # was read by the learned reading until the screen retrained in the thirty-fifth session gave it
        # 0.885, under 0.9: a loss left as measured; the name without its description, the rules read
        # unhedged)
        ("Mindy Kaling's Scooby-Doo Series Velma Has Been Canceled By Max", "Velma"),
        ("Netflix Wrestles With Its Conscience, Cancels GLOW Due to the Coronavirus", "GLOW"),
        ("Ricky Gervais gets a second series of Derek", "Derek"),
        ("AMC Renews the Acclaimed Lodge 49 for a Second Season", "Lodge 49"),
        ("Second season of 'Mrs. Cop' confirmed to start airing soon!", "Mrs. Cop"),
        ("Mrs Brown's Boys axed by BBC after 12 years", "Mrs Brown's Boys"),
        ("'Lockwood & Co.' Rescued By Peacock For Season 2", "Lockwood & Co."),
        ("'The Expanse' Finds New Home At Amazon For Season 4", "The Expanse"),
        ("'Timeless' Un-Cancelled By NBC For Season 2", "Timeless"),
        ("Final Season of Better Call Saul Returns This April", "Better Call Saul"),
        ("Vikings Debuts Official Final Season Trailer, Premiere Date Announced", "Vikings"),
        ("Solo Leveling Anime's Season 2 Premieres January 4", "Solo Leveling"),
        ("'The Afterparty' Won't Be Returning For A Third Season", "The Afterparty"),
    ],
)
def test_names_read_whole_and_without_what_describes_them(title: str, show: str) -> None:
    assert [f[1] for f in found(title)] == [show]


# The seventeenth session spent the odd halves of the twentieth and twenty-first sets (US and British
# trade press as a news reader collected it): what they taught.


@pytest.mark.parametrize(
    ("title", "kind", "show", "season", "final"),
    [
        # a revival: ordered, greenlit, saved or revived, of a show the headline names (the season left
        # for the curator)
        ("'Futurama' Revival Ordered at Hulu With Original Cast Returning", "renewed", "Futurama", None,
         False),
        ("'Party Down' Revival Gets Starz Greenlight", "renewed", "Party Down", None, False),
        ("Hulu Orders 'Animaniacs' Revival", "renewed", "Animaniacs", None, False),
        ("Drake Revives British Drama 'Top Boy' as Netflix Original Series", "renewed", "Top Boy", None,
         False),
        ("NBC Saves 'Brooklyn Nine-Nine'", "renewed", "Brooklyn Nine-Nine", None, False),
        ("'Brooklyn Nine-Nine' Saved: NBC Picks Up Comedy After Fox Cancellation", "renewed",
         "Brooklyn Nine-Nine", None, False),
        ('"Reading Rainbow" to return after 15-year hiatus', "renewed", "Reading Rainbow", None, False),
        # ("'Frasier' returns after a 19-year break" is read by the rules, and taken back by the screen
        # retrained in the twenty-ninth session, at 0.901: tests/domain/test_radar.py keeps the rules'
        # reading)
        # "Season N of X announced", as "Second season of X announced" was
        ("Season 2 of Arcane announced", "renewed", "Arcane", 2, False),
        ("Second Season of Arcane confirmed", "renewed", "Arcane", 2, False),
        # a quoted show says goodbye or signs off: its last episode
        ("'This Is Us' Says Goodbye: How a Drama Changed Broadcast", "ended", "This Is Us", None, True),
        ("'Breaking Bad' signs off with big ratings", "ended", "Breaking Bad", None, True),
        # a series' finale movie is the series' end, not a film's news
        ("'Being Mary Jane' To End In 2018 With 2-Hour Series Finale Movie On BET", "ended",
         "Being Mary Jane", None, True),
        # (and what the seen halves' misses still taught, read beside them)
        # the twenty-seventh set (2025-26), spent in the same session: a season airing is not the one
        # ordered, a year is not a title
        ("Landman Gets Season 3 Green Light Early Into Season 2 Run", "renewed", "Landman", 3, False),
        ("BBC confirms Celebrity Traitors season two for 2026", "renewed", "Celebrity Traitors", 2, False),
        ("Netflix confirms Wednesday season 3 for 2027", "renewed", "Wednesday", 3, False),
        # a show's final season to arrive; a goodbye to its viewers
        ("Beastars Final Season to Arrive on Netflix in 2024!", "ended", "Beastars", None, True),
        ('"Tahanang Pinakamasaya" Says Goodbye to Viewers', "ended", "Tahanang Pinakamasaya", None, True),
        # the twenty-second set (feed items of 2022), spent in the same session: a show that ends its
        # run, returns with a new season, is yanked after a few episodes, or of which more is ordered
        ("'Arthur', The Longest-Running Children's Show In U.S. TV History, Ends Run With Characters In The"
         " Year 2042", "ended", "Arthur", None, True),
        ("Jhalak Dikhhla Jaa to return with new season on Colors", "renewed", "Jhalak Dikhhla Jaa", None,
         False),
        ("A&E's 'Adults Adopting Adults' Reality Series Yanked After Three Episodes", "cancelled",
         "Adults Adopting Adults", None, False),
        ("Paramount+ Orders More '1883' and Another 'Yellowstone' Prequel", "renewed", "1883", None, False),
        # the thirtieth set (2025-26), scored once, then spent in the same session: the show the verb acts
        # on, not a quote in a statement joined on after it; the title after its description or before
        # a colon its makers' names follow; a season in the quoted name; a return after years away
        ("CBS Finally Renewed Watson After Strong Premiere Ratings, And Now I See Why Morris Chestnut Is"
         " Grateful To Taylor Swift For 'Showing Up'", "renewed", "Watson", None, False),
        ("The Studio: Apple TV+ Renews Rogen, Goldberg Series for Season 2", "renewed", "The Studio", 2,
         False),
        ("Seth Rogen's Scarily Accurate Hollywood Satire The Studio Scores Season 2 At Apple TV+", "renewed",
         "The Studio", 2, False),
        ("Amazon Prime Confirms 'Panchayat Season 5' for 2026 After Overwhelming Success of Season 4",
         "renewed", "Panchayat", 5, False),
        ("Doctor Foster set for BBC return after 8-year break with new series", "renewed", "Doctor Foster",
         None, False),
        ("Max sinks Our Flag Means Death after two seasons", "cancelled", "Our Flag Means Death", 3, False),
        # a length of time is no hedge; what follows "because" is another statement; a talk show talks not
        ("Stranger Things finale divides fans as show ends after nearly a decade", "ended", "Stranger Things",
         None, True),
        ("Channel 5 show The Bachelor is axed because bosses want to focus on more entertainment",
         "cancelled", "The Bachelor", None, False),
        ("'The Talk' talk show to end after 15 seasons", "ended", "The Talk", 15, True),
        # a show to finish in a year or with a season (not filming)
        ("Scottish soap River City to finish in 2026 after more than 20 years", "ended", "River City", None,
         True),
        ("'The Crown' will finish with season 6", "ended", "The Crown", 6, True),
        # a capital after a lower-case verb is a title's word, even a hedge's ("Almost", "Wants")
        ("Fox cancels Almost Human (Firefly also still canceled)", "cancelled", "Almost Human", None, False),
        # the season confirmed, then who stars in it
        ("'Secret Forest' Confirms Season 2 With Jo Seung Woo Set to Star", "renewed", "Secret Forest", 2,
         False),
        ("'Bloodhounds' Confirms Season 2 With Rain Joining Cast", "renewed", "Bloodhounds", 2, False),
        # a first clause that decides of a show unnamed, a later one that names it
        ("Netflix Cancels Another Show: Messiah Gets The Axe After Just One Season", "cancelled", "Messiah",
         2, False),
        # a green light from a network named before it, for a season the headline names
        ("Harley Quinn Season 5: Animated Series Gets Official Max Green Light", "renewed", "Harley Quinn",
         5, False),
        ("'True Detective': Kali Reis Joins Jodie Foster In Season 4 As It Gets HBO Green Light", "renewed",
         "True Detective", 4, False),
        # a network returns to its show for another season
        ("FOX Returns To Wayward Pines For A Second Season", "renewed", "Wayward Pines", 2, False),
        # an early renewal given for a show described, then quoted
        ('FOX Gives Early Renewal for Highly Anticipated Animated Comedy "Universal Basic Guys"', "renewed",
         "Universal Basic Guys", None, False),
    ],
)  # fmt: skip
def test_decisions_the_trade_press_halves_taught(
    title: str, kind: str, show: str, season: int | None, final: bool
) -> None:
    assert found(title) == [(kind, show, season, final)]


@pytest.mark.parametrize(
    "title",
    [
        # a revival of a show the headline only describes, or hedged, or who revives it
        "Cancelled Netflix Favorite Is Getting Resurrected On Cable Channel",
        "'The Mindy Project' Has Reached Its Conclusion, Whether Hulu Saves It or Not",
        "The Anime's Christmas Showdown Trailer Resurrects Our Favorite 'Tokyo Revengers' Characters",
        # a thing of the season, not the season
        "'South Park' Gets Season 25 Promo, First-Look Photos",
        "'Bosch' Gets Season 7 Trailer",
        # a character's goodbye, a break
        "'NCIS' Says Goodbye to Ziva",
        "'SNL' signs off for the summer",
        # a list, a teaser of a cast, easter eggs, an era, a manner of speaking
        '"Unrenewed" TV shows: Stumptown, Why Women Kill, GLOW and more series with reversed renewals',
        "Guess Who Will Be Back for Season 9 of The Real Housewives of New Jersey",
        "Black Mirror season 4 easter eggs that confirm it's a shared universe",
        "The Age of Peak TV Is Ending. An Age of Austerity Is Beginning.",
        "The Challenge: Final Reckoning Trailer Warns Season 32 Is the End of the Show As You Know It",
        # a film's hero on television is no revival the headline can tell
        "'Jack Reacher' Returns to Television. This Time, He's Full Size",
        "'Bloodhounds' Confirms Season 2 Release With Trailer",  # the release confirmed, no season ordered
        "'Bloodhounds' Confirms Season 2 Cast",
        "Netflix's 'Tires' Gets Green Light",  # a first order: no season to read
        "Rosehaven returns for a fifth season",  # returns: an order or a premiere, the headline does not say
        "Netflix's Stranger Things Could Be Cancelled",  # a hedge in a headline written in capitals
        "Saving Hope showrunner Adam Pettle discusses the decision to end the series",
        "Netflix announces the final season to arrive in 2024",  # which show, the headline does not say
        "'Bluey' to return with new episodes in 2026",  # episodes, not a season
        "'The Crown' yanked from schedule after Queen's death",  # a broadcast pulled, not the show
        "Tour ends run in London",
        "'Severance' to finish filming in May",
        # a show described, never named; a decision awaited; an idiom; a cancelled show as a description
        "Netflix Has Finally Renewed A Steamy, Star-Studded Show For A Second Season",
        "J.J. Abrams' Crime Drama Canceled by HBO Max After One Season Despite Strong Reviews",
        "Jason Momoa's 'Chief of War' awaits season 2 renewal",
        "Mystery Road: Origin Series 2 Sinks Its Hooks Deep Into the Outback",
        "Social Media Users Think This Canceled Fantasy Prime Video Series Deserved More Seasons",
        # what someone saved or rescued in lower case is no show revived
        'TIL in 1940 Charles "Mad Jack" Howard went on a mission to France, rescued fifty nuclear scientists',
        "'Timeless' saved the day",
    ],
)
def test_noise_the_trade_press_halves_taught_proposes_no_decision(title: str) -> None:
    assert [f for f in found(title) if f[0] in ("renewed", "cancelled", "ended")] == []


def test_milestones_and_dates_the_thirtieth_set_taught() -> None:
    """A season already filming; a premiere date released under a title before a colon (the title, not
    the date's words); a clue is no news."""
    assert found("A Knight of the Seven Kingdoms: season 2 is already filming") == [
        ("in_production", "A Knight of the Seven Kingdoms", 2, False)
    ]
    assert [f[:3] for f in found("Sweet Magnolias: Season Five Premiere Date & First Photo Released")] == [
        ("premiere_date", "Sweet Magnolias", 5)
    ]
    assert found("Here's a Major Clue 'Bridgerton' Season 2 Is Already Filming") == []


def test_a_final_season_that_starts_in_a_month_is_its_premiere_under_the_title() -> None:
    """ "The Righteous Gemstones' Fourth and Final Season Starts in March": the month is the premiere's,
    the title is the show's without its possessive and its season."""
    assert found("'The Righteous Gemstones' Fourth and Final Season Starts in March") == [
        ("ended", "The Righteous Gemstones", 4, True),  # (the final season's end, then its premiere)
        ("premiere_date", "The Righteous Gemstones", 4, False),
    ]
    assert [
        f[:2] for f in found("Brockmire's Final Season Begins March 18; The Good Doctor Gets 4th Season")
    ] == [("ended", "Brockmire"), ("premiere_date", "Brockmire")]


def test_the_summary_gives_the_season_a_headline_leaves_out() -> None:
    """An ending's last season from "after six seasons", a cancellation's from "won't be renewing ... for
    a fourth"; nothing when the summary does not say."""

    def with_summary(title: str, summary: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.season) for f in classify(Item(title, summary, DAY))]

    assert with_summary(
        "Packed to the Rafters ending confirmed",
        "It's official. Packed to the Rafters will come to an end next month after six successful seasons"
        " on Seven.",
    ) == [("ended", 6)]
    assert with_summary(
        "Netflix Canceled 'One Day at a Time' in the Most Frustrating Way Possible",
        "A month after dropping the third season, Netflix announced that it won't be renewing the acclaimed"
        " series for a fourth.",
    ) == [("cancelled", 4)]
    assert with_summary("Packed to the Rafters ending confirmed", "The studio lights are going dark.") == [
        ("ended", None)
    ]


@pytest.mark.parametrize(
    ("title", "kind", "show", "season", "final"),
    [
        # the thirty-first set's even half (2023-26), spent in the eighteenth session: a show's
        # cancellation named as a headline's lead; the title in a round-up's own item; the "it" of a
        # title whose season the part before the colon names; a quoted show over or done at its network
        ("Neighbours Amazon cancellation: Boss of beloved soap reveals why show was cancelled after two and"
         " a half years - despite strong ratings", "cancelled", "Neighbours", None, False),
        ("Netflix 1899 cancellation: thousands of fans sign petition to save show", "cancelled", "1899",
         None, False),
        ("Your TV Source Roundup: 'Firefly Lane' Trailer, 'Florida Man' Trailer, 'Fear the Walking Dead'"
         " Trailer, 'Grey's Anatomy' Renewed, and More!", "renewed", "Grey's Anatomy", None, False),
        ("Deadloch season two: Kate McLennan and Kate McCartney confirm it's coming and it's going to be"
         " really hot", "renewed", "Deadloch", 2, False),
        ("'Found' Is Over At NBC", "cancelled", "Found", None, False),
        ("'Found' Done At NBC After Two Seasons", "cancelled", "Found", 3, False),
        ("'Letterkenny' Officially Ending", "ended", "Letterkenny", None, True),
        # the thirty-second set's even half (2012-26, decisions): a quoted show's cancellation that leads
        # to something; done at a network, said officially; the axe falling on a show; a season that is
        # coming; a title that opens with a hedge's word
        ("'Forever' cancellation leads to heartfelt message from Ioan Gruffudd", "cancelled", "Forever",
         None, False),
        ("Constantine officially done at NBC (but it's not dead yet)", "cancelled", "Constantine", None,
         False),
        ("Axe falls on Neighbours after 40 years", "cancelled", "Neighbours", None, False),
        ("Bump Season 4 is coming and we're jumping forward two more years", "renewed", "Bump", 4, False),
        ("Hope Street recommissioned", "renewed", "Hope Street", None, False),
        # names: a TV show after the title's colon is no title; a comma's next act is not the verb's
        # object; a kind of story after the title describes it
        ("Last Resort: TV Show Cancelled by ABC", "cancelled", "Last Resort", None, False),
        ("BBC Cancels Doctors After 23 Years, Reveals Reason Behind 'Difficult Decision'", "cancelled",
         "Doctors", None, False),
        ("Hope Street Police Drama Recommissioned", "renewed", "Hope Street", None, False),
        # the thirty-third set's even half (2018-26, decisions, many of them African and Asian series): a
        # channel that cans a quoted show, a season the last of several shows, a show that ends and is
        # replaced, a final season set for a year, a title holding a noise's word; names: an era's end
        # as the lead, a title with a possessive inside its quotes, a show named by its kind after a verb
        # written in lower case
        ("Mzansi Magic cans 'Gqeberha: The Empire'", "cancelled", "Gqeberha: The Empire", None, False),
        ("Mzansi Magic officially announces it is canning Ferguson Films' 'The Queen'", "cancelled",
         "The Queen", None, False),
        ("HBO Max just canceled 'Titans' — season 4 will be their last", "cancelled", "Titans", 5, False),
        ("Isibaya Comes To An End, Gets Replaced By New Series By Diepsloot", "ended", "Isibaya", None,
         True),
        ("My Hero Academia Final Season Set for 2025; Teaser Released", "ended", "My Hero Academia", None,
         True),
        ("Interview with the Vampire Renewed for Season 3", "renewed", "Interview with the Vampire", 3,
         False),
        ("End of an Era: 7de Laan Cancelled After 23 Years", "cancelled", "7de Laan", None, False),
        ('Netflix Confirms Second Season for "The Victims\' Game"', "renewed", "The Victims' Game", 2, False),
        ("Citizen TV cancels popular show Machachari after 13 years on air", "cancelled", "Machachari", None,
         False),
        # a quoted title the object's words were cut inside, at a comma set within its quotes
        ('ITV Commissions a Second Series of the Acclaimed Thriller "Code of Silence," Starring Rose'
         " Ayling-Ellis", "renewed", "Code of Silence", 2, False),
    ],
)  # fmt: skip
def test_decisions_the_thirty_first_set_taught(
    title: str, kind: str, show: str, season: int | None, final: bool
) -> None:
    assert found(title) == [(kind, show, season, final)]


@pytest.mark.parametrize(
    "title",
    [
        # a renewal talked about, across a title's colon
        "\"If it's produced, there's no reason to turn it down\"— Ju Ji-hoon addresses anticipation"
        " surrounding The Trauma Code: Heroes on Call Season 2 renewal",
        # a cancellation named in someone's words, hedged, asked about, or a kind of news
        "THE ACOLYTE Cancellation: Lucasfilm May Have Been Planning Season 2 Up Until Very Recently",
        "Joshua Jackson Speaks Out on 'Doctor Odyssey' Cancellation: 'I'm Sad We Don't Get to Go Back'",
        "2023's First Major Series Cancellation: The Darkmakers flops 1899",
        "Safe From Cancellation: Renewed Television Series",
        # a list of soaps, an exclusive interview, a shoot's date, a show that gets replaced
        "Beloved Soapies That Got Cancelled On SA Television",
        "Exclusive Interview: The Bear Cast on Season 4 Renewal",
        "Interview with the Vampire Season 2 Filming Set for This April",
        "HBO Max Cancels Show After Already Renewing It for Season 2",
        "Russell Brand cancels comedy dates after allegations",
        # a list, a descriptor, a season coming somewhere, a duo's word about characters
        "My Top 5 programmes axed after just one season",
        "The First Cancelled TV Show of Each Fall Season",
        "Bump Season 4 is coming to Stan in May",
        "Still Game comedy duo say Jack and Victor will not be back",
        # over or done, not at a network
        "'The Bear' Is Over The Moon About Its Emmys",
        "'Wednesday' Done Filming Season 2",
        # a list of titles whose verb is the first's, not a round-up's items
        "'The Good Doctor', 'A Million Little Things', 'Big Sky' & 'The Mighty Ducks' Among Series That"
        " Have Started Production In Vancouver",
    ],
)
def test_noise_the_thirty_first_set_taught_proposes_no_decision(title: str) -> None:
    assert [f for f in found(title) if f[0] in ("renewed", "cancelled", "ended")] == []


@pytest.mark.parametrize(
    ("title", "kind", "show", "season", "final"),
    [
        # the nineteenth session (spent even halves of the thirty-second and thirty-third sets): a show
        # cancelled along with others; a final season ordered; over after one season; fans' feelings
        # as the lead; a show that becomes the latest axed; a rumour the news puts to rest
        ("ABC cancels Agent Carter along with other shows", "cancelled", "Agent Carter", None, False),
        ("ABC cancels Agent Carter alongside two dramas", "cancelled", "Agent Carter", None, False),
        ("SyFy Orders Shortened Final Season For 'Warehouse 13'", "renewed", "Warehouse 13", None, True),
        ("Netflix picks up final season of Lucifer", "renewed", "Lucifer", None, True),
        ("Cowboy Bebop is over after one season", "cancelled", "Cowboy Bebop", 2, False),
        ("Netflix's live-action Cowboy Bebop canceled after one season", "cancelled", "Cowboy Bebop", 2,
         False),
        ("Sanditon fans devastated as show is cancelled after just one season", "cancelled", "Sanditon", 2,
         False),
        ("River City becomes second soap axed in 2025 already", "cancelled", "River City", None, False),
        ("Fans Fume As Lockwood & Co Becomes The Latest Casualty in the Netflix TV Cancellation Spree",
         "cancelled", "Lockwood & Co", None, False),
        ("Foxtel's Wentworth confirmed for two more seasons amid rumours it was going to be axed", "renewed",
         "Wentworth", None, False),
        # a network that saves the title after it, unquoted
        ("NBC has saved Brooklyn Nine-Nine a day after Fox canceled it", "renewed", "Brooklyn Nine-Nine",
         None, False),
        ("Netflix rescues Lucifer", "renewed", "Lucifer", None, False),
        # an end announced; a quoted show that ends, as the headline's news
        ("Netflix announces the end of Stranger Things", "ended", "Stranger Things", None, True),
        ("Haikyuu anime announces its end", "ended", "Haikyuu", None, True),
        ("Fans dismayed as Kannada serial 'Magalu Janaki' abruptly ends", "ended", "Magalu Janaki", None,
         True),
        # names: words quoted as the lead in sentence case are someone's; a network's act ends at its clause
        ("'Pure love': Kylie pays tribute to Neighbours - axed after 37 years on screen", "cancelled",
         "Neighbours", None, False),
        ("BBC Three Cancels The British Puppet-Based Situation Comedy Mongrels; Family Guy's Future On BBC"
         ' Three "Debatable"', "cancelled", "Mongrels", None, False),
        ("'Call the Midwife': BBC renews drama", "renewed", "Call the Midwife", None, False),
        # the thirty-fourth set's even half: a quoted show that will air a further season; back on its
        # network next fall
        ("'Devious Maids' will air a second season on Lifetime", "renewed", "Devious Maids", 2, False),
        ("'Supernatural' Is Returning to the CW Next Fall", "renewed", "Supernatural", None, False),
        # the thirty-fifth set, spent whole: a decision undone, further seasons announced, a renewal
        # reversed, a network the rules now know
        ("Wentworth: No Longer 'Axed' - 2 Extra Seasons Announced", "renewed", "Wentworth", None, False),
        ("Netflix Reverses Renewal Of Its First African Original Series 'Queen Sono'", "cancelled",
         "Queen Sono", None, False),
        ("WGN Cancels Underground After 2 Seasons", "cancelled", "Underground", 3, False),
        ("Mzansi Magic's Beloved Telenovela GOMORA to End in October", "ended", "GOMORA", None, True),
        # the thirty-sixth set's even half: a serial that will go off air (from a month: the end, not a date)
        ("Mahabharat TV Serial will go off air from August 2014", "ended", "Mahabharat", None, True),
    ],
)  # fmt: skip
def test_decisions_the_nineteenth_session_taught(
    title: str, kind: str, show: str, season: int | None, final: bool
) -> None:
    assert found(title) == [(kind, show, season, final)]


@pytest.mark.parametrize(
    "title",
    [
        # a rumour that is the news, a party over, a schedule change, fans' feelings with no decision
        "Rumours: Wentworth axed",
        "The party is over after one season of fun",
        "Love Island axed from schedule tonight",
        "Sanditon fans are devastated as show is cancelled",
        "Netflix orders final season special",
        # a network's idiom, a person who saves a show
        "Netflix Saves The Day",
        "Netflix saves Christmas",
        "Bill Gates saves Lucifer",
        # the end of a thing, a season's end
        "The Crown announces the end of filming",
        "Netflix announces the end of password sharing",
        "'Succession' Season 4 ends",
        # a list of decisions, your favourite show, a season that airs, a person who returns
        "READ: What's Been Renewed, Axed And Saved By TBS (Hint: Cougar Town!)",
        "When Your Favorite TV Show Gets Cancelled",
        "'Devious Maids' will air its second season in May",
        "Jensen Ackles Is Returning to the CW Next Fall",
        "10 shows that were cancelled too soon",
        # the thirty-fifth set: a decision's word that describes what follows it, a chance at a season, a
        # show described and unnamed, a purge
        "Remembering Each Canceled Syfy Show",
        "Fans Rally to Save Axed Netflix Comedy Series: A Petition Gains Momentum",
        "Warner Bros. Discovery will receive up to $1 million more in tax write-offs from canceled content",
        "Bainbridge Island studio gets shot at second season for new show",
        "'Bosses decided the appetite for the show was over': Huge Channel 4 series is AXED despite being big"
        " hit with fans",
        "Gay-themed drama is latest victim of China's drive to purge 'harmful and obscene' content from web",
        "Colors axes yet another recently launched show",
        # the thirty-sixth set: a dilemma, a list of soaps, a question without its mark
        "To Cancel or Not To Cancel...My Streaming Services, That Is",
        "Top 5 Cancelled Soap Operas We Miss the Most",
        "Happy Season 3: Is it Canceled or Coming Soon...",
    ],
)
def test_noise_the_nineteenth_session_keeps_silent_on(title: str) -> None:
    assert [f for f in found(title) if f[0] in ("renewed", "cancelled", "ended")] == []


def test_two_titles_the_headline_counts_are_each_renewed() -> None:
    # "Two Shows That Were ...": the pair named before it, each its own proposal (by the rules; the title
    # judge of the twenty-first session doubts "Future Man", a name after "&" it barely knows)
    title = "Hulu Renews Runaways & Future Man, Two Shows That Were Pretty Good"
    assert [
        (f.kind, f.show_title, f.season, f.final) for f in classify(Item(title, "", DAY), screened=False)
    ] == [
        ("renewed", "Runaways", None, False),
        ("renewed", "Future Man", None, False),
    ]
    assert found("NBC Renews Law and Order") == [("renewed", "Law and Order", None, False)]


def test_a_renewal_and_a_cancellation_in_one_headline_are_both_told_in_its_order() -> None:
    assert found("Syfy Cancels 'Dark Matter,' Renews 'Killjoys' For Two Final Seasons") == [
        ("cancelled", "Dark Matter", None, False),
        ("renewed", "Killjoys", None, True),
    ]
    assert found("NBC Renews 'Grimm'; 'Dracula' Cancelled") == [
        ("renewed", "Grimm", None, False),
        ("cancelled", "Dracula", None, False),
    ]
    # (a list is of one decision: the other quoted show, cancelled in its own clause, is its own news)
    assert found("Netflix Renews 'Ozark' for Season 4, Cancels 'Altered Carbon'") == [
        ("renewed", "Ozark", 4, False),
        ("cancelled", "Altered Carbon", None, False),
    ]
    # (a cancellation that is the background is not news of its own)
    assert found("'Grimm' renewed after 'Dracula' cancellation") == [("renewed", "Grimm", None, False)]


def test_filming_that_comes_to_an_end_wraps_the_season() -> None:
    assert found("La Casa de Papel: Season 5 Recordings Come To An End") == [
        ("wrapped", "La Casa de Papel", 5, False)
    ]


def test_a_children_s_channel_is_a_network_not_a_show() -> None:
    # the twenty-first session: seen sets' headlines where the channel was read as the show
    assert found("Nickelodeon Renews PAW Patrol, Blue's Clues & You, And Santiago Of The Seas")[0][:2] == (
        "renewed",
        "PAW Patrol",
    )
    assert found("Cartoon Network renews Adventure Time, Steven Universe, other shows you like")[0][:2] == (
        "renewed",
        "Adventure Time",
    )
    # ("Right After": no title, and "Cult Series" names none)
    assert found("Disney Channel Cancels Cult Series Right After Season 2 Finale") == []
    assert [
        f for f in found("Discovery Channel has renewed Deadliest Catch for season 13") if f[1] == "Channel"
    ] == []


def test_a_network_drops_a_quoted_show_told_by_its_kind() -> None:
    # the forty-sixth set's even half: the show's kind in small words between the title and "after"
    assert found("FOX drops 'Bless the Harts' adult animated comedy after two seasons") == [
        ("cancelled", "Bless the Harts", 3, False)
    ]
    assert found("Netflix drops 'Lupin' trailer after two seasons of waiting") == []
    assert found("NBC Drops Kelly Clarkson After Four Seasons") == []


def test_a_decision_timed_before_an_episode_tonight_is_news() -> None:
    # the forty-fifth and forty-fourth sets' even halves
    assert found(
        "Freeform Renews \u201cCruel Summer\u201d for Second Season Ahead of Tonight\u2019s Finale"
    ) == [("renewed", "Cruel Summer", 2, False)]
    assert found("CBS dumps \u201cEqualizer\u201d after five seasons") == [
        ("cancelled", "Equalizer", 6, False)
    ]
    # (an episode off tonight's schedule is still no decision; people "dump" nothing of a network's)
    assert found("EastEnders axed from tonight's schedule") == []
    assert found("Fans dump 'Equalizer' after five seasons of loyalty") == []
