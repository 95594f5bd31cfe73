"""A clinic settings file with or without the clinician's approval, for the sign-off
tests of the core, the screen and the paper."""

SHIPPED_VERSION = "2026-12-06"  # the newest last_reviewed in content/en


def settings_file(tmp_path, text: str):
    path = tmp_path / "ketaguide.toml"
    path.write_text(text, encoding="utf-8")
    return path


def approval_toml(version=SHIPPED_VERSION, day="2026-12-06", clinician="Dr Ana Lee", credentials="MD"):
    return (f'[approval]\nclinician = "{clinician}"\ncredentials = "{credentials}"\ndate = {day}\n'
            f'content_version = "{version}"\n')

