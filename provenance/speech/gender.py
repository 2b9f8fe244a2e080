"""Which of "he" and "she" a named person can be, from how the text names them.

A pronoun points back to the nearest *compatible* person: "she" is not the
John Stumpf named last when Elizabeth Warren was named before him. What a
name says about that is read from the honorific the text uses (Mr., Mrs.,
Ms., Miss, Sir, Dame, Lord, Lady; congressman/congresswoman) or, failing
that, from a short list of common English given names that are used for one
sex in the great majority of US and UK birth records (names used for both,
such as Jordan, Taylor or Leslie, are left out). Anything else is unknown,
and an unknown person is compatible with both pronouns.
"""

from __future__ import annotations

__all__ = ["PRONOUN_OF_SEX", "gender_of", "man_noun", "noun_sex", "pronoun_sex"]

#: The pronoun each sex is called by ("m" -> "he"): with :func:`pronoun_sex`, the one
#: mapping between the two for every rule that reads or writes a "he" or "she".
PRONOUN_OF_SEX = {"m": "he", "f": "she"}
_SEX_OF_PRONOUN = {p: sex for sex, p in PRONOUN_OF_SEX.items()}


def pronoun_sex(word: str) -> str | None:
    """"m" for "he", "f" for "she" (in any case), None for any other word ("they", "it")."""
    return _SEX_OF_PRONOUN.get(word.lower())

_FEMALE = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia christina lauren joan evelyn judith
megan cheryl hannah martha jacqueline gloria teresa ann sara madison frances kathryn
janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla lori hillary hilary
chelsea nikki condoleezza sonia ruth elena kamala nancy claire ivanka
ivana melania michelle oprah angela theresa ursula christine jacinda eleanor
louise sophie lucy alison alicia tina rosa carmen ana juana lucia beatriz isabel paula
irene monica veronica wendy yvonne sylvia jane janet anne annie katie kate kathy molly
fiona siobhan niamh aoife sinead orla mairead bridget colleen maureen eileen kathleen
gillian alison morag kirsty shona elaine lorraine sheila mandy tracey joanne nicola
harriet imogen penelope rosalind rosemary beatrice agnes edith ethel mabel florence
priya aisha fatima leila layla yasmin nadia svetlana olga tatiana natasha ingrid astrid
greta helga annika birgit sigrid francesca giulia chiara valentina sofia ines lourdes
marta paola daniela gabriela mariana fernanda carolina adriana alejandra silvia elisa
hazel ivy iris violet daisy poppy ruby phoebe chloe zoe megan bethany jasmine molly
margot maggie peggy dolores esther miriam naomi rebekah leah judith tamar
""".split())

_MALE = set("""
james robert john michael david william richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
 keith roger gerald harold sean carl arthur lawrence dylan jesse
bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
roy vincent ralph eugene russell bobby philip louis barack bernie mitt mike tim ted
marco jeb rand bill hugh vladimir boris emmanuel xi recep benjamin bashar ban
donald rudy rudolph newt reince sean harry jimmy ronald dick al tom dan ben
 jim bob rick steve greg jeff ken jon nick matt tony pete norman carlos luis miguel
pedro jorge manuel francisco antonio mohammed muhammad ahmed hassan omar ibrahim
colin graham ian neil nigel malcolm alistair alasdair angus hamish callum ewan euan
declan ciaran liam seamus padraig conor eoin niall fergus rory cormac
simon martin trevor clive derek barry gordon stuart stewart duncan kenneth roderick
geoffrey rupert giles hugo oliver oscar harvey reginald cyril percy edmund edgar
ahmad mustafa yusuf khalid tariq rashid hamid karim rahul arjun vikram rajesh sanjay
amit ravi dmitri sergei igor ivan nikolai yuri mikhail andrei alexei pavel lars sven
anders nils henrik klaus jurgen wolfgang dieter hans stefan matthias giuseppe giovanni
marco luca alessandro matteo paolo pablo javier diego alejandro rafael ricardo sergio
fernando eduardo andres raul hector julio ramon felipe enrique
craig brett darren shane wade lance todd troy chad clint dwayne curtis
lloyd leonard howard herbert stanley vernon marvin melvin floyd leroy milton
""".split())

_HONORIFIC = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "congressman": "m", "councilman": "m", "chairman": "m", "father": "m", "fr.": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "queen": "f", "princess": "f", "congresswoman": "f", "councilwoman": "f",
    "chairwoman": "f", "sister": "f",
}
_FEMALE -= _MALE & _FEMALE  # a name on both lists says nothing


def gender_of(written: str, core: list[str]) -> str | None:
    """"m", "f" or None (unknown) for a person the text names as ``written``."""
    for tok in written.replace("\u00a0", " ").split():
        g = _HONORIFIC.get(tok.casefold())
        if g:
            return g
    if len(core) < 2:
        return None
    first = core[0].casefold().rstrip(".")
    if first in _FEMALE:
        return "f"
    if first in _MALE:
        return "m"
    return None


#: Nouns for a person that say their sex (a general English lexicon): "a police
#: spokeswoman said ... she said" is the spokeswoman, not a man named before. ("actor",
#: "heir" and "landlord" are left out: news uses them for women too.)
_GENDERED_NOUNS = {
    **{w: "f" for w in """
spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman
sportswoman stateswoman woman girl mother grandmother daughter sister wife widow
aunt niece bride actress waitress headmistress mistress heiress duchess princess
queen empress nun landlady lady matriarch stepmother granddaughter fiancee
girlfriend housewife""".split()},
    **{w: "m" for w in """
spokesman chairman congressman councilman businessman policeman sportsman
statesman man boy father grandfather son brother husband widower uncle nephew
groom waiter headmaster duke prince king emperor monk
patriarch stepfather grandson fiance boyfriend""".split()},
}


#: Words in "-man" that are no one's noun: "human" ("a human rights group"), "ottoman".
_NOT_PERSON_MAN = frozenset("human inhuman superhuman ottoman talisman caiman dolman".split())
#: Words in "-man" for a person of either sex: "layman", "shaman", "German" ("The German,
#: Klaus Weber, said"; before a noun, "a German carmaker", :func:`.speakers.description_head`
#: reads it as the adjective it is).
_EITHER_MAN = frozenset("shaman layman german roman".split())


def _by_ending(w: str) -> str | None:
    """"f", "m" or "" (either) for a folded noun for a person by the ending English gives a
    trade's or a role's holder ("fisherwoman", "ferryman", "layman"); None for a word of
    no such ending, or one that is no person's ("human")."""
    if w in _EITHER_MAN:  # (before the length test: "roman" has five letters)
        return ""
    if len(w) < 6 or not w.isalpha() or w in _NOT_PERSON_MAN:
        return None
    if w.endswith("woman"):
        return "f"
    if w.endswith("man"):
        return "m"
    return None


def noun_sex(word: str) -> str | None:
    """"m", "f" or None for a noun for a person ("spokeswoman" -> "f"), by the lexicon or
    by the ending English gives a trade's or a role's holder ("fisherwoman", "ferryman",
    "assemblywoman", "lineman")."""
    w = word.casefold().strip(".,;:")
    got = _GENDERED_NOUNS.get(w)
    return got if got is not None else _by_ending(w) or None


def man_noun(word: str) -> bool:
    """True for a noun for a person by its "-man" or "-woman" ending, of either sex
    ("ferryman", "layman", "German"); not "human"."""
    return _by_ending(word.casefold().strip(".,;:")) is not None
