"""CI proves what a user runs: each command CI runs for the README's tests / main job must appear verbatim in README.md."""
import re, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
readme = (root / 'README.md').read_text()
ci = (root / '.ci' / 'run').read_text()
wanted = ['OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 nbdev_test --n_workers 2',
          'uad-repro reproduce --profile smoke --jobs 2',
          'OMP_NUM_THREADS=1 uad-repro reproduce --profile rehearse --jobs 2',
          'pip install -e ".[dev]"']
bad = [w for w in wanted if w not in readme or w not in ci]
for w in bad: print(f'not in both README.md and .ci/run: {w}')
sys.exit(1 if bad else 0)
