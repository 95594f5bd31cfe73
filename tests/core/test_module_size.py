"""No module grows past about 400 lines: a long file is a sign that it has taken a second job
(issue 22). The line is drawn at 450 so a page can grow a little before it is split."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "ketaguide"
LIMIT = 450


def test_no_module_is_longer_than_the_limit():
    sizes = {path.relative_to(SRC).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in SRC.rglob("*.py")}
    assert len(sizes) > 50, "the source tree is where this test thinks"
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
