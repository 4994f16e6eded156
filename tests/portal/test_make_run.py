"""What `make run` tells a person on a new machine while it works, read from the commands it runs
(`make -n run` prints them without running them)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE, AWK = shutil.which("make"), shutil.which("awk")


@pytest.fixture(scope="module")
def commands():
    done = subprocess.run(  # noqa: S603 (fixed arguments)
        [MAKE, "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_migrating_prints_one_line_per_part_of_the_site(commands):
    """Two minutes of silence looked like a hang: each app's first migration prints its name."""
    migrate = next(line for line in commands.splitlines() if " migrate " in line)
    awk = re.search(r"awk '(.*)", commands, re.S).group(1).split("'")[0]
    assert "migrate --noinput" in migrate
    sample = "\n".join(
        [
            "Operations to perform:",
            "  Applying wagtailcore.0001_initial... OK",
            "  Applying wagtailcore.0002_initial_data... OK",
            "  Applying events.0001_initial... OK",
        ]
    )
    shown = subprocess.run(  # noqa: S603 (the program is the Makefile's own)
        [AWK, awk], input=sample, capture_output=True, text=True, check=True
    )
    assert shown.stdout.splitlines() == ["  wagtailcore", "  events"]


def test_the_task_worker_does_not_reload_and_emails_are_said_to_appear_here(commands):
    worker = next(line for line in commands.splitlines() if "db_worker" in line)
    assert "--no-reload" in worker
    assert "runserver 127.0.0.1:8123" in worker
    assert "emails (login and booking codes) are printed here" in commands
    assert (
        "login codes, booking codes and confirmations are printed"
        in (ROOT / "README.md").read_text()
    )
