"""Spanish on screen: the language switch on home and on the kiosk, screen
words from the .qm, English stand-ins read with an English voice, and a
complete Spanish screen-text file."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO
from gui_helpers import button, click, screenshot, visible_texts
from ketaguide.gui.app import WindowKeeper, install_translations
from spanish_fixtures import write_spanish, write_spanish_module

TRANSLATIONS = REPO / "src" / "ketaguide" / "translations"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Screen words are the application's: the next test starts in English."""
    yield
    install_translations(qapp, "en")


@pytest.fixture
def builtin(content_dir, as_builtin):
    as_builtin(content_dir)
    return content_dir


def open_keeper(qtbot, kiosk=False, config=None):
    keeper = WindowKeeper(config, None, None, kiosk=kiosk)
    qtbot.addWidget(keeper.open())
    return keeper


def switch(qtbot, keeper, name: str):
    old = keeper.window
    click(qtbot, button(old, name))
    qtbot.waitUntil(lambda: keeper.window is not old)
    qtbot.addWidget(keeper.window)
    return keeper.window


def test_a_patient_switches_to_spanish_on_the_home_screen_and_it_lasts(qtbot, builtin, tmp_path):
    write_spanish(builtin)
    keeper = open_keeper(qtbot)
    english = keeper.window
    assert "Learn about your ketamine treatment" in visible_texts(english)
    spanish = switch(qtbot, keeper, "Español")
    assert spanish.library.language == "es" and spanish.pages.currentWidget() is spanish.home
    texts = visible_texts(spanish)
    assert "Aprenda sobre su tratamiento con ketamina" in texts and "Empiece aquí" in texts
    assert [c.accessibleName() for c in spanish.home.cards] == ["Primer tema", "Segundo tema"]
    screenshot(spanish, tmp_path / "es-home.png")
    assert button(spanish, "Español").isChecked()  # the one in use, shown as chosen
    spanish.open_module("first-topic")
    assert button(spanish, "Siguiente").isVisible() and button(spanish, "Inicio").isVisible()
    spanish.reload_requested.emit()  # staff reloading content keep the patient's language
    qtbot.addWidget(keeper.window)
    assert keeper.window is not spanish and keeper.window.library.language == "es"
    keeper.window.go_home()
    back = switch(qtbot, keeper, "English")
    assert back.library.language == "en" and "Learn about your ketamine treatment" in visible_texts(back)


def test_the_kiosk_welcome_screen_switches_and_the_wipe_returns_to_the_clinics_language(qtbot, builtin, tmp_path):
    write_spanish(builtin)
    config = tmp_path / "ketaguide.toml"
    config.write_text('[kiosk]\nenabled = true\n', encoding="utf-8")
    keeper = open_keeper(qtbot, kiosk=True, config=config)
    assert keeper.window.on_attract_screen()
    spanish = switch(qtbot, keeper, "Español")
    assert spanish.library.language == "es" and spanish.pages.currentWidget() is spanish.home
    assert "Aprenda sobre su tratamiento con ketamina" in visible_texts(spanish)
    spanish.kiosk_controller.wipe()
    qtbot.waitUntil(lambda: keeper.window is not spanish)
    english = keeper.window
    qtbot.addWidget(english)
    assert english.library.language == "en" and english.on_attract_screen()
    assert button(english, "Touch the screen to start").isVisible()
    english.kiosk_controller.leave_quietly()


def test_spanish_with_no_spanish_content_shows_english_topics_with_a_note(qtbot, builtin, tmp_path):
    keeper = WindowKeeper(None, None, "es", kiosk=False)
    window = keeper.open()
    qtbot.addWidget(window)
    assert [c.accessibleName() for c in window.home.cards] == ["First topic", "Second topic"]
    assert "No hay temas disponibles" not in " ".join(visible_texts(window))
    assert "Aprenda sobre su tratamiento con ketamina" in visible_texts(window)
    window.open_module("first-topic")
    text = window.reader.browser.toPlainText()
    assert "Este tema todavía no está en español" in text and "You read this" in text
    assert window.reader.browser.spoken_language() == "en"  # an English voice for an English page
    screenshot(window, tmp_path / "es-fallback.png")


def test_a_translated_page_is_read_in_spanish(qtbot, builtin):
    write_spanish_module(builtin)
    keeper = WindowKeeper(None, None, "es", kiosk=False)
    window = keeper.open()
    qtbot.addWidget(window)
    window.open_module("first-topic")
    assert window.reader.browser.spoken_language() == "es"
    window.open_module("second-topic")  # not translated yet
    assert window.reader.browser.spoken_language() == "en"


# -- the screen-text file ---------------------------------------------------------------
def test_every_screen_string_is_translated():
    root = ET.parse(TRANSLATIONS / "ketaguide_es.ts").getroot()
    messages = [m for m in root.iter("message") if m.find("translation").get("type") not in ("vanished", "obsolete")]
    assert len(messages) > 100
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"]
    empty = [m.find("source").text for m in messages
             if not ("".join(m.find("translation").itertext()).strip())]
    assert unfinished == [] and empty == []
    same = [m.find("source").text for m in messages
            if m.find("translation").text == m.find("source").text and any(c.isalpha() for c in m.find("source").text)
            and m.find("source").text not in ("normal", "ketaguide – {0}")]
    assert same == []  # left in English


def test_every_tr_string_in_the_source_is_in_the_file(tmp_path):
    """Nobody added a screen string without running scripts/update-translations."""
    sources = subprocess.run(["git", "ls-files", "src/ketaguide/gui/*.py", "src/ketaguide/printing/*.py"],
                             cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(REPO / ".venv" / "bin" / "pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], cwd=REPO, capture_output=True, check=True)

    def keys(path):
        return {(c.find("name").text, m.find("source").text) for c in ET.parse(path).getroot().iter("context")
                for m in c.findall("message") if m.find("translation").get("type") not in ("vanished", "obsolete")}

    assert keys(fresh) - keys(TRANSLATIONS / "ketaguide_es.ts") == set()


def test_the_compiled_file_matches_the_translations(tmp_path):
    lrelease = REPO / ".venv" / "bin" / "pyside6-lrelease"
    out = tmp_path / "es.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "ketaguide_es.ts"), "-qm", str(out)], check=True)
    assert (TRANSLATIONS / "ketaguide_es.qm").read_bytes() == out.read_bytes(), \
        "run scripts/update-translations and commit the .qm"


def test_the_teach_back_summary_in_spanish_on_screen_and_on_paper(qtbot, builtin):
    import io

    from pypdf import PdfReader

    from ketaguide.printing import pdf_bytes
    from quiz_fixtures import QUIZ

    (builtin / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    write_spanish(builtin)
    keeper = open_keeper(qtbot)
    spanish = switch(qtbot, keeper, "Español")
    spanish.start_quiz()
    question = spanish.quiz.question
    spanish.quiz.choices.toggle(next(i for i in range(len(question.choices)) if i not in question.right_answer))
    spanish.quiz.check_answer()
    spanish.quiz.index = len(spanish.quiz.questions) - 1
    spanish.quiz.next_question()
    click(qtbot, button(spanish, "Resumen para mi enfermera o enfermero"))
    texts = visible_texts(spanish)
    assert "Su resumen para su equipo de atención" in texts and "Para repasar con mi enfermera o enfermero" in texts
    assert button(spanish, "Mostrar al personal de enfermería").isVisible()
    data = pdf_bytes(spanish.teachback.printout())
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "Lo que aprendí: resumen para mi equipo de atención" in printed
    assert "Para repasar con mi enfermera o enfermero" in printed and "Versión del contenido:" in printed
    assert "To go over" not in printed and "Content version" not in printed


UNSET_LOCALE_SCRIPT = """
import json
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ketaguide.core.settings import Settings
from ketaguide.gui.app import install_translations
from ketaguide.locales import locale_for
from ketaguide.printing import formats
install_translations(app, "es")
screen, paper = QLocale(), locale_for("es")  # what the window shows; what printout.py prints with
print(json.dumps({"system": QLocale.system().name(), "screen": screen.name(), "print": paper.name(),
                  "screen_time": screen.toString(QTime(9, 30), QLocale.FormatType.ShortFormat),
                  "print_time": paper.toString(QTime(9, 30), QLocale.FormatType.ShortFormat),
                  "print_24h": formats.uses_24_hour_clock(Settings(), paper),
                  "paper": formats.page_size(Settings(), paper).key()}))
"""


def test_a_computer_without_a_locale_shows_and_prints_spanish_times_alike(tmp_path):
    """LANG=C (many kiosks and servers): the screen and the printout both take the US
    region for ketaguide's Latin American Spanish (locales.UNSET_REGION); the screen
    used to take Spain's ("09:30") while the checklist printed "9:30 a. m."."""
    import json
    import os
    import sys

    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(LANG="C", LC_ALL="C", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", UNSET_LOCALE_SCRIPT], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["system"] == "C"
    assert seen["screen"] == seen["print"] == "es_US"
    assert seen["screen_time"] == seen["print_time"]
    assert "a" in seen["screen_time"].replace("\u00a0", " ").lower()  # a 12-hour clock: "9:30 a. m."
    assert not seen["print_24h"] and seen["paper"] == "Letter"
