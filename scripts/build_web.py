"""Build the web UI's offline world outline: ``src/dateline/resources/web/world-110m.json``.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the PyPI wheel
``geopandas==0.14.4`` (``geopandas/datasets/naturalearth_lowres``; later geopandas releases dropped it).
The wheel is fetched with pip (or given with ``--wheel``); the shapefile is read with the standard library
(no GIS dependency) and written as compact JSON: one entry per country with its ISO 3166 alpha-3 code, name
and polygon rings as flat ``[lon, lat, lon, lat, ...]`` lists rounded to 0.1 degree.

    .venv/bin/python scripts/build_web.py [--wheel geopandas-0.14.4-py3-none-any.whl]
"""

from __future__ import annotations

import argparse
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "resources" / "web" / "world-110m.json"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
PRECISION = 1  # decimals kept: 0.1 degree is finer than a pixel on a laptop-wide world map


def fetch_wheel(dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", str(dest)],
                   check=True)
    return next(dest.glob("geopandas-*.whl"))


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """dBase III records as dicts of stripped strings."""
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        offset = header_len + i * record_len + 1  # skip the deletion flag
        row = {}
        for name, size in fields:
            row[name] = data[offset:offset + size].decode("utf-8", "replace").strip()
            offset += size
        rows.append(row)
    return rows


def read_shp_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings of every (multi)polygon record of an ESRI shapefile, in record order."""
    shapes, pos = [], 100
    while pos < len(data):
        _, length_words = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8:pos + 8 + 2 * length_words]
        pos += 8 + 2 * length_words
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type != 5:
            raise ValueError(f"unexpected shape type {shape_type}")
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        coords = struct.unpack(f"<{2 * n_points}d", content[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts, n_points]
        shapes.append([points[bounds[i]:bounds[i + 1]] for i in range(n_parts)])
    return shapes


def compact_ring(ring: list[tuple[float, float]]) -> list[float]:
    flat: list[float] = []
    last = None
    for lon, lat in ring:
        point = (round(lon, PRECISION), round(lat, PRECISION))
        if point != last:
            flat += point
            last = point
    return flat


def build(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        shp = zf.read(MEMBER + ".shp")
        dbf = zf.read(MEMBER + ".dbf")
    countries = []
    for row, rings in zip(read_dbf(dbf), read_shp_polygons(shp), strict=True):
        flat = [r for r in (compact_ring(ring) for ring in rings) if len(r) >= 6]
        if flat:
            countries.append({"iso3": row.get("iso_a3", ""), "name": row.get("name", ""), "rings": flat})
    countries.sort(key=lambda c: c["name"])
    return {"source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4",
            "projection": "lon/lat degrees (WGS84)", "countries": countries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a local geopandas-0.14.4 wheel (default: pip download)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        world = build(wheel)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(world, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(world['countries'])} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
