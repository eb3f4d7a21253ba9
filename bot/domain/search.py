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
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

_NON_WORD = re.compile(r"[\W_]+")
PREFIX_EXPANSION = 64  # words a half-typed last word may stand for
NAME_PREFIX_SCAN = 200  # names taken from the sorted list that start with the query
CANDIDATE_CAP = 1_000  # shows gathered for the rarest query word before narrowing
SCORE_CAP = 150  # shows scored in full (the most recent first when there are more)

# Bounds, so that no import can make the index stall or bloat the bot. Typo variants (a word with
# one or two letters deleted) grow with the square of a word's length: 211 for 20 letters, 19,901
# for 200, so 200 aliases of 200 letters once took 1.9 GB.
NAMES_PER_SHOW = 20  # names indexed per show: title, original title, then the first aliases
NAME_CHARS = 200  # of each name (an import allows no more), and of a query
FUZZY_WORD_CHARS = 20  # a longer word is matched exactly or as a prefix, never within edits
FUZZY_PER_SHOW = 2_000  # typo variants one show may add (a usual show adds under 300)
FUZZY_BUDGET = 2_000_000  # for the whole index (100,000 bench shows use ~180,000); past it, new
# words are matched exactly or as a prefix only
SORT_SLICE = 8_192  # items sorted in one go while building (~5 ms)
MANY_WORDS = 32  # more words than this entering or leaving the vocabulary: re-merge it, not shift


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


def fuzzy_edits(word: str) -> int:
    """Edits a word is matched within: `allowed_edits`, but none for a word too long to vary."""
    return allowed_edits(word) if len(word) <= FUZZY_WORD_CHARS else 0


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index knows of a show: enough to rank and to label a suggestion."""

    show_id: int
    slug: str
    title: str
    # Title, original title, aliases: what to index. The index keeps its own folded copies and
    # hands out entries (`Hit.entry`, `SearchIndex.entries`) without them.
    names: tuple[str, ...]
    year: int | None = None
    platform: str = ""
    weight: float = 0.0  # tie-breaker: higher first (e.g. recency)


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    score: float
    matched: str  # the name that matched best


@dataclass(frozen=True, slots=True)
class IndexSize:
    """What an index holds, counted: what its bounds are stated in."""

    shows: int
    names: int  # folded names, at most NAMES_PER_SHOW a show
    words: int
    typo_variants: int  # (deleted form, word) pairs, at most FUZZY_BUDGET


# The shows holding a word: one show (most words, such as the number ending a title) as a plain
# number, an array from the second show on. A one-show array costs ~80 bytes, a number nothing more:
# it is the object the entry holds already.
Posting: TypeAlias = "int | array[int]"  # array is subscriptable at run time from 3.12 only


def _shows(posting: Posting) -> Sequence[int]:
    return (posting,) if isinstance(posting, int) else posting


def _count(posting: Posting) -> int:
    return 1 if isinstance(posting, int) else len(posting)


def _sorted_order(keys: list[str]) -> list[int]:
    """Positions of `keys` in sorted order, sorted a slice at a time: a build runs in a thread, and
    one sort of 200,000 names is one C call that keeps the GIL (so the event loop) for 0.2-0.4 s."""
    slices = [
        sorted(range(i, min(i + SORT_SLICE, len(keys))), key=keys.__getitem__)
        for i in range(0, len(keys), SORT_SLICE)
    ]
    return list(heapq.merge(*slices, key=keys.__getitem__))  # a Python generator: other threads run


@dataclass
class SearchIndex:
    """Every structure holds each show id and word once where it can: at 100,000 shows a set or a
    frozenset per name or rare word cost more than the catalogue itself."""

    entries: dict[int, Entry] = field(default_factory=dict)
    _name_keys: list[str] = field(default_factory=list)  # every folded name, sorted
    _name_ids: array[int] = field(default_factory=lambda: array("q"))  # the show of each, in order
    # A show's folded names as indexed, one a line. Strings, not tuples, here and in _deletes: the
    # garbage collector never looks inside a string, and its passes hold the GIL.
    _keys: dict[int, str] = field(default_factory=dict)
    # word -> its shows, never empty (see Posting). Arrays of plain numbers: a set costs 216 bytes
    # and up and 3-4 times as much per show, and the garbage collector walks a list's items on
    # every full pass.
    _postings: dict[str, Posting] = field(default_factory=dict)
    _vocab: list[str] = field(default_factory=list)  # the words of _postings, sorted
    # A word with one or two letters deleted -> the words it came from, space-separated
    # (symmetric-delete lookup). A word is not stored under itself: a lookup checks _postings.
    _deletes: dict[str, str] = field(default_factory=dict)
    _typo_variants: int = 0
    _cache: dict[tuple[str, bool, bool], dict[str, float]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> SearchIndex:
        index = cls()
        keys: list[str] = []
        ids = array("q")
        for entry in entries:
            added, _ = index._add(entry)
            keys.extend(added)
            ids.extend([entry.show_id] * len(added))
        order = _sorted_order(keys)
        index._name_keys = [keys[i] for i in order]
        index._name_ids = array("q", [ids[i] for i in order])
        words = list(index._postings)
        index._vocab = [words[i] for i in _sorted_order(words)]
        return index

    def __len__(self) -> int:
        return len(self.entries)

    def size(self) -> IndexSize:
        return IndexSize(len(self.entries), len(self._name_keys), len(self._postings), self._typo_variants)

    def upsert(self, entry: Entry) -> None:
        """Add or replace one show (after a curator edit) without rebuilding: bounded work, since a
        show brings at most NAMES_PER_SHOW names and FUZZY_PER_SHOW typo variants."""
        self.remove(entry.show_id)
        keys, new_words = self._add(entry)
        for key in keys:
            i = bisect.bisect_right(self._name_keys, key)
            self._name_keys.insert(i, key)
            self._name_ids.insert(i, entry.show_id)
        if len(new_words) <= MANY_WORDS:
            for w in new_words:
                bisect.insort(self._vocab, w)
        else:  # one merge of two sorted runs instead of a list shift per word
            self._vocab.extend(sorted(new_words))
            self._vocab.sort()

    def remove(self, show_id: int) -> None:
        if self.entries.pop(show_id, None) is None:
            return
        keys = self._keys.pop(show_id).split("\n")
        for key in keys:
            i = bisect.bisect_left(self._name_keys, key)
            while i < len(self._name_keys) and self._name_keys[i] == key:
                if self._name_ids[i] == show_id:
                    del self._name_keys[i], self._name_ids[i]
                    break
                i += 1
        gone = []
        for w in {w for key in keys for w in key.split()}:
            posting = self._postings[w]
            if isinstance(posting, int):
                del self._postings[w]
                self._remove_variants(w)
                gone.append(w)
                continue
            posting.remove(show_id)
            if len(posting) == 1:
                self._postings[w] = posting[0]
        if len(gone) <= MANY_WORDS:
            for w in gone:
                del self._vocab[bisect.bisect_left(self._vocab, w)]
        elif gone:
            unwanted = set(gone)
            self._vocab = [w for w in self._vocab if w not in unwanted]
        self._cache.clear()

    def _add(self, entry: Entry) -> tuple[list[str], list[str]]:
        """Index one show's words; return its folded names and the words new to the index."""
        sid = entry.show_id
        # Without its names: 12 MB at 100,000 shows, and the index has them folded in _keys.
        self.entries[sid] = Entry(sid, entry.slug, entry.title, (), entry.year, entry.platform, entry.weight)
        folded = (search_key(name[:NAME_CHARS]) for name in entry.names[:NAMES_PER_SHOW])
        keys = list(dict.fromkeys(key for key in folded if key))
        self._keys[sid] = "\n".join(keys)
        new_words = []
        allowance = FUZZY_PER_SHOW
        for w in dict.fromkeys(w for key in keys for w in key.split()):
            posting = self._postings.get(w)
            if posting is None:
                self._postings[w] = sid
                new_words.append(w)
                allowance -= self._add_variants(w, allowance)
            elif isinstance(posting, int):
                self._postings[w] = array("q", (posting, sid))
            else:
                posting.append(sid)
        self._cache.clear()
        return keys, new_words

    def _add_variants(self, word: str, allowance: int) -> int:
        """Store the word under its deleted forms if the show's allowance and the index's budget
        have room for them all; a word without them is still found exactly and by prefix."""
        edits = fuzzy_edits(word)
        n = len(word)
        most = n if edits == 1 else n + n * (n - 1) // 2  # before computing them: that is the cost
        if not edits or most > min(allowance, FUZZY_BUDGET - self._typo_variants):
            return 0
        variants = _deletes(word, edits)
        variants.discard(word)
        for d in variants:
            words = self._deletes.get(d)
            self._deletes[d] = word if words is None else f"{words} {word}"
        self._typo_variants += len(variants)
        return len(variants)

    def _remove_variants(self, word: str) -> None:
        edits = fuzzy_edits(word)
        if not edits or word not in self._deletes.get(word[1:], "").split():
            return  # it was given none (over a budget): every variant would list it, this one too
        for d in _deletes(word, edits):
            words = self._deletes.get(d, "").split()
            if word not in words:
                continue  # the word had no variants (over a budget), or d is the word itself
            rest = [w for w in words if w != word]
            if rest:
                self._deletes[d] = " ".join(rest)
            else:
                del self._deletes[d]
            self._typo_variants -= 1

    # ------------------------------------------------------------ querying

    def _expand(self, word: str, last: bool, typo_of_known: bool = False) -> dict[str, float]:
        """Index words this query word may mean, each with how well it matches (1 = exact).
        A word the catalogue knows is taken as meant unless `typo_of_known` (the second pass)."""
        cache_key = (word, last, typo_of_known)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        out: dict[str, float] = {}
        exact = word in self._postings
        if exact:
            out[word] = 1.0
        if last and len(word) >= 2:
            vocab = self._vocab
            i = bisect.bisect_left(vocab, word)
            for w in vocab[i : i + PREFIX_EXPANSION]:
                if not w.startswith(word):
                    break
                out.setdefault(w, 0.9)
        k = fuzzy_edits(word)
        if k and (not exact or typo_of_known):
            for d in _deletes(word, k):
                for w in (d, *self._deletes.get(d, "").split()):
                    if w in out or w not in self._postings:
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
        q = search_key(query[:NAME_CHARS])
        if not q or limit <= 0:
            return []
        scores: dict[int, tuple[float, str]] = {}

        # 1. Whole names that start with what was typed (covers scripts written without spaces).
        keys = self._name_keys
        i = bisect.bisect_left(keys, q)
        end = min(i + NAME_PREFIX_SCAN, len(keys))
        while i < end and keys[i].startswith(q):
            key, sid = keys[i], self._name_ids[i]
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
        sizes = [sum(_count(self._postings[w]) for w in exp) for exp in expansions]
        total = len(self.entries) or 1
        # A word no show holds (not even with a typo) is the rarest word there is: it weighs in the
        # score as such, so "Zzqx Nothing D" is not a confident match for "D.P.".
        idf = [math.log(1 + total / (1 + size)) for size in sizes]
        order = sorted((n for n, exp in enumerate(expansions) if exp), key=lambda n: sizes[n])
        if not order:
            return False
        candidates = self._candidates(expansions[order[0]])
        for n in order[1:]:
            if len(candidates) <= SCORE_CAP:
                break
            narrowed: set[int] = set()
            for w in expansions[n]:
                narrowed |= candidates.intersection(_shows(self._postings[w]))
            if narrowed:
                candidates = narrowed
        if len(candidates) > SCORE_CAP:
            entries = self.entries
            candidates = set(heapq.nlargest(SCORE_CAP, candidates, key=lambda sid: entries[sid].weight))
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
            for key in self._keys[sid].split("\n"):
                words_of_name = set(key.split())
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
        postings = self._postings
        for w, _ in sorted(expansion.items(), key=lambda kv: (-kv[1], _count(postings[kv[0]]))):
            out.update(_shows(postings[w]))
            if len(out) >= CANDIDATE_CAP:
                break
        return out


def slugify(title: str) -> str:
    """A show id made from a title: its Latin letters and digits, hyphenated ("" if it has none)."""
    ascii_words = search_key(title).encode("ascii", "ignore").decode().split()
    return "-".join(ascii_words)[:80].strip("-")
