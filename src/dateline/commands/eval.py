"""``dateline eval TASK ...``: score a component on a gold set; each task lives in ``dateline.eval.<task>``.

An eval module exposes ``register(subparsers)`` like a command module.
"""

from __future__ import annotations

import argparse
import importlib

EVAL_TASKS = ("times", "quotes", "actors", "events", "places", "links")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score dateline on a gold set")
    tasks = p.add_subparsers(dest="task", metavar="TASK", required=True)
    for name in EVAL_TASKS:
        try:
            module = importlib.import_module(f"dateline.eval.{name}")
        except ModuleNotFoundError:
            continue  # that task's harness has not been built yet
        module.register(tasks)
