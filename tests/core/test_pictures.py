"""Pictures: the infusion-day timeline, shipped illustrations, and the check (on screen:
tests/gui/test_pictures_shown.py)."""

from datetime import date, datetime

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from conftest import GOOD_BODY, module_text, write_module
from ketaguide.core.library import TIMELINE_SRC, load_library
from ketaguide.core.loading import load
from ketaguide.core.settings import Preparation, Settings
from ketaguide.core.timeline import timeline_alt_text, timeline_steps, timeline_svg


def by_kind(steps):
    return {s.kind: s for s in steps}


def test_timeline_with_an_appointment_shows_clock_times():
    steps = by_kind(timeline_steps(Preparation(infusion_minutes=40), datetime(2026, 12, 1, 9, 30)))
    assert steps["food"].when == "by 3:30\u00a0AM"
    assert steps["drink"].when == "by 7:30\u00a0AM"
    assert steps["arrive"].when == "by 9:15\u00a0AM"
    assert steps["infusion"].label == "IV and infusion, about 40 minutes"
    assert steps["infusion"].when == "at 9:30\u00a0AM"
    assert steps["rest"].when == "from about 10:10\u00a0AM"
    assert steps["home"].when == "about 11:10\u00a0AM"
    assert steps["no-driving"].label == "No driving"
    assert steps["no-driving"].when == "for at least 24 hours and a night's sleep"


def test_without_a_clinic_drip_time_the_timeline_guesses_no_clock_time():
    """Problem 2 (rater 2): a pain drip can last hours; a 40-minute guess sent pain patients' rides too early."""
    for appointment in (datetime(2026, 12, 1, 9, 30), None):
        steps = by_kind(timeline_steps(Preparation(), appointment))
        assert steps["infusion"].label == "IV and infusion (ask your team how long)"
        assert steps["home"].when == "when staff say you can go"
        assert steps["rest"].when == "after the drip ends"
        assert "about" not in steps["home"].when and "40" not in timeline_alt_text(tuple(steps.values()))


def test_timeline_follows_the_clinic_settings_and_24_hour_clocks():
    preparation = Preparation(solid_food_hours=8, clear_liquid_hours=3, arrive_minutes_early=30,
                              infusion_minutes=120, recovery_minutes=30)
    steps = by_kind(timeline_steps(preparation, datetime(2026, 12, 1, 7, 0), clock24=True))
    assert steps["food"].when == "by 23:00 the day before"
    assert steps["drink"].when == "by 04:00"
    assert steps["arrive"].when == "by 06:30"
    assert steps["infusion"].label == "IV and infusion, about 2 hours"
    assert steps["home"].when == "about 09:30"


def test_timeline_without_an_appointment_uses_words():
    steps = by_kind(timeline_steps(Preparation(infusion_minutes=40)))
    assert steps["food"].when == "6 hours before"
    assert steps["arrive"].when == "15 minutes before"
    assert steps["rest"].when == "from about 40 minutes after you start"
    assert "Last solid food: 6 hours before." in timeline_alt_text(tuple(steps.values()))


def test_a_clinic_without_fasting_shows_no_fasting_steps():
    kinds = [s.kind for s in timeline_steps(Preparation(solid_food_hours=0, clear_liquid_hours=0))]
    assert kinds == ["arrive", "infusion", "rest", "home", "no-driving"]


def test_timeline_svg_is_valid_and_carries_every_label():
    steps = timeline_steps(Preparation(), datetime(2026, 12, 1, 9, 30))
    svg = timeline_svg(steps, width=640, font=18)
    assert QSvgRenderer(QByteArray(svg.encode())).isValid()
    for step in steps:
        assert step.label in svg


def test_every_shipped_picture_exists_parses_and_has_alt_text():
    library = load()
    pictures = [(m, src, alt) for m in library.modules for src, alt in m.images]
    assert pictures, "no pictures in the shipped modules"
    for module, src, alt in pictures:
        assert len(alt.split()) >= 4, f"{module.id}: alt text for {src} is too thin"
        if src == TIMELINE_SRC:
            continue
        path = library.image_path(src)
        assert path.is_file(), f"{module.id}: {src} is missing"
        assert QSvgRenderer(str(path)).isValid(), f"{module.id}: {src} does not render"
    with_pictures = {m.id for m, _, _ in pictures}
    for module in library.modules:
        if module.group == "start-here":
            assert module.id in with_pictures, f"{module.id} has no picture"


def test_each_caption_sits_under_its_own_picture():
    from ketaguide.core.render import render

    html = render('![A first picture](a.svg "First caption")\n\n![A second picture](b.svg "Second caption")\n')
    assert html.index('src="a.svg"') < html.index("First caption") < html.index('src="b.svg"') \
        < html.index("Second caption")


def test_check_reports_missing_pictures_and_missing_alt_text(tmp_path):
    body = GOOD_BODY + "\n![](illustrations/nothing-here.svg)\n\n![A broken picture](broken.svg)\n"
    write_module(tmp_path, "a.md", module_text(body=body))
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "broken.svg").write_text("<svg><rect></svg>")
    library = load_library([tmp_path / "builtin-none", tmp_path], Settings(), "en", today=date(2026, 11, 21),
                           rendered=True)
    messages = {p.message: p.line for p in library.problems}
    assert messages["the picture 'illustrations/nothing-here.svg' has no alt text"] == 27
    assert messages["the picture 'illustrations/nothing-here.svg' does not exist"] == 27
    assert messages["the picture 'broken.svg' is not a valid SVG file"] == 29


def test_the_printed_strip_keeps_times_whole_and_is_valid():
    from ketaguide.core.timeline import timeline_strip_svg

    steps = timeline_steps(Preparation(), datetime(2026, 12, 1, 0, 30))
    svg, height = timeline_strip_svg(steps, width=512, font=9)
    assert QSvgRenderer(QByteArray(svg.encode())).isValid() and height > 40
    assert "by 6:30\u00a0PM" in svg  # never split between "6:30" and "PM"
    assert "Ride home" in svg and "No driving" in svg


def test_a_late_appointment_says_when_going_home_is_the_next_day():
    steps = by_kind(timeline_steps(Preparation(infusion_minutes=40), datetime(2026, 12, 1, 23, 30)))
    assert steps["home"].when == "about 1:10\u00a0AM the next day"
