"""The container's health probe (the Dockerfile's HEALTHCHECK runs `python -m bot.healthcheck`): exit 0
when the bot's /healthz answers 200, else 1 with the reason on stdout, which Docker keeps for
`docker inspect`. Standard library only: the slim image has no curl, and the probe starts in a blink."""

from __future__ import annotations

import ipaddress
import os
import sys
import urllib.error
import urllib.request

TIMEOUT = 4.0  # seconds; below the HEALTHCHECK's own --timeout


def probe_url(port: int, host: str = "") -> str:
    """Where to ask: the address the bot listens on, or this host when it listens on every one."""
    address = ipaddress.ip_address(host) if host else None
    if address is None or address.is_unspecified:
        return f"http://127.0.0.1:{port}/healthz"
    shown = f"[{address}]" if address.version == 6 else str(address)
    return f"http://{shown}:{port}/healthz"


def probe(url: str, timeout: float = TIMEOUT) -> tuple[bool, str]:
    """(healthy, what /healthz said or why it could not be asked)."""
    # No proxy: HTTP_PROXY set for the bot's own outbound calls must not carry a loopback probe away.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as response:
            return True, response.read(4096).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:  # 503: the body lists the reasons
        return False, exc.read(4096).decode("utf-8", "replace")
    except (OSError, ValueError) as exc:
        return False, f"no answer from {url}: {exc}"


def main() -> int:
    port = os.environ.get("METRICS_PORT", "").strip()
    if not port:
        # The image sets METRICS_PORT; someone who turned it off has no endpoint to ask.
        print("METRICS_PORT is not set: no health endpoint to ask")
        return 0
    if not port.isdigit():
        print(f"METRICS_PORT is not a port number: {port[:20]!r}")
        return 1
    try:
        url = probe_url(int(port), os.environ.get("METRICS_HOST", "").strip())
    except ValueError:
        print("METRICS_HOST is not an IP address")
        return 1
    healthy, said = probe(url)
    print(said)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
