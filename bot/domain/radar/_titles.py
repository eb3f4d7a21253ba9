"""How much a stretch of a headline looks like a show's title, by a logistic regression over its words
and the words around it, trained by bench/radar_screen.py on the labelled headlines the rules have seen
(the labelled show's words against every other run of capitalised words in the same headline).

The rules name a show by the words around their verb; where those words are a description, a network
or a stray phrase ("TNT Pulls the Plug On a Good One", "ABC TV Give Cleverman Second Series
Commission"), what the judge reads of the name speaks against a title (`THRESHOLD`) and classify()
takes the finding back. It judges only the names the rules took from the headline itself, never a
quoted title nor a catalogue show's."""

from __future__ import annotations

import re

from bot.domain.radar._words import _NETWORK, _lower_in_place

_WORD = re.compile(r"[^\W_][\w'.&+!-]*")
_NETWORK_WORD = re.compile(rf"\b(?:{_NETWORK})\b", re.IGNORECASE)
_IS_NETWORK = re.compile(rf"(?:{_NETWORK})(?:'s)?", re.IGNORECASE)
_OPENING = "\"'\u2018\u201c\u00ab"
_CLOSING = "\"'\u2019\u201d\u00bb"
_SMALL_WORDS = (
    "of the and & in on a an to for with at de la el los las del y from or is my your our me i you we it by"
    " vs vs. no not le les des du von van der die das al di"
)
SMALL = frozenset(_SMALL_WORDS.split())


# A name stays unless what the judge reads of it speaks against a title: the weights of its features,
# without the intercept (which only tells how few of a headline's capitalised runs are its show's
# title), sum below nothing.
THRESHOLD = 0.0


def _fold(word: str) -> str:
    return re.sub(r"[^a-z0-9+&]", "", word.lower()) or word.lower()


def span_features(title: str, start: int, end: int) -> list[str]:
    """The features of `title[start:end]` read as a show's title: its words, its first and last, its
    length, the two words before and after it, whether it is quoted, opens or closes the headline,
    is or holds a network's name, and how its words are written."""
    span = title[start:end]
    words = [_fold(w) for w in _WORD.findall(span)] or [_fold(span)]
    before = [_fold(w) for w in _WORD.findall(title[:start])][-2:]
    after = [_fold(w) for w in _WORD.findall(title[end:])][:2]
    # (a comma the American style sets inside the closing quote: "\u201cStorage Wars: Texas,\u201d")
    closing = title[end : end + 2].removeprefix(",")[:1]
    quoted = start > 0 and title[start - 1] in _OPENING and closing != "" and closing in _CLOSING
    # (a small word is told only by its count: "For All Mankind" and "On a Good One" alike)
    out = [f"w={w}" for w in words if w not in SMALL]
    out += [f"first={w}" for w in words[:1] if w not in SMALL or w == "the"]
    out += [f"last={w}" for w in words[-1:] if w not in SMALL]
    out.append(f"len={min(len(words), 6)}")
    out += [f"b{i}={w}" for i, w in enumerate(reversed(before))]
    out += [f"a{i}={w}" for i, w in enumerate(after)]
    rest = title[end:].lstrip(_CLOSING)
    if rest.startswith(("'s ", "\u2019s ")):
        out.append("possessive")
    if quoted:
        out.append("quoted")
    if not before:
        out.append("opens")
    if not after:
        out.append("closes")
    if _IS_NETWORK.fullmatch(span.strip()):
        out.append("is_network")
    elif _NETWORK_WORD.search(span):
        out.append("has_network")
    if before and _IS_NETWORK.fullmatch(title[:start].split()[-1].strip(_OPENING)):
        out.append("after_network")
        # ("Discovery Channel has renewed ...": the rest of a network's name)
        if _IS_NETWORK.fullmatch(f"{title[:start].split()[-1]} {span.strip()}"):
            out.append("network_tail")
    raw = _WORD.findall(span)
    small = sum(w.lower() in SMALL for w in raw)
    out.append(f"small={min(small, 3)}")
    if raw and all(w.isupper() for w in raw if w[:1].isalpha()):
        out.append("capitals")
    if any(w[:1].islower() and w.lower() not in SMALL for w in raw):
        out.append("lower_word")
    if raw and raw[-1].isdigit():
        out.append("ends_digit")
    if ":" in span:
        out.append("colon")
    return out


_TOKEN = re.compile(r"[^\W_][\w'.&+!-]*|[:!?]")
_QUOTE_RUN = re.compile(r"[\"'\u2018\u201c\u00ab]([^\"'\u2019\u201d\u00bb]{2,80})[\"'\u2019\u201d\u00bb]")


def candidates(title: str) -> set[tuple[int, int]]:
    """The stretches of a headline that might be a show's title, as (start, end): each quoted run, and
    each run of up to nine words that begins and ends with a capitalised word or a figure and holds
    nothing but those and small words ("of", "the", "and"), without a trailing possessive. The
    training reads the labelled show against these."""
    out = {(m.start(1), m.end(1)) for m in _QUOTE_RUN.finditer(title)}
    tokens = list(_TOKEN.finditer(title))
    for i, first in enumerate(tokens):
        if not (first.group()[:1].isupper() or first.group()[:1].isdigit()):
            continue
        for last in tokens[i : i + 9]:
            word = last.group()
            capital = word[:1].isupper() or word[:1].isdigit()
            if not (capital or word.lower() in SMALL or word in ":!?"):
                break
            if capital or word in "!?":
                end = last.end() - 2 if title[: last.end()].endswith(("'s", "\u2019s")) else last.end()
                out.add((first.start(), end))
    return out


def locate(title: str, name: str) -> tuple[int, int] | None:
    """Where a name stands in the headline (any case), or None."""
    at = title.find(name)
    if at < 0:
        at = _lower_in_place(title).find(name.lower())
    return None if at < 0 or not name else (at, at + len(name))
