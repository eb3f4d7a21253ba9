"""Synthetic catalogues in the shows.json format, for benchmarks and crash tests (not real shows)."""

from __future__ import annotations

import random

WORDS = "dead house dragon crown witch game dark office place bear boys silo lost night city island winter king".split()
PLATFORMS = ("Netflix", "HBO", "Disney+", "Prime Video", "Apple TV+", "Hulu", "NBC", "tvN")


def catalogue(n: int, rng: random.Random) -> dict:
    shows = []
    for i in range(n):
        title = " ".join(rng.choices(WORDS, k=rng.randint(1, 4))).title() + f" {i}"
        seasons = []
        year = rng.randint(2005, 2024)
        for s in range(1, rng.randint(1, 4) + 1):
            seasons.append(
                {
                    "number": s,
                    "premiere": f"{year + s - 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "episodes": rng.randint(6, 22),
                }
            )
        shows.append(
            {
                "slug": f"show-{i}",
                "title": title,
                "aliases": [title.upper()],
                "platform": rng.choice(PLATFORMS),
                "country": "US",
                "language": "en",
                "source_material": "Original",
                "last_checked": "2026-11-25",
                "seasons": seasons,
                "decisions": [
                    {
                        "season": len(seasons) + 1,
                        "status": "renewed",
                        "date": f"{year + len(seasons)}-03",
                        "source": {"publisher": "Example Network"},
                    }
                ],
                "cast": [
                    {"actor": f"Actor {i}-{c}", "character": f"Character {c}", "seasons": [1]}
                    for c in range(3)
                ],
            }
        )
    return {"version": 1, "shows": shows}
