"""Sums written the way regional presses write them: a currency letter glued to the sum
("P412 million" pesos or pula, "N5bn" naira) and capital scale suffixes ("$3M", "P650M")."""

from provenance.numbers import scan


def _money(text: str) -> list[tuple[float | None, str | None, str]]:
    return [(f.value, f.unit, text[f.start:f.end]) for f in scan(text) if f.kind == "money"]


def test_glued_letter_currencies_are_sums() -> None:
    text = ("The mine's royalties came to P2.4 billion, the union says P3,100,000 is owed, "
            "and the state oil firm booked N5bn.")
    assert _money(text) == [(2.4e9, "₱", "P2.4 billion"), (3_100_000.0, "₱", "P3,100,000"),
                            (5e9, "₦", "N5bn")]


def test_glued_letter_without_a_sum_is_no_money() -> None:
    # a tax form, a road, a paper size: no scale, no thousands, no cents
    assert _money("File form P45 on the N2 and print it on A4.") == []


def test_capital_scale_suffix() -> None:
    assert _money("Farmers want P650M; the ministry offers $3M.") == [
        (650e6, "₱", "P650M"), (3e6, "$", "$3M")]
    assert _money("The Model 3M and a 5M run.") == []


def test_a_sum_owed_asks_how_much_money_is_owed(tmp_path) -> None:
    from provenance.dossier import load_dossier
    from provenance.extract import extract_text, write_draft

    ex = extract_text("Botswana miners say P90M owed, mine says less\n\n"
                      "The Miners Union says P90 million is owed in back pay. The mine "
                      "operator, Kgale Diamonds, says only P40 million is owed.\n")
    d = load_dossier(write_draft(ex, tmp_path / "d", "mine.txt"))
    assert [q.text for q in d.questions] == ["How much money is owed?"], [
        q.text for q in d.questions]
