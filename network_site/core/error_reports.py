"""Error reports that never show personal data: the filter and the reporter Django uses.

Django's error report (the debug page, and the e-mail or tracker a deployment may
send it to) shows the request's POST and GET values, each frame's local variables
and the exception's message. Here, always (not only when ``DEBUG`` is off):

- every POST value, and every value of any multi-value dictionary in a frame, is
  hidden; so are the query string's values, and the query string in the address
  and in a request shown among a frame's variables;
- every local variable is hidden in the frames of the register's code
  (``members.register``), in the frames it called, and in every frame of a request
  to a register page (its templates' contexts hold names);
- the message of an exception that concerns the register (raised through its code
  or while serving one of its pages) is withheld, its causes' too.

Configured by ``DEFAULT_EXCEPTION_REPORTER_FILTER`` and ``DEFAULT_EXCEPTION_REPORTER``
(network_site/settings/base.py); the log lines' counterpart is ``log_privacy``.
"""

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from network_site.core.log_privacy import (
    MESSAGE_WITHHELD,
    clean_paths,
    is_register_module,
    is_register_path,
    passes_through_register,
)

# Parts of the request's environment that carry its address, query string included.
ADDRESS_META = ("PATH_INFO", "REQUEST_URI", "RAW_URI", "HTTP_REFERER")


def _for_register_page(request) -> bool:
    return request is not None and is_register_path(str(getattr(request, "path", "")))


def _in_or_called_from_register(frame) -> bool:
    while frame is not None:
        if is_register_module(frame.f_globals.get("__name__", "")):
            return True
        frame = frame.f_back
    return False


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Hides every POST value, and every local variable where the register is involved."""

    def is_active(self, request) -> bool:
        # Development databases hold personal data too (a copy, a test with real
        # names): the filter stays on when DEBUG is.
        return True

    def _all_hidden(self, values: MultiValueDict) -> MultiValueDict:
        hidden = values.copy()
        for key in hidden:
            hidden[key] = self.cleansed_substitute
        return hidden

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return self._all_hidden(request.POST)

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        return self._all_hidden(multivaluedict)

    def get_safe_request_meta(self, request) -> dict:
        meta = super().get_safe_request_meta(request)
        if meta.get("QUERY_STRING"):
            meta["QUERY_STRING"] = self.cleansed_substitute
        for key in ADDRESS_META:
            if isinstance(meta.get(key), str):
                meta[key] = clean_paths(meta[key])
        return meta

    def cleanse_special_types(self, request, value):
        if isinstance(value, HttpRequest):  # its repr has the query string
            return f"<{type(value).__name__}: {value.method} {clean_paths(value.path)!r}>"
        return super().cleanse_special_types(request, value)

    def get_traceback_frame_variables(self, request, tb_frame):
        if _for_register_page(request) or _in_or_called_from_register(tb_frame):
            return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
        return super().get_traceback_frame_variables(request, tb_frame)


class PrivateExceptionReporter(ExceptionReporter):
    """Django's reporter without query string values, nor messages about the register."""

    def _concerns_register(self) -> bool:
        return _for_register_page(self.request) or passes_through_register(self.exc_value)

    def get_traceback_data(self) -> dict:
        data = super().get_traceback_data()
        if self.request is not None:
            hidden = self.filter.cleansed_substitute
            data["request_GET_items"] = [(key, hidden) for key in self.request.GET]
            data["request_insecure_uri"] = clean_paths(data["request_insecure_uri"])
        if self._concerns_register():
            data["exception_value"] = MESSAGE_WITHHELD
            data["unicode_hint"] = ""
            data.pop("exception_notes", None)
            for frame in data["frames"]:
                if frame.get("exc_cause") is not None:
                    frame["exc_cause"] = MESSAGE_WITHHELD
            if data.get("template_info"):
                data["template_info"] = {**data["template_info"], "message": MESSAGE_WITHHELD}
        return data
