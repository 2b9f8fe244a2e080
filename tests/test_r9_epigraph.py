"""A quotation signed with a dash and a name, then who they are ('“…” — Priya Shah,
economist at the Harbour Institute'), is that person's: pull quotes and fact-check
claims are written this way, and the words were given to whoever spoke last before."""
from provenance.extract import extract_text

TEXT = (
    "The port authority's payroll data show 9,500 jobs were cut. “We have never seen "
    "anything like 40,000,” said Dana Cole, the authority's head of human resources.\n\n"
    "“Nobody outside the ministry has been able to reproduce that number.” — Priya Shah, "
    "economist at the Harbour Institute\n\n"
    "“It is a political number.” — Tom Reyes (Greens)\n"
)


def speakers(text: str) -> dict[str, str | None]:
    return {s.quote[:12]: s.speaker for s in extract_text(text).statements if s.kind == "direct"}


def test_dash_signature_with_apposition_names_the_speaker() -> None:
    got = speakers(TEXT)
    assert got["Nobody outsi"] == "Priya Shah"
    assert got["It is a poli"] == "Tom Reyes"
    assert got["We have neve"] == "Dana Cole"


def test_dash_then_lowercase_prose_is_not_a_signature() -> None:
    text = "“We will build it,” she said. “Next year.” — and the Mayor Ann Lowe laughed.\n"
    assert "and the Mayor" not in str(speakers(text))


FACT_CHECK = (
    "Fact check: did the port really lose 40,000 jobs?\n\n"
    "By Lena Ortiz | 3 March 2025\n\n"
    "CLAIM: “The port has lost 40,000 jobs since the merger.” — Transport Minister Ravi "
    "Menon, in a speech on 12 February\n\n"
    "VERDICT: Mostly false.\n\n"
    "The port authority's payroll data show 9,500 jobs were cut, a spokeswoman said. “We "
    "have never seen anything like it,” said Dana Cole, the authority's head of people.\n"
)


def test_fact_check_claim_signed_with_a_dash_is_the_claimants_not_a_headline() -> None:
    ex = extract_text(FACT_CHECK)
    assert ex.title == "Did the port really lose 40,000 jobs?"
    said = {s.quote[:17]: s.speaker for s in ex.statements if s.kind == "direct"}
    assert said.get("The port has lost") == "Ravi Menon"
    menon = [f for f in ex.figures if f.source and f.source.name == "Ravi Menon"]
    assert menon, "the claimed 40,000 is the minister's figure"
