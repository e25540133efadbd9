"""What the register's long commands share: their progress, counts of people, numbers.

Progress goes to standard error. On a terminal a bar is redrawn in place (``\\r``) at
most ten times a second; in a log file or a pipe, where a redrawn line would be noise,
a plain line is written at every tenth of the way and at least every
``every_seconds``. Standard output keeps only the command's report, so it can be read
by a script.
"""

import time
from collections.abc import Callable

from django.core.management.base import OutputWrapper

BAR_WIDTH = 30
REDRAW_SECONDS = 0.1


def _plain(text: str) -> str:
    return text


def positive(text: str) -> int:
    """A whole number from 1 up, for options such as ``--batch-size``."""
    number = int(text)
    if number < 1:
        raise ValueError(text)
    return number


def headcount(count: int) -> str:
    """``1 person``, ``1,200 people``."""
    return "1 person" if count == 1 else f"{count:,} people"


def duration(seconds: float) -> str:
    """``4.2 s``, ``3 min 05 s``."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


class Progress:
    """Progress towards ``total`` things (``what``: "people"), written to ``stream``."""

    def __init__(
        self,
        stream: OutputWrapper,
        total: int,
        *,
        what: str,
        every_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.total, self.what = stream, max(total, 0), what
        self.every_seconds, self.clock = every_seconds, clock
        self.on_terminal = stream.isatty()
        self.started = self.last_written = clock()
        self.done = 0
        self.tenths_written = 0
        self.drawn_width = 0

    def advance(self, done: int) -> None:
        """``done`` things are done so far."""
        self.done = done
        now = self.clock()
        if self.on_terminal:
            if now - self.last_written >= REDRAW_SECONDS or done >= self.total:
                self._redraw(now, ending="")
                self.last_written = now
            return
        tenths = 10 * done // self.total if self.total else 10
        if tenths > self.tenths_written or now - self.last_written >= self.every_seconds:
            self._write(f"  {self._counts(now)}")
            self.tenths_written, self.last_written = tenths, now

    def finish(self) -> None:
        """End the bar's line, so that what follows starts on a line of its own."""
        if self.on_terminal:
            self._redraw(self.clock(), ending="\n")

    def _redraw(self, now: float, *, ending: str) -> None:
        # Spaces over what is left of a longer line drawn before.
        line = f"{self._bar()} {self._counts(now)}"
        self._write("\r" + line.ljust(self.drawn_width), ending=ending)
        self.drawn_width = len(line)

    def _bar(self) -> str:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        return "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "]"

    def _counts(self, now: float) -> str:
        elapsed = now - self.started
        share = self.done / self.total if self.total else 1.0
        text = f"{self.done:,} of {self.total:,} {self.what} ({share:.0%}), {duration(elapsed)}"
        if 0 < self.done < self.total:
            left = elapsed * (self.total - self.done) / self.done
            text += f", about {duration(left)} left"
        return text

    def _write(self, text: str, ending: str = "\n") -> None:
        # Standard error is styled as errors by default: progress is not one.
        self.stream.write(text, style_func=_plain, ending=ending)
        self.stream.flush()
