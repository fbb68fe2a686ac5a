"""A document's text, page by page, from PDF (text layer), Word, HTML or plain text.

Page numbers are the document's own: a PDF page, the text between two explicit page breaks
of a Word file, a ``<section class="page">`` of an HTML file, a form-feed-separated chunk of
a text file. Tables come out row by row, cells joined by `` | `` (as the text copies of the
evaluation set write them), so a results matrix reads as one line per row in every format.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any, Literal

from napkit.core.i18n import _
from napkit.core.plan.problems import Problem
from napkit.core.screening import spacing

Kind = Literal["pdf", "docx", "html", "text"]

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: a NAP is rarely over a few megabytes of text and images."""

MAX_PAGES = 2000


class Unreadable(Exception):
    """The file cannot be screened; ``problem`` says why, located at the file."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _unreadable(name: str, message: str) -> Unreadable:
    return Unreadable(Problem(message, file=name))


def kind_of(content: bytes, name: str) -> Kind:
    """The format, from the bytes first (a misnamed file is still read right), then the name."""
    head = content[:1024].lstrip()
    if content.startswith(b"%PDF-"):
        return "pdf"
    if content.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return "html"
    suffix = PurePath(name).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in {".html", ".htm"}:
        return "html"
    return "text"


def extract(content: bytes, name: str) -> tuple[Kind, list[str]]:
    """(format, the text of each page). Raises ``Unreadable`` with a clear problem."""
    if len(content) > MAX_BYTES:
        raise _unreadable(
            name,
            _("the file is too large to screen ({size} MB; at most {limit} MB)").format(
                size=round(len(content) / 1_048_576, 1), limit=MAX_BYTES // 1_048_576
            ),
        )
    if not content.strip():
        raise _unreadable(name, _("the file is empty"))
    kind = kind_of(content, name)
    reader = {"pdf": _pdf, "docx": _docx, "html": _html, "text": _text}[kind]
    pages = [_tidy(p) for p in reader(content, name)]
    if kind == "pdf":
        pages = spacing.dehyphenate(pages)
        if spacing.glued(pages):
            pages = spacing.restore(pages)
    if len(pages) > MAX_PAGES:
        raise _unreadable(
            name, _("the document has more than {n} pages; split it first").format(n=MAX_PAGES)
        )
    if not any(p.strip() for p in pages):
        if kind == "pdf":
            raise _unreadable(
                name,
                _(
                    "this PDF has no text layer (a scan?): run OCR first (for example "
                    "ocrmypdf) and screen the result"
                ),
            )
        raise _unreadable(name, _("the document has no text"))
    return kind, pages


_PRIVATE_BULLET = re.compile("[\uf000-\uf0ff]")


def _tidy(text: str) -> str:
    # Offsets of evidence are into this text, so it is normalised once, here, and never after.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    # Bullets drawn from a symbol font come out as private-use characters (U+F0B7, U+F0D8…).
    text = _PRIVATE_BULLET.sub("•", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _text(content: bytes, name: str) -> list[str]:
    if b"\x00" in content[:4096]:
        raise _unreadable(name, _("this is not a text file (PDF, Word, HTML or plain text)"))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older plans saved from Word on Windows: cp1252 decodes every byte but a few.
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            text = content.decode("latin-1")
    return text.split("\f")


def _pdf(content: bytes, name: str) -> list[str]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs; a damaged file is reported once, as a problem, instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as error:  # pypdf raises several kinds here
                raise _unreadable(
                    name, _("this PDF is protected by a password; remove it first")
                ) from error
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise _unreadable(
                name,
                _("the document has more than {n} pages; split it first").format(n=MAX_PAGES),
            )
        return [page.extract_text() or "" for page in reader.pages]
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise _unreadable(
            name, _("this PDF cannot be read ({error})").format(error=str(error)[:200])
        ) from error


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(content: bytes, name: str) -> list[str]:
    try:
        import docx

        document = docx.Document(io.BytesIO(content))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise _unreadable(
            name,
            _("this is not a Word (.docx) file or it is damaged ({error})").format(
                error=str(error)[:200]
            ),
        ) from error
    pages: list[list[str]] = [[]]
    for block in document.element.body.iterchildren():
        tag = block.tag
        if tag == f"{_W}p":
            for piece, breaks in _paragraph(block):
                pages[-1].append(piece)
                for _n in range(breaks):
                    pages.append([])
        elif tag == f"{_W}tbl":
            pages[-1].extend(_docx_rows(block))
    return ["\n".join(lines) for lines in pages]


def _paragraph(p: Any) -> Iterator[tuple[str, int]]:
    """(text, page breaks after it) for each piece of a paragraph split at its page breaks."""
    text: list[str] = []
    for node in p.iter():
        if node.tag == f"{_W}t":
            text.append(node.text or "")
        elif node.tag == f"{_W}tab":
            text.append("\t")
        elif node.tag == f"{_W}br":
            if node.get(f"{_W}type") == "page":
                yield "".join(text), 1
                text = []
            else:
                text.append("\n")
    yield "".join(text), 0


def _docx_rows(table: Any) -> list[str]:
    rows: list[str] = []
    for tr in table.iter(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            cell = " ".join(
                "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p")
            )
            cells.append(" ".join(cell.split()))
        rows.append(" | ".join(cells))
    return rows


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "ul"}
_BLOCKS |= {"ol", "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd"}


def _html(content: bytes, name: str) -> list[str]:
    from lxml import etree, html

    try:
        root = html.fromstring(content)
    except (etree.ParserError, ValueError) as error:
        raise _unreadable(
            name, _("this HTML file cannot be read ({error})").format(error=str(error)[:200])
        ) from error
    for bad in list(root.iter("script", "style", "head")):
        parent = bad.getparent()
        if parent is not None:
            parent.remove(bad)
    sections = [s for s in root.iter("section") if "page" in (s.get("class") or "").split()]
    return [_html_text(s) for s in sections] if sections else [_html_text(root)]


def _html_text(element: Any) -> str:
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "tr":
            flush()
            cells = [" ".join(c.text_content().split()) for c in node if c.tag in ("td", "th")]
            lines.append(" | ".join(cells))
        else:
            if tag in _BLOCKS:
                flush()
            if node.text and tag:
                current.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    current.append(child.tail)
            if tag in _BLOCKS:
                flush()

    walk(element)
    flush()
    return "\n\n".join(lines)


def pages_from_text(text: str) -> list[str]:
    """Pages of a text already read (form feeds), tidied as ``extract`` does: for tests."""
    return [_tidy(p) for p in text.split("\f")]


_SPACES = re.compile(r"\s+")
