"""Packaged defaults (config/defaults.toml) merged with a user TOML file."""

from __future__ import annotations

import copy
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


def merge_config(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` laid over ``base``, tables merged key by key."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_config(out[key], value)
        else:
            out[key] = value
    return out


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("dateline").joinpath("config/defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """Defaults, overridden by ``path`` or ``$DATELINE_CONFIG`` when given."""
    path = path or os.environ.get("DATELINE_CONFIG")
    if not path:
        return copy.deepcopy(_defaults())  # callers may change their copy; the cached defaults stay intact
    try:
        user = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from exc
    return merge_config(copy.deepcopy(_defaults()), user)
