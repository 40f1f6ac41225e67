"""The ``dateline`` command: a thin layer that parses arguments, calls the library and prints.

Each subcommand lives in ``dateline.commands.<name>`` and exposes ``register(subparsers)``; the module
sets ``func`` on its parser. Add a command by adding its module name to COMMANDS.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import DatelineError

COMMANDS = ("extract", "demo", "eval", "ingest", "events", "quotes", "actors", "timeline", "search", "show",
            "export", "serve", "load", "link")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="TOML file overriding the packaged defaults")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"dateline.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DatelineError as exc:
        print(f"dateline: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
