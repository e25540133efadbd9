"""Small, real PDF documents for the demo materials, written by hand without a PDF library.

A document is a title and a few paragraphs set in Helvetica on A4 pages, with
selectable text. Text is written in the WinAnsi encoding (Windows-1252, a superset
of Latin-1 for printable characters); letters outside it are transliterated
(``ș`` becomes ``s``, ``ł`` becomes ``l``), so any language's text makes a valid file.
A document is created once, in the collection given, and found again by its title.
"""

import unicodedata
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TITLE_SIZE, TITLE_LEADING = 18, 23
BODY_SIZE, BODY_LEADING = 11, 15
PARAGRAPH_GAP = 7
FOOTER_SIZE = 8
FOOTER = "Demo material of the network website - illustrative content, not a real publication."

# Advance widths (per 1000 units of font size) of the printable ASCII characters,
# from the Adobe font metrics of the two standard fonts.
_ASCII = "".join(chr(code) for code in range(32, 127))
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 "
    "556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 "
    "556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 "
    "500 500 500 334 260 334 584"
)
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 "
    "611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 "
    "611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 "
    "556 556 500 389 280 389 584"
)
WIDTHS = {
    "F1": dict(zip(_ASCII, map(int, _REGULAR.split()), strict=True)),
    "F2": dict(zip(_ASCII, map(int, _BOLD.split()), strict=True)),
}
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}
_FALLBACK_WIDTH = 556
_EM_DASH_WIDTH = 1000

# Letters with no decomposition into a base letter and an accent.
_TRANSLITERATIONS = {
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ħ": "h",
    "Ħ": "H",
    "\u0131": "i",  # dotless i
    "ŋ": "n",
    "ŧ": "t",
    "\u2212": "-",  # minus sign
    "\u2011": "-",  # non-breaking hyphen
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
# Cyrillic and Greek letters written in Latin letters (a simple, readable scheme),
# listed from the first lower-case letter of each alphabet in code-point order.
_CYRILLIC = "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch ' y ' e yu ya"
_GREEK = "a v g d e z i th i k l m n x o p r s s t y f ch ps o"
_EXTRA_CYRILLIC = {"\u0451": "yo", "\u0454": "ye", "\u0456": "i", "\u0457": "yi", "\u0491": "g"}
for _first, _table in (("\u0430", _CYRILLIC), ("\u03b1", _GREEK)):
    for _offset, _latin in enumerate(_table.split()):
        _TRANSLITERATIONS[chr(ord(_first) + _offset)] = _latin
_TRANSLITERATIONS.update(_EXTRA_CYRILLIC)
for _letter, _latin in list(_TRANSLITERATIONS.items()):
    _upper = _letter.upper()
    if len(_upper) == 1 and not _upper.isascii() and _upper not in _TRANSLITERATIONS:
        _TRANSLITERATIONS[_upper] = _latin.capitalize()


def _encodable(character: str) -> bool:
    try:
        character.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def to_win_ansi(text: str) -> str:
    """``text`` with every character the WinAnsi encoding lacks replaced by a close one."""
    result = []
    for character in unicodedata.normalize("NFC", text):
        if character in _TRANSLITERATIONS:
            result.append(_TRANSLITERATIONS[character])
        elif _encodable(character):
            result.append(character)
        elif (bare := unicodedata.normalize("NFD", character)[0]) in _TRANSLITERATIONS:
            # An accented Greek or Cyrillic letter such as ά: that of its bare letter.
            result.append(_TRANSLITERATIONS[bare])
        else:
            # Drop the accents the encoding lacks (ș → s, ă → a); keep what remains.
            base = "".join(
                part
                for part in unicodedata.normalize("NFKD", character)
                if not unicodedata.combining(part) and _encodable(part)
            )
            result.append(base or "?")
    return "".join(result)


def _char_width(character: str, font: str) -> int:
    widths = WIDTHS[font]
    if character in widths:
        return widths[character]
    if character in "—":
        return _EM_DASH_WIDTH
    base = unicodedata.normalize("NFKD", character)[:1]
    return widths.get(base, _FALLBACK_WIDTH)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points."""
    return sum(_char_width(character, font) for character in text) * size / 1000


def wrap(text: str, font: str, size: float, width: float = TEXT_WIDTH) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a too-long word is cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while text_width(word, font, size) > width:
            cut = len(word)
            while cut > 1 and text_width(word[:cut], font, size) > width:
                cut -= 1
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:cut])
            word = word[cut:]
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _pdf_string(text: str) -> bytes:
    """A PDF literal string of WinAnsi text; bytes outside ASCII are written as octal escapes."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += f"\\{byte:03o}".encode("ascii")
    return bytes(out + b")")


def _info_string(text: str) -> bytes:
    """A PDF text string for the document information (UTF-16 with a byte-order mark)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _layout(title: str, paragraphs: list[str]) -> list[list[tuple[str, int, float, str]]]:
    """Pages of (font, size, y, text) lines: the title, then the paragraphs, top to bottom."""
    bottom = MARGIN + 24
    pages: list[list[tuple[str, int, float, str]]] = [[]]
    y = PAGE_HEIGHT - MARGIN - TITLE_SIZE
    for line in wrap(to_win_ansi(title), "F2", TITLE_SIZE):
        pages[-1].append(("F2", TITLE_SIZE, y, line))
        y -= TITLE_LEADING
    y -= BODY_LEADING - PARAGRAPH_GAP
    for paragraph in paragraphs:
        for line in wrap(to_win_ansi(paragraph), "F1", BODY_SIZE):
            if y < bottom:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN - BODY_SIZE
            pages[-1].append(("F1", BODY_SIZE, y, line))
            y -= BODY_LEADING
        y -= PARAGRAPH_GAP
    return pages


def _content_stream(lines: list[tuple[str, int, float, str]], number: int, total: int) -> bytes:
    """The drawing operators of one page: its lines and a footer with the page number."""
    parts = [b"BT"]
    for font, size, y, text in lines:
        parts.append(f"/{font} {size} Tf 1 0 0 1 {MARGIN} {y:.2f} Tm".encode("ascii"))
        parts.append(_pdf_string(text) + b" Tj")
    footer = f"{FOOTER}   Page {number} of {total}"
    parts.append(f"/F1 {FOOTER_SIZE} Tf 1 0 0 1 {MARGIN} {MARGIN - 20} Tm".encode("ascii"))
    parts.append(_pdf_string(footer) + b" Tj")
    parts.append(b"ET")
    return b"\n".join(parts) + b"\n"


def build_pdf(title: str, paragraphs: list[str]) -> bytes:
    """The bytes of a PDF 1.4 file showing ``title`` and ``paragraphs`` as text."""
    pages = _layout(title, paragraphs)
    # Objects: 1 catalogue, 2 page tree, 3 and 4 fonts, 5 information, then a page
    # and its content stream for every page.
    first_page = 6
    page_ids = [first_page + 2 * index for index in range(len(pages))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{page_id} 0 R".encode("ascii") for page_id in page_ids)
        + f"] /Count {len(pages)} >>".encode("ascii"),
    ]
    for name in ("F1", "F2"):
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{FONTS[name]} "
            f"/Encoding /WinAnsiEncoding >>".encode("ascii")
        )
    objects.append(
        b"<< /Title "
        + _info_string(title)
        + b" /Producer "
        + _info_string("Network website demo content")
        + b" >>"
    )
    for number, (page_id, lines) in enumerate(zip(page_ids, pages, strict=True), start=1):
        stream = _content_stream(lines, number, len(pages))
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            f"/Contents {page_id + 1} 0 R >>".encode("ascii")
        )
        objects.append(
            f"<< /Length {len(stream)} >>\nstream\n".encode("ascii") + stream + b"endstream"
        )

    output = BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n")
    xref_offset = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n".encode("ascii"))
    output.write(b"0000000000 65535 f \n")
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode("ascii"))
    output.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 5 0 R >>\n"
        f"startxref\n{xref_offset}\n%%EOF\n".encode("ascii")
    )
    return output.getvalue()


def make_demo_document(key: str, title: str, paragraphs: list[str], collection):
    """The Wagtail document titled ``title``: the existing one, else a new PDF in ``collection``."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    content = ContentFile(build_pdf(title, paragraphs), name=f"demo-{slugify(key)}.pdf")
    document = document_model(title=title, file=content, collection=collection)
    document._set_document_file_metadata()
    document.save()
    return document
