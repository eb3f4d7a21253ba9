"""Title search: case, punctuation, accents, aliases, original titles and typos.

Built once in memory from the catalogue (`SearchIndex.build`) and kept up to date with `upsert`.
Three ways in, scored together:
- the whole folded name starts with the query (bisect over sorted names);
- every query word matches a word of a name: exactly, as a prefix (the word being typed), or within
  one or two edits (symmetric-delete lookup over the vocabulary, so no scan of all words);
- candidates come from the rarest matched word's posting list, so common words ("the", "of") never
  make a query walk the whole catalogue.
"""

from __future__ import annotations

import bisect
import heapq
import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_CANDIDATES = 4_000
PREFIX_EXPANSION = 64


def search_key(text: str) -> str:
    """Fold a title so width, case, accents and punctuation never hide a match."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    stripped = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    # Hangul decomposes under NFKD into jamo: recompose so Korean stays whole syllables.
    stripped = unicodedata.normalize("NFC", stripped)
    return " ".join("".join(c if c.isalnum() else " " for c in stripped).split())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts as one), or limit+1 if above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def allowed_edits(word: str) -> int:
    n = len(word)
    return 0 if n <= 2 else 1 if n <= 5 else 2


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index knows of a show: enough to rank and to label a suggestion."""

    show_id: int
    slug: str
    title: str
    names: tuple[str, ...]  # title, original title, aliases
    year: int | None = None
    platform: str = ""
    weight: float = 0.0  # tie-breaker: higher first (e.g. recency)


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    score: float
    matched: str  # the name that matched best


@dataclass
class SearchIndex:
    entries: dict[int, Entry] = field(default_factory=dict)
    _names: list[tuple[str, int]] = field(default_factory=list)  # sorted (folded name, show id)
    _words: dict[int, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)  # per name
    _postings: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _vocab: list[str] = field(default_factory=list)  # sorted
    _vocab_dirty: bool = False
    _deletes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> SearchIndex:
        index = cls()
        for entry in entries:
            index._add(entry)
        index._names.sort()
        index._vocab = sorted(index._postings)
        return index

    def __len__(self) -> int:
        return len(self.entries)

    def upsert(self, entry: Entry) -> None:
        """Add or replace one show (after a curator edit) without rebuilding."""
        self.remove(entry.show_id)
        self._add(entry)
        for key in {search_key(n) for n in entry.names}:
            bisect.insort(self._names, (key, entry.show_id))

    def remove(self, show_id: int) -> None:
        old = self.entries.pop(show_id, None)
        if old is None:
            return
        self._names = [(k, i) for k, i in self._names if i != show_id]
        for _, words in self._words.pop(show_id, ()):
            for w in words:
                self._postings[w].discard(show_id)

    def _add(self, entry: Entry) -> None:
        self.entries[entry.show_id] = entry
        keys = list(dict.fromkeys(k for k in (search_key(n) for n in entry.names) if k))
        per_name = []
        for key in keys:
            self._names.append((key, entry.show_id))
            words = frozenset(key.split())
            per_name.append((key, words))
            for w in words:
                if w not in self._postings:
                    self._vocab_dirty = True
                    for d in _deletes(w, allowed_edits(w)):
                        self._deletes[d].add(w)
                self._postings[w].add(entry.show_id)
        self._words[entry.show_id] = tuple(per_name)

    def _vocabulary(self) -> list[str]:
        if self._vocab_dirty:
            self._vocab = sorted(w for w, ids in self._postings.items() if ids)
            self._vocab_dirty = False
        return self._vocab

    # ------------------------------------------------------------ querying

    def _expand(self, word: str, last: bool) -> dict[str, float]:
        """Index words this query word may mean, each with how well it matches (1 = exact)."""
        out: dict[str, float] = {}
        if self._postings.get(word):
            out[word] = 1.0
        if last:
            vocab = self._vocabulary()
            i = bisect.bisect_left(vocab, word)
            for w in vocab[i : i + PREFIX_EXPANSION]:
                if not w.startswith(word):
                    break
                out.setdefault(w, 0.9)
        k = allowed_edits(word)
        if k:
            for d in _deletes(word, k):
                for w in self._deletes.get(d, ()):
                    if w in out or not self._postings.get(w):
                        continue
                    dist = edit_distance(word, w, k)
                    if dist <= k:
                        out[w] = 0.75 if dist == 1 else 0.55
                    elif last and len(w) > len(word) and edit_distance(word, w[: len(word)], 1) <= 1:
                        out[w] = 0.6  # a typo inside a word still being typed
        return out

    def search(self, query: str, limit: int = 25) -> list[Hit]:
        q = search_key(query)
        if not q or limit <= 0:
            return []
        scores: dict[int, tuple[float, str]] = {}

        # 1. Whole names that start with what was typed (covers scripts written without spaces).
        i = bisect.bisect_left(self._names, (q, -1))
        taken = 0
        while i < len(self._names) and taken < MAX_CANDIDATES and self._names[i][0].startswith(q):
            key, sid = self._names[i]
            score = 1.0 if key == q else 0.9 + 0.05 * len(q) / len(key)
            if score > scores.get(sid, (0.0, ""))[0]:
                scores[sid] = (score, key)
            taken += 1
            i += 1

        # 2. Word by word, tolerant of typos.
        words = q.split()
        expansions = [self._expand(w, last=(n == len(words) - 1)) for n, w in enumerate(words)]
        total = len(self.entries) or 1
        idf = [
            math.log(1 + total / (1 + sum(len(self._postings[w]) for w in exp))) if exp else 0.0
            for exp in expansions
        ]
        matchable = [n for n, exp in enumerate(expansions) if exp]
        if matchable:
            matchable.sort(key=lambda n: sum(len(self._postings[w]) for w in expansions[n]))
            candidates: set[int] = set()
            for n in matchable[:2]:
                for w in expansions[n]:
                    candidates |= self._postings[w]
                if len(candidates) >= MAX_CANDIDATES:
                    break
            weight_all = sum(idf) or 1.0
            for sid in candidates:
                best = (0.0, "")
                for key, words_of_name in self._words[sid]:
                    got = 0.0
                    for exp, w_idf in zip(expansions, idf, strict=True):
                        got += w_idf * max((v for w, v in exp.items() if w in words_of_name), default=0.0)
                    coverage = got / weight_all
                    # Prefer names with nothing left over: "Dark" over "Dark Matter" for "dark".
                    extra = max(len(words_of_name) - len(words), 0)
                    score = 0.85 * coverage - 0.02 * extra
                    if score > best[0]:
                        best = (score, key)
                if best[0] > scores.get(sid, (0.0, ""))[0]:
                    scores[sid] = best

        ranked = heapq.nlargest(
            limit,
            (
                (score, self.entries[sid].weight, -len(key), -sid)
                for sid, (score, key) in scores.items()
                if score >= 0.3
            ),
        )
        return [Hit(self.entries[-neg_sid], score, scores[-neg_sid][1]) for score, _, _, neg_sid in ranked]
