"""Answers that take the same time whatever they found.

``padded(seconds)`` sets a deadline on a monotonic clock when the block starts and,
when it ends (however it ends), waits until that deadline has passed: a block that
finished early and one that did more work take the same time from outside, as long
as both finish before the deadline. The clock and the wait are parameters so that a
test can run the padding on a clock of its own, without waiting for real.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def padded(
    seconds: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    wait: Callable[[float], None] = time.sleep,
) -> Iterator[None]:
    """Run the block, then wait until ``seconds`` after it started (no wait once past)."""
    deadline = clock() + seconds
    try:
        yield
    finally:
        remaining = deadline - clock()
        if remaining > 0:
            wait(remaining)
