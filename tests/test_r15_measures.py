"""Round 15: measures a dispute is about that the extractor did not read. Imperial lengths
are lengths ("4 miles" and "5.5 kilometres" answer one question); a thing's age in years
is a figure ("the painting is 40,000 years old"), a person's age never; "300 fish" is a
count whatever its ending; "the fox population at roughly 9,000" counts foxes, and a
population with no noun before it is a quantity of its own, never the unit of the figure
before. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.numbers import canonical_unit
from tests.figurecases import quantities, questions, sources

PATH = """The council said the new coastal path is 4 miles long. The walkers' group \
Stridewell said it measured just 5.5 kilometres.
"""

CAVE = """Cave art at Brennock

The heritage agency said the painting is about 40,000 years old. Dr Ottoline \
Vasquez-Rye, an archaeologist, said it is no more than 20,000 years old.

A survey of the cave by the Orlway Trust lists the painting at about 30,000 years.
"""

AGES = """Ms Quillane, 67, said 300 people came to the meeting. The 150-year-old bridge \
closes today. It was built 200 years ago, the council said. Residents aged 85 years or \
more get help, and the oldest, a woman of 104 years, said she was 104 years old.
"""

FISH = """Officials at the river trust said about 300 fish spawned this spring. The \
anglers' club Reelmark said 900 fish spawned.
"""

RATS = """Wildlife officers estimate the fox population at roughly 9,000. The pest control \
firm Gnawguard said 25,000 foxes roam the city.
"""

TOWN = """Gravenholt's new plant will employ 240 people, the company said. The union \
said only 70 people would work there. The town's population has fallen to about \
11,000, according to the census, and 120 kilograms of slag a day will be trucked \
away. The regional office estimates the resident population at 9,000 to 9,500.
"""


def test_imperial_lengths_are_lengths() -> None:
    assert canonical_unit("feet")[0] == "length"
    assert canonical_unit("miles")[0] == "length"
    # a mile is 5,280 feet, whichever a source writes
    assert canonical_unit("mile")[2] == 5280 * canonical_unit("foot")[2]


def test_miles_and_kilometres_answer_one_question(tmp_path: Path) -> None:
    qs = questions(PATH, tmp_path)
    assert list(qs) == ["How long is the path?"], qs
    (positions,) = qs.values()
    assert positions == ["4 miles (council)", "just 5.5 kilometres (Stridewell)"]


def test_a_things_age_is_a_disputed_figure(tmp_path: Path) -> None:
    qs = questions(CAVE, tmp_path)
    assert list(qs) == ["How old is the painting?"], qs
    (positions,) = qs.values()
    assert len(positions) == 3, positions
    assert any("20,000 years" in p and "Vasquez-Rye" in p for p in positions)
    assert any("about 30,000 years" in p for p in positions)  # "lists ... at": a value


def test_ages_of_people_and_dates_are_no_figures() -> None:
    # a person's age, a label, a date ("200 years ago") and an old woman's age stay out:
    # only a count of people is a figure here
    assert quantities(AGES) == {"300 people": "people"}


def test_a_count_of_fish_is_a_figure(tmp_path: Path) -> None:
    (positions,) = questions(FISH, tmp_path).values()
    assert positions == ["900 fish (Reelmark)", "about 300 fish (officials)"]


def test_the_fox_population_counts_foxes(tmp_path: Path) -> None:
    assert quantities(RATS)["roughly 9,000"] == "fox"
    (positions,) = questions(RATS, tmp_path).values()
    assert "roughly 9,000 (wildlife officers)" in positions, positions


def test_a_population_is_no_count_of_the_figure_before() -> None:
    q = quantities(TOWN)
    # neither the workers running the plant nor the kilograms before it
    assert q["about 11,000"] == "population"
    assert q["9,000 to 9,500"] == "population"
    assert sources(TOWN)["9,000 to 9,500"] == "regional office"


# guards from the round's review: each failed on the first version of these rules

def test_a_bare_number_after_an_age_is_no_age(tmp_path: Path) -> None:
    text = "The bridge is 200 years old, the council said. Locals say it has flooded " \
           "300 times.\n"
    assert questions(text, tmp_path) == {}
    assert "300" not in " ".join(quantities(text))


def test_a_date_ago_and_a_term_are_no_ages() -> None:
    q = quantities("Earlier digs said the paintings were dated to 44,000 years ago. The "
                   "council said its lease was extended to 999 years. The isotope has a "
                   "half-life of 24,000 years, scientists said.\n")
    assert not any(v.startswith("age") for v in q.values()), q


def test_the_ages_of_two_things_are_two_questions(tmp_path: Path) -> None:
    text = ("The tree is 3,000 years old, the parish council said. The church beside it is 700 "
            "years old, the diocese said. A botanist, Dr Imre Falkland, said the tree is no "
            "more than 1,500 years old.\n")
    qs = questions(text, tmp_path)
    assert list(qs) == ["How old is the tree?"], qs
    assert not any("700" in p for p in qs["How old is the tree?"])


def test_a_speed_is_no_length() -> None:
    q = quantities("The operator said the train reached 200 miles per hour. Engineers said "
                   "the line is 140 miles long.\n")
    assert q["200 miles"] != q["140 miles"]


def test_the_shares_of_two_things_used_are_two_questions() -> None:
    from provenance.extract import extract_text

    ex = extract_text("The shopping centre said vouchers were used for 9 per cent of sales. "
                      "The card network said cards were used for 85 per cent of sales. Tenants "
                      "said vouchers were used for 14 per cent of sales.\n")
    group = {fc.figure.text: fc.group for fc in ex.figures}
    assert group["9 per cent"] == group["14 per cent"] is not None
    assert group["85 per cent"] != group["9 per cent"]


def test_a_population_question_reads(tmp_path: Path) -> None:
    text = "The census put the island's population at 3,000. Locals said the population " \
           "is nearer 1,800.\n"
    assert list(questions(text, tmp_path)) == ["What is the population of the island?"]


def test_a_share_used_for_is_asked_in_its_own_words(tmp_path: Path) -> None:
    text = "The shopping centre said vouchers were used for 9 per cent of sales. " \
           "Tenants said vouchers were used for 14 per cent of sales.\n"
    assert list(questions(text, tmp_path)) == ["What share of sales are vouchers used for?"]


def test_an_age_said_again_bare_is_that_age(tmp_path: Path) -> None:
    text = ("Cave art at Brennock\n\nThe heritage agency said the painting is about 40,000 "
            "years old. \"We have always said 40,000,\" its director, Ines Quarry, said. Dr "
            "Ottoline Vasquez-Rye said the painting is no more than 20,000 years old.\n")
    q = quantities(text)
    assert q["40,000"] == q["about 40,000 years"] == "age in years of painting"


def test_a_currency_named_with_its_country_is_that_currency() -> None:
    from provenance.numbers import scan

    for text, unit in [("a loss of 20.2 billion Danish kroner", "DKK"),
                       ("3 billion Japanese yen", "¥"), ("4,000 Polish zloty", "zł"),
                       ("40 million Czech koruna", "CZK")]:
        (f,) = scan(text, bare=True)
        assert f.unit == unit and f.text.endswith(text.split()[-1]), (text, f)


COURSE = """Coast race course row

Race director Owain Tresilian says the course is 63 miles long. Runner Bethan Quenell said \
her watch recorded the course at 109 kilometres. "Every year my watch shows 109 \
kilometres," she said. The park authority's access officer, Rhian Delamere, said its own \
survey measured the route between the two harbours at 332,000 feet.
"""


def test_lengths_measured_in_three_units_answer_one_question(tmp_path: Path) -> None:
    qs = questions(COURSE, tmp_path)
    assert list(qs) == ["How long is the course?"], qs
    (positions,) = qs.values()
    assert len(positions) == 3 and any("332,000 feet" in p for p in positions), positions


# guards from the round's second review

def test_a_bare_count_equal_to_an_age_outside_a_quote_is_no_age(tmp_path: Path) -> None:
    text = "The lighthouse is 150 years old, the trust said. The parish said 150 people " \
           "attended the service, while the council said 90 did.\n"
    q = quantities(text)
    assert q["150 people"] != q["150 years"]


def test_the_populations_of_two_places_are_two_questions(tmp_path: Path) -> None:
    text = ("Kenya's population is 54 million, the World Bank said. Uganda's population is "
            "48 million, the UN said. Officials say Kenya's population is 51 million.\n")
    qs = questions(text, tmp_path)
    assert list(qs) == ["What is the population of Kenya?"], qs
    assert not any("48 million" in p for p in qs["What is the population of Kenya?"])


def test_a_span_of_time_put_at_years_is_no_age() -> None:
    q = quantities("Experts estimate the wait at 140 years at the current rate. The ministry "
                   "put the wait at 20 years.\n")
    assert not any(v.startswith("age") for v in q.values()), q


def test_a_weekly_count_is_per_week() -> None:
    q = quantities("Every week the hospital cancels 40 operations, surgeons said. The trust "
                   "said 35 operations were cancelled in March.\n")
    assert q["40 operations"] != q["35 operations"], q


def test_two_countries_kroner_are_two_currencies() -> None:
    from provenance.numbers import scan

    (a,) = scan("20 billion Danish kroner", bare=True)
    (b,) = scan("15 billion Swedish kronor", bare=True)
    assert a.unit != b.unit
