"""`ketaguide check` as staff run it: every problem as path:line: message (hint)."""

import re

import pytest

from checklist_fixtures import CHECKLIST, write_checklist
from conftest import module_text, write_module
from ketaguide.cli import main
from ketaguide.cli.check import run_check
from signoff_fixtures import SHIPPED_VERSION


@pytest.fixture
def builtin(content_dir, as_builtin):
    """Use the small fixture folder as the built-in content."""
    as_builtin(content_dir)
    return content_dir


@pytest.fixture
def clinic_config(tmp_path):
    path = tmp_path / "ketaguide.toml"
    path.write_text('[clinic]\nname = "Riverside"\nphone = "555-0100"\n')
    return path


def run(capsys, *args) -> tuple[int, str]:
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out


def test_clean_content_exits_zero_and_prints_readability(builtin, clinic_config, capsys):
    code, out = run(capsys, "--config", clinic_config)
    assert code == 0
    assert "first-topic" in out and "grade" in out
    assert re.search(r"Checked 2 modules .*: 0 errors, \d+ warnings?\.", out)


def test_unset_phone_warns_but_exits_zero(builtin, capsys):
    code, out = run(capsys)
    assert code == 0
    assert "warning: the clinic phone number is not set" in out


def test_all_problems_reported_in_one_run(builtin, clinic_config, tmp_path, capsys):
    clinic = tmp_path / "clinic"
    write_module(clinic, "a.md", module_text(id="a-topic", created="2026-02-30"))
    write_module(clinic, "b.md", module_text(id="b-topic").replace("title: First topic", "title: [oops"))
    write_module(clinic, "c.md", b"\xff\xfe not text")
    write_module(clinic, "d.md", "")
    write_module(clinic, "e.md", module_text(id="e-topic", body="**Hi.**\n\nSee {clinic.fax} and [x](nowhere).\n"))
    code, out = run(capsys, "--config", clinic_config, "--content", clinic)
    assert code == 1
    lines = out.splitlines()

    def line_for(name, text):
        return next((line for line in lines if name in line and text in line), None)

    assert re.match(r".*a\.md:7: created '2026-02-30' is not a real date \(write it as YYYY-MM-DD",
                    line_for("a.md", "created"))
    assert re.match(r".*b\.md:3: the front matter is not valid YAML", line_for("b.md", "YAML"))
    assert re.match(r".*c\.md:1: the file is not valid UTF-8 text \(save it", line_for("c.md", "UTF-8"))
    assert re.match(r".*d\.md:1: the file is empty", line_for("d.md", "empty"))
    assert re.match(r".*e\.md:15: unknown placeholder \{clinic\.fax\} \(known placeholders:",
                    line_for("e.md", "placeholder"))
    assert re.search(r"errors?, \d+ warnings?\.$", out.strip())
    # The valid built-in modules were still checked.
    assert "Checked 2 modules" in out


def test_broken_settings_file_is_reported(builtin, tmp_path, capsys):
    config = tmp_path / "ketaguide.toml"
    config.write_text('[clinic]\nname = Riverside\n')
    code, out = run(capsys, "--config", config)
    assert code == 1
    assert re.search(r"ketaguide\.toml:2: not valid TOML", out)


def test_clinic_module_replaces_builtin_one(builtin, clinic_config, tmp_path, capsys):
    clinic = tmp_path / "clinic"
    write_module(clinic, "x.md", module_text(title="Our version"))
    code, out = run(capsys, "--config", clinic_config, "--content", clinic)
    assert code == 0 and "Checked 2 modules" in out


def test_content_dir_from_settings_is_relative_to_the_settings_file(builtin, tmp_path, capsys):
    clinic = tmp_path / "clinic"
    write_module(clinic, "new.md", module_text(id="parking", title="Where to park"))
    config = tmp_path / "ketaguide.toml"
    config.write_text('[clinic]\nphone = "1"\nname = "R"\n[content]\ndir = "clinic"\n')
    code, out = run(capsys, "--config", config)
    assert code == 0 and "Checked 3 modules" in out and "parking" in out


def test_check_reads_pages_as_they_are_drawn(builtin, clinic_config, capsys):
    """One reading: Markdown that a hand-written outline would read otherwise (a
    code mark left open across list items, a heading on a list item's line) is
    checked as Python-Markdown draws it, with the line of each problem."""
    from conftest import GOOD_BODY

    body = GOOD_BODY.replace("## Key points\n- One point.",
                             "- Type `yes\n- See [more](nowhere) `now`\n\n- ## Key points")
    write_module(builtin, "01-first.md", module_text(body=body))
    code, out = run(capsys, "--config", clinic_config)
    assert code == 1
    line = module_text(body=body).split("\n").index("- See [more](nowhere) `now`") + 1
    assert f"01-first.md:{line}: link to a module that does not exist: 'nowhere'" in out, "found on the page"
    assert "01-first.md: the module has no '## Key points' section" not in out, "the page has it"


def test_a_list_written_straight_under_a_line_of_text_is_pointed_out(builtin, clinic_config, capsys):
    from conftest import GOOD_BODY

    body = GOOD_BODY.replace("You read this.",
                             "You may feel:\n- dizzy\n- sleepy\n\nIt was first made in\n"
                             "1962. Doctors use it.\n\n***\n- after a rule\n- is a list\n\nYou read this.")
    write_module(builtin, "01-first.md", module_text(body=body))
    code, out = run(capsys, "--config", clinic_config)
    line = module_text(body=body).split("\n").index("- dizzy") + 1
    assert f"01-first.md:{line}: warning: this list follows a line of text with no blank line between" in out
    assert out.count("this list follows a line of text") == 1, \
        "lists with a blank line, after a rule, and a sentence wrapped before '1962.' are fine"


def test_ketaguide_check_reports_checklist_errors(content_dir, as_builtin, capsys):
    as_builtin(content_dir)
    write_checklist(content_dir, CHECKLIST.replace("{appointment.arrive}", "{appointment.leave}"))
    assert main(["check"]) == 1
    assert "preparation.md:16: unknown placeholder {appointment.leave}" in capsys.readouterr().out


def test_check_explains_kiosk_settings_problems(tmp_path, capsys):
    config = tmp_path / "k.toml"
    config.write_text('[clinic]\nname = "R"\nphone = "1"\n[kiosk]\nenabled = true\nstaff_pin_hash = "1234"\n'
                      'idle_seconds = 99999\n')
    assert main(["check", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert "k.toml:6: staff_pin_hash is not a hash made by 'ketaguide hash-pin'" in out
    assert "the kiosk has no staff menu" in out
    assert "k.toml:7: [kiosk] idle_seconds = 99999 is outside" in out


def test_check_warns_when_no_clinician_has_approved_the_content(capsys):
    assert run_check(None, None, None) == 0
    out = capsys.readouterr().out
    assert "no clinician at your clinic has approved this content yet" in out
    assert f'content_version = "{SHIPPED_VERSION}"' in out  # the version to copy

