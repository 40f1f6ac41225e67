"""The web UI and HTTP API over a dateline store (``dateline serve``); needs the ``[web]`` extra."""

from .app import create_app

__all__ = ["create_app"]
