"""The records the speech engine hands out: people who speak, and what they say.

Every offset is a Python string index into the text exactly as given, so a
reviewer or a test can check ``text[start:end]`` against what was reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PersonDraft:
    """Someone who speaks in the article (or wrote it), with every way it names them."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    #: Words the article puts next to the name ("Chief Scientific Officer of ...").
    description: str | None = None
    #: True for the article's author (found in a byline or an author's note).
    author: bool = False
    #: "he" or "she" when the text says which pronoun is theirs (a title, a first name, a
    #: "he"/"she" already resolved to them, a role such as "spokeswoman"): a later pronoun
    #: of the other kind is someone else. None when the text does not say.
    pronoun: str | None = None
    #: The body the text says they speak for ("Tri-Valley spokeswoman Rachel Dunmore"):
    #: :func:`provenance.extract.affiliation.affiliation`. None when it does not say.
    affiliation: str | None = None


@dataclass(slots=True)
class Statement:
    """One attributed quotation or interview answer.

    ``spans`` lists the quoted pieces (a quote split around its cue, or
    continued over paragraphs, has several); ``start``/``end`` run from the
    first piece's start to the last piece's end.
    """

    speaker: str | None
    speaker_id: str | None
    quote: str
    start: int
    end: int
    kind: str  # "direct" | "answer"
    spans: list[tuple[int, int]]
    #: How the speaker was found: "cue", "label", "pronoun", "previous", "guess",
    #: "description", "interviewee" (whom the introduction says the interview is with),
    #: "interviewee-guess" (the person the introduction or the article names most: a
    #: guess, which ``check`` does not hold against a dossier's ``by:``), or "none".
    how: str = "cue"
    #: The cue words as written ("he said", "according to"), when there is one.
    cue: str | None = None
    #: For an unnamed voice of a body ("a spokeswoman for Meridan Foods Ltd", "A spokesperson"
    #: in a paragraph about Harbour Water), the body as the text names it ("Meridan Foods
    #: Ltd", "Harbour Water"), in `extract --json`: the rule is
    #: :func:`provenance.speech.speakers.speaks_for`, which figures can ask for any voice.
    #: Drafts do not read it yet (they note the voice as written).
    body: str | None = None
