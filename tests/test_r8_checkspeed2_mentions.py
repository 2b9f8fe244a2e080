"""Mentions skips the names inside page furniture, whichever of several spans they fall in
(the skip spans are followed by a pointer as the names run forward)."""

from provenance.speech.speakers import Mentions

TEXT = ("By Dana Whitlock\n"
        "Marta Oyelaran said the bridge would reopen.\n"
        "Photo: Kenji Arbuckle\n"
        "Later, Tomas Feld agreed.\n"
        "Related: Ilse Baptiste on bridges\n")


def _spans_of(*lines: str) -> list[tuple[int, int]]:
    out = []
    for line in lines:
        at = TEXT.index(line)
        out.append((at, at + len(line)))
    return out


def test_names_in_skipped_lines_are_no_mentions() -> None:
    skip = _spans_of("By Dana Whitlock", "Photo: Kenji Arbuckle",
                     "Related: Ilse Baptiste on bridges")
    names = [it[2] for it in Mentions(TEXT, skip=skip).items]
    assert names == ["Marta Oyelaran", "Tomas Feld"]


def test_without_skip_every_name_is_a_mention() -> None:
    names = [it[2] for it in Mentions(TEXT).items]
    for name in ("Dana Whitlock", "Marta Oyelaran", "Kenji Arbuckle", "Tomas Feld",
                 "Ilse Baptiste"):
        assert name in names
