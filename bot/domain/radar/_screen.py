"""A learned screen behind the rules: a logistic regression over the words and letter groups of a
headline and its summary, trained by bench/radar_screen.py on the labelled headlines the rules have
seen (never on the held-out ones), that tells how likely the item announces a decision at all, and
how likely a series' milestone.

The rules stay the classifier: they name the show, the season and the kind. The screen only takes back
a decision the rules read, when the words around it look, with high confidence, like the news the
labelled sets hold that is no decision (a tour "cancelled", a player "axed", an actor's last scenes);
and, with its second head, a milestone when they look like no series' milestone (a film "wraps
filming"); never where the item states the season. bench/radar.py prints the
figures with it and, with `--rules-only`, without it.

The features and their weighting are the ones scikit-learn's TfidfVectorizer computes when given
`features` as its analyzer (sublinear term frequency, the stored inverse document frequency, unit
length), so the file the training writes is read here without scikit-learn."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from array import array
from collections import Counter
from functools import cache
from importlib import resources

from bot.domain.radar._titles import THRESHOLD as TITLE_THRESHOLD
from bot.domain.radar._titles import locate, span_features

_WORD = re.compile(r"\b\w\w+\b")
SUMMARY_READ = 300  # the summary's first characters the screen reads
THRESHOLD = 0.9  # the least probability of "no decision" (or "no milestone") that takes a finding back


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
        padded = f" {word} "
        length = len(padded)
        for n in range(2, 6):
            if n > length:
                break
            out.extend(padded[i : i + n] for i in range(length - n + 1))
    return out


class Screen:
    """A trained screen: for each feature kept, its inverse document frequency and its weight towards
    "a decision", and the intercept; and, when trained with one, a second head over the same features
    towards "a series' milestone" (filming began or wrapped, a premiere date); and the title judge's
    weights (bot/domain/radar/_titles.py). Kept as an index and arrays of doubles: the bundled screen's
    60,000 features and the judge's 27,000 hold about 12 MB once read (26 MB at the peak of reading the
    file)."""

    __slots__ = (
        "_idf",
        "_index",
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
    ) -> None:
        self._index = {feature: i for i, feature in enumerate(weights)}
        self._idf = array("d", (idf for idf, _ in weights.values()))
        self._weight = array("d", (weight for _, weight in weights.values()))
        self.intercept = intercept
        self._milestone = (
            None if milestones is None else array("d", (milestones.get(f, 0.0) for f in weights))
        )
        self.milestone_intercept = milestone_intercept
        self._titles = titles
        self.title_intercept = title_intercept

    def _probability(self, title: str, summary: str, head: array[float], intercept: float) -> float:
        values: list[float] = []
        weights: list[float] = []
        index = self._index
        for feature, count in Counter(features(text_of(title, summary))).items():
            i = index.get(feature)
            if i is not None:
                values.append((1.0 + math.log(count)) * self._idf[i])
                weights.append(head[i])
        norm = math.sqrt(sum(v * v for v in values))
        logit = intercept
        if norm:
            logit += sum(v * w for v, w in zip(values, weights, strict=True)) / norm
        return 1.0 / (1.0 + math.exp(-logit))

    def decision_probability(self, title: str, summary: str) -> float:
        return self._probability(title, summary, self._weight, self.intercept)

    def milestone_probability(self, title: str, summary: str) -> float | None:
        """None for a screen trained without the milestone head."""
        if self._milestone is None:
            return None
        return self._probability(title, summary, self._milestone, self.milestone_intercept)

    def doubts(self, title: str, summary: str) -> bool:
        """Whether the item is, with high confidence, no decision."""
        return 1.0 - self.decision_probability(title, summary) >= THRESHOLD

    def doubts_milestone(self, title: str, summary: str) -> bool:
        """Whether the item is, with high confidence, no series' milestone (never, without the head)."""
        p = self.milestone_probability(title, summary)
        return p is not None and 1.0 - p >= THRESHOLD

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
        return cls(
            weights, float(intercept), heads, float(milestone_intercept), judge, float(title_intercept)
        )


MODEL_FILE = "screen.json.gz"


@cache
def bundled() -> Screen:
    """The screen shipped beside this module."""
    raw = resources.files(__package__).joinpath(MODEL_FILE).read_bytes()
    return Screen.from_json(json.loads(gzip.decompress(raw)))
