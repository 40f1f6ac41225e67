"""``dateline serve``: the web UI and JSON API over a store, read-only, on localhost by default."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys
from pathlib import Path

from ..errors import DatelineError
from ..records import Record
from .store_common import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="browse a store in the web UI (and its JSON API) on localhost")
    add_db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    serve(args.db, args.host, args.port)
    return 0


def store_and_serve(records: list[Record], db: str, host: str, port: int) -> None:
    """Write records to the store at ``db`` (unchanged ones are skipped), then serve it."""
    from ..store import StoreWriter

    Path(db).parent.mkdir(parents=True, exist_ok=True)
    with StoreWriter(db) as writer:
        stats = writer.write(records)
    print(f"stored in {db}: {stats.inserted} new, {stats.replaced} replaced, {stats.skipped} unchanged")
    serve(db, host, port)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until interrupted (prints the address once it is listening)."""
    import uvicorn

    from ..web import create_app

    app = create_app(db)  # a missing or unreadable store fails here with the store's message
    if not is_loopback(host):
        print(f"dateline: WARNING: serving on {host}, reachable from other machines. The UI has no login: "
              "anyone who can reach this address can read the whole store.", file=sys.stderr)
    sock = bind(host, port)  # bound before the banner, so the printed address already answers
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(f"dateline: serving {db} at http://{shown}:{bound_port}/  (Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise DatelineError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
