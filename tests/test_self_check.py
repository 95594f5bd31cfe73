"""`ketaguide --self-check`: what IT sees after installing, for a whole and for a broken installation.

A "bundle" here is a temporary folder laid out like PyInstaller's (sys._MEIPASS), so the
frozen program's paths are exercised without building one.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from ketaguide import cli
from ketaguide.cli import environment_probes, self_check
from ketaguide.cli.environment_probes import missing_library_hint
from ketaguide.cli.self_check import run_self_check

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """An installed copy: content and assets in a folder of their own."""
    root = tmp_path / "ketaguide" / "_internal"
    root.mkdir(parents=True)
    shutil.copytree(REPO / "content", root / "content")  # every language that ships
    shutil.copytree(REPO / "assets", root / "assets")
    monkeypatch.setattr("sys._MEIPASS", str(root), raising=False)
    return root


def check(qapp, **options) -> tuple[int, str]:
    out = io.StringIO()
    status = run_self_check(out=out, **options)
    return status, out.getvalue()


def lines(report: str, status: str) -> list[str]:
    return [line.strip() for line in report.splitlines() if line.strip().startswith(status + " ")]


def test_a_whole_installation_passes_and_says_what_it_checked(qapp, bundle):
    status, report = check(qapp)
    assert status == 0, report
    assert not lines(report, "FAIL")
    assert f"built-in content {bundle / 'content'} (languages: en, es)" in report
    assert "all 11 modules and the quiz render" in report
    assert "quiz parsed" in report
    assert "checklist PDFs build: preparation" in report
    assert "read-aloud" in report and "print" in report  # speech engine and printer are reported either way
    assert report.rstrip().splitlines()[-1].startswith("Self-check passed:")


def test_a_bundle_missing_its_content_fails_and_names_the_folder(qapp, bundle):
    shutil.rmtree(bundle / "content")
    status, report = check(qapp)
    assert status == 1
    failures = lines(report, "FAIL")
    assert f"FAIL  the built-in content folder is missing: {bundle / 'content'}" in failures
    assert "reinstall ketaguide" in report
    assert report.rstrip().splitlines()[-1].startswith("Self-check FAILED:")


def test_a_corrupted_content_file_is_named_with_its_line_and_the_rest_still_renders(qapp, bundle):
    broken = bundle / "content" / "en" / "modules" / "05-side-effects.md"
    broken.write_bytes(broken.read_bytes()[:300] + b"\xff\xfe\x00garbage")
    status, report = check(qapp)
    assert status == 1
    assert any(str(broken) in line and "not valid UTF-8" in line for line in report.splitlines()), report
    assert "10 modules" in report
    assert "all 10 modules and the quiz render" in report  # what can be used still is


def test_a_truncated_front_matter_is_reported_exactly(qapp, bundle):
    broken = bundle / "content" / "en" / "modules" / "02-is-it-right-for-me.md"
    broken.write_text("---\nid: is-it-right-for-me\ntitle: Is it right", encoding="utf-8")
    status, report = check(qapp)
    assert status == 1
    assert f"{broken}:1: the front matter is not closed" in report


def test_a_read_only_install_folder_is_fine_and_nothing_is_written(qapp, bundle, monkeypatch):
    real = environment_probes.is_writable
    monkeypatch.setattr(environment_probes, "is_writable", lambda folder: False if Path(folder) == bundle else real(folder))
    before = sorted((p.relative_to(bundle), p.stat().st_mtime_ns) for p in bundle.rglob("*"))
    status, report = check(qapp)
    assert status == 0, report
    assert f"install folder {bundle} is read-only: that is fine, ketaguide never writes there" in report
    assert sorted((p.relative_to(bundle), p.stat().st_mtime_ns) for p in bundle.rglob("*")) == before


def test_an_unwritable_preferences_folder_is_a_warning_not_a_failure(qapp, bundle, monkeypatch):
    monkeypatch.setattr(environment_probes, "is_writable", lambda folder: Path(folder) == bundle)
    status, report = check(qapp)
    assert status == 0
    assert any("preferences folder" in line and "cannot be written" in line for line in lines(report, "warn"))


def test_a_damaged_translation_is_named(qapp, bundle, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "ketaguide_es.qm").write_bytes(b"not a qm file")
    monkeypatch.setattr(environment_probes, "translations_dir", lambda: folder)
    status, report = check(qapp)
    assert status == 1
    assert f"{folder / 'ketaguide_es.qm'}: Qt cannot read it" in report


def test_a_missing_clinic_folder_and_a_broken_setting_are_named(qapp, bundle, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text('[preparation]\nsolid_food_hours = "six"\n[content]\ndir = "nowhere"\n', encoding="utf-8")
    status, report = check(qapp, config=config)
    assert status == 1
    assert f"the clinic's content folder does not exist: {tmp_path / 'nowhere'}" in report
    assert f"{config}:2" in report  # the bad setting, with its line


def test_every_language_present_is_checked(qapp, bundle):
    shutil.rmtree(bundle / "content" / "es")  # a language only partly translated
    spanish = bundle / "content" / "es" / "modules"
    spanish.mkdir(parents=True)
    shutil.copy(bundle / "content" / "en" / "modules" / "01-what-is-ketamine.md", spanish / "01-que-es.md")
    status, report = check(qapp)
    assert "content 'en':" in report
    assert "content 'es': 11 modules (10 in English until translated)," in report  # one translated
    assert "content 'es': all 11 modules and the quiz render" in report


@pytest.mark.parametrize("error, package", [
    ("libpulse.so.0: cannot open shared object file: No such file or directory", "libpulse0"),
    ("Cannot load library /x/libcupsprintersupport.so: (libcups.so.2: cannot open shared object file: "
     "No such file or directory)", "libcups2"),
    ("libspeechd.so.2: cannot open shared object file", "libspeechd2"),
])
def test_a_missing_system_library_names_the_package(error, package):
    assert f"apt install {package}" in missing_library_hint(error)


def test_other_errors_get_no_made_up_hint():
    assert missing_library_hint("Unknown error") == ""


def test_the_flag_runs_the_check_before_any_window(monkeypatch):
    seen = {}

    def fake(config, content, language):
        seen.update(config=config, content=content, language=language)
        return 1

    monkeypatch.setattr(self_check, "run_self_check", fake)
    monkeypatch.setattr("ketaguide.gui.app.run_app", lambda **_: pytest.fail("the GUI must not start"))
    assert cli.main(["--self-check", "--lang", "en"]) == 1
    assert seen == {"config": None, "content": None, "language": "en"}



def test_the_self_check_names_the_preferences_file_the_app_writes(qapp, bundle, private_config, qtbot):
    from ketaguide.gui import preferences

    status, report = check(qapp)
    preferences.save(1.5, "")
    written = [p for p in private_config.rglob("preferences.ini")]
    assert len(written) == 1
    assert f"preferences file {written[0]} can be written" in report
