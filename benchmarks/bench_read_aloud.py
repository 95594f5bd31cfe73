"""Read-aloud with the real engine, timed from the sound itself (Linux).

    python benchmarks/bench_read_aloud.py [--runs 3]

Plays into a PulseAudio null sink and records its monitor (tests/support/sound.py), as
tests/clients/test_read_aloud_real.py does, and prints, as medians over the runs:
  - creating the app's speech engine on the desktop's speech-dispatcher (Qt lists every voice),
  - starting the kiosk's private speech-dispatcher and its engine,
  - Listen to the first sound, Pause and Stop to silence,
  - the silent gap between two sentences (the next one is sent only when the last has ended).
Needs what `./dev setup` installs (speech-dispatcher, espeak-ng, pulseaudio, pulseaudio-utils).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # conftest
sys.path.insert(0, str(ROOT / "tests" / "support"))  # the shared test helpers
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sound import VOICED, DesktopSpeech, Recorder, SoundServer  # noqa: E402

TEXT = ("Ketamine is a medicine. Since 1970, doctors have used it as an anesthetic. "
        "Today, doctors also use much lower doses. They are not meant to put you to sleep.")


class Page:
    def __init__(self, sentences):
        self.sentences, self.moves = sentences, []

    def spoken_sentences(self):
        return list(self.sentences)

    def highlight_sentence(self, index):
        self.moves.append((time.monotonic(), index))

    def spoken_language(self):
        return "en"


def wait(app, condition, seconds=15.0) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > seconds:
            raise TimeoutError("the sound never came (or never stopped)")
        app.processEvents()
        time.sleep(0.005)
    return time.monotonic() - start


def heard(recorder) -> bool:
    return recorder.voiced_seconds(time.monotonic() - 0.06) > 0


def one_run(app, recorder, address: str) -> dict[str, float]:
    from ketaguide.core.sentences import sentence_spans
    from ketaguide.gui import speech_engine
    from ketaguide.gui.read_aloud import ListenBar

    figures = {}
    os.environ["SPEECHD_ADDRESS"] = address
    start = time.monotonic()
    engine = speech_engine.shared_engine("")
    figures["engine on the desktop's speech-dispatcher (s)"] = time.monotonic() - start
    page = Page([TEXT[a:b] for a, b in sentence_spans(TEXT)])
    bar = ListenBar(page, engine)
    bar.listen()
    figures["Listen to first sound (s)"] = wait(app, lambda: heard(recorder))
    wait(app, lambda: bar.sentence_index == 2)
    second = next(t for t, i in page.moves if i == 1)
    # The gap: from the last voiced chunk of sentence 1 to the first of sentence 2.
    chunks = [(t, rms) for t, rms in list(recorder.chunks) if second - 3 < t < second + 2]
    last_before = max((t for t, rms in chunks if t < second and rms > VOICED), default=second)
    first_after = min((t for t, rms in chunks if t >= second and rms > VOICED), default=second)
    figures["silence between two sentences (s)"] = first_after - last_before
    wait(app, lambda: heard(recorder))
    bar.pause()
    figures["Pause to silence (s)"] = wait(app, lambda: not heard(recorder))
    bar.resume()
    wait(app, lambda: heard(recorder))
    bar.stop()
    figures["Stop to silence (s)"] = wait(app, lambda: not heard(recorder))
    bar.deleteLater()
    speech_engine.shutdown()

    speech_engine.keep_speech_private()
    start = time.monotonic()
    speech_engine.shared_engine("")
    figures["kiosk: private speech-dispatcher and engine (s)"] = time.monotonic() - start
    speech_engine.shutdown()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory(prefix="ketaguide-bench-speech-") as folder:
        os.environ["HOME"] = folder  # no desktop speech settings of this machine take part
        server = SoundServer(Path(folder) / "pulse")
        os.environ.update(server.env)
        recorder = Recorder(server)
        desktop = DesktopSpeech(Path(folder) / "speechd", server)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        try:
            runs = [one_run(app, recorder, desktop.address) for _ in range(args.runs)]
        finally:
            desktop.stop()
            recorder.stop()
            server.stop()
    print(f"read-aloud with speech-dispatcher + espeak-ng, median of {len(runs)} runs")
    for name in runs[0]:
        values = [run[name] for run in runs]
        print(f"  {name:<52} {statistics.median(values):6.2f}   (min {min(values):.2f}, max {max(values):.2f})")


if __name__ == "__main__":
    main()
