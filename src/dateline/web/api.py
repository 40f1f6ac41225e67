"""The JSON API. Lists answer ``{"items": [...], "total": N, "limit": L, "offset": O}``; ids are the record ids."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from ..errors import QueryError
from ..store import Store
from . import queries
from .queries import DEFAULT_PAGE, MAX_FILTER_CHARS, MAX_OFFSET, MAX_PAGE, Filters

router = APIRouter(prefix="/api", tags=["api"])


def get_store(request: Request) -> Store:
    return request.app.state.stores.get()


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


def _text(description: str) -> Any:
    return Query(max_length=MAX_FILTER_CHARS, description=description)


def filters(actor: Annotated[str | None, _text("actor name (substring) or kb id")] = None,
            type: Annotated[str | None, _text("PLOVER event type(s), comma-separated")] = None,
            country: Annotated[str | None, _text("ISO 3166 code or country name")] = None,
            since: Annotated[str | None, _text("YYYY, YYYY-MM or YYYY-MM-DD")] = None,
            until: Annotated[str | None, _text("YYYY, YYYY-MM or YYYY-MM-DD")] = None,
            q: Annotated[str | None, _text("free text")] = None,
            place: Annotated[str | None, _text("events: place name (substring)")] = None) -> Filters:
    return Filters(actor=actor, type=type, country=country, since=since, until=until, q=q, place=place)


FiltersDep = Annotated[Filters, Depends(filters)]
Exact = Annotated[bool, Query(description="match the actor's whole name (any case) instead of a substring")]


def memo(request: Request, key: tuple[Any, ...], compute: Any) -> Any:
    """Aggregates (actors, places, network, timeline series) are cached until the store changes."""
    return request.app.state.stores.memo(key, compute)


def page(items: list[Any], total: int, limit: int, offset: int, **extra: Any) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset, **extra}


@router.get("/events", summary="Events matching the filters, one page")
def events(store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
           sort: Annotated[str, Query(description="date, type, source, target, place, outlet; -key: descending")]
           = "date", exact: Exact = False) -> dict[str, Any]:
    items, total = queries.events_page(store, f, sort=sort, limit=limit, offset=offset, exact_actor=exact)
    return page(items, total, limit, offset)


@router.get("/quotes", summary="Quotes matching the filters (actor = speaker; q = words in the quote)")
def quotes(store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
           exact: Exact = False) -> dict[str, Any]:
    items, total = queries.quotes_page(store, f, limit=limit, offset=offset, exact_actor=exact)
    return page(items, total, limit, offset)


@router.get("/actors", summary="Actors across articles, most mentioned first (q or actor: part of the name)")
def actors(request: Request, store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
           ) -> dict[str, Any]:
    items, total = memo(request, ("actors", f.key(), limit, offset),
                        lambda: queries.actors_page(store, f, limit=limit, offset=offset))
    return page(items, total, limit, offset)


@router.get("/places", summary="Geocoded places with their event and mention counts")
def places(request: Request, store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
           ) -> dict[str, Any]:
    items, total = memo(request, ("places", f.key(), limit, offset),
                        lambda: queries.places(store, f, limit=limit, offset=offset))
    return page(items, total, limit, offset)


@router.get("/articles/{article_id:path}", summary="One article's full record (text and every extracted item)")
def article(store: StoreDep, article_id: str) -> dict[str, Any]:
    try:
        return store.record(article_id).to_dict()
    except QueryError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/search", summary="Full-text search over article text and quote content")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=MAX_FILTER_CHARS,
                                                     description="words or an FTS5 query")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           kind: Annotated[str, Query(pattern="^(all|articles|quotes)$")] = "all") -> dict[str, Any]:
    hits = queries.search(store, q, limit=limit, kind=kind)
    return page([asdict(h) for h in hits], len(hits), limit, 0)


@router.get("/timeline", summary="An actor's events by month and type, and what it did and said, in date order")
def timeline(request: Request, store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
             exact: Exact = False) -> dict[str, Any]:
    if not f.actor:
        raise QueryError("timeline: give an actor (?actor=NAME)")
    items, total = queries.timeline_entries(store, f, limit=limit, offset=offset, exact_actor=exact)
    series = memo(request, ("series", f.key(), exact), lambda: queries.timeline_series(store, f, exact_actor=exact))
    return page(items, total, limit, offset, actor=f.actor, series=series)


@router.get("/network", summary="Actors as nodes, events as directed edges weighted by count")
def network(request: Request, store: StoreDep, f: FiltersDep,
            nodes: Annotated[int, Query(ge=2, le=300, description="most connected actors kept")] = 60,
            exact: Exact = False) -> dict[str, Any]:
    return memo(request, ("network", f.key(), nodes, exact),
                lambda: queries.network(store, f, max_nodes=nodes, exact_actor=exact))


@router.get("/world", summary="The offline world outline the map draws (Natural Earth 1:110m countries)",
            response_class=Response)
def world(request: Request) -> Response:
    return Response(request.app.state.world_map, media_type="application/json",
                    headers={"Cache-Control": "public, max-age=86400"})
