"""How far people who label headlines agree, and the classifier judged by each of them.

    python bench/radar_agreement.py [--disagreements] [--reveal-held]

tests/data/radar_relabelled.jsonl gives 1,320 of the labelled headlines two more labels, each written
by a person who read the item and tests/data/LABELLING.md and saw neither the first label nor the
classifier's findings nor the other's labels (December 2026). The headlines are three samples:

- `random`: 300 drawn at random (seed 20261203) from the headlines the rules were written against;
- `missed`: 223 others of those that the classifier got wrong then (df97fc1): a sample chosen by the
  classifier's errors, to tell a miss from a label another person would not give;
- `held`: every headline held out of the thirteenth to eighteenth sets (bench/radar.py's `HELD_OUT`) when
  they were relabelled, read then by nobody who wrote rules (the thirteenth, fifteenth, sixteenth and
  seventeenth sets' halves were spent in the sixteenth session: `SPENT`; the fourteenth and
  eighteenth sets are still unread).

For each sample it prints how often two labels agree on the kind (and Cohen's kappa), then each
labeller's labels judged by another's as bench/radar.py judges the classifier's findings
(precision and recall on decisions, and with the show named), and the classifier judged by the
first label, by each further one, by the majority (the kind, seasons and final flag two of three
give) and on the headlines all three label alike. A labeller's label of a show the headline does
not name proposes nothing, as the radar must not. Figures only: `--disagreements` prints the
headlines the labels disagree on, except held-out ones unless `--reveal-held` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.radar import DATA, DECISIONS, DEFAULT, Labelled, Score, listed, right, same_show, unread
from bot.domain.dates import today
from bot.domain.radar import Finding, Item, classify

RELABELLED = DATA / "radar_relabelled.jsonl"
SAMPLES = ("random", "missed", "held")


@dataclass
class Row:
    sample: str
    set: str
    labels: list[Labelled]  # the first label, then the further ones

    @property
    def item(self) -> Item:
        first = self.labels[0]
        return Item(first.title, first.summary, first.published or today())


def load(path: Path = RELABELLED) -> list[Row]:
    """The relabelled headlines, each with its first label from its set and the further ones."""
    first: dict[tuple[str, str, str], str] = {}
    for set_path in DEFAULT:
        for line in set_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                first[(set_path.name, raw["url"], raw["title"])] = line
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        original = first[(raw["set"], raw["url"], raw["title"])]
        base = json.loads(original)
        labels = [Labelled.read(original)]
        labels += [Labelled.read(json.dumps({**base, "label": label})) for label in raw["labels"]]
        rows.append(Row(raw["sample"], raw["set"], labels))
    return rows


def proposed(label: Labelled) -> list[Finding]:
    """A label read as the findings it would make: one per season of an order, none for a show the
    headline does not name."""
    if label.kind == "none" or not label.show:
        return []
    seasons: list[int | None] = list(label.seasons) or [None]
    return [Finding(label.kind, label.show, None, s, label.final, None) for s in seasons]  # type: ignore[arg-type]


class Tally:
    """Decisions judged as bench/radar.py judges the classifier's: right in kind and season, and
    also with the show named as labelled."""

    def __init__(self) -> None:
        self.decisions = Score()
        self.named = Score()

    def add(self, truth: Labelled, findings: list[Finding]) -> None:
        for f in findings:
            if f.kind in DECISIONS:
                ok = right(truth, f)
                for score in (self.decisions, self.named):
                    score.predicted += 1
                self.decisions.correct += ok
                self.named.correct += ok and listed(truth, f, findings)
        if truth.kind in DECISIONS and truth.names_show:
            self.decisions.labelled += 1
            self.named.labelled += 1
            self.decisions.found += any(right(truth, f) for f in findings)
            self.named.found += any(right(truth, f) and same_show(truth, f) for f in findings)

    def line(self) -> str:
        def figures(score: Score) -> str:
            p = f"{score.correct / score.predicted:.3f}" if score.predicted else "nan"
            r = f"{score.found / score.labelled:.3f}" if score.labelled else "nan"
            return f"P {p} ({score.correct}/{score.predicted})  R {r} ({score.found}/{score.labelled})"

        return f"{figures(self.decisions)}  + show: {figures(self.named)}"


def kappa(a: list[str], b: list[str]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two labellings of the same items."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def signature(label: Labelled) -> tuple[str, tuple[int, ...], bool]:
    """What a label decides: its kind, and for a decision its seasons and final flag."""
    if label.kind not in DECISIONS:
        return (label.kind, (), False)
    return (label.kind, tuple(sorted(label.seasons)), label.final)


def majority(row: Row) -> Labelled | None:
    """The label two of three give (the first label when it is among them), else None."""
    counts = Counter(signature(label) for label in row.labels)
    top, n = counts.most_common(1)[0]
    if n < 2:
        return None
    return next(label for label in row.labels if signature(label) == top)


def report(rows: list[Row], name: str) -> None:
    n = len(rows)
    who = ["first", *(f"new {i}" for i in range(1, len(rows[0].labels)))]
    print(f"== {name}: {n} headlines")
    for i in range(len(who)):
        for j in range(i + 1, len(who)):
            observed, k = kappa([r.labels[i].kind for r in rows], [r.labels[j].kind for r in rows])
            print(f"  {who[i]:>5} and {who[j]:<5}: the same kind {observed:.3f}, kappa {k:.3f}")
    for i in range(len(who)):
        for j in range(len(who)):
            if i != j:
                tally = Tally()
                for r in rows:
                    tally.add(r.labels[i], proposed(r.labels[j]))
                print(f"  {who[j]:>5} judged by {who[i]:<5}: {tally.line()}")
    findings = [classify(r.item) for r in rows]
    for i in range(len(who)):
        tally = Tally()
        for r, found in zip(rows, findings, strict=True):
            tally.add(r.labels[i], found)
        print(f"  classifier judged by {who[i]:<8}: {tally.line()}")
    by_majority, alike = Tally(), Tally()
    decided = same = 0
    for r, found in zip(rows, findings, strict=True):
        label = majority(r)
        if label is not None:
            decided += 1
            by_majority.add(label, found)
        if len({signature(x) for x in r.labels}) == 1:
            same += 1
            alike.add(r.labels[0], found)
    print(f"  classifier judged by the majority ({decided} headlines): {by_majority.line()}")
    print(f"  classifier where all labels agree ({same} headlines): {alike.line()}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--disagreements", action="store_true", help="print the headlines labelled unalike")
    parser.add_argument("--reveal-held", action="store_true", help="print held-out headlines too")
    args = parser.parse_args()
    rows = load()
    for sample in SAMPLES:
        chosen = [r for r in rows if r.sample == sample]
        if chosen:
            report(chosen, sample)
    if args.disagreements:
        withheld = 0
        for r in rows:
            if len({signature(x) for x in r.labels}) == 1:
                continue
            first = r.labels[0]
            if unread(DATA / r.set, first) and not args.reveal_held:
                withheld += 1
                continue
            said = " | ".join(f"{x.kind} {list(x.seasons)}{' final' if x.final else ''}" for x in r.labels)
            print(f"- [{said}] {first.title}")
        if withheld:
            print(f"({withheld} held-out headlines labelled unalike, not printed: --reveal-held prints them)")


if __name__ == "__main__":
    main()
