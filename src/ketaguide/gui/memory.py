"""Give memory that is free back to the operating system, between kiosk patients.

On Linux, glibc keeps what Python and Qt free inside its heaps for reuse.
A kiosk that builds a new window at each change of language held about
550 MiB of which about 150 MiB was in use (benchmarks/kiosk_soak.py, 2,500
patients); malloc_trim hands the free pages back. Elsewhere (Windows, macOS,
other C libraries) there is nothing to call and this does nothing.
"""

from __future__ import annotations

import contextlib
import sys

_malloc_trim = None  # glibc's, once looked up; False where there is none


def release_free_memory() -> None:
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = False
        if sys.platform.startswith("linux"):
            import ctypes

            with contextlib.suppress(OSError, AttributeError):  # musl and others have no malloc_trim
                _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
    if _malloc_trim:
        _malloc_trim(0)
