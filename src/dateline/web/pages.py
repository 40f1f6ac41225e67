"""HTML pages: server-rendered with autoescaping Jinja2; charts, network and map are drawn by the app's own JS
from the JSON API. Every page works from the keyboard (links, forms, focusable highlights)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..errors import QueryError
from ..records import Record
from ..store import Store
from . import queries
from .api import filters, get_store, memo
from .highlight import highlight_html, record_highlights
from .plover import PLOVER_TYPES, QUAD_NAMES, quad, quad_name
from .queries import Filters

router = APIRouter(include_in_schema=False)
TEMPLATES = str(resources.files("dateline.web").joinpath("templates"))
PAGE_SIZE = 50

StoreDep = Annotated[Store, Depends(get_store)]
FiltersDep = Annotated[Filters, Depends(filters)]


def actor_url(name: str) -> str:
    return "/actors/" + quote(name, safe="")


def article_url(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def static_url(name: str) -> str:
    return "/static/" + name


def json_script(value: Any) -> Markup:
    """JSON safe to embed in <script type="application/json">: no '<', '>' or '&' can end the element."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def safe_href(url: str | None) -> str | None:
    """Only http(s) links leave the app: a javascript: or data: URL in an article's metadata is dropped."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)
env.globals.update(static=static_url, actor_url=actor_url, article_url=article_url, quad=quad,
                   quad_name=quad_name, plover_types=PLOVER_TYPES, quad_names=QUAD_NAMES, json_script=json_script,
                   safe_href=safe_href)


def compile_templates() -> None:
    """Compile every template once at start-up, so no visitor waits for it."""
    for name in env.list_templates(filter_func=lambda n: n.endswith(".html")):
        env.get_template(name)


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("section", "/" + request.url.path.strip("/").split("/")[0])
    context.setdefault("search_q", None)
    html = env.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, title=f"Error {status}", status=status,
                  message=message)


@dataclass
class Page:
    """Where a list page is: 'first–last of total' and links to its neighbours (filters kept)."""

    total: int
    offset: int
    count: int
    prev_url: str | None
    next_url: str | None

    @property
    def first(self) -> int:
        return self.offset + 1 if self.count else 0

    @property
    def last(self) -> int:
        return self.offset + self.count


def make_page(path: str, params: dict[str, Any], total: int, offset: int, count: int) -> Page:
    def url(new_offset: int) -> str:
        kept = {k: v for k, v in params.items() if v not in (None, "")}
        if new_offset:
            kept["offset"] = new_offset
        return path + ("?" + urlencode(kept) if kept else "")

    prev_url = url(max(0, offset - PAGE_SIZE)) if offset > 0 else None
    next_url = url(offset + PAGE_SIZE) if offset + count < total else None
    return Page(total, offset, count, prev_url, next_url)


def _listing(request: Request, template: str, fetch: Any, f: Filters, offset: int, **extra: Any) -> HTMLResponse:
    """A filterable list page: a bad filter shows its message above an empty table instead of failing."""
    try:
        items, total = fetch()
        error = None
    except QueryError as exc:
        items, total, error = [], 0, str(exc)
    params = {**f.params(), **{k: v for k, v in extra.items() if k == "sort" or (k == "exact" and v)}}
    page = make_page(request.url.path, params, total, offset, len(items))
    return render(request, template, items=items, page=page, f=f, error=error, **extra)


Offset = Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)]

EVENT_COLUMNS = [("date", "Date"), ("type", "Type"), ("source", "Source"), ("target", "Target"),
                 ("place", "Place"), ("outlet", "Outlet")]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    counts = store.counts()
    top, _ = memo(request, ("actors", (), 12, 0), lambda: queries.actors_page(store, Filters(), limit=12))
    latest, _ = queries.events_page(store, Filters(), sort="-date", limit=10)
    return render(request, "home.html", title="Overview", counts=counts, actors=top, events=latest)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, f: FiltersDep, offset: Offset = 0,
                sort: str = "date", exact: bool = False) -> HTMLResponse:
    exact = exact and bool(f.actor)  # from an actor's page: that actor only, not every name containing it

    def sort_url(key: str) -> str:
        new = "-" + key if sort == key else key
        return "/events?" + urlencode({**f.params(), "sort": new, **({"exact": "true"} if exact else {})})

    return _listing(request, "events.html",
                    lambda: queries.events_page(store, f, sort=sort, limit=PAGE_SIZE, offset=offset,
                                                exact_actor=exact),
                    f, offset, title="Events", sort=sort, sort_url=sort_url, sort_columns=EVENT_COLUMNS,
                    exact=exact)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, store: StoreDep, f: FiltersDep, offset: Offset = 0) -> HTMLResponse:
    return _listing(request, "quotes.html",
                    lambda: queries.quotes_page(store, f, limit=PAGE_SIZE, offset=offset), f, offset, title="Quotes")


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: StoreDep, f: FiltersDep, offset: Offset = 0) -> HTMLResponse:
    return _listing(request, "actors.html",
                    lambda: memo(request, ("actors", f.key(), PAGE_SIZE, offset),
                                 lambda: queries.actors_page(store, f, limit=PAGE_SIZE, offset=offset)),
                    f, offset, title="Actors")


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, name: str) -> HTMLResponse:
    profile = queries.actor_profile(store, name)
    if profile is None:
        return error_page(request, 404, f"No actor named {name!r} in this store.")
    name = profile["name"]
    who = Filters(actor=name)
    events, n_events = queries.events_page(store, who, sort="-date", limit=PAGE_SIZE, exact_actor=True)
    said, n_quotes = queries.quotes_page(store, who, limit=PAGE_SIZE, exact_actor=True)
    net = memo(request, ("network", who.key(), 300, True),
               lambda: queries.network(store, who, max_nodes=300, exact_actor=True))
    partners = partner_rows(name, net["edges"])
    return render(request, "actor.html", title=name, section="/actors", actor=profile, events=events,
                  n_events=n_events, quotes=said, n_quotes=n_quotes, partners=partners[:30],
                  n_partners=len(partners), api_query=urlencode({"actor": name, "exact": "true"}))


def partner_rows(name: str, edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actor's counterparts: events it directed at them and they at it, cooperative vs conflictual."""
    rows: dict[str, dict[str, Any]] = {}
    for e in edges:
        if name not in (e["source"], e["target"]):
            continue
        other = e["target"] if e["source"] == name else e["source"]
        row = rows.setdefault(other, {"name": other, "outgoing": 0, "incoming": 0, "cooperation": 0,
                                      "conflict": 0, "total": 0})
        row["outgoing" if e["source"] == name else "incoming"] += e["weight"]
        row["cooperation"] += e["cooperation"]
        row["conflict"] += e["conflict"]
        row["total"] += e["weight"]
    return sorted(rows.values(), key=lambda r: (-r["total"], r["name"]))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, f: FiltersDep) -> HTMLResponse:
    return render(request, "network.html", title="Network", f=f, plover_types=PLOVER_TYPES,
                  api_query=urlencode(f.params()))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: FiltersDep) -> HTMLResponse:
    return render(request, "map.html", title="Map", f=f, api_query=urlencode(f.params()))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    try:
        record = store.record(article_id)
    except QueryError:
        return error_page(request, 404, f"No article {article_id!r} in this store.")
    return render(request, "article.html", title=record.title or record.id, section="/events",
                  record=record, text_html=highlight_html(record.text, record_highlights(record)),
                  details=article_details(record))


def article_details(record: Record) -> dict[str, Any]:
    """What the details panel shows for each highlighted item, keyed like the marks' ``data-ref``."""
    actors = {a.id: a.name for a in record.actors}
    places = {p.id: p for p in record.places}
    times = {t.id: t for t in record.times}
    out: dict[str, Any] = {}
    for a in record.actors:
        out[f"actor {a.id}"] = {"kind": "actor", "title": a.name, "link": actor_url(a.name),
                                "fields": {"country": a.country, "sector": a.sector, "role": a.role,
                                           "type": a.kind, "kb id": a.kb_id, "mentions": len(a.mentions)}}
    for p in record.places:
        coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else None
        out[f"place {p.id}"] = {"kind": "place", "title": p.name or p.text,
                                "fields": {"country": p.country, "region": p.admin1, "feature": p.feature,
                                           "geonames": p.geonameid, "lat, lon": coords, "role": p.role}}
    for t in record.times:
        out[f"time {t.id}"] = {"kind": "time", "title": t.text,
                               "fields": {"type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor}}
    for qu in record.quotes:
        speaker = qu.speaker_name or actors.get(qu.speaker_actor or "")
        out[f"quote {qu.id}"] = {"kind": "quote", "title": f"Quote by {speaker or 'unknown speaker'}",
                                 "link": actor_url(speaker) if speaker else None,
                                 "fields": {"kind": qu.kind, "medium": qu.medium.text if qu.medium else None,
                                            "medium type": qu.medium.type if qu.medium else None,
                                            "said": times[qu.time].value if qu.time in times else None}}
    for ev in record.events:
        place = places.get(ev.place or "")
        flags = [n for n in ("negated", "hypothetical", "future", "historical") if getattr(ev, n)]
        out[f"event {ev.id}"] = {
            "kind": "event", "title": f"{ev.type} ({quad_name(ev.type)})", "quad": quad(ev.type),
            "evidence": ev.evidence,
            "fields": {"source": ", ".join(actors.get(a, a) for a in ev.source) or None,
                       "target": ", ".join(actors.get(a, a) for a in ev.target) or None,
                       "mode": ev.mode, "date": ev.date, "place": (place.name or place.text) if place else None,
                       "contexts": ", ".join(ev.contexts) or None, "flags": ", ".join(flags) or None,
                       "confidence": f"{ev.confidence:.2f}"}}
    return out


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: str = "") -> HTMLResponse:
    hits, error = [], None
    if q.strip():
        try:
            hits = queries.search(store, q, limit=50)
        except QueryError as exc:
            error = str(exc)
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", search_q=q, hits=hits,
                  error=error, snippet=snippet_html)


def snippet_html(snippet: str) -> Markup:
    """An FTS snippet (matches between '[' and ']') escaped, with the matches in <b>."""
    from markupsafe import escape

    out, bold = [], False
    for ch in snippet:
        if ch == "[" and not bold:
            out.append("<b>")
            bold = True
        elif ch == "]" and bold:
            out.append("</b>")
            bold = False
        else:
            out.append(str(escape(ch)))
    if bold:
        out.append("</b>")
    return Markup("".join(out))


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)
