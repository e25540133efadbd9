"""Empty tables and empty text blocks are refused, with a message that says what to fix."""

import pytest

from django.core.exceptions import ValidationError

from practices.blocks import CalloutBlock, GuideStreamBlock, IntroBlock, ParagraphBlock, TableBlock


def _refusal(block, raw) -> str:
    """The message the editor sees when ``raw`` is saved in ``block``."""
    with pytest.raises(ValidationError) as refused:
        block.clean(block.to_python(raw))
    error = refused.value
    data = error.as_json_data() if hasattr(error, "as_json_data") else {}
    return str(data) if data else " ".join(error.messages)


def _table(columns, rows, caption="Caseloads") -> dict:
    return {"caption": caption, "columns": columns, "rows": [{"values": row} for row in rows]}


TEAM = {"type": "text", "heading": "Team"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (_table([], []), "Add at least one column"),
        (_table([TEAM], []), "Add at least one row"),
        (_table([{"type": "text", "heading": " "}], [["North"]]), "Give every column a heading"),
    ],
)
def test_an_empty_table_is_refused(raw, message):
    assert message in _refusal(TableBlock(), raw)


def test_a_table_with_headings_and_rows_is_accepted():
    table = TableBlock()
    cleaned = table.clean(table.to_python(_table([TEAM], [["North"]])))
    assert [row["values"] for row in cleaned.row_data] == [["North"]]


@pytest.mark.parametrize("empty", ["<p></p>", "<p> </p>", "<p><br/></p>", "<p>&nbsp;</p>"])
def test_an_empty_paragraph_is_refused(empty):
    assert "Write the text or remove this block" in _refusal(ParagraphBlock(), empty)


@pytest.mark.parametrize(
    ("block", "raw"),
    [
        (CalloutBlock(), {"kind": "note", "text": "<p></p>"}),
        (IntroBlock(), {"text": "<p> </p>"}),
    ],
)
def test_blocks_whose_text_is_required_refuse_an_empty_one(block, raw):
    assert "Write the text or remove this block" in _refusal(block, raw)


def test_a_guide_body_with_an_empty_table_cannot_be_saved():
    body = GuideStreamBlock()
    raw = [{"type": "table", "value": _table([], [])}]
    assert "Add at least one column" in _refusal(body, raw)
