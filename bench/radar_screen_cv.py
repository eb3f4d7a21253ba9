"""Cross-validate the radar's learned screen (bot/domain/radar/_screen.py): how it does on labelled
headlines it was not trained on, before it is retrained on more of them.

    python -m bench.radar_screen_cv [--folds 5] [--train-all] [--threshold 0.9]

The seen labelled headlines (never the held-out ones: bench/radar.py's `HELD_OUT`) are split into folds
by set, each set whole in one fold (the sets are grouped largest first into the fold with the fewest
headlines), so that a fold's headlines are as new to the screen as another feed's. For each fold the
screen is trained as bench/radar_screen.py trains it on the other folds, and the classifier, with it, reads
the fold. Printed, over all folds and per fold: the decisions' precision and recall with the rules alone
and with the screen; how many of the rules' decisions the screen took back, right and wrong by the
labels; and how many the screen's own reading (its third head) added, right and wrong. `--train-all`
trains on the sets bench/radar_screen.py leaves out (`NOT_TRAINED`) too, when they are in the other
folds; without it they are read, never trained on. `--threshold` reads with another probability for taking
a finding back than the shipped `THRESHOLD`.

What it measured in the fifty-seventh session (five folds, the shipped settings): the rules alone 0.933 /
0.802 and with the screen 0.952 / 0.789 on 2,420 decisions; the screen took back 62 right decisions and
53 wrong ones, and its third head added 17 right and 5 wrong. Its take-backs are right about half the
time on headlines it has not seen: it buys precision with recall at about one for one, and a retraining
moves its borderline readings either way. Needs scikit-learn (`pip install -e ".[train]"`)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bot.domain.radar._screen as screen_module
from bench.radar import DECISIONS, DEFAULT, Labelled, Score, read, right, unread
from bench.radar_screen import NOT_TRAINED, OUTSIDE_TV, train
from bot.domain.dates import today
from bot.domain.radar import Finding, Item, Screen, classify


@dataclass
class Tally:
    """Decisions with the rules alone and with the screen (bench/radar.py's scores), the rules' decisions the
    screen took back, and those its own reading added, each right and wrong by the labels."""

    rules: Score = field(default_factory=Score)
    screened: Score = field(default_factory=Score)
    taken_back: list[int] = field(default_factory=lambda: [0, 0])  # right, wrong
    added: list[int] = field(default_factory=lambda: [0, 0])  # right, wrong

    def add(self, other: Tally) -> None:
        for mine, theirs in ((self.rules, other.rules), (self.screened, other.screened)):
            for name in (f.name for f in fields(Score)):
                setattr(mine, name, getattr(mine, name) + getattr(theirs, name))
        self.taken_back = [a + b for a, b in zip(self.taken_back, other.taken_back, strict=True)]
        self.added = [a + b for a, b in zip(self.added, other.added, strict=True)]

    def lines(self) -> list[str]:
        return [
            self.rules.line("rules alone"),
            self.screened.line("with screen"),
            f"taken back     {self.taken_back[0]} right, {self.taken_back[1]} wrong"
            f"   added by the screen's reading {self.added[0]} right, {self.added[1]} wrong",
        ]


def folds(sets: dict[str, list[Labelled]], count: int) -> list[list[str]]:
    """The sets' names grouped into `count` folds, each set whole: largest first, each into the fold
    with the fewest headlines so far (ties to the first), so that the folds hold about as many."""
    grouped: list[list[str]] = [[] for _ in range(count)]
    sizes = [0] * count
    for name in sorted(sets, key=lambda n: (-len(sets[n]), n)):
        k = min(range(count), key=lambda i: (sizes[i], i))
        grouped[k].append(name)
        sizes[k] += len(sets[name])
    return grouped


def seen_sets() -> dict[str, list[Labelled]]:
    """Every labelled set's seen headlines (not the held-out ones), by file name."""
    out = {}
    for path in DEFAULT:
        rows = [row for row in read(path) if not unread(path, row)]
        if rows:
            out[path.name] = rows
    return out


def tally(rows: list[Labelled], judge: Screen) -> Tally:
    """The classifier's decisions on `rows`, with the rules alone and with `judge`, against the labels."""
    out = Tally()
    for row in rows:
        item = Item(row.title, row.summary, row.published or today())
        alone = [f for f in classify(item, screened=False) if f.kind in DECISIONS]
        screened = [f for f in classify(item, screen=judge) if f.kind in DECISIONS]
        for score, findings in ((out.rules, alone), (out.screened, screened)):
            score.predicted += len(findings)
            score.correct += sum(right(row, f) for f in findings)
            score.with_season += sum(f.season is not None for f in findings)
            if row.kind in DECISIONS and row.names_show:
                score.labelled += 1
                score.found += any(right(row, f) for f in findings)
        for f in alone:
            if f not in screened:
                out.taken_back[0 if right(row, f) else 1] += 1
        for f in _added(alone, screened):
            out.added[0 if right(row, f) else 1] += 1
    return out


def _added(alone: list[Finding], screened: list[Finding]) -> list[Finding]:
    """The screen's own readings: decisions where the rules read none."""
    return screened if not alone else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--train-all", action="store_true", help="train on the NOT_TRAINED sets too")
    parser.add_argument("--threshold", type=float, default=screen_module.THRESHOLD)
    args = parser.parse_args()
    if not 2 <= args.folds <= 20 or not 0.5 <= args.threshold < 1:
        parser.error("--folds is 2 to 20 and --threshold 0.5 to 1 (exclusive)")
    screen_module.THRESHOLD = args.threshold
    sets = seen_sets()
    total = Tally()
    for k, names in enumerate(folds(sets, args.folds)):
        training = [
            row
            for name, rows in sets.items()
            if name not in names and (args.train_all or name not in NOT_TRAINED)
            for row in rows
        ]
        outside = [row for name in OUTSIDE_TV if name in sets and name not in names for row in sets[name]]
        judge = Screen.from_json(train(training, outside))
        held_in = [row for name in names for row in sets[name]]
        result = tally(held_in, judge)
        total.add(result)
        print(f"fold {k + 1}: {len(names)} sets, {len(held_in):,} headlines, trained on {len(training):,}")
        for line in result.lines():
            print(f"  {line}")
    print(f"all folds (threshold {args.threshold}{', NOT_TRAINED trained on' if args.train_all else ''}):")
    for line in total.lines():
        print(f"  {line}")


if __name__ == "__main__":
    main()
