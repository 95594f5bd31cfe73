"""The yardstick: a bare PySide6 window, measured beside ketaguide in every benchmark run.

    python benchmarks/bare_window.py

A QMainWindow with one label, 1280x860 like ketaguide's first window. It is
also the script of the bare-window bundle (benchmarks/bare.spec), so the frozen
figures compare two bundles made the same way.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("bare")
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.resize(1280, 860)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
