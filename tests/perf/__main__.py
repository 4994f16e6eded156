"""`python -m tests.perf`: run the main() of every bench_*.py module in this folder."""

import importlib
import pkgutil
from pathlib import Path

for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda i: i.name):
    if info.name.startswith("bench_"):
        importlib.import_module(f"tests.perf.{info.name}").main()
