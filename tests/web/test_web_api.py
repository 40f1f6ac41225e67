"""The JSON API and pages in process (FastAPI TestClient) over a store of synthetic records."""

from __future__ import annotations

import hashlib
import warnings

import pytest
from web_records import ACTORS, build_store, hostile_record, synthetic_record

from dateline.store import Store
from dateline.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

N_ARTICLES = 40


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "web.db", N_ARTICLES, extra=[hostile_record()])


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def get_json(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_openapi_lists_every_endpoint(client):
    paths = get_json(client, "/openapi.json")["paths"]
    for path in ("/api/events", "/api/quotes", "/api/actors", "/api/places", "/api/articles/{article_id}",
                 "/api/search", "/api/timeline", "/api/network"):
        assert path in paths, path
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "type", "country", "since", "until", "q", "limit", "offset"} <= params


def test_events_page_total_and_stable_ids(client, db):
    first = get_json(client, "/api/events?limit=7")
    assert first["total"] == N_ARTICLES * 4 + 1 and len(first["items"]) == 7
    second = get_json(client, "/api/events?limit=7&offset=7")
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    again = get_json(client, "/api/events?limit=7")
    assert [e["id"] for e in again["items"]] == [e["id"] for e in first["items"]]
    item = first["items"][0]
    with Store(db) as store:
        record = store.record(item["article"])
    (event,) = [e for e in record.events if e.id == item["id"]]
    assert item["spans"] == {"trigger": [event.trigger], "evidence": [event.evidence]}
    assert record.text[slice(*event.trigger)] == item["trigger_text"]
    assert item["quad"] in (1, 2, 3, 4) and item["outlet"].startswith("Outlet ")


def test_event_filters(client):
    record = synthetic_record(5)
    name = record.actors[0].name
    items = get_json(client, f"/api/events?actor={name}&limit=500")["items"]
    assert items and all(name in e["source"] + e["target"] for e in items)
    typed = get_json(client, "/api/events?type=ASSAULT&limit=500")["items"]
    assert typed and {e["type"] for e in typed} == {"ASSAULT"}
    dated = get_json(client, "/api/events?since=2022-01&until=2022-12&limit=500")["items"]
    assert dated and all(e["date"].startswith("2022") for e in dated)
    country = ACTORS[0][1]
    by_country = get_json(client, f"/api/events?country={country}&limit=500")
    assert by_country["total"] > 0
    text = get_json(client, "/api/events?q=Oslo&limit=500")["items"]
    assert text and all("Oslo" in e["sentence"] for e in text)


def test_event_sorting(client):
    items = get_json(client, "/api/events?sort=-date&limit=50")["items"]
    dates = [e["date"] or e["article_date"] for e in items]  # undated events sort by their article's date
    assert dates == sorted(dates, reverse=True)
    by_source = get_json(client, "/api/events?sort=source&limit=100")["items"]
    firsts = [e["source"][0] for e in by_source if e["source"]]
    assert firsts == sorted(firsts)
    assert client.get("/api/events?sort=; DROP TABLE events").status_code == 400


def test_bounded_pages_and_bad_filters(client):
    assert client.get("/api/events?limit=501").status_code == 422
    assert client.get("/api/events?offset=-1").status_code == 422
    assert client.get("/api/quotes?limit=0").status_code == 422
    bad = client.get("/api/events?since=yesterday")
    assert bad.status_code == 400 and "YYYY" in bad.json()["detail"]
    assert client.get("/api/events?country=Atlantis").status_code == 400


def test_quotes_carry_article_and_spans(client, db):
    data = get_json(client, "/api/quotes?limit=3")
    assert data["total"] == N_ARTICLES
    item = data["items"][0]
    with Store(db) as store:
        record = store.record(item["article"])
    quote = record.quotes[0]
    assert item["id"] == quote.id
    assert item["spans"]["content"] == quote.content and item["spans"]["speaker"] == quote.speaker
    assert item["spans"]["cue"] == quote.cue and item["spans"]["medium"] == [[quote.medium.start, quote.medium.end]]
    speaker = get_json(client, f"/api/quotes?actor={ACTORS[1][0]}&limit=100")["items"]
    assert speaker and {q["speaker"] for q in speaker} == {ACTORS[1][0]}


def test_actors_places_network_timeline(client):
    actors = get_json(client, "/api/actors?limit=5")
    assert actors["total"] == len(ACTORS) and len(actors["items"]) == 5
    assert get_json(client, "/api/actors?q=varga")["items"][0]["name"] == "Alma Varga"
    places = get_json(client, "/api/places?limit=100")
    assert places["total"] == 8
    assert sum(p["events"] for p in places["items"]) == N_ARTICLES * 4
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places["items"])
    net = get_json(client, "/api/network")
    assert net["nodes"] and net["edges"]
    names = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in names and e["target"] in names for e in net["edges"])
    assert all(e["weight"] == e["cooperation"] + e["conflict"] for e in net["edges"])
    assert sum(e["weight"] for e in net["edges"]) == N_ARTICLES * 4  # every event has one source, one target
    tl = get_json(client, "/api/timeline?actor=Alma%20Varga&exact=true&limit=500")
    assert tl["total"] == len(tl["items"]) and {i["entry"] for i in tl["items"]} == {"event", "quote"}
    assert sum(s["count"] for s in tl["series"]) == sum(i["entry"] == "event" for i in tl["items"])
    dates = [i["date"] for i in tl["items"]]
    assert dates == sorted(dates)
    assert client.get("/api/timeline").status_code == 400


def test_article_record_and_search(client, db):
    record = get_json(client, "/api/articles/syn-00002")
    with Store(db) as store:
        assert record == store.record("syn-00002").to_dict()
    assert client.get("/api/articles/nope").status_code == 404
    slashed = get_json(client, "/api/articles/evil%2F%3Cscript%3E1")
    assert slashed["id"] == "evil/<script>1"
    hits = get_json(client, "/api/search?q=case%2012")
    assert any(h["article"] == "syn-00012" for h in hits["items"])
    assert get_json(client, '/api/search?q="unbalanced')["items"] == []  # not FTS syntax: searched as words
    assert client.get("/api/search").status_code == 422


PAGES = ["/", "/events", "/events?type=AID&sort=-place", "/quotes", "/actors", "/actors/Alma%20Varga",
         "/network", "/map", "/articles/syn-00001", "/search?q=case", "/search"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>" in response.text and "/static/app.js" in response.text
    assert "http://" not in response.text.replace("http://www.w3.org", "") or "source</a>" in response.text


def test_events_page_filters_and_links(client):
    page = client.get("/events?actor=Omar%20Haddad").text
    assert page.count('<tr data-id="') == get_json(client, "/api/events?actor=Omar%20Haddad")["total"]
    assert 'href="/actors/Omar%20Haddad"' in page and 'href="/articles/syn-' in page
    bad = client.get("/events?since=31-12-2024")
    assert bad.status_code == 200 and "expected YYYY" in bad.text


def test_missing_pages_are_404(client):
    assert client.get("/actors/Nobody%20Here").status_code == 404
    assert client.get("/articles/nothing").status_code == 404


def test_hostile_article_renders_inert(client):
    page = client.get("/articles/evil%2F%3Cscript%3E1").text
    assert "<script>document" not in page and "<img src=x" not in page and "<b>bold" not in page
    assert "&lt;script&gt;document.title=" in page
    assert '<script>alert("t")' not in page and "&lt;script&gt;alert(" in page  # the title
    assert "javascript:alert" not in page  # the url is not linked
    assert "<i>Outlet</i>" not in page
    events = client.get("/events?actor=Alma%20Varga").text
    assert "<script>document" not in events and "&lt;script&gt;document" in events
    # the details JSON embedded in the page cannot close its <script> element
    start = page.index('id="record-details">')
    assert "</" not in page[start:page.index("</script>", start)]


def test_security_headers_and_no_cors(client):
    response = client.get("/api/events?limit=1", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/events", headers={"Origin": "http://evil.example",
                                                       "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
                                 "/static/%2e%2e%2f%2e%2e%2fstore%2fapi.py", "/static//etc/passwd",
                                 "/static/..\\app.py", "/static/"])
def test_static_files_stay_in_their_folder(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "def create_app" not in response.text and "root:" not in response.text


def test_static_assets_are_served_locally(client):
    assert client.get("/static/style.css").status_code == 200
    for script in ("app.js", "actor.js", "network.js", "map.js", "article.js"):
        body = client.get(f"/static/{script}").text
        assert "innerHTML" not in body and "http://" not in body.replace("http://www.w3.org/2000/svg", "")
    world = get_json(client, "/api/world")
    assert len(world["countries"]) > 150


def test_read_only(client, db):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
    for url in ["/api/events", "/api/search?q=case", "/", "/actors/Alma%20Varga"]:
        client.get(url)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_missing_store_fails_clearly(tmp_path):
    from dateline.errors import StoreError

    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "absent.db")


def test_events_page_exact_actor_keeps_to_that_actor(client):
    page = client.get("/events?actor=Alma%20Varga&exact=true").text
    n = get_json(client, "/api/events?actor=Alma%20Varga&exact=true")["total"]
    assert page.count('<tr data-id="') == min(n, 50) and 'name="exact"' in page
    assert "exact=true" in page.split('id="events-table"')[1].split("</thead>")[0]  # sort links keep it
