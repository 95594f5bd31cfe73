"""The content core must never import Qt: it runs on print servers and in CI."""

import subprocess
import sys


def test_loading_and_checking_content_imports_no_qt():
    code = (
        "import sys, io\n"
        "from ketaguide.core.loading import load\n"
        "from ketaguide.cli.check import run_check\n"
        "library = load()\n"
        "run_check(None, None, None, out=io.StringIO())\n"
        "assert library.modules, 'no modules loaded'\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
