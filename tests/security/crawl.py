"""A small same-site crawler for the canary tests: follows every local GET link a role can see and
returns the text of each page and download (HTML, CSV, XLSX, PDF, JSON)."""

from __future__ import annotations

import io
import re
from collections import deque
from html import unescape
from urllib.parse import urldefrag, urljoin, urlsplit

HREF = re.compile(r'href="([^"]+)"')
SKIP = re.compile(r"^/(static/|auth/sign-out|auth/second-factor|language)")


def text_of(response, raw: bool = False) -> str:
    kind = response.headers.get("Content-Type", "")
    data = response.get_data()
    if "pdf" in kind:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    if "spreadsheetml" in kind:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)
    text = data.decode("utf-8", "replace")
    return text if raw else unescape(text)


def crawl(client, start: tuple[str, ...] = ("/",), limit: int = 400, raw: bool = False) -> dict[str, str]:
    """Breadth-first over local links; returns {path: text} (HTML as served when ``raw``, else with
    entities decoded, as a reader sees it). Pages answering 4xx are kept empty."""
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < limit:
        path = queue.popleft()
        if path in seen or SKIP.match(path):
            continue
        response = client.get(path)
        if response.status_code >= 400 or response.status_code in (301, 302, 303):
            seen[path] = ""
            continue
        body = text_of(response, raw)
        seen[path] = body
        if "html" in response.headers.get("Content-Type", ""):
            for href in HREF.findall(response.get_data(as_text=True)):
                target = urldefrag(urljoin(path, unescape(href)))[0]
                parts = urlsplit(target)
                if not parts.netloc and target.startswith("/") and target not in seen:
                    queue.append(target)
    return seen
