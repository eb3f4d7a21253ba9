"""Pacing requests to a service's rolling rate limit (Discord's global 50 a second, TVmaze's 20 in
10 seconds)."""

from __future__ import annotations

import asyncio
import collections
import time


class Pace:
    """At most `rate` requests in any rolling `per` seconds, the way both services count.

    A token bucket would allow a full window's burst on top of the refill and earn 429s at the
    start of every burst; a sliding window of send times never does."""

    def __init__(self, rate: int, per: float = 1.0) -> None:
        self.rate = rate
        self.per = per
        self.sent: collections.deque[float] = collections.deque()
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                while self.sent and now - self.sent[0] >= self.per:
                    self.sent.popleft()
                if len(self.sent) < self.rate:
                    self.sent.append(now)
                    return
                await asyncio.sleep(self.per - (now - self.sent[0]))
