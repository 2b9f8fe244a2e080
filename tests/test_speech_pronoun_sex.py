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

from provenance.speech import analyse
from provenance.speech.gender import noun_sex


def speaker(text: str, opening: str) -> str | None:
    """The speaker of the statement whose quotation opens with ``opening``."""
    got = [s.speaker for s in analyse(text).statements if s.quote.startswith(opening)]
    assert len(got) == 1, got
    return got[0]


def test_she_skips_a_man_the_text_already_called_he():
    # review r6 finding 4
    text = ("Flu cases rise\n\n"
            "Dr Raj Patel, the local GP, said he had seen more cases this year.\n\n"
            "\"It is worse than last year,\" he said, adding that a colleague, Dr Ann Shaw, "
            "agreed.\n\n"
            "\"We need the heating fixed now,\" she said.\n")
    assert speaker(text, "It is worse") == "Raj Patel"
    assert speaker(text, "We need the heating") == "Ann Shaw"


def test_she_skips_a_councillor_called_he_for_the_chairwoman_named_after_him():
    text = ("Library closures\n\n"
            "Councillor Sam Reid said he would vote against the closures.\n\n"
            "\"We cannot shut the only library in the ward,\" he said. He was backed by the "
            "chairwoman of the friends' group, Chris Dunn.\n\n"
            "\"Closing it would be a disaster,\" she said.\n")
    assert speaker(text, "We cannot shut") == "Sam Reid"
    assert speaker(text, "Closing it") == "Chris Dunn"


def test_he_skips_a_woman_the_text_already_called_she():
    text = ("Rail strike\n\n"
            "Jamie Fox, the union organiser, said she expected the strike to go ahead.\n\n"
            "\"Our members have had enough,\" she said, adding that a colleague, Alex Boyd, "
            "agreed.\n\n"
            "\"We will not back down,\" he said.\n")
    assert speaker(text, "Our members") == "Jamie Fox"
    assert speaker(text, "We will not back down") == "Alex Boyd"


def test_a_spokesman_in_apposition_is_no_later_she():
    text = ("Bus fares to rise\n\n"
            "Robin Hale, a spokesman for the operator, said fares would rise by 5%.\n\n"
            "\"Costs have gone up for everyone,\" Hale said. The increase was criticised by "
            "Kim Taylor, who leads the passengers' group, at a meeting on Monday.\n\n"
            "\"This hits the poorest hardest,\" she said.\n")
    assert speaker(text, "Costs have gone up") == "Robin Hale"
    assert speaker(text, "This hits") == "Kim Taylor"


def test_a_chairwoman_named_after_a_known_speaker_is_the_she():
    text = ("Sheep farmers\n\n"
            "\"We lose lambs every spring,\" said the group's treasurer, Kai Brenner.\n\n"
            "The breeders' association puts losses higher, according to its chairwoman, "
            "Noor Haddad, who keeps 400 ewes.\n\n"
            "\"Nobody counts properly,\" she said.\n")
    assert speaker(text, "Nobody counts") == "Noor Haddad"


def test_a_described_newcomer_in_the_paragraph_before_is_the_she_and_not_the_he():
    text = ("Harbour plan\n\n"
            "Mr Alex Quinn, the harbour master, said the new pier would open in May.\n\n"
            "A local fisherwoman who has worked the harbour for 30 years said she was not "
            "convinced.\n\n"
            "\"They said the same last year,\" she said.\n\n"
            "\"We will see,\" he said.\n")
    assert speaker(text, "They said the same") == "A local fisherwoman"
    assert speaker(text, "We will see") == "Alex Quinn"


def test_a_quote_block_cued_at_its_end_is_the_described_newcomer_before_it():
    text = ("Ferry route cut\n\n"
            "A ferrywoman who has worked the crossing for 20 years said the cut would hurt "
            "the island.\n\n"
            "\"People rely on the boat for everything. The shop, the doctor, school.\n\n"
            "\"Without it we are stranded,\" she said.\n")
    assert speaker(text, "People rely") == "A ferrywoman"


def test_trades_in_man_and_woman_say_a_sex_and_nationalities_do_not():
    assert noun_sex("ferrywoman") == "f"
    assert noun_sex("Fisherman") == "m"
    assert noun_sex("assemblywoman") == "f"
    assert noun_sex("German") is None
    assert noun_sex("human") is None


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


def test_she_after_the_teacher_takes_up_a_retired_teacher_described_before():
    text = ("Library cuts\n\n"
            "A retired teacher who has used the library for forty years said the cuts would "
            "hurt children most. \"Where else will they read?\" she asked.\n\n"
            "Council leader Brian Tate said the savings were unavoidable.\n\n"
            "\"We have no money left,\" he said. \"None.\"\n\n"
            "The teacher was not persuaded. \"They found money for the car park,\" she said.\n")
    assert speaker(text, "They found money") == "The teacher"
    assert speaker(text, "We have no money") == "Brian Tate"
