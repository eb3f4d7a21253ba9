"""HTML read as text: a TVmaze summary, a feed item's title that its feed marks as HTML ("<em>Severance</em>
Renewed for Season 3"). The standard library's HTML parser reads it; the text keeps one space between
blocks and entities decoded."""

from __future__ import annotations

from html.parser import HTMLParser


class _Text(HTMLParser):
    """The text of an HTML fragment (<p>, <b>, <i>, entities), one space between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "br", "div", "li"):
            self.parts.append(" ")


def plain_text(html: object) -> str:
    """The text of an HTML fragment, its whitespace collapsed; "" for anything but a string."""
    if not isinstance(html, str) or not html:
        return ""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())
