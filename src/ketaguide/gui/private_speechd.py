"""A speech-dispatcher of the app's own, for a kiosk: it writes nothing that lasts.

The desktop's speech-dispatcher logs to ~/.cache/speech-dispatcher/log, and an
engine's log can hold the text it spoke. This one runs with logging off, its
logs, socket, pid file and every home-folder path its modules might write to
(HOME, XDG_CACHE_HOME, XDG_CONFIG_HOME) inside one private folder, preferably
in the RAM-backed $XDG_RUNTIME_DIR; stop() ends it by its PID and removes the
folder. If the app dies, the server ends by itself once no client is left.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

COMMAND = "speech-dispatcher"
READY_SECONDS = 5.0  # loading espeak-ng's modules takes about a second
IDLE_EXIT_SECONDS = 30  # the server's own exit once the app is gone
FOLDER_PREFIX = "ketaguide-speech-"


def runtime_folder() -> str:
    """Where the private folder goes: $XDG_RUNTIME_DIR (RAM, this user's only)
    when there is one, else the system's temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK):
        return runtime
    return tempfile.gettempdir()


class PrivateSpeechd:
    def __init__(self, folder: Path, process: subprocess.Popen):
        self.folder = folder
        self.process = process

    @property
    def socket(self) -> Path:
        return self.folder / "speechd.sock"

    @property
    def address(self) -> str:
        """For SPEECHD_ADDRESS."""
        return f"unix_socket:{self.socket}"

    @classmethod
    def start(cls) -> PrivateSpeechd | None:
        """Start the server and wait until it listens; None when it cannot run."""
        binary = shutil.which(COMMAND)
        if binary is None:
            return None
        remove_stale_folders()
        folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=runtime_folder()))
        for part in ("log", "home"):
            (folder / part).mkdir()
        home = folder / "home"
        env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"))
        env.pop("SPEECHD_ADDRESS", None)
        cookie = _pulse_cookie()
        if cookie and "PULSE_COOKIE" not in env:
            env["PULSE_COOKIE"] = cookie  # the sound server may want it; the moved HOME would hide it
        command = [binary, "--run-single", "--log-level", "0", "--log-dir", str(folder / "log"),
                   "--communication-method", "unix_socket", "--socket-path", str(folder / "speechd.sock"),
                   "--pid-file", str(folder / "speechd.pid"), "--timeout", str(IDLE_EXIT_SECONDS)]
        try:
            process = subprocess.Popen(command, env=env, cwd=folder, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        server = cls(folder, process)
        deadline = time.monotonic() + READY_SECONDS
        while not server.socket.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                return None
            time.sleep(0.02)
        return server

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """End the server and its output modules (by their PIDs) and remove the folder."""
        if self.process.poll() is None:
            modules = children(self.process.pid)
            self.process.terminate()  # speech-dispatcher tells its output modules to end
            try:
                self.process.wait(timeout=1.5)
            except subprocess.TimeoutExpired:  # stuck on a sound server that does not answer
                self.process.kill()
                self.process.wait(timeout=3)
            deadline = time.monotonic() + 1
            while [m for m in modules if running(m)] and time.monotonic() < deadline:
                time.sleep(0.02)
            for module in [m for m in modules if running(m)]:
                with contextlib.suppress(OSError):
                    os.kill(module, signal.SIGKILL)
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_stale_folders() -> None:
    """Folders left by an app that was killed (its server has ended by itself
    since): remove them. A folder whose server still runs is another app's."""
    for folder in Path(runtime_folder()).glob(FOLDER_PREFIX + "*"):
        try:
            pid = int((folder / "speechd.pid").read_text().strip())
        except (OSError, ValueError):
            pid = 0
        if not (pid and running(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def children(pid: int) -> list[int]:
    """The processes `pid` started (Linux: read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _pulse_cookie() -> str:
    home = Path.home()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    for path in (config / "pulse" / "cookie", home / ".pulse-cookie"):
        if path.is_file():
            return str(path)
    return ""
