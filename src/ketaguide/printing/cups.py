"""What CUPS can tell us about a print job, over IPP, with the standard library only.

The kiosk sends its PDF with IPP Print-Job and then asks for the job's state,
so the patient reads what really happened: printing, waiting, refused or
failed. Where there is no CUPS (Windows, or a machine without a scheduler)
`send_pdf` returns None and the caller prints through Qt and says only
"Sent to <printer>".

The scheduler is found as libcups finds it: $CUPS_SERVER (a socket path or
host[:port]), else the local socket, else localhost:631.
"""

from __future__ import annotations

import getpass
import http.client
import os
import socket
import struct
from dataclasses import dataclass
from urllib.parse import quote

TIMEOUT_SECONDS = 5
LOCAL_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd")

# IPP operations and value tags (RFC 8010/8011).
PRINT_JOB, GET_JOB_ATTRIBUTES, GET_PRINTER_ATTRIBUTES = 0x0002, 0x0009, 0x000B
OPERATION_GROUP, JOB_GROUP, END = 0x01, 0x02, 0x03
INTEGER, BOOLEAN, ENUM = 0x21, 0x22, 0x23
TEXT, NAME, KEYWORD, URI, CHARSET, LANGUAGE, MIME = 0x41, 0x42, 0x44, 0x45, 0x47, 0x48, 0x49
NOT_ACCEPTING_JOBS = 0x0506

# job-state values, as words the GUI turns into messages
JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled", 8: "aborted", 9: "completed"}
MEDIA = {"Letter": "na_letter_8.5x11in", "A4": "iso_a4_210x297mm"}


@dataclass(frozen=True)
class Job:
    printer: str
    state: str  # a JOB_STATES word; "refused" when the queue takes no jobs; "sent" when nothing more is known
    job_id: int = 0


class CupsUnavailable(OSError):
    """No CUPS scheduler to talk to, or it did not answer in IPP."""


class UnreadableAnswer(CupsUnavailable):
    """The scheduler took the request but its answer could not be read."""


def send_pdf(printer: str, pdf: bytes, title: str, paper: str) -> Job | None:
    """Print a PDF on a CUPS queue; None where CUPS cannot be reached."""
    attributes = _operation(printer) + [(NAME, "job-name", title), (MIME, "document-format", "application/pdf")]
    job = [(KEYWORD, "media", MEDIA[paper])] if paper in MEDIA else []
    try:
        status, found = _request(PRINT_JOB, _printer_path(printer), attributes, job, pdf)
    except UnreadableAnswer:
        return Job(printer, "sent")  # it may well print: never send it twice, never claim more
    except CupsUnavailable:
        return None
    if status == NOT_ACCEPTING_JOBS:
        return Job(printer, "refused")
    if status >= 0x0400 or "job-id" not in found:
        return Job(printer, "aborted")
    return Job(printer, JOB_STATES.get(found.get("job-state", 3), "pending"), found["job-id"])


def job_state(job: Job) -> Job:
    """The job as CUPS sees it now (unchanged if CUPS cannot be asked)."""
    if not job.job_id:
        return job
    attributes = _operation(job.printer) + [(INTEGER, "job-id", job.job_id),
                                            (KEYWORD, "requested-attributes", "job-state")]
    try:
        status, found = _request(GET_JOB_ATTRIBUTES, "/jobs", attributes)
    except CupsUnavailable:
        return job
    if status >= 0x0400 or "job-state" not in found:
        return job
    return Job(job.printer, JOB_STATES.get(found["job-state"], job.state), job.job_id)


def accepting_jobs(printer: str) -> bool | None:
    """Whether the queue takes jobs (cupsaccept/cupsreject); None if unknown."""
    attributes = _operation(printer) + [(KEYWORD, "requested-attributes", "printer-is-accepting-jobs")]
    try:
        status, found = _request(GET_PRINTER_ATTRIBUTES, _printer_path(printer), attributes)
    except CupsUnavailable:
        return None
    return found.get("printer-is-accepting-jobs") if status < 0x0400 else None


# -- IPP over HTTP ---------------------------------------------------------------------------
def _printer_path(printer: str) -> str:
    return "/printers/" + quote(printer, safe="")


def _operation(printer: str) -> list:
    return [(CHARSET, "attributes-charset", "utf-8"), (LANGUAGE, "attributes-natural-language", "en"),
            (URI, "printer-uri", "ipp://localhost" + _printer_path(printer)),
            (NAME, "requesting-user-name", _user())]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ketaguide"


_request_id = 0


def _request(operation: int, path: str, attributes: list, job_attributes: list = (), data: bytes = b""):
    global _request_id
    _request_id += 1
    body = struct.pack(">BBHI", 2, 0, operation, _request_id) + _group(OPERATION_GROUP, attributes)
    if job_attributes:
        body += _group(JOB_GROUP, job_attributes)
    body += bytes([END]) + data
    try:
        connection = _connection()
        try:
            connection.request("POST", path, body, {"Content-Type": "application/ipp"})
            response = connection.getresponse()
            answer = response.read()
        finally:
            connection.close()
    except (OSError, http.client.HTTPException) as exc:
        raise CupsUnavailable(str(exc)) from exc
    if response.status != 200:
        raise CupsUnavailable(f"the scheduler answered HTTP {response.status}")
    try:
        return struct.unpack(">H", answer[2:4])[0], _attributes(answer)
    except (struct.error, IndexError, ValueError) as exc:
        raise UnreadableAnswer(f"an IPP answer that cannot be read: {exc}") from exc


def _group(tag: int, attributes: list) -> bytes:
    out = bytes([tag])
    for value_tag, name, value in attributes:
        if value_tag in (INTEGER, ENUM):
            encoded = struct.pack(">i", value)
        elif value_tag == BOOLEAN:
            encoded = bytes([bool(value)])
        else:
            encoded = value.encode("utf-8")
        out += struct.pack(">BH", value_tag, len(name)) + name.encode() + struct.pack(">H", len(encoded)) + encoded
    return out


def _attributes(answer: bytes) -> dict:
    """The first value of each attribute in an IPP response."""
    found, index = {}, 8
    while index < len(answer):
        tag = answer[index]
        index += 1
        if tag == END:
            break
        if tag < 0x10:  # the start of a group
            continue
        (name_length,) = struct.unpack(">H", answer[index:index + 2])
        name = answer[index + 2:index + 2 + name_length].decode("utf-8", "replace")
        index += 2 + name_length
        (value_length,) = struct.unpack(">H", answer[index:index + 2])
        value = answer[index + 2:index + 2 + value_length]
        index += 2 + value_length
        if not name or name in found:
            continue  # a further value of the same attribute
        if tag in (INTEGER, ENUM) and value_length == 4:
            found[name] = struct.unpack(">i", value)[0]
        elif tag == BOOLEAN and value_length == 1:
            found[name] = bool(value[0])
        else:
            found[name] = value.decode("utf-8", "replace")
    return found


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("localhost", timeout=TIMEOUT_SECONDS)
        self._path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self._path)


def _connection() -> http.client.HTTPConnection:
    server = os.environ.get("CUPS_SERVER", "")
    if server.startswith("/"):
        return _UnixConnection(server)
    if server:
        host, _, port = server.partition(":")
        return http.client.HTTPConnection(host, int(port or 631), timeout=TIMEOUT_SECONDS)
    for path in LOCAL_SOCKETS:
        if os.path.exists(path):
            return _UnixConnection(path)
    return http.client.HTTPConnection("localhost", 631, timeout=TIMEOUT_SECONDS)
