"""A writer process for the concurrency and kill tests: ``python store_writer_proc.py DB N BATCH PAUSE``.

Writes N hand-built records in batches of BATCH, pausing PAUSE seconds after each commit.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_records import make_records  # noqa: E402

from dateline.store import StoreWriter  # noqa: E402


def main() -> None:
    db, n, batch, pause = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    records = make_records(n)
    with StoreWriter(db) as writer:
        for i in range(0, n, batch):
            writer.write(records[i:i + batch])
            print(f"committed {min(i + batch, n)}", flush=True)
            time.sleep(pause)


if __name__ == "__main__":
    main()
