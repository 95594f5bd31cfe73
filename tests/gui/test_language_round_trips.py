"""A kiosk changes language for about one patient in seven, and the wipe after
them brings the clinic's language back: a new window each time. The screen
words must follow every switch, and the switches must not pile up
translators (each one held its .qm file in memory for the life of the app)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from gui_helpers import button, click, visible_texts
from ketaguide import resources
from ketaguide.gui.app import WindowKeeper, install_translations
from spanish_fixtures import write_spanish


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")


def translators(app) -> int:
    return len(app.findChildren(QTranslator))


def test_language_round_trips_keep_their_words_and_leave_no_translators_behind(qtbot, qapp, content_dir,
                                                                            monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    write_spanish(content_dir)
    config = tmp_path / "ketaguide.toml"
    config.write_text('[kiosk]\nenabled = true\n', encoding="utf-8")
    keeper = WindowKeeper(config, None, None, kiosk=True)
    qtbot.addWidget(keeper.open())

    def round_trip():
        english = keeper.window
        click(qtbot, button(english, "Español"))
        qtbot.waitUntil(lambda: keeper.window is not english)
        spanish = keeper.window
        qtbot.addWidget(spanish)
        assert "Aprenda sobre su tratamiento con ketamina" in visible_texts(spanish)
        spanish.kiosk_controller.wipe()  # the patient walked away: the clinic's language again
        qtbot.waitUntil(lambda: keeper.window is not spanish)
        qtbot.addWidget(keeper.window)
        assert button(keeper.window, "Touch the screen to start").isVisible()

    round_trip()  # the first trip loads each language's translations once
    loaded = translators(qapp)
    for _ in range(4):
        round_trip()
    assert translators(qapp) == loaded, "each language switch left translators behind"
    keeper.window.kiosk_controller.leave_quietly()
