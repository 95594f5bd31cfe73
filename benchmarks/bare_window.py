"""The yardstick: a bare PySide6 window, measured beside ketaguide in every run.

    python benchmarks/bare_window.py [--quit-when-drawn] [--memory]

With --quit-when-drawn it prints the seconds from process start (as the
operating system saw it) to its first drawn frame, then quits; with --memory
it also prints its peak resident memory in KiB. Also the script for the
bare-window bundle (benchmarks/bare.spec), so both are frozen alike.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("bare")
        self.setCentralWidget(QLabel("A bare PySide6 window"))
        self.drawn = False

    def paintEvent(self, event):
        super().paintEvent(event)
        self.drawn = True


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1280, 860)
    window.show()
    if "--quit-when-drawn" in sys.argv:
        def check():
            if window.drawn:
                report(app)
            else:
                QTimer.singleShot(0, check)

        QTimer.singleShot(0, check)
    return app.exec()


def report(app) -> None:
    import os
    import time

    elapsed = since_process_start()
    print(f"drawn {elapsed:.4f}")
    if "--memory" in sys.argv:
        import resource

        print(f"peak_kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    sys.stdout.flush()
    app.quit()


def since_process_start() -> float:
    """Seconds since the kernel started this process (Linux: /proc), so the
    interpreter's and the bundle's own start-up count too."""
    import os
    import time

    with open(f"/proc/{os.getpid()}/stat") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    sys.exit(main())
