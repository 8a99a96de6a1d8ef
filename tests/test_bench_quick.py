"""The quick benchmark (bench/run.py --quick) as a CI check on the start-up ratio.

Cold start on the normal demo set, as a ratio to a bare PySide6 window opened and closed
in the same run; fails when the ratio grows by more than 50 % over bench/baseline.json.
The ratio, not seconds, is compared so that a slower or busier CI machine does not fail.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.gui

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zpdesk_bench", BENCH / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_start_up_ratio_has_not_regressed(tmp_path: Path) -> None:
    bench = _bench()
    baseline = bench.load_baseline()["quick_start_ratio"]
    limit = baseline * bench.REGRESSION_ALLOWED
    startup = bench.quick(runs=5, folder=tmp_path)
    line = (
        f"start-up ratio {startup.ratio:.2f} (cold start {startup.start_s * 1000:.0f} ms / "
        f"bare window {startup.floor_s * 1000:.0f} ms); baseline {baseline:.2f}, "
        f"limit {limit:.2f}"
    )
    print(line)
    assert len(startup.start) == 5 and all(run.shown_s for run in startup.start)
    assert startup.ratio <= limit, line
