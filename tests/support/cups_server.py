"""A private CUPS scheduler for tests: its own folders and socket, one cups-pdf
queue, so a real job can be printed and its PDF looked at. It never touches
the machine's own CUPS (or another test run's): the app finds it through
$CUPS_SERVER, as libcups does. Needs the Debian packages cups and
printer-driver-cups-pdf (installed by ./dev) and root, as CI runs (cupsd
drops to the lp user for filters; the cups-pdf backend runs as root)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from processes import end

CUPSD = "/usr/sbin/cupsd"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
ANONYMOUS_OUTPUT = Path("/var/spool/cups-pdf/ANONYMOUS")
QUEUE = "ketaguide-test-pdf"

CUPSD_CONF = """\
Listen {root}/cups.sock
LogLevel warn
WebInterface No
Browsing Off
DefaultAuthType None
MaxJobs 100
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
StateDir {root}/state
CacheDir {root}/cache
ErrorLog {root}/error_log
AccessLog {root}/access_log
PageLog {root}/page_log
FatalErrors none
User lp
Group lp
SystemGroup root
Sandboxing Relaxed
"""


def _written_whole(pdf: Path, sizes: dict[Path, int]) -> bool:
    """A PDF that ends with its %%EOF marker and has not grown since the last look:
    on a loaded machine a fixed wait once handed a test a PDF still being written."""
    size = pdf.stat().st_size
    seen, sizes[pdf] = sizes.get(pdf), size
    with pdf.open("rb") as file:
        file.seek(max(0, size - 64))
        ends = b"%%EOF" in file.read()
    return ends and seen == size


class CupsServer:
    def __init__(self):
        # A short path: a Unix socket path must stay under about 100 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="kg-cups-"))
        self.socket = self.root / "cups.sock"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict:
        return dict(os.environ, CUPS_SERVER=str(self.socket), LC_ALL="C")

    def start(self) -> CupsServer:
        for folder in ("etc/ppd", "spool/tmp", "state", "cache"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        (self.root / "etc/cupsd.conf").write_text(CUPSD_CONF.format(root=self.root))
        (self.root / "etc/cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.root))
        lp = pwd.getpwnam("lp")
        for folder in (self.root, self.root / "spool", self.root / "spool/tmp", self.root / "cache"):
            os.chmod(folder, 0o755)
        os.chown(self.root / "spool/tmp", lp.pw_uid, lp.pw_gid)
        os.chmod(self.root / "spool/tmp", 0o1777)
        self.process = subprocess.Popen([CUPSD, "-f", "-c", str(self.root / "etc/cupsd.conf"),
                                         "-s", str(self.root / "etc/cups-files.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cupsd did not start: {self.process.stderr.read().decode(errors='replace')}"
                                   f"{self.log()}")
            time.sleep(0.05)
        self.run("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", PPD, "-E")
        return self

    def run(self, *command: str) -> str:
        result = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=30)
        if result.returncode:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr}{self.log()}")
        return result.stdout

    def log(self) -> str:
        log = self.root / "error_log"
        return log.read_text(errors="replace") if log.exists() else ""

    def output_folders(self) -> list[Path]:
        """Where cups-pdf writes: the job owner's ~/PDF, or the anonymous folder."""
        home = Path(pwd.getpwuid(os.getuid()).pw_dir)
        return [home / "PDF", ANONYMOUS_OUTPUT]

    def wait_for_pdf(self, since: float, timeout: float = 60) -> Path:
        """The PDF cups-pdf writes for a job sent after `since`."""
        deadline = time.monotonic() + timeout
        sizes: dict[Path, int] = {}
        while time.monotonic() < deadline:
            for folder in self.output_folders():
                if folder.is_dir():
                    made = [p for p in folder.glob("*.pdf") if p.stat().st_mtime >= since]
                    if made:
                        newest = max(made, key=lambda p: p.stat().st_mtime)
                        if _written_whole(newest, sizes):
                            return newest
            time.sleep(0.1)
        raise AssertionError(f"no PDF from cups-pdf within {timeout} s{self.log()}")

    def stop(self) -> None:
        if self.process is not None:
            end(self.process, timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)
