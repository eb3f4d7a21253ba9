"""Backtest of the premiere prediction on the bundled catalogue, beside the fan-site rule of thumb.

    python bench/prediction.py [--file data/shows.json]

For every renewed season whose renewal and premiere dates are both known (to the month at least),
predict its premiere as of the renewal's announcement, using only seasons that had premiered by
then. The rule of thumb fans repeat is "6 to 12 months after the previous season": point estimate
9 months after the previous premiere, window 6 to 12 months. Both are scored on the same seasons:
median absolute error in days, and how often the real premiere fell inside the window.

Per method: the renewal's gaps; the show's own rhythm (where it has two earlier seasons), on the
seasons it applies to beside the renewal's gaps on the same seasons; "as the bot predicts" (the
rhythm where it applies, else the renewal's gaps); then, on seasons with a cited production step,
each step's gaps and the bot's whole cascade as of the step's date (step, rhythm, renewal).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.catalogue_file import parse_document
from bot.domain.models import Show
from bot.domain.prediction import (
    STEP_WORDS,
    GapSample,
    Prediction,
    RhythmSample,
    gap_samples,
    pairs_of,
    predict,
    predict_from_rhythm,
    predict_from_step,
    rhythm_samples,
    runs_of,
    step_samples,
    steps_of,
)

MONTH = 30.44


def cases(shows: list[Show]) -> list[tuple[Show, int, date, date, date | None]]:
    """(show, season, renewal announced, actual premiere, previous season's premiere)."""
    out = []
    for show in shows:
        for d in show.decisions:
            season = show.season(d.season)
            if d.status != "renewed" or season is None or season.premiere is None:
                continue
            if d.announced.precision == "year" or season.premiere.precision == "year":
                continue
            prev = show.season(d.season - 1)
            prev_day = prev.premiere.midpoint() if prev and prev.premiere else None
            if season.premiere.midpoint() > d.announced.midpoint():
                out.append((show, d.season, d.announced.midpoint(), season.premiere.midpoint(), prev_day))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--file", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "shows.json"
    )
    args = ap.parse_args()
    raw = json.loads(args.file.read_text(encoding="utf-8"))
    parsed, errors = parse_document(raw)
    if errors:
        raise SystemExit(f"{args.file}: {errors[0]}")
    shows = [
        Show(**{**{f: getattr(s, f) for f in s.__dataclass_fields__}, "id": i + 1})
        for i, s in enumerate(parsed)
    ]
    samples = gap_samples(p for s in shows for p in pairs_of(s))

    rhythm = rhythm_samples(r for s in shows for r in runs_of(s))
    ours_err, ours_in, rule_err, rule_in = [], 0, [], 0
    rhythm_rows: list[tuple[int, bool, int]] = []
    same_rows: list[tuple[int, bool, int]] = []
    bot_rows: list[tuple[int, bool, int]] = []
    no_prediction = 0
    scopes: dict[str, int] = {}
    all_cases = cases(shows)
    for show, season, renewed, actual, prev in all_cases:
        if prev is None:
            continue
        p = predict(show.platform, renewed, renewed, samples, exclude_show=show.id)
        if p is None:
            no_prediction += 1
            continue
        scopes[p.scope if not p.overdue else "overdue fallback"] = scopes.get(p.scope, 0) + 1
        ours_err.append(abs((p.likely - actual).days))
        ours_in += p.earliest <= actual <= p.latest
        r = by_rhythm(show, season, renewed, renewed, rhythm)
        if r is not None:
            rhythm_rows.append(scored(r, actual))
            same_rows.append(scored(p, actual))
        bot_rows.append(scored(r or p, actual))
        point = prev + timedelta(days=round(9 * MONTH))
        rule_err.append(abs((point - actual).days))
        rule_in += (
            prev + timedelta(days=round(6 * MONTH)) <= actual <= prev + timedelta(days=round(12 * MONTH))
        )

    n = len(ours_err)
    print(
        f"catalogue: {len(shows)} shows, {len(samples)} renewal-to-premiere gaps, {len(all_cases)} renewed seasons"
    )
    print(
        f"scored: {n} seasons with a previous premiere and enough earlier history ({no_prediction} without)"
    )
    if not n:
        return
    print(f"{'method':<44} {'median |error| days':>20} {'inside window':>14}")
    print(
        f"{'catalogue gaps (renewal -> premiere)':<44} {statistics.median(ours_err):>20.0f} {ours_in / n:>13.0%}"
    )
    print(
        f"{'rule of thumb (6-12 months after previous)':<44} {statistics.median(rule_err):>20.0f} {rule_in / n:>13.0%}"
    )
    print(
        f"ratio of median errors (rule / ours): {statistics.median(rule_err) / max(statistics.median(ours_err), 1):.2f}"
    )
    print("scopes used:", ", ".join(f"{k}: {v}" for k, v in sorted(scopes.items())))
    print(f"\n{'method':<44} {'n':>4} {'median |error| days':>20} {'inside window':>14} {'window days':>12}")
    for name, rows in (
        ("the show's own rhythm (where it applies)", rhythm_rows),
        ("renewal -> premiere, same seasons", same_rows),
        ("as the bot predicts (rhythm, else renewal)", bot_rows),
    ):
        if rows:
            inside = sum(1 for _, ok, _ in rows if ok) / len(rows)
            error = statistics.median(e for e, _, _ in rows)
            width = statistics.median(w for _, _, w in rows)
            print(f"{name:<44} {len(rows):>4} {error:>20.0f} {inside:>13.0%} {width:>12.0f}")
    print(
        f"  against the rule of thumb's {statistics.median(rule_err):.0f}: half is {statistics.median(rule_err) / 2:.0f}"
    )
    by_step(shows, samples, rhythm)


def scored(p: Prediction, actual: date) -> tuple[int, bool, int]:
    """(absolute error in days, whether the window held the premiere, the window's width in days)."""
    return abs((p.likely - actual).days), p.earliest <= actual <= p.latest, (p.latest - p.earliest).days


def by_rhythm(
    show: Show, season: int, renewed: date, asof: date, rhythm: list[RhythmSample]
) -> Prediction | None:
    previous, before = show.season(season - 1), show.season(season - 2)
    if previous is None or before is None or previous.premiere is None or before.premiere is None:
        return None
    return predict_from_rhythm(previous.premiere, before.premiere, renewed, asof, rhythm, show_id=show.id)


def by_step(shows: list[Show], samples: list[GapSample], rhythm: list[RhythmSample]) -> None:
    """Per method, on the seasons with a cited production step: predicted as of the step's date from
    that step's gaps (other seasons premiered by then), against the renewal's gaps as of the same
    date, and the rule of thumb."""
    steps = step_samples(r for s in shows for r in steps_of(s))
    rows: dict[str, list[tuple[int, bool, int]]] = {}
    for show in shows:
        for m in show.milestones:
            season = show.season(m.season)
            if m.kind not in STEP_WORDS or season is None or season.premiere is None:
                continue
            if m.date.precision == "year" or season.premiere.precision == "year":
                continue
            asof, actual = m.date.midpoint(), season.premiere.midpoint()
            if actual <= asof:
                continue
            step = predict_from_step(show.platform, m.kind, asof, asof, steps, show_id=show.id)
            renewal = next(
                (d for d in show.decisions if d.status == "renewed" and d.season == m.season), None
            )
            by_renewal = (
                predict(show.platform, renewal.announced.midpoint(), asof, samples, exclude_show=show.id)
                if renewal is not None and renewal.announced.precision != "year"
                else None
            )
            prev = show.season(m.season - 1)
            by_own = (
                by_rhythm(show, m.season, renewal.announced.midpoint(), asof, rhythm)
                if renewal is not None and renewal.announced.precision != "year"
                else None
            )
            for name, p in (
                (f"{STEP_WORDS[m.kind]} -> premiere", step),
                ("renewal -> premiere, same seasons", by_renewal),
                ("as the bot predicts, same seasons", step or by_own or by_renewal),
            ):
                if p is not None and step is not None:
                    width = (p.latest - p.earliest).days
                    rows.setdefault(name, []).append(
                        (abs((p.likely - actual).days), p.earliest <= actual <= p.latest, width)
                    )
            if step is not None and prev is not None and prev.premiere is not None:
                point = prev.premiere.midpoint() + timedelta(days=round(9 * MONTH))
                inside = (
                    prev.premiere.midpoint() + timedelta(days=round(6 * MONTH))
                    <= actual
                    <= prev.premiere.midpoint() + timedelta(days=round(12 * MONTH))
                )
                rows.setdefault("rule of thumb, same seasons", []).append(
                    (abs((point - actual).days), inside, round(6 * MONTH))
                )
    print(f"\nproduction steps: {len(steps)} step-to-premiere gaps in the catalogue")
    if not rows:
        print("no season with a cited production step could be predicted from earlier history yet")
        return
    head = f"{'method (seasons with a cited production step)':<52} {'n':>4} {'median |error| days':>20}"
    print(f"{head} {'inside':>7} {'window days':>12}")
    for name, scored in rows.items():
        errors = [e for e, _, _ in scored]
        inside = sum(1 for _, ok, _ in scored if ok) / len(scored)
        width = statistics.median(w for _, _, w in scored)
        print(f"{name:<52} {len(scored):>4} {statistics.median(errors):>20.0f} {inside:>7.0%} {width:>12.0f}")


if __name__ == "__main__":
    main()
