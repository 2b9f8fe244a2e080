"""The review of round 7's figure rules (F1, F7, F13, F3, F4, F9, F8), each on short texts
written for these tests, several wordings per finding: what the rule was for still holds
(tests/test_figures_phrasings.py), and the wrong readings the review found do not return."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.extract import extract_text, write_draft


def questions(body: str, tmp_path: Path) -> dict[str, list[str]]:
    """The contested questions of a drafted text: question -> its positions, as the user
    reads them ("5,000 (police)")."""
    from provenance.analysis import contested
    from provenance.dossier import load_dossier
    from provenance.graph import build_graph

    ex = extract_text(body)
    folder = write_draft(ex, tmp_path / "draft", "article.txt")
    return {q["text"]: sorted(p["position"] for p in q["positions"])
            for q in contested(build_graph(load_dossier(folder))) if q["contested"]}


def sources(body: str) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(body).figures}


# F1: what is done to a thing costs the thing; "alone" is no thing
@pytest.mark.parametrize(("body", "one", "other"), [
    ("Bridge will cost more than promised\nThe replacement of the Tamar road bridge will "
     "cost £310 million, the county council said on Monday.\nBut the Campaign for Better "
     "Transport said the true cost of the bridge was nearer £450 million. The cost of the "
     "approach roads alone is £95 million, the campaign said.\n",
     "£310 million", "£450 million"),
    ("Stadium bill\nConstruction of the new stadium will cost $1.2 billion, the city said. "
     "An independent audit said the stadium would cost at least $1.6 billion.\n",
     "$1.2 billion", "at least $1.6 billion"),
    ("Town hall\nThe refurbishment of the town hall will cost £12 million, the council "
     "said. Opposition councillors said the cost of the town hall was £18 million.\n",
     "£12 million", "£18 million"),
    ("Pier repairs\nThe council said repairs to the pier would cost £4 million, and the "
     "repair of the pier will cost £4 million. Engineers said the pier itself would cost "
     "£7 million.\n", "£4 million", "£7 million"),
])
def test_the_cost_of_doing_something_to_a_thing_is_the_things_cost(body, one, other,
                                                                     tmp_path):
    qs = questions(body, tmp_path)
    assert [q for q, ps in qs.items()
            if any(p.startswith(one + " (") for p in ps)
            and any(p.startswith(other + " (") for p in ps)], qs
    if "£95 million" in body:
        assert not any("£95 million" in p for ps in qs.values() for p in ps
                       if "£310 million" in " ".join(ps))
        assert not any("alone" in q for q in qs)
