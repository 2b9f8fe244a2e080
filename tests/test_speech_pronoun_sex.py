"""Whom a "he" or "she" means, when the name alone does not say the person's sex.

- a person the text has already called "he" is no one a later "she" means (and the other
  way round), though their first name is on no list;
- a role the text gives a person says their sex where the lexicon of such nouns does
  (spokesman/spokeswoman, chairman/chairwoman, a mother of three, a ferrywoman): as the
  name's title, as a description before it with a comma, or after it;
- a full name whose role says the pronoun's sex is nearer than a known speaker of no
  sex said;
- a pronoun cueing a quotation that opens its paragraph reads the paragraph before
  (where the person was named or described) and, for a quote block, its earlier
  paragraphs.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from provenance.speech.gender import noun_sex

from .speechcases import Speaker, assert_speakers, case

CASES = [
    case("she skips a man the text already called he",  # review r6 finding 4
         "Flu cases rise\n\n"
         "Dr Raj Patel, the local GP, said he had seen more cases this year.\n\n"
         "\"It is worse than last year,\" he said, adding that a colleague, Dr Ann Shaw, "
         "agreed.\n\n"
         "\"We need the heating fixed now,\" she said.\n",
         {"It is worse": "Raj Patel", "We need the heating": "Ann Shaw"}),
    case("she skips a councillor called he for the chairwoman named after him",
         "Library closures\n\n"
         "Councillor Sam Reid said he would vote against the closures.\n\n"
         "\"We cannot shut the only library in the ward,\" he said. He was backed by the "
         "chairwoman of the friends' group, Chris Dunn.\n\n"
         "\"Closing it would be a disaster,\" she said.\n",
         {"We cannot shut": "Sam Reid", "Closing it": "Chris Dunn"}),
    case("he skips a woman the text already called she",
         "Rail strike\n\n"
         "Jamie Fox, the union organiser, said she expected the strike to go ahead.\n\n"
         "\"Our members have had enough,\" she said, adding that a colleague, Alex Boyd, "
         "agreed.\n\n"
         "\"We will not back down,\" he said.\n",
         {"Our members": "Jamie Fox", "We will not back down": "Alex Boyd"}),
    case("a spokesman in apposition is no later she",
         "Bus fares to rise\n\n"
         "Robin Hale, a spokesman for the operator, said fares would rise by 5%.\n\n"
         "\"Costs have gone up for everyone,\" Hale said. The increase was criticised by "
         "Kim Taylor, who leads the passengers' group, at a meeting on Monday.\n\n"
         "\"This hits the poorest hardest,\" she said.\n",
         {"Costs have gone up": "Robin Hale", "This hits": "Kim Taylor"}),
    case("a chairwoman named after a known speaker is the she",
         "Sheep farmers\n\n"
         "\"We lose lambs every spring,\" said the group's treasurer, Kai Brenner.\n\n"
         "The breeders' association puts losses higher, according to its chairwoman, "
         "Noor Haddad, who keeps 400 ewes.\n\n"
         "\"Nobody counts properly,\" she said.\n",
         {"Nobody counts": "Noor Haddad"}),
    case("a described newcomer in the paragraph before is the she and not the he",
         "Harbour plan\n\n"
         "Mr Alex Quinn, the harbour master, said the new pier would open in May.\n\n"
         "A local fisherwoman who has worked the harbour for 30 years said she was not "
         "convinced.\n\n"
         "\"They said the same last year,\" she said.\n\n"
         "\"We will see,\" he said.\n",
         {"They said the same": "A local fisherwoman", "We will see": "Alex Quinn"}),
    case("a quote block cued at its end is the described newcomer before it",
         "Ferry route cut\n\n"
         "A ferrywoman who has worked the crossing for 20 years said the cut would hurt "
         "the island.\n\n"
         "\"People rely on the boat for everything. The shop, the doctor, school.\n\n"
         "\"Without it we are stranded,\" she said.\n",
         {"People rely": "A ferrywoman"}),
    case("she after the teacher takes up a retired teacher described before",
         "Library cuts\n\n"
         "A retired teacher who has used the library for forty years said the cuts would "
         "hurt children most. \"Where else will they read?\" she asked.\n\n"
         "Council leader Brian Tate said the savings were unavoidable.\n\n"
         "\"We have no money left,\" he said. \"None.\"\n\n"
         "The teacher was not persuaded. \"They found money for the car park,\" she said.\n",
         {"They found money": "The teacher", "We have no money": "Brian Tate"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whom_he_or_she_means(text: str, expected: dict[str, Speaker]) -> None:
    assert_speakers(text, expected)


@pytest.mark.parametrize(("noun", "sex"), [
    pytest.param("ferrywoman", "f", id="a ferrywoman is a woman"),
    pytest.param("Fisherman", "m", id="a capitalised fisherman is a man"),
    pytest.param("assemblywoman", "f", id="an assemblywoman is a woman"),
    pytest.param("German", None, id="a nationality in man says no sex"),
    pytest.param("human", None, id="human says no sex"),
])
def test_trades_in_man_and_woman_say_a_sex_and_nationalities_do_not(
        noun: str, sex: str | None) -> None:
    assert noun_sex(noun) == sex


def test_a_figure_after_she_said_is_not_given_to_the_man_named_last():
    from provenance.extract import extract_text

    text = ("Pay row at the plant\n\n"
            "Ann Ross, who leads the union at the plant, says pay has fallen behind prices. "
            "\"Our members are poorer than five years ago,\" she said.\n\n"
            "The company's finance director, Mark Bell, disagreed. \"Wages have kept pace,\" "
            "Bell said.\n\n"
            "She said 1,200 workers had signed a petition. He said 300 had.\n")
    ex = extract_text(text)
    by_figure = {text[fc.figure.start:fc.figure.end]: fc.source.name if fc.source else None
                 for fc in ex.figures}
    assert by_figure["1,200 workers"] == "Ann Ross"
    assert by_figure["300"] in ("Bell", "Mark Bell")
    assert {p.name: p.pronoun for p in ex.people} == {"Ann Ross": "she", "Mark Bell": "he"}
