"""Run every benchmark: .venv/bin/python -m bench"""

import subprocess
import sys

for module in [
    "bench.bench_calls",
    "bench.bench_personal_data",
    "bench.bench_returns",
    "bench.bench_review",
    "bench.bench_mail",
]:
    print(f"\n=== {module} ===", flush=True)
    subprocess.run([sys.executable, "-m", module], check=True)
