"""Date and time formats where Django's own do not suit the site's readers.

Named by ``FORMAT_MODULE_PATH`` (settings/i18n.py); a format not set here is
Django's for that language. The site's English is European English; Maltese has
no Django formats at all; a few languages had a date-and-time format with an
American month abbreviation or a 12-hour clock.
"""
