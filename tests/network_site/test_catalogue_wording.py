"""The translations say what they mean: mistakes a language review found, kept fixed.

Each test turns one finding of the review of the ``.po`` files into a rule a machine can
check: two actions a reader must tell apart never share a translation, English is not
left in where the language has a word, Arabic numerals and left-to-right fragments
display as written, and a few grammar rules (Greek accents, Irish mutation after
numerals, Lithuanian agreement, one Italian register) hold in every entry.
"""

import gettext
import re
from functools import cache
from pathlib import Path

import polib
import pytest

from django.conf import settings as django_settings

LANGUAGES = [code for code, _name in django_settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@cache
def catalogue(code: str) -> polib.POFile:
    """The catalogue of one language as it is committed."""
    return polib.pofile(
        str(Path(django_settings.BASE_DIR) / "locale" / code / "LC_MESSAGES/django.po")
    )


def translation(code: str, msgid: str, *contexts: str | None) -> str:
    """The msgstr of ``msgid``, in the first of ``contexts`` the catalogue has."""
    for context in contexts or (None,):
        for entry in catalogue(code):
            if entry.msgid == msgid and entry.msgctxt == context and not entry.obsolete:
                return entry.msgstr
    raise LookupError(f"{code}: no entry for {msgid!r}")


def plural_entries(code: str):
    """Each plural entry with, per form, the whole numbers 0–299 that select it."""
    rule = catalogue(code).metadata["Plural-Forms"].split("plural=")[1].rstrip(";")
    select = gettext.c2py(rule)
    for entry in catalogue(code):
        if entry.msgid_plural and not entry.obsolete:
            counted = PLACEHOLDER.search(entry.msgid_plural).group(1)
            numbers = {
                index: {n for n in range(300) if select(n) == index}
                for index in entry.msgstr_plural
            }
            yield entry, counted, numbers


def every_msgstr(code: str):
    for entry in catalogue(code):
        if entry.obsolete:
            continue
        yield from entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]


def same(first: str, second: str) -> bool:
    return first.casefold().strip(" .:") == second.casefold().strip(" .:")


# Signing in and registering for an event. The lead adds msgctxt "event" to the event's
# "Register"; until then the entry has no context.
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("event_msgid", ["Register", "Registration"])
def test_signing_in_and_registering_for_an_event_read_differently(code, event_msgid):
    sign_in = translation(code, "Sign in")
    register = translation(code, event_msgid, "event", None)
    assert not same(sign_in, register), (
        f"{code}: “Sign in” and “{event_msgid}” are both {register!r}"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_event_form_does_not_call_the_address_a_title(code):
    title, address = translation(code, "title"), translation(code, "address")
    assert not same(title, address), f"{code}: “title” and “address” are both {title!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_footer_is_named_in_the_language(code):
    assert not same(translation(code, "Footer"), "Footer")


# Loanwords a reviewer of the language accepted as the usual term.
ACCEPTED_ENGLISH = {("de", "Policy brief")}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("msgid", ["Policy brief", "Evidence-based", "Slides"])
def test_kinds_of_documents_and_evidence_are_not_left_in_english(code, msgid):
    if (code, msgid) in ACCEPTED_ENGLISH:
        pytest.skip("accepted loanword")
    assert not same(translation(code, msgid), msgid), f"{code}: {msgid!r} left in English"


def arabic_words(text: str) -> set[str]:
    """The words of an Arabic text without the article, so الأدلة and أدلة are one word."""
    return {word.removeprefix("ال") for word in re.findall(r"[\u0600-\u06ff]+", text)}


def test_arabic_evidence_and_directory_are_not_the_word_for_guides():
    guide_words = set().union(*(arabic_words(translation("ar", m)) for m in ["Guides", "guide"]))
    for msgid in [
        "Evidence level",
        "Evidence levels",
        "Evidence-based",
        "Evidence:",
        "How we rate the evidence behind a practice",
        "Directory of member agencies",
        "listed in the public directory",
    ]:
        shared = arabic_words(translation("ar", msgid)) & guide_words
        assert not shared, f"ar: {msgid!r} uses {shared}, the word for guides"


def test_arabic_dual_names_the_number_itself():
    """“2 مكانان” reads “2 two places”: no numeral before a noun in the dual (-ان, -ين).

    A numeral alone, as in “غير المقروءة: 2” (unread: 2), is right.
    """
    for entry, counted, numbers in plural_entries("ar"):
        for index, text in entry.msgstr_plural.items():
            counted_word = re.search(rf"%\({counted}\)s\s+(\S+)", text)
            if numbers[index] == {2} and counted_word:
                assert not counted_word.group(1).endswith(("ان", "ين")), f"ar dual: {text!r}"


ISOLATED = re.compile("[\u2066\u2068][^\u2069]*\u2069")
MARKUP = re.compile(r"<[^>]*>|\{\w+\}")


def test_arabic_left_to_right_fragments_keep_their_punctuation():
    """“.ics” or “/en/” inside Arabic text is isolated, else it shows as “ics.” or “en/”."""
    for text in every_msgstr("ar"):
        outside = ISOLATED.sub("", MARKUP.sub("", PLACEHOLDER.sub("", text)))
        assert not re.search(r"[./][A-Za-z]|[A-Za-z][./]", outside), f"ar: {text!r}"


GREEK_ACCENTED = set("άέήίόύώ")
GREEK_VOWELS = set("αεηιουωϊϋΐΰ") | GREEK_ACCENTED
GREEK_DIPHTHONGS = ("αι", "ει", "οι", "ου", "υι", "αυ", "ευ", "ηυ")  # noqa: RUF001 (Greek letters)


def syllables_after_accent(word: str) -> int:
    rest = word[next(i for i, letter in enumerate(word) if letter in GREEK_ACCENTED) + 1 :]
    count, position = 0, 0
    while position < len(rest):
        if rest[position] in GREEK_VOWELS:
            count += 1
            position += 2 if rest[position : position + 2] in GREEK_DIPHTHONGS else 1
        else:
            position += 1
    return count


def test_greek_accents_fall_on_one_of_the_last_three_syllables():
    for text in every_msgstr("el"):
        for word in re.findall(r"[\u0370-\u03ff\u1f00-\u1fff]+", text.lower()):
            if GREEK_ACCENTED & set(word):
                assert syllables_after_accent(word) <= 2, f"el: {word!r} in {text!r}"


IRISH_ECLIPSIS = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}
IRISH_NOT_COUNTED = {"gan"}  # "%(counter)s gan léamh": the numeral counts no noun here


def irish_lenited(noun: str) -> bool:
    return noun[0] not in "bcdfgmpt" or noun[1] == "h"


def irish_eclipsed(noun: str) -> bool:
    """Eclipsed: bhfógra, dtoradh, ngníomhaireacht; a vowel takes n- (n-imeacht)."""
    return noun.startswith("n-") or any(
        noun.startswith(prefix + letter) for letter, prefix in IRISH_ECLIPSIS.items()
    )


def test_irish_nouns_mutate_after_numerals():
    """2–6 lenite the counted noun (dhá fhógra), 7–10 eclipse it (seacht bhfógra)."""
    for entry, counted, numbers in plural_entries("ga"):
        for index, text in entry.msgstr_plural.items():
            found = re.search(rf"%\({counted}\)s ([\w-]+)", text)
            if not found or found.group(1) in IRISH_NOT_COUNTED or not numbers[index]:
                continue
            noun = found.group(1)
            if numbers[index] <= set(range(2, 7)):
                assert irish_lenited(noun), f"ga: {noun!r} not lenited in {text!r}"
            if numbers[index] <= set(range(7, 11)) and noun[0] not in "hlmnrsv":
                assert irish_eclipsed(noun), f"ga: {noun!r} not eclipsed in {text!r}"


def test_lithuanian_event_statuses_agree_with_renginys():
    assert translation("lt", "event") == "renginys"
    statuses = [
        translation("lt", "Scheduled"),
        translation("lt", "Postponed"),
        translation("lt", "Cancelled", "event status"),
        translation("lt", "Moved online"),
    ]
    assert all(status.split()[0].endswith("as") for status in statuses), statuses


# The informal imperatives of the verbs the interface uses, as labels begin with them.
ITALIAN_INFORMAL = re.compile(
    r"^(Accedi|Esci|Iscriviti|Abbonati|Vai|Torna|Cerca|Mostra|Segna|Salva|Apri|Aggiungi|"
    r"Annulla|Leggi|Rimuovi|Invia|Invita|Crea|Accetta|Gestisci|Modifica|Cambia|Ritira|"
    r"Filtra|Ordina)\b|\b(tu|ti|tuo|tua|tuoi|tue)\b"
)


def test_italian_addresses_the_reader_with_lei_only():
    """The texts say Lei; actions are infinitives, never an informal imperative."""
    for text in every_msgstr("it"):
        assert not ITALIAN_INFORMAL.search(text), f"it: {text!r}"
