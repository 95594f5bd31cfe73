"""Read a page aloud, one sentence at a time, highlighting the sentence being read.

Built on what the engine really reports. The bar sends one sentence, waits
until the engine has started it and then reports it finished, and only then
sends the next; so the highlight is always the sentence being heard, a speed
change applies from the next sentence, and Stop leaves nothing queued.

Pause: where the engine pauses reliably (has_real_pause) it pauses mid-word.
Elsewhere (speech-dispatcher) Pause silences the sentence at once and Resume
reads that sentence again from its start, so no words are lost.

Never starts by itself. Where the system has no speech engine, or no voice
for the page's language, the controls are hidden rather than shown broken.
"""

from __future__ import annotations

from typing import Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from . import speech_engine
from .announce import announce
from .flow_layout import FlowLayout

# The reading speeds, slowest first; "Slower" and "Faster" step through them.
SPEEDS = ((QT_TRANSLATE_NOOP("ListenBar", "slow"), -0.3), (QT_TRANSLATE_NOOP("ListenBar", "normal"), 0.0),
          (QT_TRANSLATE_NOOP("ListenBar", "fast"), 0.3))
NORMAL_SPEED = 1
START_TIMEOUT_MS = 8000  # a sentence the engine has not begun by then never will (no sound output)
IDLE, READING, PAUSED = "idle", "reading", "paused"


class SpokenPage(Protocol):
    """What read-aloud needs from a page."""

    def spoken_sentences(self) -> list[str]: ...  # in reading order; no picture placeholders

    def highlight_sentence(self, index: int | None) -> None: ...  # show `index` as being read; None clears

    def spoken_language(self) -> str: ...  # e.g. "en", "es"


class ListenBar(QWidget):
    """Listen, Pause/Resume, Stop and the reading speed, and the reading itself."""

    speaking_changed = Signal(bool)

    def __init__(self, page: SpokenPage, engine=None, parent=None, engine_later=None):
        """`engine`: a QTextToSpeech (or None: no read-aloud). `engine_later`: a
        function that gives the engine, called when Listen is first pressed
        (see speech_engine.speech_possible)."""
        super().__init__(parent)
        self._page = page
        self._engine_object = engine
        self._engine_later = engine_later if engine is None else None
        self._state = IDLE
        self._sentences: list[str] = []
        self._index = 0
        self._sent = False  # the current sentence went to the engine ...
        self._begun = False  # ... and the engine has said it started it
        self._engine_paused = False  # we paused the engine itself (a real pause) ...
        self._resume_pending = False  # ... and Resume came before it reported Paused
        self._start_when_ready = False  # waiting for the engine to finish cancelling
        self._start_timeout = QTimer(self)
        self._start_timeout.setSingleShot(True)
        self._start_timeout.setInterval(START_TIMEOUT_MS)
        self._start_timeout.timeout.connect(self._engine_never_started)

        self.listen_button = QPushButton(self.tr("Listen"))
        self.listen_button.setAccessibleDescription(self.tr("Read this page aloud"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.slower_button = QPushButton(self.tr("Slower"))
        self.faster_button = QPushButton(self.tr("Faster"))
        self.speed_label = QLabel()
        self._speed = NORMAL_SPEED
        # Listen, Pause and Stop, then the speed as one piece; on a narrow column at
        # large text the speed wraps onto its own row instead of being cut off.
        speed = QWidget()
        speed_row = QHBoxLayout(speed)
        speed_row.setContentsMargins(0, 0, 0, 0)
        speed_row.setSpacing(8)
        for widget in (self.slower_button, self.speed_label, self.faster_button):
            speed_row.addWidget(widget)
        self._speed_controls = speed
        # Shown instead of the buttons when the engine, once started, has no voice for the page.
        self.no_voice_note = QLabel(self.tr("Reading aloud is not available in this language on this computer."))
        self.no_voice_note.setWordWrap(True)
        self.no_voice_note.hide()
        layout = FlowLayout(self, spacing=8)
        for widget in (self.listen_button, self.pause_button, self.stop_button, speed, self.no_voice_note):
            layout.addWidget(widget)
        self.listen_button.clicked.connect(self.listen)
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.stop_button.clicked.connect(self.stop)
        self.slower_button.clicked.connect(lambda: self.set_speed(self._speed - 1))
        self.faster_button.clicked.connect(lambda: self.set_speed(self._speed + 1))
        self._show_speed()
        if engine is not None:
            engine.stateChanged.connect(self._engine_state)
        self._show_state()
        self.setVisible(self.available)

    # -- what the page and the window ask -------------------------------------------
    @property
    def _engine(self):
        """The engine, or None once it is gone: speech_engine.shutdown() deletes the
        app's one engine (at exit, or after a test) while a page may still be reset."""
        engine = self._engine_object
        return engine if engine is not None and shiboken6.isValid(engine) else None

    @property
    def available(self) -> bool:
        """An engine, and a voice for the page's language (before the engine is
        started: that one could be had)."""
        if self._engine_later is not None:
            return speech_engine.speech_possible()
        return self._engine is not None and speech_engine.voice_for(
            self._engine, self._page.spoken_language()) is not None

    def _start_engine(self) -> bool:
        """Start the engine on the first Listen. It blocks for a few seconds, so
        the button says so first; with no voice for the page, the bar goes."""
        make, self._engine_later = self._engine_later, None
        self.listen_button.setText(self.tr("Starting the voice…"))
        self.listen_button.repaint()  # shown now: the next call holds the window
        self._engine_object = make()
        self.listen_button.setText(self.tr("Listen"))
        if self._engine_object is not None:
            self._engine_object.stateChanged.connect(self._engine_state)
            self._engine_object.setRate(self.rate())
        if not self.available:
            for widget in (self.listen_button, self.pause_button, self.stop_button, self._speed_controls):
                widget.hide()
            self.no_voice_note.show()
            announce(self, self.no_voice_note.text())
            return False
        return True

    def is_speaking(self) -> bool:
        """Reading now (not paused: a kiosk may wipe a page left paused)."""
        return self._state == READING

    @property
    def state(self) -> str:
        return self._state

    @property
    def sentence_index(self) -> int | None:
        """The sentence being read (or paused in), else None."""
        return self._index if self._state != IDLE else None

    @property
    def speed(self) -> int:
        """The chosen speed: an index into SPEEDS."""
        return self._speed

    def rate(self) -> float:
        return SPEEDS[self._speed][1]

    def set_speed(self, number: int) -> None:
        """One of SPEEDS; while reading, from the next sentence on."""
        self._speed = max(0, min(len(SPEEDS) - 1, number))
        self._show_speed()
        if self._engine is not None and self._state == IDLE:
            self._engine.setRate(self.rate())

    def reset(self) -> None:
        """The next person starts afresh: nothing read, the normal speed."""
        self.stop()
        self.set_speed(NORMAL_SPEED)

    # -- the patient's buttons ---------------------------------------------------------
    def listen(self) -> None:
        """Read the page from its first sentence."""
        if self._engine_later is not None and not self._start_engine():
            return
        if self._engine is None:
            return
        sentences = self._page.spoken_sentences()
        if not sentences or not speech_engine.use_language(self._engine, self._page.spoken_language()):
            return
        previous = speech_engine.claim(self._engine, self)
        if previous is not None:
            previous.stop()  # another window's page was reading
        self._silence_engine()
        self._sentences, self._index = sentences, 0
        self._set_state(READING)
        self._speak_when_ready()

    def pause_or_resume(self) -> None:
        if self._state == PAUSED:
            self.resume()
        elif self._state == READING:
            self.pause()

    def pause(self) -> None:
        if self._state != READING:
            return
        self._set_state(PAUSED)
        self._start_when_ready = False
        self._start_timeout.stop()
        if speech_engine.has_real_pause(self._engine) and self._begun:
            self._engine.pause()
            self._engine_paused = True
        else:
            self._silence_engine()  # Resume reads this sentence again

    def resume(self) -> None:
        if self._state != PAUSED:
            return
        self._set_state(READING)
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine_paused:
            self._engine_paused = False
            self._engine.resume()
            # An engine pauses at its next word: a quick Resume can come before
            # it reports Paused; resume it again when it does.
            self._resume_pending = self._engine.state() != QTextToSpeech.State.Paused
        else:
            self._speak_when_ready()

    def stop(self) -> None:
        """Silence at once; the engine is left idle, never paused."""
        if self._state == IDLE:
            return
        self._set_state(IDLE)
        self._start_when_ready = False
        self._start_timeout.stop()
        self._silence_engine()
        self._page.highlight_sentence(None)

    def hideEvent(self, event) -> None:
        # The person left the page (another page of the window is shown): stop
        # reading. A minimised window hides spontaneously and reads on.
        super().hideEvent(event)
        if not event.spontaneous():
            self.stop()

    # -- talking to the engine -----------------------------------------------------------
    def _silence_engine(self) -> None:
        if self._sent and self._engine is not None:
            # Qt's speech-dispatcher engine resumes a paused engine before it cancels. It
            # cancels every program's speech (spd_cancel_all), so only when ours is on.
            self._engine.stop()
        self._sent = self._begun = False
        self._engine_paused = self._resume_pending = False

    def _speak_when_ready(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused,
                                    QTextToSpeech.State.Synthesizing):
            self._start_when_ready = True  # the cancelled sentence has not yet reported its end
            self._start_timeout.start()
        else:
            self._send()

    def _send(self) -> None:
        self._start_when_ready = False
        while self._index < len(self._sentences) and not self._sentences[self._index].strip():
            self._index += 1
        if self._index >= len(self._sentences):
            self._finished()
            return
        self._page.highlight_sentence(self._index)
        self._engine.setRate(self.rate())
        self._sent, self._begun = True, False
        self._start_timeout.start()
        self._engine.say(self._sentences[self._index])  # may report Speaking before it returns

    def _engine_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._state == IDLE or speech_engine.owner(self._engine) is not self:
            return  # another page's reading, or the end of ours after Stop
        if state == QTextToSpeech.State.Speaking:
            if self._sent:
                self._begun = True
                self._start_timeout.stop()
        elif state == QTextToSpeech.State.Paused:
            if self._state == READING and self._resume_pending:
                self._resume_pending = False
                self._engine.resume()
            elif self._state == READING:
                self._set_state(PAUSED)
        elif state == QTextToSpeech.State.Ready:
            if self._start_when_ready and self._state == READING:
                self._send()
            elif self._sent and self._begun and self._state == READING:
                # A Ready before the sentence began is the late end of a cancelled one.
                self._index += 1
                self._send()
        elif state == QTextToSpeech.State.Error:
            self.stop()

    def _engine_never_started(self) -> None:
        """The engine never reported the end of a cancelled sentence: try the
        sentence anyway, once. It never began one: no sound output, or a
        server that stopped answering; give up rather than show a reading
        that is not heard."""
        if self._state != READING:
            return
        if self._start_when_ready:
            self._send()
        else:
            self.stop()

    def _finished(self) -> None:
        self._sent = self._begun = False
        self._set_state(IDLE)
        self._page.highlight_sentence(None)

    # -- what the patient sees ---------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        was_speaking = self.is_speaking()
        self._state = state
        self._show_state()
        if was_speaking != self.is_speaking():
            self.speaking_changed.emit(self.is_speaking())

    def _show_speed(self) -> None:
        name = self.tr(SPEEDS[self._speed][0])
        # Between "Slower" and "Faster" the one word says what it is; short, so the bar fits
        # a narrow column at 200% text.
        self.speed_label.setText(name)
        self.speed_label.setAccessibleName(self.tr("Reading speed: {0}").format(name))
        for button in (self.slower_button, self.faster_button):
            button.setAccessibleDescription(self.tr("Reading speed now: {0}").format(name))
        # At either end the button that cannot go further is greyed out.
        self.slower_button.setEnabled(self._speed > 0)
        self.faster_button.setEnabled(self._speed < len(SPEEDS) - 1)

    def _show_state(self) -> None:
        # Only "Listen" and the speed show until reading starts: fewer
        # buttons for a person who does not need them.
        active = self._state != IDLE
        had_focus = self.listen_button.hasFocus() or self.stop_button.hasFocus()
        self.listen_button.setVisible(not active)
        self.pause_button.setText(self.tr("Resume") if self._state == PAUSED else self.tr("Pause"))
        self.pause_button.setVisible(active)
        self.stop_button.setVisible(active)
        if had_focus:  # the pressed button went away: keep the keyboard in the bar
            (self.pause_button if active else self.listen_button).setFocus()
