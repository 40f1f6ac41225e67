"""The web server under attack: read-only, parameterised SQL, no path traversal, localhost, no CORS, limits.

In process through FastAPI's TestClient, plus a real uvicorn server on 127.0.0.1 for what a client library
would normalise away (``..`` segments, over-long request lines). Complements tests/web/test_web_api.py (which
checks the same headers and a few traversal paths on the happy path): here every filter of every list
endpoint gets injection payloads, and answers are compared with a literal match computed in Python.
"""

from __future__ import annotations

import hashlib
import re
import socket
import sys
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from web_records import synthetic_record  # noqa: E402

from dateline import cli  # noqa: E402
from dateline.commands import serve as serve_cmd  # noqa: E402
from dateline.records import Actor, Event, Place, Quote, Record, make_id  # noqa: E402
from dateline.store import Store, StoreWriter  # noqa: E402
from dateline.web import create_app  # noqa: E402
from dateline.web.queries import MAX_FILTER_CHARS, MAX_OFFSET, MAX_PAGE  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

N_SYNTHETIC = 20
PAYLOADS = [
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "') UNION SELECT name, sql FROM sqlite_master --",
    "1; DELETE FROM articles",
    "%",
    "_",
    "\\",
    'NEAR(a b) OR content : "x" *',
    "a* OR b* AND NOT c",
    "Ωmega \u202eevil\u202c 😀",
]
SWEEP_ONLY = ["\x00", "'" * 200, "%" * 50 + "_" * 50, "\ud7ff\ufffd", "(" * 100, "*"]  # not stored as names
LIST_ENDPOINTS = ["/api/events", "/api/quotes", "/api/actors", "/api/places", "/api/timeline", "/api/network"]
FILTERS = ["actor", "type", "country", "since", "until", "q", "place"]


def literal_record() -> Record:
    """An article whose actor names, places, quotes and sentences are the payloads themselves."""
    aid = "literal-payloads"
    text, actors, places, quotes, events = "", [], [], [], []
    for i, p in enumerate(PAYLOADS):
        start = len(text)
        sentence = f"{p} accused Alma Varga in Port {p}. {p} said: “Words {p} end.”\n"
        text += sentence
        name_span = [start, start + len(p)]
        trig = [start + len(p) + 1, start + len(p) + 1 + len("accused")]
        varga_at = start + sentence.index("Alma Varga")
        port_at = start + sentence.index(f"Port {p}")
        speaker_at = start + sentence.index(f". {p} said") + 2
        content_at = start + sentence.index(f"Words {p} end.")
        actor = Actor(id=f"a{i}", name=p, country="NOR", kind="PERSON", mentions=[name_span, [speaker_at,
                                                                                             speaker_at + len(p)]])
        varga = Actor(id=f"v{i}", name="Alma Varga", country="HUN", kind="PERSON",
                      mentions=[[varga_at, varga_at + len("Alma Varga")]])
        place = Place(id=f"p{i}", start=port_at, end=port_at + len(f"Port {p}"), text=f"Port {p}",
                      name=f"Port {p}", country="NOR", lat=60.0, lon=10.0, role="event")
        actors += [actor, varga]
        places.append(place)
        quotes.append(Quote(id=f"q{i}", content=[[content_at, content_at + len(f"Words {p} end.")]],
                            speaker=[[speaker_at, speaker_at + len(p)]], cue=[[speaker_at + len(p) + 1,
                                                                                speaker_at + len(p) + 5]],
                            speaker_name=p, speaker_actor=actor.id, kind="direct"))
        events.append(Event(id=make_id("event", aid, *trig), type="ACCUSE", source=[actor.id], target=[varga.id],
                            date="2024-05-05", place=place.id, trigger=trig,
                            evidence=[start, start + sentence.index(". ") + 1]))
    record = Record(id=aid, text=text, date="2024-05-05", title="payloads", actors=actors, places=places,
                    quotes=quotes, events=events)
    assert not record.span_errors(), record.span_errors()
    return record


RECORDS = [synthetic_record(i) for i in range(N_SYNTHETIC)] + [literal_record()]


def contains(haystack: str | None, needle: str) -> bool:
    return haystack is not None and needle.lower() in haystack.lower()


def expected_events(param: str, value: str) -> set[str]:
    """Event ids a literal, case-insensitive substring match would select (the documented filter meaning)."""
    out = set()
    for r in RECORDS:
        names = {a.id: a.name for a in r.actors}
        places = {p.id: p for p in r.places}
        for e in r.events:
            if param == "actor":
                hit = any(contains(names.get(a), value) for a in e.source + e.target)
            elif param == "q":
                hit = contains(r.text[e.evidence[0]:e.evidence[1]], value)
            else:  # place
                p = places.get(e.place)
                hit = p is not None and (contains(p.name, value) or contains(p.text, value))
            if hit:
                out.add(e.id)
    return out


def expected_quotes(value: str) -> set[str]:
    return {q.id for r in RECORDS for q in r.quotes
            if contains(q.speaker_name, value) or any(contains(r.text[s:e], value) for s, e in q.speaker)}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sec") / "sec.db"
    with StoreWriter(path) as writer:
        writer.write(RECORDS)
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db), raise_server_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_items(client: TestClient, url: str, params: dict[str, str]) -> tuple[int, dict]:
    response = client.get(url, params={**params, "limit": MAX_PAGE})
    return response.status_code, (response.json() if response.headers.get("content-type", "").startswith(
        "application/json") else {})


# -- read-only ------------------------------------------------------------------------------------------
ROUTES = LIST_ENDPOINTS + ["/api/search", "/api/articles/syn-00001", "/api/world", "/", "/events", "/quotes",
                           "/actors", "/articles/syn-00001", "/static/app.js"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_are_refused_on_every_route(client, db, method):
    before = digest(db)
    for url in ROUTES:
        response = client.request(method, url, content=b"x" * 2_000_000)  # a large body changes nothing
        assert response.status_code == 405, (method, url, response.status_code)
    assert digest(db) == before


# -- SQL injection --------------------------------------------------------------------------------------
def test_every_filter_of_every_list_endpoint_survives_injection(client, db):
    """No 500 anywhere: a payload is a value (200) or a clearly rejected filter (400/422 with a detail)."""
    before = digest(db)
    with Store(db) as store:
        counts = store.counts()
    seen: dict[int, int] = {}
    for url in LIST_ENDPOINTS:
        for name in FILTERS:
            for payload in PAYLOADS + SWEEP_ONLY:
                params = {name: payload}
                if url == "/api/timeline" and name != "actor":
                    params["actor"] = "Alma Varga"
                status, body = all_items(client, url, params)
                seen[status] = seen.get(status, 0) + 1
                assert status in (200, 400, 422), (url, params, status, body)
                if status != 200:
                    assert body.get("detail"), (url, params, body)
    assert seen.get(200, 0) > 300, seen  # most payloads are plain values that simply match literally
    with Store(db) as store:
        assert store.counts() == counts
    assert digest(db) == before


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("param", ["actor", "q", "place"])
def test_event_filters_match_payloads_literally(client, payload, param):
    status, body = all_items(client, "/api/events", {param: payload})
    assert status == 200, body
    assert {e["id"] for e in body["items"]} == expected_events(param, payload)
    assert body["total"] == len(body["items"]) >= 1  # the literal article always matches itself


@pytest.mark.parametrize("payload", PAYLOADS)
def test_quote_speaker_and_actor_names_match_payloads_literally(client, payload):
    status, body = all_items(client, "/api/quotes", {"actor": payload})
    assert status == 200, body
    assert {q["id"] for q in body["items"]} == expected_quotes(payload) and body["items"]
    status, body = all_items(client, "/api/actors", {"q": payload})
    assert status == 200, body
    names = [a["name"] for a in body["items"]]
    assert payload in names and all(contains(n, payload) for n in names)
    status, body = all_items(client, "/api/timeline", {"actor": payload, "exact": "true"})
    assert status == 200 and body["total"] >= 2, body  # its event and its quote


@pytest.mark.parametrize("payload", PAYLOADS)
def test_quote_text_is_one_phrase_not_query_syntax(client, payload):
    """q on quotes is a full-text phrase: FTS operators in it are words, so only the literal quote matches."""
    words = re.findall(r"[^\W_]+", payload)  # what FTS5's unicode61 tokenizer keeps
    status, body = all_items(client, "/api/quotes", {"q": payload})
    assert status in (200, 400), body
    if status == 200 and words:
        assert [q["id"] for q in body["items"]] == [f"q{PAYLOADS.index(payload)}"]


@pytest.mark.parametrize("payload", PAYLOADS + SWEEP_ONLY)
def test_search_and_article_routes_take_payloads_as_values(client, payload):
    for kind in ("all", "articles", "quotes"):
        response = client.get("/api/search", params={"q": payload, "kind": kind})
        assert response.status_code in (200, 400), (payload, response.text)
    assert client.get("/api/articles/" + quote(payload, safe="")).status_code == 404
    page = client.get("/search", params={"q": payload})
    assert page.status_code in (200, 400)
    for url in ("/events", "/quotes", "/actors"):
        assert client.get(url, params={"actor": payload, "q": payload}).status_code in (200, 400)


def test_sort_and_exact_are_keys_not_sql(client):
    for sort in ("date; DROP TABLE events", "-type--", "date DESC, (SELECT 1)", "rowid"):
        response = client.get("/api/events", params={"sort": sort})
        assert response.status_code == 400 and "expected one of" in response.json()["detail"]
    assert client.get("/api/events", params={"exact": "1 OR 1=1"}).status_code == 422


# -- paths ----------------------------------------------------------------------------------------------
TRAVERSALS = ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
              "/static/%252e%252e/%252e%252e/etc/passwd", "/static/..\\..\\etc\\passwd",
              "/static/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/static//etc/passwd", "/static/app.js%00.css",
              "/static/....//....//etc/passwd", "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
              "/static/../app.py", "/static/%2e%2e/app.py", "/static/../../../pyproject.toml"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_traversal_in_process(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "root:" not in response.text and "def create_app" not in response.text


# -- binding and CORS -----------------------------------------------------------------------------------
def test_serve_binds_localhost_by_default():
    parser = cli.build_parser()
    assert parser.parse_args(["serve"]).host == "127.0.0.1"
    assert parser.parse_args(["demo"]).host == "127.0.0.1"


@pytest.mark.parametrize(("host", "warned"), [("0.0.0.0", True), ("::", True), ("10.1.2.3", True),
                                              ("example.org", True), ("127.0.0.1", False), ("localhost", False),
                                              ("::1", False)])
def test_serve_command_warns_beyond_loopback(db, monkeypatch, capsys, host, warned):
    """Through `dateline serve --host H`; binding itself is replaced, so no public address is ever opened."""
    bound = []

    def fake_bind(h, port):
        bound.append(h)
        return socket.create_server(("127.0.0.1", 0))

    monkeypatch.setattr(serve_cmd, "bind", fake_bind)
    monkeypatch.setattr("uvicorn.Server.run", lambda self, sockets=None: [s.close() for s in sockets or []])
    assert cli.main(["serve", "--db", str(db), "--host", host, "--port", "0"]) == 0
    err = capsys.readouterr().err
    assert bound == [host]
    if warned:
        assert (f"dateline: WARNING: serving on {host}, reachable from other machines. The UI has no login: "
                "anyone who can reach this address can read the whole store.") in err
    else:
        assert "WARNING" not in err


def test_no_cors_headers(client):
    origin = {"Origin": "http://evil.example"}
    for url in ("/api/events", "/api/articles/syn-00001", "/", "/static/app.js"):
        assert "access-control-allow-origin" not in client.get(url, headers=origin).headers
    preflight = client.options("/api/events", headers={**origin, "Access-Control-Request-Method": "GET",
                                                        "Access-Control-Request-Headers": "x-anything"})
    assert preflight.status_code in (405, 400) and "access-control-allow-origin" not in preflight.headers


# -- limits ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/api/events", "/api/quotes", "/api/actors", "/api/places",
                                 "/api/timeline?actor=Alma%20Varga"])
def test_page_size_and_offset_bounds(client, url):
    sep = "&" if "?" in url else "?"
    assert client.get(f"{url}{sep}limit={MAX_PAGE}").status_code == 200
    for bad in (f"limit={MAX_PAGE + 1}", "limit=0", "limit=-5", f"limit={10**30}", "limit=ten", "offset=-1",
                f"offset={MAX_OFFSET + 1}", f"offset={10**30}"):
        response = client.get(f"{url}{sep}{bad}")
        assert response.status_code == 422, (url, bad, response.status_code)
    far = client.get(f"{url}{sep}offset={MAX_OFFSET}")
    if "timeline" in url:  # the merged timeline pages only so deep, and says so
        assert far.status_code == 400 and far.json()["detail"]
    else:
        assert far.status_code == 200 and far.json()["items"] == []


def test_other_size_limits(client):
    assert client.get("/api/search?q=case&limit=101").status_code == 422
    assert client.get("/api/network?nodes=301").status_code == 422
    assert client.get("/api/network?nodes=1").status_code == 422
    assert client.get("/events?offset=-1").status_code == 422


def test_long_filter_values_are_refused(client):
    assert client.get("/api/events", params={"q": "a" * MAX_FILTER_CHARS}).status_code == 200
    for url in ("/api/events", "/api/quotes", "/api/actors", "/api/places", "/api/network", "/api/search"):
        for name in ("q", "actor", "place"):
            response = client.get(url, params={name: "a" * 60_000})  # SQLite's LIKE refuses > 50,000 bytes
            assert response.status_code == 422 or (url == "/api/search" and name != "q"), (url, name)
    assert client.get("/events", params={"actor": "a" * 60_000}).status_code == 422
    many = "&".join(f"type=X{i}" for i in range(2000))
    assert client.get(f"/api/events?{many}").status_code == 200


# -- a real server on 127.0.0.1 -------------------------------------------------------------------------
def raw_get(port: int, target: str, headers: str = "") -> tuple[int, bytes]:
    """One HTTP/1.1 request written byte for byte (no client-side path normalisation)."""
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        try:
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
                         .encode("latin-1"))
            while chunk := sock.recv(65536):
                data += chunk
        except (ConnectionResetError, BrokenPipeError):  # the server hung up on an oversized request
            pass
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


@pytest.fixture(scope="module")
def server(db):
    import uvicorn

    sock = serve_cmd.bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), log_level="error", access_log=False))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield port
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_real_server_paths_injection_cors_and_limits(server, db):
    port = server
    before = digest(db)
    for path in TRAVERSALS:
        status, data = raw_get(port, path)
        assert status in (400, 404), (path, status)
        assert b"root:" not in data and b"def create_app" not in data
    status, data = raw_get(port, "/api/events?actor=" + quote("' OR 1=1 --") + "&limit=500",
                           headers="Origin: http://evil.example\r\n")
    assert status == 200 and b"access-control-allow-origin" not in data.lower()
    assert data.count(b'"type":"ACCUSE"') == len(expected_events("actor", "' OR 1=1 --"))
    for n in (60_000, 1_000_000):  # a long filter, then a request line far beyond any sane size
        status, _ = raw_get(port, "/api/events?q=" + "a" * n)
        assert status in (400, 414, 422, 431) or status == 0, (n, status)  # refused (or dropped), no crash
    status, data = raw_get(port, "/api/events?limit=1")  # and the server still answers
    assert status == 200 and b'"total":' in data
    assert digest(db) == before
