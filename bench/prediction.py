"""Backtest of the premiere prediction on the bundled catalogue, beside the fan-site rule of thumb.

    python bench/prediction.py [--file data/shows.json]

For every renewed season whose renewal and premiere dates are both known (to the month at least),
predict its premiere as of the renewal's announcement, using only seasons that had premiered by
then. The rule of thumb fans repeat is "6 to 12 months after the previous season": point estimate
9 months after the previous premiere, window 6 to 12 months. Both are scored on the same seasons:
median absolute error in days, and how often the real premiere fell inside the window.
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
from bot.domain.prediction import gap_samples, pairs_of, predict

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

    ours_err, ours_in, rule_err, rule_in = [], 0, [], 0
    no_prediction = 0
    scopes: dict[str, int] = {}
    all_cases = cases(shows)
    for show, _, renewed, actual, prev in all_cases:
        if prev is None:
            continue
        p = predict(show.platform, renewed, renewed, samples, exclude_show=show.id)
        if p is None:
            no_prediction += 1
            continue
        scopes[p.scope if not p.overdue else "overdue fallback"] = scopes.get(p.scope, 0) + 1
        ours_err.append(abs((p.likely - actual).days))
        ours_in += p.earliest <= actual <= p.latest
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


if __name__ == "__main__":
    main()
