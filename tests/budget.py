"""How many examples the slowest property tests spend.

Each such test names two counts: the full one, run with `CODEGEN_THOROUGH=1` (before a release,
or after changing what the test covers), and the suite's, which keeps `bash .ci/run` well
inside its time on two cores. The suite's count still draws from the same strategies, so every
kind of input the full run checks can occur; what it gives up is how many of each. Hypothesis
keeps the failing examples it finds in its database and replays them first on the next run.
"""

from __future__ import annotations

import os

THOROUGH = os.environ.get("CODEGEN_THOROUGH", "") not in ("", "0")


def examples(full: int, suite: int) -> int:
    """`full` when the run is thorough, else `suite`."""
    assert 0 < suite <= full
    return full if THOROUGH else suite
