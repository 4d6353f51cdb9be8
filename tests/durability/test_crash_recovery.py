"""SECURITY 23/24 and the crash test: SIGKILL during a stream of writes loses no acknowledged write.

Runs scripts/crash_test.py against the session's database (SQLite in a temp folder, or the PostgreSQL
test database when DATABASE_URL names one).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_write(app, database_url):
    env = {**os.environ}
    if database_url.startswith("postgres"):
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "crash_test.py"), "--kills", "3",
                             "--clients", "4", "--seconds", "25", "--seed", "7"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    figures = re.search(r"autosave attempts: (\d+); clients with acknowledged saves: (\d+)", result.stdout)
    assert int(figures.group(1)) > 0 and int(figures.group(2)) > 0, "the crash test wrote nothing"
    if database_url.startswith("postgres") and os.environ.get("CI") == "true":
        # .ci/run installs amcheck: CI must check the indexes, not fall back to reading the tables
        assert "amcheck bt_index_check passed" in result.stdout
