"""Bulgarian: Django's date-and-time format is the American one."""

DATETIME_FORMAT = "j F Y, H:i"
