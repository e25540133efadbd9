"""Log lines exactly as the configured handlers would write them, collected in a list.

``configured_log_lines()`` replaces, for its duration, the handlers of the root and
of every logger named in ``settings.LOGGING`` by collectors that format each record
with that handler's configured formatter and pass it through that handler's
configured filters (the privacy filter among them), and lets everything through
from DEBUG up. Nothing reaches the terminal meanwhile.
"""

import copy
import logging
import logging.config
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings


class _Collector(logging.Handler):
    """Formats records as a configured handler would, and keeps the lines."""

    def __init__(self, lines: list[str], formatter, filters):
        super().__init__(level=logging.DEBUG)
        self.lines = lines
        if formatter is not None:
            self.setFormatter(formatter)
        for log_filter in filters:
            self.addFilter(log_filter)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _collectors(lines: list[str]) -> dict[str, _Collector]:
    """One collector per handler of ``settings.LOGGING``, built from its configuration."""
    configurator = logging.config.DictConfigurator(copy.deepcopy(settings.LOGGING))
    config = configurator.config
    filters = {
        name: configurator.configure_filter(config["filters"][name])
        for name in list(config.get("filters", {}))
    }
    formatters = {
        name: configurator.configure_formatter(config["formatters"][name])
        for name in list(config.get("formatters", {}))
    }
    collectors = {}
    for name in list(config.get("handlers", {})):
        handler = config["handlers"][name]
        collectors[name] = _Collector(
            lines,
            formatters.get(handler.get("formatter")),
            [filters[filter_name] for filter_name in handler.get("filters", [])],
        )
    return collectors


@contextmanager
def configured_log_lines(*, extra_loggers: tuple[str, ...] = ()) -> Iterator[list[str]]:
    """The lines the configured handlers would write meanwhile, every level included.

    ``extra_loggers`` are set to DEBUG as well (e.g. ``django.db.backends``, whose
    records reach the handlers of the loggers above it).
    """
    lines: list[str] = []
    collectors = _collectors(lines)
    configured = {"": settings.LOGGING.get("root", {})} | settings.LOGGING.get("loggers", {})
    saved = []
    for name, spec in configured.items():
        logger = logging.getLogger(name or None)
        saved.append((logger, logger.handlers[:], logger.level))
        logger.handlers = [collectors[handler] for handler in spec.get("handlers", [])]
        logger.setLevel(logging.DEBUG)
    for name in extra_loggers:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers[:], logger.level))
        logger.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        for logger, handlers, level in saved:
            logger.handlers = handlers
            logger.setLevel(level)
