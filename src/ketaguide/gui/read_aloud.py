"""Read a module aloud (QtTextToSpeech), highlighting the sentence being read.

Never starts by itself. Where the system has no speech engine, the controls
are hidden rather than shown broken.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTextBrowser, QTextEdit, QWidget

try:  # QtTextToSpeech comes with PySide6-Addons; the app works without it.
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # pragma: no cover - depends on the installation
    QTextToSpeech = None

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
SPEEDS = (("Slower", -0.3), ("Normal", 0.0), ("Faster", 0.3))


def create_engine(name: str | None = None):
    """The system's speech engine, or None. Qt's 'mock' engine is only used
    when asked for by name (tests set KETAGUIDE_SPEECH_ENGINE=mock)."""
    name = name if name is not None else os.environ.get("KETAGUIDE_SPEECH_ENGINE", "")
    if QTextToSpeech is None:
        return None
    engines = QTextToSpeech.availableEngines()
    if name:
        return QTextToSpeech(name) if name in engines else None
    real = [e for e in engines if e != "mock"]
    if not real:
        return None
    engine = QTextToSpeech(real[0])
    return None if engine.state() == QTextToSpeech.State.Error else engine


class ListenBar(QWidget):
    speaking_changed = Signal(bool)

    def __init__(self, browser: QTextBrowser, engine=None, parent=None):
        super().__init__(parent)
        self._browser = browser
        self._engine = engine
        self._sentences: dict[int, tuple[int, int]] = {}  # utterance id -> (start, end) in the page
        self._highlight = QColor("#FFE9A8")
        self.listen_button = QPushButton(self.tr("Listen"))
        self.listen_button.setAccessibleDescription(self.tr("Read this page aloud"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Reading speed"))
        for label, rate in SPEEDS:
            self.speed.addItem(self.tr(label), rate)
        self.speed.setCurrentIndex(1)
        self.listen_button.clicked.connect(self.listen)
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.stop_button.clicked.connect(self.stop)
        self.speed.currentIndexChanged.connect(self._apply_speed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (self.listen_button, self.pause_button, self.stop_button, self.speed):
            layout.addWidget(widget)
        if engine is None:
            self.hide()
            return
        engine.stateChanged.connect(self._state_changed)
        engine.aboutToSynthesize.connect(self._highlight_sentence)
        self._show_state(False)

    @property
    def available(self) -> bool:
        return self._engine is not None

    def is_speaking(self) -> bool:
        return self._engine is not None and self._engine.state() in (
            QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)

    def set_highlight_colour(self, colour: str) -> None:
        self._highlight = QColor(colour)

    def listen(self) -> None:
        if self._engine is None:
            return
        self._engine.stop()
        self._sentences.clear()
        self._apply_speed()
        text = self._browser.toPlainText()
        for match in _SENTENCE.finditer(text):
            sentence = match.group(0).strip()
            if sentence:
                start = match.start() + match.group(0).index(sentence)
                utterance = self._engine.enqueue(sentence)
                self._sentences[utterance] = (start, start + len(sentence))

    def pause_or_resume(self) -> None:
        if self._engine is None:
            return
        if self._engine.state() == QTextToSpeech.State.Paused:
            self._engine.resume()
        else:
            self._engine.pause()

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()
        self._browser.setExtraSelections([])

    def _apply_speed(self) -> None:
        if self._engine is not None:
            self._engine.setRate(float(self.speed.currentData()))

    def _highlight_sentence(self, utterance: int) -> None:
        span = self._sentences.get(utterance)
        if span is None:
            return
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(self._highlight)
        selection.format = fmt
        self._browser.setExtraSelections([selection])
        self._browser.setTextCursor(QTextCursor(cursor.block()))
        self._browser.ensureCursorVisible()

    def _state_changed(self, state) -> None:
        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        paused = state == QTextToSpeech.State.Paused
        self._show_state(speaking or paused, paused)
        if state == QTextToSpeech.State.Ready:
            self._browser.setExtraSelections([])
        self.speaking_changed.emit(speaking)

    def _show_state(self, active: bool, paused: bool = False) -> None:
        # Only "Listen" and the speed show until reading starts: fewer
        # buttons for a person who does not need them.
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setVisible(active)
        self.stop_button.setVisible(active)
