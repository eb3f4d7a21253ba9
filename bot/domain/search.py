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
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

_NON_WORD = re.compile(r"[\W_]+")
PREFIX_EXPANSION = 64  # words a half-typed last word may stand for
NAME_PREFIX_SCAN = 200  # names taken from the sorted list that start with the query
CANDIDATE_CAP = 1_000  # shows gathered for the rarest query word before narrowing
SCORE_CAP = 150  # shows scored in full (the most recent first when there are more)


def search_key(text: str) -> str:
    """Fold a title so width, case, accents and punctuation never hide a match."""
    if text.isascii():  # the common case, ten times faster than the general one
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    if decomposed != folded:
        # Drop accents; Hangul decomposes into jamo under NFKD, so recompose it into syllables.
        folded = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return " ".join(_NON_WORD.sub(" ", folded).split())


def _distance_up_to_one(a: str, b: str) -> int:
    """0, 1 or 2 (meaning "more than one"), in one pass: the common case needs no DP table."""
    if a == b:
        return 0
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return 1  # one substitution
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        return 1 if swapped else 2
    if len(b) - len(a) == 1:
        return 1 if a[i:] == b[i + 1 :] else 2
    return 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts as one), or limit+1 if above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if limit == 1:
        return _distance_up_to_one(a, b)
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
    _all_words: dict[int, frozenset[str]] = field(default_factory=dict)  # every word of every name
    _weight: dict[int, float] = field(default_factory=dict)
    _cache: dict[tuple[str, bool, bool], dict[str, float]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> SearchIndex:
        index = cls()
        for entry in entries:
            index._add(entry)
        index._names.sort()
        index._vocab = sorted(index._postings)
        index._vocab_dirty = False
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
        self._all_words.pop(show_id, None)
        self._weight.pop(show_id, None)
        self._cache.clear()

    def _add(self, entry: Entry) -> None:
        self.entries[entry.show_id] = entry
        self._weight[entry.show_id] = entry.weight
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
        self._all_words[entry.show_id] = frozenset().union(*(words for _, words in per_name))
        self._cache.clear()

    def _vocabulary(self) -> list[str]:
        if self._vocab_dirty:
            self._vocab = sorted(w for w, ids in self._postings.items() if ids)
            self._vocab_dirty = False
        return self._vocab

    # ------------------------------------------------------------ querying

    def _expand(self, word: str, last: bool, typo_of_known: bool = False) -> dict[str, float]:
        """Index words this query word may mean, each with how well it matches (1 = exact).
        A word the catalogue knows is taken as meant unless `typo_of_known` (the second pass)."""
        cache_key = (word, last, typo_of_known)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        out: dict[str, float] = {}
        exact = bool(self._postings.get(word))
        if exact:
            out[word] = 1.0
        if last and len(word) >= 2:
            vocab = self._vocabulary()
            i = bisect.bisect_left(vocab, word)
            for w in vocab[i : i + PREFIX_EXPANSION]:
                if not w.startswith(word):
                    break
                out.setdefault(w, 0.9)
        k = allowed_edits(word)
        if k and (not exact or typo_of_known):
            for d in _deletes(word, k):
                for w in self._deletes.get(d, ()):
                    if w in out or not self._postings.get(w):
                        continue
                    dist = edit_distance(word, w, k)
                    if dist <= k:
                        out[w] = (0.75 if dist == 1 else 0.55) * (0.9 if exact else 1.0)
                    elif last and len(w) > len(word) and edit_distance(word, w[: len(word)], 1) <= 1:
                        out[w] = 0.6  # a typo inside a word still being typed
        if len(self._cache) > 4_096:
            self._cache.clear()
        self._cache[cache_key] = out
        return out

    def search(self, query: str, limit: int = 25) -> list[Hit]:
        q = search_key(query)
        if not q or limit <= 0:
            return []
        scores: dict[int, tuple[float, str]] = {}

        # 1. Whole names that start with what was typed (covers scripts written without spaces).
        i = bisect.bisect_left(self._names, (q, -1))
        end = min(i + NAME_PREFIX_SCAN, len(self._names))
        while i < end and self._names[i][0].startswith(q):
            key, sid = self._names[i]
            score = 1.0 if key == q else 0.9 + 0.05 * len(q) / len(key)
            if score > scores.get(sid, (0.0, ""))[0]:
                scores[sid] = (score, key)
            i += 1

        # 2. Word by word, tolerant of typos. If no show has every word, a typo may have hit another
        # real word ("horse" for "house"): look again, treating known words as possible typos too.
        words = q.split()
        if not self._score_words(words, scores, typo_of_known=False) and any(
            len(w) >= 4 and w in self._postings for w in words[:-1]
        ):
            self._score_words(words, scores, typo_of_known=True)

        ranked = heapq.nlargest(
            limit,
            (
                (score, self.entries[sid].weight, -len(key), -sid)
                for sid, (score, key) in scores.items()
                if score >= 0.3
            ),
        )
        return [Hit(self.entries[-neg_sid], score, scores[-neg_sid][1]) for score, _, _, neg_sid in ranked]

    def _score_words(
        self, words: list[str], scores: dict[int, tuple[float, str]], *, typo_of_known: bool
    ) -> bool:
        """Score shows word by word into `scores`; True if some show matched every query word."""
        last = len(words) - 1
        # The last word may still be being typed: it is never second-guessed, only completed.
        expansions = [
            self._expand(w, n == last, typo_of_known and n != last and len(w) >= 4)
            for n, w in enumerate(words)
        ]
        sizes = [sum(len(self._postings[w]) for w in exp) for exp in expansions]
        total = len(self.entries) or 1
        idf = [math.log(1 + total / (1 + size)) if size else 0.0 for size in sizes]
        order = sorted((n for n, exp in enumerate(expansions) if exp), key=lambda n: sizes[n])
        if not order:
            return False
        candidates = self._candidates(expansions[order[0]])
        for n in order[1:]:
            if len(candidates) <= SCORE_CAP:
                break
            wanted = expansions[n].keys()
            narrowed = {sid for sid in candidates if not self._all_words[sid].isdisjoint(wanted)}
            if narrowed:
                candidates = narrowed
        if len(candidates) > SCORE_CAP:
            candidates = set(heapq.nlargest(SCORE_CAP, candidates, key=self._weight.__getitem__))
        weight_all = sum(idf) or 1.0
        by_word: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for n, exp in enumerate(expansions):
            for w, v in exp.items():
                by_word[w].append((n, v * idf[n]))
        keyset = by_word.keys()
        complete = len(order) == len(words)
        found_all = False
        for sid in candidates:
            best = (0.0, "")
            for key, words_of_name in self._words[sid]:
                got = [0.0] * len(words)
                for w in words_of_name & keyset:
                    for n, v in by_word[w]:
                        if v > got[n]:
                            got[n] = v
                if complete and all(got):
                    found_all = True
                # Prefer names with nothing left over: "Dark" over "Dark Matter" for "dark".
                extra = max(len(words_of_name) - len(words), 0)
                score = 0.85 * sum(got) / weight_all - 0.02 * extra
                if score > best[0]:
                    best = (score, key)
            if best[0] > scores.get(sid, (0.0, ""))[0]:
                scores[sid] = best
        return found_all

    def _candidates(self, expansion: dict[str, float]) -> set[int]:
        """Shows holding one of these words, best-matching words first, bounded in size."""
        out: set[int] = set()
        for w, _ in sorted(expansion.items(), key=lambda kv: (-kv[1], len(self._postings[kv[0]]))):
            out |= self._postings[w]
            if len(out) >= CANDIDATE_CAP:
                break
        return out
