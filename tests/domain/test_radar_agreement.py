"""The labelled headlines' further labels (tests/data/radar_relabelled.jsonl) and the bench that
compares labellers with each other and with the classifier (bench/radar_agreement.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.radar import DATA, KINDS, spent, unread  # noqa: E402
from bench.radar_agreement import RELABELLED, SAMPLES, kappa, load, main, majority, proposed  # noqa: E402


def test_every_relabelled_headline_is_a_labelled_one_with_two_further_labels() -> None:
    rows = load()
    raw = [json.loads(line) for line in RELABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == len(raw) >= 1000
    assert {r.sample for r in rows} == set(SAMPLES)
    assert len({(r["set"], r["url"], r["title"]) for r in raw}) == len(raw)  # each headline once
    for row in rows:
        assert len(row.labels) == 3
        assert all(label.kind in (*KINDS, "none") for label in row.labels)
        assert all(label.title == row.labels[0].title for label in row.labels)
    # the held-out sample is every held-out headline of the sets it names, and only those
    held = [r for r in rows if r.sample == "held"]
    # (or held out then, and read since: bench/radar.py's SPENT)
    assert held and all(unread(DATA / r.set, r.labels[0]) or spent(DATA / r.set, r.labels[0]) for r in held)
    assert not any(unread(DATA / r.set, r.labels[0]) for r in rows if r.sample != "held")


def test_kappa_and_the_majority_read_labels_as_documented() -> None:
    observed, k = kappa(
        ["renewed", "none", "none", "cancelled"], ["renewed", "none", "cancelled", "cancelled"]
    )
    assert observed == 0.75
    assert k == pytest.approx((0.75 - 0.3125) / (1 - 0.3125))
    assert kappa(["none", "none"], ["none", "none"]) == (1.0, 1.0)
    row = next(r for r in load() if r.sample == "random")
    # two labels alike decide; the first label is the one kept when it is among them
    assert majority(row) is not None
    for label in row.labels:
        findings = proposed(label)
        if label.kind == "none" or not label.show:
            assert findings == []
        else:
            assert {f.kind for f in findings} == {label.kind}


def test_the_agreement_bench_prints_figures_but_no_held_out_headline(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["radar_agreement.py", "--disagreements"])
    main()
    printed = capsys.readouterr().out
    assert "== held:" in printed and "classifier judged by the majority" in printed
    assert "held-out headlines labelled unalike, not printed" in printed
    held = [r for r in load() if r.sample == "held" and unread(DATA / r.set, r.labels[0])]
    assert held and not any(r.labels[0].title in printed for r in held)
