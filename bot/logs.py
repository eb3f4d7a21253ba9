"""Where log lines go and how they look: today's text lines, or one JSON object a line
(LOG_FORMAT=json) for a collector (Loki, CloudWatch, journald with a JSON parser) to index."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import TextIO

TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"  # LOG_FORMAT=text, as always


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, and exc_info or
    stack_info (the traceback as text) when the record has one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        elif record.exc_text:  # formatted by another handler first
            entry["exc_info"] = record.exc_text
        if record.stack_info:
            entry["stack_info"] = self.formatStack(record.stack_info)
        # ensure_ascii: a title with U+2028 or U+0085 stays on its line for tools that split on
        # them too (str.splitlines does); json.dumps already escapes \n in tracebacks.
        return json.dumps(entry, ensure_ascii=True)


def configure(level: int, log_format: str, stream: TextIO | None = None) -> None:
    """Set up the root logger once, as `logging.basicConfig` would, in the chosen format."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level, handlers=[handler])
