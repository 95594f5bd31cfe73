"""Sound for read-aloud tests and benchmarks: PulseAudio playing into a null
sink, a recorder on its monitor, and a speech-dispatcher standing in for the
desktop's. Linux; every process started here ends by its PID."""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

from processes import end

RATE = 16000  # recorded samples per second, mono
CHUNK = RATE // 50  # 20 ms
VOICED = 300  # RMS of 16-bit samples: espeak-ng speaks at ~5000, the null sink's silence is 0


def need(*commands: str) -> None:
    missing = [c for c in commands if shutil.which(c) is None]
    assert not missing, f"not installed: {', '.join(missing)} (./dev setup installs them)"


class SoundServer:
    """PulseAudio with one null sink, reachable only through its own socket."""

    def __init__(self, folder: Path):
        need("pulseaudio", "parec")
        self.folder = folder
        (folder / "home").mkdir(parents=True)
        (folder / "run").mkdir()
        script = folder / "null-sink.pa"
        self.socket = folder / "pulse.sock"
        script.write_text("load-module module-null-sink sink_name=ketaguide_test\n"
                          "set-default-sink ketaguide_test\n"
                          f"load-module module-native-protocol-unix socket={self.socket} auth-anonymous=1\n")
        env = dict(os.environ, HOME=str(folder / "home"), XDG_RUNTIME_DIR=str(folder / "run"),
                   XDG_CONFIG_HOME=str(folder / "home" / ".config"))
        # -n: no default script; as root (CI) PulseAudio warns but runs per-user.
        self.process = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disable-shm=yes", "-F", str(script), "--log-target=stderr"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.env = {"PULSE_SERVER": f"unix:{self.socket}"}
        deadline = time.monotonic() + 10
        while not self.socket.exists():
            assert self.process.poll() is None, self.process.stderr.read().decode(errors="replace")
            assert time.monotonic() < deadline, "PulseAudio did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        end(self.process)


class Recorder:
    """parec on the sink's monitor: the loudness of every 20 ms, with the time it arrived."""

    def __init__(self, server: SoundServer):
        self.chunks: list[tuple[float, float]] = []
        self.process = subprocess.Popen(
            ["parec", "--device=ketaguide_test.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--latency-msec=20"], env=dict(os.environ, **server.env), stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            data = self.process.stdout.read(CHUNK * 2)
            if not data:
                return
            samples = array.array("h", data)
            rms = math.sqrt(sum(s * s for s in samples) / len(samples))
            self.chunks.append((time.monotonic(), rms))

    def voiced_seconds(self, start: float, stop: float | None = None) -> float:
        stop = time.monotonic() if stop is None else stop
        return sum(CHUNK / RATE for t, rms in list(self.chunks) if start <= t <= stop and rms > VOICED)

    def loudest(self, start: float, stop: float) -> float:
        return max((rms for t, rms in list(self.chunks) if start <= t <= stop), default=0.0)

    def voiced_now(self) -> bool:
        return self.voiced_seconds(time.monotonic() - 0.2) > 0

    def stop(self) -> None:
        end(self.process)


class DesktopSpeech:
    """The desktop's shared speech-dispatcher (what the app uses at home)."""

    def __init__(self, folder: Path, server: SoundServer):
        need("speech-dispatcher", "spd-say")
        folder.mkdir()
        self.folder = folder
        self.address = f"unix_socket:{folder / 'speechd.sock'}"
        env = dict(os.environ, HOME=str(folder), XDG_CACHE_HOME=str(folder / "cache"),
                   XDG_CONFIG_HOME=str(folder / "config"), **server.env)
        self.process = subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--timeout", "0", "--log-dir", str(folder),
             "--communication-method", "unix_socket", "--socket-path", str(folder / "speechd.sock"),
             "--pid-file", str(folder / "speechd.pid")], env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not (folder / "speechd.sock").exists():
            assert self.process.poll() is None and time.monotonic() < deadline, "speech-dispatcher did not start"
            time.sleep(0.05)

    def say(self, text: str, timeout: float = 10) -> float:
        """Another program speaks (spd-say, waiting until it is said): seconds taken."""
        start = time.monotonic()
        subprocess.run(["spd-say", "--wait", "--language", "en", text], timeout=timeout, check=True,
                       env=dict(os.environ, SPEECHD_ADDRESS=self.address))
        return time.monotonic() - start

    def stop(self) -> None:
        end(self.process)
