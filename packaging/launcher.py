"""The frozen program's entry point (PyInstaller's script): the same as `ketaguide`."""

import sys

from ketaguide.cli import main

if __name__ == "__main__":
    sys.exit(main())
