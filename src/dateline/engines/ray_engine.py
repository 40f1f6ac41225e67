"""The Ray engine: Ray Data reads input shards, an actor pool runs the BatchProcessor, Parquet comes out.

Each input file is one shard. A finished shard is written to ``OUT/<shard>/`` (via a temporary folder
renamed into place) and then recorded in ``OUT/_manifest.jsonl``; a re-run skips shards already in the
manifest with the same content hash, so a killed run redoes only its unfinished shards.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..errors import InputError, Rejected
from ..records import Record
from .batch import BatchProcessor, decode_row

SHARD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
MANIFEST = "_manifest.jsonl"


@dataclass
class ShardResult:
    shard: str
    input: str
    sha1: str
    rows: int
    ok: int
    skipped: bool = False


@dataclass
class RayRunSummary:
    shards: list[ShardResult] = field(default_factory=list)

    @property
    def processed(self) -> list[ShardResult]:
        return [s for s in self.shards if not s.skipped]


def shard_inputs(inputs: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SHARD_SUFFIXES)
        elif path.suffix.lower() in SHARD_SUFFIXES:
            files.append(path)
        elif path.exists():
            raise InputError(f"{path}: the ray engine reads {', '.join(SHARD_SUFFIXES)} shards")
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def file_sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shard_name(path: Path, sha1: str) -> str:
    return f"{path.stem}-{sha1[:10]}"


def read_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    manifest = out_dir / MANIFEST
    if not manifest.exists():
        return {}
    done = {}
    for line in manifest.read_text("utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line torn by a kill mid-write: that shard simply runs again
        done[entry["shard"]] = entry
    return done


# Reads and writes are light I/O tasks; asking no CPU for them keeps the actor pool (one CPU per worker)
# from starving them, which would deadlock a cluster with exactly as many CPUs as workers.
IO_TASK = {"num_cpus": 0}


def _read_dataset(ray_data: Any, path: Path) -> Any:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return ray_data.read_json(str(path), lines=True, **IO_TASK)
    if suffix == ".csv":
        import pyarrow.csv as pacsv

        return ray_data.read_csv(str(path), parse_options=pacsv.ParseOptions(newlines_in_values=True),
                                 convert_options=pacsv.ConvertOptions(strings_can_be_null=False,
                                                                      column_types=_all_strings(path)),
                                 **IO_TASK)
    return ray_data.read_parquet(str(path), **IO_TASK)


def _all_strings(path: Path) -> dict[str, Any]:
    """Read every CSV column as text: dates stay as written, ids keep their leading zeros."""
    import csv

    import pyarrow as pa

    with path.open(newline="", encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh), [])
    return {name: pa.string() for name in header}


def run_ray(inputs: list[str | Path], out_dir: str | Path, *, address: str | None = None,
            workers: int = 2, components: list[str] | None = None, config: dict[str, Any] | None = None,
            batch_size: int = 16) -> RayRunSummary:
    """Process every unfinished shard; returns what was done and skipped."""
    import ray

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.tmp"):  # left by a run that was killed while writing
        shutil.rmtree(stale, ignore_errors=True)
    done = read_manifest(out)
    summary = RayRunSummary()
    if not ray.is_initialized():
        init: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                "ignore_reinit_error": True}
        if address:
            init["address"] = address
        else:
            init["num_cpus"] = workers
        ray.init(**init)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    for path in shard_inputs(inputs):
        sha1 = file_sha1(path)
        name = shard_name(path, sha1)
        if name in done and (out / name).exists():
            entry = done[name]
            summary.shards.append(ShardResult(name, str(path), sha1, entry["rows"], entry["ok"], skipped=True))
            continue
        dataset = _read_dataset(ray.data, path).map_batches(
            BatchProcessor, fn_constructor_kwargs={"components": components, "config": config},
            batch_size=batch_size, batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
        )
        tmp = out / f"{name}.tmp"
        dataset.write_parquet(str(tmp), ray_remote_args=IO_TASK)
        table = pq.read_table(tmp)
        ok = int(sum(table.column("ok").to_pylist()))
        final = out / name
        if final.exists():
            shutil.rmtree(final)
        tmp.rename(final)
        entry = {"shard": name, "input": str(path), "sha1": sha1, "rows": table.num_rows, "ok": ok}
        with (out / MANIFEST).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")
        summary.shards.append(ShardResult(name, str(path), sha1, table.num_rows, ok))
    return summary


def iter_output(out_dir: str | Path) -> Iterator[Record | Rejected]:
    """Records (and rejections) of every finished shard of a ray run, shard by shard."""
    out = Path(out_dir)
    for name in read_manifest(out):
        shard = out / name
        if not shard.exists():
            continue
        for row in pq.read_table(shard).to_pylist():
            yield decode_row(row, name)


def ray_shutdown() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
