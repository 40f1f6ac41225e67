"""End to end: a real uvicorn server on 127.0.0.1 and Debian's Chromium driven by Playwright.

Screenshots of every page are saved under the test's tmp_path (pytest keeps the last runs' folders).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from web_records import build_store, hostile_record

from dateline.store import Store
from dateline.web import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed (apt-get install chromium)"),
]

# the positions of every highlight piece in the article text, in code points (Python's offsets)
MARKS_JS = """() => {
  const root = document.getElementById('article-text');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const starts = new Map(); let pos = 0, node;
  while ((node = walker.nextNode())) { starts.set(node, pos); pos += Array.from(node.data).length; }
  const firstText = (el) => document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
  return [...root.querySelectorAll('mark')].map((m) => {
    const start = starts.get(firstText(m));
    return [m.dataset.key, m.dataset.span, start, start + Array.from(m.textContent).length];
  });
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("webui") / "ui.db", 30, extra=[hostile_record()])


@pytest.fixture(scope="module")
def server(db):
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 850})
    pg = context.new_page()
    pg.problems = []  # console errors (a CSP violation shows up here), page errors, requests leaving the server
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append("dialog: " + d.message), d.dismiss()))
    yield pg
    context.close()


def visit(page, base: str, path: str, shot: Path) -> None:
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shot), full_page=True)
    assert not page.problems, (path, page.problems)  # no script error, no CSP violation, no failed load


def test_every_page_renders(page, server, tmp_path):
    pages = {"home": "/", "events": "/events", "quotes": "/quotes", "actors": "/actors",
             "actor": "/actors/Alma%20Varga", "network": "/network", "map": "/map",
             "article": "/articles/syn-00001", "search": "/search?q=case"}
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    for name, path in pages.items():
        visit(page, server, path, tmp_path / f"{name}.png")
    assert all(url.startswith(server) or url.startswith("data:") for url in requested), requested
    page.goto(server + "/network")
    page.wait_for_selector("#network svg a")
    assert page.locator("#network svg a").count() == 12
    assert page.locator("#network svg line.edge").count() > 10
    page.goto(server + "/map")
    page.wait_for_selector("#map svg circle.spot")
    assert page.locator("#map svg path.land").count() > 150
    assert page.locator("#map svg circle.spot").count() == 8
    page.goto(server + "/actors/Alma%20Varga")
    page.wait_for_selector("#timeline-chart svg rect.bar")
    assert page.locator("#type-chart svg rect.bar").count() >= 3
    for name in pages:
        assert (tmp_path / f"{name}.png").stat().st_size > 5000


def test_filter_events_and_follow_an_actor(page, server, tmp_path):
    page.goto(server + "/events")
    all_rows = page.locator("#events-table tbody tr").count()
    page.select_option("select[name=type]", "ASSAULT")
    page.fill("input[name=actor]", "Kestrel")
    page.press("input[name=actor]", "Enter")  # submitting with the keyboard
    page.wait_for_load_state("networkidle")
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < all_rows
    for text in rows.locator("td:nth-child(2)").all_inner_texts():
        assert text.strip() == "ASSAULT"
    assert all("Kestrel Front" in r for r in rows.all_inner_texts())
    page.screenshot(path=str(tmp_path / "events-filtered.png"), full_page=True)
    page.locator("#events-table tbody a", has_text="Kestrel Front").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/actors/Kestrel%20Front")
    assert page.locator("h1").inner_text() == "Kestrel Front"
    page.wait_for_selector("#timeline-chart svg")
    assert page.locator("#partners tbody tr").count() > 1
    page.screenshot(path=str(tmp_path / "actor-followed.png"), full_page=True)


def test_sort_events_by_column(page, server):
    page.goto(server + "/events")
    page.click("#events-table th a:text('Source')")
    page.wait_for_load_state("networkidle")
    sources = page.locator("#events-table tbody td:nth-child(3)").all_inner_texts()
    assert sources == sorted(sources)


def test_article_highlights_are_the_record_spans(page, server, db, tmp_path):
    article_id = "syn-00007"
    with Store(db) as store:
        record = store.record(article_id)
    page.goto(server + "/articles/" + article_id)
    page.wait_for_load_state("networkidle")
    assert page.locator("#article-text").evaluate("el => el.textContent") == record.text
    pieces: dict[tuple[str, int, int], set[int]] = {}
    for key, span, start, end in page.evaluate(MARKS_JS):
        s, e = map(int, span.split("-"))
        pieces.setdefault((key, s, e), set()).update(range(start, end))
    expected = {(label, s, e) for label, s, e, _ in record.spans() if not label.endswith("evidence")}
    assert set(pieces) == expected
    for (_, s, e), chars in pieces.items():
        assert chars == set(range(s, e))
    # keyboard: Tab alone reaches the highlights, and a focused highlight shows its details
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.hl')"):
            break
    assert page.evaluate("document.activeElement.matches('mark.hl')")
    assert page.locator("#tooltip").is_visible()
    page.focus("mark.hl-event")
    details = page.locator("#details-body").inner_text()
    assert "source" in details and record.events[0].type in page.locator("#details").inner_text()
    assert page.locator("#tooltip").is_visible()
    page.screenshot(path=str(tmp_path / "article-focused.png"), full_page=True)
    page.locator("input[data-toggle=actor]").uncheck()
    assert "hide-actor" in page.locator("body").get_attribute("class")


def test_hostile_article_is_inert(page, server, tmp_path):
    page.goto(server + "/articles/evil%2F%3Cscript%3E1")
    page.wait_for_load_state("networkidle")
    text = page.locator("#article-text").inner_text()
    assert "<script>document.title" in text and "<img src=x" in text
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    assert page.title() != "pwned" and "<script>" in page.locator("h1").inner_text()
    assert not [p for p in page.problems if "dialog" in p or "pwned" in p]
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
