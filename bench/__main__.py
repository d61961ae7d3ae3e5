"""`python -m bench [--size S|M|L] [--quick]`: run every benchmark and print one table."""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time

from bench.common import HEADER
from bench.sizes import SIZES

# Each module has run(size, repeat) -> list of table rows.
MODULES = (
    "bench.startup_bench",
    "bench.gui_bench",
    "bench.core_bench",
    "bench.import_bench",
    "bench.merge_bench",
    "bench.hostile_bench",
    "bench.export_bench",
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--size", choices=sorted(SIZES), default="L")
    parser.add_argument("--quick", action="store_true", help="one run each (a smoke check)")
    args = parser.parse_args()
    size, repeat = SIZES[args.size], 1 if args.quick else 5
    print(
        f"Machine: {platform.machine()}, {platform.processor() or '?'}, Python "
        f"{platform.python_version()}; {time.strftime('%Y-%m-%d %H:%M')}"
    )
    print(HEADER)
    for name in MODULES:
        for line in importlib.import_module(name).run(size, repeat):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
