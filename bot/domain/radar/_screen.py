"""A learned screen behind the rules: a logistic regression over the words and letter groups of a
headline and its summary, trained by bench/radar_screen.py on the labelled headlines the rules have
seen (never on the held-out ones), that tells how likely the item announces a decision at all.

The rules stay the classifier: they name the show, the season and the kind. The screen only takes back
a decision the rules read, when the words around it look, with high confidence, like the news the
labelled sets hold that is no decision (a tour "cancelled", a player "axed", an actor's last scenes),
and only where the headline does not quote the show and give its season. bench/radar.py prints the
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

_WORD = re.compile(r"\b\w\w+\b")
SUMMARY_READ = 300  # the summary's first characters the screen reads
THRESHOLD = 0.9  # the least probability of "no decision" at which a rule's decision is taken back


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
    "a decision"; and the intercept. Kept as an index and two arrays of doubles: the 60,000 features
    of the bundled screen hold about 8 MB once read (18 MB at the peak of reading the file)."""

    __slots__ = ("_idf", "_index", "_weight", "intercept")

    def __init__(self, weights: dict[str, tuple[float, float]], intercept: float) -> None:
        self._index = {feature: i for i, feature in enumerate(weights)}
        self._idf = array("d", (idf for idf, _ in weights.values()))
        self._weight = array("d", (weight for _, weight in weights.values()))
        self.intercept = intercept

    def decision_probability(self, title: str, summary: str) -> float:
        values: list[float] = []
        weights: list[float] = []
        index = self._index
        for feature, count in Counter(features(text_of(title, summary))).items():
            i = index.get(feature)
            if i is not None:
                values.append((1.0 + math.log(count)) * self._idf[i])
                weights.append(self._weight[i])
        norm = math.sqrt(sum(v * v for v in values))
        logit = self.intercept
        if norm:
            logit += sum(v * w for v, w in zip(values, weights, strict=True)) / norm
        return 1.0 / (1.0 + math.exp(-logit))

    def doubts(self, title: str, summary: str) -> bool:
        """Whether the item is, with high confidence, no decision."""
        return 1.0 - self.decision_probability(title, summary) >= THRESHOLD

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Screen:
        names = data["features"]
        idf = data["idf"]
        weight = data["weights"]
        intercept = data["intercept"]
        assert isinstance(names, list) and isinstance(idf, list) and isinstance(weight, list)
        assert isinstance(intercept, int | float)
        weights = {str(n): (float(i), float(w)) for n, i, w in zip(names, idf, weight, strict=True)}
        return cls(weights, float(intercept))


MODEL_FILE = "screen.json.gz"


@cache
def bundled() -> Screen:
    """The screen shipped beside this module."""
    raw = resources.files(__package__).joinpath(MODEL_FILE).read_bytes()
    return Screen.from_json(json.loads(gzip.decompress(raw)))
