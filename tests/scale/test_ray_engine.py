"""The ray engine on a real local Ray cluster (2 CPUs): same records as the local engine; resumable."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import shared_path

pytestmark = [pytest.mark.ray, pytest.mark.slow]
ray = pytest.importorskip("ray")


def wikinews_rows(n: int) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with shared_path(f"data/corpora/wikinews/{name}").open(newline="", encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh))
    return rows[:n]


def write_shards(rows: list[dict[str, str]], folder: Path, per_shard: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(0, len(rows), per_shard):
        path = folder / f"shard{i // per_shard:03d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows[i:i + per_shard]), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_records_identical_to_local_engine(ray_cluster, tmp_path, pipeline):
    from dateline.engines.local import run_local
    from dateline.engines.ray_engine import iter_output, run_ray
    from dateline.readers import read_inputs

    rows = wikinews_rows(200)
    shards = write_shards(rows, tmp_path / "in", per_shard=100)
    summary = run_ray(shards, tmp_path / "out", workers=2)
    assert [s.rows for s in summary.shards] == [100, 100]
    from_ray = {r.id: r.to_json() for r in iter_output(tmp_path / "out")}
    local = {r.id: r.to_json() for r in run_local(read_inputs(shards))}
    assert len(local) == 200
    assert from_ray.keys() == local.keys()
    differing = sorted(k for k in local if from_ray[k] != local[k])
    assert not differing, f"{len(differing)} records differ between the engines, first: {differing[:3]}"
    # The single writer bulk-loads the shards; loading twice changes nothing.
    from dateline.cli import main
    from dateline.store.api import Store

    db = tmp_path / "ray.db"
    assert main(["load", str(tmp_path / "out"), "--db", str(db)]) == 0
    assert main(["load", str(tmp_path / "out"), "--db", str(db)]) == 0
    with Store(db) as store:
        assert sorted(store.article_ids()) == sorted(local)


def test_rerun_processes_only_unfinished_shards(ray_cluster, tmp_path):
    from dateline.engines.ray_engine import MANIFEST, run_ray

    shards = write_shards(wikinews_rows(9), tmp_path / "in", per_shard=3)
    out = tmp_path / "out"
    # A run that is killed once its first shard is finished.
    code = (
        "import sys, ray; from dateline.engines.ray_engine import run_ray; "
        "ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False); "
        f"run_ray({[str(s) for s in shards]!r}, {str(out)!r}, workers=2)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        manifest = out / MANIFEST
        if manifest.exists() and manifest.read_text().strip():
            break
        time.sleep(0.2)
    proc.kill()
    proc.wait()
    finished = (out / MANIFEST).read_text().splitlines()
    assert 1 <= len(finished)
    summary = run_ray(shards, out, workers=2)
    skipped = [s.shard for s in summary.shards if s.skipped]
    assert len(skipped) == len(finished)
    assert len(summary.processed) == 3 - len(finished)
    assert sum(s.rows for s in summary.shards) == 9
