"""docs/store.md stays true: every `dateline ...` command it shows parses with the real CLI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from dateline.cli import build_parser

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def doc_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text("utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("dateline ")]


def test_docs_show_commands():
    assert len(doc_commands()) >= 15


@pytest.mark.parametrize("line", doc_commands())
def test_doc_command_parses(line):
    argv = shlex.split(line, comments=True)[1:]
    args = build_parser().parse_args(argv)
    assert callable(args.func)
