"""Train the radar's learned screen (bot/domain/radar/_screen.py) on the labelled headlines the rules
have seen, and write it beside the module.

    python -m bench.radar_screen [--out FILE] [--check]

Needs scikit-learn (`pip install -e ".[train]"`). The held-out headlines (bench/radar.py's `HELD_OUT`)
are never trained on, so the figures bench/radar.py prints for them stay those of unseen headlines.
The same labelled sets and the same scikit-learn give the same file. `--check` trains afresh and
prints how far the shipped file's probabilities are from the new model's on every labelled headline.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

from bench.radar import DECISIONS, DEFAULT, Labelled, read, unread
from bot.domain.radar._screen import MODEL_FILE, Screen, bundled, features, text_of

OUT = Path(__file__).resolve().parent.parent / "bot" / "domain" / "radar" / MODEL_FILE
MIN_DF = 3  # a feature seen in fewer labelled items is left out
MAX_FEATURES = 60_000  # the most frequent features kept
C = 16.0  # inverse regularisation strength
# Each item with a summary is also trained on without it, as a feed without summaries shows it, and the
# two classes weigh the same whatever their counts, so that a short headline alone is not judged by
# how rare decisions are in the labelled sets.


def training_rows() -> list[Labelled]:
    """Every labelled headline but the held-out ones."""
    return [row for path in DEFAULT for row in read(path) if not unread(path, row)]


MILESTONES = ("in_production", "wrapped", "premiere_date")


def fit(rows: list[Labelled]) -> tuple[Any, Any, Any]:
    """The fitted vectoriser and the two logistic regressions (a decision; a series' milestone), as
    scikit-learn gives them."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(
        analyzer=features, min_df=MIN_DF, max_features=MAX_FEATURES, sublinear_tf=True
    )
    both = [*rows, *(r for r in rows if r.summary)]
    texts = [text_of(r.title, r.summary) for r in rows] + [text_of(r.title, "") for r in rows if r.summary]
    x = vectoriser.fit_transform(texts)
    heads = []
    for kinds in (DECISIONS, MILESTONES):
        model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        model.fit(x, [r.kind in kinds for r in both])
        assert list(model.classes_) == [False, True]
        heads.append(model)
    return vectoriser, heads[0], heads[1]


def train(rows: list[Labelled]) -> dict[str, object]:
    """The screen trained on `rows`, as the file holds it."""
    return as_file(*fit(rows), rows)


def as_file(vectoriser: Any, decisions: Any, milestones: Any, rows: list[Labelled]) -> dict[str, object]:
    """A fitted screen as the file holds it: features in order, with their inverse document
    frequencies and the weights of each head, and the intercepts."""
    names = vectoriser.get_feature_names_out()
    order = sorted(range(len(names)), key=lambda i: names[i])
    return {
        "about": (
            "The radar's learned screen: bench/radar_screen.py trained it on "
            f"{len(rows)} labelled headlines ({sum(r.kind in DECISIONS for r in rows)} decisions, "
            f"{sum(r.kind in MILESTONES for r in rows)} milestones), each with a summary also without it; "
            "bot/domain/radar/_screen.py reads it."
        ),
        "features": [str(names[i]) for i in order],
        "idf": [round(float(vectoriser.idf_[i]), 6) for i in order],
        "weights": [round(float(decisions.coef_[0][i]), 6) for i in order],
        "intercept": round(float(decisions.intercept_[0]), 6),
        "milestone_weights": [round(float(milestones.coef_[0][i]), 6) for i in order],
        "milestone_intercept": round(float(milestones.intercept_[0]), 6),
    }


def largest_gap(one: Screen, other: Screen, rows: list[Labelled]) -> float:
    """The largest difference between two screens' probabilities, of either head, over `rows`."""
    gaps = [0.0]
    for r in rows:
        gaps.append(
            abs(one.decision_probability(r.title, r.summary) - other.decision_probability(r.title, r.summary))
        )
        mine, theirs = (
            one.milestone_probability(r.title, r.summary),
            other.milestone_probability(r.title, r.summary),
        )
        gaps.append(1.0 if (mine is None) != (theirs is None) else abs((mine or 0.0) - (theirs or 0.0)))
    return max(gaps)


def write(model: dict[str, object], out: Path) -> None:
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode()
    out.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare the shipped file with a fresh training")
    args = parser.parse_args()
    rows = training_rows()
    model = train(rows)
    if args.check:
        fresh = Screen.from_json(model)
        shipped = bundled()
        every = [row for path in DEFAULT for row in read(path)]
        gap = largest_gap(fresh, shipped, every)
        print(f"largest gap between the shipped and a fresh screen over {len(every)} headlines: {gap:.6f}")
        return
    write(model, args.out)
    print(f"{args.out}: {len(model['features'])} features from {len(rows)} headlines")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
