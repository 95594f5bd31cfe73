"""Loading modules: every kind of bad input gives a clear error with file and line."""

from datetime import date

from conftest import GOOD_BODY, module_text, write_module
from ketaguide.core.library import load_library
from ketaguide.core.settings import Settings, load_settings

TODAY = date(2026, 11, 21)


def load(folder, settings=None):
    return load_library([folder], settings or Settings(), "en", today=TODAY, rendered=True)


def problems_for(library, name):
    return [p for p in library.problems if str(p.path).endswith(name)]


def test_a_good_module_loads_renders_and_fills_placeholders(content_dir):
    library = load(content_dir)
    assert library.errors == ()
    first = library.module("first-topic")
    assert first.title == "First topic"
    assert first.summary == "A short summary."
    assert first.last_reviewed == date(2026, 6, 1)
    assert "Call your clinic at your clinic&#x27;s phone number" in first.html or \
        "Call your clinic at your clinic's phone number" in first.html
    assert [h.anchor for h in first.headings] == ["what", "key-points"]
    assert first.callouts == ("call-clinic", "emergency")
    assert first.minutes_to_read >= 1


def test_clinic_settings_fill_the_placeholders(content_dir, tmp_path):
    config = tmp_path / "k.toml"
    config.write_text('[clinic]\nname = "Riverside"\nphone = "555-0100"\nemergency_number = "112"\n')
    settings, _ = load_settings(config)
    html = load(content_dir, settings).module("first-topic").html
    assert "Call Riverside at 555-0100" in html
    assert "Call 112 if" in html


def test_callouts_become_styled_boxes(content_dir):
    html = load(content_dir).module("first-topic").html
    assert 'class="callout emergency"' in html
    assert '<td class="callout-emergency">' in html
    assert '<p class="callout-title">' in html


def test_malformed_yaml_names_the_line(tmp_path):
    path = write_module(tmp_path, "bad.md", module_text().replace("title: First topic", "title: [unclosed"))
    library = load(tmp_path)
    [problem] = problems_for(library, "bad.md")[:1]
    assert problem.line in (3, 4) and "not valid YAML" in problem.message
    assert library.module("first-topic") is None
    assert path.name in str(problem)


def test_missing_and_unknown_keys(tmp_path):
    write_module(tmp_path, "a.md", module_text(drop=("summary",)))
    write_module(tmp_path, "b.md", module_text(id="b-topic", colour="blue"))
    library = load(tmp_path)
    a = problems_for(library, "a.md")
    b = problems_for(library, "b.md")
    assert any("missing front-matter key 'summary'" in p.message for p in a)
    unknown = [p for p in b if "unknown front-matter key 'colour'" in p.message]
    assert unknown and unknown[0].line == 12


def test_bad_dates_and_overdue_review(tmp_path):
    write_module(tmp_path, "a.md", module_text(created="2026-13-45"))
    write_module(tmp_path, "b.md", module_text(id="b-topic", next_review_due="2026-01-01"))
    library = load(tmp_path)
    [bad_date] = [p for p in problems_for(library, "a.md") if "created" in p.message]
    assert bad_date.line == 7 and "not a real date" in bad_date.message
    overdue = [p for p in problems_for(library, "b.md") if "review was due" in p.message]
    assert overdue and overdue[0].line == 9 and overdue[0].is_error
    # An overdue module is still shown: hiding it would not make it fresher.
    assert library.module("b-topic") is not None


def test_duplicate_ids(tmp_path):
    write_module(tmp_path, "01-a.md", module_text())
    write_module(tmp_path, "02-b.md", module_text(title="Copy"))
    library = load(tmp_path)
    [dup] = [p for p in library.problems if "duplicate id" in p.message]
    assert str(dup.path).endswith("02-b.md") and dup.line == 2
    assert library.module("first-topic").title == "First topic"


def test_unknown_placeholder_is_an_error_never_a_blank(tmp_path):
    write_module(tmp_path, "a.md", module_text(body=GOOD_BODY + "\nBring {clinic.fax} with you.\n"))
    library = load(tmp_path)
    [problem] = [p for p in library.problems if "placeholder" in p.message]
    assert problem.line == 27 and "{clinic.fax}" in problem.message
    assert "{clinic.phone}" in problem.hint
    assert library.module("first-topic") is None


def test_broken_internal_links(tmp_path):
    body = GOOD_BODY + "\nSee [nowhere](no-such-module) and [a gap](first-topic#no-such-part).\n"
    write_module(tmp_path, "a.md", module_text(body=body))
    library = load(tmp_path)
    messages = {p.message: p.line for p in library.problems if "link" in p.message}
    assert messages["link to a module that does not exist: 'no-such-module'"] == 27
    assert messages["link to a section that does not exist: 'first-topic#no-such-part'"] == 27


def test_external_links_are_not_checked_as_modules(tmp_path):
    write_module(tmp_path, "a.md", module_text(body=GOOD_BODY + "\n[988](tel:988) [web](https://988lifeline.org)\n"))
    assert load(tmp_path).errors == ()


def test_non_utf8_and_empty_files(tmp_path):
    write_module(tmp_path, "a.md", module_text().encode() + b"\nbad byte \xff here\n")
    write_module(tmp_path, "b.md", "   \n")
    write_module(tmp_path, "c.md", module_text(id="c-topic"))
    library = load(tmp_path)
    [utf] = problems_for(library, "a.md")
    assert "UTF-8" in utf.message and utf.line == 27
    [empty] = problems_for(library, "b.md")
    assert "empty" in empty.message
    assert [m.id for m in library.modules] == ["c-topic"]


def test_missing_required_parts_are_reported(tmp_path):
    write_module(tmp_path, "a.md", module_text(body="Just some text.\n\n## Details\nMore.\n"))
    messages = [p.message for p in load(tmp_path).problems]
    assert "the module has no call-clinic box" in messages
    assert "the module has no emergency box" in messages
    assert "the module has no '## Key points' section" in messages


def test_a_clinic_folder_replaces_and_adds_modules(content_dir, tmp_path):
    clinic = tmp_path / "clinic"
    write_module(clinic, "x.md", module_text(title="Our own first topic"))
    write_module(clinic, "y.md", module_text(id="parking", title="Where to park", group="learn-more"))
    library = load_library([content_dir, clinic], Settings(), "en", today=TODAY)
    assert library.module("first-topic").title == "Our own first topic"
    assert [m.id for m in library.modules] == ["first-topic", "second-topic", "parking"]


def test_modules_come_in_reading_order(tmp_path):
    write_module(tmp_path, "a.md", module_text(id="later", order=5))
    write_module(tmp_path, "b.md", module_text(id="extra", order=1, group="learn-more"))
    write_module(tmp_path, "c.md", module_text(id="sooner", order=2))
    library = load(tmp_path)
    assert [m.id for m in library.modules] == ["sooner", "later", "extra"]
    assert [label for label, _ in library.groups()] == ["Start here", "Learn more"]


def test_the_library_is_immutable(content_dir):
    import dataclasses

    import pytest

    library = load(content_dir)
    with pytest.raises(dataclasses.FrozenInstanceError):
        library.modules = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        library.modules[0].title = "changed"


def test_placeholders_in_title_and_summary_are_filled(tmp_path):
    write_module(tmp_path, "a.md", module_text(title="About {clinic.name}", summary="Call {clinic.phone}."))
    module = load(tmp_path).module("first-topic")
    assert module.title == "About your clinic" and module.summary == "Call your clinic's phone number."


def test_placeholder_typos_are_errors_not_text(tmp_path):
    body = GOOD_BODY + "\nCall {Clinic.phone} or { clinic.phone } or {clinic.phone2}.\n\n## Later {#later}\n"
    write_module(tmp_path, "a.md", module_text(body=body))
    library = load(tmp_path)
    typos = [p for p in library.problems if "is not a placeholder" in p.message]
    assert [p.message.split("'")[1] for p in typos] == ["{Clinic.phone}", "{ clinic.phone }", "{clinic.phone2}"]
    assert all(p.line == 27 for p in typos)
    assert library.module("first-topic") is None  # never shown with a raw placeholder
