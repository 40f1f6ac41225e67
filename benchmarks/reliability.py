"""Reliability figures: fuzz cases run, faults injected and their outcome, peak memory of a long article, load.

1. Runs ``pytest tests/reliability`` plus the store's own fault tests (SIGKILL mid-ingest and resume, corrupt,
   truncated, foreign and newer databases: tests/store/) in one subprocess with ``--hypothesis-show-statistics``
   and a JUnit XML report; sums hypothesis' "N passing" counts (fuzz cases run) and counts every fault test
   (tests/reliability/test_faults_*.py and the store tests named in STORE_FAULTS) with its outcome.
2. Measures the peak RSS of a fresh process extracting one article of --memory-chars characters
   (tests/reliability/test_limits.py::measure_memory).
3. Runs benchmarks/load.py (50 clients for 30 s on 127.0.0.1 by default) or, with --reuse-load, reads
   benchmarks/results/load.json.

Writes benchmarks/results/reliability.json.

    .venv/bin/python benchmarks/reliability.py [--memory-chars 300000] [--reuse-load]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULT = ROOT / "benchmarks" / "results" / "reliability.json"
LOAD_RESULT = ROOT / "benchmarks" / "results" / "load.json"
STORE_FAULTS = [  # faults the store's own suite already injects (not repeated in tests/reliability)
    "tests/store/test_store_concurrency.py::test_sigkill_mid_ingest_then_resume",
    "tests/store/test_store_corpus.py::test_cli_ingest_killed_and_rerun",
    "tests/store/test_store_errors.py::test_corrupt_database",
    "tests/store/test_store_errors.py::test_truncated_database",
    "tests/store/test_store_errors.py::test_foreign_sqlite_database",
    "tests/store/test_store_errors.py::test_newer_schema_is_refused_untouched",
    "tests/store/test_store_errors.py::test_readers_cannot_write",
]
PASSING = re.compile(r"- (\d+) passing, (\d+) failing, and (\d+) invalid")


def run_tests() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/reliability", *STORE_FAULTS, "-q", "-p", "no:cacheprovider",
             "--hypothesis-show-statistics", f"--junitxml={junit}"],
            cwd=ROOT, capture_output=True, text=True, timeout=3600)
        seconds = time.perf_counter() - start
        cases = [(case.get("classname", ""), case.get("name", ""), outcome(case))
                 for case in ET.parse(junit).getroot().iter("testcase")]
    passing = failing = invalid = 0
    for m in PASSING.finditer(result.stdout):
        passing, failing, invalid = passing + int(m[1]), failing + int(m[2]), invalid + int(m[3])
    store_faults = {(path[:-3].replace("/", "."), name) for path, name in (f.split("::") for f in STORE_FAULTS)}
    faults = [(cls, name, out) for cls, name, out in cases
              if cls.rsplit(".", 1)[-1].startswith("test_faults_") or (cls, name) in store_faults]
    by_outcome: dict[str, int] = {}
    for _, _, out in cases:
        by_outcome[out] = by_outcome.get(out, 0) + 1
    return {
        "command": "pytest tests/reliability " + " ".join(STORE_FAULTS) + " --hypothesis-show-statistics",
        "exit_code": result.returncode, "seconds": round(seconds, 1), "tests": len(cases), "outcomes": by_outcome,
        "fuzz": {"cases_run": passing, "failing": failing, "invalid_discarded": invalid,
                 "note": "sum of hypothesis' 'N passing' counts over the property-based tests (each case a generated "
                         "input); the fixed extreme inputs (a million characters, etc.) are counted as tests"},
        "faults": {"injected": len(faults), "passed": sum(out == "passed" for *_, out in faults),
                   "skipped": sum(out == "skipped" for *_, out in faults),
                   "tests": [{"test": f"{cls}::{name}", "outcome": out} for cls, name, out in faults]},
        "tail": result.stdout[-1500:] if result.returncode else "",
    }


def outcome(case: ET.Element) -> str:
    for tag in ("failure", "error", "skipped"):
        if case.find(tag) is not None:
            return {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
    return "passed"


def measure_memory(chars: int) -> dict:
    sys.path.insert(0, str(ROOT / "tests" / "reliability"))
    from test_limits import measure_memory as measure

    return {**measure(chars, timeout=3600), "limit_mb": 1536,
            "note": "peak RSS (ru_maxrss) of a fresh process: model load, then one article extracted (parsed in "
                    "50,000-character chunks, joined, analysed whole); max_article_chars raised to 1,000,000"}


def run_load(reuse: bool) -> dict:
    if not reuse:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py")], cwd=ROOT, check=False, timeout=900)
    return json.loads(LOAD_RESULT.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memory-chars", type=int, default=0,
                        help="measure the peak memory of one article this long (default 0: skipped; slow)")
    parser.add_argument("--reuse-load", action="store_true", help="read benchmarks/results/load.json instead")
    args = parser.parse_args()

    load_before = round(os.getloadavg()[0], 2)
    tests = run_tests()
    print(f"tests: {tests['outcomes']} in {tests['seconds']} s; fuzz cases {tests['fuzz']['cases_run']}; "
          f"faults {tests['faults']['passed']}/{tests['faults']['injected']} passed", flush=True)
    memory = measure_memory(args.memory_chars) if args.memory_chars else None
    if memory:
        print(f"memory: {memory['chars']:,} characters -> peak {memory['peak_mb']} MB in {memory['seconds']} s",
              flush=True)
    load = run_load(args.reuse_load)
    report = {
        "benchmark": "reliability: fuzzing, injected faults, memory bound, load (see docs/reliability.md)",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared), {platform.python_implementation()} "
                   f"{platform.python_version()}",
        "load_average_1m_before_after": [load_before, round(os.getloadavg()[0], 2)],
        "fuzz_cases_run": tests["fuzz"]["cases_run"],
        "faults_injected": tests["faults"]["injected"],
        "faults_passed": tests["faults"]["passed"],
        "memory": memory,
        "load": {k: load[k] for k in ("clients", "seconds", "requests", "requests_per_s", "latency_ms", "errors",
                                      "statuses", "store", "load_average_1m_before_after")},
        "tests": tests,
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"load: {load['requests_per_s']} req/s, p99 {load['latency_ms']['p99']} ms, errors {load['errors']}")
    print(f"written to {RESULT}")
    ok = tests["exit_code"] == 0 and load["errors"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
