"""Every block type of a guide survives a wagtail-localize round trip (PO export → import)."""

import pytest

from django.db import transaction

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail_localize.models import Translation, TranslationSource

from practices.models import GuidePage
from tests.factories import ensure_countries, ensure_locales

BLOCKS = {
    "heading": {"text": "How it works", "level": "h2"},
    "paragraph": "<p>Weekly visits by one worker.</p>",
    "key_recommendations": {"heading": "Key points", "items": ["Keep caseloads small."]},
    "at_a_glance": {"heading": "At a glance", "facts": [{"label": "Started", "value": "2016"}]},
    "callout": {"kind": "warning", "text": "<p>Act on rent debt early.</p>"},
    "quote": {"text": "We stopped losing people.", "attribution": "A caseworker"},
    "statistic": {
        "figure": "8–10",
        "label": "families per worker",
        "source": "Review",
        "year": 2020,
    },
    "video_link": {
        "url": "https://example.org/v",
        "title": "The method",
        "description": "Short film",
        "duration": "3:00",
    },
    "table": {
        "caption": "Caseloads",
        "columns": [{"type": "text", "heading": "Team"}, {"type": "number", "heading": "Families"}],
        "rows": [{"values": ["North", 9]}],
    },
}


def _media_block(kind: str):
    if kind == "image":
        image = Image.objects.create(title="Flat", file=get_test_image_file())
        return {"image": image, "alt_text": "A furnished flat", "caption": "The new home"}
    from django.core.files.base import ContentFile

    document = Document.objects.create(title="Toolkit", file=ContentFile(b"%PDF-1.4", "kit.pdf"))
    return {"document": document, "title": "Download the toolkit"}


@pytest.mark.parametrize("block_type", [*BLOCKS, "image", "document"])
def test_block_type_round_trips_through_a_po_file(knowledge_tree, block_type):
    value = BLOCKS.get(block_type) or _media_block(block_type)
    guide = GuidePage(
        title=f"Guide with {block_type}",
        slug=f"guide-{block_type}",
        summary="A summary.",
        organisation_name="Agency",
        body=[(block_type, value)],
    )
    knowledge_tree["guides_index"].add_child(instance=guide)
    guide.save_revision().publish()
    locale = ensure_locales("fr")["fr"]
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(guide)
        translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
        po = translation.export_po()
        assert len(po) > 0
        for entry in po:
            entry.msgstr = entry.msgid if entry.msgctxt.endswith("slug") else f"FR {entry.msgid}"
        assert translation.import_po(po) == []
        translation.save_target(publish=True)
    french = GuidePage.objects.get(translation_key=guide.translation_key, locale=locale)
    block = french.body[0]
    assert block.block_type == block_type
    rendered = str(block.render())
    assert "FR " in rendered, rendered
    if block_type == "statistic":
        assert block.value["year"] == 2020  # numbers are not translated
    if block_type == "image":
        assert block.value["image"].pk == value["image"].pk  # the image itself is shared


def test_classification_follows_the_original_when_a_translation_is_synced(knowledge_tree):
    guide = knowledge_tree["guides"][1]  # Street outreach at night: outreach / young people / BE
    locale = ensure_locales("fr")["fr"]
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(guide)
        translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
        translation.save_target(publish=True)
    guide.themes = [knowledge_tree["themes"]["rehousing"]]
    guide.countries = list(guide.countries.all()) + list(ensure_countries("FR").values())
    guide.evidence_level = "promising"
    guide.save_revision().publish()
    with transaction.atomic():
        source.update_from_db()
        translation.save_target(publish=True)
    french = GuidePage.objects.get(translation_key=guide.translation_key, locale=locale)
    assert [theme.slug for theme in french.themes.all()] == ["rehousing"]
    assert sorted(country.code for country in french.countries.all()) == ["BE", "FR"]
    assert french.evidence_level == "promising"
