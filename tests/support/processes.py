"""Ending a program a test started: by its own PID, politely first."""

from __future__ import annotations

import subprocess


def end(process: subprocess.Popen, timeout: float = 5) -> None:
    """SIGTERM, up to `timeout` seconds to go, then SIGKILL."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
