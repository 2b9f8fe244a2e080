"""A review of the consolidation pass (grouping._join_measures) on articles with two
quantities of one measure: a figure of another quantity must not become an answer to the
article's disputed question."""
from provenance.extract import extract_text


def groups(text: str) -> dict[str, int | None]:
    return {fc.figure.text: fc.group for fc in extract_text(text).figures}


def test_a_herds_head_count_does_not_pull_in_families() -> None:
    got = groups(
        "At least 1,200 head of livestock have died since January, the county government "
        "said. The drought authority put the losses at 1,500 head, while herders said about "
        "2,000 head had died.\n\nSome 400 families have been displaced, according to the Red "
        "Cross. World Vision said 520 families had left their villages.\n")
    assert got["1,500 head"] is not None
    assert got["Some 400 families"] != got["1,500 head"]
    assert got["520 families"] != got["1,500 head"]


def test_a_share_of_another_thing_is_no_answer_to_a_poll() -> None:
    got = groups(
        "A poll by Ipsos put support for the measure at 41 per cent. A rival poll by YouGov "
        "said 44%, and Opinium found 40%.\n\nThe government's approval rating is 28%, "
        "according to Gallup.\n")
    assert got["41 per cent"] is not None
    assert got["28%"] != got["41 per cent"]


def test_a_sum_in_francs_of_another_thing_stays_out_of_the_deficit() -> None:
    got = groups(
        "The canton's deficit will be CHF 80 million this year, the finance department said. "
        "The audit office put it at CHF 95 million.\n\nThe cantonal bank paid a dividend of "
        "120 million francs, a spokesman said.\n\nSeparately, the architects of the new "
        "hospital wing said it would cost 140 million francs. The health directorate said "
        "150 million francs.\n")
    assert got["CHF 80 million"] is not None
    assert got["120 million francs"] != got["CHF 80 million"]
    assert got["150 million francs"] != got["CHF 80 million"]


def test_a_document_that_names_its_maker_is_not_the_announced_bodys() -> None:
    ex = extract_text(
        "The highest figure comes from Sahyadri Insurance, which handles claims in the "
        "district. According to a field assessment by independent agronomists shared with "
        "this paper, losses amount to Rs 2,900 crore.\n")
    src = [fc.source.name for fc in ex.figures if fc.figure.text == "Rs 2,900 crore"
           and fc.source]
    assert "Sahyadri Insurance" not in src
