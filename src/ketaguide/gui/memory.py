"""Give memory that is free back to the operating system, between kiosk patients.

On Linux, glibc keeps what Python and Qt free inside its heaps for reuse.
A kiosk that builds a new window at each change of language held about
550 MiB of which about 150 MiB was in use (benchmarks/kiosk_soak.py, 2,500
patients); malloc_trim hands the free pages back. Elsewhere (Windows, macOS,
other C libraries) there is nothing to call and this does nothing.

A kiosk also fixes glibc's two thresholds at their starting values (128 KiB)
at start. By default glibc raises them each time a large block is freed (up to
32 MiB): after the first picture or page image of a patient is freed, every
later one is carved out of the heap, where it fragments and stays resident
until the next trim. Held fixed, a block of 128 KiB or more gets a mapping of
its own that goes back to the system when freed, and free memory at the heap's
top is returned as it appears. Measured in docs/performance.md (kiosk soak).
"""

from __future__ import annotations

import contextlib
import sys

_malloc_trim = None  # glibc's, once looked up; False where there is none
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters (malloc.h)
KIOSK_THRESHOLD = 128 * 1024  # glibc's own starting value for both, held fixed


def keep_large_blocks_apart() -> bool:
    """Fix glibc's mmap and trim thresholds (see above); True when glibc took them."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # musl and others: their allocator, their rules
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, KIOSK_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, KIOSK_THRESHOLD))


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
