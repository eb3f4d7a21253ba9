"""Autocomplete at catalogue scale: the bot's search index against a naive baseline, same run.

    python bench/autocomplete.py [--shows 100000] [--queries 300] [--baseline-queries 10]

Builds a synthetic catalogue (titles from real title vocabulary, with aliases) in a real SQLite
file, loads the bot's index from it the way the bot does, then times prefix, whole-title and
single-typo queries. The baseline is `LIKE '%q%'` over every title plus a difflib similarity
rerank of every row. Prints one table; figures are ratios within this run, never assertions.

Then, each in a fresh child process: the memory of a process that has loaded the catalogue
(`Catalogue.load`, VmRSS and VmHWM from /proc/self/status, against the same process before the
load) and the event loop's longest stall while it loads; then the same with one hostile show
added (200 aliases of 200 random letters, a 41 KB import) and the stall of `refresh_show` on it.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import random
import sqlite3
import statistics
import string
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import longest_stall, status_mib
from bot.catalogue import Catalogue
from bot.domain.search import SearchIndex, search_key
from bot.store import Database
from bot.store import catalogue as store

# Words that real series titles are made of (English and romanised), so word frequencies look real.
VOCAB = """
the of a and in to my at on for with is are all us dead game house dragon last stranger things crown
witch witcher wednesday squid money heist dark office good place bear boys mandalorian andor loki
severance succession white lotus euphoria westworld fallout reacher invincible foundation silo slow
horses morning show lasso ted shrinking for mankind pachinko handmaid tale only murders building
breaking bad better call saul walking yellowstone yellowjackets abbott elementary brooklyn nine
fargo shadows outlander doctor who sherlock line duty fleabag happy valley lost twin peaks dexter
atlanta poker face attack titan demon slayer jujutsu kaisen chainsaw man spy family frieren journey
end solo leveling oshi ko mob psycho vinland saga one punch dandadan kaiju hero academia cyberpunk
edgerunners kingdom sweet home hellbound glory alice borderland extraordinary attorney woo crash
landing you goblin signal reply moving queen tears vincenzo itaewon class hospital playlist mr
sunshine legend blue sea moon lovers love alarm midnight sky star trek picard discovery strange new
worlds wheel time rings power lord night city gotham penguin batman peacemaker daredevil born again
echo hawkeye moon knight secret invasion agatha ahsoka acolyte skeleton crew bad batch clone wars
percy jackson olympians shogun reservation dogs handmaid gilded age mare easttown true detective
watchmen leftovers sopranos wire deadwood boardwalk empire rome chernobyl band brothers pacific
mindhunter ozark narcos orange black bridgerton sex education umbrella academy sandman locke key
cobra kai lupin elite cable girls vis vis paper 1899 barbarians kingdom beef arcane castlevania
blood fire ice song throne north south east west river mountain island ocean sea storm winter summer
spring autumn king prince princess lady lord knight empire republic legacy chronicles tales story
secret hidden lost found broken shattered rising fallen first last final new old young little big
""".split()


def make_catalogue(n: int, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """(slug, title, aliases) with unique folded titles."""
    seen: set[str] = set()
    out = []
    while len(out) < n:
        words = rng.choices(VOCAB, k=rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)))
        title = " ".join(
            w.capitalize() if i == 0 or w not in ("the", "of", "a", "and", "in") else w
            for i, w in enumerate(words)
        )
        if rng.random() < 0.15:
            title += f" {rng.randint(2, 9)}"
        key = search_key(title)
        if key in seen:
            continue
        seen.add(key)
        aliases = []
        if len(words) >= 3:
            aliases.append("".join(w[0] for w in words).upper())
        if rng.random() < 0.3:
            aliases.append(f"{title}: {rng.choice(VOCAB).capitalize()} Edition")
        out.append((f"show-{len(out)}", title, aliases))
    return out


async def fill(path: Path, shows: list[tuple[str, str, list[str]]], rng: random.Random) -> None:
    """Write shows straight into the real schema (the import path is benchmarked in bench/import.py)."""
    db = await Database.open(path)
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO shows (id, slug, title, aliases, platform, country, last_checked, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'US', '2026-11-25', '2026-11-25', '2026-11-25')",
            [
                (i + 1, slug, title, str(aliases).replace("'", '"'), rng.choice(("Netflix", "HBO", "Hulu")))
                for i, (slug, title, aliases) in enumerate(shows)
            ],
        )
    await db.close()


def hostile_show(rng: random.Random) -> tuple[str, str, list[str]]:
    """One show whose aliases are as long and many as an import file lets them be."""
    letters = string.ascii_lowercase
    return ("hostile", "Hostile", ["".join(rng.choices(letters, k=200)) for _ in range(200)])


async def child(path: Path, refresh: int | None) -> None:
    """In a fresh process: load the catalogue the way the bot does; print what it cost as JSON."""
    db = await Database.open(path)
    before = status_mib()
    t0 = time.perf_counter()
    catalogue, stall = await longest_stall(Catalogue.load(db))
    figures = {
        "load_s": time.perf_counter() - t0,
        "load_stall_ms": stall,
        "before": before,
        "after": status_mib(),
    }
    if refresh is not None:
        t0 = time.perf_counter()
        _, figures["refresh_stall_ms"] = await longest_stall(catalogue.refresh_show(refresh))  # type: ignore[attr-defined]
        figures["refresh_s"] = time.perf_counter() - t0
    await db.close()
    print(json.dumps(figures))


def run_child(path: Path, refresh: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path)] + (["--refresh", str(refresh)] if refresh else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


async def fill_more(path: Path, first_id: int, show: tuple[str, str, list[str]]) -> None:
    db = await Database.open(path)
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO shows (id, slug, title, aliases, platform, country, last_checked, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'Netflix', 'US', '2026-11-25', '2026-11-25', '2026-11-25')",
            (first_id + 1, show[0], show[1], json.dumps(show[2])),
        )
    await db.close()


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    op = rng.choice(("delete", "insert", "replace", "swap"))
    if op == "delete":
        return word[:i] + word[i + 1 :]
    if op == "insert":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    if op == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice([c for c in string.ascii_lowercase if c != word[i]]) + word[i + 1 :]


def queries(shows: list[tuple[str, str, list[str]]], count: int, rng: random.Random) -> dict[str, list]:
    picks = rng.sample(range(len(shows)), count)
    out: dict[str, list] = {"prefix": [], "whole title": [], "one typo": []}
    for i in picks:
        title = shows[i][1]
        key = search_key(title)
        out["prefix"].append((key[: max(3, min(len(key), rng.randint(4, 10)))], i + 1))
        out["whole title"].append((title, i + 1))
        words = key.split()
        long_words = [j for j, w in enumerate(words) if len(w) >= 4]
        if long_words:
            j = rng.choice(long_words)
            words[j] = typo(words[j], rng)
            out["one typo"].append((" ".join(words), i + 1))
    return out


def baseline(conn: sqlite3.Connection, query: str, limit: int = 25) -> list[int]:
    """The obvious way: LIKE over all titles, then a similarity rerank of every row."""
    like = [r[0] for r in conn.execute("SELECT id FROM shows WHERE title LIKE ? LIMIT 25", (f"%{query}%",))]
    q = search_key(query)
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, q, search_key(t)).ratio(), i)
            for i, t in conn.execute("SELECT id, title FROM shows")
        ),
        reverse=True,
    )[:limit]
    return like[:1] + [i for _, i in scored] if like else [i for _, i in scored]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def measure(fn, qs: list[tuple[str, int]]) -> tuple[float, float, float]:
    times, hits = [], 0
    for text, want in qs:
        t0 = time.perf_counter()
        got = fn(text)
        times.append((time.perf_counter() - t0) * 1000)
        hits += bool(got) and got[0] == want
    return statistics.median(times), pct(times, 0.99), hits / len(qs)


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shows", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--baseline-queries", type=int, default=10)  # ~5-10 s each at 100k
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--refresh", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        await child(args.child, args.refresh)
        return
    rng = random.Random(args.seed)
    shows = make_catalogue(args.shows, rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        await fill(path, shows, rng)
        db = await Database.open(path)
        entries = await store.search_entries(db)
        await db.close()
        t0 = time.perf_counter()
        index = SearchIndex.build(entries)
        build_s = time.perf_counter() - t0
        tracemalloc.start()  # a second build, traced, for memory only (tracing slows it down)
        SearchIndex.build(entries)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        conn = sqlite3.connect(path)
        qs = queries(shows, args.queries, rng)

        def ours(text: str) -> list[int]:
            return [h.entry.show_id for h in index.search(text, 25)]

        print(
            f"catalogue: {len(shows):,} shows; index built in {build_s:.1f} s, peak {peak / 2**20:.0f} MiB traced"
        )
        print(
            f"{'queries':<12} {'n':>4} | {'ours p50':>9} {'p99':>8} {'hits@1':>7} | "
            f"{'baseline p50':>12} {'p99':>8} {'hits@1':>7} | {'speed-up (p50)':>14}"
        )
        for kind, items in qs.items():
            o50, o99, ohit = measure(ours, items)
            sample = items[: args.baseline_queries]
            b50, b99, bhit = measure(lambda t: baseline(conn, t), sample)
            print(
                f"{kind:<12} {len(items):>4} | {o50:>7.2f}ms {o99:>6.2f}ms {ohit:>7.2f} | "
                f"{b50:>10.1f}ms {b99:>6.1f}ms {bhit:>7.2f} | {b50 / o50:>13.0f}x"
            )
        conn.close()

        plain = run_child(path)
        await fill_more(path, len(shows), hostile_show(rng))
        hostile = run_child(path, refresh=len(shows) + 1)
        print(
            f"process after Catalogue.load: VmRSS {plain['after']['VmRSS']:.0f} MiB, "
            f"VmHWM {plain['after']['VmHWM']:.0f} MiB (before the load: {plain['before']['VmRSS']:.0f} MiB); "
            f"load {plain['load_s']:.1f} s, longest event-loop stall {plain['load_stall_ms']:.0f} ms"
        )
        print(
            f"with one hostile show (200 aliases of 200 letters): VmHWM {hostile['after']['VmHWM']:.0f} MiB "
            f"({hostile['after']['VmHWM'] - plain['after']['VmHWM']:+.0f} MiB); refresh_show on it "
            f"{hostile['refresh_s'] * 1000:.0f} ms, longest stall {hostile['refresh_stall_ms']:.0f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
