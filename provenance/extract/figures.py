"""Figures with a source: the numbers a journalist came for, as draft claims.

A sentence that gives a figure for a quantity and names who gives it (a
person, an organisation, a study, "officials") becomes a :class:`FigureClaim`:
the figure (read by the one number parser, :func:`provenance.numbers.scan`),
what it counts, who gives it and how the text says so. Figures for the same
quantity are then grouped so the draft can put them under one question and
``contested`` shows the dispute without editing.

The rules are general English news patterns, each a small lexicon, not a list
of any article's words:

* **what is counted**: the noun after the figure (``837,000 people``), a
  state the sentence gives it (``people ... were dead``), a measure noun before
  a bare figure (``death toll of``, ``estimate of``, ``the count stood at``), or,
  for a bare figure after a generic measure word, the quantity the text last
  named (``the number of volunteers varied: 44 according to ...``); a rate
  after it (``daily``, ``per day``) is part of the quantity; population nouns
  and a capitalised plural (``residents``, ``Texans``) count people; a change
  (``cut ... by 50 percent``, ``12 percent more``) is a change, not a share; a
  share's target (``back Smith``) and money's use, unit and period (``cost ...
  per household a year``) are part of the quantity;
* **who gives it**, in this order: the speaker of the quotation holding it;
  ``according to X`` in the figure's clause; ``47,000 (the government)``;
  ``... by X`` after it; ``X's estimate`` / ``the X count``; a cue closing the
  clause or the sentence (``..., a YouGov poll found``, ``..., the agency said
  Saturday.``); the subject of a reporting or measuring verb in the figure's own
  clause, then in its sentence (``X said / estimated / listed / put the number
  at``, ``officials said``, ``Experts who re-examined ... said``), a pronoun or
  ``the agency`` resolved to the organisation last named; ``X and Y reported A
  and B, respectively``; a study or survey as subject (``a new survey shows``),
  which also makes the figure rest on that study;
* **not a figure of the quantity**: dates, durations, sample sizes (``a survey
  of 13,000 children``), scope (``in 11 countries``), counts of sources
  (``three agencies``), labels (``the top 1 percent``), margins of error, small
  counts spelled out (``three things``).

Figures for one quantity named two ways are one question: shares of differently
named things whose sentences share the headline's own content words (``73 per cent of
reefs`` and ``20 per cent of coral ... bleached`` under a headline about bleaching);
counts where one source's counted ones got the other's things (``households received
eviction notices``); a sum called a cost, price tag or bill. A figure a source repeats
to reject it (``the figure of 200,000 was scaremongering``) is the first source's.

A source giving a new value with words of revising (``new``, ``revised``,
``down from its previous estimate of``) revised itself, not disputed: the older
reading is marked ``revised`` and kept out of the question. A figure in the
article's own narration that another source contradicts, where the article
weighs it (``but``, ``records show``, ``we found``), is the article's position.
Organisations are found by head nouns (``Ministry``, ``Agency``,
``Institute``...), acronyms, ``X of Y`` and ``Portugal's agriculture
ministry``; who a person's name is, by the speech engine's
:func:`~provenance.speech.match_person`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..lazy import lazy_compile
from ..numbers import (
    BOUND_WORDS,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    HEDGE_WORDS,
    MONTH_NAMES,
    MONTH_WORDS,
    MONTHS_RE,
    NEARER,
    PEOPLE_PRESENT_VERBS,
    PER_THING_UNITS,
    PLURAL_NOUNS,
    PREFIXED_TONNES,
    SCALES,
    SYMBOL_NAMES,
    SYMBOL_NO_UNIT,
    UNIT_SYMBOLS,
    WEEKDAYS_RE,
    Figure,
    canonical_unit,
    measure_unit_names,
    plural,
    rate_base,
    singular,
    without_closing_quote,
)
from ..speech import match_person
from ..speech.attribute import PersonLike
from ..speech.cues import AUTHOR_VERBS, MEASURE_AT_VERBS, SAY, document_verbs, inflect
from ..speech.furniture import (
    ENTRY_TIME,
    KICKER_RE,
    dateline_end,
    in_title_case,
    publication_masthead,
)
from ..speech.interview import post_holder
from ..speech.roles import (
    BODY_KINDS,
    COMPANY_LAST_WORDS,
    COMPANY_WORDS,
    KIND_NAME_WORDS,
    OFFICE_ROLES,
    PERSON_TITLES,
    SERVICE_BODIES,
    TITLE_SET,
)
from ..speech.speakers import (
    ABBREVIATIONS,
    BODY_FIRST_WORDS,
    BODY_NOUN_OF,
    DOCUMENTS,
    NAME_PLAIN,
    OCCASION_AFTER_RE,
    QUESTION_WORDS,
    UP,
    acronym_name,
    bodies_of_kind,
    body_introduced,
    clean_name,
    fold,
    is_person_noun,
    joined_by_ampersand,
    name_apposed,
    named_body,
    person_after_possessive,
    sentence_end,
    sentence_start,
    titled_name,
)

_SP = r"[ \u00a0]"
#: The small words inside a body's name in the languages the world's press quotes
#: ("Observatorio Materno-Infantil del Sur", "Landesamt für Umwelt", "Instituto de ...").
_NAME_JOINS = ("de|del|des|du|da|do|dos|das|der|für|di|della|y|e|et|und|para|pour|la|las|los|"
               "el|le|les")
#: Words before a figure that make it the scope of a sentence, not its measure.
SCOPE_PREPS = {"in", "across", "among", "within", "from", "between", "for", "on", "into", "at",
               "aged", "age", "ages", "over", "after", "before", "since", "until", "during",
               "than", "by", "per", "no", "route", "page", "chapter", "section", "room"}
#: Prepositions before a share of a named population that still measure it: "bleaching on
#: 73 percent of reefs", "found in 40 percent of patients", "accounted for 18% of registrations".
_SHARE_PREPS = frozenset({"on", "in", "across", "among", "for"})
#: Words for what a study yields, which say no more of who gives a figure than the study
#: does ("according to findings released last May", "according to data issued").
_RESULT_NOUNS = frozenset("results findings data figures statistics numbers".split())
#: A passive verb and its "by", right before a share that is its agent: "was reported by",
#: "were experienced by".
_PASSIVE_BY_RE = re.compile(r"\b[a-z]{3,}(?:ed|en)[ \u00a0]+by[ \u00a0]+$")
#: Words that begin or do work on the things a count after them counts: "broke ground on",
#: "began work on", "started construction on".
_WORK_ON_RE = re.compile(
    r"\b(?:(?:break|breaks|broke|broken|breaking)[ \u00a0]+ground|(?:begin|begins|began|begun|"
    r"beginning|start|starts|started|starting|finish|finished|complete|completed|halt|halted|"
    r"stop|stopped|resume|resumed)[ \u00a0]+(?:work|construction|building))[ \u00a0]+on[ \u00a0]+$",
    re.I)
#: A passive verb of an audience or a following, and its "by", before a count of its agent:
#: "was watched at its peak by", "had been downloaded by", "is used by".
_AUDIENCE_BY_RE = re.compile(
    r"\b(?:was|were|been|being|is|are)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:watched|viewed|seen|"
    r"attended|visited|used|downloaded|installed|read|followed|streamed|played|heard|"
    r"signed|joined|shared|liked|backed|supported|opposed)\b"
    # ("watched at its peak by": a phrase of when or where, no other verb, between)
    r"(?:[ \u00a0]+(?:at|in|on|during|over|across)[ \u00a0]+[^.;:!?\d,]{0,25}?)?"
    r"[ \u00a0]+by[ \u00a0]+$", re.I)
#: Nouns of measurement: "the count stood at", "an estimate of", "the death toll of".
MEASURE_NOUNS = {"estimate", "estimates", "count", "counts", "tally", "tallies", "toll", "tolls",
                 "figure", "figures", "number", "numbers", "total", "totals", "statistic",
                 "statistics", "data", "projection", "calculation", "turnout", "attendance",
                 "crowd", "score", "rate", "level", "sum", "forecast", "reckoning"}
#: The verbs of speech that give a figure ("said", "estimated", "claimed", "promised"): the
#: speech engine's lexicon (:data:`provenance.speech.cues.SAY`), the part of it that
#: reports or forecasts; its other verbs ("described", "attacked", "compared") frame a
#: quotation but give no figure, and made a source of any name before them.
GIVES_FIGURE = [v for v in SAY if v in frozenset(
    "say state tell announce declare claim report estimate note write argue insist maintain "
    "contend counter suggest conclude cite quote confirm predict warn add explain testify "
    "offer forecast promise pledge vow guarantee assure".split())]
#: Verbs of measuring and finding a figure (general English): "put the number at",
#: "counted", "recorded", "found", "showed", "raised its estimate".
MEASURING = """
list put place peg give count record register tally calculate project find show release
assess value promote advertise quote attribute
publish issue indicate believe tout boast revise lower raise update correct amend restate
keep expect anticipate reckon
guide log identify verify catalogue catalog document
""".split()
_FORMS = {"put": ("put", "puts", "putting"), "find": ("find", "found", "finds", "finding"),
          "give": ("give", "gave", "gives"),  # "has given $60 million" is a gift
          "show": ("show", "showed", "shown", "shows", "showing"),
          "keep": ("keep", "kept", "keeps", "keeping"),
          "forecast": ("forecast", "forecasted", "forecasts", "forecasting"),
          # (only its past: "documents" is a noun far more often)
          "document": ("documented",)}
#: Base forms that are verbs far more often than nouns ("officials say", "the figures
#: show"); the others ("a report", "its count", "a record") count only inflected.
_BASE_OK = frozenset("say claim report estimate list give find show insist maintain argue "
                     "contend counter believe expect promise pledge vow predict put "
                     "forecast".split())
#: Verbs that report or measure a figure, in every form (the speech engine's inflection,
#: :func:`provenance.speech.cues.inflect`).
REPORT_VERBS = frozenset(f for v in GIVES_FIGURE + MEASURING
                         for f in _FORMS.get(v, inflect(v))
                         if f != v or v in _BASE_OK)
#: Head nouns that make a capitalised phrase an organisation.
ORG_NOUNS = {
    "ministry", "agency", "agencies", "center", "centre", "centers", "centres", "bureau",
    "office", "department", "service", "services", "institute", "institution", "university",
    "association", "society", "council", "commission", "committee", "board", "authority",
    "administration", "organization", "organisation", "foundation", "group", "party", "union",
    "nations", "press", "times", "post", "news", "journal", "magazine", "network",
    "corporation", "company", "bank", "fund", "police", "government", "parliament",
    "congress", "senate", "court", "hospital", "clinic", "school", "college", "academy",
    "laboratory", "lab", "programme", "program", "project", "coalition", "alliance",
    "federation", "league", "trust", "statistics", "nation", "army",
    "force", "forces", "guard", "cross", "crescent", "mission", "team", "panel", "unit",
    "inc", "ltd", "llc", "co", "corp", "daily", "herald", "tribune", "guardian", "telegraph",
    "observer", "independent", "mirror", "express", "gazette", "chronicle", "reuters",
    "bloomberg", "cnn", "bbc", "abc", "cbs", "nbc", "npr", "pbs", "scientist", "american",
    "economist", "secretariat", "directorate", "inspectorate", "observatory",
    "registry", "register", "assembly", "cabinet", "state", "city", "county",
    "confederation", "chamber", "syndicate", "cooperative", "co-operative", "co-op",
    "consortium",
    "caucus", "industry", "lobby", "watchdog", "regulator", "charity", "firm",
    "partnership", "initiative", "campaign", "tank", "house", "utility", "delegation", "system",
    "prefecture", "municipality", "embassy", "consulate",
    # institutions a town has: "The museum said", "the city's library"
    "museum", "library", "gallery", "zoo", "theatre", "theater", "archive", "archives",
    # company names: "Veltrix Pharma", "Acme Therapeutics"
    "pharma", "pharmaceuticals", "therapeutics", "biotech", "biosciences", "labs",
    "technologies", "holdings", "motors", "airlines", "airways", "energy", "media", "capital",
    "partners", "ventures", "industries", "systems", "solutions", "plc", "ag", "sa",
    "gmbh",
    # a firm by what it does: "the developer said", "the operator estimated"
    "developer", "operator", "maker", "manufacturer", "insurer", "lender", "retailer",
    "carrier", "airline", "business", "club", "start-up", "startup", "contractor",
    "venture",  # ("the contractor says", "The joint venture building the line has raised")
    # more kinds of body a text names one by ("the forum said", "the ombudsman found")
    "forum", "consultancy", "ombudsman", "tribunal", "taskforce", "think-tank",
    # (the head nouns of bodies in the languages that put them first, "Banco de Portugal",
    # "Landesamt für Umwelt", are speech's one lexicon, joined below)
}
#: Bodies named head first in their own language, written with or without accents
#: (:data:`provenance.speech.speakers.BODY_FIRST_WORDS`, one list for both engines).
ORG_NOUNS |= BODY_FIRST_WORDS | {fold(w) for w in BODY_FIRST_WORDS}
#: ... and the crews of the emergency services ("the brigade said"), speech's too.
ORG_NOUNS |= SERVICE_BODIES
#: Words for a person's role or job that come before a name ("spokesperson Maria Chen",
#: "aide Tom Ruiz"): the name after one is a person, never a body. A general lexicon.
PERSON_ROLES = OFFICE_ROLES  # (speech's lexicon of offices and jobs: one list of them)
#: A person's job set beside their name: ", an agency spokeswoman", ", the firm's chief
#: economist", ", an analyst at X" (a name before one is a person's).
A_ROLE_AFTER_RE = re.compile(
    r",[ \u00a0]+(?:an?|the|its|their)[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){0,4}?(?:"
    + "|".join(sorted(PERSON_ROLES, key=len, reverse=True)) + r")\b")
#: Words for people or sources in general: "officials said", "experts estimated".
GENERIC_SOURCES = {"officials", "official", "experts", "expert", "researchers", "researcher",
                   "scientists", "scientist", "authorities", "police", "organizers",
                   "organisers", "analysts", "analyst", "economists", "doctors", "estimates",
                   "sources", "observers", "critics", "advocates", "activists", "spokesman",
                   "spokeswoman", "spokesperson", "representative", "government",
                   "investigators", "groups",
                   "organisations", "organizations", "charities", "campaigners", "unions",
                   "agencies", "workers", "residents", "witnesses", "forecasters", "pollsters",
                   "ministers", "lawmakers", "legislators", "diplomats", "aides",
                   # more groups of people who give figures (a general lexicon)
                   "stewards", "academics", "statisticians", "epidemiologists", "demographers",
                   "historians", "nurses", "teachers", "farmers", "lawyers", "engineers",
                   "planners", "inspectors", "monitors", "journalists", "reporters",
                   "employers", "traders", "retailers", "landlords", "protesters",
                   "scholars", "physicians", "surgeons", "consultants", "auditors",
                   "regulators", "prosecutors", "negotiators", "managers", "executives",
                   "staff", "volunteers", "locals", "parents", "opposition",
                   "management", "bosses", "opponents", "supporters", "operators",
                   "developers", "owners", "insiders", "brigades",
                   "firefighters", "paramedics", "rescuers",
                   # "A team at the University of Leeds ... estimated": the body it is at
                   "team", "teams"}
#: A noun for whoever does a thing, by its English ending (builder, contractor, supplier,
#: exporter, landlord aside, economist, technician, auctioneer, claimant, resident): the
#: subject of a verb that reports a figure when it is a person or a body the text names by
#: what they do. The words of those endings that name things are listed apart.
_AGENT_END_RE = re.compile(r"(?:er|or|ist|ian|ant|(?<!m)ent|lord|lady)s?$")
_NOT_AGENTS = frozenset(
    "number paper letter order other matter quarter border sector factor error meter metre "
    "counter monitor register computer calculator indicator filter layer cluster chapter "
    "poster charter character parameter water weather winter summer river tower power "
    "cancer disaster shelter answer corner banner floor door corridor mirror motor tractor "
    "vector colour color honour honor labour labor rumour rumor humour humor terror anchor "
    "interior exterior latter former minor major senior junior percent event extent content "
    "current accident incident component talent intent rent cent plant grant giant variant "
    "list checklist median total together however whatever".split())


def actor_noun(word: str) -> bool:
    """Whether a common noun names someone who does something ("builder", "contractors",
    "the insurer"): a source when it is the subject of a verb that gives a figure."""
    w = word.lower()
    return len(w) > 4 and bool(_AGENT_END_RE.search(w)) and w not in _NOT_AGENTS and \
        singular(w) not in _NOT_AGENTS and w.isalpha()


#: Studies, surveys and reports as the subject of a figure ("a new survey shows").
STUDY_NOUNS = {"study", "studies", "survey", "surveys", "report", "reports", "poll", "polls",
               "review", "analysis", "census", "trial", "paper", "research", "data",
               "estimate", "assessment", "audit", "investigation", "count"}
#: The state a count of people is in: "70,000 people ... were dead" counts deaths.
STATES = {
    "dead": "death", "died": "death", "killed": "death", "deaths": "death", "death": "death",
    "fatalities": "death", "lives": "death", "drowned": "death", "perished": "death",
    "missing": "missing", "injured": "injured",
    "wounded": "injured", "homeless": "displaced", "displaced": "displaced",
    "evacuated": "displaced", "unaccounted": "missing",
    # those a collapse or a flood holds, by a bare number: not yet reached, so among the
    # missing ("up to 30 trapped" and "19 unaccounted for" answer one question; never
    # "1.2 million children trapped in poverty": :func:`_state`)
    "trapped": "missing",
}
#: The words of :data:`STATES` that stand before a noun ("dead pups", "injured fans").
_STATE_ADJECTIVES = frozenset("dead missing injured wounded homeless displaced".split())
#: People counted by their household, whom a disaster leaves homeless (displaced).
_HOMES_OF_PEOPLE = frozenset({"family", "household", "resident", "person"})
#: Counted nouns that mean the same quantity.
SYNONYMS = {
    "dead": "death", "death": "death", "fatality": "death", "killed": "death", "toll": "death",
    "death toll": "death", "victim": "death", "body": "death", "life": "death",
    "person": "people", "individual": "people", "resident": "people", "turnout": "people",
    "attendance": "people", "crowd": "people", "attendee": "people", "participant":
    "participant", "volunteer": "participant", "volunteer participant": "participant",
    "subject": "participant", "child": "child", "kid": "child", "youngster": "child",
    # people counted as a population: a share "of voters" and "of residents" is of people
    "voter": "people", "adult": "people", "respondent": "people", "citizen": "people",
    "public": "people", "american": "people", "briton": "people", "inhabitant": "people",
    # (a household counted is a home: "51,000 households" and "90,000 homes" without
    # power; a share of them is of people: _SHARE_OF_HOMES)
    "household": "home", "population": "people", "britons": "people",
    "protester": "people", "demonstrator": "people", "marcher": "people", "spectator": "people",
    "visitor": "people", "supporter": "people", "refugee": "people", "migrant": "people",
    "evacuee": "people", "those": "people", "passenger": "people", "pilgrim": "people",
    "worshipper": "people", "fan": "people", "tourist": "people", "commuter": "people",
    # a crowd, in the words news counts it in ("85,000 revellers", "40,000 mourners"; any
    # "-goer" too: _norm_noun)
    "reveller": "people", "reveler": "people", "mourner": "people", "onlooker": "people",
    "bystander": "people", "punter": "people", "ticket-holder": "people",
    "ticketholder": "people", "worshiper": "people", "well-wisher": "people",
    # crimes and losses news counts under more than one name
    "break-in": "burglary", "housebreaking": "burglary", "home burglary": "burglary",
    "layoff": "job cut", "redundancy": "job cut", "job loss": "job cut",
    "livelihood": "job",  # "watch 700 livelihoods disappear" (a union's word for jobs)
    # an outbreak's cases and infections: one count ("1,240 cases", "5,000 infections")
    "infection": "case",
    # a transit line's use, counted in trips under any name ("14,200 passenger trips",
    # "9,850 weekday boardings", "9.7 million passenger journeys")
    "boarding": "trip", "journey": "trip", "passenger trip": "trip",
    "passenger journey": "trip",
    # ("high schoolers" are high school students, "middle schoolers" middle school ones)
    "schooler": "student",
    # things news counts under two names: "1,400 houses" and "2,000 homes" destroyed,
    # "3,000 troops" and "5,000 soldiers", "800 pupils" and "950 students"
    # (but as one only where they fare alike: _two_names; pupils at school and students
    # at a university are none)
    "house": "home", "dwelling": "home", "troop": "soldier",
    # homes by a utility's or a surveyor's word: "64,300 customers" off supply, "up to
    # 70,000 properties affected", "closer to 90,000 homes"
    # (not customers: a phone network's customers are people)
    "property": "home", "premises": "home",
    "asylum seeker": "people", "seeker": "people",
    "position": "job",  # "eliminate 712 positions" (an employer's word for its jobs)
    "role": "job",  # "80 new warehouse roles" (a job by its duties)
    "departure": "flight",  # "34% of its departures" and "18 per cent of its flights"
    "employee": "worker", "staffer": "worker",  # "312 workers" and "87 employees" underpaid
    "canadian": "people", "australian": "people", "european": "people", "indian": "people",
    "african": "people", "asian": "people", "latino": "people", "hispanic": "people",
    # units of measure spelled two ways, metric and American: "2.4 million metric tons",
    # "2.2 million tonnes" and "2.3 million tons" of one catch are one quantity
    "ton": "tonne", "metric ton": "tonne", "kiloton": "kilotonne", "megaton": "megatonne",
    "liter": "litre", "milliliter": "millilitre", "kiloliter": "kilolitre",
    "megaliter": "megalitre", "gigaliter": "gigalitre", "kilo": "kilogram",
    "bbl": "barrel",
}
#: A festival's or a party's crowd under the words of going out: people too.
SYNONYMS.update({"reveller": "people", "reveler": "people", "festivalgoer": "people",
                 "festival-goer": "people", "concertgoer": "people", "partygoer": "people"})
#: A share of families or of homes is a share of households, so of people ("18% of
#: households", "nearly one in three families", "a quarter of homes"); as counts they
#: stay apart ("400 homes destroyed" counts buildings, "2,000 families" no people).
_SHARE_OF_HOMES = {"family": "people", "home": "people",
                   # "nearly 11 percent of the state", "a fifth of the country": of its people
                   "state": "people", "country": "people", "nation": "people",
                   "county": "people", "province": "people"}
#: Nouns that count people as a population, whatever the writer's word: "1,200 people",
#: "900 newcomers", "650 residents" are one quantity (a general lexicon of English
#: population nouns; a capitalised plural such as "Texans" or "Kenyans" is one too).
PERSON_NOUNS = frozenset(
    "person individual resident inhabitant citizen local national native newcomer arrival "
    "migrant immigrant emigrant settler dweller mover soul human folk populace "
    "occupant tenant renter homeowner householder adult sleeper".split())  # ("rough sleepers")
# (never "transplant": "412 kidney transplants" are operations, as often as "Texas
# transplants" are people who moved)
SYNONYMS.update({n: "people" for n in PERSON_NOUNS})
#: Verbs whose subject is people: "20,000 marched", "3,000 fled the city".
#: A phrase of time that opens a sentence with no comma after it: "A week later the
#: council put", "Last month the agency said", "On Monday the ministry", "In March 2024 the
#: board" (a general lexicon of English time adverbials).
_TIME_PHRASE = (
    # (its first letter in either case: after a colon the clause opens in lower case)
    rf"(?i:(?:A|An|One|Two|Three|Four|Five|Six|Several|A{_SP}+few){_SP}+"
    # (never "after"/"before", which take an object: "A day after the storm the ...")
    rf"(?:day|week|month|year|fortnight)s?{_SP}+(?:later|earlier|on)"
    rf"|(?:Last|This|Next|Earlier{_SP}+this|Later{_SP}+that|Earlier{_SP}+that){_SP}+"
    rf"(?:week|month|year|spring|summer|autumn|fall|winter|{WEEKDAYS_RE})"
    rf"|(?:On|By){_SP}+(?:{WEEKDAYS_RE})"
    rf"|In{_SP}+(?:(?:{MONTHS_RE})(?:{_SP}+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    rf"|(?:Later|Earlier){_SP}+(?:the{_SP}+same|that){_SP}+(?:day|week|month|year|morning|"
    rf"afternoon|evening|night)"
    rf"|(?:Yesterday|Today|Later|Earlier|Then))")
_TIME_LEAD = rf"{_TIME_PHRASE}{_SP}+(?=[Tt]he{_SP}|[Ii]ts{_SP}|[Tt]heir{_SP})"
#: A subject zone of fronted phrases of time or place, each closed by a comma (or one
#: phrase of time with none, :data:`_TIME_LEAD`), then a plain noun phrase right before
#: the verb: "On Monday, before the formal announcement, the company " (group ``np``).
_FRONTED_THEN_NP_RE = re.compile(
    rf"{_SP}*(?:(?:On|In|At|After|Before|During|Last|Earlier|Later|By|Since|Until|Early|Late)"
    rf"\b[^,;:.“”\"]{{1,60}},{_SP}*(?:(?:after|before|during|in|on|at|since|until)\b"
    rf"[^,;:.“”\"]{{1,60}},{_SP}*)?|{_TIME_LEAD})"
    rf"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,3}}?[a-z][\w-]*"
    rf"|[{UP}][\w&-]*(?:{_SP}+[{UP}][\w&-]*){{0,4}}){_SP}*")
#: An aim before a length of time in its sentence: "aims to process applications within 3
#: weeks on average" is a target, no time measured.
_AIMED_BEFORE_RE = re.compile(
    r"(?i)\b(?:aims?|aiming|aimed|targets?|targeted|pledged?|promised?|plans?|wants?|hopes?)"
    r"\b[^.;:!?]{0,80}$")
#: A phrase of time with no comma (:data:`_TIME_PHRASE`, as :data:`_TIME_LEAD` reads it
#: before a noun phrase), then a pronoun, as a whole subject zone: "A day later it", "Last
#: week they" (group 1: the pronoun).
_TIME_LEAD_PRONOUN_RE = re.compile(rf"{_SP}*{_TIME_PHRASE}{_SP}+(it|they|he|she){_SP}*")
#: "the figure" and its verb right before a bare number: "puts the figure at", "putting
#: the number at", "the total was" (what the article counts, named by no noun of its own).
_THE_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|that|this)[ \u00a0]+(?:real[ \u00a0]+|true[ \u00a0]+|actual[ \u00a0]+)?"
    r"(?:figure|number|total|tally|count|estimate)[ \u00a0]+(?:at|to|is|was|of)"
    # (a hedge, "nearly 61,000", is the figure's own text)
    r"(?:[ \u00a0]+(?:just|only))?[ \u00a0]*$", re.I)
#: Before a figure: a goal set for the quantity, then its verb ("the national target is an
#: average response of", "a target of", "the legal limit is").
_GOAL_BEFORE_RE = re.compile(
    r"\b(?:target|goal|benchmark|limit|threshold)s?(?:[ \u00a0]+[a-z]+)?[ \u00a0]+"
    r"(?:is|was|of|remains|stands[ \u00a0]+at|set[ \u00a0]+at)"
    r"(?:[ \u00a0]+(?:an?|the))?(?:[ \u00a0]+(?:average|mean|maximum|minimum|median))?"
    r"(?:[ \u00a0]+[a-z]+)?(?:[ \u00a0]+of)?[ \u00a0]*$", re.I)
#: Before a goal: a count of those on one side of it, whose measure the figure is ("the
#: number of patients waiting longer than the 18-week target is 3.2 million").
_BEYOND_GOAL_RE = re.compile(
    r"\b(?:number|share|proportion|percentage|count|total)[ \u00a0]+of\b|\b(?:beyond|"
    r"than|below|above|over|under|within|outside|missed|missing|against)[ \u00a0]+"
    r"(?:the|a|an|its|their)?[^.;:!?]{0,40}$", re.I)
#: Right after a figure: the goal it is ("the 18-minute target").
_GOAL_AFTER_RE = re.compile(r"[ \u00a0]+(?:target|goal|benchmark|limit|threshold)s?\b", re.I)
#: A headline about a study's own size: a study's noun and a word of its size or count.
_SIZE_HEADLINE_RE = re.compile(
    r"(?i)^(?=.*\b(?:trial|study|experiment)s?\b)"
    r"(?=.*\b(?:size|sizes|sample|count|how[ \u00a0]+many|participants|volunteers|"
    r"enrol\w*)\b)(?!.*[.!?]\s*$)")


@functools.lru_cache(maxsize=4)
def _size_story(text: str) -> bool:
    """Whether the headline says the story is about how big a study was ("Fermented-food
    trial grows and shrinks in the retelling as university corrects its count"): then its
    sample sizes are the figures in dispute, not a study's detail."""
    end = _headline_end(text)
    line = text[:end].strip()
    # (a headline: a line of its own, short, ending in no full stop)
    return end < len(text) and len(line.split()) <= 25 and bool(_SIZE_HEADLINE_RE.match(line))


#: People named in two halves that make everyone: "210 children and adults", "men and
#: women" (never "women and girls", "children and teenagers": a group of its own).
_EVERYONE = ({"children", "adults"}, {"men", "women"})
_AND_PEOPLE_RE = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+(adults|children|men|women)\b")
#: Broad words for what a story counts more narrowly ("156 animals" of a wolf count).
_HYPERNYMS = frozenset(("animal", "creature", "bird", "fish", "tree", "plant", "vehicle"))
#: A measure of a plural noun earlier in the sentence: "its estimate of gray wolves".
_MEASURE_OF_PLURAL_RE = re.compile(
    r"\b(?:estimate|count|number|total|tally|population|census)s?[ \u00a0]+of[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+)?([a-z]{3,}s)\b[^,;:.!?]{0,60}?[ \u00a0](?:to|at)[ \u00a0]+$")
#: After a bare figure, a colon and what it counts: ": the count of visitors".
_COLON_COUNT_OF_RE = re.compile(
    r"[ \u00a0]*:[ \u00a0]*(?:the|its|their)[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?(?:count|number|total|tally|estimate)[ \u00a0]+of[ \u00a0]+"
    r"([a-z][a-z-]+s)\b")
_PEOPLE_VERB_RE = re.compile(
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:marched|protested|rallied|gathered|attended|"
    r"demonstrated|turned[ \u00a0]+out|took[ \u00a0]+part|fled|voted|queued|lined[ \u00a0]+up|"
    r"joined|signed|moved|arrived|emigrated|immigrated|migrated|relocated|left|camped|"
    r"rioted|struck|walked[ \u00a0]+out|showed[ \u00a0]+up|came|crossed|entered|"
    # (the present ones, "2,000 cross daily": the parser's list)
    rf"{'|'.join(PEOPLE_PRESENT_VERBS)})\b")
#: A time base after a figure: "daily", "a day", "per week", "each year", "every single
#: day", "an hour"; or a symbol's "/d", "/yr" ("540 Ml/d"), the last word naming the span.
_RATE_RE = re.compile(
    rf"^(?:(?:{_SP}+[\w’'-]+){{0,5}}?{_SP}+"
    # ("50.5 million tonnes in its monthly crop report": an adjective of another noun after
    # its determiner, no time base of the figure)
    rf"(?<!\bits{_SP})(?<!\bthe{_SP})(?<!\bher{_SP})(?<!\bhis{_SP})(?<!\bour{_SP})"
    rf"(?<!\btheir{_SP})(?<!\bthis{_SP})(?:(?<!\ba{_SP})(?<!\ban{_SP})|"
    # ("3,000 passengers on a daily basis": the rate, said with its article)
    rf"(?=[a-z]+{_SP}+basis\b))"
    rf"(?P<rate>daily|annually|yearly|weekly|monthly|hourly|"
    # ("nearly 3,000 missed collections in a single month": one month's count, no rate)
    rf"(?<!in{_SP}a{_SP})(?<!in{_SP}an{_SP})(?:(?<!in{_SP})(?:an?|per|each|every)|per|each|every)"
    rf"(?:{_SP}+single)?{_SP}+(?:day|week|month|year|hour)"
    # ("held about 1,380 people on an average day": a daily average, as "a day" is)
    rf"|on{_SP}+(?:an{_SP}+average|a{_SP}+typical|any{_SP}+given|a{_SP}+normal){_SP}+"
    rf"(?:day|week|month|year))"
    rf"|{_SP}*(?:{UNIT_SYMBOLS})?/(?P<rate2>d|day|wk|week|mo|month|yr|y|a|year|h|hr|hour))\b"
    # ("up from 500 a day earlier", "a year before": a time, not a rate)
    rf"(?!{_SP}+(?:earlier|before|later|ago|after)\b)")
_RATES = {"daily": "day", "day": "day", "d": "day", "annually": "year", "yearly": "year",
          "year": "year", "yr": "year", "y": "year", "a": "year", "weekly": "week",
          "week": "week", "wk": "week", "monthly": "month", "month": "month", "mo": "month",
          "hour": "hour", "hourly": "hour", "h": "hour", "hr": "hour"}
_CLAUSE_END_RE = re.compile(r"[,;:()—–]|\s[-–]\s|\b(?:but|while|whereas|although|and)\b")
_WORD_RE = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\d,.]*")
#: A capitalised word ("Ministry", "U.S.", "O'Brien", "Boston" of "Boston's"): atomic, and
#: a possessive "'s" is never part of it, so a run of names has one reading only (with two,
#: a line of capitalised words made the name patterns exponential).
CAP_TOKEN = (rf"(?>[{UP}](?:[\w&\-]|(?<![a-z]{{5}})\.|\.(?=\w)|[’'](?!s\b))*"
             # (a full stop after a long word ends its sentence, not an abbreviation:
             # "First Baptist Church in Dunmoor. Ridgeline's outage line" names no
             # "Dunmoor. Ridgeline"; "U.S.", "St.", "Corp." and "Amazon.com" keep theirs)
             rf"(?:[’']s(?=[ \u00a0]+[{UP}]))?"
             rf"|[{UP}]\.(?:[{UP}]\.)+)")
_CAP_TOKEN = CAP_TOKEN
#: A number inside a name, between two of its capitalised words ("Route 41 Safety
#: Coalition", "Local 1199 Healthcare Workers"): never a year, which dates what follows
#: ("In March 2024 Carrow Council said") rather than naming it.
_NAME_NUMBER = (r"(?!(?:1[89]|20)\d\d\b)\d{1,4}(?![\d,.%])[ \u00a0]+"
                # (nor a day's number before or after its month: "5 December Tarn Police",
                # "On March 12 Carrow Council": _trim_lead drops the month and the day)
                rf"(?!(?:{'|'.join(MONTH_NAMES)})\b)")


#: The numbered branches of a body, named by their number ("Local 417 of the ...",
#: "Lodge 12", "Station 9"): a name even where it opens a sentence.
_NUMBERED_UNITS = frozenset("Local Lodge Chapter Branch Station Precinct Ward Post".split())
#: Of those, the words a number ends a body's name after: a union's local or lodge, a
#: party's branch, a city's precinct, ward or fire station, a veterans' post ("United
#: Steelworkers Local 1104", "Teamsters Local 2010": a number as a year may be a local's;
#: "VFW Post 8870"). Not "Chapter" ("Chapter 11 filings"); nor a number of days after a
#: paper's name ("The Washington Post 12 days ago").
_BRANCH_WORDS = tuple(sorted(_NUMBERED_UNITS - {"Chapter"}))
#: ... that number after its word, at a name's end (never a share: "Ward 3, 40 percent";
#: never a length of time: "Post 12 days ago").
_NUMBERED_TAIL = ("(?:(?:" + "|".join(rf"(?<=\b{w})" for w in _BRANCH_WORDS) +
                  rf"){_SP}+\d{{1,5}}(?![\d%]|[,.]\d|{_SP}*(?:-|–|—)?"
                  rf"{_SP}*(?:per{_SP}*cent|percent)\b|{_SP}+(?:days?|weeks?|months?|years?|"
                  rf"hours?|minutes?)\b))?")
#: A name that ends in such a number, right before a verb: "Local 1104 says" (the verb a
#: subject's, never a noun after a count).
_NUMBERED_NAME_END_RE = re.compile(rf"\b(?:{'|'.join(_BRANCH_WORDS)}){_SP}+\d{{1,5}}{_SP}+$")


def _cap_name(most: int) -> str:
    """A name of capitalised words, up to ``most`` more after the first, joined by spaces
    or by of/for/and/& ("Department of Health", "Doctors for Justice"), and "of the"/"for
    the" as :data:`PROPER_RE` joins them ("Office of the Rail Ombudsman"): one pattern
    for each reader of names before a verb or after "from"/"by"."""
    return (rf"{_CAP_TOKEN}(?:(?:{_SP}+(?:(?:of|for){_SP}+the|of|for|and|&){_SP}+|{_SP}+"
            rf"{_NAME_NUMBER}|{_SP}+){_CAP_TOKEN}){{0,{most}}}{_NUMBERED_TAIL}")


#: A body's measure, as a name's owner ("the Red Cross's estimate", "WHO data", "the
#: figure from the union"): those of :data:`MEASURE_NOUNS` a body gives, with plurals.
_BODY_MEASURE = (r"(?:(?:estimate|figure|count|toll|number|total|projection|calculation|"
                 r"median|average)s?"
                 r"|tall(?:y|ies)|data|statistics)")
#: Nouns of what someone asserts ("claim", "assertion").
_CLAIM_NOUNS = r"(?:claim|assertion|contention|allegation)s?"
#: ... and by whom, after it: "a claim by the Migraine Voices Network, a patient charity,
#: that" (the name up to its apposition and the "that" whose clause holds the figure).
_CLAIM_BY_RE = re.compile(
    rf"\b{_CLAIM_NOUNS}{_SP}+by{_SP}+(?:the{_SP}+)?"
    rf"(?P<name>{_cap_name(6)})(?:,[^,.;:!?]{{1,80}},)?{_SP}+that\b(?:(?!\bthat\b)[^.;!?])*$")
#: A noun of what someone asserts, before the clause it asserts: "X's claim that", "the
#: union's assertion that" (X gives the figures of that clause).
_CLAIM_THAT = rf"{_CLAIM_NOUNS}(?=[ \u00a0]+that\b)"
#: "on" inside a name, never before a day or a date: "Committee on Climate Change", not
#: "the Senate Judiciary Committee on Oct. 3" nor "issued by Velmont Pharma on Monday"
#: (one rule for figures' names and studies').
ON_NOT_DATE = rf"on(?!{_SP}+(?:{WEEKDAYS_RE}|{MONTHS_RE})\b)"
#: A proper noun phrase: "National Coordination Agency for Disaster Relief", "U.S. Census
#: Bureau", "Boston University’s Remote Sensing Center", "Nation of Islam".
PROPER_RE = re.compile(
    # ("Office of the Information Ombudsman", "Department of the Interior": "of the" joins)
    rf"{_CAP_TOKEN}(?:(?:{_SP}+(?:(?:of|for|on){_SP}+the|of|for|{ON_NOT_DATE}|and|&|de|du|la|"
    rf"the|’s|'s){_SP}+|{_SP}+{_NAME_NUMBER}|{_SP}+|[’']s{_SP}+){_CAP_TOKEN}){{0,9}}"
    rf"{_NUMBERED_TAIL}")
_ACRONYM_RE = re.compile(rf"^(?:[{UP}]{{2,6}}|(?:[{UP}]\.){{2,4}})$")
_LEAD_WORDS = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile",
               "Still", "Yet", "So", "Then", "Now", "Also", "If", "When", "While", "As",
               "After", "Before", "With", "From", "For", "By", "According", "This", "That",
               "These", "Those", "Its", "Their", "His", "Her", "Our", "New", "Other",
               # (a preposition opening a sentence: "Of 300 users asked, 12 per cent")
               "Of", "Among", "Amid", "Across", "Since", "Until", "Despite", "Without",
               "Under", "Between", "Unlike", "Like", "Through", "During", "Within",
               "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday",
               # (an adverb of time or manner: "Earlier today the operator told us 164")
               "Earlier", "Later", "Today", "Yesterday", "Tonight", "Overnight", "Previously",
               "Initially", "Originally", "Recently", "Separately", "Elsewhere", "Instead",
               "Overall", "Altogether", "Officially",
               # (a question's opening word: "FACT CHECK: Has Marlow County really planted
               # a million trees?")
               *QUESTION_WORDS}
_MONTH_WORDS = MONTH_WORDS
#: After a name in capitals that opens its line, what makes it a label of the page: its
#: colon, or its line's end ("THE CLAIM:", "OUR RULING"; never "from UNICEF: it said").
_LABEL_AFTER_RE = re.compile(r"[ \u00a0]*(?::|\n|$)")
#: A lede's first word in capitals ("ALMOST 90,000 squirrels ...", "A LEADING surgeon") is
#: a word of the sentence set in the style of the page, no acronym of a body.
_SHOUTED_LEADS = frozenset({w.upper() for w in _LEAD_WORDS} | {
    "THERE", "HERE", "IT", "WE", "THEY", "HE", "SHE", "YOU", "WHAT", "WHO", "WHY", "HOW",
    "ONE", "SOME", "MANY", "MOST", "ALL", "EVERY", "MORE", "NEARLY", "ALMOST", "ABOUT",
    "UP", "ONLY", "JUST", "EVEN", "LEADING", "TOP", "THOUSANDS", "MILLIONS", "HUNDREDS"})
#: Words after which "estimate", "report", "count" are nouns, not verbs.
_NOUN_LEADS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "previous",
               "new", "latest", "official", "first", "final", "initial", "earlier", "crowd",
               "death", "combined", "separate", "different", "our", "whose"}
#: Reporting verbs that are nouns too ("the first estimate", "its report"): after a
#: determiner they are no verb. "found", "said" never are ("Patients First found").
_NOUNISH = {"estimate", "estimates", "report", "reports", "count", "counts", "claim",
            "claims", "list", "lists", "record", "records", "finding", "findings", "show",
            "shows", "update", "updates", "forecast", "forecasts", "projects", "issues",
            "notes", "quotes", "places", "puts", "raises", "cites", "expect"}
#: Words that end a subject's noun phrase beside :data:`_SUBJECT_TAIL` (whose adverbs of
#: time, "later", "then", it holds): a possessive ("the group later edited its post").
_SUBJECT_END_WORDS = frozenset("also first its their his her our itself".split())
#: Who a study's findings are the work of, named by their kind: "the team found".
_STUDY_TEAMS = frozenset(("team", "researchers", "authors", "scientists", "investigators"))
#: A possessive determiner and one word before a noun that is a verb too, with a comma
#: after it: "through their GP records, the team found" (no verb; "Her group estimates
#: that" is one).
_OWNER_MODIFIER_BEFORE_RE = re.compile(
    r"\b(?:their|its|his|her|our|my|your)[ \u00a0]+[\w’'-]+[ \u00a0]+$", re.I)
#: How a possessive word ends ("mayor's", "unions’"), as the word loop reads it.
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "dozens", "hundreds", "thousands", "millions", "some", "many", "most", "few",
                 "all", "half"}
_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_PRONOUNS = {"it": "org", "its": "org", "they": "any", "their": "any", "he": "person",
             "she": "person", "his": "person", "her": "person", "we": "any", "i": "person"}


#: :attr:`Source.how` of a source no rule found, guessed (:mod:`provenance.extract.guess`).
GUESSED = "guess"


@dataclass(slots=True)
class Source:
    """Who gives a figure, as the text names them."""

    name: str
    kind: str  # person | organisation | study | generic | article (its own narration)
    #: A person of the extraction (``PersonDraft.id``), when the source is one.
    person_id: str | None = None
    #: How the text says so: quote, according-to, by, possessive, subject, pronoun,
    #: respectively, headline; guess (:data:`GUESSED`: no rule found one).
    how: str = "subject"
    start: int = -1
    #: The study (``StudyMention.id``) when the source is a study or its organisation.
    study: str | None = None
    #: For a person: True when the speech engine gives the sentence to them too (so the
    #: draft's ``by:`` passes ``check``); False puts them in a note instead.
    confirmed: bool = True
    #: For an organisation: True when an unnamed voice of it gives the figure ("a
    #: spokeswoman for X said"), so the draft credits the body with ``by:``.
    voice: bool = False
    #: For an organisation: the person (``PersonDraft.id``) who gives the figure in its
    #: name ("Our 87 percent is what carriers certify," office director Paul Inverson
    #: said): the side is the body's, the words are theirs (W3C PROV's
    #: ``actedOnBehalfOf``), so ``by:`` names them. Set by
    #: :func:`provenance.extract.behalf.figures_of_bodies`.
    via: str | None = None

    @property
    def guessed(self) -> bool:
        """The draft's best guess, no reading of the text: a name for the journalist to
        check."""
        return self.how == GUESSED


@dataclass(slots=True)
class FigureClaim:
    """A figure for a quantity, with who gives it, ready to be a draft claim."""

    figure: Figure
    #: What is counted, normalised: "death", "people per day", "share of child".
    quantity: str
    #: What is counted as the text says it ("people", "children in the country").
    noun: str
    source: Source | None
    sentence: tuple[int, int]
    #: The study (``StudyMention.id``) the figure rests on, when the text says so.
    study_id: str | None = None
    #: The place the text counts in ("Indonesia"), when it names one.
    place: str | None = None
    #: True when the same source gives a later figure for the same quantity.
    revised: bool = False
    #: The figure the same source revised this one to (index into the list).
    revised_to: int | None = None
    group: int | None = None
    #: Whom a share backs or rates, when the text names them ("46 percent back Smith",
    #: "put Jones at 45 percent"): shares for different targets are different quantities.
    target: str | None = None
    #: The draft claim written for it (set by the draft writer).
    claim_id: str | None = None
    #: Who ``check`` reads the figure's sentence as said by, when not its source (a
    #: person id: a quotation reporting someone else's figure; set by the extractor).
    said_by: str | None = None
    #: Put in its question as an answer in its source's own words (grouping's last rule):
    #: the question keeps the name its other answers give it.
    joined: bool = False
    #: A fall in a question of change where other sources give a rise ("burglaries fell
    #: by 12 per cent" against "rose by 3 per cent"): its estimate is negative.
    falls: bool = False

    @property
    def start(self) -> int:
        return self.figure.start

    @property
    def end(self) -> int:
        return self.figure.end


def revision_of(figures: Sequence[FigureClaim], fc: FigureClaim,
                stop: Callable[[FigureClaim], bool]) -> FigureClaim | None:
    """The figure its source revised ``fc`` to (``revised_to``), followed on along that
    source's later revisions until one ``stop`` accepts or that is not itself revised;
    None at the end of the line or in a loop. The one walk of a line of revisions, for
    the grouping (to the question it is in) and the draft (to the claim it became)."""
    seen: set[int] = set()
    j = fc.revised_to
    while j is not None and j not in seen:
        later = figures[j]
        if stop(later) or not later.revised:
            return later
        seen.add(j)
        j = later.revised_to
    return None


#: A verb that reckons a figure, then "at" (a few words between: "put the bill at"): the
#: figure after is what was reckoned, no place or time it is in ("looking at £61 million").
_RECKONED_AT_RE = re.compile(
    r"\b(?:looking|look|looks|valued|values|value|priced|prices|price|pegged|pegs|peg|"
    r"costed|assessed|reckoned|estimated|estimates|estimating|put|puts|putting|placed|places|"
    r"place|set|sets|stands|stood|standing)"
    r"(?:[ \u00a0]+[\w’'-]+){0,3}?[ \u00a0]+at[ \u00a0]*$")


def _word_before(text: str, pos: int, lo: int) -> str:
    m = re.search(r"([\w’'-]+)[\s\u00a0]*$", text[max(lo, pos - 40):pos])
    return m.group(1).lower() if m else ""




_INITIALS_END_RE = re.compile(rf"(?:\b[{UP}]\.){{2,}}$")


#: A date opening a run of capitalised words: "June 30", "5 December" (no name's part).
_DATE_LEAD_RE = re.compile(rf"^(?:(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}}|\d{{1,2}}\s+"
                           rf"(?:{'|'.join(MONTH_NAMES)}))\s+(?=[{UP}])")


def clean_source(name: str) -> str:
    """A source's name without a leading article, possessive or trailing punctuation."""
    name = " ".join(name.replace("\u00a0", " ").split())
    # "Retail Federation. Her": a sentence end, not "Gov. Terry McAuliffe" or "Mrs. Clinton"
    for m in re.finditer(rf"\b([{UP}a-z][a-z]+)\.\s", name):
        if m.group(1).lower() not in ABBREVIATIONS:
            name = name[:m.start(1) + len(m.group(1))]
            break
    name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name)
    name = _DATE_LEAD_RE.sub("", name)  # "June 30 Harlow Water": a date, then the name
    name = re.sub(r"[’']s?$", "", name)
    initials = "." in name and _INITIALS_END_RE.search(name.rstrip(" ,;:"))
    # "the U.N.": its last full stop is the initialism's, not punctuation after it
    name = name.rstrip(" ,;:") if initials else name.strip(" ,.;:")
    name = name.lstrip(" ,.;:")
    name = re.sub(r"\s+(?:on|in|at|for|of|and)\s+(?:" + "|".join(_DAYS | _MONTH_WORDS)
                  + r")\b.*$", "", name)
    return name


#: One word with a capital inside it, as firms write their names ("NubiaCloud",
#: "OutageWatch"): never a person's (not a surname's prefix: "McDonald", "DeSantis",
#: "DesJarlais", "MacLeod", "FitzGerald", "DellaVedova", "VanDyke").
_INNER_CAPITAL_RE = re.compile(rf"(?!(?:Mc|Mac|De|Des|Di|Da|Du|Le|La|Van|Von|Fitz|Della|Del|"
                               rf"Dos|Ter|Ten|San|St)[{UP}])"
                               rf"[{UP}][a-z]+(?:[{UP}][a-z0-9]*)+")


def is_org(name: str) -> bool:
    """True when a capitalised name is an organisation rather than a person."""
    words = name.replace("’s", "").replace("'s", "").split()
    if not words:
        return False
    if any(_ACRONYM_RE.match(w) for w in words):
        return True
    if joined_by_ampersand(words):
        return True
    if len(words) == 1 and _INNER_CAPITAL_RE.fullmatch(words[0].strip(".,")):
        return True  # "OutageWatch", "RoadLens": a brand's run-together words
    if any(w.lower().strip(".,") in ORG_NOUNS for w in words):
        return True
    if len(words) >= 2 and words[-1].lower() in COMPANY_LAST_WORDS and \
            words[-1][:1].isupper() and words[-2][:1].isupper():
        return True  # "Thresk Valley Water", never "Freight forwarders"
    # "Confederation of Portuguese Farmers", "Doctors of the World": a name joined by "of"
    # is a body, unless a title opens it ("Archbishop of Canterbury")
    return "of" in words[1:-1] and words[0].lower().strip(".") not in _TITLE_WORDS


#: Titles that make "X of Y" a person ("the Duke of Kent", "Mayor of London").
_TITLE_WORDS = frozenset("duke duchess prince princess king queen earl lord lady baron bishop "
                         "archbishop cardinal pope mayor governor secretary minister chancellor "
                         "president chairman chairwoman chair director head chief dean "
                         "speaker sheriff".split())


_BODY_WORDS = "|".join(sorted(("ministry", "agency", "department", "office", "bureau",
                               "institute", "service", "commission", "authority",
                               "government", "police", "regulator", "watchdog",
                               "statistics office", "health service", "central bank", "army",
                               "military", "council", "parliament"), key=len, reverse=True))
#: A town's or a club's own bodies, words of other meanings too ("Britain's trust in
#: charities", "Labour's union backers"): a body only after a word that says which
#: ("Brackwith's business association", "Quelmont's supporters' trust").
_OWN_BODY_WORDS = "|".join(sorted(("association", "trust", "union", "federation", "society",
                                   "chamber of commerce", "board", "committee",
                                   # ("Port Selby's water company", "the city's bus operator")
                                   "company", "utility", "operator", "provider", "firm"),
                                  key=len, reverse=True))
#: "Portugal's agriculture ministry", and "Maricopa County medical examiner's office": a
#: body named by its place and its kind in words.
_NOT_PLACE = ("The|A|An|She|He|It|They|We|I|You|But|And|Or|So|Yet|If|When|While|As|"
              "In|On|At|By|For|From|With|After|Before|This|That|These|Those|Its|Their|His|"
              "Her|Our|My|Your")
_NOT_BODY_WORD = ("said|says|say|told|tells|the|a|an|and|or|of|to|in|on|at|for|with|by|"
                  "from|that|which|who|whose|is|was|were|are|be|been|has|had|have|its|"
                  "their|his|her|our|this|these|those|not|also|then|now")
_POSSESSIVE_ORG_RE = re.compile(
    rf"\b(?!(?:{_NOT_PLACE})\b){_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,9}}"
    rf"(?:[’']s{_SP}+|{_SP}+(?=[a-z]))"
    rf"(?:(?:(?!(?:{_NOT_BODY_WORD})\b)[a-z][a-z-]+(?:[’']s|(?<=s)[’'])?{_SP}+){{0,3}}"
    rf"(?:{_BODY_WORDS})|(?:(?!(?:{_NOT_BODY_WORD})\b)[a-z][a-z-]+(?:[’']s|(?<=s)[’'])?{_SP}+)"
    rf"{{1,3}}(?:{_OWN_BODY_WORDS}))\b")


#: Kinds of body whose name may be one word, set beside the kind ("the animal welfare
#: group Dierenwacht", "Oxfam, a charity,"): bodies that a place or a person is never
#: called (not "city", "state", "house", whose one-word "names" are places). Not firms:
#: "the company" after two one-word brands ("Nimbel Pay, a start-up, and Orbex, a
#: retailer,") is neither, and the rules for firms read their kinds themselves.
_ONE_WORD_NAME_KINDS = frozenset(
    "group charity union watchdog network coalition alliance agency organisation "
    "organization foundation institute lobby tank non-profit nonprofit ngo "
    "regulator".split())
#: A name and what the text says it is: "The Hope Street Trust, a children's charity,".
_DESCRIBED_AS_RE = re.compile(
    rf"(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}}),"
    rf"{_SP}+(?:a|an|the){_SP}+(?:[\w’'-]+{_SP}+){{0,3}}?(?P<kind>[a-z]+(?:-[a-z]+)?)"
    # "..., a non-profit group based in Abuja.", "..., a charity which runs ...", "..., a
    # volunteer network of 300 carers,", "..., a crowd-analysis start-up spun out of ..."
    # (a participle after the kind, of any verb)
    rf"(?:[,.;]|(?={_SP}+(?:that|which|who|of|[a-z]{{3,}}ed|spun|set|run|led|built|made|"
    rf"grown|begun|known){_SP}))"
    # and what it is before its name: "the charity Bread for All", "the conservation group
    # Agua Limpia"
    # ("the patients' charity Patients' Voice Calder": a plural possessive among them)
    rf"|\b[Tt]he{_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,2}}?(?P<kind2>[a-z]+){_SP}+"
    rf"(?P<name2>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}})"
    # or with its name set beside it: "The national governing body, Run Britannia, says"
    # ("A volunteer group, Smooth Streets Harlow Falls, has its own count")
    # ("A civil society group, the Access to Justice Watch, put": "the" before the name)
    rf"|\b(?:[Tt]he|[Aa]n?){_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}?(?P<kind3>[a-z]+),{_SP}+"
    rf"(?:the{_SP}+)?(?P<name3>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the|to){_SP}+|{_SP}+)"
    rf"{_CAP_TOKEN}){{0,9}}),")


#: A body's kind opening its sentence in capitals with no article, then its name:
#: "Animal welfare group Dierenwacht went further", "Campaign group Save Our Seals says"
#: (the second way of :data:`_DESCRIBED_AS_RE`, with its group names).
_KIND_OPENS_NAME_RE = re.compile(
    rf"(?:^|(?<=[.!?]{_SP})|(?<=[.!?]”{_SP}))[{UP}][a-z]+{_SP}+"
    rf"(?:[a-z][\w’'-]*{_SP}+){{0,2}}?(?P<kind2>[a-z]+){_SP}+"
    rf"(?P<name2>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}})",
    re.M)


def _described_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """Each body the text describes by its kind, with the way it does (the suffix of the
    match's groups: "" for "X, a charity,", "2" for "the charity X", "3" for "A charity,
    X,"), in order."""
    got = [(km, "" if km.group("kind") else "2" if km.group("kind2") else "3")
           for km in _DESCRIBED_AS_RE.finditer(text)]
    got += [(km, "2") for km in _KIND_OPENS_NAME_RE.finditer(text)]
    return sorted(got, key=lambda x: x[0].start())


#: A unit symbol on its own, and a digit right before a word (with a space or none): the
#: "ML" of "12 ML" is the figure's unit, no name a later "the utility" can stand for.
_SYMBOL_ONLY_RE = re.compile(UNIT_SYMBOLS)
_DIGIT_BEFORE_RE = re.compile(r"\d[ \u00a0]?$")


def _is_unit_at(text: str, at: int, name: str) -> bool:
    """True when ``name`` at ``at`` is a unit symbol right after a number ("1,800 MW, the
    company said"): a figure's unit, which no later "the company" stands for."""
    return bool(_SYMBOL_ONLY_RE.fullmatch(name) and
                _DIGIT_BEFORE_RE.search(text, max(0, at - 2), at))


def _other_kind_heads(name: str, head: str) -> bool:
    """The name holds ``head`` but ends in another kind of body's word: "Charity Oversight
    Board" is a board, not "the charity"; "Lantern Wells Charity" is one."""
    words = name.lower().replace("’s", "").replace("'s", "").split()
    # (the head opens the name and another kind ends it; never "Harwick Hospital NHS
    # Trust", which is the hospital)
    return len(words) >= 2 and words[0] == head and words[-1] != head and \
        words[-1] in ORG_NOUNS and not _named_as_kind(name, head)


def _of_another_kind(text: str, opener: tuple[int, str, str], pos: int, noun: str) -> bool:
    """A body whose name says it is another kind than ``noun`` ("University of Orrin" is no
    board), unless the text calls it one between its name and ``pos``."""
    words = opener[1].lower().replace("’s", "").replace("'s", "").split()
    kinds = [w for w in words if w in _PLAIN_KINDS]
    return bool(kinds) and noun not in words and not _named_as_kind(opener[1], noun) and \
        not _opener_of_kind(text, opener[0], pos, noun)


#: Bodies whose name's word says plainly what they are and that nothing else calls them by
#: another kind's noun (a university is no board; a press is an agency, a news service).
_PLAIN_KINDS = frozenset("university college school hospital museum church court police "
                         "army library".split())


#: The words before a journal a study appeared in: "published in May in the".
_VENUE_BEFORE_RE = re.compile(rf"\b(?:published|appeared|appearing|printed)\b[^.;:!?]{{0,50}}"
                              rf"\bin{_SP}+(?:the{_SP}+)?$")
#: A journal's name: "Valemouth Journal of Eyes", "Annals of ...", "The Lancet".
_JOURNAL_NAME_RE = re.compile(r"\b(?:Journal|Annals|Proceedings|Lancet|Letters|Bulletin)\b")


def _name_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each proper name of the text (:data:`PROPER_RE`) as (start, end, name), split where
    a sentence ends inside it and the next opens with a conjunction: "1 March. And the
    Severnvale Care Association" is "March" and the association (a full stop after a word
    of three letters or more; never "St.", "U.S." or "Warner Bros. Discovery", which a
    name holds, nor "in Kelso. The Kelso Flood Group", which the rules read whole)."""
    for m in PROPER_RE.finditer(text):
        at = m.start()
        for c in re.finditer(rf"(?<=[a-z]{{3}})\.{_SP}+(?=(?:And|But|So|Yet|Or){_SP})",
                             m.group(0)):
            yield at, m.start() + c.start(), text[at:m.start() + c.start()]
            at = m.start() + c.end()
        yield at, m.end(), text[at:m.end()]


class _Mentions:
    """Proper names in the text (organisations and people), in order, for anaphora."""

    def __init__(self, text: str, people: Sequence[PersonLike],
                 skip: Sequence[tuple[int, int]] = ()) -> None:
        """``skip``: datelines, whose place and wire ("MEXICO CITY (AP) —") are nobody
        a pronoun can stand for."""
        import bisect

        self.items: list[tuple[int, str, str]] = []  # (start, name, kind)
        self.full_names: dict[str, str] = {}  # surname -> full name (not an organisation)
        self.skip = list(skip)
        self.people = people
        self.text = text
        #: (end, body, "he"/"she"/None, "organisation" or "person" for an office's holder,
        #: how far it reaches: the end of the text, or of the next sentence for a voice of
        #: reported speech, which names no one for a later quotation to continue)
        self.voices: list[tuple[int, str, str | None, str, int]] = []
        self._voice_ends: list[int] = []
        skip_starts = [a for a, _b in skip]
        first_line = text.find("\n")
        for ms, me, mg in _name_runs(text):
            k = bisect.bisect_right(skip_starts, ms) - 1
            if k >= 0 and ms < skip[k][1]:
                continue
            words = mg.split()
            while words and (_leads(words) or words[0] in _SHOUTED_LEADS):
                words = words[1:]
            if not words:
                continue
            if len(words) == 1 and ms < first_line and words[0].lower() in ORG_NOUNS:
                continue  # a headline's "Airline, airport and passengers disagree": a
                # common noun in capitals, no body "the airline" later stands for
            name = clean_source(" ".join(words))
            if not name or name in _MONTH_WORDS or _time_name(name):
                continue  # ("Monday": when, never a body a later "it" stands for)
            if name.isupper() and _LABEL_AFTER_RE.match(text, me) and \
                    not text[text.rfind("\n", 0, ms) + 1:ms].strip(" \u00a0"):
                continue  # "THE CLAIM:", "OUR RULING": a fact-check's label, no body
            held = _person_of_body(people, name)
            if held is not None:
                # "Moira Telfer of the Harbour Residents Forum": the person the speech
                # engine knows, then the body she is of; a later "she" is the person
                at = ms + mg.find(words[0])
                self.items.append((at, held[0], "person"))
                body_at = text.find(held[1], at, me)
                if is_org(held[1]) and body_at >= 0:
                    self.items.append((body_at, held[1], "organisation"))
                continue
            if _is_unit_at(text, ms, name):
                continue  # "12 ML, the utility said": a unit, never what "the utility" is
            if OCCASION_AFTER_RE.match(text, me):
                continue  # "State of the City address": an occasion, no body to stand for
            if name.isupper() and name.lower() in CURRENCY_SIGNS:
                continue  # "CHF 3.1 million": a currency's code, no body
            known = _person(people, name)
            kind = "organisation" if is_org(name) and not titled_name(name) and \
                not _office_then_person(name) else (
                "person" if known else "")  # ("State Sen. Carla Voss", "County Executive
            # Raymond Doyle": no state or county body, whatever the first word)
            if kind:
                self.items.append((ms + mg.find(words[0]), name, kind))
            elif 2 <= len(words) <= 4 and "of" not in words and "and" not in words:
                # "Farouk El-Baz": a later "El-Baz said" is this person
                self.full_names.setdefault(words[-1].casefold(), name)
        # "Portugal's agriculture ministry": a body named by its country and its kind; a
        # later "the ministry" is this one
        for pm in _POSSESSIVE_ORG_RE.finditer(text):
            if re.search(rf"[.!?]{_SP}", pm.group(0)):
                continue  # ("on Monday. Her office": two sentences, no body's name)
            if pm.group(0).split()[0].lower() in PERSON_ROLES and \
                    not re.search(r"[’']s?[ \u00a0]", pm.group(0)):
                continue  # ("Mayor attacks utility over count": a title, then a verb;
                # "Governor Ana Ruiz's office" is one)
            self.items.append((pm.start(), clean_source(pm.group(0)), "organisation"))
        # "The Hope Street Trust, a children's charity, said": a later "the charity" is it
        self.kinds: dict[str, set[str]] = {}
        named = {n for _s, n, _k in self.items}
        for km, g in _described_matches(text):
            if km.group("kind" + g) in ORG_NOUNS or (g == "3" and (
                    km.group("kind3") in BODY_KINDS or
                    # "The national governing body, Run Britannia,": a body of some kind
                    (km.group("kind3") == "body" and km.group(0).count(" ") >= 3))):
                ns_, ne_ = km.span("name" + g)
                if ns_ > 0 and text[ns_ - 1] in _OPEN_QUOTES and \
                        text[ne_ - 1:ne_ + 1].strip(" \u00a0,")[-1:] in ("'", "’", '"', "”"):
                    continue  # "a report titled 'Forgotten Inside', the group estimated": a
                    # title in quotation marks, not the body a later "the group" is
                name = clean_source(km.group("name" + g))
                words = name.split()
                while words[1:] and words[0] in _LEAD_WORDS:
                    words = words[1:]  # "But Harwick Insight, an energy consultancy,"
                name = " ".join(words)
                opens = km.re is _KIND_OPENS_NAME_RE
                if opens and (_person_like(name) or words[0].lower() in PERSON_ROLES or
                              km.group("kind2") not in _ONE_WORD_NAME_KINDS):
                    continue  # ("Former city Mayor Ann Ross", "Kelby union Chairman Sam
                    # Hart": an office and its holder, no body's name)
                # a one-word name only where the text plainly calls it a body of a kind:
                # "Dierenwacht, an animal welfare group,", "Animal welfare group Dierenwacht
                # went further" (never "Elsewhere, the union", "In Kelby, the charity",
                # "the charity Ross founded")
                one_word = len(words) == 1 and len(km.group("name" + g).split()) == 1 and (
                    opens or g == "" and (
                        re.match(rf",{_SP}+an?{_SP}", text[km.end("name"):]) is not None or
                        # ("Oxfam, the charity, disputed": "the" too, after no adverb)
                        not name.lower().endswith("ly") and
                        name.lower() not in _OPENING_ADVERBS))
                self.kinds.setdefault(name, set()).add(km.group("kind" + g))
                if g == "2" and name in named and len(words) >= 2 and not _person_like(name):
                    # (the text says what it is, whatever a quotation's cue made of the
                    # name: "the patients' charity Patients' Voice Calder" is no person)
                    self.items = [(st, n, "organisation" if n == name else k)
                                  for st, n, k in self.items]
                if name not in named and words and words[0] not in _LEAD_WORDS and \
                        (len(words) >= 2 or one_word and
                         km.group("kind" + g) in _ONE_WORD_NAME_KINDS and
                         not _time_name(name) and name.casefold() not in self.full_names
                         and name.upper() != name) and \
                        _person(people, name) is None:
                    # "Sahel Reading Watch, a non-profit group based in ...": a body, which
                    # a later "its" or "the group" stands for (and no part of its name is a
                    # body of its own: "Counsel Network" of "Right to Counsel Network")
                    at = km.start("name" + g) + km.group("name" + g).find(words[0])
                    self.items = [it for it in self.items
                                  if not (at < it[0] < at + len(name) and name.endswith(it[1]))
                                  # ("Campaign group X": the kind in capitals is no body)
                                  and not (opens and it[0] == km.start() and
                                           it[1].lower() in ORG_NOUNS)]
                    self.items.append((at, name, "organisation"))
                    named.add(name)
        self.items.sort()
        self.starts = [st for st, _n, _k in self.items]

    def of_kind(self, head: str, lo: int = 0, hi: int | None = None,
                words: Sequence[str] = ()) -> dict[str, int]:
        """The organisations named in ``lo:hi`` whose name ends with the kind ``head`` (its
        singular) and holds the ``words``, each with where it is first named: the bodies a
        description by kind ("ministry", "a doctors' association") may stand for."""
        kind = singular(head.lower())
        found: dict[str, int] = {}
        for st, name, k in self.between(lo, len(self.text) if hi is None else hi):
            if k == "organisation" and singular(name.split()[-1].lower()) == kind and \
                    all(w in name.lower() for w in words):
                found.setdefault(name, st)
        return found

    def between(self, lo: int, hi: int) -> list[tuple[int, str, str]]:
        """The names starting in ``lo:hi``, in order (found by bisection: a long text has
        thousands of names and each figure asks)."""
        import bisect

        return self.items[bisect.bisect_left(self.starts, lo):
                          bisect.bisect_left(self.starts, hi)]

    def subject_before(self, text: str, ss: int) -> tuple[int, str, str] | None:
        """The organisation opening the sentence before the one at ``ss`` (its subject)."""
        from ..speech.speakers import sentence_start

        if ss <= 0:
            return None
        ps = sentence_start(text, max(0, ss - 600), max(0, ss - 1))
        ps = max(ps, text.rfind("\n", ps, max(ps, ss - 1)) + 1)  # not across a line break
        ps = dateline_end(text, ps, ss)  # "LONDON (Reuters) -" is no subject
        if any(a <= ps < b for a, b in self.skip):
            return None  # a byline ("By Mara Quinn, City Desk") opens no sentence
        for st, name, k in self.between(ps, min(ss, ps + 30)):
            if k == "organisation":
                return st, name, k
        # a name of no known kind opening that sentence ("Riverside Water, which operates
        # the works, disputes the figure."): what "the company" stands for next
        pm = PROPER_RE.match(text, ps + len(text[ps:ss]) - len(text[ps:ss].lstrip()))
        if pm:
            words = [w for w in pm.group(0).split() if w not in _LEAD_WORDS]
            name = clean_source(" ".join(words))
            if name and not any(k == "person" and (n == name or name.endswith(" " + n))
                                for _s, n, k in self.items) and \
                    not any(_person_like(part) for part in name.split(" and ")) and \
                    name.split()[0].lower() not in PERSON_ROLES and len(name.split()) >= 2 \
                    and not _PERSON_AFTER_RE.match(text, pm.end()):
                # "Governor Jane Doe promised ...": a person, never what "the company" means
                return pm.start(), name, "organisation"
        return None

    def last(self, pos: int, kind: str, head: str | None = None, within: int = 1500,
             pronoun: str | None = None) -> tuple[int, str, str] | None:
        """The nearest name before ``pos`` of ``kind`` (and holding ``head``); for a
        ``pronoun`` ("he", "she"), not a person the speech engine knows is called by the
        other one (:attr:`provenance.speech.records.PersonDraft.pronoun`)."""
        voice = self._voice(pos, within, pronoun) if kind == "person" and pronoun else None
        found = voice
        for st, name, k in reversed(self.between(pos - within, pos)):
            if voice is not None and voice[0] > st:
                break
            if kind != "any" and k != kind:
                continue
            if head is None and k == "organisation" and _JOURNAL_NAME_RE.search(name) and \
                    _VENUE_BEFORE_RE.search(self.text, max(0, st - 80), st):
                continue  # "published in May in the Valemouth Journal of Eyes.
                # They examined": where a study appeared, never who made it
            if pronoun and k == "person" and (who := _person(self.people, name)) is not None \
                    and getattr(who, "pronoun", None) not in (None, pronoun):
                continue  # "She said the real change was a cut": not Mark Bell
            if pronoun and k == "person" and not _name_fits(name, pronoun):
                continue  # "Dr Mary Quist and Professor John Park ... he says": not her
            if head and head.lower() not in name.lower() and \
                    head.lower() not in self.kinds.get(name, ()) and \
                    not _named_as_kind(name, head.lower()):
                continue
            if head and head.lower() in name.lower() and \
                    head.lower() not in self.kinds.get(name, ()) and \
                    _other_kind_heads(name, head.lower()):
                continue  # "the charity" is no "Charity Oversight Board" (a board)
            found = (st, name, k)
            break
        if found is None and pronoun in ("he", "she") and kind in ("person", "any"):
            # (only when no one fits: "Ames criticised housing officer Linda Park. She
            # said" is still Ames's, the subject the speech engine quoted)
            return self.named_of_sex(pos, pronoun)
        return found

    def named_after(self, pos: int, head: str, words: Sequence[str] = (),
                    within: int = 1200) -> tuple[int, str, str] | None:
        """The first organisation named in the ``within`` characters after ``pos`` whose
        name ends with ``head`` (or its plural) and holds the ``words`` the lede describes
        it by (their stems): the body a lede described before the story names it ("..., a
        nurses' union said" ... "The Allied Nurses' Union"). None when that body gives a
        figure of its own in its sentence: then it is the lede's rival."""
        heads = {head.lower(), singular(head.lower())}
        heads |= {h + "s" for h in heads}
        # (a word's singular in lower case, less a possessive: "nurses'" is "Nurses")
        kind = {singular(w.lower().rstrip("'’")) for w in words if w.rstrip("'’").isalpha()}
        for st, name, k in self.between(pos, pos + within):
            if k != "organisation" or name.split()[-1].lower() not in heads:
                continue
            if kind and not {singular(w.lower()) for w in re.findall(r"[A-Za-z]+", name)} & kind:
                continue  # "a hospital trust" is no "National Trust", "a police force" no
                # "Royal Air Force": the words before the kind are the name's too
            end = sentence_end(self.text, st, min(len(self.text), st + 400))
            if _FIGURE_IN_RE.search(self.text, st, end):
                return None  # "the Transport Salaried Staffs' Union ... said fewer than
                # 5,000 had struck": a body of the kind giving a figure of its own is the
                # lede's rival, not its source (and none after it is)
            return (st, name, k)
        return None

    def named_of_sex(self, pos: int, pronoun: str) -> tuple[int, str, str] | None:
        """The nearest person in the paragraph whose name says they are a "he" or a "she"
        (:func:`provenance.speech.speakers.person_before`), though the speech engine
        quoted them nowhere: "Insurance broker Claire Hoyle said her firm ... She put the
        stones at 2 inches" is Claire Hoyle's, not the man quoted before her."""
        from ..speech.gender import gender_of, pronoun_sex
        from ..speech.speakers import person_before

        def sex_of(written: str, core: list[str]) -> str | None:
            # ("an analyst at Tamar Securities": a firm's name, whatever its first word)
            firm = {t.casefold() for t in core} & COMPANY_WORDS
            return None if firm or is_org(written) else gender_of(written, core)

        sex = pronoun_sex(pronoun)
        got = person_before(self.text, pos, sex, sex_of) if sex else None
        if got is None:
            return None
        at = self.text.rfind(got[0], 0, pos)
        if at < 0 or not (re.match(rf"{_SP}+(?:(?:has|had|also){_SP}+)?(?:{_SAYS})\b",
                                   self.text[at + len(got[0]):at + len(got[0]) + 40])
                          or _opens_sentence(self.text, at)):
            return None  # (only the subject of a saying verb, or of the sentence she opens:
            # "Cole blamed practice manager Emma Hart. She said" is no figure of Emma
            # Hart's; "Dr Ann Roe, an engineer, is doubtful. ... She puts it at" is hers)
        who = _person(self.people, got[0])
        return at, (who.name if who is not None else got[0]), "person"

    def add_voices(self, statements: Sequence[object]) -> None:
        """The unnamed voices of bodies the speech engine found ("A council spokesman
        said: ..."), for a later "He added that ..." (:meth:`last`)."""
        for st in statements:
            body = getattr(st, "body", None)
            spans = getattr(st, "spans", None)
            if not body or getattr(st, "speaker_id", None) or not spans:
                continue
            said = str(getattr(st, "speaker", "") or "")
            sex = "he" if _MALE_VOICE_RE.search(said) else \
                "she" if _FEMALE_VOICE_RE.search(said) else None
            self.voices.append((spans[-1][1], body, sex, "organisation", len(self.text)))
        from ..speech.speakers import sentence_end

        for m in _SAID_VOICE_RE.finditer(self.text):
            # "A spokeswoman for the mayor said the figure included saplings. Asked how
            # many, she said about 16,000": a voice of reported speech is a "she" too, of
            # whom the figures' one rule says it speaks for
            src = _spokes_voice(self.text, m.start(), m.end("voice") + 1, self.people, self)
            if src is not None:
                hi = min(len(self.text), m.end() + 2000)
                end = sentence_end(self.text, m.end(), hi)
                reach = sentence_end(self.text, min(end + 1, hi), hi)
                said = m.group("head")
                self.voices.append((m.end(), src.name, "he" if _MALE_VOICE_RE.search(said)
                                    else "she" if _FEMALE_VOICE_RE.search(said) else None,
                                    src.kind, reach))
        self.voices.sort(key=lambda v: v[0])
        self._voice_ends = [v[0] for v in self.voices]

    def _voice(self, pos: int, within: int, pronoun: str) -> tuple[int, str, str] | None:
        """The body whose unnamed voice spoke last before ``pos``, when the pronoun fits
        the voice ("A spokeswoman ..." is a "she")."""
        i = bisect.bisect_left(self._voice_ends, pos) - 1
        while i >= 0 and self.voices[i][0] > pos - within:
            at, body, sex, kind, reach = self.voices[i]
            if sex in (None, pronoun) and pos <= reach:
                return at, body, kind
            i -= 1
        return None


def _named_as_kind(name: str, kind: str) -> bool:
    """Whether ``name`` is a name of a body of ``kind`` by its last word, though not the
    kind's own word (:data:`speech.roles.KIND_NAME_WORDS`: "the union" is the "Bakers and
    Millers Workers Federation"), or, for a company, by a company's word in it."""
    words = name.casefold().replace(".", "").split()
    if kind in ("company", "firm"):
        return len(words) >= 2 and any(w in COMPANY_WORDS for w in words)
    return len(words) >= 2 and words[-1] in KIND_NAME_WORDS.get(kind, ())


#: After a plural of people at work ("Scientists", "Engineers"), the body they work at as
#: the text names it again: "at the office", "from the agency", "there".
_WORKERS_AT_RE = re.compile(
    rf"{_SP}+(?:(?:at|of|from|with|for|in){_SP}+the{_SP}+(?P<noun>[a-z]+)\b|there\b)")
#: After a name, what only a person has: an age ("Sarah Kent, 34,"), "who".
_PERSON_AFTER_RE = re.compile(r",[ \u00a0]*(?:\d{1,3}[ \u00a0]*,|who\b)")
#: An unnamed voice as the subject of a verb of saying: "A spokeswoman for the mayor said".
_SAID_VOICE_RE = re.compile(
    rf"(?<![\w’'])(?P<voice>(?:[Aa]n?|[Tt]he)(?:{_SP}+[\w’'-]+){{0,3}}?{_SP}+"
    rf"(?P<head>spokeswoman|spokesman|spokesperson)(?:{_SP}+(?:for|of|at){_SP}+"
    rf"(?:[\w’'-]+{_SP}+){{0,5}}?[\w’'-]+)?){_SP}+(?:said|says|told|added|confirmed|"
    rf"insisted|explained)\b")
#: The unnamed voices' words for a man or a woman ("A spokesman", "a spokeswoman").
_MALE_VOICE_RE = re.compile(r"(?i)\b(?:spokes)?man\b|\bhe\b")
_FEMALE_VOICE_RE = re.compile(r"(?i)\b(?:spokes)?woman\b|\bshe\b")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the name at ``at`` is the first thing its sentence says (its subject)."""
    from ..speech.speakers import sentence_start

    lead = text[sentence_start(text, max(0, at - 400), at):at]
    return not lead.strip(" \u00a0\n\t\"“‘'*_")


def _person(people: Sequence[PersonLike], name: str) -> PersonLike | None:
    """The person of the extraction a source's name names: the speech engine's one rule
    (:func:`provenance.speech.match_person`), so ``extract`` and ``check`` agree on who a
    name is. Pass the same list each time: the engine indexes it once."""
    n = clean_source(name)
    return match_person([n], people) if n else None


_OF_BODY_RE = re.compile(rf"{_SP}+of{_SP}+(?:the{_SP}+)?")


def _person_of_body(people: Sequence[PersonLike], name: str) -> tuple[str, str] | None:
    """A person's name, then "of (the)" and what she is of ("Moira Telfer of the Harbour
    Residents Forum", "Mayor Jane Roe of New York"), as (person, body), when the speech
    engine knows the words before "of" as a person of the text: one name of two things,
    or a title or a given name says the words before "of" are a person's
    (:func:`_person_of_place`), where a body's own name holding "of" ("Department of
    Health", "Bank of England") names no person."""
    m = _OF_BODY_RE.search(name)
    if m is None:
        return None
    before, after = name[:m.start()], name[m.end():]
    if len(before.split()) < 2 or not after:
        return None
    if _person(people, before) is not None:
        return clean_source(before), after
    titled = _person_of_place(name)
    return (titled, after) if titled is not None else None


#: How many paragraphs of prose open an article: headline, standfirst, lede.
_TOP_PARAGRAPHS = 4


def _top_paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The headline, standfirst and lede: the first paragraphs of five words or more that
    are no furniture (a section label, a byline, "Share" are skipped)."""
    from ..speech.furniture import is_furniture_line

    out: list[tuple[int, int]] = []
    for s, e in spans:
        if len(out) >= _TOP_PARAGRAPHS:
            break
        if e - s > 2000 or is_furniture_line(text[s:e]) or len(text[s:e].split()) < 5:
            continue
        out.append((s, e))
    return out


#: What every area counts, whatever unit it is written in ("34,000 hectares", "340 square
#: kilometres", "1,200 acres"): one quantity, so one question; the draft keeps each
#: figure's own unit, which `numbers.canonical_unit` converts.
AREA_KEY = "hectare"
#: The quantity of a volume in any unit ("52 million litres", "44 megalitres", "44 Ml"),
#: whose figures `numbers.canonical_unit` converts to litres.
VOLUME_KEY = "litre"


#: What every length of time is, whatever unit it is written in ("18 months", "two years,
#: maybe more", "12 to 16 months"): one quantity when it is the article's, so one question.
DURATION_KEY = "duration"
#: The quantity of a thing's age in years (see :func:`_thing_age`).
AGE_KEY = "age in years"
#: What every length is, in any unit ("11 cm a year", "3.9 centimetres", "Thirty-nine
#: millimetres"): one quantity, whose figures `numbers.canonical_unit` converts.
LENGTH_KEY = "length"
#: Dimensions whose figures are one quantity in any unit, as long as they are of one order
#: of magnitude (see :func:`_of_order`): the article's own measure against its opening's
#: figure, any other against the first figure the article gives in it ("34,000 hectares"
#: burnt and "340 square kilometres" are one area; the 167,000 hectares of the park around
#: them another).
_ORDERED_KEYS = {"duration": DURATION_KEY, "length": LENGTH_KEY, "area": AREA_KEY,
                 "volume": VOLUME_KEY}


#: Nouns for a happening of a kind, whose kind the word before names ("shoplifting
#: incidents", "theft reports", "knife offences").
_EVENT_HEADS = frozenset("incident report offence offense crime complaint".split())
#: ... and the words before it that name a kind of happening, so that two sources that
#: count it under two of those nouns answer one question: a doing in -ing ("shoplifting",
#: "speeding"; not a thing in -ing, :data:`_THINGS_IN_ING`) or an offence's own name (a
#: general lexicon). Never a thing the happening is about or done with, which an article
#: also counts by itself ("212 fox complaints" beside foxes, "knife offences" beside knives
#: handed in), nor an adjective ("reported incidents", "serious offences").
_HAPPENINGS = frozenset("theft burglary robbery assault arson fraud abuse violence vandalism "
                        "harassment".split())
#: Nouns in -ing that name things, no doing: "building complaints", "level crossing
#: incidents".
_THINGS_IN_ING = frozenset("building crossing housing clothing dwelling painting wedding "
                           "ceiling landing opening morning evening string spring ring king "
                           "wing thing offering holding".split())


def _unit_key(f: Figure) -> str | None:
    """The head noun of a figure's unit, folded ("hours" -> "hour", "storm overflows" ->
    "storm overflow"'s "overflow"); the dimension's key (:data:`_ORDERED_KEYS`) for a
    length of time, a length or an area; None for shares, sums and dates, which have rules
    of their own."""
    dim = canonical_unit(f.unit)[0] if f.unit else None
    if f.kind in ("duration", "range", "count") and dim in _ORDERED_KEYS:
        return _ORDERED_KEYS[dim]
    if not f.unit or f.unit == "%" or f.kind in ("money", "year", "period", "ratio") or \
            f.unit in CURRENCY_SIGNS.values() or not f.unit.split()[-1].isalpha():
        return None
    return _measure_noun(f.unit)


def _measure_noun(unit: str) -> str:
    """What a unit counts, folded: the head noun ("storm overflows": "overflow"), or the
    dimension's key for a length or an area in any unit (a length of time stays its unit:
    "hours" are mostly dates, which :func:`_unit_key` tells apart); a symbol counts what
    its name does ("Ml": "megalitre")."""
    unit = SYMBOL_NAMES.get(unit, unit)
    key = _ORDERED_KEYS.get(canonical_unit(unit)[0])
    if key is None and " per " in unit:
        # "kilometres per hour": a speed, named by its unit whole (no count of hours)
        what, _, per = unit.partition(" per ")
        return f"{_norm_noun(what.split()[-1])} per {per}"
    words = unit.split()
    if key is None and len(words) >= 2 and words[-1].lower() in _LOSS_HEADS and \
            words[-2].isalpha() and words[-2].islower():
        return _norm_noun(words[-2])  # "400 job cuts", "job losses": jobs
    if key is None and len(words) >= 2 and singular(words[-1].lower()) in _EVENT_HEADS and \
            words[-2].isalpha() and words[-2].islower() and (
                words[-2].endswith("ing") and words[-2] not in _THINGS_IN_ING or
                words[-2] in _HAPPENINGS):
        # "41,000 shoplifting incidents", "14,212 shoplifting reports": what happened, not
        # the word for a happening, which each source picks its own of
        return _norm_noun(words[-2])
    return key if key is not None and key != DURATION_KEY else _norm_noun(words[-1])


#: Nouns of loss after what is lost: "job cuts", "job losses", "branch closures", "flight
#: cancellations" count jobs, branches, flights (general English).
_LOSS_HEADS = frozenset("cuts losses closures cancellations redundancies".split())
#: A length that says where something is, not how long anything is: "22 kilometres off
#: the coast", "some 40 miles north of the capital", "six miles away", "12 km from the
#: border", "about 90 km (56 miles) to the south" (a "from ... to" is a length of its own:
#: "runs 22 km from X to Y"). The length converted in brackets places it too: after the
#: first, the bracket; after the one inside, its closing bracket.
_LOCATION_AFTER_RE = re.compile(
    rf"(?:{_SP}*\([^()\n]{{1,30}}\)|\))?"
    rf"{_SP}+(?:off(?:shore)?\b|away\b|inland\b|out{_SP}+to{_SP}+sea\b|"
    rf"(?:due{_SP}+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?{_SP}+of\b|"
    rf"(?P<to>to){_SP}+the{_SP}+(?:north|south|east|west)(?:-?(?:east|west))?\b|"
    rf"(?:up|down)(?:stream|river)\b|from{_SP}+(?![^.;!?]*?\bto\b))")


def _location(text: str, f: Figure) -> bool:
    """Whether a length figure places something ("22 kilometres off the coast") rather
    than measures it."""
    if not f.unit or canonical_unit(f.unit)[0] != "length":
        return False
    m = _LOCATION_AFTER_RE.match(text, f.end)
    if m is None:
        return False
    # ("stretches 30 km to the south", "by 400 metres to the east": how long, towards; but
    # "Sagrado, about 90 km (56 miles) to the south": a place's distance set after it)
    return m.group("to") is None or bool(_SET_AFTER_PLACE_RE.search(
        text, max(0, f.start - 40), f.start))


#: A relative clause the figure stands in, set off by a comma: ", which ringed 340",
#: ", who tagged 212", ", which followed 1,050" (up to the figure, no clause end between).
_RELATIVE_BEFORE_RE = re.compile(r",[ \u00a0]*(?:which|who|that)\b[^,;:.!?()\"“”]*$")


#: The subject of a sentence is a piece of work or those who did it: "The study tracked",
#: "Researchers ringed", "A team at the institute tagged".
_WORK_SUBJECT_RE = re.compile(
    rf"\W*(?:(?:The|A|An|Its|Their|This|That|[{UP}][\w’'&.-]*(?:[’']s)?)[ \u00a0]+)?"
    r"(?:[\w’'-]+[ \u00a0]+){0,3}?(?:study|survey|researchers|research[ \u00a0]+team|team|"
    r"scientists|paper|analysis|audit|trial|review|census|project|biologists|"
    r"ecologists)\b", re.I)


def _worked_on(text: str, f: Figure, ss: int, se: int, merged: Sequence[Figure],
               starts: Sequence[int], topic: str | None) -> bool:
    """Whether a count stands in a relative clause that describes the sentence's subject
    (", which ringed 340 finches,") while the sentence's main clause, after it, gives a
    figure of the article's own measure: the count is what a study or a team did its work
    on, its sample, never an estimate of the measure."""
    if f.kind not in ("count", "sample") or topic is None:
        return False
    key = _unit_key(f)
    if key is not None and (key == topic or _kind_of(key, topic)):
        return False
    if _RELATIVE_BEFORE_RE.search(text, max(ss, f.start - 80), f.start):
        close = text.find(",", f.end, se)
    elif _WORK_SUBJECT_RE.match(text, ss, f.start):
        # "Researchers tagged 212 gannets and put the toll at ...": a work's own count
        close = f.end
    else:
        return False
    if close < 0:
        return False
    for g in merged[bisect.bisect_left(starts, close):]:
        if g.start >= se:
            break
        gk = _unit_key(g)
        if gk is not None and (gk == topic or _kind_of(gk, topic)):
            return True
    return False


def _kind_of(a: str, b: str) -> bool:
    """Whether two different count nouns are one a compound of the other's head noun
    ("seabird" and "bird", "farmworker" and "worker"): what a source counts, named more
    narrowly or more broadly."""
    short, long = sorted((a, b), key=len)
    return short != long and len(short) >= 4 and len(long) - len(short) >= 2 and \
        long.endswith(short) and short.isalpha() and long[:-len(short)].isalpha()


def _topic_unit(text: str, figs: Sequence[Figure],
                top: Sequence[tuple[int, int]]) -> str | None:
    """The unit of the quantity an article is about: the head noun of the first figure with
    one in its headline, standfirst or lede ("more than 14,000 hours" of spills: "hour").
    A figure in that unit anywhere in the article is a figure of that quantity, whether or
    not the unit is a word any lexicon knows (hours, megawatts, tonnes, beds). A question the
    opening asks before any such figure ("How many stray dogs does Bengaluru have?") names
    it first."""
    figs = [f for f in figs if not _location(text, f)]
    first = next((f.start for s, e in top for f in figs if s <= f.start < e and _unit_key(f)
                  and (_unit_key(f) != DURATION_KEY or _how_long(text, f, top))), None)
    for s, e in top:
        hm = _TOPIC_ASKED_RE.search(text, s, e)
        if hm and (first is None or hm.start() < first):
            asked = _measure_noun(hm.group("noun"))
            if asked not in _NOT_TOPICS:
                return asked
    for s, e in top:
        for f in figs:
            if s <= f.start < e and not (_word_before(text, f.start, s) in SCOPE_PREPS and
                                         _word_before(text, f.start, s) not in _TOPIC_PREPS):
                # ("seen within six hours": a threshold of the measure, not the measure)
                key = _unit_key(f)
                if key == DURATION_KEY and not _how_long(text, f, top):
                    continue  # "for three days", "in 10 years": a date, not the measure
                if key and key not in _NOT_TOPICS:
                    return key
    return None


#: The opening says the article is about how long something lasts.
_HOW_LONG_RE = re.compile(rf"\b[Hh]ow{_SP}+long\b")


#: The opening names a length of time as its subject: a noun of duration after a word
#: that says of what ("turnaround times", "the nesting period", "repair delays"), a
#: word of quantity before it ("at times", "three times", "some time") says nothing.
_TIME_NOUN_RE = re.compile(
    r"\b(?!(?:at|some|many|several|few|all|the|a|an|of|in|on|by|for|that|this|those|these|"
    r"two|three|four|five|ten|hard|good|bad|difficult|modern|recent|old|full|part|long|"
    r"short|free|spare|first|last|next|six|seven|eight|nine|twenty|dozen|hundred|thousand|"
    r"million|billion|lakh|crore|hundreds|thousands|millions|more|fewer|multiple|"
    r"numerous|countless|other|same|every|each|no|any)\b)[a-z][a-z-]+[ \u00a0-]"
    r"(?:times?|periods?|durations?|delays?)\b")


def _how_long(text: str, f: Figure, top: Sequence[tuple[int, int]]) -> bool:
    """Whether a length of time in the opening is the measure the article is about: one in
    hours or minutes (no date), the object of a verb of lasting ("could last 18 months"),
    or the opening asks how long or names a length of time as its subject ("waiting
    times"); "for three days", "in 10 years" are dates."""
    if f.unit and _norm_noun(f.unit.split()[-1]) not in _NOT_TOPICS:
        return True  # "more than 14,000 hours" of spills: hours are no date
    return bool(_LASTS_RE.search(text[max(0, f.start - 40):f.start])) or any(
        _HOW_LONG_RE.search(text, s, e) or _TIME_NOUN_RE.search(text, s, e)
        for s, e in top)


#: "Nunavut's TB rate", "the tuberculosis rate", "infant mortality rate": the word before
#: "rate" that says of what (adjectives of place or truth say nothing of what).
_RATE_OF_RE = re.compile(rf"\b(?P<what>[{UP}a-z][\w-]*){_SP}+rates?\b")
_NOT_RATE_WORDS = frozenset("the a an its their his her this that national global real true "
                            "official new old current overall average annual high low actual "
                            "same local regional provincial territorial federal state "
                            "whose at in of by for to from with on as".split())


def _rate_topic(text: str, top: Sequence[tuple[int, int]]) -> str | None:
    """What the article's rate is of, from its opening ("Nunavut's TB rate is 180 per
    100,000": "TB"), or None."""
    return next((w for s, e in top if (w := _rate_word(text, s, e))), None)


#: What a rate's own text counts: "12 deaths from malaria per 1,000" (the noun right after
#: the number, and what it is of or from), before its base.
_RATE_COUNTS_RE = re.compile(
    rf"[\d\w]{_SP}+(?P<noun>[a-z][\w-]*)(?:{_SP}+(?:of|from){_SP}+"
    rf"(?P<what>[a-z][\w-]*(?:{_SP}+[a-z][\w-]*)?))?{_SP}+"
    # ("9 complaints for every 100,000 customers": the numbers' own ways of saying "per")
    rf"(?:per|for{_SP}+every|in{_SP}+every|for{_SP}+each)\b")


def _rate_counts(figure: str) -> str | None:
    """What a rate counts as its own text says, when no sentence names the rate: "12 deaths
    from malaria per 1,000" is a malaria death rate, "40 cases of measles per 1,000" a
    measles case rate, so the two are no one quantity (before, both were "rate of the").
    Only a count that says what it is of or from: a bare "18 deaths per 1,000" says no more
    than "24 per 1,000" beside it does, and the two stay one rate, as sources write one
    rate with and without its noun."""
    m = _RATE_COUNTS_RE.search(figure)
    if m is None or not m.group("what") or m.group("noun") in _NOT_RATE_WORDS:
        return None
    return f"{m.group('what')} {singular(m.group('noun'))}"


def _bare_rate_noun(figure: str) -> str | None:
    """The plural a rate's text counts, with nothing of or from it: "412 domestic
    burglaries per 100,000" counts burglaries."""
    m = _RATE_COUNTS_RE.search(figure)
    if m is None or m.group("what") or m.group("noun") in _NOT_RATE_WORDS or \
            not m.group("noun").endswith("s"):
        return None
    return singular(m.group("noun"))


def _rate_word(text: str, s: int, e: int) -> str | None:
    """The word that says what a rate in ``text[s:e]`` is of ("the 2024 infant mortality
    rate at 14.2": "mortality"), or None."""
    for m in _RATE_OF_RE.finditer(text, s, e):
        w = m.group("what")
        if w.lower() not in _NOT_RATE_WORDS and not w.endswith(("’s", "'s")) and (
                w.islower() or w.isupper()):
            return w
    return None


#: "How many stray dogs does Bengaluru have?", "How many hectares have burnt?": the noun a
#: question of the opening counts (the last word before its verb).
_TOPIC_ASKED_RE = re.compile(
    rf"\b[Hh]ow{_SP}+many{_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}?(?P<noun>[a-z][\w-]*s)"
    rf"{_SP}+(?:(?:do|does|did|is|are|was|were|have|has|had|will|would|can|could|should|may|"
    rf"might|must)\b|"
    # or its own verb, in the plural's present ("How many wolves live in Brandenburg?",
    # "How many babies die before ...?"): a word after the plural that is no plural
    rf"(?=[a-z]*[a-rt-z]\b(?![’'-])))")
#: Prepositions before a figure in the article's unit that still give the quantity: "for
#: more than 14,000 hours", "at fourteen thousand hours", "at between 11,000 and 15,500
#: hours" ("within six hours", "in under four hours" are thresholds).
_TOPIC_PREPS = frozenset({"for", "at", "between"})
#: Units too general to say what an article is about.
_NOT_TOPICS = frozenset("year month week day time people person thing way".split())


def _latest_year(figs: Sequence[Figure], top: Sequence[tuple[int, int]]) -> int | None:
    """The latest year the headline, standfirst or lede names: the occasion the article is
    about (its dateline's year is furniture, never read here)."""
    years = [int(f.value) for f in figs if f.kind == "year" and f.value is not None and
             any(s <= f.start < e for s, e in top)]
    return max(years) if years else None



def _alternatives(words: Sequence[str]) -> str:
    """``words`` as a regex alternation, longest first, any space as a space or NBSP."""
    return "|".join(rf"{_SP}+".join(map(re.escape, w.split()))
                    for w in sorted(words, key=len, reverse=True))


#: The parser's hedges ("about", "roughly") and bounds ("more than", "over").
_HEDGE = _alternatives(HEDGE_WORDS)
_HEDGE_OR_BOUND = _alternatives((*HEDGE_WORDS, *BOUND_WORDS, "just"))
#: Right before a length, that it is set after a place by a comma: ", about 90 km (" or
#: ", some" (the length converted in brackets after the first; :func:`_location`).
_SET_AFTER_PLACE_RE = re.compile(
    rf",{_SP}*(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?"
    rf"(?:[\d.,]+{_SP}*[a-z]+{_SP}*\({_SP}*)?$")
#: How far a length (of time) may be from the opening's and still be a figure of the same
#: quantity: "11 months" and "two years" are estimates of one closure, "six weeks" of river
#: work and "45 minutes" of detour other quantities; "11 cm a year" of sinking and "3.9
#: centimetres" are one, a "46 kilometres" sea wall another.
_SAME_ORDER = 4.0


def _canonical_size(f: Figure) -> float | None:
    """The figure in its dimension's canonical unit (years for time, mm for length)."""
    factor = canonical_unit(f.unit)[2] if f.unit else 0.0
    v = f.value if f.value is not None else (
        None if f.low is None or f.high is None else (f.low + f.high) / 2)
    return None if v is None or not factor else v * factor


def _topic_span(text: str, figs: Sequence[Figure], top: Sequence[tuple[int, int]],
                topic: str) -> float | None:
    """In the dimension's canonical unit (years, millimetres), the size of the opening's
    first figure of the article's quantity: what the other figures are measured against."""
    return next((_canonical_size(f) for s, e in top for f in figs if s <= f.start < e and
                 _unit_key(f) == topic and (topic != DURATION_KEY or _how_long(text, f, top))),
                None)


def _of_order(f: Figure, span: float) -> bool:
    y = _canonical_size(f)
    return y is not None and y > 0 and span > 0 and \
        1 / _SAME_ORDER <= y / span <= _SAME_ORDER


#: A capitalised word right before a count, inside a sentence: a name the number is part
#: of ("Fortune 500 companies", "Formula 1 teams", "Apollo 11").
_NAME_NUMBER_RE = re.compile(rf"(?<![\w’'.-])([{UP}][a-z]+){_SP}$")
#: A bare figure a sentence calls a rate: "calculates a rate of 17.6", "put the rate at
#: about 21", "the rate was 12.1".
_BARE_RATE_RE = re.compile(
    rf"\brates?{_SP}+(?:of|at|was|is|stood{_SP}+at|stands{_SP}+at|to|reached|of{_SP}+about)"
    rf"{_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: A verb whose object is a length of time: "could last 18 months", "will take at least
#: two years", "would need six weeks". General English of how long, no article's words.
_LASTS_RE = re.compile(
    rf"\b(?:last|lasts|lasting|lasted|take|takes|taking|took|need|needs|require|requires|"
    rf"stretch|stretches|drag{_SP}+on{_SP}+for|run{_SP}+for|runs{_SP}+for){_SP}+"
    rf"(?:(?:another|only|just|{_HEDGE_OR_BOUND}){_SP}+)*$", re.I)
#: Words that may stand between a verb and its figure and are no hedge or bound, named
#: apart so the parser's lists stay the one list of hedges: a limiting adverb ("was only
#: 40"), adverbs of time ("is now 12 percent", "was still 300"), and words of extent that
#: lean on a figure ("as many as 500", "closer to 60", "hire an additional 40").
_LIMITING = _alternatives(("only",))
_TIME_ADVERBS = _alternatives(("now", "still", "already"))
_EXTENT = _alternatives(("as many as", "closer to"))
_ADDED = _alternatives(("an additional", "a additional", "an extra", "a extra",
                        "a further", "another"))
#: Any of the words above before a figure, followed by a space: one optional lead.
_LEAD = rf"(?:(?:{_HEDGE_OR_BOUND}|{_LIMITING}|{_EXTENT}){_SP}+)"

#: A bound the parser leaves outside the figure ("fewer than one in 10"): the figure's own
#: bound, no comparison with another ("higher than in 2019").
_BOUND_THAN_RE = re.compile(rf"\b(?:fewer|less|more|greater){_SP}+than{_SP}*$", re.I)
#: A figure that is the difference of two others: "the gap of more than 700 hours".
_BETWEEN_AFTER_RE = re.compile(r"[^.;!?]*?\bbetween\b")
#: ... between two things, not two figures: "between the valley floor and the ridge", not
#: "between its figure and the council's", "between the two estimates".
_BETWEEN_THINGS_RE = re.compile(
    r"[^.;!?]{0,40}?\bbetween\b(?![^.;!?]{0,60}?\b(?:figures?|estimates?|numbers?|counts?|"
    r"tall(?:y|ies)|totals?|forecasts?|projections?|claims?|readings?|calculations?|"
    r"[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|the two|both)\b|[^.;!?]{0,60}?[’']s\b)")
_DIFFERENCE_RE = re.compile(
    rf"\b(?:gap|difference|discrepancy|shortfall){_SP}+(?:of|was|is){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$", re.I)
#: After a difference, the two figures or the norm it is a difference of: "between X and
#: Y", "against the nine hours doctors recommend", "on last year", "below the target".
_DIFFERENCE_OF_TWO_RE = re.compile(
    r"[^.;:!?]*?\b(?:between|against|on|below|above|under|over|than|from|compared|short|"
    r"behind|beyond)\b")
#: A count of what happened, by the verb after the counted noun ("310,000 deer were shot",
#: "930 patients had been seen") or before the number ("Stalkers shot 310,000 deer").
_EVENT_AFTER_RE = re.compile(
    rf"(?:{_SP}+[a-z][\w-]*){{0,2}}?{_SP}+(?:(?:were|was|had|have|has|are|is)(?:{_SP}+been)?"
    rf"{_SP}+)?(?:[a-z]{{3,}}ed|shot|killed|lost|hit|struck|caught|sold|died|fled|found)\b")
_EVENT_BEFORE_RE = re.compile(
    rf"(?i)\b(?:[a-z]{{3,}}ed|shot|killed|lost|hit|struck|caught|sold)"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$")


def _counts_an_event(text: str, f: Figure, ss: int, se: int) -> bool:
    """The figure counts what happened to things (shot, culled, treated, found dead), not how
    many there are: a population is no answer to it."""
    return bool(_EVENT_AFTER_RE.match(text, f.end, min(se, f.end + 60)) or
                _EVENT_BEFORE_RE.search(text, max(ss, f.start - 30), f.start))


def _clause_open(text: str, ss: int, pos: int) -> int:
    """Where the clause of ``pos`` opens: after the last comma, semicolon or colon before
    it in its sentence ("In a third of trusts, patients waited 26 weeks": the share is in
    another clause)."""
    return max(text.rfind(",", ss, pos), text.rfind(";", ss, pos), text.rfind(":", ss, pos),
               ss - 1) + 1


#: A wait's verb right before a length of time: "had been waiting more than", "waited over".
_WAIT = rf"(?:waited|waiting|wait|waits){_SP}+(?:for{_SP}+)?$"
_WAITED_BEFORE_RE = re.compile(rf"\b{_WAIT}")
#: A relative clause the wait is in: "anyone who waited", "those that had been waiting".
_WHO_BEFORE_RE = re.compile(rf"\b(?:who|that|those){_SP}+(?:[a-z]+{_SP}+){{0,4}}{_WAIT}")
#: A share earlier in the sentence the wait defines: "roughly half ... reported waiting".
_SHARE_BEFORE_RE = re.compile(
    r"(?i)\d[\d.]*[ \u00a0]*(?:%|per[ \u00a0]?cent|percent)|\b(?:half|third|quarter|fifth|"
    r"tenth|one[ \u00a0-]in[ \u00a0-]\w+)\b")
#: A figure in the "if" clause a sentence opens with, before its comma: a supposition.
_IF_CLAUSE_RE = re.compile(rf"[\s\"“‘']*(?:If|Unless|Suppose|Supposing){_SP}+"
                           rf"[^,;:.!?]*$")
#: Two figures named as the ends of a gap, not a range anyone gives: "the difference
#: between 12 and 21 per cent is not academic", "the gap between 40 and 60 days".
_GAP_BETWEEN_RE = re.compile(
    rf"\b(?:gap|difference|discrepancy|distance|disagreement|spread|split){_SP}+$", re.I)
#: A figure named to reject it: "it is not nine thousand", "640, not 900", "If you tell
#: me 640", "people quoting 50 percent", "those who claim 900", "if it's 200 or 900".
_REJECTED_RE = re.compile(
    rf"(?:\b(?:not|never|nowhere{_SP}+near){_SP}+(?:(?:even|quite|really|the|a|an){_SP}+)?"
    rf"(?:(?:{_HEDGE}){_SP}+)?"
    # "What is not supported by any evidence is the figure of 400", "it is not true that
    # only 400 came": a figure the clause denies
    rf"|\bnot{_SP}+(?:supported|backed|borne{_SP}+out|credible|true|accurate|correct|right)"
    rf"\b[^.;:!?]{{0,45}}"
    # "It is very unlikely to be 400", "it cannot be 3,000", "could hardly be 90" ("unlikely
    # to exceed 900" is a bound someone gives, not a figure rejected)
    rf"|\b(?:(?:very|highly|most|extremely){_SP}+)?(?:unlikely|implausible|impossible)"
    rf"{_SP}+to{_SP}+(?:be|have{_SP}+been){_SP}+(?:(?:{_HEDGE}){_SP}+)?"
    rf"|\b(?:cannot|can[’']t|could{_SP}+not|couldn[’']t|could{_SP}+hardly|can{_SP}+hardly)"
    rf"{_SP}+(?:possibly{_SP}+)?(?:be|have{_SP}+been){_SP}+"
    rf"(?:(?:{_HEDGE}){_SP}+)?"
    rf"|\b(?:[Ii]f|[Ww]hen|[Uu]nless){_SP}+(?:you|they|people|someone|anyone|others|"
    rf"critics|we){_SP}+(?:(?:wants?|wish|wishes|would|were|are|is|keep|keeps){_SP}+"
    rf"(?:to{_SP}+)?)?(?:tell|tells|say|says|quote|quotes|quoting|claim|claims|hear|cite|"
    rf"cites){_SP}+(?:(?:me|us|you|them){_SP}+)?(?:that{_SP}+)?"
    rf"(?:(?:it|this|that|the{_SP}+(?:figure|number|cost|total)){_SP}+"
    rf"(?:is|was|will{_SP}+be|would{_SP}+be){_SP}+)?"
    rf"|\b(?:is|are|was|were|keep|keeps|kept|been){_SP}+(?:quoting|citing|touting){_SP}+"
    rf"|\b(?:people|those|others|critics|some|anyone|they|you){_SP}+(?:who{_SP}+(?:are{_SP}+)?)?"
    rf"(?:quoting|citing|claiming|quote|cite|claim|throwing{_SP}+around|bandying{_SP}+about)"
    rf"{_SP}+(?:(?:a|the){_SP}+figure{_SP}+of{_SP}+)?"
    # "I don't mind if it's nine thousand or twenty thousand": figures supposed, to say the
    # number does not matter (the first, and the one after "or")
    rf"|\b(?:[Ii]f|[Ww]hether){_SP}+(?:it[’']s|it{_SP}+(?:is|was|were)|there{_SP}+"
    rf"(?:are|were|is|was)|they[’']re|they{_SP}+(?:are|were)){_SP}+(?:(?:{_HEDGE}){_SP}+)?"
    rf"(?:[^,.;:!?“”\"]{{1,40}}{_SP}+or{_SP}+(?:(?:{_HEDGE}){_SP}+)?)?)$")


def rejected(text: str, start: int, end: int | None = None) -> bool:
    """True when the words right before the figure at ``start`` name it only to reject it
    ("it is not nine thousand", "If you tell me 640"), or, with its ``end``, when the
    figure is named as a figure and the words after deny it ("the figure of 10,000 is not
    supported by any evidence", "the claim of 500 is exaggerated"): the one rule
    ``extract``'s figures and the draft's quotation estimates both follow."""
    if end is not None and _CLAIMED_BY_AFTER_RE.match(text, end):
        return False  # ("not the 21 years claimed by the state-owned operator": the figure
        # of the side it names, set against the one given)
    if _REJECTED_RE.search(text, max(0, start - 60), start):
        return True
    return end is not None and bool(_NAMED_FIGURE_RE.search(text, max(0, start - 30), start)) \
        and bool(_DENIED_AFTER_RE.match(text, end))


def _claimed_by_after(text: str, out: list[FigureClaim]) -> None:
    """A figure a sentence sets aside with its claimant named after it ("have an average
    age of 26 years, not the 21 years claimed by the state-owned operator") is the
    claimant's, whoever the sentence is according to: the body by name, or the
    description, for the later stages to name (:mod:`.described`)."""
    for fc in out:
        m = _CLAIMED_BY_AFTER_RE.match(text, fc.end)
        if m is None or not _REJECTED_RE.search(text, max(0, fc.start - 60), fc.start):
            continue  # (only a figure set aside: "the 820 hours reported by the operator,
            # Harwick Northern Water" is the rules' to read)
        who = _CLAIMANT_RE.match(text, m.end() - 1)
        if who is None:
            continue
        name = who.group("name")
        cleaned = clean_name(name) if name[:1].isupper() and not is_org(name) else None
        if cleaned is not None and len(cleaned[1]) >= 2:
            # "claimed by Transport Secretary Mairi Gow": the person, by the name people go by
            fc.source = Source(" ".join(cleaned[1]), "person", None, "by",
                               who.start("name"), confirmed=False)
            continue
        fc.source = Source(clean_source(name), "organisation" if name[:1].isupper() and
                           is_org(name) else "generic", None, "by", who.start("name"))


#: The claimant after "claimed by": a name in capitals, or "the" and a description.
_CLAIMANT_RE = re.compile(
    rf"(?:the{_SP}+)?(?P<name>[{UP}][\w’'&.-]*(?:{_SP}+(?:of|for|and|&|the|[{UP}][\w’'&.-]*))"
    rf"{{0,6}}(?<!{_SP}of)(?<!{_SP}and)(?<!{_SP}the)|[a-z][\w-]*(?:{_SP}+[a-z][\w-]*){{0,3}}?"
    rf"(?={_SP}*(?:[,.;:!?)]|{_SP}(?:in|on|at|for|and|but|last|this|which|who|according)\b)))")
#: Who gives a figure a sentence sets aside, named right after it: "claimed by the
#: operator", "cited by the minister", "given by the council".
_CLAIMED_BY_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:claimed|cited|given|quoted|used|put[ \u00a0]+forward|published|reported)"
    r"[ \u00a0]+by[ \u00a0]+\S")
#: A figure named as one: "the figure of", "a claim of", "the oft-quoted".
_NAMED_FIGURE_RE = re.compile(
    r"\b(?:the|a|an|this|that|their|its|his|her)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:figure|"
    r"claim|number|estimate|total|count|tally)[ \u00a0]+of[ \u00a0]+$", re.I)
#: What denies the figure right after it: "... is not supported by any evidence", "was
#: wrong", "is an exaggeration".
_DENIED_AFTER_RE = re.compile(
    r"[ \u00a0,]*(?:[a-z]+[ \u00a0]+)?(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+"
    r"(?:simply[ \u00a0]+|clearly[ \u00a0]+|plainly[ \u00a0]+)?(?:not[ \u00a0]+(?:supported|"
    r"backed|credible|accurate|true|correct|right|borne[ \u00a0]+out)|wrong|false|"
    r"untrue|inaccurate|exaggerated|inflated|overstated|unfounded|baseless|"
    r"(?:a|an)[ \u00a0]+(?:gross[ \u00a0]+)?(?:exaggeration|overestimate|myth|fiction|"
    r"fantasy))\b")


#: Who or what had another occasion: "The last comparable march", "the 2021 march", "last
#: year's count", "the previous survey" as the subject of the figure's clause. A marker of
#: time on the verb ("last put the rate at 0.4% in 2024") is no other occasion.
_EARLIER_RE = re.compile(
    rf"[\s“\"‘']*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er){_SP}+(?:(?P<last>last|previous|"
    rf"prior)|(?P<year>1[89]\d\d|20\d\d))|(?:[Ll]ast|[Tt]he{_SP}+previous){_SP}+year[’']s)"
    rf"{_SP}+(?P<np>[a-z][\w-]*(?:{_SP}+[a-z][\w-]*){{0,2}})")
#: A peak set beside a total in one sentence: "with a peak of", "peaking at", "at its
#: peak".
_PEAK_BEFORE_RE = re.compile(
    rf"(?i)\b(?:(?:a|its|the){_SP}+peak{_SP}+of|peaking{_SP}+at|at{_SP}+(?:its|the){_SP}+"
    rf"(?:peak|height),?)(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}*$")
#: A sentence that opens on another occasion of the same kind: "At a similar walkout three
#: years ago, ...", "During the previous outage, ...".
_SIMILAR_OCCASION_RE = re.compile(
    rf"[\s“\"‘']*(?:At|In|During|For|After){_SP}+(?:a|an|the){_SP}+(?:similar|previous|"
    rf"prior|earlier|comparable){_SP}+[a-z][\w-]*(?:{_SP}+[a-z][\w-]*)?\b[^,.;:!?]{{0,40}},")
#: A sentence that opens on a year: "In 2019, ...", "Back in March 2021, ...".
_IN_YEAR_RE = re.compile(rf"[\s“\"‘']*(?:[Ii]n|[Bb]ack{_SP}+in){_SP}+(?:[{UP}][a-z]+{_SP}+)?"
                         rf"(?P<year>1[89]\d\d|20\d\d),")
#: A sentence that opens on the year before the article's: "Last year, ...", "A year earlier".
_LAST_YEAR_OPENS_RE = re.compile(
    # ("Last Christmas the same bag was ₦52,000", "Last Eid the same ram went for": a feast's
    # price a year back)
    rf"[\s“\"‘']*(?:[Ll]ast{_SP}+(?:year|Christmas|Easter|Eid|Diwali|Thanksgiving|Ramadan|"
    rf"Hanukkah|Passover|New{_SP}+Year)|"
    rf"[Aa]{_SP}+year{_SP}+(?:earlier|before|ago)|"
    rf"[Tt]he{_SP}+(?:previous|prior){_SP}+year|[Tt]he{_SP}+year{_SP}+before|"
    rf"[Ii]n{_SP}+the{_SP}+previous{_SP}+year)(?![’'])\b,?")
#: An occasion named with its year, then a clause of what happened on it ("the July 2023
#: protests against the finance bill, when ..."), running up to the figure.
_WHEN_RE = re.compile(rf"\b(?P<year>1[89]\d\d|20\d\d)\b[^.;,]{{0,80}},{_SP}+when{_SP}+[^.;]*$")
#: Nouns of measuring: "the previous estimate" is a revision, not another occasion.
_MEASURING_NOUNS = frozenset("estimate estimates figure figures number numbers count counts "
                             "tally total totals rate rates toll report reports study survey "
                             "analysis review audit calculation forecast projection reading "
                             "version statement return model modelling data plan plans "
                             "assessment assessments inventory index update bulletin".split())


#: A phone line's number before or after its words: "calls to 311", "911 calls".
_PHONE_LINE_RE = re.compile(rf"\b(?:(?:calls?|calling){_SP}+to|dial(?:led|ed|ing|s)?){_SP}*$",
                            re.I)
#: ... a verb of calling before a bare number ("by calling 211."; "called 911 residents" is a
#: count of the people called, by its noun) ...
_CALL_VERB_RE = re.compile(rf"\b(?:call|calls|called|calling|phone|phoned|phoning|ring|rang|"
                           rf"text|texting){_SP}+$", re.I)
#: ... and a line's calls counted from ("from 911 calls", "through 311 calls").
_CALLS_FROM_RE = re.compile(rf"\b(?:from|via|through){_SP}+$", re.I)
_PHONE_LINE_AFTER_RE = re.compile(rf"{_SP}+(?:dispatch\w*|operators?|centres?|centers?)\b", re.I)
#: Right before a figure: "all but (a few hundred)", what is left of a whole.
_ALL_BUT_RE = re.compile(rf"(?i)\ball{_SP}+but{_SP}*$")


def _phone_line(text: str, f: Figure) -> bool:
    """A three-digit line ("911", "311") the text calls, not a count: "calls to 311",
    "dialled 999", "911 dispatchers", "by calling 211." (no noun after it; "called 911
    residents" counts people), "from 911 calls" ("taken 311 calls" counts calls)."""
    if f.kind != "count" or not re.fullmatch(r"[2-9]11", f.text.split()[0]):
        return False
    return bool(_PHONE_LINE_RE.search(text, max(0, f.start - 20), f.start) or
                _PHONE_LINE_AFTER_RE.match(text, f.start + 3) or
                (f.unit is None and _CALL_VERB_RE.search(text, max(0, f.start - 12), f.start))
                or (_CALLS_FROM_RE.search(text, max(0, f.start - 10), f.start) and
                    re.match(rf"{_SP}+calls?\b", text[f.start + 3:f.start + 10])))


#: After a figure, in its clause, a dated occasion: "... lost power during the December 2013
#: ice storm".
_DURING_DATED_RE = re.compile(rf"[^.,;:!?]{{0,80}}?\bduring{_SP}+the{_SP}+"
                              rf"(?:(?:{'|'.join(MONTH_NAMES)}){_SP}+)?(?P<year>(?:19|20)\d\d)"
                              rf"{_SP}+[a-z]")


def _earlier_occasion(text: str, f: Figure, ss: int, latest: int | None,
                      opening_last_year: bool = False) -> bool:
    """True when the figure's sentence opens with another occasion of what it counts: "The
    last comparable march in the city, during the COP26 summit in 2021, drew around
    100,000", "The 2021 march drew 100,000" (a year before the one the article's opening
    names), "Last year's count was 5,000"."""
    m = _EARLIER_RE.match(text, ss, f.start)
    if _SIMILAR_OCCASION_RE.match(text, ss, f.start):
        return True  # "At a similar walkout three years ago, the union claimed 9,000"
    dm = _DURING_DATED_RE.match(text, f.end)
    if dm is not None and latest is not None and int(dm.group("year")) < latest:
        return True  # "about 29,000 customers lost power during the December 2013 ice
        # storm": an earlier dated occasion after the figure, in its clause
    ym = _IN_YEAR_RE.match(text, ss, f.start)
    if ym is not None and latest is not None and int(ym.group("year")) < latest:
        return True  # "In 2019, the state counted about 320 wolves" (the opening: 2024)
    if not opening_last_year and _LAST_YEAR_OPENS_RE.match(text, ss, f.start) and \
            not _SAYS_RE.search(_ASIDE_CUE_RE.sub(" ", text[ss:f.start])):
        # (a cue set off by commas, "Last Eid, Danjuma said, the same ram went for", leaves
        # the sentence's time its own)
        # "Last year about 40,000 hectares burned": not this year's fires (unless the
        # article's opening, ``opening_last_year``, is itself about last year; and not
        # "Last year the board said waits had grown by 15%": when it was said, which makes
        # a revision of the board's figure, not another year's)
        return True
    if m is None:
        wm = _WHEN_RE.search(text, ss, f.start)
        # "compared with the July 2023 protests, when the alliance claimed 200,000 and
        # police said 15,000": a clause that says what happened on a dated occasion
        return wm is not None and (latest is None or int(wm.group("year")) < latest)
    if any(w.lower() in _MEASURING_NOUNS for w in m.group("np").split()):
        # "the previous estimate was": a revision; "last year's count": another year's;
        # "The 2019 tally put it at 40" in an article about 2021's: another year's too
        if m.group("year") and latest is not None and int(m.group("year")) < latest:
            return True
        return not (m.group("last") or m.group("year"))
    if m.group("year") and (latest is None or int(m.group("year")) >= latest):
        return False  # ("the 2025 total": the year the article is about, or none named)
    return True


def find_figure_claims(text: str, figures: Sequence[Figure], paras: object,
                       statements: Sequence[object],
                       people: Sequence[PersonLike],
                       studies: list[tuple[int, int, str | None, str, str]]) -> list[FigureClaim]:
    """Figures with a quantity and a source, in text order, grouped by quantity.

    ``figures``: the text's numbers as :func:`provenance.numbers.scan` read them
    with ``bare=True`` (the one reading of the text's numbers, made once);
    ``paras``: the speech engine's paragraphs (``spans``, ``furniture``,
    ``index``); ``statements``: its quotations (``spans``, ``speaker``,
    ``speaker_id``); ``people``: the extraction's people (the list itself, kept
    for the speech engine's index); ``studies``:
    ``(start, end, organisation, label, study id)`` of every study mention.
    """
    spans: list[tuple[int, int]] = list(getattr(paras, "spans", []))
    starts = [s for s, _ in spans]
    # a study's maker that is a date ("the agency's Wednesday tally") is no one's name
    studies = [(a, b, None if org and (_time_name(org) or _PLACE_ADJECTIVE_RE.fullmatch(org))
                else org, label, sid) for a, b, org, label, sid in studies]
    datelines = [(s, dateline_end(text, s, e)) for s, e in spans]
    from ..speech.furniture import is_furniture_line

    # names in datelines and in furniture ("By Mara Quinn, City Desk") are nobody a later
    # "the city" or "it" stands for
    skip: dict[int, int] = {a: b for a, b in datelines if b > a}
    for k, (a, b) in enumerate(spans):
        if is_furniture_line(text[a:b]) or (k < 6 and publication_masthead(text[a:b])):
            # (and the publication's masthead: "The company said" is never the paper)
            skip[a] = max(b, skip.get(a, b))
    mentions = _Mentions(text, people, sorted(skip.items()))
    studies = [(a, b, org or _maker_of_label(text, a, label, people, mentions), label, sid)
               for a, b, org, label, sid in studies]
    mentions.add_voices(statements)
    quoted = sorted((a, b, st) for st in statements for a, b in getattr(st, "spans", []))
    quoted_starts = [a for a, _b, _st in quoted]
    out: list[FigureClaim] = []
    last_noun: str | None = None
    last_quantity: str | None = None
    seen: dict[str, list[float | None]] = {}  # each quantity's figures' values, as written
    nouns_of: dict[str, str] = {}  # (and the noun it was last named by)
    last_share: str | None = None
    last_share_q: str | None = None
    last_share_at = -1  # (the sentence it was read in)
    prev_source: Source | None = None
    prev_sentence = (-1, -1)

    merged = _merged_ranges(text, list(figures))
    merged_starts = [g.start for g in merged]
    top = _top_paragraphs(text, spans)
    heads = _headlines(text, spans)
    topic = _topic_unit(text, merged, top)
    latest = _latest_year(merged, top)
    # (the opening, headline and lede, is about the year before: "Last year, ..." is then
    # no other occasion)
    lede = next(((a, b) for a, b in top if text[a:b].rstrip(" \u00a0\"”’'").endswith(".")),
                None)
    opening_last_year = any(_LAST_YEAR_OPENS_RE.search(text, a, b)
                            for a, b in [*heads, *([lede] if lede else [])])
    topic_q: str | None = None
    topic_event = False  # (the article's quantity counts what happened: "shot 310,000 deer")
    rated = _rate_topic(text, top)
    rate_noun: str | None = None  # (the first rate's counted noun, when nothing names it)
    # the base the article's rates are per ("14.2 deaths per 1,000 live births"): a bare
    # figure it calls a rate is per the same base
    article_base = next((rb for f in merged if f.unit and f.unit.startswith("per ")
                         and (rb := rate_base(f.text)) is not None), None)
    money_q: str | None = None
    span = _topic_span(text, merged, top, topic) \
        if topic is not None and topic in _ORDERED_KEYS.values() else None
    # what each dimension's figures are measured against: the opening's for the article's
    # own measure, else the first figure the article keeps in it
    sizes: dict[str, float] = {topic: span} if topic is not None and span is not None else {}
    prev_f: Figure | None = None
    last_age: str | None = None  # the quantity of the last thing's age the text gave
    last_time: str | None = None  # ... and of the last length of time a source gave
    age_values: dict[str, list[float | None]] = {}
    head_end = _headline_end(text)
    # (an article that counts days on which something happened counts them in its other
    # figures of days too: "the log shows 312 days", "estimates between 55 and 65 days")
    days_counted = any(f.kind in ("duration", "range") and _days_counted(text, f)
                       for f in merged)
    for f in merged:
        if (qn := _QUOTED_AS_NAME_RE.match(text, f.end)) and \
                text[f.start - 1:f.start] in _OPEN_QUOTES and \
                not (f.unit and qn.group(0).rstrip("s").endswith("claim")):
            continue  # "Where does the 'one in three' figure come from?": a figure named,
            # not given (whoever gave it, their own sentence says so); but a claim quoted
            # whole is the claim's figure ("rejects ‘nearly 3,000 missed bins’ claim")
        said = _said_again(text, f, prev_f)
        # the claim a bare "The agency says 24." says again, in its unit and quantity
        again = out[-1] if said is not f and out and out[-1].figure is prev_f and \
            out[-1].source is not None else None
        prev_f = f
        f = said if again is not None else f
        restated = _restated(text, f, out) if again is None else None
        named_again = _named_again(text, f, out) if again is None and restated is None \
            else None
        if named_again is not None:
            # "1,184 is the number our volunteers could verify": the figure given before,
            # named again as a figure by whoever says this (their source, found below)
            again = named_again
            f = replace(f, kind=named_again.figure.kind if named_again.figure.kind in (
                "count", "duration") else f.kind, unit=named_again.figure.unit)
        if restated is not None:
            # "the council’s 27.5": the figure that source gave, in its unit and quantity
            # (the number alone: a word after it is no unit of its own)
            again = restated
            num = re.match(r"[\d.,]+", f.text)
            end = f.start + num.end() if num else f.end
            f = replace(f, kind=restated.figure.kind if restated.figure.kind in (
                "count", "duration") else f.kind, unit=restated.figure.unit,
                end=end, text=text[f.start:end])
        if f.kind == "count" and f.unit is None and topic is not None and \
                (om := _OF_OWNERS_NOUNS_RE.match(text, f.end)) is not None and \
                _norm_noun(om.group("unit")) == topic:
            # "more than 30 of our children's playgrounds have been shut": a count of the
            # article's own noun, named after "of" and an owner, with no whole given ("30
            # of our 64 playgrounds" is a part of a whole, read as one below; "1,100 of our
            # neighbours" in a story of deaths stays the bare number the question reads)
            f = replace(f, unit=om.group("unit"))
        cm = _COMPOUND_FIGURE_RE.match(text, f.end) if f.kind == "count" and \
            f.unit is None else None
        if cm is not None and canonical_unit(cm.group("unit"))[0] != "duration":
            # "Tellurian's 312,000-tonne copper claim": a figure in a compound adjective
            # before a noun of figures is a figure in that unit (a "32,000-seat stadium",
            # a "15-year plan" stay labels)
            f = replace(f, unit=cm.group("unit"), end=cm.end("unit"),
                        text=text[f.start:cm.end("unit")], bare=False)
        key = _unit_key(f)
        topical = topic is not None and key == topic and (
            span is None or _of_order(f, span))
        measured = (f.kind != "duration" and key != DURATION_KEY) or (bool(
            _MEASURED_TIME_RE.search(
            text[max(0, f.start - 60):f.start])) or bool(
            _AVERAGE_AFTER_RE.match(text, f.end, f.end + 40)) or bool(
            _GIVEN_TIME_RE.search(text, max(0, f.start - 90), f.start)) or bool(
            _PUT_AVERAGE_AT_RE.search(text, max(0, f.start - 200), f.start))) and \
            not _AGED_RE.match(text, f.end)  # "the average patient was 67 years old": an age
        measured = measured or _thing_age(text, f)  # ("the yew is 5,000 years old")
        # "the ferries have an average age of 26 years": a thing's or a group's average age,
        # a measure a source gives (never one's own age: "she is 52 years old")
        measured = measured or _average_age(text, f)
        # "the regional inventory had fallen to 1.5 days of supply", "a buffer stock good
        # for nine days": a stock measured in the time it lasts
        measured = measured or (f.kind in ("duration", "range") and
                                _stock_time(text, f) is not None and
                                not _AGED_RE.match(text, f.end))
        # (a count of days, read once a figure: what it measures, its quantity, its "on")
        day_count = f.kind in ("duration", "range") and _days_counted(text, f, days_counted)
        measured = measured or day_count
        # "The trust says the average wait is 22 weeks. The forum puts it at 40 weeks":
        # a length of time a source gives as the value of the one just named
        framed_time = not measured and f.kind in ("duration", "range") and \
            last_time is not None and key == DURATION_KEY and bool(_FRAMED_TIME_RE.search(
                text, max(0, f.start - 80), f.start)) and not _AGED_RE.match(text, f.end)
        measured = measured or framed_time
        # "Twenty-two weeks is still too long", "Ms Dorgan's 40 weeks measure different
        # things": a length of time a source gave before as the measure of something, said
        # again as a figure talked of (the subject of its verb, or someone's), never a
        # time of its own ("took office 22 weeks ago", "I waited 22 weeks")
        measured = measured or (f.kind == "duration" and f.value is not None and (
            _TALKED_OF_AFTER_RE.match(text, f.end) is not None or
            _MEASURE_AFTER_RE.match(text, f.end) is not None or  # ("the 40-week figure")
            re.search(r"[’']s?[ \u00a0]+$", text[max(0, f.start - 3):f.start]) is not None
        ) and any(o.figure.kind == "duration" and o.figure.unit == f.unit and
                  o.figure.value == f.value and o.quantity.startswith("duration of ")
                  for o in out))
        revised = not measured and last_quantity is not None and \
            last_quantity.startswith("duration of ") and bool(
                _REVISED_TO_RE.search(text, max(0, f.start - 60), f.start))
        # "the national tally, which the agency itself raised from 39,500": the figure
        # before a revision of the count last named, the same quantity
        revised = revised or (
            f.kind == "count" and f.unit is None and last_quantity is not None and
            bool(last_noun) and bool(_REVISED_FROM_RE.search(text, max(0, f.start - 60),
                                                            f.start)) and
            any(_near_order(f.value, v) for v in seen.get(last_quantity, [])))
        # "the HSE said 27 centres had not reopened ... it revised that to 34": a bare count
        # a revision gives the count last named, of its order
        revised = revised or (
            f.kind == "count" and f.unit is None and last_quantity is not None and
            bool(last_noun) and bool(_REVISED_THAT_TO_RE.search(text, max(0, f.start - 60),
                                                               f.start)) and
            any(_near_order(f.value, v) for v in seen.get(last_quantity, [])))
        measured = measured or again is not None or revised
        if f.kind == "duration" and out and (out[-1].figure.unit == "%" or
                                             out[-1].figure.kind == "ratio") and \
                out[-1].figure.end <= f.start and f.start - out[-1].figure.end <= 60 and \
                not re.search(r"[,;:.!?]", text[out[-1].figure.end:f.start]):
            continue  # "one in five patients waits more than 18 months": the share's
            # threshold, no length of time of its own
        if f.unit is None and f.kind in ("count", "range") and _TIMES_RE.match(text, f.end):
            continue  # "valued at 10 to 15 times ARR", "three times as many": a multiple of
            # another figure, no figure of its own
        if f.kind in ("year", "period") or ("/" in f.text and "/" not in (f.unit or "")) or (
                not topical and not measured):
            continue  # dates and times; "9/11", "24/7" are not figures of anything; a
            # duration only where it is what is measured ("an average of 9 days") or in
            # the unit of the article's own quantity ("14,000 hours" of spills)
        if _DIFFERENCE_RE.search(text, max(0, f.start - 40), f.start) and not (
                (f.kind == "money" or f.unit in CURRENCY_SIGNS.values()) and
                not _BETWEEN_AFTER_RE.match(text, f.end, min(len(text), f.end + 80))) and \
                not _BETWEEN_THINGS_RE.match(text, f.end, min(len(text), f.end + 80)) and \
                not (topical and f.kind == "duration" and
                     not _DIFFERENCE_OF_TWO_RE.match(text, f.end, min(len(text), f.end + 120))):
            # (a difference in the article's own length of time, with no two figures named
            # after it, is what the story measures: "tablets rob children of 30 minutes'
            # rest" ... "the one trial saw a difference of roughly seven minutes")
            continue  # "the gap of more than 700 hours between its figure and ...": a
            # difference of two figures, no figure of the quantity ("a budget gap of £12
            # million", a sum missing, is one; so is "a difference of 3.2 degrees between
            # the valley floor and the ridge", a gap between two things measured)
        if _location(text, f):
            continue  # "22 kilometres off the coast": where a thing is, no figure of it
        if f.kind == "range" and f.text.lower().startswith("between") and \
                _GAP_BETWEEN_RE.search(text, max(0, f.start - 30), f.start):
            continue  # "the difference between 12 and 21 per cent": two figures compared
        if rejected(text, f.start, f.end):
            continue  # "it is not nine thousand", "If you tell me 640": a figure the
            # speaker names to reject it, never one they give
        if f.kind == "sample" and not _FINDING_RE.search(text[max(0, f.start - 60):f.start]) \
                and not _size_story(text):
            continue  # "a survey of 2,400 households": a sample size, not an estimate (but
            # a story of how big a trial was weighs its sizes: "Fermented-food trial grows
            # and shrinks in the retelling")
        p = _para_of(spans, starts, f.start)
        if p is None:
            continue
        ps, pe = spans[p]
        if is_furniture_line(text[ps:pe]) and not _CORRECTION_RE.match(text, ps, pe):
            continue  # (a correction notice is the article's word on a figure: kept)
        ps = dateline_end(text, ps, pe)  # "MOSUL, Iraq (Reuters) —" is nobody's
        if (bm := _LIST_ITEM_RE.match(text, ps, pe)) is not None and bm.end() <= f.start:
            ps = bm.end()  # "• The Guild of Touring Artists ... estimates": a list's mark
            # opens no name (its item's subject is the first words after it)
        ss, se = sentence_around(text, ps, pe, f.start, f.end)
        if ss >= head_end and (lm := _LEAD_IN_RE.match(text, ss, f.start)) is not None:
            ss = lm.end()  # "Worth noting: the association's January release said": the
            # sentence after its lead-in (a label in capitals, "Claim: The ...", stays; so
            # does a headline's topic, "Northmoor job cuts: university counts 180 posts")
        if _IF_CLAUSE_RE.match(text, ss, f.start):
            continue  # "If cash use is closer to one in five purchases, ...": a supposition
        if f.kind == "duration" and _WAITED_BEFORE_RE.search(text, max(ss, f.start - 30),
                                                             f.start) and (
                _WHO_BEFORE_RE.search(text, max(ss, f.start - 60), f.start) or
                _SHARE_BEFORE_RE.search(text, _clause_open(text, ss, f.start), f.start)) and \
                not _AVERAGE_AFTER_RE.match(text, f.end, f.end + 40):
            continue  # "roughly half reported waiting more than 60 weeks",
            # "those who had been waiting more than 60 weeks were": the wait that
            # defines a share or a group, a threshold, no figure of how long the wait is
        if _worked_on(text, f, ss, se, merged, merged_starts, topic):
            continue  # "a study, which ringed 340 finches, put the toll at 600 to 900
            # birds": what the study did its work on, no figure of what it found
        if _MISSTATED_RE.search(text, ss, f.start):
            continue  # "An earlier version of this story misstated the estimate as 8,600
            # km": the error a correction owns up to, nobody's figure
        if _asked_in_quote(text, f, quoted, quoted_starts):
            continue  # “What kind of genius loses a billion dollars in a single year?”:
            # a question a speaker asks claims no figure
        if _NOT_A_FIGURE_RE.search(text[max(ss, f.start - 40):f.start]) or \
                _AS_MUCH_AS_RE.search(text, max(ss, f.start - 100), f.start) or \
                _SOME_EXTREME_RE.search(text, max(ss, f.start - 100), f.start):
            continue  # "a margin of error of 25 percent", "an uncertainty of ±0.2 billion
            # tonnes", "as much food as 35,000 people"
        if f.unit in _STREAK_UNITS and _STREAK_AFTER_RE.match(text, f.end, se) and \
                _TREND_BEFORE_RE.search(text, max(ss, f.start - 40), f.start):
            continue  # "had fallen for four months running", "three years in a row": how
            # long a trend has lasted, no figure of what is measured
        if f.unit is None and re.match(rf"{_SP}+apart\b(?!{_SP}+from)", text[f.end:f.end + 14]):
            continue  # "we are more than a hundred thousand apart": the gap between sides
            # (not "all 3,000 homes apart from six")
        if _WHOLE_BEFORE_RE.search(text, max(ss, f.start - 60), f.start):
            continue  # "180 roles out of a workforce of 1,150", "180 of its 1,150 staff":
            # the whole a part is counted in, no answer to how many the part is
        before = _word_before(text, f.start, ss)
        if before == "than" and _BOUND_THAN_RE.search(text, max(ss, f.start - 20), f.start):
            before = ""  # "fewer than one in 10": the figure's bound, no comparison
        if before == "at" and _RECKONED_AT_RE.search(text, max(ss, f.start - 60), f.start):
            before = ""  # "you are looking at £61 million", "valued at": the figure itself
        if before == "in" and _PHRASAL_IN_RE.search(text, max(ss, f.start - 30), f.start) and \
                singular((f.unit or "-").split()[-1]) not in _PLACE_NOUNS:
            before = ""  # "Our reps signed in 4,236 members": a verb's particle, its object
            # the figure (no "in 12 states" of a scope)
        is_share = f.unit == "%" or f.kind == "ratio"
        if is_share and last_share_q is not None and last_share_at != ss and \
                last_share_q.startswith(("reduction in ", "increase in ")):
            # "cut consumption per server by 22%" ... (a later sentence) "a quarter of this
            # town's water": a change is its own sentence's, never a later share's
            last_share = last_share_q = None
        quantity, noun = _quantity(text, f, ss, se, last_share if is_share else last_noun,
                                   last_share_q if is_share else last_quantity)
        if quantity is not None and quantity.startswith(DURATION_KEY) and day_count:
            quantity, noun = "day", "days"  # a count of days ("How many days?"), no length
        if quantity is None and f.kind == "count" and f.unit is None and \
                topic is not None and re.fullmatch(r"[a-z]+", topic) and \
                topic not in _ORDERED_KEYS.values() and \
                f.start < head_end and _SAYS_BARE_RE.search(text, max(0, f.start - 20), f.start):
            # "How many Toronto music venues have closed? City says 41, industry says 64":
            # a headline's bare number after a saying verb, of nothing else, counts what
            # the article counts, under the noun as the text writes it ("venues": a
            # question is asked in the plural)
            written = re.search(rf"\b{re.escape(topic)}e?s\b", text, re.I)
            quantity, noun = topic, written.group(0).lower() if written else topic
        if f.kind == "count" and f.unit is None and again is None and f.value is not None \
                and f.value >= 1000 and quantity != AGE_KEY and \
                not _OWN_QUANTITY_RE.match(text, f.end, se) and \
                not _measure_before(text, f.start, ss):  # (not "8,500 had been evacuated", nor
            # "Police put the crowd at 2,000": a noun before it names it)
            same = next((c for c in reversed(out) if c.figure.unit is not None and
                         c.figure.kind == "count" and c.figure.value == f.value and
                         "@" not in c.quantity), None)
            if same is not None:
                # "30,100 parcels ... our 18,000 is a real figure": a bare number the text
                # gave before with what it counts counts that (not the last noun named)
                quantity, noun = same.quantity, same.noun
        if quantity == AGE_KEY and last_age is not None:
            quantity = last_age  # "... said it is no more than 20,000 years old": the age
            # of the thing last aged, "it"
        elif f.unit is None and f.kind == "count" and last_age is not None and \
                f.value in age_values.get(last_age, ()) and \
                _quoted_at(quoted, quoted_starts, f.start):
            # "the yew is 5,000 years old ... 'We've always said 5,000'": the same age said
            # again, bare, in a quotation (no other bare number borrows an age's unit:
            # "Volunteers said 150 had signed up" after "150 years old" counts people)
            quantity, noun = last_age, "years"
        # (the latest sourced figure in that measure: a length of time named on the way,
        # "a loss at 20 weeks", is no figure the conversion restates)
        bf = _broad_measure(f) if _CONVERTED_RE.search(text, max(ss, f.start - 40),
                                                       f.start) else None
        converted = next((c for c in reversed(out) if c.source is not None and (
            bp := _broad_measure(c.figure)) is not None and bp[0] == bf[0]),
            None) if bf is not None else None
        converted_from: Source | None = None
        if bf is not None and prev_source is not None and ss - 3 <= prev_sentence[1] <= ss and \
                (converted is None or converted.start < prev_sentence[0]):
            # "counts about 412,000 residents ... That works out to roughly 6.7 percent of
            # the population": the sentence just before, in another measure (its source,
            # not a share some other source gave further back)
            converted, converted_from = None, prev_source
        if again is not None:
            quantity, noun = again.quantity, again.noun
        elif converted is not None:
            quantity, noun = converted.quantity, converted.noun  # (in its measure)
        elif framed_time and last_time is not None:
            quantity = last_time
        elif revised and last_quantity is not None:
            quantity = last_quantity  # "... raised that to 27.5 minutes": the same measure
            # (as another occasion's, if the figure it revises was: no second mark below)
        bounds = _bounds(f)
        mid = (bounds[0] + bounds[1]) / 2 if bounds is not None else None
        if f.kind in ("count", "range") and f.unit is None and quantity is not None and \
                quantity == last_quantity and again is None and mid is not None and \
                not any(_near(mid, v) for v in seen.get(quantity, [None])):
            # "212 fox complaints ... put the figure at between 2,000 and 3,000": a bare
            # figure far from every figure of the noun last named is a figure of the count
            # before it of its own order, when there is one
            # (a count two figures have answered already, the article's question so far:
            # not "488 beds" beside "the RCN put the figure at 300" patients)
            other = next((q for q, vs in reversed(list(seen.items()))
                          if q != quantity and _a_count(q) and len(vs) >= 2 and
                          any(v is not None and _near(mid, v) for v in vs)), None)
            if other is not None:
                quantity, noun = other, nouns_of.get(other, noun)
        if f.kind == "count" and f.unit is None and quantity is not None and \
                quantity == last_quantity and not _a_count(quantity) and \
                not any(_near(f.value, v) for v in seen.get(quantity, [None])):
            # "an average of 10 days ... The port handled 3.3 million TEU": a bare number
            # far from every figure of the length of time, sum or rate before it is no
            # figure of it; but of the count before that within ten times when the text
            # frames it as the figure ("4,000 people ... some 80 km (50 miles) from the
            # coast. ... a charity reckons the actual number may be nearer 7,000")
            # (of the counts within ten times, the nearest: "6,000 people rallied and
            # 800 stewards were hired. The union said the actual number was nearer to
            # 15,000" is the marchers')
            near = min(((abs(math.log(f.value / v)), q) for q, vs in seen.items()
                        if q != quantity and _a_count(q) and "@" not in q
                        for v in vs if v and f.value and 0.1 <= f.value / v <= 10),
                       default=None) \
                if _FIGURE_FRAMED_RE.search(text, max(ss, f.start - 80), f.start) else None
            other = near[1] if near else None
            if other is None:
                continue
            quantity, noun = other, nouns_of.get(other, noun)
        base = rate_base(f.text) if f.unit and f.unit.startswith("per ") else None
        if base is None and article_base is not None and f.kind == "count" and \
                f.unit is None and _BARE_RATE_RE.search(text, max(ss, f.start - 40), f.start):
            base = article_base  # "INEGI ... calculates a rate of 17.6": the article's rate
        if base is not None:
            # "180 per 100,000", "between 210 and 270 per 100,000": one rate, named by the
            # rate the opening names ("Nunavut's TB rate"), whatever each sentence adds
            if rate_noun is None:
                rated = rated or _rate_word(text, ss, se)  # (else the first sentence naming it)
            what = rated or _rate_counts(f.text)  # (else what the rate itself counts)
            if not what and not rated and (own := _bare_rate_noun(f.text)) is not None and \
                    rate_noun is not None and own != rate_noun:
                what = own  # ("38 robberies per 100,000" after burglaries: its own noun)
            elif not what and not rated:
                # "412 domestic burglaries per 100,000": the first rate's own noun names
                # the article's rate, and a later "387 per 100,000" or "the police rate"
                # is the same one
                rate_noun = rate_noun or _bare_rate_noun(f.text)
                what = rate_noun
            quantity, noun = f"rate of {what or 'the'} per {base:g}", what or ""
        if quantity is None and topic is not None and f.kind == "count" and f.unit is None \
                and any(a <= f.start < b for a, b in top):
            # "BBMP says 2.8 lakh, animal groups say 4.5 lakh": a headline or lede leaves
            # out the unit of the quantity the article is about
            quantity, noun = topic_q or topic, ""
        if quantity is None and f.kind == "count" and f.unit is None and \
                any(a <= f.start < b for a, b in heads):
            # "Police say 12,000, organisers 40,000": what the figure below with the same
            # value counts (_headline_sources), or no figure
            quantity, noun = f"{_HEADLINE_Q} @{f.start}", ""
        if quantity is None:
            continue
        is_share = is_share and not _OF_THEM_STATE_RE.match(text, f.start, se)
        if is_share and _CONTROL_ARM_RE.match(text, f.end, se):
            continue  # "4 per cent of those given a placebo": a trial's control arm
        age_label = ""
        if is_share and (band := _age_band(text, f.end, _clause_end(text, f.end, se))) and \
                not _whole_band(text, band, [*top, *heads], f.start):
            # "one in four voters aged 18 to 24 cast a ballot", "41 per cent of 18- to
            # 24-year-olds voted": a share of an age group the population names, one
            # quantity with the same band's share from any source, apart from everyone's
            if _VOTED_RE.search(text, f.end, _clause_end(text, f.end, se)):
                quantity = "rate of turnout"  # (the share of a group that voted)
            age_label = f" aged {band}"
            quantity = f"{quantity}{age_label}"
        elif is_share and _VOTERS_VOTED_RE.match(text, f.end, _clause_end(text, f.end, se)):
            # "just under two thirds of registered voters had taken part": the turnout
            quantity = "rate of turnout"
        if not age_label and is_share and (
                _AGE_GROUP_RE.search(text, ss, f.start) or
                _AGE_GROUP_RE.search(text[:_clause_end(text, f.end, se)], f.end)):
            # "Among those aged 60 or older, the figure reached 48%": a share of an age group
            # inside the population, a quantity of its own, in no question (two sources'
            # shares of one age group are left for the journalist to join: later passes
            # that give a share the population of the one before would carry an age
            # group's name to a share of everyone); a later share borrows the population,
            # not the age group (below)
            age_label = f" @{f.start}"
            quantity = f"{quantity}{age_label}"
        if is_share and _OF_ANOTHER_RE.match(text, f.end, se):
            # "a third of that", "60 percent of them girls": a share of another figure,
            # a quantity of its own that no other source gives
            quantity = f"share of @{f.start}"
        if topical and (not measured or topic == LENGTH_KEY or (
                topic == DURATION_KEY and span is not None and again is None and
                topic_q is not None)) and _per_part(quantity) == _per_part(topic_q or topic):
            # (a length an hour is a speed, never the article's length: "200 miles per
            # hour" beside "the line is 140 miles long")
            # (a length of time of the opening's order is the article's measure however a
            # source words it: "an average of 6.4 days" beside the headline's "three days")
            quantity, noun = topic_q or topic or "", f.unit or ""
        if topic is not None and key is not None and quantity == key and \
                _kind_of(key, topic):
            # "between 600 and 900 birds" in an article about songbirds: a count of the
            # compound's head noun is a count of the article's quantity, said more broadly
            # (and "songbirds" in one about birds is one too)
            quantity, noun = topic_q or topic, f.unit or ""
        if quantity == "population" and topic is not None and f.unit is None and \
                not topic_event and \
                (tq := topic_q or topic) != "people" and _a_count(tq) and \
                tq not in STATES.values() and seen.get(tq) and (
                    bb := _bounds(f)) is not None and \
                all(_near((bb[0] + bb[1]) / 2, v) for v in seen[tq] if v):
            # "puts the national herd at about 4.2 million" in a story of how many
            # feral goats there are: the count the article is about, of its order (a death
            # toll's story keeps a herd's population apart: a count of the living, and so
            # does a story of how many were shot, culled or treated: a stock beside a flow)
            quantity, noun = tq, nouns_of.get(tq, noun)
        if f.unit is None and last_quantity is not None and quantity == last_quantity and \
                not quantity.startswith("money") and \
                _THE_FIGURE_BEFORE_RE.search(text, max(ss, f.start - 40), f.start) and \
                (bb := _bounds(f)) is not None and (last_near := next((
                    o for o in reversed(out) if o.source is not None and o.quantity != quantity
                    and "@" not in o.quantity and not o.quantity.startswith("money") and
                    (ob := _bounds(o.figure)) is not None and
                    _near((bb[0] + bb[1]) / 2, (ob[0] + ob[1]) / 2)), None)) is not None and \
                all(v and not 0.1 <= (bb[0] + bb[1]) / 2 / v <= 10
                    for v in seen.get(quantity, [])):
            # "puts the figure at nearly 61,000", "putting the number at 1,146": the figure
            # the story weighs, said again by another source (the last sourced figure of its
            # order), whatever count ten times smaller or larger the sentence before named
            # ("3,400 duplicate entries"; never "2,000 businesses ... puts the figure at
            # 9,000", which may be theirs)
            quantity, noun = last_near.quantity, last_near.noun
        if quantity in _HYPERNYMS and \
                (nm_ := _MEASURE_OF_PLURAL_RE.search(text, ss, f.start)) is not None and \
                _norm_noun(nm_.group(1)) != quantity:
            # "raised its estimate of gray wolves in the Kessel Range to 156 animals": the
            # wolves, named by the broader word
            quantity, noun = _norm_noun(nm_.group(1)), nm_.group(1)
        if topical and topic_q is None:
            topic_q = quantity  # the article's quantity: what its first such figure counts
            topic_event = _counts_an_event(text, f, ss, se)
        if quantity.startswith("money "):
            if money_q is None and "@" not in quantity and any(
                    a <= f.start < b for a, b in top):
                money_q = quantity  # "Opposition pegs cost at ₹14,000 crore" (headline)
            elif money_q is not None and re.fullmatch(r"money \S+ @\d+", quantity) and \
                    quantity.split()[1] == money_q.split()[1]:
                # a sum in the article's currency that says nothing of what it is ("Opposition
                # says ₹14,000 crore", "you reach Rs 14,000 crore"): the sum the article is
                # about, as its opening named it
                quantity = money_q
        if ((gm := _GOAL_BEFORE_RE.search(text, max(ss, f.start - 60), f.start)) is not None
                and not _BEYOND_GOAL_RE.search(text, max(ss, gm.start() - 80), gm.start())) or \
                _GOAL_AFTER_RE.match(text, f.end, se):
            # "the national target is an average response of 18 minutes", "miss the
            # 18-minute target": what is aimed at, no one's measure of what happened
            quantity = f"{quantity} @{f.start}"
        year_before = not revised and bool(
            _YEAR_BEFORE_AFTER_RE.match(text, f.end, se) and
            _COMPARED_BEFORE_RE.search(text, max(ss, f.start - 30), f.start))
        if not revised and (year_before or
                            _earlier_occasion(text, f, ss, latest, opening_last_year)):
            # ("recording 1,142 offences compared with 1,241 the year before": the earlier
            # year's count the source sets its own against, no side of the dispute)
            # "the 2021 march drew 100,000", "last year's count was 5,000": another
            # occasion's figure, never a side of the current question
            quantity = f"{quantity} @{f.start}"
        if before in SCOPE_PREPS and not revised and not (topical and (
                before in _TOPIC_PREPS or (before == "by" and span is not None))) and \
                not (f.kind == "duration" and _SEEN_WITHIN_RE.search(
                    text, max(ss, f.start - 40), f.start)) and \
                not _measure_before(text, f.start, ss) and base is None \
                and not (is_share and before in _SHARE_PREPS and f.of) and not (
                    # "nausea was experienced by 6 per cent of those on the pill": the
                    # agent of a passive, a share of the people who did it
                    is_share and f.of and before == "by" and
                    _PASSIVE_BY_RE.search(text, max(ss, f.start - 30), f.start)) and not (
                    # "had been watched at its peak by 14 million people": the audience
                    # that did it, counted
                    before == "by" and f.kind == "count" and
                    _AUDIENCE_BY_RE.search(text, max(ss, f.start - 60), f.start)) and not (
                    # "broke ground on more than 4,000 new homes": what the work is on,
                    # counted
                    before == "on" and f.kind == "count" and
                    _WORK_ON_RE.search(text, max(ss, f.start - 40), f.start)) and not (
                    before == "for" and (f.kind == "money" or f.unit in CURRENCY_SIGNS.values())) \
                and not quantity.startswith(AGE_KEY) and not (
                    before == "on" and f.unit == "%" and _POLL_ON_RE.search(text, ss, f.start)) \
                and not (before == "on" and day_count) and not (
                    # "reaching category 2 patients in 28 minutes on average": how long it
                    # takes, measured
                    before in ("in", "within") and f.kind == "duration" and
                    _AVERAGE_AFTER_RE.match(text, f.end, f.end + 40) and
                    not _AIMED_BEFORE_RE.search(text, ss, f.start)):
            if before == "from" and _REVISED_TO_FROM_RE.search(text, max(ss, f.start - 200),
                                                               f.start):
                pass  # "raised its estimate to 4,300 hectares, from 3,800": the source's
                # own first figure, which the question shows as revised (not another time)
            elif before == "from" and _UP_DOWN_FROM_RE.search(text, max(ss, f.start - 20),
                                                              f.start):
                # "38 per cent full, down from 71% at the same point last year": the
                # source's own figure for an earlier time, no side of the dispute but theirs
                quantity = f"{quantity} @{f.start}"
            else:
                continue  # ("bleaching on nearly three-quarters of the reefs" is a share;
                # "can be bought for around €180" is a price; "puts the Civic Alliance on
                # 38 per cent" is a poll's share)
        if f.kind == "count" and _SAMPLE_BEFORE_RE.search(text[max(ps, f.start - 40):f.start]) \
                and not _size_story(text):
            continue  # "a YouGov poll of 1,650 adults": a sample, not an estimate
        if f.kind == "count" and f.unit is None and (sm_ := _SUBJECT_AT_RE.search(
                text, max(ss, f.start - 60), f.start)) is not None:
            # "The FTSE index is now at 8,100", "The waiting list is at 7,400": the level of
            # what the copula's subject names, not the last noun counted
            quantity, noun = _norm_noun(sm_.group("noun")), sm_.group("noun")
        if quantity == "people" and "death" in seen and re.search(
                rf"\b(?:lost|lose|loses|losing){_SP}+$", text[max(ss, f.start - 12):f.start]) \
                and not re.match(rf"[^.;:!?,]{{0,30}}?{_SP}to{_SP}+[a-z]", text[f.end:se]) and \
                not re.search(r"\b(?:since|over the years|every year|each year)\b",
                              text[ss:f.start], re.I):
            quantity = "death"  # "So far we have lost 26 people" beside a death toll
        if _NOWHERE_NEAR_RE.search(text, max(ss, f.start - 30), f.start):
            continue  # "None of the serious estimates gets anywhere near one in seven":
            # another's figure the speaker rejects, no claim of theirs
        if f.kind == "count" and _MARGIN_BEFORE_RE.search(text, max(ss, f.start - 40), f.start):
            # "Yes had won by 62,114 votes", "the margin would shrink to about 39,000 votes":
            # a margin, one question of its own, never a side of the totals
            quantity = f"margin of {quantity or 'votes'}"
        if f.kind == "count" and _MORE_THAN_AFTER_RE.match(text, f.end, se):
            # "officers had made 640 more arrests for burglary than in 2023": a difference
            # between two years' counts, no figure of what the article counts
            quantity = f"difference @{f.start}"
        if f.kind == "count" and _BODY_SIZE_RE.search(text, max(ss, f.start - 60), f.start):
            # "The union, which represents about 30,000 of Vantrell's staff": the body's
            # size, said of it in passing, no side of what the article counts
            quantity = f"{quantity} @{f.start}"
        if f.kind == "count" and _STUDY_CLAUSE_RE.search(text, ss, f.start) and \
                _FINDING_AFTER_RE.match(text, f.end):
            # "A study ..., which fitted GPS collars to 86 koalas, estimated that 2,600 ...":
            # what the study was made of, in the clause that describes it, never its finding
            continue
        if _LABEL_BEFORE_RE.search(text[max(ps, f.start - 30):f.start]) and (
                f.kind == "count" or f.unit == "%") and not (
                f.unit == "%" and quantity.startswith(("reduction", "increase"))):
            # ("a 27% drop", "a 45 per cent fall": a change, not a label)
            continue  # "the top 1 percent" is a group, "a 911 caller" a name
        if f.kind == "count" and f.value is not None and f.value == int(f.value) and \
                f.value < 100 and canonical_unit(f.unit)[0] in ("count", "number") and \
                _CLASS_BEFORE_RE.search(text, max(ps, f.start - 12), f.start):
            continue  # "category 2 patients": a class, no count
        nm = _NAME_NUMBER_RE.search(text, max(ss, f.start - 30), f.start)
        if f.kind == "count" and nm and nm.group(1) not in _LEAD_WORDS and \
                nm.group(1) not in _MONTH_WORDS and (text[ss:nm.start(1)].strip() or
                                                     nm.group(1) in _NUMBERED_UNITS):
            continue  # "Fortune 500 companies", "Formula 1 teams": a number in a name
            # ("Local 417 of the Power Workers' Guild estimates": a union's numbered branch)
        if f.kind == "count" and f.unit is None and _ADDRESS_RE.match(text, f.end):
            continue  # "in front of 131 West 23rd Street": a street number
        if _phone_line(text, f):
            continue  # "calls to 311", "from 911 calls", "by calling 211.": no count
        if _ALL_BUT_RE.search(text, max(0, f.start - 12), f.start) and \
                " of " not in f.text and not re.match(rf"{_SP}+of\b", text[f.end:f.end + 5]):
            continue  # "expects to restore all but a few hundred by Friday": what is left
            # of a whole, no count the sources give
        if f.kind == "count" and re.match(r"-(?!strong\b)[a-z]", text[f.end:f.end + 8]):
            continue  # "the 32,000-seat stadium", "a 15-year plan": a label, not a count
        if f.kind == "count" and not (topical and (span is not None or (
                f.unit is not None and _OPENS_BEFORE_RE.search(text, ss, f.start)))) \
                and base is None and _minor_count(text, f):
            continue  # "three things", "two major parties", "as of 2008," (a length in the
            # article's dimension, "Thirty-nine millimetres", is a measure in any words; so
            # is a count of the article's own noun opening its sentence or quotation, spelled
            # out as a sentence's first number is: ': "Twelve playgrounds have closed')
        if f.unit is None and f.kind == "count" and (f.value or 0) < 100 and base is None and not \
                revised and again is None and not \
                re.match(rf"{_SP}+according{_SP}+to\b", text[f.end:f.end + 14]) and not \
                _SMALL_TOLL_RE.search(text, max(ss, f.start - 60), f.start) and not \
                _OF_THEM_STATE_RE.match(text, f.start, se) and not \
                (f.start < head_end and quantity == topic) and not \
                _STATE_NEXT_RE.match(text, f.end, se) and not (
                    (_COUNTED_BARE_RE.search(text, max(ss, f.start - 30), f.start) or (
                        _GIVES_COUNT_BEFORE_RE.search(text, max(ss, f.start - 60), f.start)
                        and _CLAUSE_ENDS_AFTER_RE.match(text, f.end, se) is not None and
                        not _AGE_ASKED_RE.search(text, ss, f.start) and
                        "@" not in (quantity or "@") and _a_count(quantity or ""))) and
                    quantity is not None and any(_near(f.value, v)
                                                 for v in seen.get(quantity, []))):
            # ("The police counted 87 homicides. The coroner's office recorded 94": a
            # count of what the sentence before counted, near its figure, by another body)
            continue  # ("the real toll was closer to 60", "44 of them had died" count)
        dim = quantity.split(" per ")[0]
        if dim in (LENGTH_KEY, AREA_KEY) and _place_size(text, f, ss):
            # "the national park, which covers 69,000 hectares": the place's own size, of
            # any order (the order alone cannot tell a park from the area burnt in it)
            quantity = f"{quantity} @{f.start}"
        elif dim in (LENGTH_KEY, AREA_KEY) and not (topical and span is not None):
            size = _canonical_size(f)  # (None: a bare number the sentence before measured)
            ref = sizes.setdefault(dim, size) if size else None
            if ref is not None and not _of_order(f, ref):
                # "the 167,000 hectares of the park" beside "34,000 hectares" burnt: another
                # area, a quantity of its own
                quantity = f"{quantity} @{f.start}"
        src = _source(text, f, ss, se, _quoted_at(quoted, quoted_starts, f.start), people,
                      mentions, studies,
                      prev_source if prev_sentence[0] >= 0 else None) or \
            _label_source(text, f, ps, pe, people)
        if src is not None and src.kind == "generic":
            # (a headline's "union says" is named by the figure's own body below, whatever
            # "Union" comes next: _described_named_later)
            src = _apposed_name(text, src) or (_named_after_generic(text, src)
                   if not 0 <= src.start < head_end < len(text) else None) or \
                _respondents_study(text, ss, f.start, src, studies) or \
                _officials_of(text, ss, src, mentions) or _role_holder(text, src, people) or src
        if restated is not None:
            src = restated.source  # (the owner's figure, as the owner was named for it)
        elif src is None and converted is not None:
            # "5.6 per 1,000 births ... That works out to roughly one stillbirth for every
            # 180": the figure before in other terms, still its source's
            src = converted.source
        elif src is None and converted_from is not None:
            src = converted_from
        if src is None or src.kind == "generic" and src.how == "according-to" and \
                src.name.split()[0].lower() in _RESULT_NOUNS:
            # "according to findings released last May": findings of the study the
            # sentence names ("In Vantor's own study of 900 women"), when it names one
            src = _study_found(text, ss, f.start, studies) or (
                _sentence_study(ss, f.start, studies) if src is not None else None) or src
        if (src is None or src.name.lower() in _STUDY_TEAMS) and \
                (f.unit == "%" or f.kind == "ratio") and \
                prev_sentence[1] <= ss and not _quoted_at(quoted, quoted_starts, f.start):
            # (and "the team found that one in 25 ..." after "A cohort study from the
            # University of Kesswick ...": the study's team)
            src = _paragraph_study(text, ps, ss, prev_sentence, prev_source, studies) or src
        if src is not None and _PEAK_BEFORE_RE.search(text, max(ss, f.start - 40), f.start) \
                and any(o.sentence == (ss, se) and o.source is not None and
                        o.source.name == src.name for o in out):
            # "put the crowd at 52,000, peaking at 19,000 after dark": the same source's
            # peak beside its total, a part of it, no second answer of its own
            quantity = f"{quantity} @{f.start}"
        earlier = _EARLIER_OWN_RE.search(text, max(ss, f.start - 80), f.start)
        if earlier is not None and earlier.group("year") and latest is not None and \
                int(earlier.group("year")) < latest and "@" not in quantity:
            quantity = f"{quantity} @{f.start}"  # "the union's 2019 count of 55,000": its
            # owner's figure of a year before the story's, never a side of the question
            # now (never "puts the county's 2023 total at 387" in a story of 2023)
        fc = FigureClaim(f, quantity, noun, src, (ss, se))
        if earlier is not None and earlier.group("replaced"):
            fc.revised = True  # "the ministry's original estimate of 1,200", "the
            # department's January estimate of $6,900": one its owner has replaced, a
            # revision in the question, no side of it
        if src is not None and src.study is not None:
            fc.study_id = src.study
        else:
            for a, b, org, _label, sid in studies:
                if a < se and b > ss:
                    if _study_of_another(text, figures, f, a, b, ss, se):
                        continue  # "38 per cent, according to X, though a survey by Y put
                        # the rise at 22 per cent": the other clause's study, not this one's
                    fc.study_id = sid
                    if src is not None and org and src.kind == "organisation" and \
                            src.name.casefold() == org.casefold():
                        # "a study by the X estimated ...": X's figure is the study's, not
                        # a second, untitled report
                        fc.source = src = Source(src.name, src.kind, None, src.how,
                                                 src.start, sid, src.confirmed)
                    break
        fc.place = _place(text, f, ss, se)
        if is_share:
            fc.target = _target(text, f, ss, se)
        if src is not None:
            prev_source = src
            prev_sentence = (ss, se)
            if quantity.startswith("duration of "):
                last_time = quantity
        if src is None and f.kind == "count" and _SCOPE_CLAUSE_RE.search(
                text, max(ss, f.start - 60), f.start):
            pass  # "(X,) which represents about 11,000 property owners": a body's size,
            # never what a later bare "the number ... at 3,500" counts
        elif noun and is_share:
            last_share, last_share_q, last_share_at = noun, quantity.removesuffix(age_label), ss
        elif noun and quantity.startswith(AGE_KEY):
            # a thing's age is no unit a bare number after it borrows ("... 200 years old.
            # Locals say it has flooded 300 times")
            last_age = quantity if quantity != AGE_KEY else last_age
            age_values.setdefault(quantity, []).append(f.value if f.value is not None
                                                       else f.high)
        elif noun and not year_before and not (
                _OWN_LABEL_RE.search(quantity) and not quantity.startswith("money ")):
            # (not a count the source compares its own with: "compared with 1,241 the year
            # before. X says the true number is nearer 3,000" counts offences this year;
            # nor one of its own, of another time or thing: "up from 11,900 on Monday. The
            # network puts the figure at between 40,000 and 45,000" is this week's figure)
            last_noun, last_quantity = noun, quantity
            seen.setdefault(quantity, []).append(f.value if f.value is not None else f.high)
            nouns_of[quantity] = noun
        out.append(fc)
    _claimed_by_after(text, out)
    _compared_sums(text, out)
    _described_bodies(text, out)
    _named_next(text, out, mentions)
    _researchers_study(text, out, studies)
    _kinds_named(text, out, mentions)
    _respectively(text, out)
    _set_apart(text, out)
    _claim_sources(text, out)
    _headline_sources(text, out, heads)
    _staff_speak_for(out, people, mentions)
    _described_sources(text, out)
    _described_named_later(text, out)
    _body_named_before(text, out, people)
    _person_named_later(text, out, people)
    _office_holders(text, out, people, mentions)
    _its_people(text, out, people)
    _owned_studies(text, out, mentions, people)
    _acronym_sources(text, out)
    _short_names(out)
    _one_share(text, out, spans)
    _one_change(text, out)
    _one_count(text, out)
    _generic_counts(text, out, topic)
    _cost_things(text, out)
    _bare_sums(text, out)
    _one_sum(out)
    _cited_figures(text, out)
    _off_supply(text, out)  # (before the revisions: "8,200 customers" and a later "revised
    # its figure to 9,100" homes are one quantity, off supply, only once this has run)
    out[:] = [fc for fc in out if not _denied(text, fc)]
    from .described import described_bodies  # (a stage of its own, which imports from here)

    names_of_people = [p.name for p in people]
    described_bodies(text, out, names_of_people,
                     [*(n for _a, n, k in mentions.items if k == "organisation"),
                      *(fc.source.name for fc in out if fc.source is not None and
                        fc.source.person_id is None and fc.source.name[:1].isupper())])
    # (once every other rule has named what it can, the bodies described below among them:
    # a headline's "Charity says 38%" is the body the lede's "a charity" turned out to be)
    _kind_words_named(text, out, heads)
    from .continued import continued_sources  # (a stage of its own, which imports from here)

    continued_sources(text, out, mentions.items, names_of_people)
    from .signed import signed_sources  # (a stage of its own, which imports from here)

    signed_sources(text, out, spans, people, [(a, b) for a, b, _st in quoted])
    _reported_by(text, out, people, [n for _a, n, k in mentions.items if k == "person"])
    _recap_sources(text, out)
    _revisions(text, out)
    _two_names(text, out)
    from .grouping import _group  # (a stage of its own, which imports from here)

    _group(text, out)
    if _article_figures(text, out, quoted):
        _group(text, out)
    from .guess import guessed_sources  # (a stage of its own, which imports from here)

    guessed_sources(text, out, mentions, studies, quoted, quoted_starts, people,
                    [*top, *heads])
    return out


#: A clause's subject and its relative clause, up to a noun in it: "members who work as ".
_WHO_THEN_RE = re.compile(rf"[a-z]+{_SP}+(?:who|that){_SP}+[^,.;:!?]{{0,60}}?{_SP}")


def _reported_by(text: str, out: list[FigureClaim], people: Sequence[PersonLike],
                 named: Sequence[str]) -> None:
    """A kind of people as the subject of a clause a named person reports ("Teodoro
    Bautista ... told Radyo Bantay by phone that members who work as haulers ... estimate
    the good stock at barely 250,000 tons") gives the person's figure: the person is who
    the story quotes for it, the kind is only whom they speak for. ``named``: the names
    of people the text names, quoted or not."""
    ids = {p.name: p.id for p in people}
    for fc in out:
        s = fc.source
        if s is None or s.kind != "generic" or not s.name[:1].islower() or s.start < 0:
            continue
        ss = fc.sentence[0]
        told = next(reversed(list(_TOLD_THAT_RE.finditer(text, ss, s.start))), None)
        if told is None or (told.end() != s.start and not (
                told.end() < s.start and _WHO_THEN_RE.fullmatch(text, told.end(), s.start))):
            continue  # (the clause's subject, or a noun in its relative clause: "that
            # members who work as haulers estimate")
        who = next((n for n in [*ids, *named] if text.find(n, ss, told.start()) >= 0),
                   None) or _subject_person(text, ss, told.start())
        if who is not None:
            fc.source = Source(who, "person", ids.get(who), "reported", ss,
                               confirmed=who in ids)


_NAME_PLAIN_RE = lazy_compile(NAME_PLAIN)


def _subject_person(text: str, ss: int, end: int) -> str | None:
    """The person's name a sentence opens with, before ``end`` ("Teodoro Bautista,
    chairman of ..., told"), by the speech engine's reading of a name."""
    m = _NAME_PLAIN_RE.match(text, ss, end)
    cleaned = clean_name(m.group(0)) if m is not None else None
    if cleaned is None or len(cleaned[1]) < 2 or is_org(cleaned[0]):
        return None
    return " ".join(cleaned[1])


#: A figure's own source in a recap's list, right after it: "412,000 tons from the NFA",
#: "about 310,000 according to Senator Delos Reyes", "250,000 by the farmers' count".
_RECAP_MARK_RE = re.compile(
    rf"[^,;:.!?]{{0,30}}?{_SP}(?:from{_SP}+(?:the{_SP}+)?(?P<frm>[{UP}][\w’'&.-]*"
    rf"(?:{_SP}+[{UP}][\w’'&.-]*){{0,5}})(?={_SP}*(?:[,;.!?]|and\b|$))|according{_SP}+to{_SP}+(?:the{_SP}+)?"
    rf"(?P<acc>[\w’'&.-]+(?:{_SP}+[{UP}][\w’'&.-]*){{0,5}})|by{_SP}+(?:the{_SP}+)?"
    rf"(?P<by>[\w&.-]+(?:{_SP}+[\w&.-]+){{0,3}}?)(?:[’']s|s[’']){_SP}+(?:own{_SP}+)?"
    rf"(?:count|estimate|figure|reckoning|tally|numbers?|data))")


def _recap_sources(text: str, out: list[FigureClaim]) -> None:
    """A sentence that lists the sides again, each figure with its source after it ("So,
    three numbers for one stockpile: 412,000 tons from the NFA, about 310,000 according to
    Senator Delos Reyes, and 250,000 by the farmers' count") gives each figure the source
    its own words name: a source given a figure of that quantity before, by name, by
    initials, or (for a kind, "the farmers'") the one that gave that value. Only where two
    figures of one quantity or more each name theirs: a list, no single aside."""
    by_sentence: dict[tuple[int, int], list[FigureClaim]] = {}
    for fc in out:
        by_sentence.setdefault(fc.sentence, []).append(fc)
    for (ss, se), figs in by_sentence.items():
        if len(figs) < 2:
            continue
        figs = sorted(figs, key=lambda c: c.start)
        marks: list[tuple[FigureClaim, str]] = []
        for k, fc in enumerate(figs):
            stop = figs[k + 1].start if k + 1 < len(figs) else se
            m = _RECAP_MARK_RE.match(text, fc.end, stop)
            if m is not None:
                marks.append((fc, m.group("frm") or m.group("acc") or m.group("by")))
        if len(marks) < 2 or len({fc.quantity for fc, _o in marks}) != 1:
            continue
        for fc, owner in marks:
            known = [(o, o.source) for o in out if o.source is not None and o.start < ss
                     and o.quantity == fc.quantity and o.source.kind != "generic"]
            words = owner.split()
            named = next((src for _o, src in reversed(known) if _owner_names(
                owner if len(words) > 1 and owner in src.name else words[-1], src.name)),
                None)
            if named is None and owner[:1].islower():
                named = next((src for o, src in reversed(known)
                              if same_value(o.figure, fc.figure)), None)
            if named is not None:
                fc.source = Source(named.name, named.kind, named.person_id, "recap",
                                   named.start, named.study, named.confirmed, named.voice,
                                   named.via)


#: A saying denied right before a figure: "We never said one in five", "the council did
#: not say 5,000", "I have not claimed 40%" (general English; "it is not six" is
#: speech's to quote, and no saying).
_DENIED_RE = re.compile(
    rf"\b(?:never|not|n[’']t)(?:{_SP}+(?:ever|once|actually))?{_SP}+(?:said|say|says|"
    rf"claimed|claim|estimated|put{_SP}+(?:it|the{_SP}+\w+){_SP}+at|gave|suggested)"
    rf"(?:{_SP}+(?:that|it{_SP}+was|there{_SP}+were|anything{_SP}+like))?{_SP}+$", re.I)


def _denied(text: str, fc: FigureClaim) -> bool:
    """A figure its clause says was never given ("That's not our number ... We never said
    one in five"): dropped from the figures, no one's and no side of the question (its
    speaker denies it; the number stays in the draft's list of numbers)."""
    return _DENIED_RE.search(text, max(fc.sentence[0], fc.start - 60), fc.start) is not None


#: A reporting verb in a finite form: right before a figure ("says 24", "estimated 47
#: weeks"), or in a relative clause after one (_RELATIVE_RE).
_SAYS = "|".join(sorted((v for v in REPORT_VERBS if not v.endswith("ing")), key=len,
                        reverse=True))
_SAYS_BEFORE_RE = re.compile(rf"\b(?:{_SAYS}){_SP}+$")
#: ... anywhere: "Last year the board said", a verb after a labelled update's colon.
_SAYS_RE = re.compile(rf"\b(?:{_SAYS})\b")
#: ... then "that" and the clause it reports: "Teodoro Bautista, chairman of the
#: federation, told Radyo Bantay by phone that" (up to the clause's subject).
_TOLD_THAT_RE = re.compile(rf"\b(?:{_SAYS})\b[^.;:!?\"“”]{{0,80}}?{_SP}that{_SP}+")
#: ... or in the figure's clause before it: "says the average wait is 47 weeks".
_SAYS_IN_CLAUSE_RE = re.compile(rf"\b(?:{_SAYS})\b[^.;:?!]{{0,50}}$")
#: A bare number whose clause ends with it ("Organisers say 20,000."; "24 or so, it
#: added"): nothing after it says what it counts. "30 were rescued", "40 were injured",
#: "80 homes" name a thing of their own, and borrowing the first figure's unit for them
#: made a false dispute ("Police say 50 people died. Firefighters say 30 were rescued.").
_ENDS_BARE_RE = re.compile(rf"(?:{_SP}+or{_SP}+(?:so|more|fewer|less))?[\s\u201d\"’]*(?:[.;!?,]|$)")


#: Singular nouns that hold a count of people or things, so that their size is one: "the
#: waiting list had grown to 7,400", "the backlog fell to 310,000", "the workforce stood
#: at 2,900" (general English).
_HOLDING_NOUNS = ("list", "backlog", "queue", "register", "caseload", "roll", "roster",
                  "membership", "headcount", "workforce", "intake", "waitlist")
_HOLDING_NOUN = "|".join(_HOLDING_NOUNS)
#: The project's hedges and bounds, and the words that bring a value nearer: "closer to",
#: "nearer", "only", "well", "far".
NEARING = rf"(?:{_HEDGE_OR_BOUND}|{NEARER}|only|well|far)"
#: A figure given as a source's value for the number under discussion: "the real figure
#: could be up to", "their estimate is", "the actual count stood at", "its own count
#: of" (the words of a count or an estimate, then the words that give its value, then
#: the hedges and the words that bring a value nearer). Grouping joins such a figure to
#: the question of its order (grouping._FRAMED_RE); here a bare one takes the count it is
#: the figure of.
FIGURE_FRAME = (
    rf"\b(?:(?:the|its|their|his|her|our|own){_SP}+)+"
    # (a body's possessive between: "the union's figure is 21 days")
    rf"(?:[a-z][a-z-]+[’']s{_SP}+)?(?:(?:true|real|actual|correct|right|"
    rf"own|official|likely|best|latest){_SP}+)?(?:number|figure|total|count|tally|estimate|"
    # ("the list stood at 71,300": a list of what the text counted, framed as its size)
    rf"toll|{_HOLDING_NOUN})s?{_SP}+(?:is|was|at|stands{_SP}+at|stood{_SP}+at|could{_SP}+be|"
    rf"may{_SP}+be|might{_SP}+be|would{_SP}+be|of|(?:(?:has|had){_SP}+)?(?:reached|"
    # (and a quotation's opening: the real figure was “nearer 22 weeks”)
    rf"(?:grown|risen|fallen|grew|rose|fell){_SP}+to)){_SP}+[“\"‘]?(?:{NEARING}{_SP}+)*$")
_FIGURE_FRAMED_RE = re.compile(FIGURE_FRAME, re.I)
#: A length of time a patient is seen within: "is treated in under 20 weeks", "are seen
#: within 18 weeks" (a wait's value, no place or scope "in" opens).
_SEEN_WITHIN_RE = re.compile(
    rf"\b(?:treated|seen|operated{_SP}+on|admitted){_SP}+(?:in|within)"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)
#: A source's verb that gives its value of what it counts: "puts it at", "placed the toll
#: at" (a count's frame and a length of time's below share it).
_PUT_AT = (rf"(?:puts?|putting|placed|places)(?:{_SP}+(?:it|them|that|this|the{_SP}+(?:number|"
           rf"figure|total|count|tally|toll)))?{_SP}+at")
#: ... and the words by which a source gives its own value of a length of time just named
#: ("puts it at", "says it is nearer", "reckons the wait is more like"), or the frame.
_FRAMED_TIME_RE = re.compile(
    rf"{FIGURE_FRAME}|\b{_PUT_AT}{_SP}+(?:{NEARING}{_SP}+)*$"
    rf"|\b(?:says?|said|thinks?|thought|believes?|believed|reckons?|reckoned|claims?|"
    rf"claimed|insists?|insisted|argues?|argued|estimates?|estimated|counters?|countered)"
    rf"(?:{_SP}+that)?{_SP}+(?:it|this|that|the{_SP}+(?:(?:true|real|actual|typical|"
    rf"median){_SP}+)?(?:wait|delay|time|figure|average))"
    rf"(?:{_SP}*[’']s|{_SP}+(?:is|was|are|were|could{_SP}+be|may{_SP}+be|might{_SP}+be|"
    rf"would{_SP}+be))(?:{_SP}+(?:really|actually|more{_SP}+like))*{_SP}+"
    rf"(?:{NEARING}{_SP}+)*$"
    # ... or what a source's records show: "our data shows 12 days", "the figures showed"
    rf"|\b(?:data|figures|records|numbers|statistics|logs?|count){_SP}+(?:shows?|showed|"
    rf"suggests?|suggested|puts?|gives?){_SP}+(?:that{_SP}+)?(?:{NEARING}{_SP}+)*$", re.I)


#: A lead-in of a few words and a colon, the sentence going on in lower case: "Worth
#: noting: the association's ...", "The catch: it counts ..." (general English).
_LEAD_IN_RE = re.compile(rf"[A-Z][a-z]+(?:{_SP}+[a-z]+){{0,2}}:{_SP}+(?=[a-z])")
#: A saying verb (:data:`_SAYS`) right before a headline's bare number, past a hedge:
#: "City says 41", "union says only 64"; or a headline's rival figure, "44, or is it 57?".
_SAYS_BARE_RE = re.compile(
    rf"\b(?:{_SAYS}|or{_SP}+is{_SP}+it)(?:{_SP}+(?:{_HEDGE_OR_BOUND}|only|just))?{_SP}+$",
    re.I)


def _said_again(text: str, f: Figure, prev: Figure | None) -> Figure:
    """A bare number a second source says right after a first source said a figure with
    its unit ("The consultants say 47 weeks. The agency says 24."; "Police say 5,000
    people. Organisers say 20,000."): the same measure, in the same unit, the unit left
    out as point-counterpoint writing leaves it. Of the same order only (0.1 to 10 times):
    "The union says 47 weeks. It says 2,000 staff are missing" is another quantity. Only
    when the number ends its clause: "Firefighters say 30 were rescued" counts others."""
    if prev is None or f.kind != "count" or f.unit is not None or f.value is None or \
            prev.unit is None or prev.kind not in ("count", "duration") or \
            prev.value is None or not 0 < f.start - prev.end <= 200 or \
            re.search(r"[\n?]", text[prev.end:f.start]):
        return f
    if not (_SAYS_BEFORE_RE.search(text, max(0, f.start - 30), f.start) and
            _SAYS_IN_CLAUSE_RE.search(text, max(0, prev.start - 80), prev.start)):
        return f
    if not 0.1 <= f.value / prev.value <= 10 if prev.value else True:
        return f
    if not _ENDS_BARE_RE.match(text, f.end):
        return f
    return replace(f, kind=prev.kind, unit=prev.unit)


#: A unit joined to its number before a noun of figures: "312,000-tonne copper claim",
#: "the 48,000-hectare burn estimate".
_COMPOUND_FIGURE_RE = re.compile(
    rf"-(?P<unit>[a-z]{{2,}})(?:{_SP}+[a-z][\w-]*){{0,2}}?{_SP}+(?:claim|figure|estimate|"
    rf"count|tally|toll|forecast|total|projection|calculation)s?\b")
#: A multiple: "10 to 15 times ARR", "three times as many", "four times the national rate".
_TIMES_RE = re.compile(rf"{_SP}+times{_SP}+(?:as|more|less|fewer|higher|lower|larger|smaller|"
                       rf"bigger|greater|faster|the|that|this|its|their|his|her|[{UP}]{{2,6}}\b)")
#: A correction notice ("Correction: An earlier version of this story ..."): furniture
#: whose figures are still the article's word on who said what.
_CORRECTION_RE = re.compile(r"[\s*_]*(?:Correction|Clarification|CORRECTION|CLARIFICATION)s?"
                            r"\b[^\n]{0,40}?[:.—–-]")
#: A figure a sentence says was given in error: "misstated the council's estimate as 8,600
#: km", "wrongly gave the total as 40", "an earlier version of this story said 12".
_GIVEN_AS = (rf"(?:as|at|was|were|said|stated|gave|reported|put|listed|quoted|cited)"
             rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$")
_MISSTATED_RE = re.compile(
    # (the figure given in error itself: "... as 8,600 km", not one the sentence names on
    # the way: "misstated how long it takes to absorb 156 tons")
    rf"(?:\b(?:misstated|misreported|misquoted|misprinted)|\ban{_SP}+(?:earlier|previous)"
    rf"{_SP}+version{_SP}+of{_SP}+(?:this|the){_SP}+(?:story|article|report))"
    rf"{_SP}(?:[^.;!?]*{_SP})?{_GIVEN_AS}"
    rf"|\b(?:incorrectly|wrongly|erroneously|mistakenly){_SP}+{_GIVEN_AS}")


#: A possessive right before a figure: "the council’s 27.5", "Wayline’s 38", "the DOT's
#: 31.4", "the researchers’ 40" (an optional hedge between).
#: A possessive's owner: a name ("Wayline's", "the DOT's") or "the" and a noun ("the
#: council's"), one pattern for a figure's owner before it and before "figure of".
_OWNER_POSSESSIVE = (
    rf"(?:(?<![\w’'])(?P<owner>[{UP}][\w.&-]*(?:{_SP}+[{UP}][\w.&-]*){{0,4}})|"
    rf"\b[Tt]he{_SP}+(?:[a-z]+{_SP}+)?(?P<noun>[a-z]{{3,}}))(?:[’']s|(?<=s)[’'])")
_POSSESSOR_BEFORE_RE = re.compile(rf"{_OWNER_POSSESSIVE}(?:{_SP}+(?:{_HEDGE}))?{_SP}+$")


#: ... or before "figure of": "The auditor's figure of 139,412", "the council's own estimate
#: of about 300".
_OWNER_FIGURE_OF_RE = re.compile(
    rf"{_OWNER_POSSESSIVE}"
    rf"{_SP}+(?:own{_SP}+)?(?:figure|estimate|count|number|tally|total){_SP}+of"
    rf"(?:{_SP}+(?:{_HEDGE}))?{_SP}+$")


def _owner_names(owner: str, name: str) -> bool:
    """Whether a possessive's owner ("council", "Wayline", "DOT") names a source ("Halbrook
    Area Council", "Wayline", "Department of Transportation"): one of its words, or its
    initials."""
    words = re.findall(r"[\w&-]+", name)
    low = {w.casefold() for w in words}
    if owner.casefold() in low or _norm_noun(owner.casefold()) in {_norm_noun(w) for w in low}:
        return True
    if " " in owner:
        return owner.casefold() in name.casefold()
    return len(owner) >= 2 and owner.isupper() and owner in (
        "".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()))


def _restated(text: str, f: Figure, out: Sequence[FigureClaim]) -> FigureClaim | None:
    """The claim a bare number after its source's possessive says again: "between the
    council’s 27.5 and Wayline’s 38. The DOT’s 31.4 sits near the middle" repeat figures
    those sources gave (with units) earlier. The latest earlier claim of the same value
    whose source the owner names; a word after the number that cannot count a fraction
    ("31.4 sits") is a verb, not a unit."""
    if f.kind != "count" or f.value is None or f.bound is not None:
        return None
    om = _POSSESSOR_BEFORE_RE.search(text, max(0, f.start - 80), f.start)
    if om is None:
        return None
    owner = re.sub(rf"^(?:The|A|An){_SP}+", "", om.group("owner") or om.group("noun"))
    for c in reversed(out):
        cf = c.figure
        if c.source is None or cf.value is None or cf.start >= f.start or \
                abs(cf.value - f.value) > 1e-9 * max(1.0, abs(f.value)):
            continue
        if f.unit is not None and f.unit != cf.unit and float(f.value).is_integer():
            continue  # "Acme’s 300 workers" beside its "300 tonnes": another count
        if _owner_names(owner, c.source.name):
            return c
    return None


#: The figure before, in other terms: "That works out to roughly", "which is about",
#: "That equals".
_CONVERTED_RE = re.compile(
    rf"(?:\b(?:[Tt]hat|[Tt]his|[Ww]hich|[Ii]t){_SP}+(?:works|worked|would{_SP}+work)"
    rf"{_SP}+out{_SP}+(?:to|at|as)|\b(?:[Tt]hat|[Tt]his|[Ww]hich){_SP}+(?:equals|equates"
    rf"{_SP}+to|translates{_SP}+(?:in)?to|amounts{_SP}+to|means))"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$")


#: A bare number named as a figure by the words after it: "1,184 is the number our
#: volunteers could verify", "40,000 was the figure we gave", "6,800 remains our estimate".
_IS_THE_FIGURE_RE = re.compile(
    rf"{_SP}+(?:is|was|remains|remained|stays|stayed){_SP}+(?:still{_SP}+)?"
    rf"(?:(?:the|our|my|their|its|his|her){_SP}+(?:[a-z]+{_SP}+)?"
    rf"(?:number|figure|count|total|estimate|tally)\b|"
    # ("26.4 is what we can verify", "812 is what the records show": the figure given
    # before, said to be the one that holds)
    rf"what{_SP}+(?:we|they|I|you|the|our|their|its|his|her)\b|"
    # ("Ninety-four is still too many", "Thirty-eight is far too high": a figure given
    # before, judged)
    rf"(?:(?:far|much|way|still){_SP}+)?too{_SP}+(?:many|few|high|low|much|little)\b)")


def _named_again(text: str, f: Figure, out: Sequence[FigureClaim]) -> FigureClaim | None:
    """The latest earlier claim of the same value a bare number named as a figure says
    again ("1,184 is the number ..." after "found 1,184 people")."""
    if f.value is None:
        return None
    named = bool(_FIGURE_OF_BEFORE_RE.search(text, max(0, f.start - 60), f.start))
    if f.kind in ("ratio", "percent") and named:
        # "Gill's figure of fewer than one in 10": the share given before, said again
        mine = _broad_measure(f)
        return next((c for c in reversed(out) if c.figure.start < f.start and
                     c.figure.kind == f.kind and (b := _broad_measure(c.figure)) is not None
                     and mine is not None and b[0] == mine[0] and
                     abs(b[1] - mine[1]) <= 1e-9 * max(1.0, abs(mine[1]))), None)
    if f.kind != "count" or f.unit is not None or not (
            named or _IS_THE_FIGURE_RE.match(text, f.end)):
        return None
    # (a count named again is the count given before, not a part of a whole written with
    # the value: "The 54 is what our officers saw" after "found 54" and "54 of them"; a
    # share's value is the share's, "4.7 is the number" after "4.7 percent")
    return next((c for c in reversed(out) if c.figure.value is not None and
                 c.figure.start < f.start and not (c.quantity.startswith("share of") and
                                                   " of " in f" {c.figure.text} ") and
                 abs(c.figure.value - f.value) <= 1e-9 * max(1.0, abs(f.value))), None)


#: A number named as a figure by the words before it: "our figure of 214", "the
#: minister's estimate of fewer than one in 10".
_FIGURE_OF_BEFORE_RE = re.compile(
    rf"\b(?:figure|estimate|number|count|total|tally|claim)s?{_SP}+of{_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$", re.I)


#: A duration that is itself the measure: "an average of 9 days", "puts the average wait
#: at 16 days", "the median stay was 4 days", "waiting times of 18 weeks". General words of
#: waiting and averaging, not of dating ("for 3 days", "in 10 years" stay dates).
#: After a length of time: it is someone's age ("67 years old", "24 years of age").
#: ... or a stage of pregnancy ("a scan at 12 weeks of pregnancy"), an age too.
_AGED_RE = re.compile(r"[ \u00a0-]*(?:old\b|of[ \u00a0]+age\b|"
                      r"of[ \u00a0]+(?:pregnancy|gestation)\b|(?:pregnant|gestation(?:al)?)\b)")
#: The most years a person lives: an age above it is a thing's ("the yew is 5,000 years
#: old", "a 40,000-year-old painting"), the age a dating dispute is about.
_OLDEST_PERSON = 130
#: A thing's age given as a value by a verb of dating or reckoning: "reckons the hull at
#: some 1,100 years", "dates it to 4,000 years", "lists the painting at 30,000 years"
#: (not "a lease extended to 999 years", "a half-life of 24,000 years": terms and spans).
_AGE_GIVEN_RE = re.compile(
    rf"\b(?:{'|'.join(MEASURE_AT_VERBS)}|dat(?:e|es|ed|ing)|list|lists|listed|listing|"
    rf"reckons?|reckoned|estimat(?:e|ing)|place|placing|judged?|judges)"
    rf"(?:{_SP}+(?:the|it|them|its|this|that|[a-z][\w-]*)){{0,3}}{_SP}+(?:at|to|as){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}|between|some|around){_SP}+)*$", re.I)
_AGO_RE = re.compile(rf"{_SP}*(?:ago|before|after|later|earlier|from{_SP}+now|on|BC|BCE|AD|CE)"
                     rf"\b")


#: Nouns of a length of time a verb of reckoning may put "at" so many years: no thing's age.
_SPAN_NOUNS = frozenset(("wait", "waits", "time", "times", "delay", "delays", "recovery",
                        "sentence", "lease", "term", "life", "lifespan", "half-life",
                        "lifetime", "period", "backlog", "span", "duration", "gap", "cycle"))
_SPAN_RE = re.compile(rf"\b(?:{'|'.join(sorted(_SPAN_NOUNS, key=len, reverse=True))})\b",
                      re.I)


def _average_age(text: str, f: Figure) -> bool:
    """An average age in years a source gives ("the ferries have an average age of 26
    years"): a measure, as a thing's age is, never anyone's own age ("she is 52 years
    old") nor a length of time after an age ("an average age of 40 and 12 years' service")."""
    return f.kind in ("duration", "range") and f.unit is not None and \
        canonical_unit(f.unit)[:2] == ("duration", "years") and \
        _AVERAGE_AGE_RE.search(text, max(0, f.start - 120), f.start) is not None and \
        not _AGED_RE.match(text, f.end)


def _thing_age(text: str, f: Figure) -> bool:
    """A length of time in years that is the age of a thing, no person's: more years than
    a person lives, with "old" after it or a verb of valuing before it, and no "ago"."""
    if f.kind not in ("duration", "range") or not f.unit:
        return False
    dim, _, factor = canonical_unit(f.unit)
    b = _bounds(f)
    if dim != "duration" or factor != 1.0 or b is None or b[1] <= _OLDEST_PERSON:
        return False
    if _AGO_RE.match(text, f.end) or re.search(r"\bago\b", f.text):
        return False  # ("dated to 44,000 years ago": a date)
    if not _AGED_RE.match(text, f.end):
        given = _AGE_GIVEN_RE.search(text, max(0, f.start - 40), f.start)
        if given is None or _SPAN_RE.search(given.group(0)):
            return False  # ("estimate the wait at 140 years": a length of time, no age)
    return True


_MEASURED_TIME_RE = re.compile(
    # ("waited", but never one person's own: "she waited 40 minutes on Monday"; the
    # pattern ignores case, so "She", "We" too)
    r"(?<!\bI )(?<!\bhe )(?<!\bshe )(?<!\bwe )"
    r"\b(?:average|median|mean|typical|wait|waits|waited|waiting|delay|delays|stay|stays|"
    r"life[ \u00a0-]+expectancy|lifespan|backlog|turnaround|response[ \u00a0]+times?|"
    r"waiting[ \u00a0]+times?)\b"
    # ("the average dwell time", "the typical hospital stay": up to two words between)
    r"(?:(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+(?:wait|waits|time|times|stay|stays|delay|delays))?"
    # (a quotation may open before the value: waited “around 18 weeks”)
    rf"(?:[ \u00a0]+[“\"‘]?(?:was|is|of|at|to|stood[ \u00a0]+at|reached|hit|{_HEDGE_OR_BOUND}|"
    rf"{_LIMITING}|{_EXTENT}))*[ \u00a0]+[“\"‘]?$"
    # "put the average one-way trip at 31 minutes", "the median repair was 9 days",
    # "puts the national average somewhere between 40 and 45 days": a word of averaging and
    # up to three words (no age: "the average age of farmers is 58 years" is no length of
    # time anyone measures) before a verb or preposition that gives the value
    rf"|\b(?:average|median|(?<=the{_SP})mean|(?<=a{_SP})mean|typical)"
    # ("the median wait between booking and operation in March was 30 weeks", "the typical
    # wait for cataract surgery is now 30 weeks": up to eight words, an adverb of time)
    # (no modal among them: "the typical patient should be seen within 18 weeks" is a
    # target, no wait measured)
    rf"(?:{_SP}+(?!ages?\b|should\b|must\b|will\b|would\b|could\b|can\b|may\b|might\b|"
    rf"shall\b|ought\b)[a-z][a-z-]*){{0,8}}?"
    rf"(?:{_SP}+(?:was|is|of|at|to|stood{_SP}+at|(?:ha[sd]{_SP}+)?(?:reached|hit)|somewhere|"
    # ("the typical patient is treated in under 20 weeks")
    rf"(?:treated|seen|operated{_SP}+on|admitted){_SP}+(?:in|within)))+"
    rf"(?:{_SP}+(?:now|currently|still|already|today))?"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}|{_LIMITING}|{_EXTENT}))*{_SP}+$", re.I)
#: A stock measured in days, weeks or months: "1.5 days of supply", "nine days’ worth of
#: consumption", "four months of imports" ...
_STOCK_TIME_AFTER_RE = re.compile(
    rf"(?:[’']?{_SP}+(?:worth{_SP}+)?of|[’']{_SP}+(?:worth(?:{_SP}+of)?)?)"
    rf"(?:{_SP}+[a-z-]+){{0,2}}?{_SP}+(?P<stock>suppl(?:y|ies)|stocks?|cover|reserves?|"
    rf"consumption|imports|demand|usage|use|inventory)\b", re.I)
#: ... or a stock's noun the value is given to: "our regional inventory on Jan. 14 was 2.8
#: days", "put the buffer stock at 12 days", "listed the state at 2.1 days" after "supply".
_STOCK_TIME_BEFORE_RE = re.compile(
    rf"\b(?P<stock>inventor(?:y|ies)|suppl(?:y|ies)|stocks?|stockpiles?|reserves?|buffer)\b"
    rf"(?:[^.;:!?\n]|\.(?={_SP}\d)){{0,60}}?{_SP}(?:was|were|is|are|at|to|stood{_SP}+at|hit|reached|"
    rf"down{_SP}+to|for|of)(?:{_SP}+(?:{_HEDGE_OR_BOUND}|just|only|barely))*{_SP}+$", re.I)
def _stock_time(text: str, f: Figure) -> re.Match[str] | None:
    """The words that make a length of time a stock's ("1.5 days of supply", "the regional
    inventory was 2.8 days"), group ``stock`` the stock's noun: one rule for the figure and
    the question it answers."""
    return _STOCK_TIME_AFTER_RE.match(text, f.end) or _STOCK_TIME_BEFORE_RE.search(
        text, max(0, f.start - 90), f.start)


#: An average age given as a value: "have an average age of 26 years", "the average age of
#: its major vessels is 21 years", "put the median age of the fleet at 29 years".
_AVERAGE_AGE_RE = re.compile(
    rf"\b(?:average|median|mean)(?:{_SP}+[a-z-]+)?{_SP}+age\b(?:[^.;:!?\n\d]{{0,80}}?"
    rf"(?:{_SP}+(?:is|was|of|at|to|stands{_SP}+at|stood{_SP}+at|now|still|currently|"
    rf"{_HEDGE_OR_BOUND}))+"
    # ("an average age of 26 years, not the 21 years claimed by the operator"; never "a
    # design life of 25 years" nor "an average of 20 years" of service after the age)
    rf"|[^.;:!?\n\d]{{0,40}}?\d[\d.]*{_SP}+years?,{_SP}+not{_SP}+the){_SP}+$", re.I)
#: ... or a source puts an average at it, however long the average's description: "puts
#: the median wait for a hip replacement, measured from referral by a GP to surgery, at
#: 27 weeks" (read over 200 characters before the figure).
_PUT_AVERAGE_AT_RE = re.compile(
    rf"\b(?:puts?|putting|placed|places)(?:{_SP}+(?:the|its|their))?{_SP}+(?:median|average|"
    rf"mean|typical)\b[^.;:!?]{{0,160}}?{_SP}at(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)
#: ... or a noun of a length of time measured ("lead time", "waits", "delays", "backlog")
#: governs it through a preposition that gives a value, a few words on: "puts the lead
#: time for the same motors at 65 weeks", "lead times for replacement motors have come
#: down to about 40 weeks", "put the figure at 11 years" (not "mortgages of up to 40
#: years", "a ban of 10 years", "extended to 5 years", "due at 8 weeks": terms, limits
#: and ages).
_GIVEN_TIME_RE = re.compile(
    rf"\b(?:(?:lead|waiting|delivery|turnaround|response|processing|journey|travel|"
    rf"transit){_SP}*[- ]?{_SP}*times?|waits?|delays?|backlogs?|figure|estimate)\b"
    rf"(?:{_SP}+[^\s.;:!?]+){{0,8}}?{_SP}+(?:at|to|of|from)"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)
#: ... or the words after it say what it is the average of: "38 minutes on an average trip",
#: "12 days for the typical claim", "40 minutes per average journey".
_AVERAGE_AFTER_RE = re.compile(
    rf"{_SP}+(?:on|for|per|in){_SP}+(?:(?:an?|the|each|every){_SP}+)?"
    rf"(?:average|median|mean|typical){_SP}+(?!ages?\b)[a-z]"
    # ... or closes its clause with "on average": "customers waited 9 weeks on average"
    rf"|{_SP}+on{_SP}+average\b(?![ \u00a0]+[a-z])", re.I)
#: A revision from the figure: "which the agency raised from 39,500", "revised the toll up
#: from 212", "cut it from 8,000".
_REVISED_FROM_RE = re.compile(
    rf"\b(?:raised|lowered|revised|cut|increased|reduced|upgraded|downgraded|adjusted|"
    rf"corrected|updated)(?:{_SP}+(?:it|that|this|them|the{_SP}+(?:figure|estimate|number|"
    rf"count|tally|toll|total)))?(?:{_SP}+(?:up|down|upward|downward))?{_SP}+from"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)


def _near_order(value: float | None, other: float | None) -> bool:
    """Two values of one order (a tenth to ten times): a revision moves a figure, it does
    not replace it with another count."""
    return value is not None and other is not None and other != 0 and \
        0.1 <= value / other <= 10


#: The verbs of a revision to a value, one list for the two rules below.
_REVISE_TO_VERBS = ("raised|lowered|revised|cut|increased|reduced|adjusted|corrected|changed|"
                    "updated|raises|lowers|revises|corrects|updates")
#: ... the figure itself revised, named as it or as one ("it revised that to 34", "raised
#: its estimate to"; never "Staff numbers were brought down to 31", another count).
_REVISED_THAT_TO_RE = re.compile(
    rf"\b(?:{_REVISE_TO_VERBS}){_SP}+(?:it|that|this|the{_SP}+(?:figure|"
    rf"estimate|number|count|tally|total)|(?:its|their)(?:{_SP}+own)?{_SP}+(?:figure|"
    rf"estimate|number|count|tally|total))(?:{_SP}+(?:up|down|upward|downward))?{_SP}+to"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)
#: A revision of the measured figure before it: "a revision raised that to 27.5 minutes",
#: "has since cut it to 19 days" (a length of time measured again, the same quantity).
_REVISED_TO_RE = re.compile(
    rf"\b(?:{_REVISE_TO_VERBS}|pushed|brought|put|moved)"
    rf"(?:{_SP}+(?:it|that|this|the|its|their)(?:(?:{_SP}+own)?{_SP}+(?:figure|estimate|"
    rf"number|average|count|tally|total|toll|forecast))?)?(?:{_SP}+(?:up|down|upward|"
    rf"downward))?{_SP}+to"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)


#: A measure noun before a small bare number: "the real toll was closer to 60", "up from
#: the 29 it announced" (a small number elsewhere is mostly no figure of anything).
_SMALL_TOLL_RE = re.compile(
    rf"\b(?:toll|count|number|figure|total|tally|estimate)s?\b(?:,?{_SP}+[a-z]+){{0,6}}?,?{_SP}+"
    rf"(?:was|is|at|of|to|stood{_SP}+at|reached|rose{_SP}+to|fell{_SP}+to|"
    rf"(?:could|may|might|would|will){_SP}+be)[\s“\"‘]*"
    rf"(?:(?:{_HEDGE_OR_BOUND}|{_LIMITING}|{_EXTENT})[\s“\"‘]*)?$"
    rf"|\b(?:up|down){_SP}+from{_SP}+(?:the|its|their){_SP}+$"
    # "14 workers unaccounted for, up from 9": the earlier value of the figure before it
    rf"|\d(?![\d,.]|st\b|nd\b|rd\b|th\b)[^.;:!?\d]{{0,50}}\b(?:up|down){_SP}+from{_SP}+"
    rf"(?:{_HEDGE_OR_BOUND}{_SP}+)?$")
#: "44 of them had died": a count of those in a state, not a share.
_OF_THEM_STATE_RE = re.compile(
    rf"[\d,]+{_SP}+of{_SP}+(?:them|those|these){_SP}+(?:had{_SP}+|have{_SP}+|were{_SP}+|"
    rf"are{_SP}+)?(?:been{_SP}+)?(?:died|dead|killed|missing|injured|wounded|rescued|"
    rf"evacuated)\b"
    # ("27 of them were rated 'poor'": a count of those the sentence before counted, in
    # a passive verb's state)
    rf"|[\d,]+{_SP}+of{_SP}+(?:them|those|these){_SP}+(?:were|are|had{_SP}+been|"
    rf"have{_SP}+been){_SP}+[a-z]+(?:ed|en)\b")
#: A bare number in the state of those it counts: "union says up to 30 trapped", "40 dead"
#: (people, as the state says; a small number so put is a toll, not a stray count).
_STATE_NEXT_RE = re.compile(
    # ("Some 15 others are still missing", "12 others were injured", "9 of them are dead")
    rf"(?:{_SP}+(?:more|others?|of{_SP}+(?:them|those|these)))?"
    rf"(?:{_SP}+(?:are|were|is|was|have|had|has)(?:{_SP}+been)?)?"
    rf"(?:{_SP}+(?:still|now|all|also|feared|presumed|reported|believed))*"
    rf"{_SP}+(?:dead|missing|trapped|unaccounted|injured|wounded|killed)\b")
#: A relative clause that sizes a body: "which represents about 11,000 owners".
_SCOPE_CLAUSE_RE = re.compile(
    rf"\b(?:which|who|that){_SP}+(?:represents?|represented|employs?|employed|has|have|had|"
    rf"serves?|served|counts?|includes?|included|members?){_SP}+(?:[a-z]+{_SP}+)?$")
#: A share of a trial's control arm, never an estimate of the quantity.
_CONTROL_ARM_RE = re.compile(r"[^.;,]{0,40}?\b(?:placebo|control[ \u00a0]+(?:group|arm)|"
                             r"dummy[ \u00a0]+(?:pill|drug)|sham)\b")
_CLAUSE_MARK_RE = re.compile(r"[,;:]")


def _clause_end(text: str, pos: int, se: int) -> int:
    """Where the clause holding ``pos`` ends: its next comma, semicolon or the sentence's
    end."""
    m = _CLAUSE_MARK_RE.search(text, pos, se)
    return m.start() if m else se


#: "Among those aged 60 or older", "among those under 25,", "Among over-65s": an age
#: group the sentence's share is of (an "among" phrase that names an age).
_AGE_GROUP_RE = re.compile(
    rf"(?i)\bamong(?:st)?{_SP}+(?P<who>[^.;:!?,]{{0,40}}?(?:\baged{_SP}+\d+|"
    rf"\b(?:over|under)[- ]\d+s?|\d+{_SP}+(?:and|or){_SP}+(?:over|older|above|under|younger)\b|"
    rf"\b\d+(?:-|{_SP}+to{_SP}+)\d+(?:-year-olds|{_SP}+year{_SP}+olds)?\b|\d+-year-olds|"
    rf"\b(?:older|younger){_SP}+(?:people|adults|women|men|patients|workers|residents)\b|"
    rf"\b(?:pensioners|teenagers|retirees|over-\d+s|under-\d+s)\b))[^.;:!?]*$")
#: An age band in the population right after a share: "voters aged 18 to 24", "of 18- to
#: 24-year-olds", "of 18-to-24-year-olds", "of those aged 65 and over" (groups ``lo``,
#: ``hi``, ``up``).
_AGE_BAND_RE = re.compile(
    rf"{_SP}+(?:of{_SP}+)?(?:(?:the|those|all|[a-z]+){_SP}+)?(?:aged{_SP}+)?"
    rf"(?P<lo>\d{{1,2}})(?:-?{_SP}*(?:-|–|to)-?{_SP}*(?P<hi>\d{{1,2}})|{_SP}+(?P<up>and{_SP}+"
    rf"(?:over|older|above)|or{_SP}+(?:over|older|above)))?(?=-year-olds|{_SP}+year{_SP}+olds|"
    rf"{_SP}|[,.;:])(?:-year-olds|{_SP}+year{_SP}+olds)?")
#: A verb of voting in a share's clause: "turned out", "cast a ballot", "voted".
_VOTED_RE = re.compile(rf"\b(?:voted(?!{_SP}+(?:for|against|to|yes|no|in{_SP}+favour|[{UP}]))|"
                       rf"turned{_SP}+out|cast{_SP}+(?:a|their){_SP}+ballots?|"
                       rf"(?:took|taken|take){_SP}+part)\b")  # (not "voted for independence")


#: A share of the electorate, then a verb of voting: " of registered voters had taken
#: part", " of the electorate voted", " of eligible voters turned out".
_VOTERS_VOTED_RE = re.compile(
    rf"{_SP}+of{_SP}+(?:the{_SP}+|all{_SP}+)?(?:registered{_SP}+|eligible{_SP}+)?"
    rf"(?:voters|electors|electorate|those{_SP}+(?:registered|eligible)(?:{_SP}+to{_SP}+vote)?)"
    rf"(?:{_SP}+(?:had|have|has|actually))?{_SP}+{_VOTED_RE.pattern}")


def _age_band(text: str, pos: int, end: int) -> str | None:
    """The age band a share's population names right after it ("18-24", "65+"), if it
    names one; the word "aged" or "year-olds" says the numbers are ages."""
    m = _AGE_BAND_RE.match(text, pos, end)
    if m is None or not (re.search(r"aged|year", m.group(0)) or m.group("up")):
        return None
    if m.group("hi"):
        return f"{m.group('lo')}-{m.group('hi')}"
    return f"{m.group('lo')}+" if m.group("up") else None


def _whole_band(text: str, band: str, top: Sequence[tuple[int, int]], pos: int) -> bool:
    """The age band is the whole population the story is about, as its top says before
    ``pos`` ("the share of kids aged 6 to 16 who are short-sighted"): no band of it."""
    lo, _, hi = band.partition("-")
    if not hi:
        return False
    from ..speech.speakers import sentence_end, sentence_start

    pat = re.compile(rf"\b{lo}{_SP}*(?:to|-|–){_SP}*{hi}\b")
    for a, b in top:
        for m in pat.finditer(text, a, min(b, pos)):
            ss, se = sentence_start(text, a, m.start()), sentence_end(text, m.end(), b)
            if not _SHARE_WORD_RE.search(text[ss:m.start()] + text[m.end():se]) and \
                    _QUANTITY_OF_RE.search(text, ss, m.start()):
                return True  # (a sentence of the topic, no share of its own: "put the
                # share of kids aged 6 to 16 with myopia at numbers miles apart")
    return False


#: A topic sentence naming the share it is about: "give the share of kids aged".
_QUANTITY_OF_RE = re.compile(rf"\b(?:share|proportion|percentage|fraction){_SP}+of\b")
#: Words of a share given: a per cent, "one in", a fraction.
_SHARE_WORD_RE = re.compile(r"%|\bper[ \u00a0]?cent\b|\bone[ \u00a0]+in\b|\bhalf\b|"
                            r"\bquarter\b|\bthirds?\b|\bfifths?\b|\d")


#: "of that", "of them": a share of a figure the text gave before.
_OF_ANOTHER_RE = re.compile(rf"{_SP}+of{_SP}+(?:that|them|it|this|these){_SP}*(?:[,.;:]|$|"
                            rf"{_SP}+[a-z]+s\b)")


#: The name the article's own figures go by until the frame names its outlet or author.
ARTICLE = "the article"


#: Words with which an article weighs a figure against another: it rebuts ("but",
#: "actually", "not", "overstated"), or says where its own comes from ("census data show",
#: "we found", "records show", "our analysis"). A general lexicon of news English.
#: Verbs of the article's own count after "we": "we counted", "we found", "we estimate".
_WE_COUNTED = "count(?:ed)?|found|calculated|estimated?|tallied"
_REBUTS_RE = re.compile(
    r"(?i)\b(?:but|however|actually|in[ \u00a0]+fact|in[ \u00a0]+reality|instead|rather|"
    r"not|different|differs?|contrary|contradict\w*|false|wrong|mislead\w*|overstat\w*|"
    r"understat\w*|exaggerat\w*|inflat\w*|closer[ \u00a0]+to|the[ \u00a0]+real|"
    r"(?:data|records?|figures?|numbers?|statistics)[ \u00a0]+(?:show|suggest|indicate)\w*|"
    rf"we[ \u00a0]+(?:{_WE_COUNTED}|learned|checked|reviewed)|"
    r"our[ \u00a0]+(?:analysis|review|calculation|count|check|reporting)|"
    r"fact[- \u00a0]?check\w*)\b")
_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
#: The article's own count, right before its figure in the clause: "we count between 15
#: and 19 closures", "by our count, 212", "we found 48" (a general lexicon).
_WE_COUNT_BEFORE_RE = re.compile(
    rf"\b(?:[Ww]e{_SP}+(?:{_WE_COUNTED}|find|calculate|identified)|"
    rf"[Bb]y{_SP}+our{_SP}+(?:count|tally|calculation|reckoning)),?{_SP}+"
    rf"(?:(?:that|only|just|about|around|roughly|some|nearly|almost|at{_SP}+least|"
    rf"more{_SP}+than|fewer{_SP}+than|between){_SP}+)*$")
#: Quantities too loose to set the article against a source: a bare sum, a share of
#: nothing named.
_LOOSE_RE = re.compile(r"^(?:money\b.*@\d+|share of|figure|\$|rate of)$")


def _specific(quantity: str) -> bool:
    return not _LOOSE_RE.match(quantity.strip())


def _article_figures(text: str, out: list[FigureClaim],
                     quoted: Sequence[tuple[int, int, object]]) -> bool:
    """A figure in the article's own narration, with no source, that another source
    contradicts is the article's own position: a journalist reads "about 635 people come
    each day, the census shows ..., not 1,000 as the governor said" as the outlet's figure
    against the governor's. It gets the article as its source (and so a claim under the
    question) only then: a narration figure that agrees with a source, or that no source
    disputes, stays a figure for review, not a claim to delete."""
    sourced: dict[str, _OverlapIndex] = {}
    for fc in out:
        if fc.source is not None and not fc.revised:
            sourced.setdefault(fc.quantity, _OverlapIndex()).add(fc.figure)
    from ..speech.speakers import CUE_RE, sentence_start

    per_sentence: dict[tuple[int, int], int] = {}
    for fc in out:
        per_sentence[fc.sentence] = per_sentence.get(fc.sentence, 0) + 1
    added = False
    for fc in out:
        own = _WE_COUNT_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 60), fc.start)
        if fc.source is not None or not _specific(fc.quantity) or (
                fc.quantity not in sourced and own is None):
            continue  # (a count the article says it made itself, "we count between 15 and
            # 19 closures", is its own side even where it names the thing another way)
        if any(a <= fc.start < b for a, b, _st in quoted) or _in_claim_line(text, fc.start):
            continue  # a quotation with no speaker is someone's, not the article's; so is
            # the claim a fact check weighs ("Claim: ... Rs 4,000 crore")
        if per_sentence[fc.sentence] > 1:
            continue  # a list of figures ("32% of one, 11% of the other"): no position
        if fc.quantity in sourced and sourced[fc.quantity].overlaps(fc.figure):
            continue  # the article repeating a source's figure
        ss, se = fc.sentence
        if text[ss:se].rstrip(" *_”\"’\n").endswith("?"):
            continue  # a question ("Is Texas really gaining 1,000 a day?") claims nothing
        if CUE_RE.search(text, ss, se) and not _WE_RE.search(text, ss, se):
            continue  # someone else's words we did not parse ("a climatologist, Dr. X, said")
        prev = sentence_start(text, max(0, ss - 400), max(0, ss - 1)) if ss > 0 else ss
        if not _REBUTS_RE.search(text, prev, se):
            continue  # no word of the article weighing the figure: background, not a side
        fc.source = Source(ARTICLE, "article", None, "narration", fc.start)
        added = True
    return added


#: A finding's verb right before a figure: what follows is an estimate, not the sample
#: ("a survey ... found that 3.5 million people rent").
_FINDING_RE = re.compile(r"(?i)\b(?:found|finds|find|shows?|showed|shown|estimat\w+|reported|"
                         r"reports|concluded|suggests?|suggested|indicates?|indicated|says?|said"
                         # ("the council's survey recorded 455 workers at the plant")
                         r"|recorded|counted|identified|registered|logged|tallied|observed"
                         r"|detected|measured"
                         r"|(?:put|puts|placed|places|pegged|pegs|set|sets)[ \u00a0]+(?:the|its|"
                         r"their|his|her)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:number|figure|total|"
                         # ("The agency's survey put the population at about 310 animals": its
                         # finding, not its sample)
                         r"count|estimate|toll|tally|population|size)[ \u00a0]+at)"
                         # "said on Monday that 212 people died"
                         rf"(?:[ \u00a0]+(?:on|last|this|early|late|in)?[ \u00a0]*[{UP}a-z]+)?"
                         rf"[ \u00a0]+(?:that[ \u00a0]+)?(?:{_HEDGE_OR_BOUND})?[ \u00a0]*$")
#: "... provided by X", "estimated by X": who a figure comes from, after it.
_BY_VERB_RE = re.compile(r"\b(?:provided|given|released|issued|published|compiled|reported|"
                         r"estimated|calculated|counted|offered|cited|made|produced|put|"
                         r"announced|presented|projected)[ \u00a0]+by[ \u00a0]+$")
#: "..., a number the tourist board puts at", ", a figure that the union estimates at":
#: an apposition to another figure, whose relative clause names this one's maker.
_APPOSED_MAKER_RE = re.compile(
    r",[ \u00a0]+(?:a|an)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:number|figure|estimate|count|"
    r"total|tally|toll)[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?"
    r"(?P<who>(?:the[ \u00a0]+)?[A-Za-z][\w’'&.-]*(?:[ \u00a0]+[A-Za-z][\w’'&.-]*){0,5}?)"
    r"[ \u00a0]+(?:puts|put|places|placed|estimates|estimated|reckons|reckoned|pegs|pegged|"
    r"sets|set)[ \u00a0]+(?:it[ \u00a0]+)?(?:at|closer[ \u00a0]+to|nearer(?:[ \u00a0]+to)?)"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|"
    r"only|just|closer[ \u00a0]+to|fewer[ \u00a0]+than|less[ \u00a0]+than|more[ \u00a0]+than)"
    r"[ \u00a0]+)?$")
#: A verb of saying in the passive, then its agent: "is said by the council", "was
#: estimated by the agency" (to carry, to have, at ...: the figure follows in the clause).
_SAID_BY_RE = re.compile(r"\b(?:is|are|was|were|has[ \u00a0]+been|have[ \u00a0]+been|had"
                         r"[ \u00a0]+been|being)[ \u00a0]+(?:said|thought|believed|estimated|"
                         r"reckoned|reported|claimed|understood|put|judged|calculated|"
                         r"considered|forecast|projected|expected)[ \u00a0]+by[ \u00a0]+")
#: A participle of harm or of an event before "by": its agent is the cause, not a source.
_HARMED_BY_RE = re.compile(r"\b(?:killed|injured|hurt|hit|struck|affected|displaced|destroyed|"
                           r"damaged|flooded|caused|infected|bitten|attacked|swept|left|"
                           r"uprooted|evacuated|stranded|trapped|buried|burned|burnt)"
                           r"[ \u00a0]+by[ \u00a0]+$")
#: Before a figure that is the whole another figure is a part of: "out of a workforce of",
#: "out of a total of", "out of", "180 of its", "40 jobs of the", "70,000 of the
#: country's".
_WHOLE_BEFORE_RE = re.compile(
    r"(?:\bout[ \u00a0]+of[ \u00a0]+(?:(?:a|an|the|its|their)[ \u00a0]+(?:total[ \u00a0]+)?"
    r"(?:[a-z]+[ \u00a0]+){0,2}?of[ \u00a0]+)?|"
    r"\d[\d,.]*(?:[ \u00a0]+[a-z]+)?[ \u00a0]+of[ \u00a0]+(?:(?:its|their|the)[ \u00a0]+"
    # ("70,000 of the country's roughly 142,000 teachers", "of the city's", "of Britain's")
    r"(?:[a-z]+['’]s[ \u00a0]+)?|[A-Z][\w-]*['’]s[ \u00a0]+)(?:total[ \u00a0]+)?)"
    r"(?:(?:about|around|some|nearly|almost|roughly|more[ \u00a0]+than)[ \u00a0]+)?$")
#: A bare count's whole right after it, naming what both count: "312 of the country's
#: 4,600 state schools", "31 of its 44 substations", "180 of its 1,150 staff", "9,500 of
#: its members" (group 1: the noun, the last of up to three words: "500 gas plants"
#: counts plants).
_PART_OF_WHOLE_AFTER_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|our|his|her|[A-Z][\w-]*['’]s)"
    r"(?:[ \u00a0]+[a-z]+['’]s)?(?:[ \u00a0]+(?:(?:" + _HEDGE_OR_BOUND + r")[ \u00a0]+)?"
    r"\d[\d,.]*)?(?:[ \u00a0]+[a-z-]+){0,2}[ \u00a0]+([a-z]{2,}s|staff|people|personnel)\b")
#: "down from", "up from" right before a figure: the earlier value it changed from.
_UP_DOWN_FROM_RE = re.compile(rf"\b(?:down|up){_SP}+from{_SP}*$", re.I)
#: A whole or its average, in the figure's sentence before it: "X as a whole", "the average
#: pass rate across the district", "the national average" (a benchmark beside a dispute
#: over one part: a general lexicon of wholes).
_WHOLES = "district|region|country|county|nation|state|city|borough|sector|industry|area"
AS_A_WHOLE_RE = re.compile(
    rf"\bas{_SP}+a{_SP}+whole\b|\baverage\b[^.;:]{{0,40}}?\b(?:across|throughout)"
    rf"{_SP}+the{_SP}+(?:whole{_SP}+)?(?:{_WHOLES})\b"
    rf"|\b(?:national|regional|district|county|state|city|sector|industry)(?:-wide)?"
    rf"{_SP}+average\b")
#: A streak's length, after its span of time: "for four months running", "three years in
#: a row", "six quarters straight", "for two consecutive years" (general English).
_STREAK_AFTER_RE = re.compile(rf"{_SP}*(?:running|in{_SP}+a{_SP}+row|straight|on{_SP}+the"
                              rf"{_SP}+trot|on{_SP}+end)\b")
#: The lengths of time a streak is counted in.
_STREAK_UNITS = frozenset({"day", "week", "month", "quarter", "year", "days", "weeks", "months",
                           "quarters", "years"})
#: Figures that measure the measurement, not the quantity.
_NOT_A_FIGURE_RE = re.compile(r"(?i)(?:\b(?:margin\s+of\s+error|error|uncertainty|"
                              r"confidence(?:\s+(?:interval|level))?|response\s+rate|"
                              r"p\s*[<=])\s*"
                              r"(?:(?:of|is|was)\s+)?(?:plus\s+or\s+minus\s+)?"
                              r"(?:about\s+|some\s+)?(?:±\s*)?|±\s*)$")
#: "eat as much food in a day as 35,000 people", "uses as much power as 2 million
#: homes": a figure a thing is compared with, not a figure of the quantity ("as many as
#: 340", a bound, has nothing between its two "as").
_AS_MUCH_AS_RE = re.compile(rf"\bas{_SP}+(?:much|many)\b[^.;,:!?]{{3,80}}?{_SP}as{_SP}+$")
#: The extreme of some of the things counted: "some township centres charging as little as
#: R450", "a few clinics waiting as long as 90 days" (a part's, no figure of the whole).
_SOME_EXTREME_RE = re.compile(
    rf"\b(?:[Ss]ome|[Cc]ertain|a{_SP}+few|the{_SP}+(?:cheapest|priciest|worst|best|"
    rf"smallest|largest))(?:{_SP}+[a-z-]+){{0,3}}?{_SP}+[a-z-]+s{_SP}+[a-z]+ing{_SP}+as{_SP}+"
    rf"(?:little|low|few|much|high|many|long|short){_SP}+as{_SP}+$")
#: (some of the things, doing what makes the extreme: "some township centres charging",
#: never "Some estimates put the damage as high as", "One survey found as many as")
_RANGE_GAP_RE = re.compile(r"^[ \u00a0]+(?:or|and|to)[ \u00a0]+as[ \u00a0]+(?:high|many|much|"
                           r"large|big)[ \u00a0]+as[ \u00a0]+$")
_RANGE_LEAD_RE = re.compile(r"\bas[ \u00a0]+(?:low|few|little|small)[ \u00a0]+as[ \u00a0]+$")


def _merged_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """"as low as 655,000 or as high as 1.1 million": one range, as the writer meant."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and a.value is not None and b.value is not None and \
                _RANGE_GAP_RE.match(text[a.end:b.start]) and \
                _RANGE_LEAD_RE.search(text[max(0, a.start - 20):a.start]):
            out.append(Figure("range", a.start, b.end, text[a.start:b.end], None, a.value,
                              b.value, a.unit or b.unit, b.of))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: How far a figure's sentence reaches on either side. News sentences are shorter; a text
#: with no sentence ends (a hostile one-line page) would otherwise make every figure's
#: work run to the end of the text, and extraction quadratic.
SENTENCE_REACH = 500


_INITIALISM_END_RE = re.compile(rf"(?:\b[{UP}]\.){{2,}}[ \u00a0]*$")


def sentence_around(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, inside ``lo:hi`` and no more than
    :data:`SENTENCE_REACH` characters either side (cut at a space)."""
    from ..speech.speakers import sentence_end, sentence_start

    a = max(lo, start - SENTENCE_REACH)
    if a > lo:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp >= 0 else a
    b = min(hi, end + SENTENCE_REACH)
    ss = sentence_start(text, a, start)
    se = sentence_end(text, end, b)
    # "The U.N. says 40,000 ...": an initialism's full stop before a lower-case word ends
    # no sentence (the speech engine's list knows "U.S.", not every initialism)
    for _ in range(3):
        if ss > a and _INITIALISM_END_RE.search(text, max(a, ss - 12), ss) and \
                text[ss:ss + 1].islower():
            ss = sentence_start(text, a, ss - 2)
        else:
            break
    for _ in range(3):
        nxt = text[se:se + 3].lstrip(" \u00a0")
        if se < b and _INITIALISM_END_RE.search(text, max(ss, se - 12), se) and \
                nxt[:1].islower():
            se = sentence_end(text, se + 1, b)
        else:
            break
    if se == b < hi:
        sp = text.rfind(" ", end, b)
        se = sp if sp >= 0 else b
    return ss, se


def _para_of(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int | None:
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return i
    return None


#: Verbs of change in the present and in "-ing" (a general lexicon): "wages grow by 2%",
#: "shows prices rising by 6.9 per cent"; those of them that go up.
_PRESENT_UP = frozenset("rises rising grows growing increasing climbs climbing jumps jumping "
                        "soars soaring surges surging gains gaining".split())
_PRESENT_CHANGES = _PRESENT_UP | frozenset(
    "falls falling decreasing declines declining drops dropping shrinks shrinking sinks "
    "sinking slides sliding plunges plunging".split())
#: "cut the number of monthly migraine days by 50 percent", "raised prices by 4 percent":
#: the figure measures a change of what the verb acts on.
_CHANGE_RE = re.compile(
    r"\b(?P<v>cut|cuts|reduced|reduces|reduce|reducing|lowered|lowers|lower|decreased|"
    r"decreases|slashed|halved|raised|raises|raise|increased|increases|increase|boosted|"
    r"boosts|improved|improves|rose|fell|dropped|grew|shrank|declined|climbed|jumped|sank|"
    r"slid|plunged|soared|retreated|receded|subsided|advanced|dipped|swelled|expanded|"
    r"contracted|shifted|risen|fallen|grown|shrunk|sunk|gone[ \u00a0]+(?:up|down)|"
    r"surged|gained|"
    # ("shows prices rising by 6.9 per cent", "wages grow by 2%": the one lexicon)
    + "|".join(sorted(_PRESENT_CHANGES, key=len, reverse=True)) + r"|cutting|lowering|raising)"
    r"(?P<obj>(?:[ \u00a0]+[\w’'-]+){0,8}?)[ \u00a0]+by[ \u00a0]+[“\"‘']?"
    r"(?:about[ \u00a0]+|some[ \u00a0]+|"
    r"nearly[ \u00a0]+|roughly[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+|up[ \u00a0]+to[ \u00a0]+|"
    r"as[ \u00a0]+much[ \u00a0]+as[ \u00a0]+)?$", re.I)
#: "shares fell 6%", "prices rose 3 percent": a verb of movement right before the figure.
_MOVED_RE = re.compile(r"\b(fell|rose|dropped|jumped|climbed|slid|gained|lost|declined|grew|"
                       r"shrank|sank|soared|plunged|tumbled|slumped|surged)[ \u00a0]+"
                       r"(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|"
                       r"more[ \u00a0]+than[ \u00a0]+)?$", re.I)
#: "journeys up by 14%", "sales down by a third": a change with no verb, its subject the
#: noun before the particle.
_UP_DOWN_BY_RE = re.compile(rf"(?<=[a-z])[ \u00a0]+(up|down)[ \u00a0]+by[ \u00a0]+"
                            rf"(?:(?:{_HEDGE_OR_BOUND}|just|only)[ \u00a0]+)?$", re.I)
#: Verbs a particle of change follows ("go up by", "came down by").
_MOTION = frozenset("go goes went gone going come comes came coming move moves moved moving "
                    "be been being shot shoot shoots".split())
#: Nouns of change (a general lexicon of news English): "a 27% drop", "a fall of 12%",
#: "the reduction at 19 percent", "a 4 per cent rise".
_DOWN_NOUNS = ("drop", "fall", "decline", "reduction", "decrease", "cut", "slump", "dip",
               "contraction", "loss")
_UP_NOUNS = frozenset(("rise", "increase", "jump", "gain", "growth", "surge", "hike",
                       "climb", "expansion"))
_CHANGE_NOUNS = _alternatives((*_DOWN_NOUNS, *_UP_NOUNS))
_CHANGE_NOUN_AFTER_RE = re.compile(rf"{_SP}+(?:annual{_SP}+|yearly{_SP}+)?(?P<n>{_CHANGE_NOUNS})"
                                   r"\b", re.I)
_CHANGE_NOUN_BEFORE_RE = re.compile(
    # ("put the reduction in risk at 7 per cent": what changes, between)
    rf"\b(?P<n>{_CHANGE_NOUNS})(?:{_SP}+in{_SP}+(?P<what>[a-z]+)"
    # ("the reduction in risk among regular coffee drinkers at 6 per cent": who, between)
    rf"(?:{_SP}+(?:among|for|in|of|with|across)(?:{_SP}+[a-z]+){{1,4}}?)?"
    rf"(?={_SP}+(?:was|is|at|of|by)\b))?{_SP}+(?:(?:was|is|of|at|to|by|stood{_SP}+at)"
    rf"{_SP}+)+(?:(?:{_HEDGE_OR_BOUND}|{_LIMITING}){_SP}+)?$", re.I)
#: A comparative after a percentage, and what it compares: "a 15 per cent lower risk of
#: migraine", "a 4 per cent higher chance" (a change in risk, as epidemiology reports it).
_COMPARED_RISK_RE = re.compile(
    rf"{_SP}+(?P<adj>lower|higher|greater|smaller|reduced|increased|raised|elevated)"
    rf"{_SP}+(?P<what>risk|chance|likelihood|odds|rate|incidence|mortality|probability)\b"
    # (of what: "a lower risk of stroke" is no "higher risk of insomnia"; never a tax band,
    # "a 40 per cent higher rate of income tax")
    rf"(?!{_SP}+of{_SP}+(?:income{_SP}+)?tax\b)"
    rf"(?:{_SP}+of{_SP}+(?:developing{_SP}+|having{_SP}+|getting{_SP}+)?(?:an?{_SP}+|the{_SP}+)?"
    rf"(?P<of>[a-z]+(?:[ -][a-z]+)?))?")
_HIGHER = frozenset(("higher", "greater", "increased", "raised", "elevated"))
#: Verbs of change with no object: "X rose by 2 percent" measures a change of X.
_INTRANSITIVE = {"rose", "fell", "dropped", "grew", "shrank", "declined", "climbed", "jumped",
                 "sank", "slid", "plunged", "soared", "retreated", "receded", "subsided",
                 "advanced", "dipped", "swelled", "expanded", "contracted", "shifted",
                 "increased", "decreased", "improved",
                 # the perfect's participles: "rents had risen by 5 per cent"
                 "risen", "fallen", "grown", "shrunk", "sunk", "gone up", "gone down",
                 # the present and its participle: "shows prices rising by 6.9 per cent"
                 *_PRESENT_CHANGES}
#: A verb of a trend right before a streak's length: "had fallen for", "has grown", "rose
#: for the" (the verbs of change with no object, :data:`_INTRANSITIVE`; a streak of a
#: strike or a drought, "on strike for 40 days straight", "has lasted 14 months
#: straight", is itself the figure).
_TREND_VERBS = _INTRANSITIVE | {"worsened", "come up", "come down", "came up", "came down",
                                "went up", "went down"}
_TREND_BEFORE_RE = re.compile(rf"\b(?:{_alternatives(sorted(_TREND_VERBS))})"
                              rf"(?:{_SP}+(?:for|in|over))?(?:{_SP}+the)?{_SP}*$", re.I)
_AUXILIARIES = frozenset("had has have having was were is are be been being will would "
                         "could should may might must did does do also".split())
_GAINS = {"gained", "climbed", "soared", "surged", "jumped", "grew", "rose", *_PRESENT_UP}
_UP = {"raised", "raises", "raise", "increased", "increases", "increase", "boosted", "boosts",
       "improved", "improves", "rose", "grew", "climbed", "jumped", "soared", "advanced",
       "swelled", "expanded", "risen", "grown", "gone up", "raising", *_PRESENT_UP}


#: Nouns that are themselves a rate: the percentage after them measures them.
_RATE_NOUN_RE = re.compile(
    r"\b([Tt]urnout|[Uu]nemployment|[Ii]nflation|[Aa]pproval|[Pp]articipation|[Vv]accination|"
    r"[Pp]overty|[Ii]lliteracy|[Oo]ccupancy|[Aa]bsenteeism|[Oo]besity)\b(?:[ \u00a0]+rate)?"
    r"[^.;%]{0,50}?(?:was|is|were|be|at|to|of|now|stood[ \u00a0]+at|reached|hit)[ \u00a0]+"
    r"(?:about[ \u00a0]+|around[ \u00a0]+|nearly[ \u00a0]+|nearer[ \u00a0]+|just[ \u00a0]+|"
    r"only[ \u00a0]+|roughly[ \u00a0]+|barely[ \u00a0]+|almost[ \u00a0]+|"
    r"(?:just[ \u00a0]+)?(?:over|under|below|above)[ \u00a0]+)?$")
#: A rate named by the word before "rate" ("detection rate", "absence rate", "vacancy
#: rate"), before a percentage in its clause with nothing counted between.
_COMPOUND_RATE_RE = re.compile(r"\b([A-Za-z][a-z-]+)[ \u00a0]+rates?\b[^.;:%\d]{0,70}$")
#: Words before "rate" that name no rate of their own.
_NOT_RATE_OF = frozenset("the a an its their his her our this that these those all some both "
                         "each any such same growth overall annual average higher lower "
                         "current new real true official long-term short-term record key "
                         "flat fixed going steady alarming faster slower".split())
#: "12 percent more (than ...)", "3 percent lower": a comparison, not a share.
_COMPARED_RE = re.compile(r"[ \u00a0]+(more|fewer|less|higher|lower|above|below|up|down|"
                          r"greater|smaller|larger|cheaper|dearer)\b", re.I)
_MORE = {"more", "higher", "above", "up", "greater", "larger", "dearer"}
#: A counted noun after a number: "2.3 million books".
_COUNTED_RE = re.compile(r"\d(?:[\d,.]*)(?:[ \u00a0]+(?:million|billion|thousand|trillion))?"
                         r"[ \u00a0]+([a-z]{3,})\b")


#: "up" or "down" right after a figure and its comma: "£310m, up 12%", "4,150, down 6%".
_FIGURE_UP_RE = re.compile(rf"[\d%]{_SP}*(?:[a-z]+{_SP}*)?,{_SP}+(up|down|Up|Down){_SP}+$")


#: Words that set a figure out of reach right before it: "anywhere near", "nowhere near".
_NOWHERE_NEAR_RE = re.compile(rf"\b(?:anywhere|nowhere){_SP}+(?:near|close{_SP}+to){_SP}+"
                              rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$", re.I)
#: Words of a winning margin right before a count: "won by", "a margin of", "lead of".
_MARGIN_BEFORE_RE = re.compile(
    rf"\b(?:(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|leads|led|ahead|trails|"
    rf"trailed){_SP}+by|margin(?:{_SP}+[a-z]+){{0,4}}?{_SP}+(?:of|to|at)|(?:a|the|its|their)"
    rf"{_SP}+lead{_SP}+of){_SP}+(?:(?:{_HEDGE_OR_BOUND}|just|only){_SP}+)?$")
#: A count written as a difference: " more arrests for burglary than", " fewer beds than".
_MORE_THAN_AFTER_RE = re.compile(
    rf"{_SP}+(?:more|fewer|less){_SP}+[a-z][\w-]*(?:{_SP}+[a-z][\w-]*){{0,4}}?{_SP}+than\b")
#: A relative clause that says how big a body is, up to its figure: ", which represents
#: about", ", which employs 3,000", ", who has 12,000 members".
_BODY_SIZE_RE = re.compile(
    rf",{_SP}+(?:which|who|that){_SP}+(?:now{_SP}+|still{_SP}+)?(?:represents|employs|"
    rf"has{_SP}+(?:more{_SP}+than{_SP}+|nearly{_SP}+|about{_SP}+|some{_SP}+|over{_SP}+)?"
    rf"(?=[\d,.]+{_SP}+members)|speaks{_SP}+for|represented|employed)"
    rf"{_SP}+(?:[a-z]+{_SP}+){{0,2}}$")


def _change(text: str, f: Figure, ss: int) -> tuple[str, str] | None:
    """(quantity, what changes) for a percentage that measures a change ("reduced migraine
    days by 28 percent": a reduction in migraine days; "Norvia's shares fell 6%": a
    reduction in shares), else None."""
    head = text[max(ss, f.start - 120):f.start]
    rk = _COMPARED_RISK_RE.match(text, f.end)
    if rk:
        # "a 15 per cent lower risk of migraine": a reduction in risk
        way = "increase" if rk.group("adj").lower() in _HIGHER else "reduction"
        what = rk.group("what").lower()
        if rk.group("of") and rk.group("of").split()[0] not in ("the", "this", "that", "it"):
            what = f"{what} of {rk.group('of').split()[0]}"  # "risk of stroke"
        return f"{way} in {what}", what
    nm = _CHANGE_NOUN_AFTER_RE.match(text, f.end) or _CHANGE_NOUN_BEFORE_RE.search(head)
    if nm and nm.groupdict().get("what") and nm.group("n").lower() != "growth":
        way = "increase" if nm.group("n").lower() in _UP_NOUNS else "reduction"
        what = nm.group("what").lower()
        return f"{way} in {_norm_noun(_head_noun(what))}", what
    if nm:
        # "a 27% drop", "a drop of 38%", "put the reduction at just 19 percent": a noun of
        # change; what changes is named once for the article (see :func:`_one_change`)
        if nm.group("n").lower() == "growth":
            # "expects growth of 0.9 per cent", "puts growth at 1.8 per cent": a rate of
            # growth, the economy's when the text names nothing else
            return _growth_of(text, f, ss), ""
        way = "increase" if nm.group("n").lower() in _UP_NOUNS else "reduction"
        return way, ""
    um = _FIGURE_UP_RE.search(head)
    if um is not None:
        # "£310m, up 12% on the previous year": the change of the figure just given, named
        # once for the article as a noun of change is (:func:`_one_change`)
        way = "increase" if um.group(1).lower() == "up" else "reduction"
        counted = _COUNTED_RE.findall(head[:um.end()])
        money = re.findall(rf"\b({_MONEY_WORDS})\b", head[:um.start()].lower())
        what = counted[-1] if counted and counted[-1].lower() not in (
            "up", "down", "percent", "per", "points", "percentage") else \
            money[-1] if money else ""  # ("4,150 cars, down 6%"; "profit ... £310m, up")
        return (f"{way} in {_norm_noun(what.lower())}" if what else way), what
    vm = _MOVED_RE.search(head) or _UP_DOWN_BY_RE.search(head)
    if vm:
        subj = [w for w in re.findall(rf"[{UP}a-z][\w’'-]*", head[:vm.start()])
                if w.lower() not in ("the", "a", "an", "its", "their")]
        while subj and (subj[-1].lower() in _AUXILIARIES or subj[-1].lower() in _MOTION):
            subj.pop()  # "incomes would go up by": the subject, not its verb
        if subj:
            way = "increase" if vm.group(1).lower() in _UP | _GAINS | {"up"} else \
                "reduction"
            what = subj[-1].replace("’s", "").replace("'s", "")
            return f"{way} in {_norm_noun(what)}", what
    # (the verb nearest the figure: "Falling enrolment means ... will raise its fees by 5 per
    # cent" is a rise in fees)
    cm, at = None, 0
    while (nxt := _CHANGE_RE.search(head, at)) is not None:
        cm, at = nxt, nxt.start() + 1
    if cm is None:
        return None
    obj = cm.group("obj").split()
    if not obj and cm.group("v").lower() in _INTRANSITIVE:
        # "Unemployment in the county rose by 2 percent": what rose is the subject, the
        # noun before its preposition ("in the county")
        clause = re.split(r"[,;:]|\b(?:that|which|while|but|and)\b", head[:cm.start()])[-1]
        from ..speech.speakers import CUE_RE

        cues = list(CUE_RE.finditer(clause))
        if cues:
            # "In the Dáil he said rents ... had risen by": the reported clause's subject
            clause = clause[cues[-1].end():]
        subject_np = re.split(rf"{_SP}+(?:in|of|at|for|across|among|on){_SP}+", clause.strip())[0]
        words = [w for w in re.findall(rf"[{UP}a-z][\w’'-]*", subject_np)
                 if w.lower() not in ("the", "a", "an", "its", "their")]
        while words and words[-1].lower() in _AUXILIARIES:
            words.pop()  # "fares had (risen)": the subject, not its auxiliary
        if words:
            way = "increase" if cm.group("v").lower() in _UP else "reduction"
            what = words[-1].replace("’s", "").replace("'s", "")
            return f"{way} in {_norm_noun(what.lower())}", " ".join(words)
    while obj and obj[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our"):
        obj = obj[1:]
    if len(obj) >= 3 and obj[0].lower() in ("number", "amount", "share", "rate") and \
            obj[1].lower() == "of":
        obj = obj[2:]  # "the number of monthly migraine days": migraine days
    if not obj:
        return None
    way = "increase" if cm.group("v").lower() in _UP else "reduction"
    head = _norm_noun(_head_noun(" ".join(obj)))
    return f"{way} in {head}", " ".join(obj)


#: "growth" before a percentage in its clause, with the word that says growth of what
#: ("wage growth", "economic growth", "GDP growth"), and nothing counted between.
_GROWTH_BEFORE_RE = re.compile(
    rf"(?:\b(?P<of>[A-Za-z][a-z]+|GDP){_SP}+)?\bgrowth\b"
    # growth governs the figure: "growth of", "growth this year to", "growth could be as low
    # as", "growth at" (not "Despite growth in tourism, unemployment was")
    rf"(?:{_SP}+(?:forecast|estimate|projection|outlook|steady|unchanged))?"
    rf"(?:{_SP}+(?:this|next|last){_SP}+year)?{_SP}+(?:of|at|to|by|was|is|will|would|could|might|"
    rf"may|should|to{_SP}+be|expected|forecast|slowed|rose|fell|reached)\b[^.;:%\d,]{{0,50}}$")
#: Nouns before "growth" that say growth of what ("wage growth", "sales growth"); any other
#: word ("economic", "strong", "that") leaves the economy's growth.
_GROWTH_OF_NOUNS = frozenset("wage wages sales population job jobs earnings income pay "
                             "productivity revenue profit profits export exports price prices "
                             "rent rents housing credit lending loan loans membership "
                             "subscriber user traffic passenger visitor".split())


def _growth_of(text: str, f: Figure, ss: int) -> str:
    """The growth a percentage is the rate of: "wage growth", else the economy's "growth"."""
    gm = _GROWTH_BEFORE_RE.search(_clause_head(text, ss, f.start))
    what = (gm.group("of") or "").lower() if gm else ""
    return f"{what} growth" if what in _GROWTH_OF_NOUNS else "growth"


def _clause_head(text: str, ss: int, pos: int) -> str:
    """The words of ``pos``'s clause before it (from the last clause start in its sentence)."""
    starts = list(clause_starts(text, ss, pos))
    return text[starts[-1].end() if starts else ss:pos]


#: The subject of a copula right before a figure: "the typical new rent was", "average
#: fares are" (its head noun: the last word before the verb).
_COPULA_SUBJECT_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Aa]verage|[Mm]edian|[Tt]ypical)"
    rf"(?:{_SP}+[a-z][\w-]*){{0,3}}?{_SP}+(?P<head>[a-z][a-z-]+)"
    rf"{_SP}+(?:was|is|were|are|has{_SP}+been|had{_SP}+been|have{_SP}+been|will{_SP}+be|"
    rf"would{_SP}+be){_SP}+(?:(?:{_HEDGE_OR_BOUND}|{_LIMITING}|{_TIME_ADVERBS}){_SP}+)?$")


#: The participles of speech's MEASURE_AT_VERBS: "estimated", "put", "pegged".
_MEASURED_AT = "|".join(sorted(v for v in MEASURE_AT_VERBS
                               if v.endswith("ed") or v in ("put", "set")))
#: :data:`_PUT_AT_RE` in the passive: "was estimated by the agency at", "is put by
#: organisers at".
_PASSIVE_PUT_AT_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
    rf"(?:{_MEASURED_AT})"
    r"[ \u00a0]+by\b[^.;:!?]*\bat[ \u00a0]*$")
#: "put/placed/pegged/set <what is measured> at": a verb of measuring whose "at" is the
#: figure's, however long its object.
_PUT_AT_RE = re.compile(rf"\b(?:{'|'.join(MEASURE_AT_VERBS)})[ \u00a0]+"
                        # ("put Nigeria's coverage at", "put New York City's toll at")
                        rf"(?:the|its|their|his|her|a|an|(?:[{UP}][\w.-]*[ \u00a0]+){{0,3}}"
                        # ("puts inflation at", "put unemployment at": a bare noun)
                        rf"[{UP}][\w.-]*[’']s|(?!(?:that|which|it|this|there|what|how|"
                        # ("estimated the crowd across both days at": a noun, then when;
                        # "put average farm business income on dairy farms at": a bare
                        # noun phrase of a few words)
                        # ("put total 2024 exports, bottled and bulk combined, at";
                        # "puts employment linked to the wine industry at": a year among
                        # its words, an aside or a "to" after them)
                        rf"who|when|where)\b)[a-z][\w-]+(?:[ \u00a0]+(?:[a-z][\w-]+|"
                        rf"(?:19|20)\d\d)){{0,3}}?"
                        rf"(?=,|[ \u00a0]+(?:at|for|in|of|over|to|with|"
                        rf"during|across|on|throughout|from)\b))"
                        rf"\b[^.;:!?]*$")


#: A time of day: "14.20", "9:45", "6pm", "10 o'clock".
_CLOCK_RE = re.compile(r"(?i)\d{1,2}(?:[.:]\d{2}(?![\d%])|[ \u00a0]*(?:am|pm|a\.m\.|p\.m\.|"
                       r"o[’']clock|hours?\b|GMT|BST|UTC))")


#: The subject of a copula before "at": "The FTSE index is now at", "the waiting list is
#: at" (group ``noun``, the subject's last word).
#: A copula right before "at": the level something is at ("is now at", "we're at").
_AT_TAIL = r"(?:[ \u00a0]+(?:now|currently|still|already))?[ \u00a0]+at[ \u00a0]*$"
_BE_AT = rf"(?:is|are|was|were|remains?|remained){_AT_TAIL}"
_BE_AT_RE = re.compile(rf"(?i)(?:\b{_BE_AT}|[’']re{_AT_TAIL})")
_SUBJECT_AT_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?:[\w-]+{_SP}+){{0,2}}?(?P<noun>[a-z][\w-]*){_SP}+"
    + _BE_AT)


#: The label of a quantity of its own ("people @458": another occasion's count, a
#: body's size, a peak beside a total), as the figures loop writes it.
_OWN_LABEL_RE = re.compile(r" @\d+$")


def _put_at(text: str, pos: int, lo: int) -> bool:
    """A measuring verb's "at" right before ``pos``: "put the population at", "was
    estimated by the agency at"."""
    return bool(re.search(r"\bat[ \u00a0]*$", text[max(lo, pos - 40):pos].lower())) and bool(
        _PUT_AT_RE.search(text, max(lo, pos - 160), pos) or
        _PASSIVE_PUT_AT_RE.search(text, max(lo, pos - 160), pos) or
        _HAS_AT_BEFORE_RE.search(text, max(lo, pos - 160), pos))


def _measure_before(text: str, pos: int, lo: int) -> bool:
    """A measure word right before: "stood at", "put the number at", "estimate of"."""
    head = text[max(lo, pos - 40):pos].lower()
    if re.search(r"\b(?:stand|stands|stood|standing)[ \u00a0]+by[ \u00a0]*$", head):
        return True  # "we stand by ₹4,213 crore": the figure a source holds to
    if _CHANGE_RE.search(text[max(lo, pos - 120):pos]) or _UP_DOWN_BY_RE.search(head):
        return True  # "cut migraine days by 50 percent", "journeys up by 14%": the size
        # of the change
    if re.search(r"\b(?:arriv|land)\w*[ \u00a0]+at[ \u00a0]*$", head) and \
            _CLOCK_RE.match(text, pos):
        return False  # "The plane arrived at 14.20 local time": a time of day
    if _MARGIN_BEFORE_RE.search(head):
        return True  # "Yes had won by 41,200 votes": the margin (its own question, below)
    if re.search(r"\b(?:came|comes|coming)[ \u00a0]+in[ \u00a0]+at[ \u00a0]*$", head) or \
            re.search(
            r"\b(?:it|that|this|figure|estimate|number|total|average|rate|result|share|count)"
            r"[ \u00a0]+(?:came|comes)[ \u00a0]+out[ \u00a0]+at[ \u00a0]*$", head):
        return True  # "the bill came in at $4.1 million", "my estimate comes out at 6%"
    if re.search(r"\b(?:pay|pays|paid|paying)[ \u00a0]+for[ \u00a0]*$", head):
        return True  # "the £6m would pay for between 20,000 and 23,000 repairs": what a sum
        # buys, a count of it
    if _BE_AT_RE.search(head) and not _CLOCK_RE.match(text, pos):
        return True  # "We are at 2,600 hectares on our map", "unemployment is now at 5%":
        # a level the speaker gives (not "the meeting is at 9pm")
    if _put_at(text, pos, lo):
        return True  # "put the crowd at Friday's march against a new levy at 8,000": the
        # measuring verb's object may be long; "The population was estimated by the
        # agency at 1,140": the passive, its agent before the "at"
    return bool(re.search(r"\b(?:stood|stands|put|puts|placed|pegged|estimated|set|"
                          r"at|to|of|from)\s*$", head)) and bool(
        re.search(r"\b(?:stood|stands|put|puts|placed|pegged|estimat|set|number|count|"
                  # "went back over the tallies and arrived at 8.3 per cent", "you land at
                  # about $52 million", "the bill came in at", "it settled at"
                  r"arriv|land(?=s?\b|ed\b|ing\b)|settl|"
                  r"toll|tally|total|figure|estimates|climb|rise|rose|fell|drop|jump|rang|"
                  # "inflation was running at 4.2%", "hovered at", "sits at"
                  r"running|runs|ran|hover|hovers|hovered|hovering|sits|sat|"
                  r"found|finds|showed|shows|reported|pegs|places|puts|assess|assessed|"
                  r"peak|topped|"  # ("the outage peaked at 64,300 customers")
                  # "operating profit, which the union calculates at £310m"
                  r"calculat|reckon|"
                  r"assesses|valued|values|damage|loss|losses|cost|costs)\w*\b"
                  r"[^.;]*$", head))


#: A place's population by its name: "Kenya's population", "New Zealand's adult
#: population" (the name in capitals, no verb before it taken: "Officials say Kenya's").
_PLACE_POPULATION_RE = re.compile(
    rf"(?<![\w’'])((?:[{UP}][\w-]*{_SP}+){{0,3}}[{UP}][\w-]*)[’']s{_SP}+"
    rf"(?:[a-z-]+{_SP}+)?population\b")
#: Words before "population" that say which part of it, not what it counts ("the adult
#: population"; "the rat population" counts rats).
_POPULATION_ADJECTIVES = frozenset((
    "the", "a", "its", "their", "his", "her", "our", "this", "that", "whole", "entire", "total",
    "overall", "adult", "breeding", "wild", "current", "estimated", "resident", "local",
    "global", "world", "urban", "rural", "town", "city", "country", "island", "state",
    "remaining", "surviving", "true", "real", "official", "actual", "prison", "elderly",
    "working-age", "student", "school"))


#: After a share, the reference it is a fraction of ("less than half the long-term average",
#: "a third of the usual level", "80 per cent of its target"): a comparison (a general
#: lexicon of norms).
_OF_REFERENCE_RE = re.compile(
    rf"{_SP}+(?:of{_SP}+)?(?:the|its|their|this|that){_SP}+(?:[\w-]+{_SP}+){{0,2}}?"
    rf"(?:average|norm|mean|median|usual|normal|expected|target|forecast|benchmark|levels?)"
    # (the noun the phrase ends on: never "of the target population")
    rf"(?={_SP}*(?:[,.;:)!?—–]|$)|{_SP}+(?:of|for|in|at|and|by|from|over|across|since|"
    rf"last|this|on|than)\b)")


#: A verb of taking reports in, right before their number: "received", "logged", "had".
_REPORTS_TAKEN_RE = re.compile(
    rf"\b(?:received|receives|receive|logged|logs|recorded|records|got|gets|has|had|have|"
    rf"took|taken|fielded|handled){_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


def _quantity(text: str, f: Figure, ss: int, se: int, last_noun: str | None,
              last_quantity: str | None) -> tuple[str | None, str]:
    """(normalised quantity, what is counted as written) of a figure, or (None, "")."""
    if _OF_THEM_STATE_RE.match(text, f.start, se):
        state = _state(text, f.end, se)
        if state:
            return state, state  # "and said 44 of them had died": deaths
    rate = ""
    rm = _RATE_RE.match(_clause(text, f.end, se))
    if rm:
        r = _RATES.get((rm.group("rate") or rm.group("rate2")).replace("\u00a0", " ").split()[-1],
                       "")
        # "40,000 a year" and "56,300 in 2006" count the same thing: a year is the usual
        # span of a count, so only shorter spans make a rate of their own
        rate = f" per {r}" if r and r != "year" else ""
    if not rate and (pa := _PERIOD_USE_RE.search(text, max(ss, f.start - 60), f.start)):
        # "puts weekly use at about 1,100 journeys": a count per week, as "a week" after it
        rate = f" per {_PERIOD_OF[pa.group(1).lower()]}"
    em = _EACH_RE.search(text, ss, f.start) or _AVERAGE_HOLDS_RE.search(text, ss, f.start)
    if em and em.group(1).split()[0].lower() in _TIME_UNITS:
        # "Every week the hospital cancels 40 operations": a rate per week; "Every year my
        # watch shows 109 kilometres": a year, the usual span of a count, is none
        span = singular(em.group(1).split()[0].lower())
        if not rate and span not in ("year", "time", "decade"):
            rate = f" per {span}"
        em = None
    if em and not rate and f.kind == "count":
        # "each mill job supports 1.7 other jobs": a multiplier per mill job, never a
        # count of jobs to set against "140 jobs"
        rate = f" per {em.group(1)}"
    if f.unit == "%" and _OF_REFERENCE_RE.match(text, f.end, se):
        # "112 millimetres, less than half the long-term average": a figure against a
        # reference, no share of anything another figure is a share of
        return f"share of @{f.start}", ""
    if f.unit == "%" or f.kind == "ratio":
        pop = _population(text, f, se)
        if pop and f.unit == "%" and (tm := _RATE_NOUN_RE.search(
                text, max(ss, f.start - 60), f.start)) is not None and \
                _head_noun(pop).lower() in _ELECTORATE_WORDS:
            # "put turnout at 61.2 per cent of the 1.4 million people on the register":
            # the rate its noun names, of the people it is always a share of
            noun = tm.group(1).lower()
            return f"rate of {noun}", noun
        change = _change(text, f, ss) if f.unit == "%" and not pop else None
        if change is not None:
            return change
        cm = _COMPARED_RE.match(text, f.end, se) if f.unit == "%" else None
        if cm is not None:
            # "lent 2.3 million books last year, 12 percent more than the year before": a
            # change of what the sentence counted, never a share of the last population
            way = "increase" if cm.group(1).lower() in _MORE else "reduction"
            sm = _COPULA_SUBJECT_RE.search(text, max(ss, f.start - 80), f.start)
            if sm:
                # "the typical new rent was 12 per cent higher": what the copula's subject
                # names, not a number counted earlier in the sentence (a survey's sample)
                noun = sm.group("head").lower()
                return f"{way} in {_norm_noun(noun)}", noun
            counted = [g for g in _COUNTED_RE.findall(text[ss:f.start])]
            what = _norm_noun(counted[-1]) if counted else f"@{f.start}"
            return f"{way} in {what}", counted[-1] if counted else ""
        if not pop:
            # "Unemployment rose to 4.2 percent": the rate of what the sentence is about
            sm = _RATE_SUBJECT_RE.search(text[ss:f.start])
            if sm and sm.group(1).lower() in REPORT_VERBS:
                # "The government says inflation is 3%": what follows the saying verb
                sm = _RATE_SUBJECT_RE.search(text[ss + sm.end(1):f.start])
            if sm and sm.group(1).lower() in MEASURE_NOUNS - {"turnout", "attendance"}:
                sm = None  # "The official figure is about 31%", "the true rate is nearer
                # 9%": the share or rate said before
            if sm:
                noun = sm.group(1).lower()
                return f"rate of {_norm_noun(noun)}", noun
            tm = _RATE_NOUN_RE.search(text, max(ss, f.start - 60), f.start)
            if tm:
                # "Turnout in Sunday's election was 61 percent", "put turnout at 48 percent"
                noun = tm.group(1).lower()
                return f"rate of {noun}", noun
            if f.unit == "%" and _GROWTH_BEFORE_RE.search(_clause_head(text, ss, f.start)):
                # "expects growth of 0.9 per cent", "growth could be as low as 0.3 per
                # cent", "its forecast for growth this year to 1.8 per cent": the rate of
                # growth (of what its noun names: "wage growth")
                return _growth_of(text, f, ss), "growth"
            cm_ = _COMPOUND_RATE_RE.search(_clause_head(text, ss, f.start))
            if cm_ and cm_.group(1).lower() not in _NOT_RATE_OF and \
                    not cm_.group(1).lower().endswith("est"):
                # "the force's detection rate for knife offences had risen to 31 per cent",
                # "a persistent absence rate of 18.2 per cent": the rate its word names
                noun = cm_.group(1).lower()
                return f"rate of {noun}", noun
        if not pop and last_quantity:
            return last_quantity, last_noun or ""
        if not pop and f.kind == "ratio" and f.of and \
                re.search(rf"{_SP}of{_SP}+(?:them|those|these)$", f.text):
            pop = f.of  # ("27 of them": of the 310 bridges the parser read "them" as)
        head = _head_noun(pop) if pop else ""
        if in_title_case(text, f.start):
            head, pop = head.lower(), pop.lower()  # a headline's capitals name no group
        norm = _norm_noun(head)
        return ("share of " + _SHARE_OF_HOMES.get(norm, norm)).strip(), pop or head.lower()
    if f.kind == "money" or (f.kind == "range" and f.unit in CURRENCY_SIGNS.values()):
        # "between ₹3,100 crore and ₹3,600 crore": a range of sums is money too
        return _money(text, f, ss, se, last_quantity), f.unit or ""
    unit = f.unit
    if unit and unit.lower().endswith("ly") and unit.lower() not in ("daily", "family"):
        unit = None  # "400,000 initially"
    if unit is None and f.kind == "count":
        cm = re.match(rf"{_SP}+([{UP}][a-z]+s)\b", text[f.end:f.end + 30])
        if cm and _norm_noun(cm.group(1)) == "people":
            unit = cm.group(1)  # "56,300 Americans": the parser reads lower-case nouns only
        part = _PART_OF_WHOLE_AFTER_RE.match(text, f.end, se)
        if part:
            # "312 of the country's 4,600 state schools had closed": schools, whatever the
            # sentence before counted ("120 of its 3,000 miners were killed": the dead, as
            # "120 miners were killed" would be)
            unit = part.group(1)
    if _thing_age(text, f):
        # a thing's age, of the thing its clause names ("the painting is 40,000 years
        # old"): the ages of a tree and of the church beside it are two questions
        thing = _thing_before(text, ss, f.start)
        return (f"{AGE_KEY} of {thing}" if thing else AGE_KEY), unit or ""
    if _average_age(text, f):
        return AGE_KEY, unit or ""  # (the text's average age: one question, whatever each
        # sentence calls the things aged, "the ferries", "its major vessels")
    if f.kind == "duration" or (f.kind == "range" and unit and
                                canonical_unit(unit)[0] == "duration"):
        # ("between 33 and 35 minutes": a range of lengths of time is one too)
        return _duration_quantity(text, f, ss, se), unit or ""
    if unit and _UNIT_SYMBOL_RE.fullmatch(unit) and canonical_unit(unit)[0] not in (
            "length", "area"):
        # "a 400MW plant": a symbol glued to its number is the same measure as "400 MW";
        # a symbol with a name ("540Ml") is a measure in that name ("megalitres")
        if unit in SYMBOL_NAMES:
            return _measure_noun(unit) + rate, unit
        return "measure in " + unit + rate, unit
    if unit and unit.lower() == "points":
        pm = _SHARE_POINTS_RE.search(_clause_head(text, ss, f.start))
        if pm:
            # "Turnout rose by 3.2 points": percentage points of a share, a change in it
            # (never "won by 5 points" or "the index rose 30 points": no share before it)
            way = "increase" if pm.group("v").lower() in _POINTS_UP else "reduction"
            noun = pm.group("n").lower()
            return f"{way} in {_norm_noun(noun)}", noun
    if unit:
        words = unit.lower().split()
        if words[-1] in ("agencies", "sources", "estimates", "countries", "states", "times",
                         "questions", "ways", "reasons", "surveys", "studies", "reports",
                         "answers", "counts", "figures", "numbers", "versions", "sides",
                         "hospitals", "counties", "cities", "districts", "regions", "days",
                         "words", "polls", "previous", "more", "other", "additional",
                         "different", "separate", "new", "bare", "single",
                         "percent", "points", "cases?") and not (
                    # ("had logged 412 reports of the fryer catching fire", "We have 412
                    # reports in our database": reports of incidents, counted, not the few
                    # documents a story weighs)
                    words[-1] == "reports" and f.value is not None and f.value >= 50 and (
                        re.match(rf"{_SP}+(?:of|in|from|to|on){_SP}", text[f.end:]) or
                        # ("it received 268 reports": reports taken in, counted)
                        _REPORTS_TAKEN_RE.search(text, max(0, f.start - 30), f.start))):
            return None, ""
        noun = unit
        if in_title_case(text, f.start):
            unit = noun = unit.lower()  # "41 Shots" in a headline: no group of people
        # "4.9 million Texans", "12 million Kenyans": a count of people (a share of
        # Texans stays a share of Texans: who is asked matters to a share)
        key = "people" if _named_group(unit.split()[-1]) else _measure_noun(unit)
        words_ = unit.lower().split()
        if key == "death" and len(words_) >= 2 and words_[-1] in ("deaths", "fatalities") and \
                words_[-2].isalpha() and words_[-2] not in _DEATH_CAUSES and re.search(
                    rf"\d[\d,.]*[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?{re.escape(words_[-2])}s\b", text):
            # "42 seal deaths" where the text counts seals ("300 seals are dying"): the
            # seals that died, one count with those
            key = _measure_noun(words_[-2] + "s")
        if len(words_) >= 2 and words_[-2] in ("death", "birth") and words_[-1] in (
                "certificates", "registrations"):
            # "We signed 268 death certificates": the papers that register each death count
            # the deaths (not "records", which may be copied or lost: "hackers copied 40,000
            # birth records")
            key = words_[-2]
        if len(words_) >= 2 and words_[-2] in _STATE_ADJECTIVES and not (
                words_[-2] == "homeless" and key not in _PEOPLE_KEYS and
                key not in _HOMES_OF_PEOPLE and is_person_noun(key)):
            # ("214 homeless veterans" counts veterans: homelessness is what a story of
            # veterans without homes counts them by, no event's state, while "5,000
            # homeless people", "homeless families" after a flood are the displaced)
            # "143 dead pups", "40 injured fans": those in that state, never a count of all
            # the pups or fans ("How many pups were born?" is no question of the dead)
            return STATES[words_[-2]] + rate, unit
        if key in _STAFF_NOUNS and _EMPLOY_RE.search(text, max(ss, f.start - 60), f.start):
            # "expected to employ 2,500 people", "will hire 300 workers": that many jobs
            return "job" + rate, noun
        if key not in _PEOPLE_KEYS and not actor_noun(key) and f.kind == "count" and \
                _state(text, f.end, se) == "death" and _COUNTED_DEATHS_RE.search(text) and \
                not set(re.findall(rf"(\d[\d,.]*)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
                                   rf"{re.escape(unit.split()[-1])}\b", text)) - set(
                    re.findall(r"\d[\d,.]*", f.text)):
            # (no other number of them: the same figure again, in a headline, is no count)
            # "Did more than 60 animals die at the zoo?" where the text counts deaths ("the
            # zoo recorded 38 deaths"): those deaths (not "40,000 hives died" beside "the
            # loss at 12,500 hives", nor "1,200 sheep died" beside "800 sheep": a text
            # that counts the beings otherwise counts them; the other states are read of
            # people only)
            return "death" + rate, noun
        if (other := _AND_PEOPLE_RE.match(text, f.end, se)) is not None and \
                {(unit or "").split()[-1].lower(), other.group(1).lower()} in _EVERYONE:
            key = "people"  # "about 210 children and adults", "men and women": everyone
        if key in _PEOPLE_KEYS or actor_noun(key):
            # ("212 workers were killed", "40 miners missing": the dead, the missing)
            state = _state(text, f.end, se) or (
                "death" if _KILL_BEFORE_RE.search(text, max(ss, f.start - 30), f.start)
                else None)  # ("Floods kill about 60 people a year": deaths)
            if state:
                key = state
            elif done := _DONE_TO_RE.search(text, max(ss, f.start - 40), f.start):
                # "we removed 120,000 people who no longer needed an appointment": those
                # an action was done to, never the count of the population itself
                key = f"{key} {done.group(1).lower()}"
        return key + rate, noun
    sym = _UNIT_SYMBOL_RE.match(text, f.end, se) if f.kind == "count" and not unit else None
    if sym:
        # "the 1,800 MW project", "4.2 kWh": a measure in a unit of its own, never the
        # count or the sum the sentence before was about; "540 Ml/d" is megalitres a day,
        # as "420 megalitres a day" beside it
        if sym.group(1) in SYMBOL_NAMES:
            return _measure_noun(sym.group(1)) + rate, sym.group(1)
        return "measure in " + sym.group(1) + rate, sym.group(1)
    if f.kind == "count" and re.match(rf"{_SP}+of{_SP}+us\b", text[f.end:f.end + 8]):
        return "people" + rate, "people"  # "Twelve thousand of us stood outside the gates"
    if f.kind in ("count", "range") and not unit and \
            (cm_ := _COLON_COUNT_OF_RE.match(text, f.end, se)) is not None:
        # "The number is 3.1 million: the count of visitors that the bureau says came":
        # what the count after the colon is of
        return _norm_noun(cm_.group(1)) + rate, cm_.group(1)
    # a bare figure: a measure noun before it names or stands for the quantity
    head = text[max(ss, f.start - 120):f.start]
    nouns = list(re.finditer(r"\b([a-z]+(?:[ \u00a0]+toll)?)\b", head.lower()))
    for m in reversed(nouns):
        w = m.group(1)
        if w in ("toll", "tolls") or w.endswith((" toll", " tolls")):
            return "death" + rate, w  # "the death toll", "the real toll"
        if w in ("turnout", "attendance", "crowd"):
            return "people" + rate, w
        if w in ("audience", "audiences", "viewership") and re.search(
                rf"\b{w}(?:{_SP}+(?!by\b)[a-z]+){{0,2}}{_SP}*$", head):
            return "viewer" + rate, w  # "reached a peak audience of 11.3 million" (never
            # "Speaking to an audience of business leaders, the governor said 41,000")
        if w in ("displacement", "displacements"):
            return "displaced" + rate, w  # "put displacement at between 25,000 and 30,000"
        if w in _MEMBERSHIP:
            return "member" + rate, "members"  # "the membership figure dropped to 2.3m"
        if w in ("population", "populations") and not re.match(
                rf"{_SP}*of\b", text[ss + len(text[ss:max(ss, f.start - 120)]) + m.end():]):
            # "the fox population at roughly 9,000": a count of foxes; "puts the breeding
            # population at 600-700", "the population has fallen to near 23,000":
            # what the text calls a population, never the unit of the figure before ("90
            # kilograms") nor a count of people doing something
            mod = nouns[nouns.index(m) - 1].group(1) if nouns.index(m) else ""
            if len(mod) >= 3 and mod not in _POPULATION_ADJECTIVES and \
                    not _ADJ_END_RE.search(mod) and not mod.endswith("ly") and re.search(
                        rf"(?<![’'\w-]){mod}{_SP}+{w}\b", text[ss:f.start]):
                # (in lower case as written: "Gaza population", "Irish-speaking" are no
                # count of Gazas or of "speaking")
                return _norm_noun(mod) + rate, plural(mod)
            place = [pm.group(1) for pm in _PLACE_POPULATION_RE.finditer(text, ss, f.start)]
            if place:
                # "Kenya's population is 54 million", "Uganda's population": each place's
                return f"population of {place[-1]}" + rate, w
            return "population" + rate, w
        if w in MEASURE_NOUNS:
            of = re.match(rf"{_SP}+of{_SP}+(?:the{_SP}+)?([a-z][a-z\-]+(?:{_SP}+[a-z][a-z\-]+)?"
                          # ("the number of paid-up adult members": a plural third word)
                          rf"(?:{_SP}+(?!(?:this|across|its|his|was|has|is|as|thus|plus|less|"
                          rf"unless|towards|us)\b)[a-z][a-z\-]+s\b)?)",
                          text[ss + len(text[ss:max(ss, f.start - 120)]) + m.end():f.start])
            if of and of.group(1).split()[0] not in ("up", "about", "more", "at", "some"):
                # "the number of people sleeping on the streets": people, not sleeping
                return _norm_noun(_head_noun(of.group(1))) + rate, of.group(1)
            i = nouns.index(m)
            nxt = nouns[i + 1].group(1) if i + 1 < len(nouns) else ""
            if w in ("total", "overall") and nxt.endswith("s") and (
                    actor_noun(singular(nxt)) or singular(nxt) in SYNONYMS) and re.search(
                    rf"\b{w}{_SP}+{nxt}{_SP}+(?:at|of|to|was|were|is|are|stood)\b",
                    text[ss:f.start], re.I):
                # "put total visitors at 740,000": what the total counts, after it
                return _norm_noun(nxt) + rate, nxt
            mod = nouns[i - 1].group(1) if i else ""
            if mod in _MEMBERSHIP:
                return "member" + rate, "members"  # "the membership total of 1.4m"
            if mod and (actor_noun(mod) or mod in SYNONYMS and not _ADJ_END_RE.search(mod)) \
                    and mod not in _POPULATION_ADJECTIVES and re.search(
                    rf"\b{mod}{_SP}+{w}\b", text[ss:f.start], re.I):
                # "put visitor numbers at 4.1 million", "passenger numbers": visitors
                return _norm_noun(mod) + rate, mod
            break
    state = _state(text, f.end, se)
    if state:
        return state + rate, state
    if _PEOPLE_VERB_RE.match(text, f.end, se):
        return "people" + rate, "people"  # "20,000 marched on Saturday"
    cm = _COUNT_SUBJECT_RE.match(text, ss, f.start) or _COUNT_SUBJECT_RE.search(
        text, max(ss, f.start - 160), f.start)
    if cm and cm.start() > ss and not re.search(
            r"\b(?:said|says|say|reported|reports|showed|show|shows|found|finds|estimated|"
            r"estimates|that|and|but|while|whereas)\b",
            text[max(ss, cm.start() - 20):cm.start("np") + 12]):
        cm = None  # inside the sentence, only the subject of a clause a cue opens
    if cm:
        # "Recorded burglaries in Greater Manchester fell to 18,400": burglaries
        noun = _head_noun(cm.group("np"))
        if noun and not text[ss:cm.start("np")].strip():
            noun = noun[0].lower() + noun[1:]  # "Protesters numbered about 20,000"
        words = text[cm.start():cm.end("np")].split()  # (with a capital word before it)
        before = words[words.index(noun) - 1].lower() \
            if noun in words and words.index(noun) > 0 else ""
        if noun.lower() in _HOLDING_NOUNS and (not before.isalpha() or before in _DETERMINERS):
            cm = None  # "the list stood at 71,300": the list the text spoke of before
        elif before.isalpha() and before not in _POP_STOP | _DETERMINERS and \
                noun.lower() in MEASURE_NOUNS | set(_HOLDING_NOUNS) - {"total", "totals"}:
            # "Visitor numbers fell to 1.2 million": visitors; "the waiting list had grown
            # to 7,400": the waiting list, one count whatever a later "it was" says
            if noun.lower() in _HOLDING_NOUNS:
                return f"{before} {noun.lower()}" + rate, f"{before} {noun.lower()}"
            return _norm_noun(before) + rate, before
        if cm is not None and noun and noun.lower() not in MEASURE_NOUNS and noun.islower():
            return _norm_noun(noun) + rate, noun
    asked = list(_ASKED_HOW_MANY_RE.finditer(text, ss, f.start))
    hm = asked[-1] if asked else None  # (the last one before the figure)
    if hm is not None and hm.group("noun").lower() not in MEASURE_NOUNS:
        # "Asked how many saplings were given out, she said about 16,000": the sentence's
        # own question names what it counts, not the quantity the text named before
        noun = hm.group("noun").lower()
        return _norm_noun(noun) + rate, noun
    if last_quantity is not None:
        return last_quantity if not rate or last_quantity.endswith(rate) else \
            last_quantity + rate, last_noun or ""
    tail = _clause(text, f.end, se)
    if re.match(rf"{_SP}+according{_SP}+to\b", tail) or re.search(
            r"(?i)\b(?:estimates?|figures?|counts?|tall(?:y|ies)|totals?|numbers?)\b"
            r"[^.;]{0,40}$", text[ss:f.start]):
        return "figure", ""  # "Estimates range from 47,000 (the government) to ..."
    return None, ""


#: What a death is of, before "deaths" ("overdose deaths", "road deaths"): a cause or a
#: setting, never a kind of being that died, whatever else the text counts of it
#: ("reversed 1,140 overdoses"). A general lexicon.
_DEATH_CAUSES = frozenset("overdose drug opioid fentanyl heroin alcohol road traffic crash "
                          "gun firearm knife heat cold flu covid cancer suicide drowning fire "
                          "flood storm workplace cot".split())


#: A body's count of its members by one word, alone or before a figure's noun: "the
#: membership figure dropped to 2.3m", "the membership total of 1.4m".
_MEMBERSHIP = frozenset(("membership", "memberships"))


#: A poll's share for a party or a candidate, as British reporting writes it: "puts the
#: Civic Alliance on 38 per cent", "has Labour on 34%", "and the Greens on 11 per cent"
#: after such a verb in the sentence.
_POLL_VERBS = frozenset("put puts putting has have had show shows showed showing give gives "
                        "gave leave leaves left place places placed".split())
_POLL_VERB = "|".join(sorted(_POLL_VERBS, key=len, reverse=True))
_POLL_ON_RE = re.compile(
    rf"\b(?:{_POLL_VERB})\b[^.;:!?]*?(?:[{UP}][\w’'.-]*{_SP}+){{1,4}}"
    rf"on{_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


#: "has/had <what is measured> at" right before a figure: a source's measure of its object
#: ("The authority has the plant at 1.34 million tonnes", "the latest poll had him at
#: 38%"), as "puts the plant at" is. Never a superlative the writer states ("Texas has the
#: largest uninsured population at 4.9 million"), whose subject is what is measured.
_HAS_VERBS = frozenset(("has", "have", "had"))
_HAS_OBJECT = r"(?:the|its|their|his|her|him|them|it|this|that)\b"
_HAS_AT = rf"[^.;:!?,]{{0,60}}{_SP}at{_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$"
_HAS_AT_RE = re.compile(
    rf"{_SP}+{_HAS_OBJECT}"
    rf"(?!{_SP}+(?:[a-z]+est|most|least|second|third|next|fewest|worst|best)\b){_HAS_AT}")
#: ... with its verb, as :func:`_put_at` reads the "at" before a figure: any object, a
#: superlative's too ("has its longest waits at 22 weeks, its chief said" is a figure;
#: only its subject is no source).
_HAS_AT_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(_HAS_VERBS))}){_SP}+{_HAS_OBJECT}{_HAS_AT}")
#: After a figure: the year before the one it is compared with ("1,241 the year before").
_YEAR_BEFORE_AFTER_RE = re.compile(
    rf"(?:{_SP}+[a-z]+)?{_SP}+(?:the{_SP}+year{_SP}+before|a{_SP}+year{_SP}+(?:earlier|before|ago)|"
    rf"the{_SP}+(?:previous|prior){_SP}+year|the{_SP}+year{_SP}+earlier|last{_SP}+year)\b")
#: Before a figure: a comparison with it ("compared with", "against", "up from", "than").
_COMPARED_BEFORE_RE = re.compile(
    rf"\b(?:compared{_SP}+(?:with|to)|against|(?:up|down){_SP}+from|from|than){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


#: A question inside a sentence before a bare figure: "Asked how many saplings were given
#: out, she said about 16,000" (the plural it asks about, after up to two words).
_ASKED_HOW_MANY_RE = re.compile(
    rf"\b[Hh]ow{_SP}+many{_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}?(?P<noun>[a-z][\w-]*s)\b"
    rf"(?!{_SP}+(?:of|per)\b)")


#: Symbols of units of measure after a number ("1,800 MW", "12 km", "40 ppm"): the SI
#: prefixes with their units and the common others, written as symbols.
_UNIT_SYMBOL_RE = re.compile(rf"[ \u00a0]?({UNIT_SYMBOLS})(?![\w’'])(?!{SYMBOL_NO_UNIT})")
#: Words that open a noun phrase and say nothing of what it is.
_DETERMINERS = frozenset("the a an this that these those its their his her our my".split())
#: "Recorded burglaries in Greater Manchester fell to 18,400", "Applications rose to 3,100":
#: a plural subject whose count moved to the figure.
_COUNT_SUBJECT_RE = re.compile(
    rf"(?:[{UP}][a-z]+{_SP}+)?(?:[Tt]he{_SP}+)?(?P<np>(?:[{UP}a-z][\w-]*{_SP}+){{0,2}}"
    rf"(?:[{UP}a-z][\w-]*s|{_HOLDING_NOUN})"
    rf"(?:{_SP}+(?:in|across|at|on|from){_SP}+(?:the{_SP}+)?(?:[{UP}][\w.’'-]*(?:{_SP}+"
    rf"[{UP}][\w.’'-]*){{0,3}}|city|country|county|region|area|state|capital|district)"
    # ("Compensation claims for livestock killed by wolves rose to": the claims, whatever
    # the words that say what they are for)
    rf"|{_SP}+(?:for|over|against|about|under){_SP}+(?:[a-z][\w-]*{_SP}+){{0,4}}?[a-z][\w-]*"
    rf")?){_SP}+(?:(?:has|had|have){_SP}+(?:now{_SP}+|already{_SP}+)?)?"
    rf"(?:fell|fallen|rose|risen|dropped|climbed|jumped|grew|grown|declined|increased|"
    rf"decreased|reached|totalled|totaled|hit|stood|numbered|topped|exceeded|swelled|"
    rf"swollen|shrank|shrunk|soared|surged|plunged|plummeted|doubled)(?:{_SP}+(?:to|at|by))?"
    rf"{_SP}+{_LEAD}?$")
#: Verbs that give people work: the people they employ, hire or take on are jobs.
_EMPLOY_RE = re.compile(
    rf"\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|recruit|recruits|"
    rf"recruited|recruiting|take{_SP}+on|takes{_SP}+on|took{_SP}+on|taking{_SP}+on|"
    rf"staff|staffed|create|creates|created|creating){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}|{_EXTENT}|{_ADDED}){_SP}+)?$")
#: What a firm employs: counted by a verb of employing, they are jobs.
_STAFF_NOUNS = frozenset(("people", "worker", "employee", "staff", "staffer", "person",
                          "job", "position", "role"))


#: Words of time after "each"/"every": "every year", "each morning" say when, not per what.
_TIME_UNITS = frozenset("time times year years month months week weeks day days hour hours "
                        "minute minutes morning evening night season spring summer autumn "
                        "winter weekend quarter decade".split())
#: "each mill job supports", "every new home needs": the figure after it is per that.
#: ... (never "each one of the 5,100 people": all of them)
_EACH_RE = re.compile(rf"\b(?:[Ee]ach|[Ee]very){_SP}+(?!one{_SP}+of\b)"
                      rf"((?:[a-z][\w-]*{_SP}+){{0,2}}?[a-z][\w-]*)"
                      rf"{_SP}+[a-z]+(?:{_SP}+(?:{_HEDGE}|an?))?"
                      rf"{_SP}+$")
#: "the average evacuation centre was holding 370 people", "a typical clinic sees 40
#: patients": a count per one of those, never the total of them.
_AVERAGE_HOLDS_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?){_SP}+(?:average|typical|median){_SP}+"
    rf"((?:[a-z][\w-]*{_SP}+){{0,2}}?[a-z][\w-]*){_SP}+"
    rf"(?:(?:was|is|were|are|had|has|have|will|would|can|could){_SP}+)?"
    rf"(?:hold|holds|held|holding|house|houses|housed|housing|host|hosts|hosted|hosting|"
    rf"contain|contains|contained|serve|serves|served|serving|see|sees|saw|seeing|"
    rf"employ|employs|employed|receive|receives|received|treat|treats|treated|has|had|have)"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}|an?))?{_SP}+$")
_TIME_NOUNS = {"wait": "wait", "waits": "wait", "waiting": "wait", "waited": "wait",
               "delay": "delay", "delays": "delay", "stay": "stay", "stays": "stay",
               "backlog": "backlog",
               "turnaround": "turnaround", "lifespan": "life expectancy",
               "expectancy": "life expectancy", "response": "response time"}


def _duration_quantity(text: str, f: Figure, ss: int, se: int) -> str:
    """What a measured duration is of: "average wait" ("waiting an average of 9 days",
    "puts the average wait at 16 days"), "stay", "delay"; a plain "time" else. The
    sentence's word for the waiting names it, so "9 days" and "16 days" in two sentences
    about waits are one quantity."""
    avg = re.search(r"(?i)\b(average|median|mean|typical)\b", text[ss:f.start]) or \
        _AVERAGE_AFTER_RE.match(text, f.end, se)
    if avg:
        return "duration of average"  # what is averaged is named by the question
    return "duration of " + _time_noun(text[ss:se])


def _time_noun(sentence: str) -> str:
    return next((_TIME_NOUNS[w] for w in re.findall(r"[a-z]+", sentence.lower())
                 if w in _TIME_NOUNS), "time")


def _clause(text: str, pos: int, se: int) -> str:
    chunk = text[pos:se]
    m = _CLAUSE_END_RE.search(chunk)
    return chunk[:m.start()] if m else chunk


#: A verb of killing right before a count: "Landmines still kill 30 children a month".
_KILL_BEFORE_RE = re.compile(r"\b(?:kills?|killed|killing)[ \u00a0]+$")


#: A count of deaths as such, of no kind of being: "38 deaths" (not "1,140 koala deaths",
#: which counts koalas as the text's other figures of them do).
_COUNTED_DEATHS_RE = re.compile(r"\d[\d,.]*[ \u00a0]+deaths\b")
#: Counts of people by what they are: whose state (dead, missing, injured) a figure's
#: verb may give.
_PEOPLE_KEYS = frozenset({"people", "child", "adult", "men", "women"})


def _state(text: str, pos: int, se: int) -> str | None:
    """What happened to the people a figure counts, read in the words after it: "12 people
    died", "were injured", "as missing". A verb right after the figure comes first: in "12
    people died in the crash and 30 were injured" the 12 died."""
    rest = text[pos:se].lower()
    if re.match(r"\s*(?:\w+\s+){0,2}?(?:died|killed|drowned|perished)\b", rest) or \
            re.match(r"\s*(?:\w+\s+){0,2}?(?:in|at|on|across|from)\s+(?:\w+\s+){1,2}"
                     r"(?:died|drowned|perished)\b", rest):
        # ("More than 600 people in this city died": where they died, between)
        return "death"  # (a finite verb only: "300 patients dying of cancer were evacuated"
        # is read below, by "were evacuated")
    m = re.search(r"\b(?:were|are|was|is|been|be)\s+(?:now\s+|all\s+|still\s+|presumed\s+|"
                  r"declared\s+|confirmed\s+|feared\s+|listed\s+as\s+|reported\s+(?:as\s+)?|"
                  r"believed\s+(?:to\s+be\s+)?)?(dead|killed|missing|"
                  r"injured|wounded|homeless|displaced|evacuated|unaccounted)\b", rest)
    if m:
        return STATES[m.group(1)]
    m = re.match(r"\s*as\s+(dead|killed|missing|injured|wounded|homeless|displaced)\b", rest)
    if m:
        return STATES[m.group(1)]
    m = re.match(r"\s*(?:\w+\s+){0,2}?(die|dies|dying|dead)\b", rest)
    if m and not (m.group(1).startswith("di") and (
            not text[pos + m.start(1):pos + m.end(1)].islower() or  # "3,000 Die Linke members"
            text[pos + m.end(1):pos + m.end(1) + 1] == "-")):  # "staged a die-in"
        return "death"
    bare = re.search(r"\d\s*$", text[max(0, pos - 3):pos]) is not None
    m = re.match(r"\s*(displaced|evacuated|homeless|missing|injured|wounded|damaged|"
                 r"unaccounted)\b", rest) or (
        re.match(r"\s*(trapped)\b", rest) if bare else None)  # ("up to 30 trapped": the
    # missing; never "1.2 million children trapped in poverty", a noun's own state)
    if m:
        # a headline's "over 48,000 displaced"; "355 homes lost and another 120 damaged"
        return STATES.get(m.group(1), m.group(1))
    return None


#: Whom a rate such as turnout is always a share of: "61.2 per cent of the people on the
#: register", "of eligible voters", "of the workforce".
_ELECTORATE_WORDS = frozenset("people voters electors electorate register adults residents "
                              "population workforce citizens members".split())


def _population(text: str, f: Figure, se: int) -> str:
    """What a share is of: "1 in 45 children in the country", "12% of adults", "one
    teacher in two" (the noun the ratio itself names)."""
    if f.kind == "ratio" and f.of and f" {f.of} " in f.text:
        return f.of
    after = text[f.end:se]
    # "12% of adults" (a share needs its "of"), "1 in 45 children" (a ratio names them)
    of = rf"{_SP}+of{_SP}+" if f.kind != "ratio" else rf"{_SP}+(?:of{_SP}+)?"
    m = re.match(rf"{of}(?:the{_SP}+|all{_SP}+)?([{UP}a-z](?:[^,;:()“”\"—–]|(?<=\d),(?=\d\d\d))"
                 rf"{{0,80}})", after)  # (a number's comma is no clause's: "12,000")
    if not m:
        return ""
    words = []
    for i, w in enumerate(m.group(1).split()):
        if i == 0 and w.lower() == "those" and re.match(
                r"those[ \u00a0]+(?:on|given|taking|who|with|receiving|treated|using|in|aged)\b",
                m.group(1)):
            words.append(w)  # "12 per cent of those on the drug": people, so described
            continue
        if w.endswith(("’s", "'s")) and len(w) > 2 and (
                not words or all(x[:1].isupper() for x in words)):
            words = []
            continue  # "18% of the city's ... nurses", "half of Port Alder's 112,000
            # homes": the owner, not whom
        if not words and (w.lower() in HEDGE_WORDS or re.fullmatch(r"[\d,.]+", w) or
                          w.lower() in ("the", "all", "million", "billion", "thousand")):
            continue  # "of the city's nearly 12,000 nurses": the nurses ("of the 2.1
            # million people on the register": the people)
        if w.lower().strip(".") in _POP_STOP or not w[:1].isalpha():
            break
        words.append(w)
        if len(words) == 6:
            break
    return without_closing_quote(" ".join(words).rstrip(".,"))


_POP_STOP = {"who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "with",
             "now", "still", "already", "currently", "regularly",
             "said", "says", "according", "will", "would", "could", "may", "might", "a", "an",
             "and", "but", "or", "as", "than", "to", "for", "by", "found", "say", "do", "did",
             "support", "back", "oppose", "favour", "favor", "want", "think", "believe",
             "report", "reports", "reported", "suffer", "suffers", "experience",
             "experiences", "use", "uses", "live", "lives", "get", "gets", "take", "takes",
             "need", "needs", "face", "faces", "show", "shows", "develop", "develops",
             # "less than a fifth of what my customers see": of no named population
             "what", "whatever", "those", "them", "it", "this", "these"}


#: Capitalised plurals that name no group of people.
_NOT_GROUPS = frozenset("us data news series species means years days times percent points "
                        "dollars euros pounds yuan rupees".split())


def _named_group(word: str) -> str | None:
    """A capitalised plural naming a group of people ("Texans", "Kenyans", "Democrats"),
    as its folded singular; None for anything else."""
    w = word.strip(".,")
    if len(w) < 4 or not w[:1].isupper() or w.isupper() or not w.endswith("s") or \
            w.endswith("ss") or w.lower() in _NOT_GROUPS or not w[1:].islower():
        return None
    return singular(w.lower())


#: Around a number of days, the words that make it a count of days on which something
#: happened, not a length of time: after it, a level the days passed ("above the
#: guideline", "exceeding the limit"), what filled them ("of closures", "with rain"), "on
#: which", "lost"; before it "on" ("went over the guideline on 74 days"), "recorded",
#: "logged", "counted", "put the count at". Never "over", "under" or "when", which a length
#: of time takes as often ("lasted 41 days over the summer", "90 days under the new rule",
#: "40 days when work starts").
_DAYS_COUNTED_AFTER_RE = re.compile(
    rf"{_SP}+(?:above|below|exceeding|beyond|at{_SP}+or{_SP}+(?:above|below|over|under)|"
    rf"of{_SP}+(?!age\b|the\b|a\b|an\b)"
    rf"[a-z]+|with{_SP}+(?!the\b|a\b)[a-z]+|on{_SP}+which|in{_SP}+which|lost|missed)\b")
_DAYS_COUNTED_BEFORE_RE = re.compile(
    rf"(?:\b(?:on|recorded|records|logged|logs|counted|counts|totalled|totaled|"
    rf"(?:the|its|their|our){_SP}+(?:count|tally|total){_SP}+(?:at|of|is|was|to))|"
    rf"\b(?:came|comes|come){_SP}+to|\bcount(?:ed)?{_SP}+at)"
    rf"{_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$", re.I)


#: A verb that gives a figure right before a number of days, which in an article that
#: counts days counts them too ("the log shows 312 days") ...
_DAYS_GIVEN_BEFORE_RE = re.compile(
    rf"\b(?:shows?|showed|estimates?|estimated|finds|found|reports?|reported|counts?|"
    rf"counted|totals?|totalled|totaled|(?:rises|rose|falls|fell|comes|came){_SP}+to)"
    rf"{_SP}+(?:(?:{_HEDGE_OR_BOUND}|between){_SP}+)?$", re.I)
#: ... unless its sentence measures a length of time: a stay, a wait, repairs that take
#: so long ("the council estimates 45 days" for repairs to a ramp).
_LENGTH_OF_TIME_RE = re.compile(
    r"\b(?:stay|stays|wait|waits|waiting|delay|delays|take|takes|took|taking|last|lasts|"
    r"lasted|lasting|repair|repairs|recovery|sentence|sentenced|average|typical|length)\b",
    re.I)


def _days_counted(text: str, f: Figure, loose: bool = False) -> bool:
    """A number of days (never weeks or years) the text counts as days on which something
    happened ("recorded 41 days above the guideline", "the closures came to about 580
    days", "put the count at 58 days"): a figure, as a count of anything is, not a length
    of time said in passing ("waited 22 days"). ``loose``: the article counts days so
    elsewhere, and a verb that gives a figure before this one says it counts them too
    ("the log shows 312 days", "it estimates between 55 and 65 days")."""
    if (f.unit or "").lower() not in ("day", "days") or \
            (f.value if f.value is not None else f.low or 0) < 2:
        return False
    if _DAYS_COUNTED_AFTER_RE.match(text, f.end) or \
            _DAYS_COUNTED_BEFORE_RE.search(text, max(0, f.start - 30), f.start):
        return True
    if not loose or not _DAYS_GIVEN_BEFORE_RE.search(text, max(0, f.start - 30), f.start):
        return False
    ss = sentence_start(text, max(0, f.start - 400), f.start)
    se = sentence_end(text, f.end, min(len(text), f.end + 400))
    # (in the figure's own clause: "the log shows 28 days; average traffic was 900 cars"
    # says nothing of the days' length)
    cs = max(ss, *(text.rfind(c, ss, f.start) + 1 for c in ",;:"))
    ce = min((i for i in (text.find(c, f.end, se) for c in ",;:") if i >= 0), default=se)
    return not _LENGTH_OF_TIME_RE.search(text, cs, ce)


def _head_noun(phrase: str) -> str:
    """The noun a population is named by: the last word before a preposition, passing
    over a verb ("residents lived in ..." is of residents)."""
    words = [w for w in phrase.split() if w[:1].isalpha()]
    if words[:1] and words[0].lower() == "those":
        return "people"  # "those on the pill", "those who got a dummy tablet": people
    if words[:1] and words[0].lower() in ("everything", "anything", "whatever", "what"):
        return ""  # "41 percent of everything our residents throw away": of no noun the
        # clause after it names (its residents throw it away; they are not counted)
    for i, w in enumerate(words):
        if w.lower() in ("in", "of", "on", "at", "from", "with", "aged", "across", "under",
                         "each", "every", "per") \
                or (i > 0 and w.lower() in _POP_STOP) \
                or (i > 0 and len(w) > 4 and w.lower().endswith("ed") and
                    re.search(r"[a-z](?<!s)s$", words[i - 1]) is not None) \
                or (i > 0 and w.islower() and not w.endswith("s") and
                    words[i - 1].lower() not in _S_NOT_PLURAL and
                    re.search(r"[a-z]{2}(?<!s)s$", words[i - 1]) is not None) \
                or (i > 0 and w.islower() and w.endswith("s") and
                    re.search(r"[a-z]{2}(?<!s)s$", words[i - 1]) is not None and
                    i + 1 < len(words) and words[i + 1].lower() in (
                        "the", "a", "an", "its", "their", "his", "her")):
            # ("of its deliveries misses the promised date": a verb with its object;
            # "nurses walked out": of nurses; "adults surveyed": of adults; "adults fell
            # below it", "teenagers sleep less": a bare word after a plural noun is its
            # verb (English puts a noun's modifiers before it); not "said recorded
            # burglaries"; "the number of deaths was": of deaths)
            words = words[:i]
            break
    while len(words) > 1 and re.search(r"(?:ed|ing)$", words[-1].lower()):
        words = words[:-1]
    return words[-1] if words else ""


#: Nouns counted as one with another only when both fare alike (SYNONYMS).
_TWO_NAMES = frozenset(("house", "dwelling", "troop", "property", "premises"))
#: Of those, the ones that join homes only where they fare alike by a verb the text says.
_FARE_NAMED = frozenset(("property", "premises"))
#: What befalls things counted: harm ("300 homes were flooded", "1,200 soldiers lost"),
#: or making and sending ("1,200 houses would be built", "300 troops sent").
_FARE_RE = re.compile(
    r"\b(?:(?P<harm>destroyed|flattened|damaged|flooded|inundated|burn(?:ed|t)|razed|"
    r"demolished|collapsed|lost|killed|died|dead|wounded|injured|missing|captured)|"
    r"(?P<made>built|constructed|planned|approved|sent|deployed|dispatched|despatched|"
    r"posted|stationed|ordered|completed|delivered|recruited|trained|promised))\b")


def _fare(text: str, fc: FigureClaim) -> str | None:
    """What befalls what a figure counts, by the verb nearest it in its clause."""
    after = _FARE_RE.search(text, fc.end, min(fc.sentence[1], fc.end + 60))
    if after:
        return "harm" if after.group("harm") else "made"
    last = [m for m in _FARE_RE.finditer(text, max(fc.sentence[0], fc.start - 40), fc.start)]
    return None if not last else "harm" if last[-1].group("harm") else "made"


def _two_names(text: str, out: list[FigureClaim]) -> None:
    """Things counted under two names are one count ("600 houses destroyed", "1,500 homes
    flattened") only where both fare alike: "300 homes were flooded" and "1,200 houses
    would be built", "1,200 soldiers lost" and "300 troops sent" are two."""
    def word(fc: FigureClaim) -> str:
        return singular(fc.noun.split()[-1].lower()) if fc.noun.split() else ""

    named = {SYNONYMS[w] for w in _TWO_NAMES}
    fares: dict[str, set[str | None]] = {}
    for fc in out:  # how the things fare under their own name ("homes")
        if fc.quantity in named and word(fc) == fc.quantity:
            fares.setdefault(fc.quantity, set()).add(_fare(text, fc))
    for fc in out:
        if word(fc) not in _TWO_NAMES or SYNONYMS[word(fc)] != fc.quantity:
            continue
        mine, others = _fare(text, fc), fares.get(fc.quantity, set()) - {None}
        if mine is not None and others and mine not in others:
            fc.quantity = word(fc)
        elif mine is None and others and word(fc) in _FARE_NAMED:
            # "sell 40 properties" beside "200 homes were flooded": a property only joins
            # homes that fare as it does
            fc.quantity = word(fc)


#: A utility's words for what it supplies, cut off: "61k customers without power", "in
#: the dark", "lost power", "off supply" (their state, not a cause: "bookings cancelled
#: during the power outage" are no homes off supply)
#: (electricity, gas, water, heat; not a phone or broadband service, whose customers are
#: people).
_OFF_SUPPLY_RE = re.compile(
    rf"\b(?:without|lost|lose|loses|losing|no|cut{_SP}+off{_SP}+from|off){_SP}+"
    rf"(?:(?:mains|any|their|its|all){_SP}+)?(?:power|electricity|heat|heating|gas|water|"
    # (not "no supply of the drug", "lose their heating rebate")
    rf"supply|supplies)\b(?!{_SP}+(?:of|rebates?|bills?|prices?|tariffs?|allowances?|"
    rf"payments?|costs?)\b)|\bin{_SP}+the{_SP}+dark\b|\boff[{_SP[1:-1]}-]supply\b|"
    # ("roughly 11,000 accounts were still off as of Thursday": off, said of a count of
    # what a utility supplies, is off supply)
    rf"\b(?:were|was|are|is|remained|remain|remains|still){_SP}+(?:still{_SP}+)?off\b"
    rf"(?!{_SP}*(?:-|the|to|by|from|on|with|for|work|sick|duty|school|shift|site|air)\b)")
#: A customer's service lost, which is a supply only where the article's other counts are
#: off supply: "customers without service", "lost service".
_NO_SERVICE_RE = re.compile(rf"\b(?:without|lost|lose|loses|losing|no){_SP}+service\b")
#: Those put back on supply, before their number: "reconnected 22,000", "restored power
#: to 9,000", "have been brought back on for 3,100".
_RESTORED_BEFORE_RE = re.compile(
    rf"\b(?:reconnect(?:ed|s|ing)?|restor(?:ed|es|ing|e)|back{_SP}+on|back{_SP}+for)"
    rf"(?:{_SP}+(?:power|supply|supplies|electricity|service))?(?:{_SP}+(?:to|for))?"
    rf"(?:{_SP}+(?:about|around|roughly|nearly|almost|some|over|more{_SP}+than))?{_SP}*$")
#: What a utility counts when its supply is cut: a customer is a meter, so a home.
_SUPPLY_COUNTS = frozenset(("customer", "account", "connection", "meter", "property",
                            "premises", "home",
                            # (a co-operative's customers are its members: "2,300 members
                            # without power")
                            "member"))


def _off_supply(text: str, out: list[FigureClaim]) -> None:
    """A utility's customers (accounts, meters, properties) cut off from power, gas or water
    are homes: a utility counts "61k customers without power", a city "nearly 90,000
    homes", an emergency office "74,500 households", and all three answer how many homes
    are off supply; so are a regulator's "customers without service" beside them. A
    customer anywhere else stays a customer ("900,000 customers lost mobile service" are
    people)."""
    off: list[FigureClaim] = []
    service: list[FigureClaim] = []
    for fc in out:
        if fc.quantity not in _SUPPLY_COUNTS:
            continue
        lo, hi = max(fc.sentence[0], fc.start - 80), min(fc.sentence[1], fc.end + 60)
        if _RESTORED_BEFORE_RE.search(text, max(lo, fc.start - 40), fc.start):
            continue  # ("engineers have reconnected 8,000 customers": those back on supply)
        if _OFF_SUPPLY_RE.search(text, lo, hi):
            off.append(fc)
        elif _NO_SERVICE_RE.search(text, lo, hi):
            service.append(fc)
    # "customers without service" in an article whose other counts are off supply: the
    # same homes, in a regulator's word for it (alone, a "service" is a phone's or a
    # broadband line's, whose customers are people)
    for fc in off + (service if off else []):
        fc.quantity = "home"
    if not off:
        return
    # In an article about homes off supply, a utility's other counts of what it supplies
    # are of them too where the sentence says nothing else of them: "the morning update
    # listed 9,100 customers", "the real number was closer to 17,000", "logged 22,760
    # outages". Not a count with a verb of its own ("2,000 customers had called its
    # hotline", "5,000 customers could not use its app", "95,000 customers are served by"),
    # of another year ("in the 2021 ice storm ... 50,000 outages"), put back on supply, or
    # the whole a utility serves ("its 95,000 customers", "serves 120,000 customers").
    for fc in out:
        if fc.quantity not in _SUPPLY_COUNTS - {"member"} and fc.quantity != "outage":
            continue  # (a member is a home only off supply: "a welfare group that has
            # grown to about 600 members" is no count of homes)
        lo = max(fc.sentence[0], fc.start - 60)
        if _RESTORED_BEFORE_RE.search(text, max(lo, fc.start - 40), fc.start) or \
                _SUPPLY_WHOLE_BEFORE_RE.search(text, lo, fc.start) or \
                _OF_ITS_OWN_RE.match(text, fc.end) or \
                _VERB_AFTER_COUNT_RE.match(text, fc.end, fc.sentence[1]) and \
                not _AFFECTED_AFTER_RE.match(text, fc.end, fc.sentence[1]) and \
                not _OFF_SUPPLY_RE.search(text, fc.end, min(fc.sentence[1], fc.end + 60)) or \
                A_YEAR_RE.search(text, fc.sentence[0], fc.start):
            continue
        fc.quantity = "home"


#: A verb of a count's own right after it ("customers had called", "customers could not
#: use", "customers are served", "customers remain"), past a word or two ("customers in
#: Fenwick were"): the clause says what it says of them.
_VERB_AFTER_COUNT_RE = re.compile(
    rf"(?:{_SP}+[a-z]+){{0,3}}?{_SP}+(?:had|have|has|were|was|are|is|could|can|would|will|"
    rf"did|do|does|may|might|must|should|remain|remains|remained|got|get|received|"
    rf"called|lost|used|[a-z]{{3,}}ed)\b")
#: ... unless that verb says the storm reached them: "52,400 customers were affected at
#: the peak", "were hit", "were out".
_AFFECTED_AFTER_RE = re.compile(
    rf"{_SP}+(?:were|was|are|is|had{_SP}+been|have{_SP}+been|has{_SP}+been|remain|remained)"
    rf"(?:{_SP}+(?:still|all))?{_SP}+(?:affected|impacted|hit|out)\b")
#: A year named before a count in its sentence: another occasion's count ("In the 2021
#: ice storm, the utility recorded 50,000 outages"; not "the largest since 2011" after it).
#: (the one pattern of a year the grouping stage reads too, as ``_A_YEAR_RE``: group 1)
YEAR = r"(?:19|20)\d\d"
A_YEAR_RE = re.compile(rf"\b({YEAR})\b")


#: Before a count of a utility's whole clientele or of a part of a count: "its 95,000
#: customers", "serves about 120,000", "a base of 60,000 accounts", "out of", "of its",
#: "including about 3,100 in Marlow Springs".
_SUPPLY_WHOLE_BEFORE_RE = re.compile(
    rf"(?:\b(?:its|their|our|total|all|serves?|served|serving|supplies|supplying|has|have|"
    rf"had|including|includes|included|network{_SP}+of|base{_SP}+of|out{_SP}+of|"
    rf"of{_SP}+(?:its|their|the|our))(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}*$)")
#: After a count, another body's own: "reported about 1,100 outages of its own".
_OF_ITS_OWN_RE = re.compile(rf"{_SP}+of{_SP}+(?:its|their|his|her){_SP}+own\b")


def _norm_noun(word: str) -> str:
    """What a counted noun counts, folded: "residents" and "newcomers" count people;
    "fatalities" count deaths."""
    # (a headline's "... patients?" counts patients: no mark of punctuation is the noun's)
    w = word.lower().strip(".,?!;:")
    s = singular(w) if w not in ("people", "children", "men", "women") else w
    if w == "children":
        s = "child"
    if s.endswith("goer") and s not in SYNONYMS:
        return "people"  # "festival-goers", "concertgoers", "rallygoers"
    return SYNONYMS.get(s, SYNONYMS.get(w, s))


def _place(text: str, f: Figure, ss: int, se: int) -> str | None:
    m = re.match(rf"(?:{_SP}+[a-z]+){{0,3}}?{_SP}+in{_SP}+((?:the{_SP}+)?{_CAP_TOKEN}"
                 rf"(?:{_SP}+{_CAP_TOKEN}){{0,9}})", text[f.end:se])
    if m and not _a_time(m.group(1)):
        return clean_source(m.group(1))
    m = re.search(rf"\b[Ii]n{_SP}+({_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,9}}),", text[ss:f.start])
    if m and not is_org(m.group(1)) and not _a_time(m.group(1)):
        return m.group(1)
    return None


_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer "
                       "Autumn Fall Winter Christmas Easter".split())


def _a_time(words: str) -> bool:
    """"in April", "in Spring 2024": a time, never the place a figure counts in."""
    first = words.split()[0] if words.split() else ""
    return first in _MONTH_WORDS or first in _DAY_WORDS


def _asked_in_quote(text: str, f: Figure, quoted: list[tuple[int, int, object]],
                    starts: list[int]) -> bool:
    """Whether a figure is in a question a quotation asks (“What kind of genius loses a
    billion dollars in a single year?”): the quoted sentence it is in ends with "?" and
    gives the figure to nobody ("The opposition says 25,000 — is that right?" does)."""
    import bisect

    from ..speech.speakers import CUE_RE

    i = bisect.bisect_right(starts, f.start)
    for a, b, _st in quoted[max(0, i - 50):i]:
        if a <= f.start < b:
            end = re.search(r"[.!?]", text[f.end:b])
            if end is None or end.group(0) != "?":
                return False
            opened = max(text.rfind(c, a, f.start) for c in ".!?")
            return not CUE_RE.search(text, max(a, opened + 1), f.start)
    return False


def _quoted_at(quoted: list[tuple[int, int, object]], starts: list[int], pos: int
               ) -> list[object]:
    """The statements whose quoted pieces hold ``pos``."""
    import bisect

    i = bisect.bisect_right(starts, pos)
    return [st for a, b, st in quoted[max(0, i - 50):i] if a <= pos < b]


#: A quoted sentence that opens by giving its figure to a third party: "The company says",
#: "Campaigners with clipboards say", "the regulator's figure is" (not "I", "we", "you").
_OTHERS_SAY_RE = re.compile(
    rf"(?:^|(?<=[.!?“\"‘'])){_SP}*(?:[Tt]he{_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}[a-z][\w-]*|"
    rf"[{UP}][a-z]+(?:{_SP}+(?:with|at|from|of){_SP}+[a-z]+)?)"
    rf"{_SP}+(?:says|say|said|claims|claim|claimed|reckons|estimates|puts{_SP}+it{_SP}+at)"
    rf"{_SP}+{_LEAD}?$")


#: A quotation that names the figure as someone else's: "The official figure of 1,400 was
#: a political number", "the ministry's estimate of 40,000" (the speaker disputes it).
_OTHERS_FIGURE_RE = re.compile(
    rf"\b(?:official|government|[{UP}a-z]+[’']s?){_SP}+(?:[a-z]+{_SP}+)?"
    rf"(?:figure|estimate|count|tally|number|total|toll|claim)s?{_SP}+(?:of{_SP}+)?"
    rf"(?:{_LEAD})?$")
#: How a source named inside a quoted sentence's own grammar was found: its subject, an
#: owner, "according to", "by" (not a pronoun, an announcement or a trailing cue).
_OWN_SENTENCE_HOWS = frozenset("subject study possessive according-to by brackets which whose"
                               .split())
_FIRST_PERSON = frozenset("i we our my us me you your".split())


def _source(text: str, f: Figure, ss: int, se: int, statements: Sequence[object],
            people: Sequence[PersonLike], mentions: _Mentions,
            studies: list[tuple[int, int, str | None, str, str]],
            prev: Source | None, according: bool = True) -> Source | None:
    # 1. inside a quotation: its speaker (``statements`` are those holding the figure),
    # unless the quoted sentence gives it to someone else ("'The company says 8,650 hours.
    # The regulator says 9,412,' she said": the company's and the regulator's figures)
    if statements and (_OTHERS_SAY_RE.search(
            text[ss:f.start] if f.start - ss <= 160 else "x" + text[f.start - 160:f.start])
            or _OTHERS_FIGURE_RE.search(text, max(ss, f.start - 60), f.start)):
        statements = ()
    if statements and according:
        # a quoted sentence or an interview's turn whose own grammar names the figure's
        # source ("A study out this week from the X Institute says the risk is one in 11",
        # "The agency's own register puts it at 4,100"): that source, not the speaker who
        # reports it (a pronoun's, a trailing cue's or the speaker's own are the speaker's)
        own = _source(text, f, ss, se, (), people, mentions, studies, prev)
        held = [a for st in statements for a, b in getattr(st, "spans", []) if a <= f.start < b]
        speakers = " ".join(str(getattr(st, "speaker", "") or "") for st in statements)
        if own is not None and own.how in _OWN_SENTENCE_HOWS and own.kind != "generic" and \
                held and own.start >= max(held) and own.name[:1].isupper() and \
                own.name.split()[0].lower().split("’")[0].split("'")[0] not in _FIRST_PERSON \
                and not set(own.name.split()) & set(speakers.split()):
            # (named inside the quotation, by a name that is neither "I"/"our" nor the
            # speaker's own)
            return own
    # a quotation inside another (a statement a host reads out in an interview's turn):
    # the inner one speaks
    statements = sorted(statements, key=lambda st: min(
        (b - a for a, b in getattr(st, "spans", []) if a <= f.start < b), default=0))
    for st in statements:
        name = getattr(st, "speaker", None)
        pid = getattr(st, "speaker_id", None)
        if not pid:
            name = None  # an unnamed speaker ("the official said") is no person here
        if name and not pid and is_org(name):
            return Source(name, "organisation", None, "quote")
        body = getattr(st, "body", None)
        if body and not pid:
            # "a spokeswoman for the Fair Rents Alliance said": the body speech says the
            # unnamed voice speaks for (``Statement.body``), as a source of its own
            src = _make_source(body, people, "subject", f.start)  # (a person's voice:
            if src is not None:  # "for Governor Ruth Anand" is hers, not a body's)
                if src.kind == "person" and not _person_like(src.name):
                    # "a spokesperson for Wild Pennines": a body, whatever its name's words
                    src = Source(src.name, "organisation", None, src.how, src.start)
                src.how = "quote"
                src.voice = src.kind == "organisation"
                return src
        if not name or not pid:
            # "a National Education Union spokesperson said": the body in the cue
            cue = getattr(st, "cue", None) or name or ""
            org = next((clean_source(m.group(0)) for m in PROPER_RE.finditer(cue)
                        if is_org(clean_source(m.group(0)))), None)
            if org:
                return Source(org, "organisation", None, "quote")
            if re.search(rf"\b(?:{'|'.join(sorted(_SPOKES_HEADS))})\b", cue):
                # "Queensland Water stands by its figure. ... A spokeswoman sent us a
                # statement": an unnamed voice of no body named in the cue speaks for the
                # body the paragraph last named as a sentence's subject
                body_ = _paragraph_subject_body(text, ss, people) or \
                    _spokesperson_body(text, ss)
                if body_ is not None:
                    body_.how, body_.voice = "quote", True
                    return body_
            if not name:
                qa = min((a for a, _b in getattr(st, "spans", []) if a <= f.start), default=-1)
                lm = _POSSESSIVE_LABEL_RE.search(text, max(0, qa - 60), qa) if qa > 0 else None
                if lm is not None:
                    # "Her take: “... you are looking at 6 percent.”": a quotation the
                    # sentence before it labels as the named person's
                    hers = _named_person_before(text, lm.start(), people,
                                                lm.group("pro").lower())
                    if hers is not None:
                        hers.how = "quote"
                        return hers
                if any(ss + 2 < a and b <= se + 1 and f.start >= a
                       for a, b in getattr(st, "spans", [])):
                    # a few quoted words inside a sentence that says who reported them
                    # ('a spokeswoman for X told the crowd that "up to 40,000" people ...')
                    break
                return None
        return Source(name, "person", pid, "quote")
    sent = text[ss:se]
    rel = f.start - ss
    # 1b. "well above the official count of 2,500": a figure its own noun
    # phrase gives to officials, whoever the sentence's source is
    om = _OFFICIAL_MEASURE_RE.search(text, max(ss, f.start - 50), f.start)
    if om and not re.match(rf"[^.;:,]{{0,60}}?{_SP}by{_SP}+", text[f.end:se]):
        # (not "the official figure of 90,000 given by the harbour police": its maker's)
        return Source(f"official {om.group('noun')}", "generic", None, "subject",
                      om.start("noun") - 9)
    # 1c. "By 2 p.m. the police figure was 19": a figure its own noun phrase gives to
    # a kind of source
    km_ = _KIND_MEASURE_RE.search(text, max(ss, f.start - 50), f.start)
    if km_ is not None and (km_.group("who") in GENERIC_SOURCES or km_.group("who") in ORG_NOUNS):
        return Source(km_.group("who"), "generic", None, "subject", km_.start("who"))
    # 2. "according to X" in the sentence (the nearest)
    best: tuple[int, Source] | None = None
    owned = False  # the nearest is "according to its/their ...": a pronoun's, not a name
    for m in _ACCORDING_RE.finditer(sent if according else ""):
        if _KIN_REPORT_RE.match(sent, m.end()):
            continue  # "4.6 percent of children had a peanut allergy, according to their
            # parents": how the finding was measured, not who gives it
        if _OWN_WORDS_RE.match(sent, m.end()):
            continue  # "..., according to a statement released late on Monday": the
            # subject's own words, not another source
        # "according to a study published ... by a team led by X": that study
        study = next((x for x in studies if ss + m.end() <= x[0] < ss + m.end() + 12), None)
        made = _MADE_BY_REL_RE.match(text, ss + m.end(), se)
        # ("according to a note the unit published on Sunday": who made the document)
        src = _relative_maker(text, made, 0, people, mentions) if made is not None else None
        if src is not None:
            src.how = "according-to"
        else:
            src = _np_at(text, ss + m.end(), se, people, mentions, "according-to")
        if src is not None and src.name.lower() in ("her", "him") and \
                re.match(rf"{_SP}*(?:her|him){_SP}*,", sent[m.end():]):
            # "Ramota Akande says both traders are being modest. According to her, no bag
            # sells for less than ₦85,000": the person the pronoun means
            pronoun = "she" if src.name.lower() == "her" else "he"
            got = mentions.last(ss + m.start(), "person", pronoun=pronoun) or \
                mentions.named_of_sex(ss + m.start(), pronoun)
            src = _make_source(got[1], people, "according-to", got[0], mentions.full_names) \
                if got is not None else _person_subject_before(text, ss, people)
            at = got[0] if got is not None else src.start if src is not None else -1
            if at < 0 or not _SAYS_RE.search(text, at, sentence_end(text, at, ss + m.start())):
                src = None  # ("Emma Hart, the housing chief, was unavailable. According to
                # her, ...": only someone who says something speaks through "her")
        if src is not None and src.kind == "generic" and \
                (ap := _DESCRIBED_THEN_NAMED_RE.match(text, ss + m.end(), se)) is not None:
            # "according to the manufacturer, Corvane Pharma": the name set beside the
            # description
            named_ = _make_source(ap.group("name"), people, "according-to", ap.start("name"),
                                  mentions.full_names)
            if named_ is not None:
                src = named_
        if study is not None and (study[2] or src is None or src.kind == "generic"):
            # (its own report, "according to its annual report", is the body's)
            src = Source(study[2] or study[3], "organisation" if study[2] else "study", None,
                         "study", study[0], study[4])
        if src is None:
            continue
        d = abs(m.start() - rel)
        # the clause must hold the figure: no new clause in between ("10 percent, according
        # to X, but a meta-analysis put the share at 22 percent")
        lo, hi = sorted((m.start(), rel))
        cs = _clause_start(text, ss + lo, ss + hi)
        if cs is not None and m.start() < rel and not sent[:m.start()].strip(" \"“‘'(") and \
                _PASSIVE_CLAUSE_RE.match(text, cs.end(), ss + rel):
            cs = None  # "According to Orrin Pharmaceuticals, palpitations were reported by
            # 2.4 per cent of patients": the sentence's own clause after its opening cue,
            # whose passive verb names no source of its own
        if ";" in sent[lo:hi] or cs is not None:
            continue
        if best is None or d < best[0]:
            best = (d, src)
            owned = _OWNED_AFTER_RE.match(sent, m.end()) is not None
    if best is not None and (owned or _a_paper(best[1])):
        # "BIWTA said the launch had left with 112 passengers, according to the manifest
        # submitted at the terminal": a paper no one is named for is the named speaker's
        # evidence, not a source of its own (the paper only when no one gives the figure);
        # "The county roads department puts the figure at 1,900, according to its own
        # counters": "its" is the sentence's own subject, not the body named before it
        return _source(text, f, ss, se, statements, people, mentions, studies, prev,
                       according=False) or best[1]
    if best is not None and _SEEN_BY_RE.search(best[1].name):
        # "Safety officers from the council recorded 27,950 people, according to a report
        # seen by the Courier": the sentence's own source's evidence, when it names one
        own = _source(text, f, ss, se, statements, people, mentions, studies, prev,
                      according=False)
        if own is not None:
            return own
    if best is not None and (_a_paper(best[1]) or (best[1].kind in ("study", "generic") and any(
            w in STUDY_NOUNS for w in best[1].name.lower().split()))):
        # "A third estimate has come from Sahyadri Insurance. According to a field
        # assessment shared with this paper, losses amount to ...": an untitled document no
        # one is named for is the body the sentence before announced the estimate from
        announced = _announced_source(text, ss, people, mentions)
        if announced is not None:
            return Source(announced.name, announced.kind, announced.person_id, "announced",
                          announced.start, best[1].study)
        # "The lab puts the figure at ..., according to a short report posted on its
        # website": an untitled document of no one named is the evidence of the sentence's
        # own subject, who gives the figure by a verb of its own
        own = _source(text, f, ss, se, statements, people, mentions, studies, prev,
                      according=False)
        if own is not None and own.how in ("subject", "pronoun") and own.kind != "generic" \
                and not best[1].name[:1].isupper():
            return own
    if best is not None:
        return best[1]
    # 2a. "..., a number the tourist board puts at 25,000": an apposition that names the
    # figure's own maker, after another source's figure
    am = _APPOSED_MAKER_RE.search(text, max(ss, f.start - 120), f.start) if according else None
    if am is not None:
        src = _np_or_kind(text, am.start("who"), am.end("who"), people, mentions, "subject")
        who_words = am.group("who").split()
        if src is None and (who_words[-1].lower() in PERSON_ROLES or actor_noun(
                who_words[-1].lower())):
            # "a number the county auditor puts at": whoever the text names by their office
            src = Source(am.group("who"), "generic", None, "subject", am.start("who"))
        if src is not None:
            return src
    # 2b. "The old bridge is said by the town council to carry 9,000 cars a day": a verb of
    # saying in the passive, its agent before the figure in the figure's clause
    pv = _SAID_BY_RE.search(text, max(ss, f.start - 160), f.start) if according else None
    if pv is not None and not re.search(r"[;:.!?]", text[pv.end():f.start]) and \
            not _clause_start(text, pv.end(), f.start) and \
            not _METHOD_AGENT_RE.match(text, pv.end(), f.start):
        # (never "calculated by adding the ministry's total of 3,090": how, not who)
        agent_end = re.search(rf"{_SP}+(?:to|at|as|that){_SP}", text[pv.end():f.start])
        hi = pv.end() + agent_end.start() if agent_end else f.start
        src = _np_or_kind(text, pv.end(), hi, people, mentions, "by")
        if src is not None:
            return src
    # 3a0. "- Local councils: 82,000 people waiting (Association of Directors, April
    # 2026)": a list item's source in brackets at the end of its line
    ls_ = text.rfind("\n", 0, f.start) + 1
    le_ = text.find("\n", f.end)
    le_ = len(text) if le_ < 0 else le_
    if _LIST_ITEM_RE.match(text, ls_, f.start):
        bm = _LINE_END_BRACKETS_RE.search(text, f.end, le_)
        if bm is not None and not re.search(r"\d", bm.group("who")):
            src = _np_at(text, bm.start("who"), bm.end("who"), people, mentions, "brackets")
            if src is not None and src.kind != "generic":
                return src
    # 3a. "47,000 (the government)": a source in brackets right after the figure
    pm_ = re.match(rf"{_SP}*\((?:the{_SP}+)?([^()]{{2,60}})\)", text[f.end:se])
    if pm_ and not any(ch.isdigit() for ch in pm_.group(1)) and \
            not _short_form_of(pm_.group(1), f.text):
        src = _np_at(text, f.end + pm_.start(1), f.end + pm_.end(1), people, mentions,
                     "brackets")
        if src is None and pm_.group(1).split()[-1].lower() in ORG_NOUNS | GENERIC_SOURCES:
            src = Source(pm_.group(1), "organisation", None, "brackets", f.end)
        if src is not None:
            return src
    # 3. "... by X" after the figure, in its clause
    tail = text[f.end:se]
    bym = re.match(rf"(?:[^.;:,]{{0,60}}?){_SP}by{_SP}+", tail)
    if bym and _HARMED_BY_RE.search(bym.group(0)):
        bym = None  # "112 people were killed by Typhoon Kristine": what did it, no source
    if bym and _OWNER_PRONOUN_RE.match(text, f.end + bym.end()):
        bym = None  # "20,000 people referred by their GPs": who did it to them, no source
    if bym and (len(bym.group(0).split()) <= 3 or _BY_VERB_RE.search(bym.group(0))):
        src = _np_or_kind(text, f.end + bym.end(), se, people, mentions, "by")
        if src is not None:
            return src
    # 3a'. "That's about 1,300 people per day, by Thompson's calculation": whose reckoning
    # the words after the figure say it is
    rk = _BY_RECKONING_RE.match(text, f.end, se)
    if rk:
        src = _make_source(rk.group("who"), people, "by", rk.start("who"), mentions.full_names)
        if src is not None and not _not_a_name(src.name):
            return src
    # 3a''. "By his count, 62 families were evicted": whose reckoning a sentence opens
    # with, a pronoun for the one named before
    om = _BY_OWN_RECKONING_RE.match(text, ss, f.start)
    if om and not any(len(m.group(0).split()) >= 2 and not is_org(m.group(0))
                      for m in PROPER_RE.finditer(text, om.end(), f.start)):
        # (not when the sentence names its own speaker: "By her count, the problem is
        # growing: Dr Ann Roe says ...")
        word = om.group("pron").lower()
        want = {"org": "organisation", "person": "person", "any": "any"}[_PRONOUNS[word]]
        got = mentions.last(ss, want, pronoun={"her": "she", "his": "he"}.get(word))
        if want == "person":
            # (one the text names but never quotes: "Then there is Ana Roe, a geographer")
            named = _person_named_since(text, ss, people, word, got)
            if named is not None:
                return named
        if got is not None:
            who = _person(people, got[1]) if got[2] == "person" else None
            return Source(who.name if who is not None else got[1], got[2],
                          who.id if who is not None else None, "pronoun", got[0])
    # 3a-. "• The Dispatch: 386 (cases we verified)": a list's line
    # names whose figure it is before its colon
    lm_ = _LIST_LABEL_RE.match(text, text.rfind("\n", 0, f.start) + 1, f.start)
    if lm_ is not None:
        name = clean_source(lm_.group("name"))
        last = singular(name.split()[-1].lower()) if name else ""
        if name and not _not_a_name(name) and last not in STUDY_NOUNS | MEASURE_NOUNS | {
                "inspection", "model", "modelling"} and (
                is_org(name) or last in ORG_NOUNS | GENERIC_SOURCES or _person_like(name) or
                # (a name the line says spoke: its words in quotation marks, or when and
                # where it said them in brackets; "- Dunmere: 400 jobs" is a breakdown)
                lm_.group("quoted") is not None or lm_.group("when") is not None):
            # (a name that says it is a source: never "- Dunmere: 400 jobs", a breakdown)
            # (not "ABA member survey: 31%": a work, whose figure the text gave its maker)
            src = _make_source(name, people, "label", lm_.start("name"), mentions.full_names)
            if src is not None:
                return src
    # 3a0. "At Delvin Whelan Stockbrokers, the number of jobs at risk was estimated at
    # about 480": a body the sentence opens at, and a passive measure with no agent
    am_ = _AT_BODY_PASSIVE_RE.match(text, ss, f.start)
    if am_ is not None and not re.search(rf"\bby{_SP}", text[am_.end():f.start]):
        name = clean_source(am_.group("name"))
        if name and (is_org(name) or fold(name.split()[-1]) in COMPANY_WORDS):
            return Source(name, "organisation", None, "subject", am_.start("name"))
    # 3a'''. "The minister rejected that, saying fewer than 2,000 had crossed", "..., the
    # Institute said, putting the shortfall at £5bn": a participle's clause is its sayer's
    src = _participle_source(text, f, ss, people, mentions, studies, prev) or \
        _aside_cue_source(text, f, ss, people, mentions, studies, prev)
    if src is not None:
        return src
    # 3b. "an estimate of ₹2,900 crore that the revenue department had released": the
    # body that made it, in the relative clause right after the figure
    mm = _MADE_AFTER_RE.match(text, f.end, se)
    if mm:
        name = clean_source(mm.group("who"))
        if name and (name.split()[-1].lower() in ORG_NOUNS or is_org(name)):
            return Source(name, "organisation", None, "by", mm.start("who"))
    # 4. "X's estimate" / "the X count" right before the figure, in its clause; "X's claim
    # that the lake lost 9 million": what X claims (_CLAIM_THAT)
    starts = list(clause_starts(text, ss, f.start))
    which_ = list(_WHICH_RE.finditer(text, ss, f.start))
    # (", which puts the number at 250" opens a clause of its own: "Mr Reed's figure is
    # disputed by the Avian Trust, which puts ..." is no figure of Mr Reed's)
    head = text[max(starts[-1].end() if starts else ss,
                    which_[-1].start() if which_ else ss):f.start]
    head_at = f.start - len(head)
    for pm in reversed(list(re.finditer(
            rf"({_cap_name(9)})(?:[’']s)?{_SP}+(?:[a-z]+{_SP}+)?(?:{_BODY_MEASURE}|{_CLAIM_THAT})\b"
            rf"(?!{_SP}+{_ORG_HEAD})",
            head))):
        if re.match(rf"(?:Its|Their){_SP}", pm.group(1)):
            continue  # "Its Health Records System data": the body "its" stands for
        name = _trim_lead(pm.group(1))
        owner = re.search(rf"({_cap_name(9)})(?:[’']s?)?{_SP}+(?:[a-z]+{_SP}+){{0,2}}$",
                          head[:pm.start(1)])
        owner_name = _trim_lead(re.sub(r"[’']s?$", "", owner.group(1))) if owner else ""
        if owner and re.search(r"[’']s?[ \u00a0]", owner.group(0)) and is_org(owner_name) and \
                re.fullmatch(r"[ \u00a0]*(?:[Tt]he[ \u00a0]+)?", head[:owner.start(1)]):
            # "The Office of Rail Figures’ quarterly Train Performance
            # data": the data set's owner gives its figure, not the data set's title
            return _make_source(owner_name, people, "possessive", head_at + owner.start(1))
        possessive = bool(re.search(r"[’']s?$", text[head_at + pm.start(1):head_at + pm.end(1)]
                                    + text[head_at + pm.end(1):head_at + pm.end(1) + 2]))
        if name and not _not_a_name(name) and (possessive or is_org(name) or _person(people, name)):
            return _make_source(name, people, "possessive", head_at + pm.start(1))
    # "repeats a claim by the Migraine Voices Network, a patient charity, that 'one in five
    # people' ...": whoever the claim is by
    cb = _CLAIM_BY_RE.search(text, ss, f.start)
    if cb is not None:
        src = _make_source(_trim_lead(cb.group("name")), people, "possessive",
                           cb.start("name"), mentions.full_names)
        if src is not None:
            return src
    # "The county council stands by their figure of 260": "its"/"their" before a noun of
    # figures is the body the clause opens with, whatever its verb
    ow = re.search(rf"\b(?:its|their)(?:{_SP}+own)?(?:{_SP}+[a-z]+)?{_SP}+{_BODY_MEASURE}"
                   rf"(?:{_SP}+of)?{_SP}*$", head)
    if ow and not _REJECTS_RE.search(head):  # ("The council rejects their figure of")
        lead = re.match(rf"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]he){_SP}+)*", head)
        opener = PROPER_RE.match(head, lead.end() if lead else 0)
        name = clean_source(opener.group(0)) if opener else ""
        src = _make_source(name, people, "possessive", head_at + opener.start()) \
            if opener and name and not _not_a_name(name) and name not in _LEAD_WORDS else None
        # (never "In a statement, it said its figure of": no name, a phrase the clause
        # opens with)
        if src is not None and src.kind == "organisation":
            return src
    # "The figure from the Red Cross is 75 deaths", "the estimate by the union stands at":
    # the body the figure comes from, with a copula to the figure
    em = _ESTIMATE_FROM_SUBJECT_RE.match(text, ss, f.start)
    if em and not _QUOTE_CHARS_RE.search(text, ss, f.start):
        # "A second estimate, from the Coastal Aid Network, which pools ..., gives the figure
        # between 18,000 and 20,000": the body the subject's figure comes from
        if em.group("kind"):
            # ("from the research center": the one body of that kind the text named; "from
            # the police", none named, the police)
            body = _one_body_of_kind(em.group("kind"), em.start("who"), mentions)
            src = Source(body, "organisation", None, "by", em.start("who")) if body else \
                Source(" ".join(em.group("who").split()[1:]), "generic", None, "by",
                       em.start("who") + 4)
        else:
            src = _np_at(text, em.start("who"), em.end("who"), people, mentions, "by")
        if src is not None:
            return src
    fm = _FIGURE_FROM_RE.search(head)
    if fm:
        src = _np_at(text, head_at + fm.start("who"), head_at + fm.end("who"), people,
                     mentions, "by")
        if src is not None:
            return src
    # "disputes the ministry figure of 12,000", "the police's count of 5,000": a body named
    # by what it is, in lower case, whose figure this is
    lm = _BODY_FIGURE_RE.search(head)
    if lm is not None and lm.group("copula") is not None and \
            not _OPENER_ONLY_RE.fullmatch(text, ss, head_at + lm.start()):
        lm = None  # a copula's subject in a clause someone reports ("A spokesperson for the
        # mayor said the city's own calculation came to"): the speaker's figure
    if lm and lm.group("noun") in ORG_NOUNS | GENERIC_SOURCES:
        name = " ".join(lm.group("body").split())
        kind = "organisation" if lm.group("noun") in ORG_NOUNS else "generic"
        return Source(_named_kind(name, head_at + lm.start("body"), mentions), kind, None,
                      "possessive", head_at + lm.start("body"))
    # "double the government's £2 billion estimate", "far more than the city's $25
    # million": a body's possessive right before a figure it sets against another, or one
    # the words after it call an estimate (not "the state's 3,000 schools", which it has)
    om = _OWNER_BEFORE_RE.search(head)
    if om and om.group("noun") in ORG_NOUNS | GENERIC_SOURCES | PERSON_ROLES and (
            _COMPARED_WITH_RE.search(head) or _MEASURE_AFTER_RE.match(text, f.end, se) or
            _figure_as_subject(text, f, se)):
        # ("The minister's 84 per cent comes from clinic tallies": the figure itself is
        # the subject, the minister's as "the minister's estimate" would be)
        kind = "organisation" if om.group("noun") in ORG_NOUNS else "generic"
        body = " ".join(om.group("body").split())
        if om.group("noun") in PERSON_ROLES and kind == "generic":
            body = "the " + body
        elif kind == "organisation":
            body = _named_kind(body, head_at + om.start("body"), mentions)
        return Source(body, kind, None, "possessive", head_at + om.start("body"))
    # "The DOT's 31.4 sits near the middle", "between the council's 27.5 and Wayline's 38":
    # a name's possessive right before a figure that is the subject or set against another
    nm_ = _NAME_OWNS_RE.search(head)
    if nm_ and (_figure_as_subject(text, f, se) or _COMPARED_WITH_RE.search(head) or
                re.search(r"\bbetween\b", head) or _MEASURE_AFTER_RE.match(text, f.end, se)):
        name = _trim_lead(nm_.group("name"))
        if name and not _not_a_name(name) and _a_voice_elsewhere(text, name):
            got_ = _make_source(name, people, "possessive", head_at + nm_.start("name"),
                                mentions.full_names)
            if got_ is not None:
                return got_
    # 4b. a relative clause after the figure: "the $22 million the campaign has claimed",
    # "the 5,000 that officials have estimated"
    src = _relative_source(text, f, se, people, mentions)
    if src is not None:
        return src
    # 4c. an object relative clause before the figure: "operating profit, which the union
    # calculates at £310m": the clause's subject measures it
    at = f.start
    if (um := _FIGURE_UP_RE.search(text, max(ss, f.start - 40), f.start)) is not None:
        # ("which the union calculates at £310m, up 12%": the change beside it is theirs)
        at = text.rfind(" ", ss, um.start()) + 1 or at
    om_ = _OBJECT_REL_RE.search(text, max(ss, at - 120), at)
    if om_ is not None and om_.group("verb").lower() in REPORT_VERBS:
        src = _np_at(text, om_.start("np"), om_.end("np"), people, mentions, "which")
        if src is not None:
            return src
    # 5. a cue after the figure: "..., a YouGov poll found", "..., officials said"
    src = _trailing_source(text, f, se, people, mentions, studies)
    if src is not None and src.kind == "person" and _put_at(text, f.start, ss):
        # "The council puts the burnt area at more than 60,000 hectares, mayor Trevor
        # Haddow said": the body whose measure the sentence gives, which its person reports
        own = _subject_source(text, ss, f.start, people, mentions, studies, prev)
        if own is not None and own.kind == "organisation":
            return own
    if src is not None:
        return src
    # 5a. "..., an epidemiologist at Sonora State University, whose team estimated that as
    # many as 340 people died": the one named right before "whose"
    which = list(_WHICH_RE.finditer(text, ss, f.start))
    if which:
        # "... the environmental group Bosque Vivo, which puts the damage at 70,000": the
        # name the relative clause hangs on
        names = list(PROPER_RE.finditer(text, ss, which[-1].start()))
        if names and names[-1].end() >= which[-1].start() - 1 and not _PLACE_BEFORE_RE.search(
                text, max(ss, names[-1].start() - 20), names[-1].start()):
            # (a name after "in"/"at" is where the clause's subject is, not who it is:
            # "Volunteers in Hull, who counted ...")
            name = clean_source(names[-1].group(0))
            if name and not _not_a_name(name):
                src = _make_source(name, people, "subject", names[-1].start())
                described = re.search(rf"\b(?:{'|'.join(sorted(ORG_NOUNS))}){_SP}+$",
                                      text[max(ss, names[-1].start() - 40):names[-1].start()])
                if src is not None:
                    # "the environmental group Bosque Vivo": a body, by its description
                    kind = "person" if src.kind == "person" and not described else "organisation"
                    return Source(src.name, kind, src.person_id if kind == "person" else None,
                                  "which", names[-1].start())
    body = _which_body(text, ss, f.start)
    if body is not None:
        return body
    whose = list(_WHOSE_RE.finditer(text, ss, f.start))
    if whose:
        wm = whose[-1]
        got = mentions.last(wm.start(), "any", within=200)
        if got is not None and got[0] >= ss:
            who = _person(people, got[1]) if got[2] == "person" else None
            return Source(got[1], got[2], who.id if who else None, "whose", got[0])
    # 5b. a count or report the sentence says someone made: "the city's point-in-time
    # count, released in January by the Department of Housing Services, found 1,870"
    rm = _MADE_BY_RE.search(text, ss, f.start)
    if rm and "commissioned" in rm.group(0):
        # "An engineers' report commissioned by the council, and written by the consultancy
        # Halberd & Quist, estimated": who wrote it gives the figure, not its client
        # (the client by name, or in lower case: "commissioned by the council from the
        # Bramley Data Partnership", the firm it was bought from gives the figure)
        client = re.match(rf"(?:the{_SP}+)?{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|and|&))?{_SP}+"
                          rf"{_CAP_TOKEN})*", text[rm.end():f.start]) or \
            re.match(rf"the{_SP}+(?:[a-z]+[’']s{_SP}+)?(?:[a-z]+{_SP}+){{0,2}}(?:{_ORG_HEAD})\b",
                     text[rm.end():f.start])
        writer = (_WRITTEN_BY_AFTER_RE.match(text, rm.end() + client.end(), f.start) or
                  _BOUGHT_FROM_RE.match(text, rm.end() + client.end(), f.start)) \
            if client else None
        if writer is not None:
            src = _np_or_kind(text, writer.end(), f.start, people, mentions, "by")
            if src is not None and src.kind in ("organisation", "person"):
                return src
    if rm:
        src = _np_at(text, rm.end(), f.start, people, mentions, "by")
        if src is not None and src.kind == "organisation":
            return src
        # "a tally kept by volunteers with the Kelso Neighbours Network": their body
        gm = re.match(rf"(?:the{_SP}+)?([a-z]+)\b", text[rm.end():f.start])
        om = _body_after_group(text[rm.end() + gm.end():f.start], gm.group(1)) \
            if gm and gm.group(1) in GENERIC_SOURCES else None
        if gm and om:
            return Source(clean_source(om.group(1)), "organisation", None, "by",
                          rm.end() + gm.end() + om.start(1))
    # 5c. "With help from the U.S. Census Bureau, we learned that about 635 ...": the
    # writer reports what the body named as the help gave
    hm = _HELPED_BY_RE.match(text, ss, f.start)
    if hm:
        src = _np_at(text, hm.start("np"), hm.end("np"), people, mentions, "by")
        if src is not None and src.kind != "generic":
            return src
    # 6. the subject of a reporting verb before the figure: in its own clause ("..., while
    # an Ipsos survey put it at 31 percent"), else in the sentence (``starts``: step 4's)
    if starts:
        cm = starts[-1]
        src = _subject_source(text, cm.end(), f.start, people, mentions, studies, prev)
        shared = _SHARED_SUBJECT_RE.match(text, cm.start(), f.start) if src is None else None
        if shared is not None and shared.group("v").lower() in REPORT_VERBS:
            # "Tollgate Economics expects growth of 0.9 per cent and puts inflation at 3.6
            # per cent": a second verb with no subject of its own shares the first one's
            src = _subject_source(text, ss, cm.start(), people, mentions, studies, prev)
        if src is None or (src.how == "pronoun" and src.start < cm.start()):
            # "..., while the county's economic development office estimates": a new
            # subject, not the body named before the contrast
            src = _contrast_subject(text, cm, f.start, mentions) or src
        if src is not None and src.kind == "study" and cm.start() > ss:
            # "The Red Cross, in a report released Monday, estimated": an untitled report
            # in a clause set off after the sentence's subject is that subject's
            whole = _subject_source(text, ss, f.start, people, mentions, studies, prev)
            if whole is not None and whole.kind == "organisation":
                return Source(whole.name, whole.kind, None, whole.how, whole.start,
                              whole.study or src.study)
        if src is not None:
            return src
        bare = _BARE_SUBJECT_RE.match(text, cm.end())  # (its look-ahead reads the figure)
        if bare is not None and bare.end() <= f.start and (bare.group("head") in ORG_NOUNS or
                                 bare.group("head") in GENERIC_SOURCES or
                                 actor_noun(bare.group("head")) or
                                 is_person_noun(bare.group("head"))):
            # "Union says 4,000 struck, employer says 900": a headline's clause names its
            # subject with no article, as a body or someone of a kind
            return Source(bare.group("np"), "organisation" if bare.group("head") in ORG_NOUNS
                          else "generic", None, "subject", bare.start("np"))
        if _OWN_SUBJECT_RE.match((cm.group(0) + text[cm.end():f.start]).lstrip(
                " ,;\u00a0–—")):
            # "..., while the architect put it at £95 million": a clause with a subject
            # and a cue of its own that is not recognised gives its figure no source,
            # never the first clause's ("The builder said ...")
            return None
    return _unnamed_voice(text, ss, _subject_source(text, ss, f.start, people, mentions,
                                                    studies, prev), people, mentions, prev) or \
        _described_subject(text, ss, f.start, mentions) or \
        _figure_owner(text, ss, f.start, people, mentions, prev)


def _unnamed_voice(text: str, ss: int, src: Source | None, people: Sequence[PersonLike],
                   mentions: _Mentions, prev: Source | None) -> Source | None:
    """"The provincial Ministry of Health disputes that reading. A spokesperson said the
    region has about 240 fewer beds": a voice the text does not name, of no body its own
    words name, speaks for the body its paragraph last named (a figure a journalist
    credits to the ministry, never to "spokesperson")."""
    if src is None or src.kind != "generic":
        return src
    words = [w.lower() for w in src.name.split() if w.lower() not in ("a", "an", "the")]
    if len(words) != 1 or words[0] not in _UNNAMED_VOICES:
        return src  # ("Volunteers photographed and catalogued 648 horses" after "The
        # Mustang Coalition says ...": the coalition's volunteers, as "Its volunteers" are)
    if words[0] in _MEMBERS and (
            re.match(rf"{_SP}+(?:who|that|of|from|at|for|with|in)\b",
                     text[src.start + len(src.name):src.start + len(src.name) + 8])
            or text[ss:src.start].strip()):
        return src  # ("Volunteers who walked the river counted", "Members of the rival
        # union say": people of their own, or of another body)
    body = _paragraph_subject_body(text, ss, people)
    if body is None and words[0] in _MEMBERS and (
            opened := mentions.subject_before(text, ss)) is not None and \
            opened[2] == "organisation" and not opened[1].split()[0].endswith("ing"):
        # ("At the other end, the Mustang Coalition says ... Volunteers catalogued": the
        # body the sentence before opened with, after its opening phrase)
        body = Source(opened[1], "organisation", None, "subject", opened[0])
    if body is None or words[0] in _MEMBERS and prev is not None and \
            prev.name.casefold() == body.name.casefold():
        return src  # (a body's own figure just before: "The agency puts it at 420.
        # Volunteers counted just 190" is a rival count)
    body.how, body.voice = "subject", True
    return body


#: A clause's subject with no article before its cue and figure: "employer says 900",
#: "aid groups say 30,000" (headline English); ``head`` its last word.
_BARE_SUBJECT_RE = re.compile(
    rf"{_SP}*(?P<np>(?:[a-z][\w’'-]*{_SP}+){{0,2}}(?P<head>[a-z][\w’'-]*)){_SP}+"
    rf"(?:{_SAYS}|count){_SP}+(?=\S*\d|(?:{_HEDGE_OR_BOUND})|"
    # ("ministry puts figure at 14,500": a headline's measure with no article)
    rf"(?:the{_SP}+)?(?:{'|'.join(sorted(MEASURE_NOUNS))}){_SP}+(?:at|as){_SP})")
# ("groups count": a verb too)


#: A figure right after a word: "adds 0.04", "added about 300", "adds another £2m".
_FIGURE_NEXT_RE = re.compile(
    rf"{_SP}+(?:(?:{_HEDGE_OR_BOUND}|another|a{_SP}+further|an{_SP}+extra){_SP}+)?[$£€¥]?\d")
#: Verbs by which a source changes its own forecast ("has cut its forecast ... to").
_REVISING_VERBS = frozenset("cut cuts raised raises lowered lowers revised revises upgraded "
                            "upgrades downgraded downgrades trimmed trims slashed slashes "
                            "lifted lifts".split())
#: "raised its estimate of the burned area to 4,300 hectares, from 3,800": the figure a
#: source revised its own measure from, after the one it revised it to (the same source's
#: earlier figure; never "reduced its workforce to 3,000, from 4,500", a change in the
#: world rather than in a count of it).
_REVISING_ALT = "|".join(sorted(_REVISING_VERBS | {"increased", "reduced", "corrected",
                                                   "updated"}))
_REVISED_TO_FROM_RE = re.compile(
    rf"\b(?:{_REVISING_ALT}){_SP}+(?:its|their|his|her|our|the){_SP}+(?:[a-z]+{_SP}+)?"
    rf"(?:{'|'.join(sorted(MEASURE_NOUNS))})"
    rf"\b[^.;!?]{{0,60}}\bto{_SP}+[^.;!?]{{1,40}}?\d[^.;!?]{{0,30}},?{_SP}+from{_SP}*$")
#: After such a verb: the source's own forecast, estimate or projection.
_OWN_FORECAST_RE = re.compile(
    rf"{_SP}+(?:its|their|his|her|our)(?:{_SP}+[a-z]+)?{_SP}+(?:forecasts?|estimates?|"
    rf"projections?|predictions?|outlook|guidance)\b")
#: A clause that opens on a verb with no subject of its own: ", and puts inflation at",
#: "and also estimates".
_SHARED_SUBJECT_RE = re.compile(
    rf"[\s,;]*(?:and|but|while)(?:{_SP}+(?:also|then|now|later))?{_SP}+(?P<v>[a-z]+)\b")


#: A sentence that opens on the study its subject answered: "In a survey of 1,800 families
#: by X, |mothers and fathers estimated ..." (up to the comma after the frame).
_IN_A_STUDY_RE = re.compile(rf"(?:In|For|Asked{_SP}+in){_SP}+(?:an?|the|its|their){_SP}+"
                            rf"(?:[^,;:.!?\n]|(?<=\d)[,.](?=\d)){{0,140}}?,{_SP}+")


#: The last word of a public body's name whose staff news calls "officials": "The
#: Department for Education disputes it. Officials said ..." (a general lexicon).
_PUBLIC_BODY_WORDS = frozenset("department ministry agency council government authority "
                               "office commission board service administration bureau "
                               "police executive inspectorate regulator".split())


def _officials_of(text: str, ss: int, src: Source, mentions: _Mentions) -> Source | None:
    """The public body whose officials a sentence's bare "Officials" are: the one the
    sentence before opened with ("The Department for Education disputes it. Officials said
    the real number was about 300,000")."""
    if src.name.lower() != "officials" or text[ss:src.start].strip() or \
            not re.match(rf"officials{_SP}+(?:{_SAYS})\b", text[src.start:src.start + 40], re.I):
        return None  # ("Officials in Calais said": another place's officials)
    opened = mentions.subject_before(text, ss)
    if opened is None or opened[2] != "organisation" or \
            opened[1].split()[-1].lower() not in _PUBLIC_BODY_WORDS and not any(
                w.lower() in _PUBLIC_BODY_WORDS for w in opened[1].split()[:2]):
        return None
    return Source(opened[1], "organisation", None, "pronoun", opened[0])


def _respondents_study(text: str, ss: int, pos: int, src: Source,
                       studies: Sequence[tuple[int, int, str | None, str, str]]
                       ) -> Source | None:
    """The study whose respondents a sentence's subject is, when the sentence opens on it:
    "In a survey of 1,800 families by Whānau Connect, mothers and fathers estimated ... at
    about 150 minutes" is the survey's figure (its maker's), not one of "mothers"."""
    m = _IN_A_STUDY_RE.match(text, ss, pos)
    head = src.name.split()[-1].lower() if src.name.split() else ""
    if m is None or _norm_noun(head) != "people" and not is_person_noun(singular(head)):
        return None
    for a, _b, org, _label, sid in studies:
        if ss <= a < m.end() and org:
            return Source(org, "organisation", None, "study", a, sid)
    return None


#: The nouns of a figure someone arrives at (not "crowd", "rate", "turnout": what a thing
#: has), and those of them that take "of" after a verb of having ("has an estimate of";
#: "has a total of 400 members" is the club's size).
_MEASURE_WORD = r"(?:estimate|figure|count|tally|number|total|projection|calculation|" \
    r"forecast|reckoning)s?"
_MEASURE_OF_WORD = r"(?:estimate|figure|count|tally|projection|calculation|forecast|reckoning)s?"
#: The clause's figure named by a noun of figures its subject owns, then a copula: "Her
#: estimate, based on rescues, is", "The union's count stands at" (up to the copula).
_OWNED_MEASURE_IS_RE = re.compile(
    rf"(?P<zone>.*?\b{_MEASURE_WORD}\b.*?)[ \u00a0]*(?:is|was|are|were|stands{_SP}+at|"
    rf"stood{_SP}+at|comes{_SP}+to|came{_SP}+to|runs{_SP}+to|ran{_SP}+to|:|—|–){_SP}*"
    rf"(?:about|around|roughly|nearly|almost|some|just|only|more{_SP}+than|fewer{_SP}+than|"
    rf"less{_SP}+than|over|under|up{_SP}+to|at{_SP}+least|at{_SP}+most|close{_SP}+to)?{_SP}*$")
#: A subject that has, gives or uses a figure of its own: "The Seal Trust has a different
#: number:", "Rail Watch uses an estimate of" (the subject, up to the verb).
_HAS_MEASURE_RE = re.compile(
    rf"(?P<zone>[^,;:]*?){_SP}+(?:has|have|had|gives|gave|offers|offered|uses|used|cites|cited|"
    rf"prefers|preferred|works{_SP}+with|worked{_SP}+with|arrived{_SP}+at|came{_SP}+up{_SP}+with)"
    rf"{_SP}+(?:a|an|its|their|his|her|the)?{_SP}*(?:[a-z-]+{_SP}+){{0,3}}"
    rf"(?:{_MEASURE_WORD}(?:{_SP}*[:—–]|{_SP}+that{_SP}+is|,)|{_MEASURE_OF_WORD}{_SP}+of){_SP}*"
    rf"(?:about|around|roughly|nearly|almost|some|just|only|more{_SP}+than|fewer{_SP}+than|"
    rf"less{_SP}+than|over|under|up{_SP}+to|at{_SP}+least|close{_SP}+to)?{_SP}*$")
#: A sentence that opens with whose view it gives: "For the Fishermen's Cooperative, ",
#: "In the view of X, ", "To the union, " (up to the name).
_FOR_WHOM_RE = re.compile(rf"{_SP}*(?:For|To|In{_SP}+the{_SP}+view{_SP}+of){_SP}+(?:the{_SP}+)?"
                          rf"(?=[{UP}])")


#: A sentence labelled by whose news it is: "Brannel Power’s night update:", "The
#: ministry's latest figures:", "Police statement:" (an owner, up to three words, a noun of
#: a body's news, a colon).
_OWNED_LABEL_RE = re.compile(
    rf"(?P<zone>{_SP}*(?:[Tt]he{_SP}+)?(?:[{UP}][\w&.-]*{_SP}+){{0,5}}?[\w-]+[’']s{_SP}+"
    rf"(?:[a-z][\w-]*{_SP}+){{0,3}}?(?:update|statement|briefing|bulletin|figures|data|"
    rf"report|estimate|count|numbers|latest|post|notice|release|tally))"
    rf"(?:{_SP}+at{_SP}+[\d:.]+{_SP}*(?:[ap]\.?m\.?)?)?{_SP}*:{_SP}+")


def _figure_owner(text: str, ss: int, pos: int, people: Sequence[PersonLike],
                  mentions: _Mentions, prev: Source | None) -> Source | None:
    """Whose figure a clause gives when no verb of saying does, by the shape of the clause
    alone: a noun of figures its subject owns, then a copula ("Her estimate, based on
    rescues, is 3,000"), a subject that has or gives a figure ("The Seal Trust has a
    different number: 3,300"), a sentence opening with whose view it is ("For the
    Fishermen's Cooperative, the true figure is 5,400"). Named bodies and people, and
    owners the possessive rule resolves, only."""
    head = text[ss:pos]
    fw = _FOR_WHOM_RE.match(head)
    nm = PROPER_RE.match(head, fw.end()) if fw else None
    if fw and nm and re.match(rf"{_SP}*,", head[nm.end():]) and \
            _OWNED_MEASURE_IS_RE.fullmatch(head, nm.end()):
        src = _np_at(text, ss + fw.end(), ss + nm.end(), people, mentions, "subject")
        if src is not None and src.kind in ("organisation", "person"):
            return src
    om = _OWNED_MEASURE_IS_RE.fullmatch(head)
    if om and not re.search(r"[,;]", re.sub(r",[^,;:]{1,160}?,", " ", om.group("zone"))):
        src = _possessive_subject(text, ss, om.group("zone"), people, mentions, prev)
        if src is not None:
            return src
    lm = _OWNED_LABEL_RE.match(head)
    if lm and not _SAYS_RE.search(head, lm.end()):
        # "Brannel Power’s night update: engineers have reconnected 8,000 customers ...,
        # leaving about 12,000 still without power": the update's owner gives what the
        # sentence after its label counts
        src = _possessive_subject(text, ss, lm.group("zone"), people, mentions, prev)
        if src is not None and (src.kind == "organisation" and (
                is_org(src.name) or src.how == "pronoun") or src.person_id is not None):
            return src  # (a body or a person of the text: never "Mallard Row's latest:")
    hm = _HAS_MEASURE_RE.fullmatch(head)
    if hm and PROPER_RE.match(hm.group("zone").lstrip(" \u00a0“\"")):
        zone = hm.group("zone")
        at = ss + len(zone) - len(zone.lstrip(" \u00a0“\""))
        src = _np_at(text, at, ss + len(zone), people, mentions, "subject")
        if src is not None and src.kind in ("organisation", "person") and \
                not re.search(rf"{_SP}", text[src.start + len(src.name):ss + len(zone)].strip()
                              if src.start >= 0 else ""):
            return src
    return None


def _spokesperson_body(text: str, pos: int) -> Source | None:
    """The body an unnamed voice in the paragraph before ``pos`` speaks for, by its kind:
    "A council spokesperson said ... the spokesperson said" is the council the text named
    ("Tessford Borough Council"), else the kind's word."""
    ps = text.rfind("\n", 0, pos) + 1
    km = next(reversed(list(_KIND_VOICE_RE.finditer(text, ps, pos))), None)
    if km is None or km.group("noun") not in ORG_NOUNS:
        return None
    # (the whole story before it: a local paper names its council once, at the top)
    body = named_body(text, km.group("noun"), km.start("noun"), within=8000)
    return Source(clean_source(body) if body else km.group("noun"), "organisation", None,
                  "quote", km.start("noun"))


#: A study's label that names its maker by a pronoun ("A report it released in March",
#: "Audit it published in July", "its own survey"; never "they", most often people) or by
#: a body's kind in the possessive ("The centre's 2024 report"): general English.
_LABEL_MAKER_RE = re.compile(
    rf"(?:\b(?P<pron>it|its){_SP}+|^(?:[Tt]he{_SP}+)?(?P<kind>[A-Za-z][a-z]+)[’']s{_SP}+)")


def _one_body_of_kind(kind: str, pos: int, mentions: _Mentions) -> str | None:
    """The one organisation named before ``pos`` whose name is of ``kind``'s kind
    (:func:`_of_kind`, or opening with the kind before "for": "the centre" is "Centre for
    Urban Nightlife Research"); None when the text names none, or two ("from the agency"
    after two agencies says neither)."""
    if kind not in ORG_NOUNS:
        return None
    named = {n for _a, n, k in mentions.between(0, pos) if k == "organisation" and (
        _of_kind(n, kind) or n.lower().startswith((kind + " for ", kind + " on ")))}
    return next(iter(named)) if len(named) == 1 else None


def _named_kind(body: str, pos: int, mentions: _Mentions) -> str:
    """A body named by its kind in a possessive ("The forum's 44 percent", "the union's 21
    days") is the one body of that kind the text named before (:func:`_one_body_of_kind`:
    "Creative Workers' Forum"), so that the figure's owner is a name in the draft, and a
    quotation's speaker who repeats the figure does not take it; else the kind as
    written."""
    return _one_body_of_kind(body.lower(), pos, mentions) or body


def _maker_of_label(text: str, at: int, label: str, people: Sequence[PersonLike],
                    mentions: _Mentions) -> str | None:
    """The body a study's label names only by a pronoun or its kind ("A report it released
    in March 2024" after "The Three Rivers Clean Water Coalition, an advocacy group, goes
    further still."; "The centre's 2024 report" after "the Centre for Urban Nightlife
    Research"): for "it"/"its", the body its paragraph last named as a subject, else the
    body last named in the paragraph; for a kind, the one body of that kind named before.
    None when the text names none: the label stays the source."""
    lm = _LABEL_MAKER_RE.search(label)
    if lm is None:
        return None
    if lm.group("kind"):
        return _one_body_of_kind(lm.group("kind").lower(), at, mentions)
    src = _paragraph_subject_body(text, at, people, mentions)
    if src is not None:
        return src.name
    # (else the body last named in its paragraph: "the Alder Rolls Project's estimate ...
    # from an audit it published in July 2024")
    ps = text.rfind("\n", 0, at) + 1
    got = mentions.last(at, "organisation", within=at - ps) if at > ps else None
    return got[1] if got is not None else None


def _paragraph_subject_body(text: str, pos: int, people: Sequence[PersonLike],
                            mentions: _Mentions | None = None) -> Source | None:
    """The body the paragraph (or interview turn) holding ``pos`` last named as the
    subject of one of its sentences before ``pos``: a name opening a sentence that is an
    organisation's (after "And", "But", "The")."""
    from ..speech.gender import gender_of

    ps = text.rfind("\n", 0, pos) + 1
    lm = re.match(rf"[{UP}][{UP} .'’-]{{1,40}}:[ \u00a0]*", text[ps:pos])  # ("HOST NAME: ")
    if lm:
        ps += lm.end()
    best: Source | None = None
    # ("The provincial Ministry of Health disputes that": a name after "The" and its
    # adjectives in lower case)
    for sm in re.finditer(rf"(?:^|(?<=[.!?])[ \u00a0]+)(?:(?:And|But|So){_SP}+)?"
                          rf"(?:The{_SP}+(?:[a-z]+{_SP}+){{0,2}})?(?=[{UP}])", text[ps:pos]):
        nm = PROPER_RE.match(text, ps + sm.end())
        if nm is None or nm.end() > pos:
            continue
        name = clean_source(nm.group(0))
        if not name or _not_a_name(name) or not (is_org(name) or len(name.split()) >= 2):
            continue
        src = _make_source(name, people, "subject", nm.start())
        if src is not None and src.kind == "person" and src.person_id is None and \
                gender_of(src.name, src.name.split()) is None:
            # ("Queensland Water stands by ...": a name of no one the text knows and no
            # person's first name, as speech reads an unknown body)
            src = Source(src.name, "organisation", None, "subject", nm.start())
        if src is not None and src.kind == "organisation":
            best = src
    if best is None and mentions is not None:
        # "The trust itself gives a slightly lower figure. A spokesperson said ...": a
        # sentence that opens with the body's kind, the body of that kind named before
        for km in re.finditer(rf"(?:^|(?<=[.!?])[ \u00a0]+)[Tt]he{_SP}+([a-z]+)\b(?![’'])",
                              text[ps:pos]):
            kind = km.group(1)
            got = mentions.last(ps, "organisation", kind) if kind in ORG_NOUNS else None
            named = {n for _a, n, k in mentions.between(max(0, ps - 3000), ps)
                     if k == "organisation" and _of_kind(n, kind)}
            if got is not None and _of_kind(got[1], kind) and len(named) == 1:
                # (never with two trusts named before: which one "the trust" is, the text
                # does not say)
                best = Source(got[1], "organisation", None, "subject", ps + km.start(1))
    return best


#: A sentence that says where the next figure comes from: "A third estimate has come from
#: X", "The highest figure comes from X" (up to the name).
_ANNOUNCED_RE = re.compile(
    rf"(?:estimate|figure|number|count|projection|assessment|calculation|tally)s?\b"
    rf"[^.;:!?]{{0,40}}?\b(?:comes?|came|(?:has|have){_SP}+come|is{_SP}+coming){_SP}+from{_SP}+")


#: A document that names its maker: "According to a field assessment by independent
#: agronomists", "... commissioned by", "... from the ministry" (not "seen by this
#: newspaper", "shared with us").
_PAPER_MAKER_RE = re.compile(rf"[^.;:\n]{{0,80}}?(?<!seen )(?<!obtained )(?<!reviewed )"
                             rf"\b(?:by|from){_SP}+(?!this\b|our\b|us\b)")


def _announced_source(text: str, ss: int, people: Sequence[PersonLike],
                      mentions: _Mentions) -> Source | None:
    """The body or person the sentence before ``ss``, in its paragraph, says the next
    estimate comes from ("A third estimate has come from X, which handles claims ...")."""
    from ..speech.speakers import sentence_start

    lo = text.rfind("\n", 0, ss) + 1
    if ss - 2 < lo:
        return None
    ps = max(lo, sentence_start(text, max(lo, ss - 400), ss - 2))
    am = _ANNOUNCED_RE.search(text, ps, ss)
    if am is None or _PAPER_MAKER_RE.match(text, ss, min(len(text), ss + 200)):
        return None
    src = _np_at(text, am.end(), ss, people, mentions, "by")
    return src if src is not None and src.kind in ("organisation", "person") else None


#: Verbs a document or a thing gives a figure by, no cue of someone named by an agent
#: noun's ending ("The ledger showed a deficit", "the counter shows"): the ending alone
#: cannot tell a builder from a ledger.
#: Verbs of saying only someone does ("The coastguard put the number at 41", "..., the
#: animal shelter says"): a definite noun phrase they follow names a source, whatever its
#: noun, where a thing's verbs (:data:`_THING_VERBS`) would not.
_AGENT_SAYS = frozenset(
    "says said say told tells claims claimed claim insists insisted insist argues argued "
    "believes believed reckons reckoned estimates estimated estimate puts put counted counts "
    "admits admitted warns warned stated states maintains maintained disputes disputed "
    "contends contended".split())
#: Nouns of a document or a thing said, not of whoever says it: "The statement said 40
#: died" names no source (a statement is someone's).
_SAID_THINGS = frozenset(
    "statement statements letter letters email emails website site page post posts tweet "
    "sign signs law rule rules bill plan plans notice notices label map article story "
    "headline advert advertisement leaflet poster brochure document documents press release "
    "message note memo text video".split())
_THING_VERBS = frozenset(
    "show shows showed shown showing indicate indicates indicated indicating suggest "
    "suggests suggested suggesting reveal reveals revealed revealing record records recorded "
    "list lists listed read reads registered registers".split())


#: "..., but farm groups insist", "..., while local residents say": a new subject after a
#: contrast word; the source of the figures after it is that subject, never the sentence's.


#: Plural nouns that are things, not sources, as the subject of "show"/"put".
_NOT_PEOPLE = frozenset("records results numbers statistics data findings images readings "
                        "documents papers files accounts receipts photos videos "
                        "measurements models projections trends".split())


#: Words before an owner's estimate that put it at a time it has since replaced: "its
#: original estimate", "the department's January estimate" (general English; "latest",
#: "official", "updated" keep a figure current).
_REPLACED_WORDS = rf"original|previous|earlier|initial|first|preliminary|old|" \
    rf"{'|'.join(sorted(_MONTH_WORDS))}"
#: An owner's figure of another time or one it has replaced, right before the figure: "the
#: union's 2019 count of" (a year before the story's), "its original estimate of", "the
#: authority's March estimate of".
_EARLIER_OWN_RE = re.compile(
    rf"(?:[’']s?|\b(?:its|their)){_SP}+(?:own{_SP}+)?(?:(?P<replaced>{_REPLACED_WORDS})|"
    rf"(?P<year>(?:19|20)\d\d)){_SP}+"
    rf"(?:[a-z]+{_SP}+)?(?:estimate|count|figure|tally|total|number|calculation|"
    rf"projection)s?{_SP}+(?:of|was|is|at|stood{_SP}+at){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?[“\"‘]?$")
#: "the ministry figure of", "the police's own estimate of about": a body in lower-case
#: words, then its figure, right before the number (with "of", or a copula).
_BODY_FIGURE_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?P<body>(?:[a-z]+{_SP}+)?(?P<noun>[a-z]+))(?:[’']s?)?"
    # ("the department's January estimate of $6,900", "its revised 2023 count of")
    rf"{_SP}+(?:(?:own|latest|official|revised|provisional|updated|final|{_REPLACED_WORDS}|"
    rf"\d{{4}}){_SP}+){{0,2}}"
    rf"(?:estimate|count|figure|tally|total|"
    rf"toll|number|calculation|median|average)s?(?:{_SP}+of|(?P<copula>(?:,{_SP}+[^,.;:!?]{{1,80}},)?{_SP}+"
    # "The district council's own figure, based on council tax records, is 240", "the
    # police count was 5,000": the copula's figure
    rf"(?:is|was|stands{_SP}+at|stood{_SP}+at|came{_SP}+to|comes{_SP}+to)))"
    rf"{_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+){{0,2}}$")


#: What may open a sentence before its subject: spaces, a conjunction, "However,".
_OPENER_ONLY_RE = re.compile(rf"[\s“\"‘']*(?:(?:But|And|Yet|So|However|Still),?{_SP}+)?")


#: An aside after a subject that names the document its figure is in: ", in a report
#: released Tuesday," (right before the verb).
_IN_REPORT_ASIDE = (rf",{_SP}+(?:in|according{_SP}+to){_SP}+(?:a|an|its|their|the)\b"
                    rf"[^,]{{0,80}},{_SP}*$")
_IN_REPORT_ASIDE_RE = re.compile(_IN_REPORT_ASIDE)
#: "The Red Cross, in a report released Monday,": a body, then where it gave the figure.
_NAME_IN_REPORT_RE = re.compile(
    rf"{_SP}*(?:[Tt]he{_SP}+)?(?P<name>{_cap_name(6)}){_IN_REPORT_ASIDE}")
#: "The figure from the Red Cross is", "the latest estimate by the union stands at".
_FIGURE_FROM_RE = re.compile(
    rf"\b{_BODY_MEASURE}{_SP}+(?:from|by)"
    rf"{_SP}+(?P<who>(?:the{_SP}+)?{_cap_name(6)}){_SP}+(?:is|was|are|were|stands{_SP}+at|stood{_SP}+at|"
    rf"came{_SP}+to|comes{_SP}+to){_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: A sentence whose subject is a figure from a named body, then the verb that gives it:
#: "A second estimate, from the Coastal Aid Network, which pools ..., gives it as",
#: "The count by the harbour trust gives" (group ``who``: the body).
_ESTIMATE_FROM_SUBJECT_RE = re.compile(
    rf"[\s“\"‘']*(?:(?:But|And|Yet){_SP}+)?(?:An?|The){_SP}+(?:[a-z]+{_SP}+){{0,3}}?"
    rf"(?:estimate|figure|count|tally|assessment|calculation|projection)s?"
    # ("The most complete count available, from the research center, puts")
    rf"(?:{_SP}+(?:available|published|so{_SP}+far|yet))?,?{_SP}+"
    rf"(?:from|by){_SP}+(?P<who>(?:the{_SP}+)?{_cap_name(8)}|the{_SP}+(?:[a-z]+{_SP}+)?"
    rf"(?P<kind>[a-z]+))"
    rf"(?:{_SP}*\([^()]{{1,12}}\))?(?:,[^.;:!?]{{1,160}},)?,?{_SP}+"
    rf"(?:puts|put|places|placed|gives|gave|says|said|reckons|reckoned|is|was|stands|stood|"
    rf"comes|came)"
    rf"\b[^.;:!?]{{0,60}}$")
_QUOTE_CHARS_RE = re.compile(r"[“”\"]")
#: "the government's", "its own": a body's possessive right before the figure.
_OWNER_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?P<body>(?:[a-z]+{_SP}+)?(?P<noun>[a-z]+))[’']s?"
    rf"(?:{_SP}+(?:own|latest|official|estimated|projected))?{_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: The verbs a figure as a sentence's subject opens its predicate with, in the singular
#: (general English: what a number does in a sentence about it, "44 percent describes").
_SINGULAR_SUBJECT_VERBS = (
    "comes|came|rests|rested|relies|relied|is|was|does|did|includes|included|excludes|"
    "excluded|counts|counted|assumes|assumed|stands|stood|seems|seemed|sits|sat|lies|lay|"
    "describes|described|reflects|reflected|measures|measured|covers|covered|refers|"
    "referred")
#: ... the same verbs in the plural ("The union's 21 days count only new patients"), which a
#: count of things an owner has takes too (:func:`_figure_as_subject`).
_PLURAL_SUBJECT_VERBS = (
    "come|rest|rely|are|were|do|include|exclude|count|assume|stand|seem|sit|lie|describe|"
    "reflect|measure|cover|refer")
#: A figure that is itself a sentence's subject, right before its verb: "(the minister's)
#: 84 per cent comes from clinic tallies", "(the union's) 20,000 is far too high", with a
#: saying cue set off by commas between: "(The forum's) 44 percent, Mtshali argues,
#: describes a sector being starved".
_FIGURE_AS_SUBJECT_RE = re.compile(
    rf"(?P<aside>,{_SP}+(?:[\w’'\-]+{_SP}+){{1,3}}?(?:{_SAYS}),)?"
    rf"{_SP}+(?:(?P<singular>{_SINGULAR_SUBJECT_VERBS})|(?P<plural>{_PLURAL_SUBJECT_VERBS})|"
    rf"(?P<modal>should|would|could|may|might|must|will|can))\b")


def _figure_as_subject(text: str, f: Figure, se: int) -> bool:
    """The figure is its sentence's subject (:data:`_FIGURE_AS_SUBJECT_RE`), so a
    possessive right before it owns it as an estimate. Not a count of things with its
    noun before a plural's verb ("the group's 30 sites were not chosen at random": what
    the group has). A modal only after an aside that someone else comments on the figure
    ("The institute's 63 percent, she added, should be read with care"): "The party's 22
    percent would be its lowest" and "The firm's £2.8 billion might prove optimistic"
    are what the party and the firm are measured at, not what they say."""
    m = _FIGURE_AS_SUBJECT_RE.match(text, f.end, se)
    if m is None and (last := re.search(rf"{_SP}+[a-z]+$", f.text)) is not None:
        m = _FIGURE_AS_SUBJECT_RE.fullmatch(last.group(0))  # ("31.4 sits": a verb read
        # as the figure's unit)
    if m is None or m.group("singular") is not None:
        return m is not None
    if m.group("modal") is not None and m.group("aside") is None:
        return False
    return not (f.kind == "count" and bool(f.unit))


def _a_voice_elsewhere(text: str, name: str) -> bool:
    """A name whose possessive may own a figure ("Wayline's 38"): one that reports or
    measures something elsewhere in the text, or a body's initials ("The DOT's 31.4"); not
    a place that owns what it counts ("France's 68 million", "Norway's 5.5 million")."""
    if len(name) >= 3 and name.isupper() and name.isalpha():
        return True
    short = name.split()[-1]
    return re.search(rf"\b{re.escape(short)}\b(?![’']s)[^.;:!?]{{0,80}}?\b(?:{_SAYS})\b",
                     text) is not None


#: A name's possessive right before a figure: "The DOT's 31.4", "Wayline's 38".
_NAME_OWNS_RE = re.compile(
    rf"(?:^|(?<=[\s(“\"]))(?:[Tt]he{_SP}+)?(?P<name>{_cap_name(6)})[’']s{_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: A measuring noun right after a figure: "£2 billion estimate", "12,000 figure".
_MEASURE_AFTER_RE = re.compile(
    rf"{_SP}+(?:estimate|figure|count|tally|total|projection|forecast|calculation|claim)s?\b")


#: "according to X", and a document named as where a figure is set down: "as disclosed in
#: the Company's audited accounts", "as reported in its annual return".
_ACCORDING_RE = re.compile(
    rf"\b(?:[Aa]ccording{_SP}+to|as{_SP}+(?:disclosed|reported|stated|set{_SP}+out|shown|"
    rf"published|recorded|detailed|presented){_SP}+in){_SP}+"
    # (a part of a document is no one: "as shown in Table 3", "according to Figure 2")
    rf"(?!(?:Figures?|Fig\.|Tables?|Charts?|Graphs?|Appendix|Annex|Section|Exhibit|Box|Page|"
    rf"Chapter|Paragraph){_SP}*[\d{UP}])")
#: A description in lower case, then the name set beside it: "the manufacturer, Corvane
#: Pharma" (group ``name``; up to the clause's end).
_DESCRIBED_THEN_NAMED_RE = re.compile(
    rf"(?:the|its|their){_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,3}}[a-z][\w-]*,{_SP}+"
    rf"(?P<name>{_cap_name(5)})(?={_SP}*(?:[,.;:)]|$))")
#: Papers a figure is read from, no one who gives it, besides the studies' document nouns
#: ("records", "filings", "minutes"): a vessel's or an office's lists.
_PAPER_NOUNS = frozenset("manifest manifests log logs logbook logbooks ledger ledgers register "
                         "registers roster rosters list lists "
                         # ("according to a summary of the findings seen by Reuters": the
                         # analysis the sentence names is the source, its summary a paper)
                         "summary summaries briefing briefings memo memos copy draft".split())


#: Verbs by which one makes a paper one's own: "a report she submitted", "a study they wrote".
_AUTHORED = AUTHOR_VERBS | frozenset("wrote published authored co-authored compiled "
                                     "submitted prepared produced led ran "
                                     "commissioned".split())


#: A paper an outlet saw ("a report seen by the Courier", "documents obtained by this
#: newspaper", "figures shared with the BBC"): the sentence's own source's evidence.
_SEEN_BY_RE = re.compile(r"\b(?:seen|obtained|shared|leaked|passed)\b")
#: After "according to": a possessive pronoun ("its own counters", "their records").
_OWNED_AFTER_RE = re.compile(r"(?:its|their)\b")


def _a_paper(src: Source) -> bool:
    """A source that is a paper alone, in lower-case words no body or person is named in
    ("the manifest submitted", "ship records"; not "hospital records", "police logs")."""
    from .studies import DOCUMENT_NOUNS  # (studies reads this module's lexicons)

    # (a paper the text describes is a work too: "the manifest filed at the pier" is read as
    # one, with no body for it)
    words = src.name.lower().split() if src.kind == "study" else src.name.split()
    if src.kind in ("generic", "study") and len(words) >= 3 and words[0] in STUDY_NOUNS | \
            _PAPER_NOUNS and words[1].lower() in ("she", "he", "they", "we", "i") and \
            words[2].lower() in _AUTHORED:
        return True  # "a report she submitted", "a paper they published": the subject's own
        # (not "a study she criticised")
    return src.kind in ("generic", "study") and any(
        w in _PAPER_NOUNS or w in DOCUMENT_NOUNS for w in words) and not any(
        w in ORG_NOUNS or w in GENERIC_SOURCES or w in PERSON_ROLES for w in words)


def _contrast_subject(text: str, cm: re.Match[str], pos: int,
                      mentions: _Mentions) -> Source | None:
    """The lower-case subject of a contrastive clause ("but farm groups insist the drop was
    closer to 4 feet"): a general source named by what it is, so the figure after it is not
    given to the subject of the sentence's first clause."""
    if not re.search(r"\b(?:but|while|whereas|although|though|yet)\b", cm.group(0)) and \
            not re.match(r",?[ \u00a0]+and\b", cm.group(0)):
        return None  # ("20,000 and a charity says 30,000": "and" after a figure, too, or
        # after a comma: "..., and a charity says some wait two years")
    return _described_subject(text, cm.end(), pos, mentions)


def _described_subject(text: str, at: int, pos: int, mentions: _Mentions) -> Source | None:
    """"farm groups insist", "the paramedics' union says", "the county's economic development
    office estimates": a subject in lower-case words whose head is a body or a group of
    people, right before a reporting verb. A body the sentence brings in by its kind and
    the words it is of ("but a nurses' union said") is the body of that kind holding those
    words the story names after ("The Allied Nurses' Union"; :meth:`_Mentions.named_after`,
    the rule the lede's trailing cue follows too)."""
    lead = re.match(rf"(?:(?:[Bb]ut|[Yy]et|[Ww]hile|[Ww]hereas|[Aa]nd){_SP}+)?"
                    rf"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal){_SP}+)?",
                    text[at:pos])
    at += lead.end() if lead else 0
    words = list(itertools.islice(_WORDISH_RE.finditer(text, at, pos), 6))
    k = next((i for i, w in enumerate(words) if i and w.group(0) in REPORT_VERBS), None)
    if k is None:
        return None
    while k + 1 < len(words) and words[k + 1].group(0) in REPORT_VERBS:
        k += 1  # "county records show": "records" is the noun, "show" the verb
    nps = [w.group(0) for w in words[:k] if not w.group(0).endswith("ly")]
    if nps and nps[0] in ("A", "An"):
        nps[0] = nps[0].lower()  # "A farmers' group said": "a farmers' group"
    bare = [re.sub(r"[’']s?$", "", w) for w in nps]
    if not nps or len(nps) > 4 or not all(w.islower() and w.isalpha() for w in bare):
        return None
    if re.search(r"[^\w\s'’-]", text[words[0].start():words[k - 1].end()]):
        return None  # a comma or bracket between: not one noun phrase
    if (bare[1] if bare[0] in ("a", "an") and len(bare) > 1 else bare[0]) in _QUANTIFIER_HEADS:
        return None  # "A majority of voters expect ...": a share of those polled, no source
    if bare[0] in _NUMBER_LEADS and words[k].group(0) in _NOUNISH and \
            not bare[-1].endswith("s"):
        return None  # "The two official counts, 2,214 ... and 2,390 ..., differ": counts
        # by their number, a noun after an adjective ("Two officials said", "The three
        # councils report": a plural, then its verb)
    head = bare[-1]
    # a body or a group of people ("traders", "farm groups"), never "the figures show"
    if head not in GENERIC_SOURCES and head not in ORG_NOUNS and not (
            head.endswith("s") and not head.endswith("ss") and head not in _S_NOT_PLURAL
            and head not in MEASURE_NOUNS
            and head.rstrip("s") not in MEASURE_NOUNS and head not in _NOT_PEOPLE
            and head not in _PRONOUNS):
        return None
    if nps[0] in ("a", "an") and len(nps) >= 3 and head in ORG_NOUNS:
        later = mentions.named_after(sentence_end(text, pos, min(len(text), pos + 400)),
                                     head, nps[1:-1])
        if later is not None:
            return Source(later[1], "organisation", None, "subject", later[0])
    return Source(" ".join(nps), "generic", None, "subject", words[0].start())


_WORDISH_RE = re.compile(r"[\w'’-]+")
#: Words of how many that open a noun phrase: "two official counts", "both estimates"
#: ("several", "many" and the like :func:`_described_subject` reads as its lead).
_NUMBER_LEADS = frozenset("two three four five six both".split())
#: Nouns of a part of a group: "a majority of voters", "half of residents" say what share
#: holds a view; they are no one who gives a figure.
_QUANTIFIER_HEADS = frozenset("majority minority plurality half most share number percent "
                              "third quarter fraction proportion bulk".split())
#: A passive verb opening a relative clause: "was introduced", "has been cut".
_PASSIVE_RE = re.compile(rf"(?:was|were|is|are|(?:has|have|had){_SP}+been){_SP}+"
                         rf"(?:[a-z]+ly{_SP}+)?[a-z]+(?:ed|en|wn|lt|nt)\b")
#: Words ending in "s" that are no plural of a people or a body ("and is expected").
_S_NOT_PLURAL = frozenset("is was has does this thus his its us as yes perhaps unless "
                          "whereas always towards afterwards sometimes besides less".split())


_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|across|around|outside|inside|on)"
                              r"[ \u00a0]+(?:the[ \u00a0]+)?$")
#: A participle of saying or reckoning after a comma: its clause gives the figure of whoever
#: the sentence says said or did the thing before it (general English: "X disputed the
#: count, saying ...", "..., Y said, putting the cost at ...").
_PARTICIPLES = "|".join(sorted(
    {f for v in (*GIVES_FIGURE, "put", "place", "peg", "calculate", "reckon")
     for f in _FORMS.get(v, inflect(v)) if f.endswith("ing")} - {"telling"},
    key=len, reverse=True))  # (the same lexicons' -ing forms)
_PARTICIPLE_CUE_RE = re.compile(
    rf",{_SP}+(?:{_PARTICIPLES}|telling{_SP}+[a-z]+){_SP}")
#: A cue that closes the clause before such a participle: ", the Institute said".
_SAID_BEFORE_RE = re.compile(
    rf"(?:^|,){_SP}*(?P<who>[^,;:!?“”\"]{{2,80}}?){_SP}+(?:said|says|say|told{_SP}+[a-z]+|"
    rf"added|estimated|claimed|argued|insisted|reported|wrote|stated)$")
#: The verb after a sentence's subject when it is no verb of saying: "The minister
#: rejected that", "Dry Feet disputes the count", "The union hit back" (its stance).
_STANCE_VERBS = frozenset(f for v in (
    "reject dispute dismiss deny counter respond reply defend challenge question contest "
    "hit push stand criticise criticize attack accuse slam rubbish doubt "
    "welcome back support accept confirm").split() for f in inflect(v)[1:] if not f.endswith("ing"))


#: A verb in the past of any meaning (regular, or a common irregular one): "went further",
#: "hit back", "stood by" (general English; what the sentence's subject did).
_PAST_VERB_RE = re.compile(
    rf"{_SP}((?:[a-z]{{2,}}ed|went|came|gave|took|stood|spoke|held|kept|made|struck|sought|"
    rf"thought|brought|fought|told|wrote|rose|drew|chose|broke|threw|hit|put|set|shot|ran|"
    rf"began|stuck|led|met|saw|knew|got))\b(?!{_SP}+(?:by|from)\b)")
#: A name right after a word, or after one more: "retired (teacher) Sam Hart".
_NAME_AFTER_RE = re.compile(rf"{_SP}+(?:[a-z]+{_SP}+)?[{UP}]")
#: A relative clause still open before a verb: ", who visited the site" (no comma since).
_OPEN_RELATIVE_RE = re.compile(r"\b(?:who|which|that)\b[^,]*$")


def _main_verb(pre: str) -> re.Match[str] | None:
    """The main verb of a clause whose verb is of no lexicon ("Union leader Sam Hart went
    further, saying ..."): the last verb in the past before the participle's comma that is
    no relative clause's ("X, who visited the site, went further") and no adjective set
    before a name ("X, retired teacher Y, hit back")."""
    for m in reversed(list(_PAST_VERB_RE.finditer(pre))):
        before = pre[:m.start()]
        if not re.search(r"[A-Za-z]", before) or _OPEN_RELATIVE_RE.search(before):
            continue
        if _NAME_AFTER_RE.match(pre, m.end()):
            continue  # ("retired teacher Sam Hart": an adjective of the name after it)
        return m
    return None


#: Words after a participle that name a work or its maker ("citing a survey by ...").
_NAMES_A_WORK_RE = re.compile(rf"\bby\b|\b(?:{_alternatives(sorted(STUDY_NOUNS))})\b")
#: The main verb of a sentence whose subject a participle's clause belongs to.
_STANCE_OR_REPORT_RE = re.compile(
    rf"{_SP}((?:{_alternatives(sorted(_STANCE_VERBS | set(REPORT_VERBS)))}))\b")


def _participle_source(text: str, f: Figure, ss: int, people: Sequence[PersonLike],
                       mentions: _Mentions,
                       studies: list[tuple[int, int, str | None, str, str]],
                       prev: Source | None) -> Source | None:
    """Whose figure a participle's clause gives: the sayer of the cue right before the
    participle, else the subject of the sentence's main verb (read as if it said)."""
    pcs = list(_PARTICIPLE_CUE_RE.finditer(text, ss, f.start))
    if not pcs:
        return None
    pc = pcs[-1]
    if _clause_start(text, pc.end(), f.start) or re.search(r"[“”\"]", text[pc.start():f.start]):
        return None  # (another clause, or a quotation, between it and the figure)
    if _NAMES_A_WORK_RE.search(text, pc.end(), f.start) or \
            any(m.start() > pc.end() for m in PROPER_RE.finditer(text, pc.end(), f.start)):
        return None  # (", citing a survey by the Pell Institute that found 62 per cent",
        # "noting that the Resolution Trust had put ...": the source the words name)
    pre = text[ss:pc.start()]
    sm = _SAID_BEFORE_RE.search(pre)
    if sm and sm.start("who") > 0:
        src = _np_or_kind(text, ss + sm.start("who"), ss + sm.end("who"), people, mentions,
                          "trailing")
        if src is not None and src.name[:1].isalpha() and src.name.lower() != "the":
            return src
    vm = _STANCE_OR_REPORT_RE.search(pre)
    any_verb = vm is None
    if vm is None and not _TRAILING_CUE_RE.search(
            text[f.end:sentence_end(text, f.end, min(len(text), f.end + 600))]):
        # (a verb of no lexicon: "went further", "hit back"; never where a cue after the
        # figure names who says it: "..., putting 500 jobs at risk, the union said")
        vm = _main_verb(pre)
    if vm is None or vm.start() == 0:
        return None
    # the subject before that verb, read as the subject of "said" (one reading of who a
    # sentence's subject is: names, kinds, pronouns)
    said = text[:ss + vm.start()] + " said "
    got = _subject_source(said, ss, len(said), people, mentions, studies, prev)
    last_ = got.name.lower().split()[-1] if got is not None else ""
    if any_verb and got is not None and not (
            got.kind in ("person", "organisation") and got.how != "possessive" or
            last_ in GENERIC_SOURCES or last_ in PERSON_ROLES or is_person_noun(last_)):
        return None  # ("The storm struck the coast, putting 3,000 homes at risk", "The
        # minister's visit angered residents, saying": no one who says it)
    return got


#: A body's kind in lower case, with up to three words before it and no article, then its
#: name: "residents' group Dry Feet", "campaign group Save Our Seals", "think tank X".
_KIND_THEN_NAME_RE = re.compile(
    # ("Consultancy Marlow Advisory": the kind opening the sentence, in capitals)
    rf"{_SP}*(?:(?P<cap>[{UP}][a-z]+)|(?:[A-Za-z][a-z’'-]*{_SP}+)?(?:[a-z][a-z’'-]*{_SP}+){{0,2}}"
    rf"(?P<head>[a-z]+)){_SP}+"
    rf"(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|and|&){_SP}+|{_SP}+){_CAP_TOKEN}){{0,5}})")
#: People in general, then a participle phrase up to their verb: "Campaigners fighting to
#: save the X14 bus between Wyke and Hexley (say)".
_GROUP_DOING_RE = re.compile(
    rf"{_SP}*(?P<g>[{UP}]?[a-z]+s){_SP}+[a-z]+ing\b[^,;:.!?“”\"]{{0,160}}$")
#: Kinds that open a sentence in capitals before a body's name and never begin one:
#: "Consultancy Amberly Advisory calculates" (not "Police Scotland", "Union Pacific").
_CAP_KINDS = frozenset("consultancy pollster thinktank think-tank watchdog charity".split())
#: What a body that publishes figures is, beyond a body's kinds: "tracking site FeeLedger",
#: "data platform X", "broadcaster Y" (general English).
_OUTLET_KINDS = frozenset("site website platform tracker outlet broadcaster publisher "
                          "consultancy startup start-up provider aggregator".split())
#: A possessive pronoun opening a noun phrase ("by their GPs": people's own, no source).
_OWNER_PRONOUN_RE = re.compile(r"(?:their|his|her|our|my)\b")
#: The verbs of change a share's points move by (the change verbs', :data:`_INTRANSITIVE`,
#: with a vote's "gained", "lost", "narrowed", "widened"; "shifted" says no way), and those
#: of them that go up (:data:`_UP`, :data:`_GAINS`).
_POINTS_MOVES = (_INTRANSITIVE - {"shifted"}) | {"gained", "lost", "slipped", "narrowed",
                                                  "widened"}
_POINTS_UP = _UP | _GAINS | {"widened"}
#: A share's noun, then a verb of change, right before "N points": "turnout rose by",
#: "Labour's lead fell", "its share of the vote dropped" (the shares polls and votes have).
_SHARE_POINTS_RE = re.compile(  # (no "lead": a football side's; no "All-Share": an index)
    rf"(?<![\w-])(?P<n>turnout|share|rate|support|approval|unemployment|inflation)"
    rf"(?:{_SP}+of{_SP}+(?:the{_SP}+)?[a-z]+)?{_SP}+(?:(?:has|had|have){_SP}+)?"
    rf"(?P<v>{_alternatives(sorted(_POINTS_MOVES))})(?:{_SP}+by)?{_SP}+"
    rf"(?:(?:about|around|nearly|almost|some|roughly|more{_SP}+than|over){_SP}+)?$", re.I)
#: What an event says through its organisers ("the festival said", "put the total at");
#: never "The conference was told", "The exhibition shows 120 works".
_EVENT_SAYS = frozenset("said says put puts estimated estimates reported reports announced "
                        "announces counted claimed claims revised".split())
#: Events that speak through their organisers ("the festival said"): a general list.
_EVENT_NOUNS = frozenset("festival fair carnival marathon conference summit tournament "
                         "championship expo exhibition show parade march rally".split())
#: A phrase set before a sentence's subject, a participle's or a preposition's, up to its
#: comma: "Drawing on spring inspections of registered apiaries, (it estimates)".
_FRONTED_PHRASE_RE = re.compile(
    rf"{_SP}*(?:[{UP}][a-z]+ing|Based{_SP}+on|In|On|With|Using|From|Despite|Having)\b"
    # (a number's own comma or point ends no phrase: "Tracking 11,870 patients, the team
    # found")
    rf"(?:[^.;:!?,“”\"]|(?<=\d)[,.](?=\d)){{0,150}},{_SP}*")
#: A period adjective before a word of use or traffic, then the figure in its clause:
#: "puts weekly use at about 1,100", "daily ridership of 40,000" (a count per that period).
_PERIOD_USE_RE = re.compile(
    rf"\b(daily|weekly|monthly)(?:{_SP}+[a-z]+)?{_SP}+(?:use|usage|ridership|traffic|visits|"
    rf"passengers|journeys|trips|boardings|footfall|attendance|demand)\b[^.;:!?]{{0,30}}$",
    re.I)
_PERIOD_OF = {"daily": "day", "weekly": "week", "monthly": "month"}
#: Verbs by which a source counts (past tense): the bare count's frames below share them.
_COUNTING_VERBS = "counted|recorded|registered|logged|tallied|listed|confirmed"
#: A verb of counting right before a bare number: "recorded 94", "counted only 12".
_COUNTED_BARE_RE = re.compile(
    rf"\b(?:{_COUNTING_VERBS}|reported)"
    rf"(?:{_SP}+(?:about|around|only|just|some|nearly|almost|roughly))?{_SP}+$")
#: ... and any verb by which a source gives a count, with the number ending its clause:
#: "we found 14.", "the council counted 52 in all", "it puts them at about 20 this year",
#: "says it is nearer 40" (a small bare number a source gives as its count).
_GIVES_COUNT_BEFORE_RE = re.compile(
    rf"\b(?:{_COUNTING_VERBS}|counts|count|records|found|finds|identified|estimates|"
    rf"estimated|reckons|reckoned|"
    rf"{_PUT_AT}|"
    rf"(?:says?|said|told{_SP}+\w+|tells{_SP}+\w+|thinks?|believes?|claims?|claimed|"
    rf"suggests?|suggested|shows?|showed|reports?|reported|gives?|gave)"
    rf"(?:{_SP}+(?:it{_SP}+(?:is|was)|it[’']s|there{_SP}+(?:are|were)|the{_SP}+(?:number|"
    rf"figure|total|count|real{_SP}+figure){_SP}+(?:is|was)))?|"
    rf"(?:stands|stood|came|comes){_SP}+(?:at|to))"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}|only|just|closer{_SP}+to|nearer(?:{_SP}+to)?|"
    rf"as{_SP}+many{_SP}+as|as{_SP}+few{_SP}+as))?{_SP}+$"
    # (or a number that opens a quotation: "“Thirty-one,” she said")
    rf"|[“\"‘][ \u00a0]*$")
#: An age the sentence asks or gives: "asked how old she was, said 42" (no count).
_AGE_ASKED_RE = re.compile(rf"(?i)\b(?:how{_SP}+old|aged?|years?{_SP}+old|birthday)\b")
#: What may follow a count that ends its clause: punctuation, or a word that opens a phrase
#: of time, place or another clause (never a noun the number counts).
_CLAUSE_ENDS_AFTER_RE = re.compile(
    rf"[ \u00a0]*(?:[,.;:!?)”\"’]|$|{_SP}(?:in|on|by|last|this|since|so|over|across|during|"
    rf"for|at|from|between|and|but|while|whereas|altogether|overall|in{_SP}+all|a{_SP}+year|"
    rf"each|every)\b)")
#: A verb that makes words a clause, not a name: "the partnership's estimate is inflated".
_FINITE_IN_NP_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|"
                              r"can|must|does|do|did)\b")
#: A cue set off by commas inside the sentence, before the figure: "Scaled up across the
#: region, the association says, that means about 41,000 colonies were lost".
#: (The verbs: the speech lexicon's verbs that give a figure, and those of reckoning, in
#: the third person and the past: one list with :data:`GIVES_FIGURE`.)
_ASIDE_VERBS = "|".join(sorted(
    {f for v in (*GIVES_FIGURE, "believe", "reckon", "calculate")
     for f in _FORMS.get(v, inflect(v))[1:3]} - {"tell", "told", "tells"}, key=len, reverse=True))
_ASIDE_CUE_RE = re.compile(
    rf",{_SP}+(?P<np>(?:[Tt]he{_SP}+)?[\w’'.-]+(?:{_SP}+[\w’'.-]+){{0,5}}?){_SP}+"
    rf"(?:{_ASIDE_VERBS}|thinks),{_SP}+")


_CONJUNCTION_NEXT_RE = re.compile(r"(?:but|and|while|whereas|though|although|yet|so)\b")


def _aside_cue_source(text: str, f: Figure, ss: int, people: Sequence[PersonLike],
                      mentions: _Mentions,
                      studies: list[tuple[int, int, str | None, str, str]],
                      prev: Source | None) -> Source | None:
    """Who a cue set off by commas before the figure names, read as a sentence's subject
    (names, kinds, "she")."""
    ms = list(_ASIDE_CUE_RE.finditer(text, ss, f.start))
    if not ms:
        return None
    m = ms[-1]
    if _clause_start(text, m.end(), f.start) or re.search(r"[“”\"]", text[m.start():f.start]) \
            or _CONJUNCTION_NEXT_RE.match(text, m.end()):
        return None  # (", the coast guard said, but villagers say ...": a clause of its own)
    if prev is not None and re.search(r"\d", text[ss:m.start()]):
        # "an average tax cut of $275,000, the group said, compared with $2,700": the cue
        # closed the figure before it, whose source this figure shares (as read there)
        return Source(prev.name, prev.kind, prev.person_id, prev.how, prev.start, prev.study)
    np_ = m.group("np")
    if np_.lower() in ("she", "he"):
        return _named_person_before(text, m.start("np"), people, np_.lower())
    if np_.lower() in ("it", "they"):
        # ("The average weekly benefit, it says, would be $300": "it" is the plan the text
        # is about as often as a body; only the body of the figure before is sure)
        return Source(prev.name, prev.kind, prev.person_id, "pronoun", prev.start, prev.study) \
            if prev is not None and prev.kind == "organisation" else None
    said = text[:m.end("np")] + " said "
    return _subject_source(said, m.start("np"), len(said), people, mentions, studies, prev)


#: Nouns of places (a general lexicon): whose people, after a possessive, speak for
#: themselves ("the county's school nurses"), and what a scope's "in" counts ("in 40 towns").
_PLACE_NOUNS = frozenset("county city town village region state country nation province "
                         "district borough island valley shire area site location place ward "
                         "constituency".split())
#: A body after a team's words: " at Carrowmore Technical University" (never "a group of
#: Thames Water customers", people of their own).
_AT_BODY_RE = re.compile(rf"{_SP}+at{_SP}+(?:the{_SP}+)?(?P<body>{_cap_name(6)})")
#: After a possessive: the plural people of a kind it names ("'s school nurses").
_PLACE_PEOPLE_RE = re.compile(rf"[’']s(?P<who>(?:{_SP}+[a-z][\w-]*){{0,2}}{_SP}+[a-z][\w-]*s)\b")
#: After a singular possessive: the body that belongs to it ("demographer's office").
_OFFICE_OF_RE = re.compile(rf"[’']s{_SP}+(office|department|team|unit|bureau)\b")
_WHICH_RE = re.compile(
    r",[ \u00a0]+(?:which|who)[ \u00a0]+(?:puts|put|estimates|estimated|says|said|counts|"
    r"counted|reports|reported|calculates|calculated|places|placed)\b")
_MADE_AFTER_RE = re.compile(
    rf"{_SP}+that{_SP}+(?P<who>(?:the{_SP}+)?(?:{_CAP_TOKEN}(?:{_SP}+(?:and|of|for|&){_SP}+|{_SP}+))*"
    rf"(?:[a-z][\w-]*{_SP}+)?(?!(?:had|has|have)\b)[a-z]+){_SP}+(?:had{_SP}+|has{_SP}+|have{_SP}+)?"
    rf"(?:{document_verbs()})\b")
#: ", which" or ", who" opening a relative clause: its antecedent is the clause's subject.
_WHICH_ANY_RE = re.compile(r",[ \u00a0]+(?:which|who)[ \u00a0]+")


def _which_body(text: str, ss: int, pos: int) -> Source | None:
    """"..., a tussle with the state government, which has sought aid on the basis of a
    loss of ₹4,213 crore": a figure in a relative clause hung on a body described in
    lower-case words is that body's, not the sentence subject's."""
    which = list(_WHICH_ANY_RE.finditer(text, ss, pos))
    if not which or _clause_start(text, which[-1].end(), pos):
        return None
    if _PASSIVE_RE.match(text, which[-1].end(), pos):
        return None  # "the programme, which was introduced in 1984 when ... 4 percent": what
        # was done to it, which gives no figure of its own
    m = re.search(rf"\b(?:the|a|an|its|their){_SP}+((?:[a-z][\w-]*{_SP}+){{0,2}}([a-z]+))$",
                  text[max(ss, which[-1].start() - 60):which[-1].start()])
    if m is None or m.group(2) not in ORG_NOUNS or m.group(2) in ("state", "city", "county"):
        return None
    from ..speech.speakers import named_as_person

    at = which[-1].start() - len(m.group(0))
    named = _NAME_APPOSED_BEFORE_RE.search(text, max(ss, at - 80), at) if re.match(
        r"(?:a|an)\b", m.group(0)) else None
    name = named.group("name") if named is not None else ""
    if named is not None and _trim_lead(name) in (name, name.removeprefix("The ")) and \
            not named_as_person(name):
        # "The Morning Ledger, a regional daily, which reported": the name the description
        # is set beside (never "In March", "Speaking in Manchester": a phrase before it)
        return Source(_trim_lead(name), "organisation", None, "which", named.start("name"))
    return Source(" ".join(m.group(1).split()), "organisation", None, "which", at)


#: A name right before a description set beside it between commas: "The Morning Ledger, "
#: (then "a regional daily, which ...").
_NAME_APPOSED_BEFORE_RE = re.compile(rf"(?P<name>{_cap_name(5)}),{_SP}+$")


_WHOSE_RE = re.compile(
    r",[ \u00a0]+whose[ \u00a0]+(?:(?:[a-z-]+|(?:19|20)\d\d)[ \u00a0]+){0,4}?(?:" + "|".join(
        sorted(v for v in REPORT_VERBS if v.endswith(("ed", "s", "t", "d")) and len(v) > 3))
    + r")\b")
#: "(a count) released in January by", "(a survey) conducted by", "an independent count
#: by": who made it.
#: After a work's client, who made it: ", and written by the consultancy".
#: What a report's maker is, before its name: "(written by the) consultancy (Halberd &
#: Quist)", "(from) analysts (Portwatch)".
_MAKER_KINDS = (r"(?:consultancy|firm|company|consultants|engineers|researchers|team|group|"
                r"agency|analysts)")
_WRITTEN_BY_AFTER_RE = re.compile(
    rf",?{_SP}+and{_SP}+(?:written|carried{_SP}+out|conducted|prepared|produced|compiled|"
    rf"done|drawn{_SP}+up){_SP}+by{_SP}+(?:the{_SP}+)?(?:{_MAKER_KINDS}{_SP}+)?")
#: Whom a report was commissioned from, after its client: "(commissioned by the council)
#: from the Bramley Data Partnership", "from consultancy Ridgeline Economics".
_BOUGHT_FROM_RE = re.compile(
    rf"{_SP}+from{_SP}+(?:the{_SP}+)?(?:{_MAKER_KINDS}{_SP}+)?(?=[{UP}])")
_MADE_BY_RE = re.compile(
    r"\b(?:count|tally|survey|study|report|census|analysis|estimate|poll|audit|review)s?\b"
    r"(?:[ \u00a0]*,?[ \u00a0]+(?:released|published|conducted|compiled|issued|produced|"
    r"commissioned|carried[ \u00a0]+out|run|done|prepared|kept|maintained)\b[^.;,]{0,40}?)?"
    r"[ \u00a0]by"
    r"[ \u00a0]+")
#: Cue verbs a clause of its own can open with after a bare comma, in the present or the
#: past ("BBMP says 2.8 lakh, animal groups say 4.5 lakh"; "police said 8,000, organisers
#: said 120,000"): the base forms that are verbs more often than nouns, inflected.
_SPLICE_VERBS = "|".join(sorted((v for v in REPORT_VERBS if any(
    v == b or v in inflect(b)[1:] and not v.endswith("ing") for b in _BASE_OK)),
    key=len, reverse=True))
_CLAUSE_START_RE = re.compile(r"(?:[,;]|[ \u00a0][–—])[ \u00a0]+(?:while|but|and|whereas|although|"
                              r"though|yet)[ \u00a0]+|;[ \u00a0]+"
                              # a new subject and its cue after a comma: a clause of its own
                              # (or after "as": "Junta defends figure as farmers claim")
                              r"|(?:,|[ \u00a0]as|[ \u00a0]after"
                              # or after a clause that gave a figure, with no comma: "the
                              # union says 20,000 and a charity says 30,000", "Police said
                              # 5,000 marched and organisers said 20,000" (``bare``: kept
                              # only when the clause before it holds a figure, so "Police
                              # and organisers said" stays one subject; see clause_starts)
                              r"|(?P<bare>[ \u00a0]+(?:and|but|while|whereas|though|although|"
                              r"yet)))[ \u00a0]+"
                              r"(?=(?!(?:which|who|whose|that|as|when|if|it|he|she|"
                              r"they|we|I|you|this|these|those|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                              # (an aside's end: "X, the most cautious, had expected")
                              r"had|has|have|was|were|is|are|will|would)\b)"
                              rf"(?:(?:[{UP}a-z][\w’'.-]*[ \u00a0]+){{1,4}}"
                              # (or a name with an apposition: "while Ben Ferrigan, the
                              # most cautious of them, had expected 2.28m")
                              rf"|(?:[{UP}][\w’'.-]*[ \u00a0]+){{0,2}}[{UP}][\w’'.-]*"
                              rf"(?:[ \u00a0]+(?:at|of|from)"
                              rf"(?:[ \u00a0]+[{UP}][\w’'.&-]*){{1,3}})?,"
                              rf"[ \u00a0][^,;:.!?“”\"]{{3,60}},[ \u00a0]+"
                              rf"(?:(?:had|has|have|was|had[ \u00a0]+been)[ \u00a0]+)?)"
                              rf"(?:{_SPLICE_VERBS})[ \u00a0])")
#: A described subject of its own after a contrast word: "while the architect put it at",
#: "but the fire brigade said" (an article, up to three more words, and a cue; none of
#: them a verb of being, a preposition or a cue: "but the number was put at" is the first
#: clause's figure told again).
_OWN_SUBJECT_RE = re.compile(
    r"(?:while|but|whereas|although|though|yet)[ \u00a0]+(?:the|a|an)[ \u00a0]+"
    r"(?:(?!(?:is|are|was|were|be|been|being|has|had|have|it|its|from|than|to|of|in|at|for|"
    r"by|with|on)\b)"
    rf"(?!(?:{_SPLICE_VERBS})\b)[{UP}a-z][\w’'.-]*[ \u00a0]+){{1,3}}(?:{_SPLICE_VERBS})[ \u00a0]"
    # ("...; he says there are 180": a pronoun subject of its own, not the sentence's)
    rf"|(?:(?:while|but|whereas|although|though|yet|and)[ \u00a0]+)?(?:he|she|they)[ \u00a0]+"
    rf"(?:{_SPLICE_VERBS})[ \u00a0]",
    re.I)
#: A figure in a clause: its digits, or the words a figure ends with ("a third", "4.5 lakh").
_FIGURE_IN_RE = re.compile(r"\d|%|illion\b|\blakh\b|\bcrore\b|\bhundred\b|\bthousand\b|"
                           r"\bper[ \u00a0]?cent\b")


def clause_starts(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Where a clause with a subject of its own opens in ``text[lo:hi]`` (see
    :data:`_CLAUSE_START_RE`). A conjunction with no comma before it opens one only after
    a clause that gave a figure: "Police said 5,000 marched and organisers said 20,000" is
    two clauses, "Police and organisers said 5,000" one subject."""
    prev = lo
    for m in _CLAUSE_START_RE.finditer(text, lo, hi):
        if m.group("bare") is not None and not _FIGURE_IN_RE.search(text, prev, m.start()):
            continue
        prev = m.end()
        yield m


def _study_of_another(text: str, figures: Sequence[Figure], f: Figure, a: int, b: int,
                      ss: int, se: int) -> bool:
    """A study mentioned at ``a:b`` in a clause of its own that gives a figure of its own,
    apart from ``f``'s clause ("..., though a market survey by Y put the rise at 22 per
    cent"): that figure's study, not ``f``'s. A study in a clause with no figure of its
    own ("..., the agency said in a June report", "When the poll asked ...,") is the
    sentence's."""
    a, b = max(a, ss), min(b, se)  # (a title with a full stop in it runs over its sentence)
    bounds = [ss, *(m.start() for m in clause_starts(text, ss, se)), se]
    lo = max((x for x in bounds if x <= a), default=ss)
    hi = min((x for x in bounds if x >= b), default=se)
    if lo <= f.start < hi:
        return False  # the figure's own clause
    return any(b < g.start < hi and g.start - b <= 120 and g is not f and
               g.kind not in ("year", "date", "duration") and
               _STUDY_GIVES_RE.search(text, b, g.start) is not None
               for g in figures)


#: The verb by which a study gives the figure after it: "put the rise at", "found", "showed".
_STUDY_GIVES_RE = re.compile(
    r"\b(?:put|puts|putting|found|finds|estimated|estimates|showed|shows|counted|counts|"
    r"reported|reports|recorded|records|suggested|suggests|concluded|calculated|measured|"
    r"gave|gives|placed|places)\b")


#: A clause whose verb is passive, up to the figure: "palpitations were reported by", "the
#: crowd was estimated at" (no subject of its own gives the figure).
_PASSIVE_CLAUSE_RE = re.compile(
    rf"[^,;:.!?]{{0,60}}?\b(?:was|were|is|are|been|being){_SP}+(?:[a-z]+ly{_SP}+)?"
    rf"[a-z]+(?:ed|en|wn|nt){_SP}+(?:by|at|to|as){_SP}+[^,;:.!?]{{0,40}}$")


def _clause_start(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first of :func:`clause_starts`, or None."""
    return next(clause_starts(text, lo, hi), None)
#: The verbs that close a clause giving a figure ("..., a YouGov poll found", "...,
#: officials said", "..., county records show"): the reporting verbs, inflected and
#: finite (a base form there is a noun: "..., far more than the previous estimate").
_TRAIL_VERBS = "|".join(sorted((v for v in REPORT_VERBS if not v.endswith("ing") and (
    v not in _BASE_OK or v == "show")), key=len, reverse=True))
#: ... and a base form after a plural subject, where it is the present tense ("...,
#: officials say, though ...", "..., engineers estimate."): a word ending in "s" that is
#: no "-us", "-ss" or "-is" ("the previous estimate" stays a noun), or a plural without
#: one ("police", "people", "staff").
_TRAIL_VERBS_PLURAL = (
    rf"(?:{_TRAIL_VERBS}|(?:(?<=[a-hj-rtv-z]s[ \u00a0])|(?<=police[ \u00a0])|"
    rf"(?<=people[ \u00a0])|(?<=staff[ \u00a0]))(?:" + "|".join(
        sorted((v for v in REPORT_VERBS if v in _BASE_OK and v != "show"), key=len,
               reverse=True)) + "))")
#: Lower-case words after a trailing cue's first word, up to its verb, ending on a noun of
#: sources: "(regional) civil protection officials (said)".
_WORDS_TO_SOURCE_RE = re.compile(rf"(?:{_SP}+[a-z][\w-]*){{0,2}}{_SP}+(?P<head>[a-z]+)"
                                 rf"(?={_SP}+{_TRAIL_VERBS_PLURAL}\b)")
#: A cue that closes the sentence after a figure: "..., putting 500 jobs at risk, the
#: Kelby Workers Union said." (who says it, named after the figure).
_TRAILING_CUE_RE = re.compile(
    rf",{_SP}+(?!(?:while|whereas|but|although|though|and|yet)\b)[^,;\d]{{2,80}}?{_SP}+"
    rf"(?:{_TRAIL_VERBS_PLURAL})\b[^,;\d]{{0,70}}$")


def _opener_of_kind(text: str, at: int, pos: int, noun: str) -> bool:
    """Whether the name opening a sentence at ``at`` is a body of the kind ``noun`` names,
    by the one rule speech reads "the company" with (:func:`.speakers.named_body`: a name
    ending in the noun, "The Health Ministry"; a company's word, "Harlow Foods Ltd"; the
    noun in apposition) or set beside a noun of that kind before ``pos`` ("Metro Rail,
    the city-owned operator, ..., the company said"): a trailing "the company said" is
    then the opener's. Any other opener (a person, a place, a storm, another body) is no
    body the noun stands for."""
    body = named_body(text, noun, pos)
    if body is not None and text.startswith(body.removeprefix("the "), at):
        return True
    kinds = _FIRM_WORDS if noun in _FIRM_WORDS else {noun}
    return any(st == at for k in kinds for st, _n in bodies_of_kind(text, k, at, pos))


def _it_before(text: str, se: int, mentions: _Mentions) -> Source | None:
    """The body a trailing "it said" stands for: the one the sentence before opened with
    ("Harwick Water said the pipes were old. About 1,200 homes lost supply, it said"), or
    that sentence's own trailing cue ("..., the council said. About 1,200 homes were
    flooded, it said"); none where that sentence gives neither (a report, a plan)."""
    from ..speech.speakers import sentence_start

    if mentions.subject_before(text, se + 1) is not None:
        return None  # ("The Federation ... expects 4,000, it says": the sentence's own
        # subject, which the subject's rule reads)
    here = sentence_start(text, max(0, se - 600), se)
    ss = sentence_start(text, max(0, here - 600), max(0, here - 1)) if here > 0 else here
    opener = mentions.subject_before(text, here)
    if opener is not None and opener[2] == "organisation" and not opener[1].isupper():
        # (never a subhead in capitals, "THE INDUSTRY VIEW")
        return Source(opener[1], "organisation", None, "pronoun", opener[0])
    cues = list(_BODY_SAID_RE.finditer(text, ss, here))
    if cues:
        cue = cues[-1]
        return Source(" ".join(cue.group("body").split()), "generic", None, "pronoun",
                      cue.start("body"))
    return None


#: A body by what it is, closing a sentence as its source: ", the council said.", ", the
#: regional health board says."
_BODY_SAID_RE = re.compile(
    rf",{_SP}+the{_SP}+(?P<body>(?:[a-z][\w-]*{_SP}+){{0,2}}"
    rf"(?:{'|'.join(sorted(ORG_NOUNS, key=len, reverse=True))}))"
    rf"{_SP}+(?:said|says|added|stated|confirmed|reported)[.!]")


#: A noun with a relative clause that has no "that" before a trailing cue: "an increase
#: the council called", "a figure the ministry called": the clause's subject gives it.
_REDUCED_RELATIVE_RE = re.compile(
    rf"(?:an?|the){_SP}+(?:[a-z]+{_SP}+)?(?!the\b)[a-z]+{_SP}+(?P<subject>the{_SP}+[a-z])")


#: An apposition that describes the figure itself: ", a figure at odds with", ", a number
#: far above", ", a total higher than" (the figure's own words, which hold no source).
_FIGURE_APPOSED_RE = re.compile(
    rf"an?{_SP}+(?:[a-z]+{_SP}+)?(?:figure|number|total|tally|count|estimate){_SP}+"
    rf"(?:[a-z]+ly{_SP}+)?(?:at|far|well|much|higher|lower|above|below|up|down|more|less|"
    rf"greater|smaller|close|roughly|nearly|almost|about|twice|double|triple|in|on|that|"
    rf"which)\b")


#: A verb of saying as a word: "Co-op says 8,400 still dark".
_SAYS_WORD_RE = re.compile(rf"\b(?:{_SAYS})\b")


def _headline_kind(text: str, f: Figure, words: Sequence[str],
                   mentions: _Mentions) -> Source | None:
    """"Cull reaches 1.4 million birds, agriculture ministry says": a headline names a body
    by its kind, in lower case with no article: the one body of that kind, with those
    words, that the story names ("The Agriculture Ministry said"), or the words where it
    names none."""
    if not (1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and
            words[-1] in ORG_NOUNS and not set(words) & _DETERMINERS and
            text.rfind("\n", 0, f.start) < 0):
        return None
    opening = max(text.rfind(",", 0, f.start), text.rfind(";", 0, f.start),
                  text.rfind(":", 0, f.start)) + 1
    if _SAYS_WORD_RE.search(text, opening, f.start):
        return None  # ("Co-op says 8,400 still dark, county says far more": the figure's
        # own clause names its source; the cue after it opens the next clause)
    named = mentions.of_kind(words[-1], f.end, f.end + 1500, words[:-1])
    if not named:
        # (the story names none of that kind: the kind's words, for the rules that name
        # a headline's body from the story)
        return Source(" ".join(words), "generic", None, "trailing", f.end)
    if len(named) != 1:
        return None  # (two of that kind: the rule that finds the story's sentence
        # repeating the headline's figure names it, :func:`_headline_sources`)
    (name, st), = named.items()
    return Source(name, "organisation", None, "trailing", st)


def _trailing_source(text: str, f: Figure, se: int, people: Sequence[PersonLike],
                     mentions: _Mentions,
                     studies: list[tuple[int, int, str | None, str, str]]) -> Source | None:
    """"Support stands at 42 percent, a YouGov poll found": the cue after the figure."""
    tail = text[f.end:se]
    im = re.match(rf"[^,;]{{0,80}}?,{_SP}+(?:said|says|according{_SP}+to|added|wrote|"
                  rf"estimated|reported){_SP}+(?P<np>[^,;]{{2,80}}?)(?:[,.]?[ \u00a0]*$|"
                  # (or a contrast after it: "about 20,000, said organisers, though ...")
                  rf",{_SP}+(?:though|although|but|while|whereas|yet)\b)", tail)
    if im and _KIN_REPORT_RE.match(im.group("np")):
        im = None  # "..., according to their parents": how it was measured, no source
    if im and _FINITE_IN_NP_RE.search(im.group("np")):
        im = None  # "The authority, whose counters suggest 2.7 million, says the
        # partnership's estimate is inflated": the subject's own verb and its clause
    if im and im.group(0).split()[-2:-1] == ["says"] and \
            (kind := _headline_kind(text, f, im.group("np").rstrip(" .").split(), mentions)):
        return kind
    if im:
        # inverted: "We estimate 300 people died, said Dr. Rui Costa of the Red Cross."
        np_ = re.split(rf"{_SP}+(?:of|at|from|with|for){_SP}+", im.group("np"))[0]
        if not is_org(np_) and re.match(rf"{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,4}}$", np_):
            named = _person_source(np_, people, "trailing", f.end + im.start("np"))
            if named is not None:
                return named
        src = _np_at(text, f.end + im.start("np"), f.end + im.end("np"), people, mentions,
                     "trailing")
        if src is not None and (src.kind != "generic" or
                                np_.split()[-1].lower() in GENERIC_SOURCES):
            return src  # (", said organisers": people of a kind, as "organisers said")

    def own_figure(m: re.Match[str] | None) -> bool:
        # "8,000 joined the march, organisers claim 120,000": a cue with a figure of its
        # own opens the next clause; it closes none
        # (a year the cue was made in is no figure: "reported in the Journal in 2023")
        return m is not None and bool(_FIGURE_IN_RE.search(re.sub(
            r"\b(?:in|of|since|during)[ \u00a0]+(?:19|20)\d\d\b", "",
            re.split(r"[,;.!?]", tail[m.end():], maxsplit=1)[0])))

    # (the first comma after the figure, up to two lines of the clause on: "will cut 420
    # jobs over the next two years as part of a restructuring ..., the group said")
    m = re.match(rf"[^,;]{{0,140}}?,{_SP}+(?P<np>(?:[^,;]|(?<=\d),(?=\d)){{2,80}}?){_SP}+"
                 rf"(?:[a-z]+{_SP}+){{0,3}}?{_TRAIL_VERBS_PLURAL}\b", tail)
    if not m or own_figure(m):
        # the attribution that closes the sentence: "…, far more than …, the agency said
        # Saturday."
        m = re.search(rf",{_SP}+(?P<np>(?:[^,;]|(?<=\d),(?=\d)){{2,80}}?){_SP}+"
                      # ("..., the team reported in the Journal of Early Childhood
                      # Immunology in 2023.": where, up to a long journal's name)
                      rf"(?:[a-z]+{_SP}+){{0,2}}?{_TRAIL_VERBS_PLURAL}\b(?=[^,;]{{0,70}}$)", tail)
        if not m or ";" in tail[:m.start()] or own_figure(m):
            return None
    if re.match(r"(?:while|whereas|but|and|although|though|yet)\b", m.group("np")):
        return None  # ", while a study ... estimated": the next clause's source, not this
    if re.match(r"(?:[a-z]+ing|because|since|as|after|before|although|though|if|when|"
                r"unless|until|so|once|whereas|whether)\b", m.group("np")):
        return None  # ", saying the Red Cross had counted ...", ", because the group had
        # counted ...": what the subject said, or why
    np_start = f.end + m.start("np")
    np_end = f.end + m.end("np")
    if (gm_ := _WORDS_TO_SOURCE_RE.match(text, np_end)) is not None and \
            gm_.group("head").lower() in GENERIC_SOURCES and gm_.group("head").endswith("s"):
        np_end = gm_.end("head")  # ", regional civil protection officials said": the
        # lower-case words up to the verb end on the people who say it, all the source
    if (rm := _REDUCED_RELATIVE_RE.match(text, np_start, np_end)) is not None:
        np_start = rm.start("subject")  # ", an increase the council called": the council
    elif _FIGURE_APPOSED_RE.match(text, np_start, np_end):
        return None  # ", a figure sharply at odds with the official estimate": what the
        # figure is, set beside it (its verb-like last word a noun), no one who gives it
    for a, _b, org, label, sid in studies:
        if np_start <= a < np_end:
            return Source(org or label, "organisation" if org else "study", None, "study", a,
                          sid)
    np = m.group("np") if np_end == f.end + m.end("np") else \
        text[f.end + m.start("np"):np_end]  # (the words up to the source's noun)
    words = np.split()
    if re.match(rf"[Tt]he{_SP}+(?:team|researchers|scientists){_SP}+[a-z]",
                text[np_start:np_end + 30]) and \
            (led := _LED_TEAM_RE.search(text, max(0, np_start - 1500), np_start)) is not None:
        # "A team led by Dr. Ines Lunde ... , the team reported": that team
        lead = " ".join(led.group("person").split())
        who = _person(people, lead)
        return Source(who.name if who else lead, "person", who.id if who else None,
                      "trailing", led.start("person"))
    if np.strip().lower() in ("she", "he"):
        # "..., she estimates.": the person named last in this sentence or the one before
        # (a person the text names without quoting: "Dr Meera Castellane, an economist")
        hers = _named_person_before(text, np_start, people, np.strip().lower(), paragraphs=2)
        if hers is not None:
            hers.how = "trailing"
            return hers
        ps_ = sentence_start(text, max(0, f.start - 600), f.start)
        ps0 = sentence_start(text, max(0, ps_ - 600), max(0, ps_ - 1)) if ps_ > 0 else ps_
        dm_ = _ROLE_AT_BODY_RE.match(text, ps0, ps_) if ps0 < ps_ else None
        if dm_ is not None:
            # "The medical superintendent at Corvan District Hospital ... gave a higher
            # count. Its mortuary had received 31 bodies, she said.": one the text has not
            # named, of the body it describes her by
            return Source(clean_source(dm_.group("org")), "organisation", None, "trailing",
                          dm_.start("org"))
    pm_ = re.match(rf"(?:the{_SP}+)?([a-z]+(?:{_SP}+[a-z]+)?)[’']s?(?:{_SP}+(?:[a-z]+{_SP}+)"
                   rf"{{0,2}}[a-z]+)?$", np)
    if pm_ and not np.endswith(("'", "’")) and (pm_.group(1).split()[-1] in GENERIC_SOURCES or
                                              pm_.group(1).split()[-1] in ORG_NOUNS):
        # "..., the government's annual snapshot shows": the government's figure
        return Source(pm_.group(1), "generic", None, "trailing", np_start)
    if len(words) == 2 and words[0].lower() == "a" and \
            words[1].lower() in ("spokesman", "spokeswoman", "spokesperson"):
        # "Carrow Police estimated the crowd at 18,500, a spokesman said": an unnamed voice
        # of the body its own sentence opens with, not a source of its own (never the
        # paragraph's: "Union leaders claimed 4,000 ..., but the employer disputed that.
        # Only 900 staff joined, a spokesman said" is no union's voice)
        ss_ = sentence_start(text, max(0, f.start - 600), f.start)
        body_ = _subject_source(text, ss_, f.start, people, mentions, studies, None)
        if body_ is not None and body_.kind in ("organisation", "generic") and \
                body_.name.split()[-1].lower() not in _SPOKES_HEADS:
            body_.how, body_.voice = "trailing", body_.kind == "organisation"
            return body_
    # (the words up to the verb: "a doctors' association", where the shortest reading of
    # the cue ends the noun phrase at "doctors'")
    kind_words = text[np_start:f.end + m.end()].split()[:-1]
    while kind_words[1:] and kind_words[-1] in ("has", "have", "had"):
        kind_words.pop()  # (", a patients' watchdog has claimed": no auxiliary)
    if 2 <= len(kind_words) <= 4 and kind_words[0].lower() in ("a", "an") and \
            kind_words[-1].lower() in ORG_NOUNS and kind_words[-1].isalpha() and \
            not any(w.lower() in _DETERMINERS for w in kind_words[1:]):
        # (never "..., a figure the department said came from": a reduced relative's
        # subject after the noun it describes, read above)
        # "..., a nurses' union said on Friday": a body the lede describes by its kind,
        # which the story names after ("The Allied Nurses' Union"; else the rules below)
        later = mentions.named_after(se, kind_words[-1], kind_words[1:-1])
        if later is not None:
            return Source(later[1], "organisation", None, "trailing", later[0])
        if len(kind_words) >= 3 and not mentions.of_kind(kind_words[-1]):
            # (else the body by its description, "a doctors' association", where the text
            # names no body of that kind a later rule could take for it: never "a police
            # force" for the Royal Air Force; a bare "a union" is left to the rules below)
            return Source(" ".join(kind_words[1:]), "generic", None, "trailing", np_start)
    if words and words[-1].lower() in GENERIC_SOURCES:
        return Source(" ".join(w for w in words if w.lower() not in ("the", "a", "an")),
                      "generic", None, "trailing", np_start)
    headline_kind = _headline_kind(text, f, kind_words, mentions) \
        if m.group(0).rstrip().endswith(("says", "say")) else None
    if headline_kind is not None:
        return headline_kind
    if [w.lower() for w in words] == ["it"]:
        return _it_before(text, se, mentions)
    if words and words[0].lower() in _PRONOUNS:
        return None
    am = re.fullmatch(rf"[Tt]he{_SP}+(?:{_PLACE_ADJECTIVE_RE.pattern}{_SP}+)+"
                      rf"(?:[a-z][\w-]*{_SP}+){{0,2}}([a-z][\w-]*){_SP}+[a-z]+",
                      text[np_start:f.end + m.end()].strip())
    if am and (am.group(1) in ORG_NOUNS or actor_noun(am.group(1))):
        # "..., the Toronto-listed miner said": a body described by where it is listed or
        # based and what it does, the one the sentence opened with (else the last named)
        opener = mentions.subject_before(text, se + 1)
        got = opener if opener is not None and opener[0] < f.start else \
            mentions.last(f.start, "organisation", within=600)
        if got is not None:
            owner = re.split(r"[’']s\b", got[1])[0]  # "Tellurian Corp's Pampa mine": Tellurian
            return Source(owner if is_org(owner) else got[1], "organisation", None, "pronoun",
                          got[0])
    src = _np_at(text, np_start, np_end, people, mentions, "trailing")
    owned = bool(words) and words[-1].endswith(("s'", "s’"))  # ("the farmers' union")
    if words and (src is None and (words[-1].lower() in ("the", "a", "an") or
                                   words[0].lower() == "the") or owned):
        # ", the regional emergency service said": the description runs up to the verb
        # (", the district council has said": the auxiliary is no part of the description;
        # ", the insurers' association said": nor is a plural owner its end)
        vm = re.match(rf"((?:{_SP}+[a-z][\w-]*){{1,3}}?)(?:{_SP}+(?:has|have|had))?{_SP}+"
                      rf"(?:{_TRAIL_VERBS})\b", text[np_end:np_end + 80])
        if vm:
            np_end += vm.end(1)
            src = _np_at(text, np_start, np_end, people, mentions, "trailing")
    described = text[np_start:np_end].split()
    if described and described[0].lower() == "the" and described[-1].lower() in _FIRM_WORDS and \
            (src is None or src.name[:1].islower()) and \
            (opener := mentions.subject_before(text, se + 1)) is not None and \
            opener[0] < f.start and opener[2] == "organisation" and \
            any(fold(w) in COMPANY_WORDS for w in opener[1].split()[1:]) and \
            not re.search(r"[.!?][\"”’]?\s", text[opener[0]:f.start]) and \
            text[max(sentence_start(text, max(0, f.start - 600), f.start),
                     text.rfind("\n", 0, f.start) + 1):opener[0]].strip() in ("", "The"):
        # "Corvan Communications will cut 420 jobs ..., the broadband and mobile group
        # said": the body the sentence opened with, described
        return Source(opener[1], "organisation", None, "pronoun", opener[0])
    if src is not None and src.kind != "generic":
        return src
    # "..., the council said", "..., the builder added": a body or someone the text names
    # by what they are, as the subject of a sentence is
    dm = re.fullmatch(rf"[Tt]he{_SP}+((?:[a-z][\w-]*(?:s[’']|[’']s)?{_SP}+){{0,2}}([a-z][\w-]*))",
                      text[np_start:np_end].strip())  # (", the insurers' association said",
    # ", the regional coroner's office said")
    if dm and dm.group(2) in ORG_NOUNS and (src is None or src.kind == "generic"):
        # "Metro Rail, the city-owned operator, lost 400 billion won ..., the company said":
        # the body the sentence opened with, as "the company said" before it would be, but
        # only when the text says that body is of the noun's kind; "Police arrested 120
        # people, the ministry said" is the ministry's, "Storm Ciaran ..., the utility
        # said" the utility's
        opener = mentions.subject_before(text, se + 1)
        if opener is not None and opener[0] < f.start and \
                _opener_of_kind(text, opener[0], f.start, dm.group(2)):
            return Source(opener[1], "organisation", None, "pronoun", opener[0])
    if dm and (dm.group(2) in ORG_NOUNS or actor_noun(dm.group(2))):
        if owned:
            src = None  # (the owner's word alone, "farmers", is not the union)
        return src or Source(" ".join(dm.group(1).split()), "generic", None, "trailing",
                             np_start)
    said = re.match(rf"{_SP}*(?:has{_SP}+|have{_SP}+|had{_SP}+)?([a-z]+)", text[np_end:np_end + 30])
    if dm and said and said.group(1) in _AGENT_SAYS and \
            dm.group(2) not in _SAID_THINGS | MEASURE_NOUNS | STUDY_NOUNS:
        # "..., the animal shelter says": a noun no lexicon knows, before a verb only
        # someone does
        return src or Source(" ".join(dm.group(1).split()), "generic", None, "trailing",
                             np_start)
    return None


#: A figure talked of as the subject of its verb: "(Twenty-two weeks) is still too long",
#: "(40 weeks) measure different things".
_TALKED_OF_AFTER_RE = re.compile(rf"{_SP}+(?:is|was|are|were|measures?|means?|describes?|"
                                 rf"comes?|came){_SP}")
#: A verb whose particle is "in", its object next: "signed in 4,236 members", "checked in
#: 300 guests", "it has pulled in $133 million" (verbs that take "in" as a particle far more
#: often than a place after them; never "logged in 40 towns", "flown in 12 airlifts").
_PHRASAL_IN_RE = re.compile(r"\b(?:sign|signed|signing|check|checked|checking|clock|clocked|"
                            r"bring|brought|pull|pulled|rake|raked|usher|ushered|take|took|"
                            r"taken)[ \u00a0]+in[ \u00a0]*$")
#: A (reduced) relative clause right after a figure whose verb reports it: "the $22 million
#: the campaign has claimed", "a figure that officials have estimated", "the 300 police say".
_RELATIVE_RE = re.compile(
    rf"(?:{_SP}+(?:figure|number|estimate|total|sum|count|price(?:{_SP}+tag)?|cost|bill|"
    # ("the €95m overrun Torvane reported to investors": what the sum measures)
    rf"budget|overrun|overspend|deficit|shortfall|loss|toll|tally"
    # ("the 86.1% efficacy Halvorsen announced in March": a noun of what it measures, then
    # a name or "that")
    # (never a bar set for it: "below the 95% level that experts say is needed")
    rf"|(?!(?:level|threshold|target|goal|mark|limit|benchmark|ceiling|minimum|maximum|"
    rf"line|standard|rule|bar)\b)[a-z]{{4,}}(?={_SP}+(?:that{_SP}|which{_SP}|[{UP}]))))?"
    # ("the £410,000 a year Tollcross says the route loses": the sum's rate first)
    rf"(?:{_SP}+(?:a|per){_SP}+(?:year|week|month|day))?{_SP}+(?:that{_SP}+|which{_SP}+)?"
    rf"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er){_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}?"
    rf"[a-z][\w-]*|{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,4}}|[a-z]+s|[Ss]?he"
    # "the 158 per 100,000 the Department of Health gave": a body's name after "the"
    rf"|the{_SP}+{_cap_name(5)})"
    # ("the 33 percent the senator's wording implies": the owner's words give it)
    rf"(?:[’']s{_SP}+(?:own{_SP}+)?(?:wording|words|claim|statement|remarks|figures|numbers))?"
    rf"(?:{_SP}+(?:has|have|had|would|will|had{_SP}+been|has{_SP}+been|have{_SP}+been))?"
    rf"(?:{_SP}+(?:also|previously|earlier|repeatedly|long|once|now|first|widely))?"
    # (never "said that", "reported by", "expect to cover": no giver there; but "the €95m
    # overrun Torvane reported to investors" is Torvane's, told to them)
    rf"{_SP}+(?P<v>{_SAYS}|implies|implied|suggests|suggested)\b(?!{_SP}+(?:that|by)\b)"
    # (never a bar the source says is needed: "the 30% quota that campaigners say is
    # needed", whatever the bar's noun; the figure is the subject of that "is")
    rf"(?!{_SP}+(?:is|are|was|were|would|should|must|will|could|can){_SP})"
    rf"(?!(?<!reported)(?<!disclosed)(?<!presented){_SP}+to\b)")


#: An object relative clause right before a figure: "which the union calculates at",
#: "that Ofwat puts at", "which the council has valued at" (``np`` its subject).
_OBJECT_REL_RE = re.compile(
    rf"\b(?:which|that){_SP}+(?P<np>(?:the{_SP}+[a-z][\w’'-]*(?:{_SP}+[a-z][\w’'-]*)?|"
    rf"{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,5}}))(?:{_SP}+(?:has|have|had|now|itself|"
    rf"themselves|also))*{_SP}+(?P<verb>{'|'.join(sorted(REPORT_VERBS, key=len, reverse=True))})"
    rf"(?:{_SP}+(?:it|them))?"
    rf"(?:{_SP}+(?:at|to|as))?{_SP}*$")


def _relative_source(text: str, f: Figure, se: int, people: Sequence[PersonLike],
                     mentions: _Mentions) -> Source | None:
    """Who a relative clause after the figure says gave it: "far less than the $22 million
    the campaign has claimed" is the campaign's $22 million, whoever said the sentence."""
    m = _RELATIVE_RE.match(text, f.end, se)
    if m is None:
        return None
    np_ = m.group("np")
    words = np_.split()
    if np_.lower() in ("she", "he"):
        # "That was up from the $40 million she cited in January": the person "she" is
        return _pronoun_person(text, m.start("np"), people, mentions, np_.lower())
    if words[0].lower() in _PRONOUNS and len(words) == 1:
        return None
    head = words[-1]
    named_np = len(words) > 1 and words[1][:1].isupper()  # "the Department of Health"
    if not words[0][:1].isupper() and not named_np and head not in GENERIC_SOURCES \
            and head not in ORG_NOUNS and singular(head) not in ORG_NOUNS | PERSON_ROLES:
        return None  # "the 300 jobs people say" is no source we can name
    at = m.start("np")
    if not words[0][:1].isupper() or words[0] in ("The", "Its", "Their", "His", "Her"):
        named = _body_named(text, at, words[-1])  # "the campaign": the one named before
        if named is not None:
            return named
    src = _np_at(text, at, m.end("np"), people, mentions, "relative")
    if src is not None and (src.kind != "generic" and src.name.lower() != words[-1].lower()):
        return src
    return Source(" ".join(words), "generic", None, "relative", at)


def _pronoun_person(text: str, pos: int, people: Sequence[PersonLike], mentions: _Mentions,
                    word: str) -> Source | None:
    """The person "she" or "he" (``word``) at ``pos`` stands for: one named since the last
    mention the engine knows (:func:`_person_named_since`), else that mention. One rule for
    "the $40 million she cited" and "A preprint paper her group posted"."""
    got = mentions.last(pos, "person", within=800, pronoun=word)
    who = _person_named_since(text, pos, people, word, got)
    if who is not None:
        return who
    if got is not None:
        person = _person(people, got[1])
        return Source(got[1], "person", person.id if person else None, "pronoun", got[0])
    return None


def _body_named(text: str, pos: int, head: str) -> Source | None:
    """The body a described source ("the campaign", "the company") was named as before
    ``pos``: "the Yes for Westfield campaign" (its name before its head noun)."""
    if head not in ORG_NOUNS:
        return None
    rx = re.compile(rf"({_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|and|&|the|{_NAME_JOINS}){_SP}+|{_SP}+)"
                    rf"{_CAP_TOKEN}){{0,6}}){_SP}+{re.escape(head)}\b")
    for last in reversed(list(rx.finditer(text, max(0, pos - 3000), pos))):
        if re.search(r"[.!?][\"”’]?\s", last.group(1)):
            continue  # ("joined the strike on Monday. The union puts": two sentences, the
            # last word of one and the first of the next, no body's name)
        name = _trim_lead(last.group(1))
        after_the = text[max(0, last.start(1) - 4):last.start(1)].lower() == "the "
        if not name or (_not_a_name(name) and not after_the):
            continue  # "The campaign's": no name ("the Yes for Westfield campaign" is one)
        alone = re.search(rf"\b{re.escape(name)}\b(?!{_SP}+{re.escape(head)}\b)", text)
        # (the name the text also gives alone is the body's: "the Lantern Wells charity"
        # beside "Lantern Wells says" is Lantern Wells, one source, not two)
        return Source(name if alone and len(name.split()) >= 2 else f"{name} {head}",
                      "organisation", None, "described", last.start(1))
    return None


def _leads(words: Sequence[str]) -> bool:
    """The first of ``words`` opens a sentence or a phrase, no part of the name after it
    (:data:`_LEAD_WORDS`); but a name's own "New" stays ("New Zealand Treasury", "The New
    Economics Foundation"; not "New figures")."""
    return bool(words) and words[0] in _LEAD_WORDS and not (
        words[0] == "New" and len(words) > 1 and words[1][:1].isupper())


def _trim_lead(name: str) -> str:
    words = name.split()
    while words and (_leads(words) or words[0] in _MONTH_WORDS or words[0].isdigit()):
        words = words[1:]  # ("June 30 Harlow Water": a date, then the name)
    return clean_source(" ".join(words))


#: A subhead that gives a source and its figure: "Red Cross: between 55 and 70 feared dead",
#: "Local chairman: ‘more than 100 dead’" (a live page's or a list's label, then its claim).
_LABEL_RE = re.compile(rf"(?:[•·▪◦‣*–-]{_SP}*)?"  # (a list's item: "• Red Cross: ...")
                       rf"(?P<who>[{UP}][\w’'.-]*(?:{_SP}+[\w’'.&-]+){{0,5}})"
                       # (the year of the label's figure: "• Wildlife Office, 2021: 4.2m")
                       rf"(?:,{_SP}*(?:19|20)\d\d|{_SP}+\((?:19|20)\d\d\))?:{_SP}+"
                       rf"(?P<rest>[^:.!?]*)$")


#: What a body makes that a list's label may name for it besides :data:`STUDY_NOUNS`:
#: "Bee Office inspections: 18%", "Tolland University model: 12% to 15%".
_MADE_BY_NOUNS = frozenset("inspections inspection model modelling modeling projection "
                           "projections forecast forecasts figures figure tally".split())
#: Cue words that make a label a sentence ("The ministry's statement said:").
_LABEL_CUES = REPORT_VERBS | frozenset(
    v for b in SAY for v in inflect(b)) | frozenset("read reads wrote writes".split())
#: "The ministry's statement said", "the council's latest report concluded": a maker's
#: document that speaks (the documents of :data:`speech.speakers.DOCUMENTS`).
_DOC_SPEAKS_RE = re.compile(
    rf"(?:[Tt]he{_SP}+)?(?P<maker>[\w’'.&-]+(?:{_SP}+[\w’'.&-]+){{0,3}}?)[’']s?{_SP}+"
    rf"(?:(?:new|latest|own|written|recent|earlier|first|final|official|annual){_SP}+)?"
    rf"(?:{DOCUMENTS}){_SP}+(?:[a-z]+{_SP}+)?[a-z]+$")


def _label_source(text: str, f: Figure, ps: int, pe: int,
                  people: Sequence[PersonLike]) -> Source | None:
    """The label of a short paragraph ("Red Cross: between 55 and 70 feared dead") as the
    source of the figure after its colon; the paragraph is a subhead (14 words at most)
    and the label is no section name (a body, a person or a role)."""
    if len(text[ps:pe].split()) > 14 or KICKER_RE.match(text, ps, pe):
        return None  # ("FactCheck: Does Ireland have 30,000 ...?": a kicker, no source)
    m = _LABEL_RE.match(text, ps, f.start)
    if m is None or any(ch.isdigit() for ch in m.group("who")):
        return None
    if any(w.lower().strip(".,") in _LABEL_CUES for w in m.group("who").split()):
        # a label is a noun phrase: "The ministry's statement said:" is a sentence whose
        # document speaks for its maker (the ministry), else no label at all
        dm = _DOC_SPEAKS_RE.match(m.group("who"))
        return _make_source(dm.group("maker"), people, "subject", ps) if dm else None
    who = m.group("who")
    words = who.split()
    if len(words) > 1 and (words[-1] in STUDY_NOUNS or words[-1] in _MADE_BY_NOUNS):
        # "Ostler member survey: 41%", "Tolland model:": the work's maker gives it (the figure
        # a body's work gives is the body's, as in "the Ostler survey found")
        while len(words) > 1 and words[-1].islower():
            words.pop()
        if not words[-1].islower():
            who = " ".join(words)
    src = _make_source(who, people, "label", ps)
    if src is None or _not_a_name(src.name):
        return None
    head = who.split()[-1].lower()
    if who.split()[-1].islower() and head not in PERSON_ROLES and \
            singular(head) not in PERSON_ROLES and head not in GENERIC_SOURCES:
        return None  # "Minnesota TB cull: 2,460 cattle or more than 4,000?": a headline's
        # topic ends in a common noun of what happened, no name of who says it
    if src.kind == "organisation" and not is_org(src.name) and head not in PERSON_ROLES \
            and singular(head) not in PERSON_ROLES:
        return None  # "Water: 40 per cent" is a section, not a body
    return src


def _titled_person(words: Sequence[str], people: Sequence[PersonLike]) -> bool:
    """The words after a title name a person: one the text knows, or a given name then a
    surname, and no body."""
    rest = " ".join(words)
    return not is_org(rest) and (
        _person(people, rest) is not None or _person_like(rest) or
        (2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?", w)
                                      for w in words)))


def _make_source(name: str, people: Sequence[PersonLike], how: str,
                 at: int, full_names: dict[str, str] | None = None) -> Source | None:
    if _PRONOUN_CONTRACTION_RE.match(name.strip()):
        return None
    name = clean_source(name)
    if not name or name in _MONTH_WORDS or (
            name.split()[0].lower() in _NUMBER_WORDS and not _quantified_body(name)) or \
            _time_name(name) or _PLACE_ADJECTIVE_RE.fullmatch(name):
        return None
    words = name.split()
    if len(words) >= 3 and words[0].lower() in GENERIC_SOURCES and words[0].endswith("s") \
            and words[1][:1].isupper() and not is_org(name) and words[1].lower() not in (
                "against", "for", "of", "in", "on", "at", "with", "without", "over", "under",
                "across", "from", "to", "and", "united", "together"):
        # ("Residents Against Pylons", "Parents For Safe Roads": one name)
        # "Organisers Harbourfest Live boasted": the people named by what they are, then
        # the body's name: the body (a person's name stays a person's)
        from ..speech.gender import gender_of

        rest = clean_source(" ".join(words[1:]))
        if _person(people, rest) is not None or gender_of(rest, rest.split()) is not None:
            return _make_source(rest, people, how, at + len(words[0]) + 1, full_names)
        return Source(rest, "organisation", None, how, at + len(words[0]) + 1)
    person_named = person_after_possessive(name)
    if person_named != name and not is_org(person_named):
        name = person_named  # "CNN's Jake Tapper": the person (speech's one rule)
    words = name.split()
    roles = [i for i, w in enumerate(words) if w.lower().strip(".") in PERSON_ROLES]
    if roles and len(words) - roles[-1] - 1 >= 2 and (
            not is_org(name) or _titled_person(words[roles[-1] + 1:], people)):
        # "Health Minister Jane Roe", "County Supervisor Joan Lee": the person, untitled
        # ("County Surveyor Orsola Okpara": a county's officer, no body, by the given
        # name after the title)
        name = " ".join(words[roles[-1] + 1:])
    held = _person_of_body(people, name)
    if held is not None:
        # "Dr Paul Ames of the Institute for Crowd Studies said": the person, not the body
        # he is of (his title or given name, or the speech engine, says he is a person)
        name = held[0]
    person = _person(people, name)
    if name.lower() in GENERIC_SOURCES:
        return Source(name.lower(), "generic", None, how, at)
    if person is not None and not is_org(name):
        return Source(person.name, "person", person.id, how, at)
    if full_names is not None and len(name.split()) == 1 and not is_org(name):
        known = full_names.get(name.casefold())
        if known:
            return Source(known, "person", None, how, at)
    if is_org(name):
        return Source(name, "organisation", None, how, at)
    if len(name.split()) >= 2 and how in ("subject", "by") and not _firm_name(name):
        return Source(name, "person", None, how, at)
    return Source(name, "organisation", None, how, at)


#: A relative clause of a thing right after a name: ", which runs a night shelter".
_WHICH_AFTER_RE = re.compile(rf",{_SP}+which\b(?!{_SP}+(?:is|was){_SP}+(?:how|why|what|when|"
                             rf"where|to{_SP}+say|not)\b)")
#: A named person's staff, who speak for them: "Cllr Pryce's office", "Ms Lee's
#: spokesman", "Senator Roe's campaign".
_PERSONS_STAFF_RE = re.compile(
    rf"(?:(?:{'|'.join(PERSON_TITLES)})\.?{_SP}+)?(?P<who>{_CAP_TOKEN}"
    rf"(?:{_SP}+{_CAP_TOKEN}){{0,2}})[’']s{_SP}+(?:office|campaign|spokes(?:man|woman|person)|"
    # (never "Ford's press office", "Sainsbury's team": a firm's, whose founder the text
    # may also name)
    rf"aides?)")
#: A pronoun with its verb run in ("They've", "We're", "She's"): a pronoun, no name.
_PRONOUN_CONTRACTION_RE = re.compile(r"(?i)(?:i|you|we|they|he|she|it)[’'](?:ve|re|ll|d|s|m)\b")


#: Words of a date or a time of day: a name made of them alone ("Thursday", "Monday
#: morning", "Tuesday's") is when a figure was given, never who gave it.
_TIME_NAME_WORDS = frozenset({*(d.casefold() for d in _DAYS), *(m.casefold() for m in _MONTH_WORDS),
                              "today", "yesterday", "tonight", "tomorrow", "morning",
                              "afternoon", "evening", "night", "noon", "midnight", "last",
                              "next", "this", "week", "weekend", "the"})


#: A place made an adjective ("Toronto-listed", "London-based", "Paris-headquartered"):
#: what a body is, never its name.
_PLACE_ADJECTIVE_RE = re.compile(rf"[{UP}][\w.]*-[a-z]+(?:ed|en|wn|un|rn)")


def _time_name(name: str) -> bool:
    """"Thursday", "Monday evening", "Tuesday's": a date or a time, no source."""
    words = [re.sub(r"[’']s$", "", w).strip(".,").casefold() for w in name.split()]
    return bool(words) and all(w in _TIME_NAME_WORDS or w.isdigit() for w in words) and \
        any(w not in ("the", "last", "next", "this") and not w.isdigit() for w in words)


def _given_name(name: str) -> bool:
    """Whether ``name`` opens with a given name (speech's one list of them): "Jo Marsh",
    never "Homes First Northfield"."""
    from ..speech.gender import gender_of
    from ..speech.speakers import clean_name

    got = clean_name(name)  # (without a title: "Dr Jane Marsh" opens with "Jane")
    words = list(got[1]) if got is not None and got[1] else name.split()
    return gender_of(" ".join(words), words) is not None


def _firm_name(name: str) -> bool:
    """"Kestrel Minerals", "Harbour Foods": a name whose first word is no given name and
    whose last is a plural noun reads as a firm, not a person ("Jane Evans" keeps her
    given name; an unknown given name with a surname in -s stays a person too when it is
    a known person of the text)."""
    from ..speech.gender import gender_of

    words = name.split()
    last = words[-1]
    return (len(words) >= 2 and len(last) >= 5 and last.endswith("s")
            and not last.endswith(("ss", "us", "is")) and last[1:].islower()
            and gender_of(words[0], [words[0]]) is None)


def _person_of_place(name: str) -> str | None:
    """The person in "Dr Esther Wanjiru of Egerton University", "Ann Lee of the Red
    Cross" (her name without its title), when the words before "of" are a person's name:
    a person's title before them or a given name that says a sex; None otherwise ("Bank
    of England", "Duke of Kent")."""
    from ..speech.speakers import clean_name

    head, sep, _rest = name.partition(" of ")
    if not sep or not _person_like(head):
        return None
    cleaned = clean_name(head)
    if cleaned is None or not 2 <= len(cleaned[1]) <= 4:
        return None
    return " ".join(cleaned[1])


#: A body's description, then its name set beside it: "the operator, Scottish Northern
#: Water," (group ``head``: the description's noun; ``name``).
_DESC_THEN_NAME_RE = re.compile(
    rf"(?:the|its|an?){_SP}+(?:[a-z][\w-]*(?:[’']s)?{_SP}+){{0,3}}?(?P<head>[a-z]+),{_SP}+"
    rf"(?:the{_SP}+)?(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,6}})"
    rf"(?=,|{_SP}*$|{_SP}+\()")


def _np_or_kind(text: str, pos: int, hi: int, people: Sequence[PersonLike],
                mentions: _Mentions, how: str) -> Source | None:
    """:func:`_np_at` read as ``how``, else a body named by its kind as after a figure's
    closing cue ("was put at R800 million by the water board", "is said by the town
    council to carry", "a number the tourist board puts at")."""
    got = _np_at(text, pos, hi, people, mentions, how) or \
        _np_at(text, pos, hi, people, mentions, "trailing")
    if got is None and (bm := _BODY_OF_PLACE_RE.fullmatch(text, pos, hi)) is not None and \
            bm.group("head") in ORG_NOUNS:
        # "estimated by the economy ministry of the state of Nordmark at": a body in lower
        # case, by its kind, and the place it is of
        return Source(" ".join(bm.group("body").split()), "organisation", None, how,
                      bm.start("body"))
    return got


#: A body in lower case and the place it is of: "the economy ministry of the state of
#: Nordmark", "the health department of Kerala" (group ``body`` without "the"; ``head``
#: the body's noun).
_BODY_OF_PLACE_RE = re.compile(
    rf"{_SP}*(?:the{_SP}+)?(?P<body>(?:[a-z][\w-]*{_SP}+){{0,3}}(?P<head>[a-z]+){_SP}+"
    rf"(?:of|for){_SP}+(?:the{_SP}+(?:state|province|region|county|city|district|"
    rf"republic|island|territory){_SP}+of{_SP}+)?{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,2}})"
    rf"{_SP}*")


#: A list's line that names a source, then its figure: "• Health ministry: ", "- The
#: Dispatch: " (a bullet, the name in up to six words, its colon; group ``name``).
_LIST_LABEL_RE = re.compile(
    rf"[ \u00a0]*[•·*▪–-][ \u00a0]*(?P<name>(?:[Tt]he{_SP}+)?[{UP}][\w’'&.-]*(?:{_SP}+"
    rf"[\w’'&.-]+){{0,5}})"
    # ("- Northern Broadcaster (website, 4 March): 12,000 patients": when and where it said
    # it, in brackets before the colon)
    rf"(?P<when>{_SP}*\((?=[^()\n]{{0,60}}\b(?:{MONTHS_RE}|{WEEKDAYS_RE}|(?:19|20)\d\d|website|"
    rf"online|print|radio|television|TV|podcast|broadcast|statement|release|interview|"
    rf"post|tweet|blog|newsletter)\b)[^()\n]{{1,60}}\))?:{_SP}*"
    # ('- The Daily Courier: "more than 80,000 Britons"': its words, quoted, up to the
    # figure)
    rf"(?P<quoted>[“\"‘'](?:[\w’'-]+{_SP}+){{0,5}})?(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: A sentence that opens at a body, then measures in the passive up to the figure: "At
#: Delvin Whelan Stockbrokers, the number of jobs at risk was estimated at about"
#: (group ``name``).
_AT_BODY_PASSIVE_RE = re.compile(
    rf"[\s\"“]*At{_SP}+(?:the{_SP}+)?(?P<name>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&){_SP}+"
    rf"{_CAP_TOKEN}|{_SP}+{_CAP_TOKEN}){{0,5}}),{_SP}+[^.;:!?]{{0,120}}?\b(?:was|were|is|are|"
    rf"has{_SP}+been|have{_SP}+been){_SP}+(?:estimated|put|calculated|reckoned|forecast|"
    rf"projected|pegged|placed|assessed|valued){_SP}+(?:at|to{_SP}+be){_SP}+[^.;:!?]{{0,20}}$")
#: A team by its lead: "A team led by Dr. Ines Lunde", "researchers led by Ann
#: Roe" (group ``person``, without titles).
_LED_TEAM_RE = re.compile(
    rf"\b(?:[Aa]{_SP}+team|[Rr]esearchers|[Ss]cientists)(?:{_SP}+of{_SP}+[a-z]+)?,?{_SP}+led"
    rf"{_SP}+by{_SP}+(?:(?:Dr|Prof|Professor)\.?{_SP}+)?(?P<person>[{UP}][\w’'-]+(?:{_SP}+"
    rf"[{UP}][\w’'-]+){{1,2}})")
#: A lower-case owner's body: "the county's emergency management office", "the city's
#: planning department" (group ``body`` without "the"; ``head`` its last word).
_OWNED_BODY_RE = re.compile(rf"(?:the{_SP}+)?(?P<body>[a-z]+[’']s{_SP}+(?:[a-z][\w-]*{_SP}+)"
                            rf"{{0,3}}(?P<head>[a-z]+))\b(?![’'])")


#: An office named by its holder: "the county assessor's office" (group 1 without "the").
_HOLDERS_OFFICE_RE = re.compile(
    rf"the{_SP}+((?:[a-z]+{_SP}+){{0,2}}[a-z]+[’']s{_SP}+(?:office|department|team|unit))\b")


def _np_at(text: str, pos: int, hi: int, people: Sequence[PersonLike],
           mentions: _Mentions, how: str) -> Source | None:
    """The source named at ``pos``: a proper name, a pronoun, "the agency", "officials"."""
    rest = text[pos:hi]
    # "data from the Department for Education", "figures released by the Census Bureau"
    # ("monitoring data gathered by the campaign group X": words for the data before it)
    dm = re.match(rf"(?:the{_SP}+|new{_SP}+|official{_SP}+|latest{_SP}+)*"
                  rf"(?:(?!from|by|of)[a-z][\w-]+{_SP}+){{0,2}}?(?:data|figures|"
                  rf"statistics|numbers|estimates|records|records{_SP}+kept)(?:{_SP}+[a-z]+)?"
                  rf"{_SP}+(?:from|by|of){_SP}+", rest) or \
        re.match(rf"(?:an?{_SP}+|the{_SP}+)?(?:[a-z][\w-]+{_SP}+)?(?:statement|(?:press|news)"
                 rf"{_SP}+release)(?:{_SP}+(?:issued|released|published|put{_SP}+out))?"
                 rf"{_SP}+(?:from|by){_SP}+", rest)
    # ("according to a statement from the Ministry of Transport": the ministry)
    if dm:
        rest, pos = rest[dm.end():], pos + dm.end()
    ap = _DESC_THEN_NAME_RE.match(rest)
    if ap and (ap.group("head") in ORG_NOUNS or actor_noun(ap.group("head"))) and \
            not is_person_noun(ap.group("head")):
        # "reported by the operator, Scottish Northern Water, in its annual return": the
        # body the description names, set beside it
        return Source(clean_source(ap.group("name")), "organisation", None, how,
                      pos + ap.start("name"))
    # ("Figures from the province's Civil Contingencies Office": a place's body by name)
    # (a sentence's capital "The" opens a description, no name: "The cooperative had
    # posted a figure of 12,800")
    m = re.match(rf"(?:[Tt]he{_SP}+)?(?P<lead>(?:[a-z][\w-]+(?:[’']s|(?<=s)[’'])?{_SP}+){{0,2}}?)"
                 rf"(?!(?:The|A|An|This|That|These|Those|Its|Their){_SP}+[a-z])"
                 rf"({_CAP_TOKEN}(?:(?:{_SP}+"
                 rf"(?:(?:of|for|on){_SP}+the|of|for|on|and|&|the|{_NAME_JOINS}){_SP}+|"
                 rf"{_SP}+|[’']s{_SP}+){_CAP_TOKEN})"
                 rf"{{0,9}})",
                 rest)
    if m:
        from .studies import campus_after

        name = m.group(2) + campus_after(text, pos + m.end(2))
        lead_words = m.group("lead").split()
        held = _person_of_body(people, name)
        if held is not None:
            # "according to Dr Esther Wanjiru of Egerton University": the person, not her
            # university (a title, a given name or the speech engine says who is a person)
            who = _person(people, held[0])
            return Source(who.name if who else held[0], "person", who.id if who else None,
                          how, pos + m.start(2))
        if not is_org(name) and len(name.split()) >= 2 and (
                (lead_words and lead_words[-1] in PERSON_ROLES)
                or re.match(rf",{_SP}+who\b", rest[m.end():])):
            # "according to spokesperson Maria Chen", "Maria Chen, who said": a person
            named = _person_source(name, people, how, pos + m.start(2))
            if named is not None:
                return named
        nw = name.split()
        if lead_words and nw[0].lower() in PERSON_ROLES and _titled_person(nw[1:], people):
            # "said state Treasurer Bo Lindgarde": a person by a title, not the state's body
            named = _person_source(name, people, how, pos + m.start(2))
            if named is not None:
                return named
        if lead_words and lead_words[-1] in ORG_NOUNS and _person(people, name) is None:
            # "by the campaign group Clean Lochs Scotland": a body, as its description says
            return Source(clean_source(name), "organisation", None, how, pos + m.start(2))
        # "the New York Times and the New York Daily News": one list of sources
        more = re.match(rf"{_SP}+and{_SP}+(?:the{_SP}+)?({_CAP_TOKEN}"
                        rf"(?:{_SP}+{_CAP_TOKEN}){{0,9}})", rest[m.end():])
        if more and is_org(name):
            name = f"{name} and {more.group(1)}"
        return _make_source(name, people, how, pos + m.start(1))
    om_ = _OWNED_BODY_RE.match(rest)
    if om_ and om_.group("head") in ORG_NOUNS and om_.group("head") not in _PLAIN_KINDS:
        # "according to the county's emergency management office": the owner's office, a
        # body of its own (not the county, nor whoever the text last called "County ...")
        return Source(" ".join(om_.group("body").split()), "organisation", None, how, pos)
    m = re.match(rf"(?:the{_SP}+)?([a-z]+(?:{_SP}+[a-z]+)?)", rest)
    if m:
        words = m.group(1).split()
        if len(words) > 1 and words[-1] in MEASURE_NOUNS:
            words = words[:-1]  # "according to police estimates": the police
        if words and words[-1] in GENERIC_SOURCES:
            return Source(" ".join(words), "generic", None, how, pos)
        if words and words[-1] in ORG_NOUNS:
            got = mentions.last(pos, "organisation", words[-1], within=500)
            if got:
                return Source(got[1], "organisation", None, "pronoun", got[0])
    ao_ = _HOLDERS_OFFICE_RE.match(rest)
    if ao_ is not None:
        # "according to the county assessor's office": an office by its holder, a body of
        # its own (never the county the dateline shouts: "DELMAR COUNTY -")
        return Source(" ".join(ao_.group(1).split()), "organisation", None, how, pos)
    km_ = re.match(rf"the{_SP}+(?P<kind>[a-z]+)\b", rest)
    if km_ is not None and (body := named_body(text, km_.group("kind"), pos)) is not None \
            and not body.isupper():
        # "Figures from the operator suggest": the company the text named ("Fenwick Grid
        # Power"), by speech's one rule for a body's common noun
        body_name = re.sub(rf"{_SP}+{km_.group('kind')}$", "", body.removeprefix("the "))
        return Source(clean_source(body_name), "organisation", None, "pronoun", pos)
    # "..., the regional emergency service said": a body described in up to four words
    lm = re.match(rf"(?:the{_SP}+)?((?:[a-z][\w-]*{_SP}+){{0,3}}[a-z][\w-]*)\b", rest)
    if lm and re.match(r"(?:more|less|fewer|about|nearly|almost|over|under|around|some)\b",
                       lm.group(1)):
        lm = None  # ("..., more than three times the number": a comparison, no body "times")
    if lm and how == "trailing" and lm.group(1).split()[-1] in ORG_NOUNS:
        words = lm.group(1).split()
        got = mentions.last(pos, "organisation", words[-1], within=500)
        if got is None and len(words) == 1 and \
                (described := _described_in_paragraph(text, pos, words[-1])) is not None:
            # "The federal agriculture office, which ..., takes a narrower view. ... the
            # office added": the body a sentence of the paragraph opened with, in words
            return described
        if got is None and len(words) == 1:
            # "the agency said": the body named last, unless its name says it is another
            # kind of body ("the ministry said" is not the Centre for Budget Studies)
            if words[-1] in _KINDS:
                return Source(f"the {words[-1]}", "generic", None, how, pos)
            got = mentions.last(pos, "organisation", within=600)
        if got:
            return Source(got[1], "organisation", None, "pronoun", got[0])
        if len(words) > 1:
            return Source(" ".join(words), "organisation", None, how, pos)
    if how == "according-to" and (re.match(r"(?:its|their)\b", rest) or
                                  _STUDY_OF_ITS_RE.match(rest)):
        # "according to its annual monitoring report", "according to a snapshot survey of
        # its members": the body the sentence is about
        got = mentions.last(pos, "organisation", within=400)
        from ..speech.speakers import sentence_start

        described = _described_subject_before(
            text, sentence_start(text, max(0, pos - 400), pos))
        if described is not None and (got is None or got[0] < described.start):
            return described  # "The city council disputes that. According to its ..."
        if got:
            return Source(got[1], "organisation", None, "pronoun", got[0])
    if how == "according-to":
        # "according to the county coroner": the description is the source
        dm = re.match(rf"(?:the{_SP}+|a{_SP}+|an{_SP}+)?((?:[a-z][\w’'-]*{_SP}+){{0,3}}"
                      rf"[a-z][\w’'-]*)", rest)
        if dm:
            words = dm.group(1).split()
            # "according to the police and 90,000 according to ...": the police
            cut = next((i for i, w in enumerate(words) if w in _JOINS), len(words))
            # "according to a tenants' group that says ...": the description, not its
            # relative clause
            cut = next((i for i, w in enumerate(words) if w in ("that", "which", "who",
                                                                   "whose")), cut)
            words = words[:cut] or words[:1]
            if words[-1] in MEASURE_NOUNS or words[-1] in STUDY_NOUNS:
                words = words[:-1]  # "according to government figures": the government
            owner = re.sub(r"[’']s?$", "", words[0]) if words and len(words) >= 2 and \
                re.search(r"[’']s?$", words[0]) else None
            if owner and owner in ORG_NOUNS:
                # "according to the department's tables": the department the text named
                body = named_body(text, owner, pos) or (
                    got[1] if (got := mentions.last(pos, "organisation", owner, within=1500))
                    else None)
                return Source(clean_source(body) if body else f"the {owner}",
                              "organisation" if body else "generic", None, how, pos)
            if words:
                return Source(" ".join(words), "generic", None, how, pos)
    return None


#: A participle that opens a sentence before its subject ("Speaking to reporters, she
#: said", "Asked about the gap, the minister put ..."): never the subject itself.
_PARTICIPLE_OPENER = (rf"(?:[{UP}][a-z]+ing|Asked|Pressed|Questioned|Interviewed|Challenged|"
                      r"Quizzed|Confronted|"
                      # "Based on customs intelligence, it estimates": what the figure rests on
                      r"Based|Calculated|Extrapolated|Measured|Compared)\b")
#: Kinds of body specific enough that "the ministry said" is never a body named as
#: another kind ("the Centre for Budget Studies"); "the group", "the agency" may be any.
_KINDS = frozenset("ministry department university college council court police hospital "
                   "school bank centre center institute foundation charity union party "
                   "company firm campaign commission committee".split())
_SUBJECT_RE = re.compile(
    # a clause the sentence opens with ("When the firm ClearCount audited 400 publishers
    # last spring, it concluded"): the main clause's subject comes after its comma
    rf"^(?:(?:When|After|Before|Once|Although|Though|Because|Until){_SP}+"
    rf"[^,;:.!?\n“”\"]{{3,120}},{_SP}+)?"
    # a connective or a sentence adverb, one or two ("Meanwhile the agency lists", "So
    # when the minister told journalists that ..."): the subject comes after them
    rf"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Ss]o|[Hh]owever,?|[Ww]hile|[Ww]hereas|"
    rf"[Aa]lthough|[Tt]hough|[Ww]hen|[Mm]eanwhile,?|[Ss]eparately,?|[Ii]nstead,?|"
    rf"[Ee]lsewhere,?|[Ll]ikewise,?|[Ss]imilarly,?|[Mm]oreover,?|[Bb]y{_SP}+contrast,?|"
    rf"[Ii]n{_SP}+contrast,?|[Ii]n{_SP}+turn,?){_SP}+){{0,2}}"
    # (not "On Tuesday the Red Cross, citing a survey, said": a time, then the subject
    # with an aside; the time's own alternative below reads it)
    rf"(?:(?!(?:[Oo]n|[Ll]ast|[Tt]his){_SP}+(?:[{UP}][a-z]+day|week|month|year)"
    rf"(?:{_SP}+(?:morning|afternoon|evening|night))?{_SP}+(?:the|[{UP}])[^,]*,)"
    rf"(?:(?:Later|Earlier|Early|Late|Back|Elsewhere|Also|Then|Even|Only|Just|Still)"
    rf"{_SP}+)?(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Ff]or|[Dd]uring|[Ww]ith|"
    rf"[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore|[Oo]ver|[Aa]cross){_SP}+[^,]{{1,40}},{_SP}+|"
    # "In a letter to members the trust said": a phrase with no comma after
    # it, up to the subject of a saying verb (a body in lower case or a name; the zone
    # this reads ends at the verb)
    # ("By its 4 p.m. update the district had raised": its subject before the auxiliary)
    rf"(?:[Ii]n|[Aa]t|[Aa]fter|[Dd]uring|[Bb]efore|[Ff]ollowing|By){_SP}+"
    # ("At the season's close his rangers counted": an owner's people, after a possessive)
    # ("By the evening it had raised its estimate": a pronoun, the subject)
    rf"(?:[^,;:.!?\n“”\"]|[ap]\.m\.){{1,60}}?{_SP}+(?=(?:(?:[Tt]he|[Hh]er|[Hh]is|[Ii]ts|"
    rf"[Tt]heir){_SP}+[a-z][\w’'-]*"
    rf"(?:{_SP}+[a-z][\w’'-]*)?|[{UP}][\w’'-]*(?:{_SP}+[{UP}][\w’'-]*){{0,4}}|"
    rf"(?:it|they|she|he))"
    rf"(?:{_SP}+(?:{_SAYS})\b|(?:{_SP}+(?:had|has|have|also|later|then|now))*{_SP}*$))|"
    # "Three weeks later, the federation put ...", "A week earlier, the ministry said": a time
    rf"(?:[{UP}][a-z]+|\d+){_SP}+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
    rf"{_SP}+(?:later|earlier|on|before|after),?{_SP}+|"
    # "Speaking to reporters outside the Assembly, she put ...": a participle opens it
    # (a number's own comma ends no phrase: "Tracking 11,870 patients through their GP
    # records, the team found")
    rf"{_PARTICIPLE_OPENER}(?:[^,]|(?<=\d),(?=\d)){{0,80}},{_SP}+|"
    rf"(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater|[Tt]his){_SP}+"
    rf"(?:[{UP}][a-z]+day|week|month|year|morning|evening|night)"
    rf"(?:{_SP}+(?:morning|afternoon|evening|night))?\b,?{_SP}+|"  # "On Friday evening the"
    # "Earlier in the day the utility had reported", "Later the trust lowered": a time
    # with no comma after it, of the day or the week it speaks of
    rf"(?:Earlier|Later)(?:{_SP}+(?:in|on|that|this)(?:{_SP}+the)?{_SP}+(?:day|week|month|"
    rf"year|morning|afternoon|evening|night|[{UP}][a-z]+day))?,?{_SP}+(?=(?:the|its|their|it|"
    rf"they|[{UP}])\b)|"
    # "By Sunday afternoon the coalition had lowered ...": a time with no comma after it
    rf"(?:[Bb]y|[Uu]ntil|[Ll]ate{_SP}+on|[Ee]arly{_SP}+on){_SP}+(?:[{UP}][a-z]+day|the{_SP}+end"
    rf"{_SP}+of{_SP}+(?:the{_SP}+)?(?:day|week|month))(?:{_SP}+(?:morning|afternoon|evening|"
    rf"night))?\b,?{_SP}+)?")


def _past_fronted(text: str, ss: int) -> int:
    """The sentence's start when ``ss`` opens its main clause after a fronted phrase ("In a
    statement on Monday, the regulator said"), so "the sentence before" is the one before
    the whole sentence; else ``ss``."""
    from ..speech.speakers import sentence_start

    if not _mid_sentence(text, ss):
        return ss
    st = sentence_start(text, max(0, ss - 400), ss)
    return st if _FRONTED_PHRASE_RE.fullmatch(text, st, ss) or \
        _WHEN_OPENER_RE.fullmatch(text, st, ss) else ss


def _mid_sentence(text: str, pos: int) -> bool:
    """True when ``pos`` opens a clause inside a sentence, not the sentence itself."""
    from ..speech.speakers import sentence_start

    return sentence_start(text, max(0, pos - 400), pos) < pos and \
        text[max(0, pos - 300):pos].strip()[-1:] not in ("", ".", "!", "?", "\n")


def _study_named_by(subject: str, studies: list[tuple[int, int, str | None, str, str]],
                    at: int) -> Source | None:
    """The study a lower-case subject names by its words ("Final aerial survey results"
    is the aerial survey the text names elsewhere), or None when it names no study."""
    words = {w.lower().strip(",.’'") for w in subject.split()}
    if not words & STUDY_NOUNS and not words & {"results", "findings", "survey", "surveys"}:
        return None
    best: tuple[int, tuple[int, int, str | None, str, str]] | None = None
    for st in studies:
        shared = len(words & {w.lower().strip(",.’'") for w in st[3].split()})
        if shared >= 2 and (best is None or shared > best[0]):
            best = (shared, st)
    if best is None:
        return None
    a, _b, org, label, sid = best[1]
    return Source(org or label, "organisation" if org else "study", None, "study", at, sid)


#: Adverbs between a subject and its verb that end in no "-ly" ("The Archbishop of York
#: meanwhile says"): no noun of the subject's phrase.
_SENTENCE_ADVERBS = frozenset("meanwhile instead too though however alone today tonight "
                              "yesterday likewise nonetheless nevertheless therefore "
                              "separately recently already again soon often never always "
                              "sometimes once twice".split())
#: Words that open a sentence before its comma and name nothing ("Elsewhere, the union
#: claimed"): :data:`_SENTENCE_ADVERBS` and the others a sentence opens with (general
#: English; those in -ly are read by their ending).
_OPENING_ADVERBS = _SENTENCE_ADVERBS | frozenset(
    "elsewhere overall still now then later earlier moreover furthermore besides otherwise "
    "thus indeed also yet even here there abroad afterwards alternatively meantime "
    "regardless anyway together nationwide worldwide overnight lastly next first second "
    "third".split())
#: Words between a subject and its verb that are no noun: "McAuliffe has said" names
#: McAuliffe; "Final figures found" does not name "Final".
_AUX_AFTER_SUBJECT = frozenset(
    "has had have having was is are were be been would will could can may might must "
    "should shall did does do also later earlier now then again once still first "
    "previously last who which that and or but himself herself itself themselves "
    "yesterday today".split())
#: Figures or data as a sentence's subject, with who published them: "Final figures
#: published by the ministry found", "New data released by X show".
#: The verb a data set's subject governs: "(data from the organisers) show", "found".
_DATA_VERB_RE = re.compile(rf"{_SP}+(?:show|shows|showed|suggest|suggests|suggested|found|"
                           rf"find|finds|put|puts|reveal|reveals|revealed|indicate|indicates|"
                           rf"indicated|record|records|recorded)\b")
_PUBLISHED_BY_RE = re.compile(
    rf"{_SP}*(?:[{UP}][a-z]+{_SP}+|[Tt]he{_SP}+)?(?:[a-z]+{_SP}+){{0,2}}(?:[Ff]igures|[Dd]ata|"
    rf"[Rr]esults|[Nn]umbers|[Ss]tatistics|[Ee]stimates|[Ff]indings|[Ii]magery|[Ii]mages|"
    rf"[Rr]ecords|[Cc]ounts|[Dd]ocuments|[Bb]riefings|[Ff]ilings|"
    # (papers and reports only as published by someone: "Reports from Kelby said" are
    # reports of what happened there)
    rf"(?=(?:[Pp]apers|[Rr]eports|[Mm]inutes){_SP}+(?:published|released|compiled|issued|"
    rf"produced){_SP})[A-Za-z]+)"
    rf"{_SP}+(?:(?:published|released|compiled|issued|"
    rf"produced|gathered|collected|analy[sz]ed|processed){_SP}+"
    rf"(?:(?:on|in|last|this){_SP}+[{UP}a-z]+{_SP}+)?)?"
    rf"(?:by|from){_SP}+")


_WRITTEN_BY_RE = re.compile(
    rf"^{_SP}*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir){_SP}+(?:[a-z-]+{_SP}+){{0,3}}[a-z]+"
    rf"(?:{_SP}+(?:for|of|on|about){_SP}+[^,;]{{1,60}})?,{_SP}*(?:{document_verbs()})"
    rf"{_SP}+by{_SP}+"
    rf"(?:(?:its|the|their){_SP}+[a-z]+,{_SP}+)?(?P<by>(?:the{_SP}+)?{_CAP_TOKEN}"
    rf"(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}}),{_SP}*$")
#: A document as the subject, with its maker after "by" and no comma before it: "A
#: techno-economic appraisal by the Central Electricity Authority (CEA), reviewed by this
#: newspaper, put", "An open letter signed by 41 senior clinicians at Middlemore, sent to
#: the minister, said". The maker: a name, or a group of people (a plural noun).
#: The head nouns of an office or a body named in lower case: "the state comptroller", "the
#: city auditor", "the county health department".
_OFFICE_HEADS = "|".join(sorted({*ORG_NOUNS, *PERSON_ROLES, "comptroller", "auditor",
                                 "auditor-general", "ombudsman", "regulator", "watchdog"},
                                key=len, reverse=True))
_DOC_BY_RE = re.compile(
    rf"^{_SP}*(?:[Tt]he|[Aa]n?)(?:{_SP}+(?![a-z]+ed\b)[a-z][\w-]*){{1,3}}{_SP}+"
    rf"(?:(?:{document_verbs()}){_SP}+)?by{_SP}+"
    rf"(?P<by>(?:the{_SP}+)?{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+)"
    rf"{_CAP_TOKEN}){{0,9}}"
    rf"|(?:\d[\d,]*{_SP}+)?(?:[a-z][\w-]*{_SP}+){{0,2}}[a-z]+s(?:{_SP}+(?:at|from|of|in)"
    rf"{_SP}+{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}})?"
    # "An audit by the state comptroller": an office the text names by what it is
    rf"|the{_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}(?:{_OFFICE_HEADS}))"
    rf"(?:{_SP}*\([{UP}]{{2,8}}\))?(?:,[^,;]{{1,140}},)?{_SP}*(?:[a-z]+{_SP}+){{0,2}}$")
_BY_NEXT_RE = re.compile(rf"{_SP}+by\b")
#: Verbs of handing over that report a figure when their object is one: "had given a
#: coverage figure of", "sent an updated count from its dashboard:".
_HANDED_OVER = frozenset("given sent supplied provided".split())
#: ... that object.
_GIVEN_FIGURE_RE = re.compile(
    rf"{_SP}+(?:an?|the|its|their|his|her){_SP}+(?:[a-z-]+{_SP}+){{0,2}}?(?:figure|estimate|"
    rf"number|count|total|tally|rate|toll){_SP}+(?:of|at|as|from){_SP}")
#: "Its Health Records System (HRS) data", "their Annual Crime Survey figures": a possessive
#: pronoun, a name in capitals (with its initials), then a measure noun.
_OWNED_NAMED_RE = re.compile(
    rf"{_SP}*(?:[Ii]ts|[Tt]heir){_SP}+(?:[{UP}][\w-]*{_SP}+){{1,6}}(?:\([{UP}0-9]{{2,10}}\){_SP}+)?"
    rf"(?:[a-z]+{_SP}+)?(?:{'|'.join(sorted(MEASURE_NOUNS))})\b")
#: A subject that is bodies' estimates: "The WHO and UNICEF estimates of national coverage
#: for 2024, released on 15 July,", "Eurostat figures"; the names, then a measure noun, what
#: it is of, and a participle clause saying when or how it came out.
_NAMED_MEASURE_SUBJECT_RE = re.compile(
    rf"{_SP}*(?:[Tt]he{_SP}+)?(?P<names>{_CAP_TOKEN}(?:{_SP}+(?:and|&){_SP}+{_CAP_TOKEN}"
    rf"|{_SP}+{_CAP_TOKEN}){{0,5}})(?:[’']s?)?{_SP}+(?:[a-z]+{_SP}+){{0,2}}"
    rf"{_BODY_MEASURE}"
    rf"(?:{_SP}+(?:\([^()]{{1,40}}\)|[a-z][\w-]*|\d{{4}})){{0,10}}?"
    rf"(?:,{_SP}+(?:released|published|issued|compiled|updated|produced|announced)\b"
    rf"[^,]{{0,60}},)?{_SP}*$")
_OF_NEXT_RE = re.compile(rf"{_SP}+of\b")
#: "(notes) that", "(told reporters on Monday) that": a reported clause after its verb.
_THAT_NEXT_RE = re.compile(rf"(?:{_SP}+[\w’'-]+){{0,4}}?{_SP}+that{_SP}+")
#: A body's head noun: after "statistics" it makes "the statistics agency", a body.
_ORG_HEAD = rf"(?:{'|'.join(sorted(ORG_NOUNS, key=len, reverse=True))})\b"
#: The rest of a participle clause set off by commas: ", released on 15 July,".
_PARTICIPLE_CLAUSE_END_RE = re.compile(r"(?:[^,.;:]|\b[ap]\.m\.){0,60},")  # ("at 6 p.m.,")
#: A sentence that opens with a preposition's phrase ("In an update issued ...,").
_OPENING_PREP_RE = re.compile(rf"{_SP}*(?:In|On|At|Under|Through|With|From){_SP}+(?:an?|the|its|"
                              rf"their|his|her){_SP}")
#: A participle with its agent or its time inside an aside: "commissioned by", "released in".
_PARTICIPLE_BEFORE_RE = re.compile(
    rf"\b(?:[a-z]+(?:ed|en)|paid|made|led|run|done|held|kept|set|put|sent)"
    rf"(?:{_SP}+(?:for|up|out))?{_SP}+(?:by|in|on|at|for|last)\b")
#: (and the one inside an apposition: "PowerMap Tolly, a volunteer site that tracks fault
#: reports, estimates" says its figure by "estimates", not by the noun "reports")
_REL_CLAUSE_RE = re.compile(r",[ \u00a0]*(?:(?:an?|the)[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){1,4}?"
                            r"(?=that\b))?(?:who|whose|which|that)\b[^,;]{1,140},")
#: A participle aside set off by commas right before a reporting verb: ", built from
#: ticket sales and passenger counts, estimates" (commas of a list inside it).
_PARTICIPLE_ASIDE = rf",{_SP}+[a-z]+(?:ed|en|lt|wn|nt|ing){_SP}+[^;.:]{{1,160}}?,{_SP}*"
_PARTICIPLE_ASIDE_RE = re.compile(rf"{_PARTICIPLE_ASIDE}(?=(?:{_SAYS})\b)")


#: The verbs by which a work gives its figure: "A new study put the rate at", "found
#: that", "It concluded" (the extraction's one list: :mod:`.studies` reads a study's
#: figure by them, :data:`_FINDS_RE` what "it" found).
FINDING_VERBS = ("put", "puts", "found", "finds", "show", "shows", "showed", "estimated",
                 "estimates", "concluded", "concludes", "suggest", "suggests", "suggested",
                 "counted", "counts", "calculated", "calculates", "reckons", "reckoned")
#: A study's finding verb after "It": "It found", "It estimates", "It concluded that" (and
#: what a record or a register does: "It recorded", "It reports").
_FINDS_RE = re.compile(
    rf"{_SP}+(?:also{_SP}+)?(?:"
    + "|".join(sorted({*FINDING_VERBS, "find", "recorded", "records", "reported", "reports"},
                      key=len, reverse=True)) + r")\b")


#: Words between a subject and its verb of saying that are neither ("The mayor has since
#: said", "the agency had also put"): auxiliaries and adverbs of time.
_SUBJECT_TAIL = _AUXILIARIES | frozenset("since again already now still then later".split())
#: A phrase of the means or the basis a sentence opens with, to its comma: "Using toll
#: records, she ...", "Based on the council's reports, the group ...", "Working from
#: satellite images, they ..." (a participle or preposition of method, then its object).
_MEANS_OPENER_RE = re.compile(
    rf"^[\s\"“‘']*(?:Using|Working{_SP}+(?:from|with)|Drawing{_SP}+on|Based{_SP}+on|"
    rf"Relying{_SP}+on|Going{_SP}+(?:by|on)|Judging{_SP}+(?:by|from)|Combining|Comparing|"
    rf"Extrapolating{_SP}+from|Starting{_SP}+from|Building{_SP}+on|Counting{_SP}+from|"
    rf"Looking{_SP}+at|On{_SP}+the{_SP}+basis{_SP}+of|From)"
    rf"{_SP}+[^,;:.!?\n“”\"]{{3,120}},{_SP}+")


#: A subject that opens with a determiner, then the words of a description: "the chief
#: counting officer", "a senior economist" (each word a job's word may be; the name set
#: beside it is speech's :func:`~provenance.speech.speakers.name_apposed`).
_DESCRIBED_LEAD_RE = re.compile(rf"{_SP}*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\b")
_LEAD_WORD_RE = re.compile(rf"{_SP}+([a-z][\w-]*)")


def _apposed_to_role(text: str, at: int, zone: str, hi: int) -> tuple[str, int] | None:
    """(name, its offset in ``zone``) of the person a subject describes by a job and then
    names between commas, up to the verb at ``hi``: "the chief counting officer of the
    Quarley Electoral Commission, Mina Dunlow-Shaw, said" (never a voice: "A representative
    of the Fisheries Board, Mara Quist, said" speaks for the body)."""
    lead = _DESCRIBED_LEAD_RE.match(zone)
    if lead is None:
        return None
    pos = lead.end()
    for _ in range(4):
        wm = _LEAD_WORD_RE.match(zone, pos)
        if wm is None:
            return None
        pos, role = wm.end(), wm.group(1)
        if role in _SPOKES_HEADS:
            return None
        if role in PERSON_ROLES or actor_noun(role):
            apposed = name_apposed(text, at + pos, hi)
            if apposed is not None and zone.rstrip(" \u00a0").endswith(f"{apposed[0]},"):
                return apposed[0], zone.rfind(apposed[0])
    return None


def _named_with_head(text: str, noun: str, pos: int) -> tuple[int, str] | None:
    """(start, name) of the last name of two words or more before ``pos`` (within a few
    paragraphs) that ends in ``noun`` as a capitalised word ("Drennock Valley Fire
    District" for "the district"), and is no person's."""
    found = None
    for m in PROPER_RE.finditer(text, max(0, pos - 2500), pos):
        name = clean_source(m.group(0))
        words = name.split()
        if len(words) >= 2 and words[-1].casefold() == noun and not _person_like(name):
            found = (m.start(), name)
    return found


#: A restrictive relative clause whose subject is a name, up to its verb: "(the customer
#: base) that Brightwire reported" (group ``lead``: the word before "that").
_NAMED_REL_RE = re.compile(
    rf"\b(?P<lead>[a-z]+){_SP}+(?P<that>that|which){_SP}+(?:the{_SP}+)?{_CAP_TOKEN}"
    rf"(?:{_SP}+{_CAP_TOKEN}){{0,3}}{_SP}+(?:had{_SP}+|has{_SP}+)?[a-z]+ed\b")
#: A document as a subject, then a reduced relative clause naming who made it: "A preprint
#: paper her group posted last week", "The report the ministry published in May".
_MADE_BY_REL_RE = re.compile(
    rf"{_SP}*(?:[Aa]n?|[Tt]he){_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}?"
    rf"(?:paper|preprint|study|report|survey|analysis|review|model|audit|assessment|census|"
    rf"count|estimate|projection|submission|briefing|note|statement|bulletin|memo|document|"
    rf"release|update|letter|summary|notice|presentation|dashboard){_SP}+"
    rf"(?:(?:that|which){_SP}+)?(?P<maker>(?P<pron>[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)(?:{_SP}+(?:own{_SP}+)?(?:group|team|"
    rf"lab|laboratory|unit|researchers|staff))?|[Tt]he{_SP}+[a-z]+|{_cap_name(4)}){_SP}+"
    rf"(?:had{_SP}+|has{_SP}+)?(?:posted|published|released|issued|produced|prepared|"
    rf"compiled|commissioned|ran|wrote|filed|submitted|sent|circulated|presented)\b")


def _relative_maker(text: str, made: re.Match[str], at: int, people: Sequence[PersonLike],
                    mentions: _Mentions) -> Source | None:
    """Who :data:`_MADE_BY_REL_RE` says made the document: "her group" is the woman the
    sentence before names; "its" the body; a name or "the ministry" as read."""
    start = at + made.start("maker")
    pron = (made.group("pron") or "").lower()
    if pron in ("her", "his"):
        named = _pronoun_person(text, start, people, mentions, "she" if pron == "her" else "he")
        if named is not None:
            named.how = "pronoun"
        return named
    if pron in ("its", "their"):
        body = mentions.last(start, "organisation", within=800)
        return Source(body[1], "organisation", None, "pronoun", body[0]) if body else None
    maker = made.group("maker")
    if maker[:4].lower() == "the ":
        named_ = _body_named(text, start, maker.split()[-1].lower())
        if named_ is None and (got := mentions.last(start, "organisation",
                                                     maker.split()[-1].lower())) is not None:
            named_ = Source(got[1], "organisation", None, "pronoun", got[0])
        return named_ if named_ is not None else (
            Source(maker[4:], "generic", None, "subject", start + 4)
            if maker.split()[-1].lower() in ORG_NOUNS else None)
    return _make_source(maker, people, "subject", start, mentions.full_names)


#: A measure, the body it is from set beside it, then a copula: "The best available
#: estimate, from the statistics office, is", "The latest figure, according to the
#: ministry, stands at".
_MEASURE_FROM_IS_RE = re.compile(
    rf"[\s“\"]*(?:(?:But|And){_SP}+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?){_SP}+"
    rf"(?:[a-z][\w-]*{_SP}+){{0,3}}(?:{'|'.join(sorted(MEASURE_NOUNS))}),{_SP}+"
    rf"(?:from|by|according{_SP}+to){_SP}+(?P<src>[^,;:.!?]{{3,80}}),{_SP}+"
    rf"(?:is|was|are|were|stands{_SP}+at|stood{_SP}+at|comes{_SP}+to|came{_SP}+to)"
    rf"(?:{_SP}+(?:now|still|just|only))?{_SP}*")
#: A determiner and adjectives right before a word: "The best available ", "its latest
#: official " (adjectives by their endings or a short list), so the word is a noun.
_ADJECTIVES_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er|[Oo]ur)"
    rf"(?:{_SP}+(?:[a-z]+(?:able|ible|al|ous|ive|ic|est|ful|less|ary|ed)|best|new|first|last|"
    rf"own|latest|current|final|early|initial|previous|rough|higher|lower|real|true)){{1,3}}"
    rf"{_SP}+$")


#: A subject named by its kind in lower case, then a present participle's phrase up to
#: the verb with no comma: "A union representing dock workers at the Port of Kelby",
#: "The group monitoring the river" (group ``np``: the kind; ``ing``: the participle).
_KIND_DOING_RE = re.compile(
    rf"[\s“\"]*(?P<np>(?:[Aa]n?|[Tt]he){_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,2}}[a-z]{{3,}})"
    rf"{_SP}+(?P<ing>[a-z]{{3,}}ing)\b[^,;:.!?“”\"()]{{0,120}}{_SP}+")
#: Words in -ing that are no participle after a kind ("the polling company", "the
#: building": nouns and adjectives of a name).
_NOT_DOING = frozenset("during thing nothing something anything everything morning evening "
                       "building king ring spring string wing ceiling".split())


#: What a firm is called by what it does, after where it is based ("the Brennøy-based
#: farmer", "the Toronto-listed miner"): a general lexicon of trades a firm has (never a
#: profession only people have: "biologist", "economist").
_FIRM_DESCRIPTIONS = frozenset(
    "farmer miner maker manufacturer producer retailer lender insurer carrier airline "
    "operator developer builder supplier processor exporter importer grower brewer "
    "chain giant group firm company conglomerate shipper distributor refiner "
    "broadcaster publisher carmaker automaker drugmaker chipmaker".split())
#: A body described by where it is based or listed and what it does: "The Brennøy-based
#: farmer", "the Toronto-listed miner" (group ``head``: what it does).
_PLACED_BODY_RE = re.compile(
    rf"{_SP}*[Tt]he{_SP}+(?:{_PLACE_ADJECTIVE_RE.pattern}{_SP}+)+(?:[a-z][\w-]*{_SP}+){{0,2}}"
    rf"(?P<head>[a-z][\w-]*){_SP}*")
#: A method after "by", no agent: a gerund of reckoning (general English: "estimated by
#: counting police lines", "by comparing photographs") or any gerund with its object's
#: determiner ("calculated by adding the ministry's total").
_METHOD_AGENT_RE = re.compile(
    rf"(?:[a-z]+ing{_SP}+(?:the|a|an|its|their|his|her|our|these|those)\b|"
    r"(?:counting|comparing|adding|using|analysing|analyzing|combining|extrapolating|"
    r"multiplying|subtracting|sampling|surveying|checking|matching|modelling|modeling|"
    r"scaling|summing|totalling|totaling|averaging)\b)")
#: A lower-case word after a name: "The Fair Deal coalition" (group 1).
_NEXT_WORD_RE = re.compile(rf"{_SP}+([a-z]+)\b")
#: Whom a voice speaks for, people of a kind: "(A spokesman) for the organisers" (group
#: 1; never a possessive's owner: "for the farmers' union").
_FOR_THE_PEOPLE_RE = re.compile(rf"{_SP}+(?:for|of){_SP}+the{_SP}+([a-z]+)\b(?![’'])")
#: A firm's legal form as its name's last word: "Nordvik Havbruk AS", "Brandt AG".
_LEGAL_FORM_RE = re.compile(r"(?:[A-Z]{2,3}|GmbH|ASA)")
#: What a body says things in, as a phrase a sentence opens with: "In a statement issued
#: on Monday, it said" (the participle is the statement's, not the sentence's verb).
_STATEMENT_NOUNS = frozenset("statement release note letter email e-mail memo notice "
                             "briefing post filing submission announcement".split())


#: The subject a clause opens with: a name ("Tri-Valley said") or a body's kind, with or
#: without "the" ("county puts it at", "the union said"; group "kind").
_CLAUSE_SUBJECT_RE = re.compile(
    rf"{_SP}*(?P<who>(?:[Tt]he{_SP}+)?(?:(?P<kind>[a-z][a-z-]+)\b|"
    rf"(?!(?:A|An|The|It|That|This|Its|Their|These|Those|But|And)\b)[{UP}]))")
_CLAUSE_SUBJECT_KINDS = BODY_KINDS | frozenset(GENERIC_SOURCES)


def _subject_source(text: str, ss: int, pos: int, people: Sequence[PersonLike],
                    mentions: _Mentions, studies: list[tuple[int, int, str | None, str, str]],
                    prev: Source | None) -> Source | None:
    """The subject of a reporting or measuring verb that governs ``pos``."""
    semi = text.rfind(";", ss, pos)
    clause = _CLAUSE_SUBJECT_RE.match(text, semi + 1, pos) if semi >= 0 else None
    if clause is not None and (clause.group("kind") is None or
                               clause.group("kind").lower() in _CLAUSE_SUBJECT_KINDS):
        # (a clause after a semicolon that opens on a name or a body has a subject of its
        # own: "Co-op says 18,000 still without power; county puts it at 31,000"; not
        # "...; an update published in June raised that to 13.5 minutes")
        ss = clause.start("who")
    head = text[ss:pos]
    pm0 = _PUBLISHED_BY_RE.match(head)
    if pm0:
        # "Final figures published by the Housing Ministry found ...": who published them
        vm_ = _DATA_VERB_RE.search(text, ss + pm0.end(), pos)  # (the name up to its verb)
        src = _np_or_kind(text, ss + pm0.end(), vm_.start() if vm_ else pos, people, mentions,
                          "by")  # (or a body by its kind: "Figures from the ministry show")
        if src is not None and src.kind == "person" and src.person_id is None and \
                not _person_like(src.name):
            # "Satellite imagery analysed by Orbis Earth": who analyses data is a body
            # unless a given name or a title says it is a person
            src = Source(src.name, "organisation", None, src.how, src.start)
        if src is not None and (src.kind in ("organisation", "person") or
                                src.kind == "generic" and
                                src.name.lower().split()[-1] in GENERIC_SOURCES):
            return src  # ("Ticket sales data from the organisers show": theirs)
    verb = None
    prev_word = ""
    # "X, whose 2022 figures are still cited in the budget, put it at": no verb inside
    relative = [(m.start(), m.end()) for m in _REL_CLAUSE_RE.finditer(head)]
    # "Its report, built from headcount and customer counts, estimates": a participle aside
    # before the verb holds no verb of the sentence
    relative += [(m.start(), m.end()) for m in _PARTICIPLE_ASIDE_RE.finditer(head)]
    # "Using ferry manifests and toll records, she estimates": a phrase of the means the
    # sentence opens with holds no verb of it ("records" there is a noun)
    relative += [(m.start(), m.end()) for m in _MEANS_OPENER_RE.finditer(head)]
    # "The report the agency published in May puts": the reduced relative's verb is not
    # the sentence's
    relative += [(mm.start("maker"), mm.end()) for mm in (_MADE_BY_REL_RE.match(head),) if mm]
    # "using the smaller customer base that Brightwire reported to investors": a noun's
    # restrictive relative clause, its verb no verb of the sentence (never "said that
    # Brightwire reported", a saying's complement)
    relative += [(rm.start("that"), rm.end()) for rm in _NAMED_REL_RE.finditer(head)
                 if rm.group("lead").lower() not in REPORT_VERBS]
    for vm in re.finditer(r"[\w’'-]+", head):
        w = vm.group(0)
        if w in REPORT_VERBS and (relative and any(a < vm.start() < b for a, b in relative) or (
                w.endswith(("en", "ed")) and _BY_NEXT_RE.match(head, vm.end()))):
            continue  # (", written by its maker,": a participle; its subject is no source)
        if w.endswith(("ed", "en")) and w in REPORT_VERBS and (
                head[:vm.start()].rstrip(" \u00a0").endswith(",") or
                prev_word in STUDY_NOUNS or
                # ("In an update issued late on Tuesday, the office raised": a document's
                # participle inside the phrase the sentence opens with)
                (prev_word in _OWNED_DOC_HEADS | _STATEMENT_NOUNS and
                 _OPENING_PREP_RE.match(head) is not None and
                 "," not in head[:vm.start()]) or
                (prev_word == "and" and _PARTICIPLE_BEFORE_RE.search(
                    head, head.rfind(",", 0, vm.start()) + 1, vm.start()))) and \
                _PARTICIPLE_CLAUSE_END_RE.match(head, vm.end()):
            # ("..., in a study commissioned by traders and published in March, said": a
            # second participle of the aside, joined to the first by "and")
            # "The WHO estimates, released on 15 July, put", "The Red Cross, in a report
            # released Monday, estimated": a participle clause, not the verb
            prev_word = w.lower()
            continue
        if w.endswith(("ed", "en")) and w in REPORT_VERBS and prev_word in ("a", "an"):
            prev_word = w.lower()
            continue  # "In a written reply last week, the ministry put": a participle after
            # an indefinite article describes its noun ("a revised estimate"), no verb
        if w in REPORT_VERBS and re.search(r"\d[ \u00a0]+$", head[max(0, vm.start() - 3):
                                                                vm.start()]) and \
                not _NUMBERED_NAME_END_RE.search(head, 0, vm.start()):
            prev_word = w.lower()
            continue  # "schools in 12 states and found": a noun after its number
        if w in _NOUNISH and _ASIDE_THEN_VERB_RE.match(head, vm.end()):
            prev_word = w.lower()
            continue  # "Its condition report, released in January, rates": a noun
        if w in _NOUNISH and _ADJECTIVES_BEFORE_RE.search(head, 0, vm.start()):
            prev_word = w.lower()
            continue  # "The best available estimate, from the statistics office, is": a
            # noun after its determiner and adjectives, no verb
        if w in _NOUNISH and head[:vm.start()].rstrip(" \u00a0").endswith(("”", '"')):
            prev_word = w.lower()
            continue  # "its “Ferry Economics” report": the noun a title in quotes names
        if w in _NOUNISH and _OF_NEXT_RE.match(head, vm.end()) and \
                not prev_word.endswith(_POSSESSIVE_ENDS):
            prev_word = w.lower()
            continue  # "the WHO and UNICEF estimates of coverage": a noun, with its "of"
        # (after a possessive it is read on as a verb, whose subject is the owner: "The
        # mayor's claims of 75 deaths were rejected" is the mayor's figure)
        if w.endswith("ing") and (nx := re.match(rf"{_SP}+([a-z]+)\b", head[vm.end():])) and \
                nx.group(1) in PERSON_ROLES | ORG_NOUNS:
            prev_word = w.lower()
            continue  # "the chief counting officer", "the polling company": a modifier
        if w in ("add", "adds", "added", "adding") and _FIGURE_NEXT_RE.match(text, ss + vm.end()):
            prev_word = w.lower()
            continue  # "the glacier's melt adds 0.04 millimetres a year": a sum, not a saying
        if w in REPORT_VERBS and (prev_word not in _NOUN_LEADS or w not in _NOUNISH) and \
                not (w in _NOUNISH and _OWNER_MODIFIER_BEFORE_RE.search(head, 0, vm.start())
                     and re.match(r"[ \u00a0]*[,;:)]", head[vm.end():])):
            verb = vm
            break
        if w in _RATES_AS and not head[vm.end():].strip(" \u00a0") and \
                _AS_AFTER_RE.match(text, pos):
            verb = vm  # "Its report rates 4,150 kilometres as poor": a verb of judging
            break
        if w in _REACHED_VERBS and \
                not (relative and any(a < vm.start() < b for a, b in relative)) and \
                _VERB_OF_FIGURE_RE.match(head, vm.end()):
            verb = vm  # "Researchers at X, who ..., reached a figure in between: 600"
            break
        if w in _HANDED_OVER and _GIVEN_FIGURE_RE.match(head, vm.end()):
            verb = vm  # "the ministry had given a coverage figure of 92%" (not a gift); "it
            # sent an updated count from its dashboard: 1,462,310" (not a parcel)
            break
        if w in _REVISING_VERBS and _OWN_FORECAST_RE.match(head, vm.end()) and \
                not (relative and any(a < vm.start() < b for a, b in relative)):
            verb = vm  # "The Reserve Bank has cut its forecast for growth to 1.8 per cent"
            break
        if w in _HAS_VERBS and _HAS_AT_RE.match(head, vm.end()) and \
                not (relative and any(a < vm.start() < b for a, b in relative)):
            verb = vm  # "The authority, which keeps the register, has the plant at 1.34
            # million tonnes": a source's figure for its object, as "puts the plant at"
            break
        if w in _POLL_VERBS and _POLL_ON_RE.match(head, vm.start()) and \
                not (relative and any(a < vm.start() < b for a, b in relative)):
            verb = vm  # "Quorrick Insight, which polled online, has the Alliance on 43%"
            break
        prev_word = w.lower()
    if verb is None:
        cf = _MEASURE_FROM_IS_RE.fullmatch(head)
        if cf is not None:
            # "The best available estimate, from the statistics office, is roughly 760":
            # the body the measure is from, which gives it
            src = _np_at(text, ss + cf.start("src"), ss + cf.end("src"), people, mentions,
                         "by")
            if src is not None and src.kind != "person" or (
                    src is not None and src.person_id is not None):
                return src
            words = cf.group("src").split()
            if src is None and words[0] == "the" and words[-1] in ORG_NOUNS:
                # ("from the statistics office": a body in lower case, by its words)
                return Source(" ".join(words[1:]), "generic", None, "by",
                              ss + cf.start("src") + 4)
        return None
    dm_ = _KIND_DOING_RE.fullmatch(head, 0, verb.start())
    doing = head[dm_.end("ing"):verb.start()].split() if dm_ is not None else []
    compound = bool(doing) and (len(doing) <= 2 and doing[-1] in ORG_NOUNS or
                                doing[0] in ORG_NOUNS and doing[1:2] != [] and
                                doing[1][:1].isupper())
    if dm_ is not None and dm_.group("ing") not in _NOT_DOING and \
            dm_.group("np").split()[-1] in ORG_NOUNS | GENERIC_SOURCES and not compound:
        # (never "The city planning department", "the police training college", "The
        # independent monitoring group Vote Watch": a word in -ing inside a body's name)
        # "A union representing dock workers at the Port of Kelby said": the subject is
        # the kind, whatever its participle's phrase names (read as "A union said")
        cut = text[:ss + dm_.end("np")] + text[ss + verb.start() - 1:]
        shift = verb.start() - 1 - dm_.end("np")
        cut_src = _subject_source(cut, ss, pos - shift, people, mentions, studies, prev) or \
            _described_subject(cut, ss, pos - shift, mentions)
        if cut_src is not None and cut_src.start < ss and dm_.group("np")[:1] in "Aa":
            # ("A union representing hospital porters": another one than the union named
            # before; the kind, for the rules that name it from the story)
            return Source(dm_.group("np").split()[-1], "generic", None, "subject",
                          ss + dm_.start("np"))
        return cut_src
    tm = _THAT_NEXT_RE.match(head, verb.end())
    if tm is not None:
        # "The Bank also notes that the Fraud Centre, in its annual statistics, attributes
        # R640m": the figure is the reported subject's, who gives it by a verb of its own
        # (not a pronoun for the outer subject: "X said that it counted" is X's anyway)
        inner = _subject_source(text, ss + tm.end(), pos, people, mentions, studies, prev)
        if inner is not None and inner.how != "pronoun":
            return inner
    subj_zone = head[:verb.start()]
    co = re.search(rf"{_SP}+and{_SP}*$", subj_zone)
    if co is not None:
        # "The 2023 Pantry Survey, run by X, tested 9,800 adults ... and found that": the
        # subject of the first of two verbs joined by "and" (a past verb after the subject
        # or its aside, not the aside's own participle after its comma)
        for v1 in re.finditer(r"\b[a-z]+ed\b", subj_zone, 0):
            if v1.start() >= co.start():
                break
            if any(a < v1.start() < b for a, b in relative) or (
                    subj_zone[:v1.start()].rstrip(" \u00a0").endswith(",") and
                    subj_zone.count(",", 0, v1.start()) % 2 == 1):
                continue  # (the comma that opens an aside, not the one that closes it)
            if not re.search(rf"[{UP}a-z]", subj_zone[:v1.start()]):
                break
            subj_zone = subj_zone[:v1.start()]
            break
    lead = _SUBJECT_RE.match(subj_zone)
    if lead and re.match(r"(?:who|which)\b", subj_zone[lead.end():]):
        lead = None  # "Researchers at King's College London, who ...": no opening phrase
    zone_start = lead.end() if lead else 0
    fronted = _FRONTED_PHRASE_RE.match(subj_zone)
    if fronted is not None and fronted.end() > zone_start and re.fullmatch(
            rf"(?:it|they|he|she){_SP}*", subj_zone[fronted.end():]):
        zone_start = fronted.end()  # (the pronoun after a fronted phrase is the subject)
    time_pro = _TIME_LEAD_PRONOUN_RE.fullmatch(subj_zone)
    if time_pro is not None and time_pro.start(1) > zone_start:
        zone_start = time_pro.start(1)  # "A day later it sent": the pronoun after a phrase
        # of time with no comma is the subject
    fronted_np = _FRONTED_THEN_NP_RE.fullmatch(subj_zone)
    if fronted_np is not None and fronted_np.start("np") > zone_start:
        # "On Monday, before the formal announcement, the company told": the subject after
        # the phrases of time set before it
        zone_start = fronted_np.start("np")
    tail_pro = re.search(rf"(?<=[a-z]){_SP}+(it|they|he|she){_SP}*$", subj_zone)
    if tail_pro is not None and tail_pro.start(1) > zone_start and \
            _PREP_CLAUSE_BEFORE_RE.search(text, max(0, ss - 14), ss) and \
            not re.search(r"\b(?:who|which|that)\b", subj_zone):
        # "(In a statement issued shortly after) the final whistle it put": a pronoun right
        # before the verb is its subject, after the object of the preposition that opened
        # the clause (never "Analysts who follow it put": an object)
        zone_start = tail_pro.start(1)
    colon = subj_zone.rfind(": ", zone_start)
    if colon >= 0 and "“" not in subj_zone[colon:] and '"' not in subj_zone[colon:]:
        # "Kalinadi pumped storage project: Opposition pegs cost at": a headline's label
        # before its colon; the clause after it has the subject
        zone_start = colon + 2
        after_np = _FRONTED_THEN_NP_RE.fullmatch(subj_zone, zone_start)
        if after_np is not None:
            zone_start = after_np.start("np")  # ("...: in February the office published")
    zone = subj_zone[zone_start:]
    placed = _PLACED_BODY_RE.fullmatch(zone)
    if placed is not None and not re.search(r"-born\b", zone):
        # "The Brennøy-based farmer said": a firm described by where it is based or listed
        # and what it does, the one the sentence before opened with, when its name says
        # it is a firm ("Nordvik Havbruk AS") or holds the description's kind ("the
        # Coventry-based union": a Union); never a person ("the Bergen-based biologist")
        head = placed.group("head")
        got = mentions.subject_before(text, ss) or \
            mentions.last(ss + zone_start, "organisation", within=600)
        # (a firm's description that is a body's kind too, "lender", "group", fits either
        # way: "the Cleveland-based lender" is "Midland Trust Bank")
        fits = got is not None and (
            head in ORG_NOUNS and head.capitalize() in got[1].split() or
            head in _FIRM_DESCRIPTIONS and (
                any(fold(w) in COMPANY_WORDS | COMPANY_LAST_WORDS for w in got[1].split()[1:])
                # (a firm's legal form: "Nordvik Havbruk AS", "Tellus SA", "Brandt AG")
                or _LEGAL_FORM_RE.fullmatch(got[1].split()[-1]) is not None))
        if got is not None and fits:
            return Source(got[1], "organisation", None, "pronoun", got[0])
    role_named = _apposed_to_role(text, ss + zone_start, zone, ss + verb.start())
    if role_named is not None:
        # "the chief counting officer of the Quarley Electoral Commission, Mina
        # Dunlow-Shaw, said": the one the description is set beside
        named = _make_source(role_named[0], people, "subject", ss + zone_start + role_named[1],
                             mentions.full_names)
        if named is not None and named.kind == "person":
            return named
    # "Its Health Records System (HRS) data, which count ..., show": a named data set of
    # the body "its" stands for, as "its registry data" is (the pronoun rule below)
    od = _OWNED_NAMED_RE.match(zone)
    if od and _governs(zone[od.end():]):
        got = mentions.last(ss + zone_start, "organisation")
        if got:
            return Source(got[1], "organisation", None, "pronoun", got[0])
    # "The WHO and UNICEF estimates of national coverage for 2024, released on 15 July,
    # put": the bodies whose estimates (figures, data) are the subject
    nm = _NAMED_MEASURE_SUBJECT_RE.match(zone)
    if nm:
        names = clean_source(nm.group("names"))
        parts = re.split(rf"{_SP}+(?:and|&){_SP}+", names) if names else []
        if parts and all((is_org(n) or n.isupper() and len(n) > 1) and not _not_a_name(n)
                         for n in parts):  # (an initialism: "A volunteer tally" is none)
            return Source(names, "organisation", None, "subject",
                          ss + zone_start + nm.start("names"))
    # "The Red Cross, in a report released Monday, estimated": the body, whose report it is
    im_ = _NAME_IN_REPORT_RE.match(zone)
    if im_:
        name = clean_source(im_.group("name"))
        sid_ = next((x[4] for x in studies if ss + zone_start + im_.end("name") <= x[0] <
                     ss + verb.start()), None)
        if name and is_org(name) and not _not_a_name(name):
            return Source(name, "organisation", None, "subject",
                          ss + zone_start + im_.start("name"), sid_)
    # "A preprint paper her group posted last week puts": the maker a reduced relative
    # clause names for the document that is the subject
    made = _MADE_BY_REL_RE.match(zone)
    if made and _governs(zone[made.end():]):
        maker = _relative_maker(text, made, ss + zone_start, people, mentions)
        if maker is not None:
            return maker
    # a study or survey as subject: "a new survey ... shows", "New Study Says" (not one in
    # the phrase the sentence opens with: "In a research note on Tuesday, she put ...")
    # ("The city's own auditor, in a report released Tuesday, estimates": the report in
    # the aside after the subject is the subject's, which the rules below read)
    aside = _IN_REPORT_ASIDE_RE.search(zone)
    in_aside = (0, 0)
    if aside is not None and re.search(r"[a-z]", zone[:aside.start()]):
        in_aside = (ss + zone_start + aside.start(), ss + zone_start + aside.end())
        zone = zone[:aside.start()] + " "
    for a, _b, org, label, sid in studies:
        if ss + zone_start <= a < ss + verb.start() and \
                not any(x <= a - ss < y for x, y in relative) and \
                not in_aside[0] <= a < in_aside[1]:
            # (not a study a relative clause names: "X, which adds graves to the official
            # counts, put")
            if org:
                return Source(org, "organisation", None, "study", a, sid)
            return Source(label, "study", None, "study", a, sid)
    # "The head teacher of Gorsebrook Academy in Brisholme, Ambrose Tullingham, told": the
    # person set beside their post at a body, who gives the figure (not the body)
    ro = _ROLE_OF_BODY_NAME_RE.match(zone)
    if ro and ro.group("role").lower() in PERSON_ROLES and not is_org(ro.group("name")) and \
            (is_org(ro.group("body")) or len(ro.group("body").split()) >= 2 or
             _person(people, ro.group("name")) is not None):
        # (never "The mayor of Harwick, North Yorkshire, said": a town, then its county)
        named = _person_source(ro.group("name"), people, "subject",
                               ss + zone_start + ro.start("name"))
        if named is not None:
            return named
    # "An independent climatologist, Dr. Maya Roth, said": the name in the apposition
    am = re.match(rf"{_SP}*(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                  rf"(?:{_CAP_TOKEN}{_SP}+){{0,2}}{_CAP_TOKEN}[’']s){_SP}+"
                  rf"(?:[a-z][\w’'-]*{_SP}+){{0,4}}(?P<kind>[a-z][\w-]*),"
                  rf"{_SP}+(?P<the>the{_SP}+)?(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}}),{_SP}*$",
                  zone)
    if am and am.group("kind") in STUDY_NOUNS | MEASURE_NOUNS and \
            re.match(rf"{_SP}*(?:Its|Their|His|Her|Our){_SP}", zone):
        am = None  # "Its report, Beds Behind Closed Doors, estimated": an owned document's
        # title set beside it, no one who gives the figure (the owner does, below; "A rival
        # poll, YouGov, put it at" names the pollster)
    if am and (am.group("kind") in _FIRM_WORDS or am.group("kind") in ORG_NOUNS or
               am.group("kind") == "owner") and not _person(people, am.group("name")):
        # "The mine's owner, Harrow Coal, put ...": a firm, by what the text calls it
        # ("The largest nurses' union, the RCN-Wales, said": its name, after "the")
        return Source(clean_source(am.group("name")), "organisation", None, "subject",
                      ss + zone_start + am.start("name"))
    if am and not am.group("the") and not is_org(am.group("name")):
        named = _person_source(am.group("name"), people, "subject",
                               ss + zone_start + am.start("name"))
        if named is not None:
            return named
    if am and (len(am.group("name").split()) == 1 or is_org(am.group("name"))) and \
            not _person(people, am.group("name")) and not _not_a_name(am.group("name")) and \
            not _time_name(am.group("name")):
        # "A mobility app, RoadLens, puts the figure at": a one-word name (or a body's) in
        # apposition to what the subject is, the subject itself
        return Source(clean_source(am.group("name")), "organisation", None, "subject",
                      ss + zone_start + am.start("name"))
    # "Satellite data from the European Forest Fire Information System show": its source
    dz = re.match(rf"{_SP}*(?:[{UP}][a-z]+{_SP}+)?(?:data|figures|statistics|numbers|records|"
                  rf"estimates|images|readings){_SP}+(?:from|by|of){_SP}+", zone)
    if dz:
        src = _np_at(text, ss + zone_start + dz.end(), ss + verb.start(), people, mentions,
                     "by")
        if src is not None and src.kind == "organisation":
            return src
    # "The product leaflet for Zorvex, written by its manufacturer, Kelvin Pharma, lists":
    # whoever wrote the document
    nw = _NAMED_WORK_BY_RE.match(zone)
    if nw:
        # "The 2021–2022 Pantry Survey, run by the Office of Food Monitoring, found": the
        # named work's maker
        src = _np_at(text, ss + zone_start + nw.start("by"), ss + zone_start + nw.end("by"),
                     people, mentions, "by")
        if src is not None and src.kind == "organisation":
            return src
    wb = _WRITTEN_BY_RE.match(zone)
    if wb:
        by = clean_source(wb.group("by"))
        who = _person(people, by) if not is_org(by) else None
        if by and not _not_a_name(by):
            if who is not None:
                return Source(who.name, "person", who.id, "by", ss + zone_start + wb.start("by"))
            return Source(by, "organisation", None, "by", ss + zone_start + wb.start("by"))
    # "A techno-economic appraisal by the Central Electricity Authority, reviewed by this
    # newspaper, put": the document's maker
    db = _DOC_BY_RE.match(zone)
    if db:
        by, at = db.group("by"), ss + zone_start + db.start("by")
        if by[:1].isupper() or by.startswith("the "):
            src = _np_at(text, at, at + len(by), people, mentions, "by")
            if src is not None and src.kind != "generic":
                return src
            if by.startswith("the ") and by[4:5].islower():
                return Source(" ".join(by.split()[1:]), "generic", None, "by", at + 4)
        else:
            return Source(" ".join(by.split()), "generic", None, "by", at)
    # "The inter-ministerial central team (IMCT) that toured ... has assessed": a body in
    # lower-case words with its initials after them
    acr = re.match(rf"{_SP}*(?:[Tt]he{_SP}+)?(?P<desc>(?:[a-z][\w-]*{_SP}+){{0,4}}[a-z][\w-]*)"
                   rf"{_SP}*\((?P<acr>[{UP}]{{2,8}})\)", zone)
    if acr and acr.group("desc").split()[-1] in ORG_NOUNS and _governs(zone[acr.end():]):
        spelled = acronym_name(text, acr.group("acr"), ss + zone_start)
        if spelled is not None:
            # "the Quarley Electoral Commission ... The commission (QEC) put": the
            # body whose name the initials spell
            return Source(spelled, "organisation", None, "pronoun", ss + zone_start)
        return Source(f"{acr.group('desc')} ({acr.group('acr')})", "organisation", None,
                      "subject", ss + zone_start + acr.start("desc"))
    # "Telecom giant Norvia said", "Cybersecurity firm Sentinel Labs, which analysed ...,
    # told": the body named after its description
    dm_ = _DESCRIBED_BODY_RE.match(zone)
    if dm_ and _governs(zone[dm_.end():]):
        return Source(clean_source(dm_.group("name")), "organisation", None, "subject",
                      ss + zone_start + dm_.start("name"))
    # "Opposition leader Karim Dadash claimed", "Schools minister Claire Dunmore said"
    # ("Union leader Marta Holm, speaking on Thursday, said": the aside after the name)
    tm = _TITLED_RE.match(zone) or _TITLED_RE.match(
        re.sub(rf"{_PARTICIPLE_ASIDE}$", " ", zone))
    if tm and not is_org(tm.group("name")):
        name = clean_source(tm.group("name"))
        who = _person(people, name)
        return Source(who.name if who else name, "person", who.id if who else None,
                      "subject", ss + zone_start + tm.start("name"))
    # "Orchard owner Brann Tealby said", "But bus driver Ana Vennick told": a person named
    # after the words for what they do (a person's noun, :func:`is_person_noun`)
    rn = _ROLE_NAME_RE.match(zone)
    if rn and is_person_noun(rn.group("role").lower()) and not is_org(rn.group("name")) and \
            not any(w[:1].isupper() for w in rn.group("desc").split()[1:]):
        name = clean_source(rn.group("name"))
        who = _person(people, name)
        return Source(who.name if who else name, "person", who.id if who else None,
                      "subject", ss + zone_start + rn.start("name"))
    gm_ = _GROUP_DOING_RE.match(zone)
    if gm_ and gm_.group("g").lower() in GENERIC_SOURCES:
        # "Campaigners fighting to save the X14 bus between Wyke and Hexley say": the
        # people the participle describes, never the last place it names
        return Source(gm_.group("g").lower(), "generic", None, "subject",
                      ss + zone_start + gm_.start("g"))
    # "But residents' group Dry Feet puts the number at", "think tank Civitas Forum said":
    # a body named after what it is, with no article before (a headline-like apposition)
    dn = _KIND_THEN_NAME_RE.match(zone)
    kind_ = (dn.group("head") or dn.group("cap") or "").lower() if dn else ""
    if dn and dn.group("cap") and kind_ not in _CAP_KINDS:
        dn = None  # ("Police Scotland", "Union Pacific", "University College London": a
        # name that opens with a kind's word is that name whole)
    if dn and (kind_ in ORG_NOUNS | BODY_KINDS | _OUTLET_KINDS or (
            kind_ in ("pollster", "analyst", "forecaster") and
            len(dn.group("name").split()) == 1)) and _governs(zone[dn.end():]):
        # ("pollster Vantage": a firm; "pollster Jo Roe" is a person)
        name = clean_source(dn.group("name"))
        if name and not _not_a_name(name) and _person(people, name) is None and \
                not _person_like(name):  # ("Broadcaster Nina Marsh said": a person)
            return Source(name, "organisation", None, "subject",
                          ss + zone_start + dn.start("name"))
    # "The Bristol-based chain reported", "the London-listed firm expects": the firm the text
    # named before, by where it is based or listed (a business page's second name for it)
    bf = _BASED_FIRM_RE.match(zone)
    if bf and _governs(zone[bf.end():]):
        firm = _firm_named_before(text, ss + zone_start, bf.group("place"))
        if firm is not None:
            return Source(firm[1], "organisation", None, "pronoun", firm[0])
    # "The nonpartisan Congressional Budget Office estimated": the name after its adjectives
    # ("The province's Civil Contingencies Office put": a place's body, by its name)
    sm = re.match(rf"{_SP}*(?P<desc>[Tt]he{_SP}+(?:[a-z][a-z-]+(?:[’']s)?{_SP}+){{1,4}}"
                  rf"(?=[{UP}]))?"
                  rf"(?P<name>(?:[Tt]he{_SP}+)?{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|"
                  rf"{_NAME_JOINS})"
                  rf"(?:{_SP}+(?:a|an|the))?{_SP}+|{_SP}+{_NAME_NUMBER}"
                  # ("Local 417 of the Power Workers' Guild": a numbered branch of a body)
                  rf"(?:of{_SP}+(?:the{_SP}+)?)?|{_SP}+|[’']s{_SP}+)"
                  rf"{_CAP_TOKEN}){{0,9}}{_NUMBERED_TAIL})", zone)
    desc_ = (sm.group("desc") or "").split() if sm else []
    if len(desc_) >= 3 and desc_[-1].endswith("ing") and desc_[-2] in ORG_NOUNS:
        sm = None  # "The joint venture building Hallowford's Eastbrook tram extension has
        # raised": the body a participle describes by what it does, not what it acts on
    if sm and _governs(zone[sm.end():]):
        name = _trim_lead(sm.group("name"))
        gen = re.match(rf"{_SP}*((?:[a-z]+{_SP}+){{0,3}}?)([a-z]+)[ \u00a0,]*$", zone[sm.end():])
        voiced = _titled_voice(f"{name} {gen.group(1)}{gen.group(2)}",
                               ss + zone_start + sm.start("name")) if gen and name else None
        if voiced is not None:
            return voiced
        if gen and gen.group(2) in GENERIC_SOURCES and name:
            # "Administration officials said", "Federal and state officials said"
            words = " ".join(f"{name} {gen.group(1)}{gen.group(2)}".split())
            return Source(words, "generic", None, "subject", ss + zone_start + sm.start("name"))
        at = ss + zone_start + sm.start("name")
        tail = zone[sm.end():].split()
        determined = re.match(rf"[Tt]he{_SP}", sm.group(0).lstrip(" \u00a0")) is not None
        if name and determined and len(tail) == 1 and re.fullmatch(r"[a-z]{3,}", tail[0]) \
                and tail[0] not in _AUX_AFTER_SUBJECT and not tail[0].endswith("ly") and \
                tail[0] not in _SENTENCE_ADVERBS and \
                not ({w.lower() for w in name.split()} & (_TITLE_WORDS | PERSON_ROLES)) and \
                tail[0] not in GENERIC_SOURCES and not is_person_noun(tail[0]) and \
                not re.search(r"(?:er|or|ist|ian|boss|lord|lady|chief|head)$", tail[0]) and \
                not is_org(name) and _person(people, name) is None:
            # "The operator of the Kestrel Hill quarry says": the name only says which
            # quarry; the subject is what the noun phrase names, no person called so (never
            # a person's noun after it: "The Leeds landlord says", "the Oscar winner")
            desc_words = (sm.group("desc") or "").split()[1:]
            start = ss + zone_start + (sm.start("desc") + 4 if desc_words else sm.start("name"))
            return Source(" ".join(desc_words + name.split() + tail), "organisation", None,
                          "subject", start)
        # (read on the text, not the zone: what follows the office says it is the subject)
        om = _POSS_OFFICE_RE.match(text, ss + zone_start + sm.end())
        if om and name and len(name.split()) <= 4 and \
                _governs(zone[om.end() - ss - zone_start:]):
            # "Harwich's mayor says": the person holding the office, named where the text
            # names them ("Mayor Ruth Anand"), else the office as written; "The
            # association's regional officer, Kate Dunne, said": the person set beside it
            apposed = name_apposed(text, om.end(), min(len(text), om.end() + 80))
            if apposed is not None:
                who = _person(people, " ".join(apposed[1]))
                return Source(who.name if who is not None else " ".join(apposed[1]), "person",
                              who.id if who is not None else None, "subject",
                              text.find(apposed[0], om.end()))
            return _office_holder(text, om.group("role"), at, people, mentions,
                                  place=name) or Source(
                " ".join(text[at:om.end()].split()), "generic", None, "subject", at)
        if name and len(tail) == 1 and tail[0] in PERSON_ROLES and not is_org(name) and \
                _person(people, name) is None:
            # "Quake damage count disputed as Redfern Springs mayor says close to 3,000": a
            # headline's office by its place, held by whom the story names ("Redfern Springs
            # Mayor Lorraine Tate")
            holder = _office_holder(text, tail[0], at, people, mentions, place=name)
            if holder is not None:
                return holder
        lead = re.match(rf"[Tt]he{_SP}+", text[at:at + 5])
        pos_org = _POSSESSIVE_ORG_RE.match(text, at + (lead.end() if lead else 0))
        if pos_org and name and _governs(text[pos_org.end():ss + verb.start()]):
            # "Portugal's agriculture ministry said": the ministry, not Portugal
            return Source(clean_source(pos_org.group(0)), "organisation", None, "subject",
                          pos_org.start())
        desc = (sm.group("desc") or "").split()
        if name and len(desc) >= 3 and desc[-1] in ("in", "of", "for", "at", "from") and \
                any(w.lower() in ORG_NOUNS for w in desc[1:-1]):
            # "The government delegation in Madrid put attendance at": the delegation
            return Source(" ".join(desc[1:] + [name]), "organisation", None, "subject",
                          ss + zone_start + sm.start("desc"))
        if name and desc and desc[-1].lower() in ORG_NOUNS and not _not_a_name(name):
            # "The independent monitoring group Vote Watch put turnout at": the group's name
            return Source(name, "organisation", None, "subject", ss + zone_start + sm.start("name"))
        if name and name.lower() in GENERIC_SOURCES:
            # "Campaigners at Friends of the Earth said", "Organisers of Saturday's march
            # said": the body they belong to, or the group with what names them
            named = _group_named(name, zone[sm.end():], ss + zone_start + sm.start("name"))
            if named is not None:
                return named
        nxt = re.match(rf"{_SP}+([a-z]+)\b", zone[sm.end():])
        adjective = bool(name) and len(name.split()) == 1 and not is_org(name) and \
            _person(people, name) is None and nxt is not None and \
            nxt.group(1) not in _AUX_AFTER_SUBJECT and not nxt.group(1).endswith("ly")
        named_study = _study_named_by(zone[sm.start("name"):], studies, ss + zone_start) \
            if adjective else None
        if named_study is not None:
            # "Final aerial survey results put ...": a capital that opens a sentence is no
            # name when lower-case words naming a study follow it: that study is the source
            return named_study
        if adjective and name.lower().rstrip("’'s") not in GENERIC_SOURCES and \
                name.lower().rstrip("’'") not in GENERIC_SOURCES:
            name = ""  # "Preliminary results put ...": an adjective, nobody's name
        if name in ("A", "An", "The", "This", "That", "These", "Those"):
            name = ""  # "A volunteer tally put the number at": an article, nobody's name
        if name and len(name.split()) == 1 and (
                fold(name) in TITLE_SET or name.isupper() and len(name) <= 4) and \
                (ap_ := _APPOSED_NAME_RE.match(zone, sm.end())) is not None and \
                not zone[ap_.end():].strip(" \u00a0"):
            # "The MP, Sandra Coyle, said": an office in capitals, then its holder's name
            named = _person_source(ap_.group("name"), people, "subject",
                                   ss + zone_start + ap_.start("name"))
            if named is not None:
                return named
        if name and not _leads(name.split()) and not _not_a_name(name):
            low = name.lower().split()
            if low[-1] in STUDY_NOUNS and len(low) <= 3:
                return Source(name, "study", None, "study", ss + zone_start + sm.start("name"))
            src = _make_source(name, people, "subject", ss + zone_start + sm.start("name"),
                               mentions.full_names)
            if src is not None and src.kind == "person" and src.person_id is None and \
                    any(k in BODY_KINDS and not is_person_noun(k)
                        for k in mentions.kinds.get(name, ())):
                # "Koala Rescue Queensland, a volunteer network of 300 carers, says": the
                # text says what it is, a body
                src = Source(name, "organisation", None, "subject", src.start)
            if src is not None and src.kind == "person" and src.person_id is None and \
                    _WHICH_AFTER_RE.match(zone, sm.end()) and not _given_name(src.name):
                # "Homes First Northfield, which runs a 40-bed night shelter on Canal
                # Street, puts the figure at": "which" is said of a thing (of a person,
                # "who"), so the name is a body's (never a "which" of the clause, "Aroha
                # Ngata, which is how she signs her letters": _WHICH_AFTER_RE)
                src = Source(src.name, "organisation", None, "subject", src.start)
            km_ = _NEXT_WORD_RE.match(zone, sm.end())
            if src is not None and src.kind == "person" and src.person_id is None and \
                    km_ is not None and km_.group(1) in _ONE_WORD_NAME_KINDS and \
                    not _person_like(name):
                # "The Fair Deal coalition, which organised the march, says": a name and its
                # kind in lower case, a body
                src = Source(f"{name} {km_.group(1)}", "organisation", None, "subject",
                             src.start)
            team = _AND_COLLEAGUES_RE.fullmatch(zone, sm.end()) \
                if src is not None and src.kind == "person" else None
            team_body = clean_source(team.group("body") or "") if team is not None else ""
            if team is not None and team_body and is_org(team_body):
                # "Dr Pella Drumgoole and co-workers from the Orrin Institute reported"
                return Source(team_body, "organisation", None, "subject",
                              ss + zone_start + team.start("body"))
            if src is not None and src.kind == "person" and \
                    _TEAM_AFTER_RE.match(zone, sm.end()):
                # "Sarasa's team estimated": the body her team works at, when the text
                # says which ("the report's lead author" of "Researchers at X")
                src = _affiliation(text, src, ss) or src
            if src is not None and src.kind == "generic":
                # "Scientists at the office now estimate", "Engineers there say": the body
                # named before that "the office", "there" stands for
                wm = _WORKERS_AT_RE.match(zone, sm.end())
                got = mentions.last(ss + zone_start, "organisation", wm.group("noun"),
                                    within=800) if wm is not None else None
                if got is not None:
                    return Source(got[1], "organisation", None, "subject", got[0])
            return src
    cb = _COMMISSIONED_RE.match(zone)
    if cb:
        # "A second poll, commissioned by the challenger's campaign, put support at": the
        # one who paid for it
        by = cb.group("by").strip()
        src = _np_at(text, ss + zone_start + cb.start("by"), ss + zone_start + cb.end("by"),
                     people, mentions, "by") if by[:1].isupper() or by.startswith("the ") \
            else None
        return src if src is not None and src.kind != "generic" else Source(
            by, "generic", None, "subject", ss + zone_start + cb.start("by"))
    im = re.match(rf"{_SP}*[Aa]n?(?P<desc>(?:{_SP}+(?!(?:of|at|from|for|in|on|with)\b)"
                  rf"[a-z][a-z-]*(?:(?<=s)[’'])?){{1,4}})(?![\w’'])", zone)
    if im and im.group("desc").split()[-1] in ORG_NOUNS | _FIRM_WORDS and \
            zone[im.end():].strip() and _governs(zone[im.end():]):  # (else "a charity says"
        # is the described subject's, as the words are written)
        # "A third-party committee of outside lawyers ..., whose report ..., estimated": a
        # body the text brings in by what it is (a person so described is _A_ROLE_RE's)
        at_ = _AT_BODY_RE.match(zone, im.end()) \
            if im.group("desc").split()[-1] in ("team", "unit", "group", "panel", "lab") else None
        if at_ is not None and is_org(clean_source(at_.group("body"))):
            # "a team at Carrowmore Technical University put the crowd at": the body the
            # team works at
            return Source(clean_source(at_.group("body")), "organisation", None, "subject",
                          ss + zone_start + at_.start("body"))
        return Source(" ".join(im.group("desc").split()), "organisation", None, "subject",
                      ss + zone_start + im.start("desc"))
    # "Its quarterly “Farm Prices Monitor” report, built from ..., estimates": a title in
    # quotation marks inside the owner's noun phrase is one word of it
    hk = re.fullmatch(rf"{_SP}*([a-z][\w-]*(?:{_SP}+[a-z][\w-]*)?){_SP}*", zone) \
        if colon >= 0 and zone_start == colon + 2 and \
        not _SAYS_RE.search(text, ss + verb.end(), pos) else None
    if hk and (hk.group(1).split()[-1] in ORG_NOUNS | BODY_KINDS or
               hk.group(1).split()[-1] in BODY_NOUN_OF):
        # "Quarry collapse: union says up to 30 trapped": a headline's body by its kind,
        # with no article (which body, the story says below: _described_named_later)
        return Source(" ".join(hk.group(1).split()), "generic", None, "subject",
                      ss + zone_start + hk.start(1))
    masked = _QUOTED_TITLE_RE.sub(lambda q: "q" * len(q.group(0)), zone)
    # (a month before its year, "Its May 2024 report", is a date, a word of the phrase)
    word_ = rf"(?:{_SP}+(?:[a-z]+(?:-[a-z]+)*|{_YEAR_WORD}|" \
        rf"(?:{'|'.join(MONTH_NAMES)})(?={_SP}+{_YEAR_WORD}\b))(?:(?<=s)[’'](?={_SP}+[a-z]))?)"
    pm = re.match(rf"{_SP}*([Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Tt]he{word_}{{1,4}}|"
                  # (a plural possessive inside: "the state sheep breeders' association")
                  # (and a singular one after: "The company's spokesman said" is the company)
                  # ("Its most recent pavement condition report": five words after an owner)
                  rf"(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts){word_}{{1,5}})"
                  rf"(?!\w)(?![’'](?!s\b))", masked)
    if pm and len(pm.group(1).split()) == 5 and pm.group(1)[:1] in "Tt" and \
            (long := _NEXT_LOWER_WORD_RE.match(masked, pm.end())) is not None and \
            long.group("head") in ORG_NOUNS and \
            not set(pm.group(1).lower().split()[1:]) & _JOINS_OF_PHRASE:
        # "The provincial disaster risk reduction office said": a body in lower case of
        # five words, its kind last (not "the architects of the new hospital wing")
        pm = re.match(rf"{_SP}*([Tt]he{word_}{{5}})(?!\w)(?![’'](?!s\b))", masked)
    if pm and re.search(_YEAR_WORD, pm.group(1)) and not (
            pm.group(1).split()[-1].lower() in MEASURE_NOUNS | _OWNED_DOC_HEADS and
            pm.group(1).split()[0].lower() in ("its", "their", "his", "her")):
        pm = None  # (a year inside only in "Its 2022 regional plan": the owner's document)
    place_people = _PLACE_PEOPLE_RE.match(zone, pm.end()) if pm else None
    if pm and place_people and pm.group(1).split()[-1].lower() in _PLACE_NOUNS and \
            place_people.group("who").split()[-1] in _PEOPLE_AT_LARGE and \
            _governs(zone[place_people.end():]):
        # "The county's school nurses say the true figure is nearer two thirds": a place's
        # people at large speak for themselves, not for the place's government (its
        # officials and lawyers, and the company's spokesman, below, are the owner's)
        return Source(" ".join(place_people.group("who").split()), "generic", None, "subject",
                      ss + place_people.start("who"))
    if pm and _governs(zone[pm.end():]):
        word = pm.group(1).lower()
        owner, *rest_words = word.split()
        if owner in ("its", "their", "his", "her") and rest_words and (
                rest_words[-1] in MEASURE_NOUNS | _OWNED_DOC_HEADS or (
                    masked != zone and "q" * 3 in word and rest_words[-1] in STUDY_NOUNS) or (
                    rest_words[-1] in STUDY_NOUNS and owner in ("its", "their") and
                    not any(ss - 1500 < a < ss for a, *_x in studies))):
            # ("Its latest condition report, released in May, rates": no study named before
            # for "its report" to be, so the body's own)
            word = owner  # "Its first estimate ... had put the increase at": the owner's
        elif owner == "its" and len(rest_words) == 1 and \
                rest_words[0] in GENERIC_SOURCES | BODY_PEOPLE and \
                rest_words[0].endswith("s") and rest_words[0] not in _PEOPLE_AT_LARGE and \
                (body := mentions.last(ss + zone_start, "organisation", within=600)) and \
                (is_org(body[1]) or any(k in BODY_KINDS or k in ORG_NOUNS
                                        for k in mentions.kinds.get(body[1], ()))):
            # "Its analysts put the figure at": the body's staff, the body's (a body the
            # text shows is one: never a country's "its scientists")
            word = owner
        if word in _PRONOUNS:
            want = _PRONOUNS[word]
            kind = {"org": "organisation", "person": "person", "any": "any"}[want]
            got = mentions.last(ss + zone_start, kind,
                                pronoun=word if word in ("he", "she") else None)
            opening = (zone_start == 0 and pm.start(1) <= 3) or _WHEN_OPENER_RE.fullmatch(
                text, ss, ss + zone_start + pm.start(1)) is not None or \
                _FRONTED_PHRASE_RE.fullmatch(text, ss, ss + zone_start + pm.start(1)) is not None
            if want == "org" and opening:
                # "The Residential Tenancies Board (RTB), which registers every tenancy in
                # the State, says ... Its first estimate had put": a sentence-opening "it"
                # is the body the sentence before opened with, not the last one it named
                opened = mentions.subject_before(text, ss)
                if opened is not None:
                    got = opened
                elif prev is not None and prev.kind == "organisation" and word == "it" and \
                        _sentence_before_holds(text, ss, prev.start):
                    # "In its bulletin, the office estimated 268,000 visits to the museum.
                    # On Wednesday it revised that estimate": the body whose figure the
                    # sentence before gave, not the last one it named
                    got = (prev.start, prev.name, "organisation")
            if want == "person":
                titled = _person_subject_before(text, ss, people)
                if titled is not None and (got is None or got[0] < titled.start) and \
                        _sex_fits(people, titled, word):
                    return titled  # "Leader of Opposition Nirmala Swain ... She put it at"
                    # (never a "she" for "Mayor Tom Brisk")
                named = _person_named_since(text, ss + zone_start + pm.start(1), people,
                                            word, got, saying=True) \
                    if word in ("he", "she") else None
                if named is not None:
                    # "The agency's incident commander, Priya Nandakumar, said ... She said
                    # the fire had destroyed 37 homes": the person the sentence before
                    # names, though no quotation of hers made her one the engine knows
                    named.how = "pronoun"
                    return named
            at_pron = ss + zone_start + pm.start(1)
            fronted = _FRONTED_CLAUSE_SUBJECT_RE.match(text, ss, at_pron) \
                if word == "it" else None
            if fronted is not None and "," in text[fronted.end("name"):at_pron] and \
                    (fname := _trim_lead(clean_source(fronted.group("name")))) and \
                    not _not_a_name(fname) and _person(people, fname) is None and \
                    not _person_like(fname):
                # "After ClearCount audited 400 publishers, it said": the subject of the
                # clause the sentence opens with is whom the main clause's "it" stands for
                return Source(fname, "organisation", None, "pronoun",
                              fronted.start("name"))
            described = _described_subject_before(text, ss) if want != "person" else None
            if described is not None and (got is None or got[0] < described.start):
                return described  # "The civil protection agency ... It said 225 died."
            if word == "it" and zone_start == 0 and \
                    _FINDS_RE.match(text, ss + zone_start + pm.end()):
                # "The 2023 Ottiline Health Survey tested 5,000 adults. It found ...": a
                # study the sentence before names is what "it" found with, not a body named
                # further back
                from ..speech.speakers import sentence_start

                before = sentence_start(text, max(0, ss - 600), max(0, ss - 1))
                study = next(((a, org, label, sid) for a, _b, org, label, sid in reversed(studies)
                              if before <= a < ss), None)
                if study is not None and (got is None or got[0] < before or (
                        study[1] is not None and study[1] == got[1]) or
                        # ("A survey-based study ..., led by Dr Helga Auldbeck, questioned
                        # 4,812 adults. It found": the study the sentence before opened with)
                        not text[max(before, text.rfind("\n", 0, study[0]) + 1):
                                 study[0]].strip(" \u00a0\"“‘'")):
                    a, org, label, sid = study
                    return Source(org or label, "organisation" if org else "study", None,
                                  "study", a, sid)
            if got:
                who = _person(people, got[1]) if got[2] == "person" else None
                pid = who.id if who is not None else None
                # (the person's name, not the mention's titles: "Associate Professor Ann Roe")
                return Source(who.name if who is not None else got[1], got[2], pid, "pronoun",
                              got[0], _study_naming(studies, got, ss) if word in (
                                  "it", "they") else None)
            if prev is not None and (want == "any" or prev.kind == want or (
                    want == "org" and prev.kind in ("organisation", "study"))) and \
                    _sex_fits(people, prev, word):
                return Source(prev.name, prev.kind, prev.person_id, "pronoun", prev.start,
                              prev.study)
            return None
        # (not "(QEC)": "The commission (QEC) put" is the commission, as named before)
        nouns = [n for n in word.split()[1:] if not n.endswith("ly") and
                 not re.fullmatch(rf"\([{UP}]{{2,8}}\)", n)]
        while nouns and nouns[-1] in _SUBJECT_TAIL:
            nouns.pop()  # "The mayor has said", "the board had also put": the subject's
        verb_at = next((k for k, n in enumerate(nouns) if k and (
            n in _SUBJECT_TAIL or n in _SUBJECT_END_WORDS or n.endswith("ed"))), None)
        if verb_at is not None:
            nouns = nouns[:verb_at]  # ("the group later edited its post to say": the group)
        om_ = _OFFICE_OF_RE.match(masked, pm.end())
        if om_ and nouns and nouns[-1] not in ORG_NOUNS | GENERIC_SOURCES | STUDY_NOUNS and \
                (nouns[-1] not in PERSON_ROLES or len(nouns) >= 2) and word.startswith("the "):
            # "The state demographer's office puts the figure at": that office, a body
            # of its own (not the state; "the mayor's office", a role alone, is the
            # role's)
            name = f"{' '.join(nouns)}{masked[pm.end()]}s {om_.group(1).lower()}"
            return Source(name, "organisation", None, "subject", ss + zone_start)
        for k in range(len(nouns) - 1, -1, -1):  # "the state health department said"
            n = nouns[k]
            if n in ORG_NOUNS or n in GENERIC_SOURCES or n in STUDY_NOUNS:
                nouns = nouns[:k + 1]
                break
        if nouns and nouns[-1] in STUDY_NOUNS:
            for a, _b, org, label, sid in reversed(studies):
                if a < ss:
                    return Source(org or label, "organisation" if org else "study", None,
                                  "study", a, sid)
        if nouns and nouns[-1] in ORG_NOUNS and owner in ("her", "his"):
            # "A report by Auditor General Ana Roe ... Her office estimated": the person
            # "her" stands for, unless a body named after that person is hers ("Jo Lee,
            # economist at the Retail Federation ... Her group estimates")
            hers = _named_person_before(text, ss + zone_start, people, owner)
            got = mentions.last(ss + zone_start, "organisation", within=500)
            if hers is not None and (got is None or got[0] < hers.start):
                return hers
        if nouns and nouns[-1] in ORG_NOUNS and not word.startswith("the "):
            # "Her group estimates": the body last named ("chief economist at the Retail
            # Federation")
            got = mentions.last(ss + zone_start, "organisation", within=500)
            if got:
                return Source(got[1], "organisation", None, "pronoun", got[0])
        if nouns and nouns[-1] in ORG_NOUNS:
            # "the center": the Center named close by; else the last sentence's subject;
            # else the words themselves ("the city")
            got = mentions.last(ss + zone_start, "organisation", nouns[-1], within=500)
            told = [w.strip("’'") for w in nouns[:-1] if w not in _STOP_DESC and
                    w not in _NOT_RATE_WORDS]  # (words of kind, not of place or time)
            if told and got is not None and not any(singular(w) in got[1].lower()
                                                    for w in told):
                # "The state sheep breeders' association puts the number at": words the
                # body of that kind named just before has not (the Hunters' Association),
                # so a body of its own
                return Source(" ".join(nouns), "organisation", None, "subject",
                              ss + zone_start)
            if got is None and len(nouns) >= 2 and nouns[-2] not in _STOP_DESC and \
                    _mid_sentence(text, ss):
                # "..., and the county council said": a new body its words tell apart, not
                # the body the sentence before named (which a sentence opening "The news
                # agency gives ..." goes on about)
                return Source(" ".join(nouns), "organisation", None, "subject",
                              ss + zone_start)
            if got is None and not any(n.endswith(("s'", "s’")) for n in nouns[:-1]) and \
                    (opener := mentions.subject_before(text, _past_fronted(text, ss))) \
                    is not None \
                    and (prev is None or prev.name.casefold() != opener[1].casefold() and
                         prev.start != opener[0] and
                         # (nor its initials in brackets after its name: "Calder Pryce
                         # Joint Venture (CPJV) had put ... The council puts")
                         not 0 <= opener[0] - prev.start <= len(prev.name) + 2 or
                         # ("Administration officials said")
                         _opener_of_kind(text, opener[0], ss + zone_start, nouns[-1])) and \
                    not _of_another_kind(text, opener, ss + zone_start, nouns[-1]):
                # "Associated Press used the ministry's count. The news agency gives ...":
                # the body the sentence before opened with; but not the source of the
                # figure just before unless the text says it is of this kind ("Police say
                # 50 died. The hospital says 60": the hospital answers Police, it is not
                # Police saying it again)
                got = opener
            got = got or mentions.last(ss + zone_start, "organisation", nouns[-1]) or (
                    _firm_before(text, mentions, ss + zone_start)
                    if nouns[-1] in _FIRM_WORDS else None)
            if got and not re.compile(rf"\b[Tt]he{_SP}+{re.escape(' '.join(nouns))}\b"
                                      ).search(text, 0, got[0]):
                # (not where the text spoke of "the zoo" before it named the Zoological
                # Society: "The zoo later said" is the zoo it spoke of)
                return Source(got[1], "organisation", None, "pronoun", got[0])
            beside = named_body(text, nouns[-1], ss + zone_start) if len(nouns) == 1 and \
                nouns[-1] not in _BODY_ANAPHORS else None  # (those: _body_named_before)
            if beside:
                # "the city's tourism office, Visit Saltmarrow, says ... the office
                # estimated": the body the text set beside that kind (speech's rule), by
                # the fullest name the text gives it ("Right to Counsel Network", which
                # speech's run of capitals reads from "Counsel")
                name_ = clean_source(beside)
                name_ = max((n for _st, n, k in mentions.between(0, ss) if k == "organisation"
                             and n.endswith(" " + name_)), key=len, default=name_)
                return Source(name_, "organisation", None, "pronoun", ss + zone_start)
            return Source(" ".join(nouns), "organisation", None, "subject", ss + zone_start)
        if nouns and nouns[-1] in GENERIC_SOURCES:
            return Source(" ".join(nouns), "generic", None, "subject", ss + zone_start)
        if nouns and word.startswith("the ") and nouns[-1].isalpha() and \
                nouns[-1] not in PERSON_ROLES and nouns[-1] not in _EVENT_NOUNS and \
                (headed := _named_with_head(text, nouns[-1], ss + zone_start)) is not None:
            # "the Drennock Valley Fire District ... The district later raised its
            # estimate": the body whose name ends in the word the text now calls it by
            return Source(headed[1], "organisation", None, "pronoun", headed[0])
        if nouns and nouns[-1] in _EVENT_NOUNS and word.startswith("the ") and \
                verb.group(0).lower() in _EVENT_SAYS and not re.search(
                    rf"\b(?:was|were|is|are|been){_SP}+$", zone):
            # "The four-day festival ... had said on Friday that": an event speaks through
            # its organisers (the ones the text names, if it does)
            # (a body, as the festival is: "On Monday it put the total at 189,000" is theirs)
            return Source("organisers", "organisation", None, "subject", ss + zone_start)
        if nouns and nouns[-1] in PERSON_ROLES and word.startswith("the "):
            # "The mayor put the damage at": a person the text names by their office, by
            # name where the text names one holder of it anywhere ("The deputy mayor claims
            # 2,600 ... Deputy Mayor Edric Pardoe-Vance, thanks to you")
            return _post_holder(text, nouns, people, mentions) or Source(
                "the " + " ".join(nouns), "generic", None, "subject", ss + zone_start)
        if nouns and word.startswith("the ") and actor_noun(nouns[-1]) and \
                verb.group(0).lower() not in _THING_VERBS:
            # "The builder put the cost at", "the main contractor said": whoever the text
            # names by what they do (a thing that "showed" is none: "The ledger showed")
            return Source(" ".join(nouns), "generic", None, "subject", ss + zone_start)
        if nouns and word.startswith("the ") and len(nouns) <= 3 and \
                verb.group(0).lower() in _AGENT_SAYS and \
                (not zone[pm.end():].strip() or zone[pm.end():].lstrip().startswith(",")) and \
                nouns[-1] not in _SAID_THINGS | MEASURE_NOUNS | STUDY_NOUNS and \
                nouns[-1].isalpha():
            # "The coastguard put the number of rescues at 41": a noun no lexicon knows, but
            # the subject of a verb only someone does (an aside between: "The diocese,
            # relying on parish registers, puts")
            return Source(" ".join(nouns), "generic", None, "subject", ss + zone_start)
    # "A civil engineering professor who reviewed the plans said": a person described,
    # whom the text names later ("said the professor, Anita Rao")
    dm = _A_ROLE_RE.match(zone)
    if dm and dm.group("role").lower() not in GENERIC_SOURCES and \
            _governs(zone[dm.end():]):
        later = _role_named_after(text, dm.group("role").lower(), ss + verb.start())
        if later is not None:
            return _make_source(later[1], people, "subject", later[0], mentions.full_names)
    # "officials said", "aid groups put the figure at", "Experts who re-examined ... said"
    for k in range(3):
        gm = re.match(rf"{_SP}*((?:[{UP}a-z][a-z-]*{_SP}+){{{k}}}[{UP}a-z][a-z]+)\b(?![’'])",
                      zone)  # ("A farmers' group": the group, not "farmers")
        head = gm.group(1).split()[-1].lower() if gm else ""
        if not gm or (head not in GENERIC_SOURCES and not (
                head.endswith("s") and actor_noun(head))):
            continue  # ("Builders say", "Exporters estimate": people by what they do)
        principal = _spokes_voice(text, ss + zone_start, ss + verb.start(), people,
                                  mentions) \
            if gm.group(1).split()[-1].lower() in _SPOKES_HEADS else None
        if principal is None and re.sub(r"^(?:a|an|the)\s+", "", gm.group(1).lower()) \
                in _SPOKES_HEADS and not re.match(rf"{_SP}+(?:for|of|at|from|to|with){_SP}",
                                                  zone[gm.end():]):
            # "... stands by its count. A spokeswoman sent a statement, which says": the
            # voice of the body the paragraph last named as a sentence's subject
            principal = _paragraph_subject_body(text, ss, people, mentions)
            if principal is not None:
                principal.voice = True
        if principal is not None:
            return principal
        set_by = _NAME_SET_BESIDE_RE.match(zone, gm.end())
        if set_by is not None and _set_beside(set_by.group(1)) and \
                _governs(zone[set_by.end():]) and \
                _person(people, clean_source(set_by.group(1))) is None and \
                not _person_like(clean_source(set_by.group(1))):
            # "Race organisers Coastline Events, however, put the number at": the body a
            # kind of source is set beside, by its name (not a person: "Police Chief ...")
            return Source(clean_source(set_by.group(1)), "organisation", None, "subject",
                          ss + zone_start + set_by.start(1))
        om = _body_after_group(zone[gm.end():], gm.group(1).split()[-1])
        lm = re.match(rf"{_SP}+(?:at|from|with|for|of){_SP}+the{_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}?"
                      rf"({_ORG_HEAD})", zone[gm.end():])
        # (the body the group is of, then the verb: "Researchers at King's College London,
        # who analysed ..., estimated"; "Volunteers for the charity rang 90 shops and found")
        if _governs(zone[gm.end():]) or any(
                m and _governs(zone[gm.end() + m.end():]) for m in (om, lm)):
            if om:  # "analysts at Goldman Sachs put it at": the bank's figure
                name = clean_source(om.group(1))
                return Source(name, "organisation", None, "subject",
                              ss + zone_start + gm.end() + om.start(1))
            described = _described_body(zone[gm.end():], mentions, ss + zone_start)
            if described is not None:
                return described
            if lm:
                # "a spokesperson for the company said": the company named before
                got = mentions.last(ss + zone_start, "organisation", lm.group(1), within=600) \
                    or mentions.subject_before(text, ss)
                if got:
                    return Source(got[1], "organisation", None, "pronoun", got[0])
            for_ = _FOR_THE_PEOPLE_RE.match(zone, gm.end())
            if for_ is not None and for_.group(1) in GENERIC_SOURCES and \
                    gm.group(1).split()[-1].lower() in _SPOKES_HEADS:
                # "A spokesman for the organisers said": the people he speaks for
                return Source(for_.group(1), "generic", None, "subject",
                              ss + zone_start + for_.start(1))
            voiced = _titled_voice(gm.group(1), ss + zone_start + gm.start(1))
            if voiced is not None:
                return voiced
            # ("A police statement put the crowd at": the police, not "a police")
            return Source(re.sub(r"^an?\s+", "", gm.group(1).lower()), "generic", None,
                          "subject", ss + zone_start)
    # "Leader of the Opposition in the Assembly R. Ashwath Gowda, who visited the site last
    # week, said": the last person the subject names, when only a clause or an apposition
    # stands between the name and the verb (however long the title before it)
    for at, name, kind in reversed(mentions.between(ss + zone_start, ss + verb.start())):
        nwords = name.split()
        last = nwords[-1]
        end = text.find(last, at, ss + verb.start())
        if end < 0 or not _governs(text[end + len(last):ss + verb.start()]):
            break
        # ("Assembly R. Ashwath Gowda": a title's words run into the name; its tail is a
        # person of the extraction)
        who = _person(people, name) if kind == "person" else next(
            (p for k in (3, 2, 1) if len(nwords) > k
             for p in [_person(people, " ".join(nwords[-k:]))] if p is not None), None)
        if kind == "person" or who is not None:
            return Source(who.name if who else name, "person", who.id if who else None,
                          "subject", at)
        break
    return _introduced_study(ss + zone_start, zone, studies) or \
        _possessive_subject(text, ss + zone_start, zone, people, mentions, prev)


def _introduced_study(at: int, zone: str,
                      studies: list[tuple[int, int, str | None, str, str]]) -> Source | None:
    """"A new study says 21 months": a study the sentence brings in by what it is, with no
    maker, before the text has named any: the study the text names next (within a few
    paragraphs), as its maker or title."""
    im = re.fullmatch(rf"{_SP}*[Aa]n?{_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}(?P<noun>[a-z]+)"
                      rf"[ \u00a0,]*", zone)
    if im is None or im.group("noun") not in STUDY_NOUNS or any(a < at for a, *_x in studies):
        return None
    nxt = next((x for x in sorted(studies) if at < x[0] < at + 1500), None)
    if nxt is None:
        return None
    a, _b, org, label, sid = nxt
    return Source(org or label, "organisation" if org else "study", None, "study", a, sid)


#: A subject that is something owned, whatever its head noun: "Harlow Council's draft
#: scheme for the new road", "Its own survey", "The charity's newsletter" (the owner, then
#: up to five words of the thing owned; the rest up to the verb is :func:`_only_asides`).
#: A name set beside a subject between commas: ", the Fenmoor Water Services Authority
#: (FWSA)," (group ``name``).
_APPOSED_NAME_RE = re.compile(
    rf",{_SP}+(?:the{_SP}+)?(?P<name>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&){_SP}+(?:the{_SP}+)?"
    rf"{_CAP_TOKEN}|{_SP}+{_CAP_TOKEN}){{0,6}})(?:{_SP}*\([^()]{{1,12}}\))?,")
_POSSESSED_SUBJECT_RE = re.compile(
    rf"{_SP}*[“\"‘]?(?:(?P<pro>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|"
    rf"[Tt]he{_SP}+(?P<noun>[a-z]+)[’']s?|"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&){_SP}+(?:the{_SP}+)?{_CAP_TOKEN}|"
    rf"{_SP}+{_CAP_TOKEN}){{0,6}})[’']s?)"
    # ("Its 2024 results", "Its October enrollment snapshot")
    rf"(?P<owned>(?:{_SP}+(?:[a-z][\w-]*|(?:19|20)\d\d|{'|'.join(MONTH_NAMES)})){{1,5}})")


#: A subject that is something made, then its maker: "A survey out this month from ",
#: "The latest letter by " (up to the maker's name; lower-case words only in between).
_DOC_FROM_SUBJECT_RE = re.compile(
    rf"{_SP}*[“\"‘]?(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat){_SP}+(?:[a-z][\w-]*{_SP}+){{1,5}}?"
    rf"(?:from|by){_SP}+(?:the{_SP}+)?(?=[{UP}])")


def _only_asides(rest: str) -> bool:
    """Whether the words between a subject's head and its verb are asides set off by
    commas (", which is expected to cost £2m,", ", carried out over two summers,") and a
    short phrase of its own ("for the new road"): no clause with a verb of its own."""
    bare = re.sub(r",[^,;:!?]{1,160}?,", " ", re.sub(r"(?<=\d)[,.](?=\d)", "", rest))
    return "," not in bare and len(bare.split()) <= 6 and not re.search(
        r"\b(?:and|but|or|while|when|after|because|if)\b", bare)


def _possessive_subject(text: str, at: int, zone: str, people: Sequence[PersonLike],
                        mentions: _Mentions, prev: Source | None) -> Source | None:
    """The owner of a subject that is something owned, when no rule of the subject's
    head noun read it: "Northfield Council's draft scheme for the road, which ..., states
    that 310 homes ..." is the council's; "Its own monitoring, carried out ..., found
    that ..." the body "its" stands for (the sentence before's subject, else the last body
    named); "The charity's newsletter says" the charity named before; "Her notes show"
    the woman last named."""
    fm = _DOC_FROM_SUBJECT_RE.match(zone)
    nm = PROPER_RE.match(zone, fm.end()) if fm else None
    if fm and nm and _only_asides(zone[nm.end():]):
        # "A survey out this month from the Tamsin River Trust says": the maker named
        # after what it made, a body or a person the text knows (never a place: "A woman
        # from Leeds says" is hers, not Leeds's)
        src = _np_at(text, at + fm.end(), at + nm.end(), people, mentions, "by")
        if src is not None and (src.kind == "organisation" or (
                src.kind == "person" and src.person_id is not None)):
            return src
    pm = _POSSESSED_SUBJECT_RE.match(zone)
    if pm is None or not _only_asides(zone[pm.end():]):
        return None
    ap = _APPOSED_NAME_RE.match(zone, pm.end())
    if ap is not None and not pm.group("pro") and (
            pm.group("owned").split()[-1] in ORG_NOUNS | PERSON_ROLES or
            actor_noun(pm.group("owned").split()[-1])):
        # "Quarley's water regulator, the Fenmoor Water Services Authority (FWSA),
        # says": the one the apposition names, not the owner
        src = _make_source(clean_source(ap.group("name")), people, "subject",
                           at + ap.start("name"), mentions.full_names)
        if src is not None:
            return src
    if pm.group("name"):
        name = _trim_lead(clean_source(pm.group("name")))
        if not name or _not_a_name(name) or _time_name(name) or \
                _PLACE_ADJECTIVE_RE.fullmatch(name):
            return None
        return _make_source(name, people, "possessive", at + pm.start("name"),
                            mentions.full_names)
    pro = (pm.group("pro") or "").lower()
    if pro in ("his", "her"):
        return _named_person_before(text, at, people, pro)
    if pro:
        got = mentions.subject_before(text, at) or mentions.last(at, "organisation", within=600)
        if got is None and pro == "their":
            got = mentions.last(at, "any", within=600)
        if got is not None:
            who = _person(people, got[1]) if got[2] == "person" else None
            return Source(got[1], got[2], who.id if who else None, "pronoun", got[0])
        if prev is not None and prev.kind in ("organisation", "study"):
            return Source(prev.name, prev.kind, prev.person_id, "pronoun", prev.start,
                          prev.study)
        return None
    noun = pm.group("noun")
    if noun not in ORG_NOUNS and noun not in _FIRM_WORDS:
        return None  # ("The road's cost ...": a thing's, nobody's)
    got = mentions.last(at, "organisation", noun, within=1500)
    if got is None:
        # "the Save Hatchett Wood group ... The group's petition": the body named with
        # that noun (speech's one rule for "the group"), else the sentence before's subject
        body = named_body(text, noun, at)
        if body is not None:
            name = clean_source(re.sub(rf"{_SP}+{noun}$", "", body.removeprefix("the ")))
            return Source(name, "organisation", None, "pronoun", text.rfind(name, 0, at))
        got = mentions.subject_before(text, at)
    if got is None:
        return None
    return Source(got[1], "organisation", None, "pronoun", got[0])


#: The heads of a body's or a person's unnamed voice that the generic-source loop sees.
#: ("a representative of the X" speaks for X as its spokesperson does: speech's VOICE_ROLES.)
_SPOKES_HEADS = frozenset("spokesman spokeswoman spokesperson official representative".split())
#: An unnamed voice by the kind of body it speaks for: "A council spokesperson", "a
#: ministry official" (group ``noun``).
_KIND_VOICE_RE = re.compile(rf"\b[Aa]n?{_SP}+(?P<noun>[a-z]+){_SP}+(?:"
                            + "|".join(sorted(_SPOKES_HEADS)) + r")\b")
#: "a spokesperson for the mayor": the speaker speech found, for a common noun.
_VOICE_NOUN_RE = re.compile(rf"{_SP}+(?:for|of|at|from|to){_SP}+the{_SP}+(?P<noun>[a-z]+)$")


#: A person described by a role, not named: "A University of Kentucky civil engineering
#: professor", "An engineer", "A midwife from Carcar City" (up to the role noun).
_A_ROLE_RE = re.compile(
    rf"{_SP}*(?:[Aa]n?|[Oo]ne){_SP}+(?:[\w’'.-]+{_SP}+){{0,6}}?"
    rf"(?P<role>{_alternatives(sorted(PERSON_ROLES))})\b")


def _role_named_after(text: str, role: str, pos: int) -> tuple[int, str] | None:
    """The name the text gives a described person in the next few sentences: "the
    professor, Anita Rao", "Anita Rao, the professor", "The midwife, Josefina Alcoy"."""
    rx = re.compile(
        rf"\b[Tt]he{_SP}+{re.escape(role)},{_SP}+(?P<a>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,3}})"
        rf"|(?P<b>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,3}}),{_SP}+the{_SP}+{re.escape(role)}\b")
    m = rx.search(text, pos, min(len(text), pos + 700))
    if m is None:
        return None
    g = "a" if m.group("a") else "b"
    return m.start(g), m.group(g)


#: Words before an office of one who does not hold it now ("former", "acting"): one list
#: for the office after a possessive and the holder a text names.
_NOT_NOW_WORDS = ("former", "acting", "interim", "previous", "late", "outgoing", "incoming",
                  "deputy", "next")
#: A holder who does not hold the office now, right before it ("Former Brackley ",
#: "acting "): :data:`_NOT_NOW_WORDS`, capitalised or not, or "ex-".
_NOT_NOW_RE = re.compile(rf"\b(?:(?i:{'|'.join(_NOT_NOW_WORDS)})|[Ee]x-?)"
                         rf"(?:{_SP}+{_CAP_TOKEN}){{0,3}}{_SP}+$")


def _office_holder(text: str, office: str, pos: int, people: Sequence[PersonLike],
                   mentions: _Mentions, *, place: str | None = None) -> Source | None:
    """The person the text names as holding ``office`` (a role noun, "mayor"): "Mayor Ruth
    Anand" before ``pos`` (the last such): whom "a spokesperson for the mayor" means. With
    a ``place`` ("Harwich's mayor says"), only a holder the text ties to that place (in
    the 40 characters before, or "of" it after: "Harwich Mayor Jo Kettle", "Mayor Jo Kettle
    of Harwich"), before or after ``pos``: another town's mayor, or France's president
    beside President Biden, is no one named. None when the text names no one."""
    rx = re.compile(rf"\b{re.escape(office.capitalize())}{_SP}+(?P<name>{_CAP_TOKEN}"
                    rf"(?:{_SP}+{_CAP_TOKEN}){{1,3}})")

    def tied(nm: re.Match[str]) -> bool:
        if _NOT_NOW_RE.search(text, max(0, nm.start() - 40), nm.start()):
            return False  # "Former Brackley Mayor Jon Petrakis": no longer, or not yet, it
        return place is None or place in text[max(0, nm.start() - 40):nm.start()] or \
            re.match(rf"{_SP}+of{_SP}+(?:the{_SP}+)?{re.escape(place)}\b", text[nm.end():])\
            is not None

    named = None
    for nm in rx.finditer(text, max(0, pos - 1500), pos):
        if tied(nm):
            named = nm
    if named is None and place is not None:
        named = next((nm for nm in rx.finditer(text, pos, min(len(text), pos + 2000))
                      if tied(nm)), None)
    if named is None:
        return None
    return _make_source(named.group("name"), people, "subject", named.start("name"),
                        mentions.full_names)


def _post_holder(text: str, post: Sequence[str], people: Sequence[PersonLike],
                 mentions: _Mentions) -> Source | None:
    """The one person the text names by ``post`` as a title before their name ("Deputy
    Mayor Edric Pardoe-Vance"), anywhere in it: whom "the deputy mayor" means. None
    when it names no one so, or two people (a city's mayor beside another's)."""
    held = post_holder(text, tuple(post))
    if held is None:
        return None
    src = _make_source(held[1], people, "subject", held[0], mentions.full_names)
    return src if src is not None and src.kind == "person" else None


#: A place's or body's office after its name: "Harwich's mayor", "Ireland's chief medical
#: officer" (up to the role noun, the last of the phrase; never a former or an acting one,
#: who is not the holder the text names).
_POSS_OFFICE_RE = re.compile(
    rf"[’']s{_SP}+(?!(?:{'|'.join(_NOT_NOW_WORDS)}|new|then){_SP})(?:[a-z][\w-]*{_SP}+){{0,2}}"
    rf"(?P<role>{_alternatives(sorted(PERSON_ROLES))})\b(?![’'-])"
    rf"(?={_SP}*(?:,|[a-z]+(?:s|ed)\b|said|told|put|gave))")


def _spokes_voice(text: str, lo: int, verb: int, people: Sequence[PersonLike],
                  mentions: _Mentions) -> Source | None:
    """Whom a spokesperson before the verb at ``verb`` speaks for, as the speech engine
    decides it for quotations (one rule, one place: :func:`speech.speakers.subject_before`
    finds the voice, :func:`speech.speakers.speaks_for` its body, as ``Statement.body``).
    "A spokeswoman for the organisers, the Fair Rents Alliance, told" is the Alliance's
    figure; "for Governor Ruth Anand" is hers; "a spokesperson for the mayor" is the
    person the text called "Mayor Ruth Anand" before (else "the mayor")."""
    from ..speech.speakers import speaks_for, subject_before

    subj = subject_before(text, lo, verb)
    if subj is None:
        return None
    if subj.kind == "name":
        # "A spokeswoman for federal Environment Minister Rachel Ostrowski said": the
        # person they speak for, named (speech reads no body there)
        if not re.search(rf"\b(?:for|to){_SP}+(?:[\w’'-]+{_SP}+){{0,3}}$",
                         text[max(lo, subj.start - 80):subj.start]):
            return None
        return _make_source(subj.text, people, "subject", subj.start, mentions.full_names)
    if subj.kind != "np":
        return None
    vm = _VOICE_NOUN_RE.search(subj.text)
    if vm is not None and vm.group("noun") in PERSON_ROLES:
        # an office, not a body: "a spokesperson for the mayor" is the mayor the text named
        noun = vm.group("noun")
        return _office_holder(text, noun, subj.start, people, mentions) or \
            Source(f"the {noun}", "generic", None, "subject", subj.start)
    body = speaks_for(text, subj.start, subj.end)
    if body is None or not body[:1].isupper():
        return None  # none named, or a common noun as written ("the company")
    at = text.rfind(body, max(0, subj.start - 2500), subj.end + 1)
    src = _make_source(body, people, "subject", at if at >= 0 else subj.start,
                       mentions.full_names)
    if src is not None and src.kind == "organisation":
        src.voice = True
    return src


def _described_body(rest: str, mentions: _Mentions, pos: int) -> Source | None:
    """"(a spokesman) for the interior ministry": a body described in words, one of them
    besides its kind ("interior"). The body of that description named before, else the
    description itself, never another body the text named last."""
    m = re.match(rf"{_SP}+(?:at|from|with|for|of){_SP}+the{_SP}+((?:[a-z][\w-]*{_SP}+){{1,2}})"
                 rf"([a-z]+)\b", rest)
    if not m or m.group(2) not in ORG_NOUNS or any(w in _STOP_DESC for w in m.group(1).split()):
        return None
    desc = " ".join(f"{m.group(1)}{m.group(2)}".split())
    named = _NAME_SET_BESIDE_RE.match(rest, m.end())
    if named is not None and _set_beside(named.group(1)):
        # "(volunteers) from the campaign group Wendle River Watch": the name the
        # description is set beside, not the description
        return Source(clean_source(named.group(1)), "organisation", None, "subject",
                      pos + named.start(1))
    got = mentions.last(pos, "organisation", m.group(2), within=1500)
    if got and all(w.casefold() in got[1].casefold() for w in m.group(1).split()):
        return Source(got[1], "organisation", None, "pronoun", got[0])
    return Source(desc, "organisation", None, "subject", pos)


_STOP_DESC = frozenset("same other new former its their his her our this that".split())
#: "A second poll, commissioned by the challenger's campaign,": a study by whom paid for it.
_COMMISSIONED_RE = re.compile(
    rf"{_SP}*(?:[Aa]n?|[Tt]he|[Aa]nother)?{_SP}*(?:[a-z-]+{_SP}+){{0,3}}(?:poll|survey|study|"
    rf"analysis|report|count|review|audit){_SP}*,{_SP}*(?:commissioned|conducted|carried{_SP}+out|"
    rf"paid{_SP}+for|funded|run){_SP}+by{_SP}+(?P<by>[^,;]{{3,60}}),{_SP}*$")
_GROUP_BODY_RE = re.compile(
    rf"{_SP}+(?:at|from|with|for|of){_SP}+(?:the{_SP}+)?({_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|"
    rf"and|&)(?:{_SP}+the)?{_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}})(?![’'\w])")


#: Groups whose "at X" is the firm or body they work for ("analysts at Goldman Sachs"),
#: whatever X looks like; for other groups X must read as a body ("Stewards at Wembley
#: Stadium", "Teachers from Leeds" are where they are, not whom they speak for).
_STAFF_GROUPS = frozenset("analysts economists researchers scientists strategists engineers "
                          "statisticians epidemiologists academics experts".split())
#: People who watch or check for a body, of the body named after them when its name is
#: two words or more and no list ("Observers from the Civic Monitor"; never "from Norway
#: and Sweden", "from Europe", "at the Kelby plant").
_WATCH_GROUPS = frozenset("observers monitors inspectors auditors surveyors volunteers".split())
#: A place's word after a name: "at the Kelby plant", "the Harlow crossing".
_AT_A_SITE_RE = re.compile(rf"{_SP}+(?:plant|site|factory|mine|port|station|crossing)\b")
#: A name ending in one of these is a place, for any group.
_PLACE_HEADS = frozenset("street square road avenue airport stadium station park bridge "
                         "arena harbour harbor beach".split())


#: After a place that opens a group's body ("at Lima"): what the body is in lower-case
#: words (no verb, preposition or conjunction), then its name: "(at Lima) brokerage Cordillera
#: Capital", "(at Oslo) consultancy firm Nordvik".
_SAY_WORDS = frozenset(SAY) | frozenset(f for v in SAY for f in inflect(v))
#: A name set right beside a description or a kind of source, in apposition: "the
#: campaign group| Wendle River Watch", "Race organisers| Coastline Events" (group 1).
_NAME_SET_BESIDE_RE = re.compile(
    rf"{_SP}+({_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the)(?:{_SP}+the)?{_SP}+|{_SP}+)"
    rf"{_CAP_TOKEN}){{0,5}})(?![’'\w])")


#: The next word, in lower case and no possessive: a noun phrase's head after its words.
_NEXT_LOWER_WORD_RE = re.compile(rf"{_SP}+(?P<head>[a-z]+)(?!\w)(?![’'])")
#: Words that join a phrase to another: a body's name in lower case holds none of them
#: ("the provincial disaster risk reduction office", not "the architects of the new
#: hospital wing").
_JOINS_OF_PHRASE = frozenset("of for in at on and or to from with by the a an".split())


def _short_form_of(short: str, words: str) -> bool:
    """Whether ``short`` (in brackets after a figure) is the initials of the figure's own
    words, a unit defined in passing: "38,000 twenty-foot equivalent units (TEU)", not a
    source ("47,000 (the government)")."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return False
    initials = "".join(w[0] for w in words.split() if w[:1].isalpha()).upper()
    return short in initials


def _set_beside(name: str) -> bool:
    """Whether a capitalised run after a description can be its name: not a time ("on
    Saturday"), the pronoun ("all the experts I interviewed"), a word no name starts with,
    nor words joined by "and" that name no body ("Shop owners British and Bangladeshi
    alike say")."""
    return len(name) > 1 and not _a_time(name) and not _not_a_name(name) and \
        (" and " not in name or is_org(name))


_DESCRIBED_NAME_AFTER_RE = re.compile(
    rf"(?:{_SP}+(?!(?:of|and|or|with|for|in|on|at|to|from|by|the|a|an|who|which|that|"
    rf"whose|is|was|are|were|has|had|have)\b)[a-z][a-z-]*[a-z](?<!ing)(?<!ed)(?<!ly)){{1,2}}"
    rf"{_SP}+({_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&)(?:{_SP}+the)?{_SP}+|{_SP}+)"
    rf"{_CAP_TOKEN}){{0,5}})(?![’'\w])")


def _body_after_group(rest: str, group: str) -> re.Match[str] | None:
    """The body a group of people belongs to, right after them ("at Friends of the
    Earth", "from the Resolution Foundation"); a day or month is none ("of Saturday's"),
    nor is a place (see :data:`_STAFF_GROUPS`)."""
    om = _GROUP_BODY_RE.match(rest)
    if om is None or _a_time(om.group(1)) or \
            om.group(1).split()[0].rstrip("’'s") in _DAY_WORDS:
        return None
    body = om.group(1)
    dm = _DESCRIBED_NAME_AFTER_RE.match(rest, om.end())
    if dm is not None and any(w in REPORT_VERBS or w in _SAY_WORDS
                              for w in rest[om.end():dm.start(1)].split()):
        dm = None  # ("researchers at Oxford told Reuters": a verb, then its object)
    if dm is not None and not is_org(body):
        # "analysts at Quito broker Cordillera Capital": a place, then what the body is, then
        # its name; the name is the body, never the place
        return dm
    if is_org(body):
        return om
    if group.lower() in _STAFF_GROUPS and body.split()[-1].lower() not in _PLACE_HEADS:
        return om
    if group.lower() in _WATCH_GROUPS and len(body.split()) >= 2 and \
            " and " not in body and body.split()[-1].lower() not in _PLACE_HEADS and \
            not _AT_A_SITE_RE.match(rest, om.end()):
        return om
    return None


def _group_named(name: str, rest: str, at: int) -> Source | None:
    """A group of people named by the body after it (its figure) or by an "of" phrase
    ("organisers of Saturday's march"), when the verb follows that phrase."""
    om = _body_after_group(rest, name.split()[-1] if name.split() else name)
    if om and _governs(rest[om.end():]):
        return Source(clean_source(om.group(1)), "organisation", None, "subject",
                      at + len(name) + om.start(1))
    of = re.match(rf"{_SP}+(of{_SP}+(?:[\w’'-]+{_SP}+){{0,3}}?[\w’'-]+)[ \u00a0,]*$", rest)
    if of and not any(w in REPORT_VERBS for w in of.group(1).split()):
        return Source(f"{name.lower()} {' '.join(of.group(1).split())}", "generic", None,
                      "subject", at)
    return None


_DESCRIBED_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \u00a0]+((?:[a-z][a-z-]*[ \u00a0]+){0,3}(?:"
    + "|".join(sorted(ORG_NOUNS - {"state", "city", "county", "times", "post", "news", "daily",
                                   "express", "mirror", "independent", "american", "nation",
                                   "team", "unit", "force", "co"}, key=len, reverse=True))
    + r"))\b")


#: A clause the sentence opens with, up to its subject's name: "After |ClearCount| audited
#: 400 publishers, it said", "When the ad-verification firm |ClearCount| audited ..., it
#: concluded" (group ``name``).
_FRONTED_CLAUSE_SUBJECT_RE = re.compile(
    rf"{_SP}*(?:When|After|Before|Once|Since|As|Although|Though|While|Because|Until)"
    rf"{_SP}+(?:the{_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}})?"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+(?:of{_SP}+|for{_SP}+)?{_CAP_TOKEN}){{0,5}})"
    # (then its verb, in the past: never "Greenfield residents met", a place before a noun)
    rf"{_SP}+(?:[a-z]+ed|said|told|found|put|ran|took|saw|met|made|gave|hit|cut|set|won|"
    rf"lost|sold|bought|brought|left|went|came|rose|fell|grew|began|wrote|held|paid|spent|"
    rf"kept|sent|built|shut|opened|closed|announced|published|released)\b")
#: Words that make a body named after a description another one.
_OTHER_BODY_RE = re.compile(r"\b(?:neighbouring|neighboring|rival|another|other|next|nearby|"
                            r"different|separate)\b", re.I)


def _person_source(written: str, people: Sequence[PersonLike], how: str,
                   at: int) -> Source | None:
    """A person's source from a name as written ("Dr. Rui Costa"): their full name without
    titles, the draft's person where one matches, or None when no full name is there."""
    from ..speech.speakers import clean_name

    cleaned = clean_name(written)
    if cleaned is None or len(cleaned[1]) < 2:
        return None
    full = " ".join(cleaned[1])
    who = _person(people, full)
    return Source(who.name if who else full, "person", who.id if who else None, how, at)


@functools.lru_cache(maxsize=64)
def _role_names(text: str, role: str) -> tuple[tuple[int, str], ...]:
    """(where, full name) of each person ``text`` sets beside ``role`` ("An airport
    spokesman, Declan Ashworth-Mbeki,"): read once per text and role."""
    from ..speech.speakers import name_apposed

    return tuple((m.start(), " ".join(got[1]))
                 for m in re.compile(rf"\b{re.escape(role)}\b").finditer(text)
                 if (got := name_apposed(text, m.end(), min(len(text), m.end() + 80))))


def _role_holder(text: str, src: Source, people: Sequence[PersonLike]) -> Source | None:
    """"..., the spokesman said" after "An airport spokesman, Declan Ashworth-Mbeki, said":
    the one person the text set beside that role before, as a pronoun stands for a name."""
    words = re.sub(r"^(?:the|a|an)\s+", "", src.name.lower()).split()
    if len(words) != 1 or words[0] not in PERSON_ROLES or src.start <= 0 or not (
            src.name.lower().startswith("the ") or
            re.match(r"(?i)the[ \u00a0]", text[src.start:src.start + 4]) or
            re.search(r"\bthe[ \u00a0]+$", text[max(0, src.start - 5):src.start], re.I)):
        return None  # (only "the spokesman": "a spokesman said" is another one)
    found = {name for at, name in _role_names(text, words[0]) if at < src.start}
    if len(found) != 1:
        return None
    full = found.pop()
    who = _person(people, full)
    return Source(who.name if who else full, "person", who.id if who else None, "pronoun",
                  src.start)


#: A name set beside a source named by what it is, right after it: "The organisers, a
#: charity known as Brightwater Friends, say", "Organisers, the Kelso Arts Trust,".
_CALLED_NAME_RE = re.compile(
    rf",{_SP}+(?:(?:an?|the){_SP}+(?:[a-z][\w-]*{_SP}+){{0,4}}?(?P<said>called|named|known"
    rf"{_SP}+as){_SP}+)?(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+)"
    rf"{_CAP_TOKEN}){{0,6}}),")


def _titled_voice(words: str, at: int) -> Source | None:
    """The body an unnamed voice's title names before it: "A Kestrel Foods spokeswoman",
    "a Harbour Trust spokesperson" speak for Kestrel Foods and the Harbour Trust (not "a
    police spokesman", a kind in lower case, nor "a Mayor Lee spokeswoman", a person's)."""
    parts = words.split()
    lead = [w for w in parts[:-1] if w.lower() not in ("a", "an", "the")]
    if len(parts) < 2 or parts[-1].lower() not in _SPOKES_HEADS - {"official"} or \
            not lead or not all(w[:1].isupper() for w in lead):
        return None
    body = clean_source(" ".join(lead))
    if not body or _person_like(body) or _not_a_name(body) or \
            lead[0].lower().strip(".") in PERSON_ROLES:
        return None
    voiced = Source(body, "organisation", None, "subject", at + words.find(lead[0]))
    voiced.voice = True
    return voiced


def _apposed_name(text: str, src: Source) -> Source | None:
    """The body a source named by what it is ("the organisers") is named as in the
    apposition right after it: "The organisers, a charity known as Brightwater Friends,
    say"; a name set beside it bare only when it is a body's ("The organisers,
    Jane Doe and Tom Lee, say" are people, who speak for themselves)."""
    if src.start < 0:
        return None
    at = text.find(src.name.split()[-1], src.start, src.start + len(src.name) + 20)
    m = _CALLED_NAME_RE.match(text, at + len(src.name.split()[-1])) if at >= 0 else None
    if m is None:
        return None
    name = clean_source(m.group("name"))
    if not name or _not_a_name(name) or _person_like(name) or not (
            m.group("said") or is_org(name)):
        return None
    return Source(name, "organisation", None, src.how, m.start("name"), src.study,
                  src.confirmed)


def _named_after_generic(text: str, src: Source) -> Source | None:
    """The body a source brought in by what it is is named as, soon after: "according to a
    canal trust" ... "the Fenwick Canal Trust, which ...": a name ending in the same
    head word, capitalised, in the next 600 characters (never before: "a trust" after a
    named one is another)."""
    words = src.name.split()
    if not words or not words[-1].isalpha() or words[-1].lower() in GENERIC_SOURCES or \
            len(words[-1]) < 4:
        return None
    from ..speech.speakers import sentence_end, sentence_start

    head = words[-1].lower()
    rx = re.compile(rf"(?:{_CAP_TOKEN}{_SP}+){{1,4}}{re.escape(head.capitalize())}\b")
    m = rx.search(text, src.start + len(src.name), src.start + len(src.name) + 600)
    if m is None:
        return None
    # the name opens its sentence and the sentence gives no figure of its own nor says the
    # body is another one ("St Mary's Hospital in the next town said it treated none",
    # "Volunteers from the Fenwick Trust say 20 do")
    ss = sentence_start(text, max(0, m.start() - 300), m.start())
    se = sentence_end(text, m.end(), min(len(text), m.end() + 400))
    if text[ss:m.start()].strip() not in ("", "The", "the") or \
            re.search(r"\d", text[ss:se]) or _OTHER_BODY_RE.search(text, ss, se):
        return None
    name = _trim_lead(clean_source(m.group(0)))
    if not name or len(name.split()) < 2 or _not_a_name(name):
        return None
    return Source(name, "organisation", None, src.how, m.start(), src.study, src.confirmed)


def _person_subject_before(text: str, ss: int, people: Sequence[PersonLike]
                           ) -> Source | None:
    """The person the sentence before opens with, after their title ("Leader of
    Opposition Nirmala Swain, a former minister, accused ..."): whom a following "she"
    stands for, though no quotation of theirs made them one of the extraction's people."""
    from ..speech.speakers import sentence_start

    if ss <= 0:
        return None
    ps = sentence_start(text, max(0, ss - 600), max(0, ss - 1))
    ps = dateline_end(text, ps, ss)
    m = PROPER_RE.match(text, ps)
    role = re.match(rf"{_SP}+([a-z]+){_SP}+(?=[{UP}])", text[m.end():ss]) if m else None
    if m is not None and role and role.group(1) in PERSON_ROLES:
        m = PROPER_RE.match(text, m.end() + role.end())  # "Opposition leader Meera Das"
    if m is None or not re.match(rf"{_SP}*(?:,|(?:[a-z]+(?:ed|s)|said|told|put|gave|"
                                 rf"spoke|wrote|took|made)\b)", text[m.end():ss]):
        return None  # the name must be the subject: a comma or a verb after it
    words = m.group(0).split()
    while _leads(words):
        words = words[1:]  # "The Republican presidential nominee": no name
    cut = 0
    for i, w in enumerate(words):
        if w.lower() in PERSON_ROLES or w.lower() in _TITLE_WORDS:
            cut = i + 1
        elif w == "of" and i + 1 < len(words):
            cut = i + 2  # "Leader of Opposition": the title runs to the word after "of"
    name = " ".join(words[cut:])
    if not 2 <= len(name.split()) <= 3 or is_org(name) or _not_a_name(name):
        return None
    who = _person(people, name)
    return Source(who.name if who else name, "person", who.id if who else None, "pronoun",
                  m.start() + len(" ".join(words[:cut])) + (1 if cut else 0))


#: Words of an office's title before a name besides :data:`PERSON_ROLES`.
_OFFICE_WORDS = frozenset("auditor general attorney comptroller ombudsman registrar "
                          "controller treasurer provost dean chancellor".split())


#: Who paid for a work or put it out, right before a name: never its author.
_PATRON_BEFORE_RE = re.compile(
    rf"\b(?:funded|paid{_SP}+for|sponsored|backed|commissioned|photographed|edited|"
    rf"Reporting|reporting|Photograph|photograph|Editing|editing){_SP}+by{_SP}+"
    rf"(?:[a-z]+{_SP}+){{0,2}}$")


#: People a body does not employ ("its residents", "its critics"): never its staff.
#: Who counts for a body ("Its members, who have kept their own tallies, estimate"; "Its
#: rangers counted"; a study's ", whose volunteers have been counting"): the body's own
#: people, the one lexicon of them.
BODY_PEOPLE = frozenset("volunteers members staff researchers inspectors surveyors monitors "
                        "observers counters divers wardens rangers fieldworkers".split())
#: Those of a body's own people (:data:`BODY_PEOPLE`) who count for it, never on their own
#: ("researchers", "inspectors" may be anyone's): "Volunteers photographed and catalogued
#: 648 horses" is the body just named.
_MEMBERS = BODY_PEOPLE & {"volunteers", "members"}
#: A sentence's subject that names no one and may speak for the body just named.
_UNNAMED_VOICES = _SPOKES_HEADS | _MEMBERS
_PEOPLE_AT_LARGE = frozenset("residents parents critics protesters locals farmers traders "
                             "landlords teachers nurses doctors activists campaigners "
                             "advocates opposition".split())


def _study_naming(studies: Sequence[tuple[int, int, str | None, str, str]],
                  got: tuple[int, str, str], ss: int) -> str | None:
    """The study whose mention holds the body an "it" or "they" stands for, when it is the
    last thing named before the sentence: "the Department for Education's own completion
    statistics tell a different story. They show that 21 per cent ...": the statistics
    the body published, one work, not a second report of the body's figures."""
    if got[2] != "organisation":
        return None
    for a, b, org, _label, sid in studies:
        # (the mention may start after "the" or at the body's name)
        if a - 12 <= got[0] < b and b <= ss and org and got[1] in org:
            return sid
    return None


#: A list item's opening: "- ", "• ", "* ", "1. " at a line's start.
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+")
#: Brackets closing a line, up to a comma or the bracket ("(Association of Directors of
#: Adult Social Services, April 2026)": group ``who``).
_LINE_END_BRACKETS_RE = re.compile(r"\((?:source:?[ \u00a0]+)?(?P<who>[^(),\n]{3,80})"
                                   r"(?:,[^()\n]{0,40})?\)[ \t.]*$", re.I | re.M)


#: A verb of finding between a study's mention and the figure it found: "whose own poll
#: of 2,000 adults put the number of regular runners at |4.1 million".
_STUDY_FOUND_RE = re.compile(r"\b(?:put|puts|found|finds|estimated|estimates|counted|counts|"
                             r"showed|shows|suggested|suggests|calculated|calculates|"
                             r"recorded|records|gave|gives)\b")


def _paragraph_study(text: str, ps: int, ss: int, prev_sentence: tuple[int, int],
                     prev_source: Source | None,
                     studies: Sequence[tuple[int, int, str | None, str, str]]
                     ) -> Source | None:
    """The study a paragraph is about, for a finding it states with no cue: "The Lindqvist
    Cohort ... followed 30,000 adults. Those drinking four cups a day had a 15 per cent
    lower risk" is the cohort's finding. Only the last study named in the paragraph before
    the sentence, with no figure given to anyone else since it was named, and only a share
    or a ratio (what a study finds; a count may be anyone's)."""
    best = None
    for a, _b, org, label, sid in studies:
        if ps <= a < ss and (best is None or a > best[0]):
            best = (a, org, label, sid)
    if best is None or prev_sentence[0] >= best[0] and (
            prev_source is None or prev_source.study != best[3]):
        return None
    from ..speech.speakers import sentence_start

    before = sentence_start(text, max(ps, ss - 600), max(ps, ss - 1)) if ss > ps else ps
    before = sentence_start(text, max(ps, before - 600), max(ps, before - 1)) \
        if before > ps else ps
    if best[0] < before and not (prev_source is not None and prev_source.study == best[3]
                                 and prev_sentence[0] >= before):
        return None  # (the study's sentence, or its figure's, one of the two just before)
    if re.search(rf"[{UP}][\w.-]*[’']s{_SP}|\b(?:mayor|minister|council|government)\b",
                 text[ss:ss + 200].split(".")[0]):
        return None  # ("The mayor's 52 per cent of the vote": someone's own figure)
    a, org, label, sid = best
    return Source(org or label, "organisation" if org else "study", None, "study", a, sid)


def _sentence_study(ss: int, pos: int,
                    studies: Sequence[tuple[int, int, str | None, str, str]]) -> Source | None:
    """The maker of the study its sentence names before ``pos`` ("In Vantor's main trial
    of 900 women, ..."), the last one when it names several."""
    best = max(((a, org, sid) for a, b, org, _label, sid in studies
                if ss <= a and b <= pos and org), default=None)
    return Source(best[1], "organisation", None, "study", best[0], best[2]) \
        if best is not None else None


def _study_found(text: str, ss: int, pos: int,
                 studies: Sequence[tuple[int, int, str | None, str, str]]) -> Source | None:
    """The maker of the study a sentence mentions before a figure with a verb of finding
    between them, when no rule found the figure's source: "The figure is disputed by the
    retailer StrideWell, whose own poll of 2,000 adults put the number of regular runners
    at 4.1 million" is StrideWell's (its poll's)."""
    best = None
    for a, b, org, _label, sid in studies:
        if ss <= a and b <= pos and org and _STUDY_FOUND_RE.search(text, b, pos) and \
                not re.search(r"[;:]|,[ \u00a0]+(?:but|while|whereas|although|though|and)\b",
                              text[b:pos]) and (best is None or a > best[0]):
            best = (a, org, sid)
    if best is None:
        return None
    return Source(best[1], "organisation", None, "study", best[0], best[2])


def _office_then_person(name: str) -> bool:
    """A name that ends in a person's given name and surname after a word of a title:
    "County Executive Raymond Doyle", "Parks Director Samuel Achebe" (an office's holder,
    no county or parks body, whatever the words before the title)."""
    from ..speech.speakers import named_as_person

    words = name.split()
    return len(words) >= 3 and fold(words[-3]) in TITLE_SET and \
        named_as_person(" ".join(words[-2:])) and not is_org(" ".join(words[-2:]))


def _person_like(name: str) -> bool:
    """True for a person's name by a title or a given name ("Dr Ann Lee", "Ana Vennick"), no
    body's (:func:`provenance.speech.speakers.named_as_person`)."""
    from ..speech.speakers import named_as_person

    return not is_org(name) and named_as_person(name)


def _name_fits(name: str, pronoun: str) -> bool:
    """False when a name says its bearer is of the other sex than "he" or "she" says (a
    given name or a title: "Mary Quist", "Mr Vennick"); True when it says nothing."""
    from ..speech.gender import PRONOUN_OF_SEX

    sex = _sex_of_name(name)
    return PRONOUN_OF_SEX.get(sex) in (None, pronoun) if sex else True


def _sex_of_name(name: str) -> str | None:
    """"m", "f" or None for a name as written, its titles read as titles ("Dr Mary Quist":
    the given name after the title says it; "Mr Vennick": the title does)."""
    from ..speech.gender import gender_of
    from ..speech.speakers import clean_name

    cleaned = clean_name(name)
    return gender_of(name, list(cleaned[1]) if cleaned is not None else name.split())


def _sex_fits(people: Sequence[PersonLike], src: Source, word: str) -> bool:
    """False when ``word`` is "he" or "she" and the person ``src`` is known to be
    called by the other: the figure before was a man's, "She put it at" is no longer his."""
    if word not in ("he", "she") or src.kind != "person":
        return True
    known = getattr(_person(people, src.name), "pronoun", None)
    return known == word if known is not None else _name_fits(src.name, word)


#: What follows a name that says something as a sentence's subject: "Priya Nandakumar,
#: said", "Priya Nandakumar told reporters" (after an apposition's closing comma, or none).
_NAME_SAID_RE = re.compile(rf",?{_SP}+(?:(?:also|then|later|earlier|again){_SP}+)?"
                           rf"(?:{_SAYS})\b")


def _person_named_since(text: str, pos: int, people: Sequence[PersonLike], pronoun: str,
                        got: tuple[int, str, str] | None, saying: bool = False
                        ) -> Source | None:
    """The person :func:`_named_person_before` finds for ``pronoun`` at ``pos``, when the
    text names them after ``got``, the last mention the engine knows (a person named but
    never quoted, "Then there is Ana Roe, a geographer", is no mention of its own); with
    ``saying``, only one named as the subject of a saying verb ("Priya Nandakumar, said").
    One rule for the three pronouns that ask it."""
    named = _named_person_before(text, pos, people, pronoun)
    if named is None or (got is not None and got[0] >= named.start):
        return None
    if saying:
        at = text.find(named.name, named.start)
        fronted = _FRONTED_CLAUSE_SUBJECT_RE.match(text, sentence_start(
            text, max(0, pos - 400, text.rfind("\n", 0, pos) + 1), pos))
        if at < 0 or not (_NAME_SAID_RE.match(text, at + len(named.name)) or (
                fronted is not None and fronted.start("name") <= at < fronted.end("name"))):
            # (or the subject of the clause the pronoun's sentence opens with: "When Mayor
            # Tom Aldridge presented his budget in October, he told the council")
            return None
    return named


def _named_person_before(text: str, pos: int, people: Sequence[PersonLike],
                         pronoun: str, paragraphs: int = 1) -> Source | None:
    """The person last named in this sentence or the one before ``pos`` (after any title:
    "Auditor General Ana Roe"), whom a following "her"/"his" can stand for: a name of two
    words or more, no body, of no other gender than the pronoun's."""
    from ..speech.gender import gender_of
    from ..speech.speakers import clean_name, sentence_start

    ps = sentence_start(text, max(0, pos - 600), max(0, pos - 1))
    lo = sentence_start(text, max(0, ps - 600), max(0, ps - 2)) if ps > 1 else ps
    para = text.rfind("\n\n", 0, pos) + 2
    lo = max(lo, para)  # (within the paragraph)
    if paragraphs > 1:
        # (a paragraph that names no person goes on about the one before's: "Dr Meera
        # Castellane ... is gloomier still. ¶ Applied to Fellgate, ..., she estimates")
        own = _named_person_before(text, pos, people, pronoun)
        if own is not None or para < 2:
            return own
        lo = text.rfind("\n\n", 0, para - 2) + 2
    want = {"her": "f", "she": "f", "his": "m", "he": "m"}.get(pronoun)
    for m in reversed(list(PROPER_RE.finditer(text, lo, pos))):
        if _PATRON_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
            continue  # "funded by philanthropist Joan Carter": who paid, not who did it
        raw = re.split(rf"{_SP}+(?:of|for|at|from|in){_SP}+", m.group(0))[0]  # "Jane Roe of
        raw = raw.rstrip(".")  # (a sentence's full stop is no part of the name)
        if is_org(raw):  # New York": the person, not her place
            continue
        cleaned = clean_name(raw)
        if cleaned is None or not 2 <= len(cleaned[1]) <= 4:
            continue
        toks = list(cleaned[1])
        while len(toks) > 2 and toks[0].lower() in PERSON_ROLES | _TITLE_WORDS | _OFFICE_WORDS:
            toks = toks[1:]  # "Auditor General Ana Roe": Ana Roe
        name = " ".join(toks)
        if is_org(name) or _not_a_name(name):
            continue
        g = gender_of(raw, toks)
        if want and g not in (None, want):
            continue
        who = _person(people, name)
        titled = raw.split()[0].rstrip(".") in _PERSONAL_TITLES  # ("Dr Meera Castellane")
        if who is None and g is None and len(toks) == len(cleaned[1]) and not titled and \
                not A_ROLE_AFTER_RE.match(text, m.end()):
            continue  # ("New York": no known person, given name or title says a person;
            # "Nell Yardley, an analyst at ...": the job beside the name does)
        return Source(who.name if who else name, "person", who.id if who else None,
                      "pronoun", m.start() + raw.find(cleaned[1][0]))
    return None


#: Titles before a name that say it is a person's (speech's lexicon, with the courtesy
#: titles it keeps among its others: "Miss", "Mx", "Sir", "Dame").
_PERSONAL_TITLES = frozenset(PERSON_TITLES) | {"Mx", "Miss", "Sir", "Dame"}
#: Verbs of arriving at a figure of one's own ("Sales reached a total of" is none: the
#: object must be a figure or an estimate).
_REACHED_VERBS = frozenset("reached reach reaches arrived arrives came come comes produced "
                           "produces derived derives settled settles landed lands got gets "
                           "obtained obtains".split())
#: A verb's object that is the figure itself: "(reached) a figure in between:", "(came up
#: with) an estimate of", "(got) a rate of" (never "reached a total of": a sum raised).
_VERB_OF_FIGURE_RE = re.compile(
    rf"(?:{_SP}+(?:up{_SP}+with|at|on|upon))?{_SP}+(?:a|an|its|their|the|his|her){_SP}+"
    rf"(?:[a-z]+{_SP}+)?(?:figure|estimate|calculation|rate)\b"
    rf"(?:{_SP}+(?:of|in{_SP}+between|at))?[^.;!?]{{0,20}}$")
#: A label that gives a quotation to the person named before it: "Her take: “",
#: "His answer:" (right before the quotation's opening mark).
_POSSESSIVE_LABEL_RE = re.compile(
    rf"(?:^|(?<=[.!?\n]{_SP})|(?<=[.!?]))\s*(?P<pro>His|Her)(?:{_SP}+[a-z]+){{1,2}}:{_SP}*[“\"]?$")
#: A work named in capitals (after its years), then who made it in an aside: "The 2021–2022
#: National Pantry Survey, run by the federal Office of Food Monitoring,".
_NAMED_WORK_BY_RE = re.compile(
    rf"^{_SP}*(?:[Tt]he{_SP}+)?(?:(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?{_SP}+)?{_CAP_TOKEN}"
    rf"(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}}"
    rf"(?:{_SP}*\([{UP}]{{2,8}}\))?,{_SP}+(?:run|conducted|carried{_SP}+out|led|commissioned|"
    rf"compiled|produced|funded|managed|overseen|organi[sz]ed|published|released){_SP}+by{_SP}+"
    rf"(?P<by>(?:the{_SP}+)?(?:[a-z]+{_SP}+){{0,2}}{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|"
    rf"the){_SP}+|{_SP}+){_CAP_TOKEN}){{0,9}}),{_SP}*$")
#: Verbs of judging that give a figure right before "as": "rates 4,150 km as poor",
#: "classified 12% of homes as overcrowded".
_RATES_AS = frozenset("rates rated classifies classified classes classed grades graded "
                      "deems deemed judges judged".split())
_ASIDE_THEN_VERB_RE = re.compile(
    rf"{_PARTICIPLE_ASIDE}(?:{_SAYS}|{'|'.join(sorted(_RATES_AS))})\b")
_AS_AFTER_RE = re.compile(rf"(?:[^.;,!?]|(?<=\d)[.,](?=\d)){{1,60}}?{_SP}as{_SP}+[a-z]")
#: Whose reckoning a figure is, in the words after it: "..., by Thompson's calculation",
#: "(12,000) by the Red Cross's own count", "on Ofgem's estimate".
_BY_RECKONING_RE = re.compile(
    rf"[^.;:!?]{{0,60}}?(?:,{_SP}*|{_SP}+)(?:by|on|in|according{_SP}+to){_SP}+(?:the{_SP}+)?"
    rf"(?P<who>{_cap_name(6)})[’']s?{_SP}+(?:own{_SP}+|latest{_SP}+|rough{_SP}+)?"
    rf"(?:calculation|calculations|estimate|estimates|count|reckoning|tally|arithmetic|"
    rf"figures|math|maths|analysis)\b")
#: The officials' figure, named so right before it: "the official estimate of", "the official
#: toll stands at", "the official figure is" (up to the figure).
_OFFICIAL_MEASURE_RE = re.compile(
    rf"\b[Tt]he{_SP}+official{_SP}+(?P<noun>estimate|figure|count|tally|toll|number|total)s?"
    rf"{_SP}+(?:of|is|was|stands{_SP}+at|stood{_SP}+at|puts{_SP}+it{_SP}+at){_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}|only){_SP}+)?$")
#: A sentence that opens with a person described by their job at a body: "The medical
#: superintendent at Corvan District Hospital, where ..., gave" (group ``org``).
_ROLE_AT_BODY_RE = re.compile(
    rf"[ \u00a0\n]*The{_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}(?:"
    + "|".join(sorted(OFFICE_ROLES, key=len, reverse=True))
    + rf"){_SP}+(?:at|of|for){_SP}+(?:the{_SP}+)?(?P<org>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&)"
    rf"{_SP}+{_CAP_TOKEN}|{_SP}+{_CAP_TOKEN}){{0,6}})")
#: A kind of source's figure, named so right before it: "the police figure was", "the
#: ministry count stands at" (group ``who``, up to the figure).
_KIND_MEASURE_RE = re.compile(
    rf"\b[Tt]he{_SP}+(?P<who>[a-z]+){_SP}+(?:estimate|figure|count|tally|toll|number|total)"
    rf"{_SP}+(?:is|was|had{_SP}+risen{_SP}+to|rose{_SP}+to|stands{_SP}+at|stood{_SP}+at|"
    rf"reached){_SP}+(?:(?:{_HEDGE_OR_BOUND}|only){_SP}+)?$")
#: A sentence opening with whose reckoning it gives, by a pronoun: "By his count,", "On
#: their own estimate".
_BY_OWN_RECKONING_RE = re.compile(
    rf"[\s“\"]*(?:[Bb]y|[Oo]n|[Ii]n|[Aa]ccording{_SP}+to){_SP}+(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    rf"{_SP}+(?:own{_SP}+|latest{_SP}+|rough{_SP}+|own{_SP}+rough{_SP}+)?(?:calculation|"
    # ("On her reading of the accounts,", "In their view,", "By its own sums,")
    rf"calculations|estimate|estimates|count|reckoning|tally|arithmetic|figures|analysis|"
    rf"reading|view|sums|numbers|workings|model|maths?)\b")
#: A writer's finding the sentence credits to the body that helped: "With help from the
#: Census Bureau, we learned that", "Using data from X, this newspaper found".
_HELPED_BY_RE = re.compile(
    rf"[\s“\"]*(?:[Ww]ith{_SP}+(?:the{_SP}+)?help{_SP}+(?:from|of)|[Uu]sing{_SP}+(?:data|figures|"
    rf"numbers|statistics){_SP}+(?:from|by)|[Dd]rawing{_SP}+on{_SP}+(?:data|figures){_SP}+"
    rf"from){_SP}+(?P<np>(?:[^,;.]|(?<=[{UP}])\.){{2,80}}),{_SP}+(?:we|I|this{_SP}+(?:newspaper|paper|site|"
    rf"reporter|outlet))\b")
#: A year as a word of a noun phrase: "2022", "2021–2022".
_YEAR_WORD = r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?"
#: A body's own document, no study of its own: "Its 2022 regional plan reported", "their
#: latest model projects" (the document's owner gives its figure; "their survey" and the
#: other study nouns are the studies' to name).
_OWNED_DOC_HEADS = frozenset("plan plans model models index forecast forecasts projection "
                             "projections inventory bulletin update monitor tracker database "
                             "return filing submission dashboard yearbook accounts "
                             "budget".split())
#: A title in quotation marks: "“Private Farms Monitor”".
_QUOTED_TITLE_RE = re.compile(r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"")


#: A person's group after their possessive name: "Sarasa's team", "Okoro's lab".
_TEAM_AFTER_RE = re.compile(rf"[’']s{_SP}+(?:research{_SP}+)?(?:team|group|lab|laboratory|"
                            rf"unit|colleagues|researchers)\b")
#: How a text introduces a person as a report's author: "The report's lead author, Dr X".
_AUTHOR_OF_RE = re.compile(
    rf"\b(?:report|study|survey|review|paper|analysis|assessment)[’']s{_SP}+(?:(?:lead|"
    rf"senior|principal|main|first){_SP}+)?(?:author|researcher|investigator),{_SP}+"
    rf"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?{_SP}+)?$")
#: A body the researchers who made a report work at: "Researchers at the X Institute".
_RESEARCHERS_AT_RE = re.compile(
    rf"\b(?:[Rr]esearchers|[Ss]cientists|[Aa]nalysts|[Ee]xperts|[Aa]{_SP}+team){_SP}+"
    rf"(?:at|from|with){_SP}+(?:the{_SP}+)?(?P<body>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&)?"
    rf"{_SP}*{_CAP_TOKEN}){{0,6}})")


def _affiliation(text: str, person: Source, pos: int) -> Source | None:
    """The body a person works at, when the text introduces them as the author of a report
    it gives to researchers at that body ("Researchers at the X Institute ... for a
    report ... The report's lead author, Dr Y"); None when it does not say."""
    full = person.name
    for m in re.finditer(re.escape(full), text[:pos]):
        if _AUTHOR_OF_RE.search(text, max(0, m.start() - 80), m.start()):
            lo = text.rfind("\n", 0, m.start()) + 1  # in the author's paragraph
            bodies = list(_RESEARCHERS_AT_RE.finditer(text, lo, m.start()))
            if bodies:
                body = clean_source(bodies[-1].group("body"))
                if body:
                    return Source(body, "organisation", None, "subject", bodies[-1].start("body"))
    return None


def _described_in_paragraph(text: str, pos: int, noun: str) -> Source | None:
    """The last body of the kind ``noun`` that a sentence of ``pos``'s paragraph opens
    with, in words ("The federal agriculture office, which ..."), before ``pos``."""
    lo = text.rfind("\n", 0, pos) + 1
    found = None
    for m in _DESCRIBED_RE.finditer(text, lo, pos):
        if m.group(1).split()[-1] == noun and (
                m.start() == lo or re.search(r"[.!?][”\"’']?[ \u00a0]+$", text[lo:m.start()])):
            found = m
    if found is None:
        return None
    return Source(" ".join(found.group(1).split()), "organisation", None, "pronoun",
                  found.start(1))


def _described_subject_before(text: str, ss: int) -> Source | None:
    """The body the sentence before opens with, in words rather than a name ("The civil
    protection agency gave its count"): what a following "it" or "they" stands for."""
    from ..speech.speakers import sentence_start

    if ss <= 0:
        return None
    ps = sentence_start(text, max(0, ss - 600), max(0, ss - 1))
    ps = max(ps, text.rfind("\n", ps, max(ps, ss - 1)) + 1)
    ps = dateline_end(text, ps, ss)
    m = _DESCRIBED_RE.match(text, ps, ss)
    if m is None and text[ps:ss].strip(" *_\n\u00a0").endswith("?"):
        # an interviewer's question: "How many did the ministry count?" / "It says 185."
        m = _DESCRIBED_RE.search(text, ps, ss)
    if m is None:
        return None
    named = _DESCRIBED_BODY_RE.match(text, ps, ss)
    if named is not None and named.start("name") <= m.end(1) + 2:
        # "The ad-verification firm ClearCount audited ... It concluded": the name the
        # description brings in, not the description
        return Source(clean_source(named.group("name")), "organisation", None, "pronoun",
                      named.start("name"))
    words = m.group(1).split()
    if len(words) == 1:
        # "The union disputes that. It says": the union the text named ("the Bakers and
        # Millers Workers Federation"), by the speech engine's one rule
        body = named_body(text, words[0], m.start(1))
        if body is not None:
            name = body[4:] if body.startswith("the ") else body
            return Source(clean_source(name), "organisation", None, "pronoun", m.start(1))
    return Source(" ".join(words), "organisation", None, "pronoun", m.start(1))


_DESCRIBED_BODY_RE = re.compile(
    rf"{_SP}*(?:[Tt]he{_SP}+)?(?:{_CAP_TOKEN}{_SP}+){{0,2}}(?:[a-z][a-z-]+{_SP}+){{0,2}}"
    rf"(?:giant|firm|company|group|maker|retailer|operator|carrier|bank|insurer|airline|"
    rf"chain|startup|provider|watchdog|regulator|charity|union|lender|developer|broadcaster|"
    rf"publisher|consultancy|think{_SP}+tank|nonprofit|non-profit){_SP}+"
    # (a name may join its words as its language does: "Consejo Ciudadano para la
    # Seguridad Pública y la Justicia Penal", "Institut de Recherche pour le Développement")
    rf"(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:{_NAME_JOINS}|of|for|and|&|the)){{0,2}}{_SP}+"
    rf"{_CAP_TOKEN}){{0,7}})")
#: A name after the words for what the person does: "Orchard owner Brann Tealby", "But
#: local bus driver Ana Vennick", "the retired nurse Jo Pemberthy" (the zone ends with the name).
_ROLE_NAME_RE = re.compile(
    rf"{_SP}*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et){_SP}+)?(?:(?:[Tt]he|[Aa]n?){_SP}+)?"
    rf"(?P<desc>(?:[\w’'-]+{_SP}+){{0,3}}?)(?P<role>[A-Za-z][a-z-]+){_SP}+"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,2}}),?{_SP}*$")
_TITLED_RE = re.compile(
    rf"{_SP}*(?:(?:[Tt]he{_SP}+)?{_CAP_TOKEN}{_SP}+){{1,3}}(?:[a-z]+{_SP}+){{0,2}}"
    rf"(?:leader|minister|secretary|"
    rf"spokesman|spokeswoman|spokesperson|director|chief|head|chairman|chairwoman|chair|"
    rf"president|governor|mayor|senator|economist|analyst|professor|researcher|official|"
    rf"adviser|advisor|commissioner|manager|lawmaker|candidate){_SP}+"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,2}}),?{_SP}*$")
#: A body's short form in brackets after its name: "(NAU)", "(AHW-CV)", "(G7)", "(UoN)".
_SHORT_FORM = rf"\([{UP}][{UP}a-z0-9&-]{{1,11}}\)"
#: An apposition between a subject and its verb; it may hold a place's own comma (",
#: based in Springdale, Arkansas, first told"), and follow the body's short form in
#: brackets ("(NAU), a federation of clubs and trusts, put").
_APPOSITION_RE = re.compile(
    rf"^[ \u00a0]*(?:{_SHORT_FORM}[ \u00a0]*)?,(?:[^,;]{{1,140}},){{1,2}}[ \u00a0]*"
    r"(?:[a-z]+[ \u00a0]+){0,3}$")
#: Capitalised words that open a sentence without naming anyone.
#: Of :data:`_NOT_NAMES` and :data:`_NUMBER_WORDS`, those a body's name may open with
#: ("All India Radio"; not "One Tarn Valley Health Trust manager", one of its staff, nor
#: "Both Carrow Council and Halden Council", two bodies).
_NAME_QUANTIFIERS = frozenset({"All"})


def _quantified_body(name: str) -> bool:
    """"All Rajvana Students' Federation", "All Progressives Congress": a body's name
    that opens with a quantifier (capitalised, with two words after it and a body's word
    to end it), where "All said" or "Some officials" opens no name."""
    words = name.split()
    return len(words) >= 3 and words[0] in _NAME_QUANTIFIERS and is_org(name)


#: Verbs that open a sentence and are no name: telling the reader what to do ("Compare
#: that with what the agency told ...", "Consider the ministry's own count"), or saying
#: how a figure was made ("Using fare records from 1,063 ghats, its authors estimated").
OPENING_VERBS = frozenset("compare consider take note look remember imagine recall contrast "
                          "using based given including excluding counting adding".split())
def opening_verb(name: str) -> bool:
    """A one-word name that is a verb opening its sentence ("Compare that with ...",
    "Using ticket counts"): no name; "Take That", "Imagine Dragons" and "Look North" are."""
    return name.lower() in OPENING_VERBS


_NOT_NAMES = {"to", "instead", "following", "they", "it", "we", "he", "she", "i", "you",
              "there", "here", "what", "why", "how", "who", "when", "where", "data",
              "yesterday", "today", "tomorrow", "let", "if", "but", "and", "so", "still",
              "asked", "says", "said", "some", "many", "most", "all", "both", "each",
              "everyone", "nobody", "someone", "one", "no", "yes", "not", "only", "even",
              "just", "perhaps", "maybe", "overall", "meanwhile", "together", "since",
              "another", "other", "every", "any", "these", "those", "this", "that",
              "though", "although", "unlike", "beyond", "conversely", "under", "same"}


_MONEY_SKIP = {"and", "or", "the", "for", "to", "in", "on", "of", "over", "from", "with", "that",
               # "The $52 million question": the idiom's question, which no sum measures
               "question", "questions",
               "which", "more", "less", "than", "per", "was", "were", "is", "are", "would",
               "will", "could", "had", "has", "have", "into", "through", "since", "after",
               "every",
               # conjunctions after a sum: "$1.74 billion once road work ... is included"
               "once", "when", "if", "because", "before", "while", "until", "unless", "so",
               "but", "not", "including", "excluding", "by", "as", "at",
               # places and times after a sum: "worth Rs 4,000 crore across Vidarbha"
               "across", "among", "within", "during", "against", "without", "between",
               "beyond", "throughout", "under", "around", "about", "towards", "toward",
               # "the government's £2 billion estimate": a figure, not what it pays for
               "estimate", "estimates", "figure", "figures", "claim", "projection",
               "forecast", "calculation", "number", "tally", "total",
               # "the $40 million she cited": who gave it, not what it is
               "she", "he", "they", "it", "we", "you", "i", "its", "their", "his", "her"}
_LABEL_BEFORE_RE = re.compile(
    r"(?i)\b(?:top|bottom|middle|richest|poorest|wealthiest|highest|lowest|upper|lower|first|last|"
    r"next|other|remaining|fastest|slowest)[ \u00a0]+(?:the[ \u00a0]+)?$|(?<![\w-])an?[ \u00a0]+$"
    r"|\b(?:limit|cap|target|goal|quota|threshold|ceiling|maximum|minimum)[ \u00a0]+of[ \u00a0]+$")
#: "category 2 patients", "stage 4 cancer", "Band 5 nurses": a class's number (a small whole
#: number counting no unit of measure; never "a level 4.2 metres above normal").
_CLASS_BEFORE_RE = re.compile(
    r"(?i)\b(?:category|class|grade|level|stage|phase|tier|band|type)[ \u00a0]+$")
_SAMPLE_BEFORE_RE = re.compile(
    r"(?i)\b(?:poll|survey|study|sample|trial|census|review|analysis|questionnaire)"
    rf"[ \u00a0]+(?:of|among|with|involving)[ \u00a0]+(?:{_HEDGE_OR_BOUND})?[ \u00a0]*$"
    r"|\bamong[ \u00a0]+$"
    # "based on satellite images of 1.2 million hectares": what the study looked at
    r"|\bbased[ \u00a0]+on[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,4}(?:of|from|covering|across)"
    rf"[ \u00a0]+(?:{_HEDGE_OR_BOUND})?[ \u00a0]*$")
_ADJ_END_RE = re.compile(r"(?:al|ar|ic|ous|ive|ful|less|ern|ish|ary|ory|ble)$")
#: A relative clause after a study noun, up to a figure it holds: "A 2024 study by
#: researchers at X, which fitted GPS collars to |86 koalas", "a survey that followed |".
_STUDY_CLAUSE_RE = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|surveys?|analys[ie]s|trials?|research|experiments?|projects?)\b"
    r"[^.;:!?\n]{0,100}?,[ \u00a0]+(?:which|that)[ \u00a0]+"
    # (a verb of how it was done: what it was made of; "which counted 12,000 patients" or
    # "which recorded 56,000 residents" is what it found, and stays a figure)
    r"(?:fitted|tracked|followed|surveyed|polled|asked|interviewed|questioned|sampled|"
    r"enrolled|recruited|involved|included|monitored|tested|examined|studied|observed|"
    r"tagged|collared)\b[^,.;:!?\n]{1,80}$")
#: The rest of that clause, then the study's verb of finding: ", estimated that", ", found".
_FINDING_AFTER_RE = re.compile(
    r"[^,.;:!?\n]{0,60},[ \u00a0]+(?:(?:also|then|now)[ \u00a0]+)?(?:found|finds|estimated|"
    r"estimates|concluded|concludes|showed|shows|suggested|suggests|calculated|calculates|put|puts|"
    r"reported|reports|counted|projected|projects)\b")


#: A street after a number: "131 West 23rd Street", "10 Downing St.", "1600 Pennsylvania
#: Avenue": an address, no figure.
_ADDRESS_RE = re.compile(
    rf"{_SP}+(?:(?:[{UP}][\w.’'-]*|\d+(?:st|nd|rd|th)){_SP}+){{1,3}}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    rf"Boulevard|Blvd\.?|Lane|Drive|Place|Square|Terrace|Crescent|Highway)\b")
#: A verb in the past that takes people out of the population a text counts, right before
#: the count: "removed 120,000 people" from a waiting list are no rival count of those on
#: it. Only such verbs: "Police arrested 120 people" and "300 people were arrested" are one
#: quantity, and so are "vaccinated 2 million children" and "... were vaccinated".
_DONE_TO_RE = re.compile(rf"\b(?:have|has|had|we|they|it)?{_SP}*(removed|discharged|excluded|"
                         rf"deregistered|purged|dropped|delisted){_SP}+"
                         rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: The hedges and bounds a figure's text may open with ("about", "more than").
_LEAD_WORDS_RE = re.compile(rf"^(?:(?:{_HEDGE_OR_BOUND}){_SP}+)*", re.I)


#: A figure written with a scale ("two million", "3bn", "two dozen", "three lakh"): the
#: parser's scale words (:data:`provenance.numbers.SCALES`), spelled out or glued.
_SCALED_RE = re.compile(r"(?i)(?:" + "|".join(sorted((w for w in SCALES if len(w) > 3),
                                                     key=len, reverse=True))
                        + r")|\d(?:bn|m|k)\b")


def _spelled_measure(f: Figure) -> bool:
    """A share or a mass, an area or a volume, however small and spelled out: "fourteen
    tonnes", "twelve per cent", "nine hectares" measure something, where "three things"
    and "two weeks" (a length of time, as often when as how long) count in passing."""
    if f.kind == "percent":
        return True
    dim, unit, _factor = canonical_unit(f.unit)
    return dim in ("area", "volume") or dim == "count" and unit in measure_unit_names()


#: "of our children's playgrounds", "of the city's libraries": an owner, then the plural
#: noun counted (no number between: a whole's size makes a part of a whole).
_OF_OWNERS_NOUNS_RE = re.compile(
    rf"{_SP}+of{_SP}+(?:our|their|its|his|her|your|the(?:{_SP}+[a-z’'-]+)?[’']s?)"
    rf"(?:{_SP}+[a-z’'-]+){{0,2}}?{_SP}+(?P<unit>[a-z-]+s)\b(?![’'])")
#: What stands before a sentence's or a quotation's first word: nothing, or a colon and
#: a quotation mark ('A council spokesperson told CheckWise: "Twelve ...').
_OPENS_BEFORE_RE = re.compile(r"(?:^|:[ \u00a0]*[\"“‘])[ \u00a0]*[\"“‘']?$")


def _minor_count(text: str, f: Figure) -> bool:
    """Counts that are no figure of a quantity: small numbers spelled out, a year read as
    a count, an adjective taken for what is counted."""
    digits = any(ch.isdigit() for ch in f.text)
    scaled = _SCALED_RE.search(f.text)
    bare = _LEAD_WORDS_RE.sub("", f.text)
    if not digits and not scaled and (f.value or 0) < 100 and not (
            re.match(r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]",
                     bare)) and not (
            bare != f.text and
            re.match(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", bare)) \
            and not _spelled_measure(f):
        # ("Seventy-five people died, according to ...": a compound spelled out, as a
        # sentence opens with a number, is a figure; so is a round ten with a hedge, "more
        # than forty people were probably inside"; "three things", "twelve bodies" no;
        # nor "Twenty-One Pilots", a name in capitals)
        return True
    if f.unit is None and f.value is not None and f.value.is_integer() and \
            1500 <= f.value <= 2100 and "," not in f.text:
        return True
    if f.unit:
        head = f.unit.lower().split()[-1]
        if not head.endswith("s") and _ADJ_END_RE.search(head) and head not in (
                "individual", "capital", "animal", "hospital", "official", "rival") and \
                head not in PLURAL_NOUNS:
            return True  # ("300 fish": a plural noun, whatever its ending)
    return False


def _governs(rest: str) -> bool:
    """The words between a subject and its verb: a few adverbs, an apposition or a
    relative clause ("Experts who re-examined the photographs lowered ..."), after the
    name's own place ("Alliance of Health Workers| in Central Visayas (AHW-CV), which
    ...")."""
    pm = _NAME_PLACE_RE.match(rest) or _WHERE_IT_IS_RE.match(rest) or \
        _WORKS_AT_RE.match(rest)
    if pm and pm.end() < len(rest):
        rest = rest[pm.end():]
    relative = rf"[ \u00a0]*(?:{_SHORT_FORM}[ \u00a0]*)?,?[ \u00a0]*(?:who|whose|which|that)\b"
    return len(rest.split()) <= 5 or bool(_APPOSITION_RE.match(rest)) or bool(
        _AND_COLLEAGUES_RE.fullmatch(rest)) or bool(
        re.match(relative, rest) and len(rest.split()) <= 25) or bool(
        # "... (OCHA), which sent ...", "A committee of outside lawyers, whose report ..."
        (pp := _PP_RE.match(rest)) and re.match(relative, rest[pp.end():]) and
        len(rest.split()) <= 25) or bool(_AND_THEN_RE.match(rest)) or bool(
        re.fullmatch(rf"{_SP}*{_PARTICIPLE_ASIDE}", rest))


#: A short prepositional phrase after a subject's head ("of outside lawyers and
#: accountants"), before the relative clause that describes it: lower-case words only (a
#: name in it is a subject of its own: "Leader of the Opposition in the Assembly R. Ashwath
#: Gowda, who ...").
_PP_RE = re.compile(r"[ \u00a0]+(?:of|at|from|for|in|on|with)(?:[ \u00a0]+[a-z][\w’'-]*){1,6}(?=,)")


#: The place a body's name ends with, when the name's reader stopped before it and the
#: body's short form follows: " in Central Visayas (AHW-CV)" (not "in the Regional Assembly
#: Mary Olsen, who", where the capitals run into a person's name).
_NAME_PLACE_RE = re.compile(rf"{_SP}+(?:in|of|for){_SP}+(?:the{_SP}+)?{_CAP_TOKEN}"
                            rf"(?:{_SP}+{_CAP_TOKEN}){{0,3}}(?={_SP}*{_SHORT_FORM})")
#: Where the subject is, between it and its verb: " in the port city of Saltmarrow", " in
#: Saltmarrow" ("The Velloran Museum in the port city of Saltmarrow says").
_WHERE_IT_IS_RE = re.compile(rf"{_SP}+in{_SP}+(?:the{_SP}+(?:[a-z]+{_SP}+){{0,3}}of{_SP}+)?"
                             rf"{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}}(?=[ \u00a0,])")
#: A lead author's team after their name: " and co-workers from the Orrin Institute"
#: ("Dr Pella Drumgoole and co-workers from the Orrin Institute reported"): the team's figure is
#: the body's it works at, as "Sarasa's team" is (:data:`_TEAM_AFTER_RE`), else the
#: lead's, as "Drumgoole et al." is.
_AND_COLLEAGUES_RE = re.compile(
    rf"{_SP}+and{_SP}+(?:(?:his|her|their){_SP}+)?(?:colleagues|co-?authors|co-?workers|"
    rf"team|fellow{_SP}+researchers)(?:{_SP}+(?:at|from|of|in){_SP}+(?P<body>[^,;:.!?]{{1,80}}?))?"
    rf"[ \u00a0,]*")
#: A firm by where it is based or listed: "The Bristol-based chain", "the London-listed
#: firm", "the Texas-headquartered chain" (a place's name, a participle, a firm's noun).
_BASED_FIRM_RE = re.compile(
    rf"{_SP}*[Tt]he{_SP}+(?P<place>[{UP}][\w’'.]*(?:[{UP}\s][\w’'.]*)*?)-(?:based|listed|"
    rf"headquartered|registered|owned){_SP}+(?:[a-z-]+{_SP}+)?(?:group|firm|company|chain|"
    rf"operator|retailer|lender|insurer|carrier|maker|business|bank|airline|utility|supplier|"
    rf"provider|brand|giant|developer|builder|manufacturer|publisher|broadcaster)\b")
#: How a business page names the firm it is about: "Shares in Tolvern Gyms fell", "Tolvern
#: Gyms, the budget gym operator, said" (the name, then a firm's noun in apposition).
_FIRM_NAMED_RE = re.compile(
    rf"\b[Ss]hares{_SP}+in{_SP}+(?P<a>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}})"
    rf"|(?P<b>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}}),{_SP}+(?:the|a|an){_SP}+"
    rf"(?P<desc>(?:[\w-]+{_SP}+){{0,3}})(?:group|firm|company|chain|operator|retailer|lender|insurer|"
    rf"carrier|maker|business|bank|airline|utility|supplier|provider|brand|giant|developer|"
    rf"builder|manufacturer|publisher|broadcaster)\b")


def _firm_named_before(text: str, pos: int, place: str) -> tuple[int, str] | None:
    """The last firm a business page names as such before ``pos`` (:data:`_FIRM_NAMED_RE`),
    within 2,000 characters: whom "the Bristol-based chain" (``place``: "Bristol") means;
    one set beside another place ("Pulse Fitness, the Leeds-based operator") is a rival,
    and a name the text gives once ("Shares in Asia fell") is a market, not a firm."""
    found = None
    for m in _FIRM_NAMED_RE.finditer(text, max(0, pos - 2000), pos):
        name = clean_source(m.group("a") or m.group("b") or "")
        if not name or _not_a_name(name) or text.count(name) < 2:
            continue
        based = re.search(r"([\w’'.]+)-(?:based|listed|headquartered|registered|owned)\b",
                          m.group("desc") or "")
        if based and based.group(1) != place:
            continue
        found = (m.start("a") if m.group("a") else m.start("b"), name)
    return found


#: Where a person works, between their name and an aside: " at Cobbold Marrin" in
#: "Ben Ferrigan at Cobbold Marrin, the most cautious of them, had expected".
_WORKS_AT_RE = re.compile(rf"{_SP}+(?:at|from){_SP}+(?:the{_SP}+)?{_CAP_TOKEN}"
                          # ("at the University of Westmere, which ...")
                          rf"(?:(?:{_SP}+(?:of|for){_SP}+|{_SP}+){_CAP_TOKEN}){{0,4}}(?=,)")
#: "Researchers pooled data from 31 trials and found that": the subject of a first verb,
#: then "and" and the verb that gives the figure.
_AND_THEN_RE = re.compile(r"^[ \u00a0]+[a-z]+ed\b[^.;:!?]{0,160}?[ \u00a0]+and[ \u00a0]*$")


def _not_a_name(name: str) -> bool:
    words = name.split()
    if opening_verb(name):
        return True
    if words[0].lower() in _NOT_NAMES and not (
            len(words) == 1 and words[0].isupper() and 3 <= len(words[0]) <= 6) and \
            not _quantified_body(name):
        return True  # ("WHO" alone, in capitals, is a body's short form, not the pronoun)
    # "SAVE A QUARTER Let": a kicker in capitals, not an organisation's acronym
    return len(words) > 1 and sum(w.isupper() and len(w) > 1 for w in words) >= 2 and \
        not all(_ACRONYM_RE.match(w) for w in words)


#: Generic subjects a lede names in its next sentences ("Experts ... said"; "Boston
#: University's Remote Sensing Center used its ... techniques").
_NAMED_LATER = {"experts", "researchers", "scientists", "analysts", "investigators"}


def _named_next(text: str, out: list[FigureClaim], mentions: _Mentions) -> None:
    """A generic source ("experts") that the next two sentences name: the organisation
    opening one of them is the source."""
    from ..speech.speakers import sentence_end

    for fc in out:
        s = fc.source
        mods = s.name.lower().split()[:-1] if s is not None and s.kind == "generic" and \
            s.how == "trailing" and s.name.split()[-1].lower() == "officials" else []
        mods = [w for w in mods if w not in ("the", "a", "an")]
        if len(mods) >= 2:
            # "..., regional civil protection officials said": the body whose name holds
            # the words the officials are described by ("Montalcedo Regional Civil
            # Protection Agency"), wherever the text names it
            body = next((m for m in mentions.between(0, len(text)) if m[2] == "organisation"
                         and set(mods) <= set(m[1].lower().split()) and
                         m[1].split()[-1].lower() in _PUBLIC_BODY_WORDS), None)
            if body is not None and s is not None:
                fc.source = Source(body[1], "organisation", None, s.how, body[0])
                continue
        if s is not None and s.kind == "generic":
            kind = _DESC_HEAD_RE.match(s.name)
            if kind and kind.group("head") in ORG_NOUNS:
                _described_next(text, fc, kind.group("head"))
                s = fc.source
        head = s.name.split()[-1] if s is not None and (s.kind == "generic" or (
            s.kind == "organisation" and s.how == "subject" and
            re.fullmatch(rf"[{UP}][a-z]+s", s.name) is not None)) else ""
        if head.endswith("s") and head.isalpha() and actor_noun(head.lower()):
            # "Pear growers say as much as 3,000 tonnes" ... "the Harwick Pear Growers Union":
            # people named by what they do are the body the text later names after them
            body = next((m for m in mentions.between(fc.figure.end, len(text))
                         if m[2] == "organisation" and head.capitalize() in m[1].split()),
                        None)
            if body is not None:
                fc.source = Source(body[1], "organisation", None, "named-next", body[0])
                continue
        if s is None or s.kind != "generic" or s.name.split()[-1] not in _NAMED_LATER:
            continue
        pos = fc.sentence[1]
        for _ in range(2):
            nxt = len(text) - len(text[pos:].lstrip())
            end = sentence_end(text, nxt, min(len(text), nxt + 600))
            got = next(((st, name) for st, name, k in mentions.between(nxt, nxt + 5)
                        if k == "organisation"), None)
            if got:
                fc.source = Source(got[1], "organisation", None, "named-next", got[0])
                break
            pos = end


#: A body described, not named: "campaign group whose volunteers ...", "a charity that":
#: its head noun, before any relative clause.
_DESC_HEAD_RE = re.compile(r"(?:[a-z][\w-]*[ \u00a0]+){0,3}?(?P<head>[a-z]+)"
                           r"(?:[ \u00a0]+(?:whose|who|which|that)\b.*)?$")


#: Whom (or what) a body stands for: "a group representing private landlords", "a charity
#: for carers", "a union of nurses": the words after the relation, up to a clause's end.
_REPRESENTS_RE = re.compile(
    r"(?i)\b(?:represent(?:s|ing|ed)?|(?:works?|working|speaks?|speaking|campaigns?|"
    r"campaigning|lobbies|lobbying|acts?|acting)[ \u00a0]+(?:for|on[ \u00a0]+behalf[ \u00a0]+of)"
    r"|on[ \u00a0]+behalf[ \u00a0]+of|for|of)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+)?"
    r"(?P<who>[a-z][\w'-]*(?:(?:[ \u00a0]+|,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+)"
    r"[a-z][\w'-]*){0,8})")
_REPRESENTS_STOP = {"who", "which", "that", "says", "said", "say", "disputes", "rejects",
                    "argues", "claims", "believes", "warns", "insists", "is", "was", "has",
                    "had", "have", "are", "were", "since", "in", "on", "at", "to", "with",
                    "across", "from", "by", "after", "before"}


def _represented(description: str) -> set[str] | None:
    """The people a description says a body stands for, each list item's last word folded
    ("private landlords and letting agents" -> {landlord, agent}); None when it says
    none."""
    m = _REPRESENTS_RE.search(description)
    if m is None:
        return None
    heads: set[str] = set()
    for item in re.split(r",|[ \u00a0]+(?:and|or)[ \u00a0]+", m.group("who")):
        words = []
        for w in item.split():
            if w.lower() in _REPRESENTS_STOP:
                break
            words.append(w)
        if words:
            heads.add(singular(words[-1].lower()))
        if len(words) < len(item.split()):
            break
    return heads or None


def _same_represented(described: str, introduced: str) -> bool:
    """A body introduced later ("Scottish Landlords Forum, a group representing private
    landlords") is the one a figure's source only described ("a campaign group that
    represents tenants") when it is not said to stand for someone else: once the
    description says whom the body stands for, the later one must say the same."""
    own = _represented(described)
    if own is None:
        return True
    said = re.search(r"\b(?:says|said|disputes|rejects|argues|claims|insists|warns|believes|"
                     r"estimates|reports|told|counts|puts)\b", introduced)
    other = _represented(introduced[:said.start()] if said else introduced)
    return other is not None and bool(own & other)


def _described_next(text: str, fc: FigureClaim, head: str) -> None:
    """"according to a campaign group whose volunteers have spent a year ...": the body the
    next few sentences introduce by the same kind ("Kennet Clean Water, a group of anglers,
    ... says") is the group. Looked for in the next four sentences (1,500 characters)."""
    from ..speech.speakers import sentence_end

    pos = fc.sentence[1]
    stop = min(len(text), pos + 1500)
    # the description as the text gives it (the source's name may be cut short of it)
    s = fc.source
    described = text[s.start:fc.sentence[1]] if s is not None and 0 <= s.start < pos else (
        s.name if s is not None else "")
    for _ in range(4):
        nxt = stop - len(text[pos:stop].lstrip()) if pos < stop else stop
        if nxt >= stop:
            return
        got = body_introduced(text, head, nxt, stop)  # speech's rule
        if got and (_time_name(clean_source(got[0])) or not _trim_lead(got[0])):
            got = None  # "On Tuesday, the council raised its count": when, then the body
            # (a name of leading words alone; "After Adoption", a charity, keeps its name)
        if got and (is_org(clean_source(got[0])) or len(got[0].split()) >= 2) \
                and _same_represented(described, text[got[1]:sentence_end(text, nxt, stop)]):
            at = text.find(got[0], nxt, stop)
            fc.source = Source(clean_source(got[0]), "organisation", None, "named-next", at)
            return
        pos = sentence_end(text, nxt, min(stop, nxt + 600))
        if pos <= nxt:
            return


def _kinds_named(text: str, out: list[FigureClaim], mentions: _Mentions) -> None:
    """A source named only by what it is ("the $1.2 billion price tag its developers have
    promoted") is the one body the text names as that elsewhere ("The stadium's developer,
    Forge Stadium Partners, stood by its number"; "Harrow Coal, the mine's owner,")."""
    found: dict[str, list[tuple[int, str]]] = {}
    for fc in out:
        s = fc.source
        # (a body by its kind alone, which the subject rule may call an organisation: "The
        # company said")
        if s is None or not (s.kind == "generic" or s.kind == "organisation" and (
                s.study is None or s.how == "subject")
                             and s.name.islower() and len(s.name.split()) <= 2):
            continue  # ("In a report released on Sunday, the company said": its report)
        head = singular(s.name.lower().split()[-1])
        if head not in _FIRM_WORDS or head in ("group", "business"):
            continue
        if head not in found:
            # speech's rule for the bodies the text names with that kind beside them; for
            # "the company" or "the firm", any word for a firm ("Nimbel Pay, the
            # pay-monthly start-up," is the company the text goes on about)
            kinds = (head,) if head not in _ANY_FIRM else tuple(sorted(_FIRM_KINDS))
            named = [(at, clean_source(n)) for k in kinds
                     for at, n in bodies_of_kind(text, k, 0, 200_000)
                     if not _is_unit_at(text, at, n) and not _time_name(clean_source(n))]
            # (never "released on Sunday, the company said": a day, no firm)
            found[head] = [(at, n) for at, n in named if n and n.split()[0] not in _LEAD_WORDS]
        before = [(at, n) for at, n in found[head] if head not in _ANY_FIRM or at < s.start]
        names = {n for _at, n in before}
        if head in _ANY_FIRM and len(names) == 1 and any(
                k == "organisation" and clean_source(n) not in names and
                not _NO_FIRM_RE.search(n)
                for _st, n, k in mentions.between(max(at for at, _n in before), s.start)):
            continue  # ("Kestrelpay, the ferry operator, ... Quenby Freight ... the firm":
            # the firm is Quenby Freight, named between, which the rules for the body
            # named before read; never "Densa, a start-up spun out of Bressant Technical
            # University. ... the company": a university is no firm)
        if len(names) == 1:
            fc.source = Source(names.pop(), "organisation", None, "described", s.start,
                               s.study)


#: Generic sources that are a study's authors: "Researchers ... found that 12 per cent".
_AUTHORS = frozenset("researchers scientists authors investigators team analysts "
                     "reviewers".split())


def _researchers_study(text: str, out: list[FigureClaim],
                       studies: list[tuple[int, int, str | None, str, str]]) -> None:
    """"Hair loss is common, according to a systematic review. Researchers pooled data ...
    and found that 12 per cent ...": the researchers are the study's; the figure is the
    study's (its organisation's when the text names one), in this sentence or the one
    before."""
    import bisect

    from ..speech.speakers import sentence_start
    from .studies import DATA_NOUNS, DOCUMENT_NOUNS  # (studies reads this module's lexicons)

    ordered = sorted(studies, key=lambda x: x[0])
    starts = [x[0] for x in ordered]
    for fc in out:
        s = fc.source
        if s is None or s.kind != "generic" or s.name.lower().split()[-1] not in _AUTHORS:
            continue
        ss, se = fc.sentence
        prev = sentence_start(text, max(0, ss - 600), max(0, ss - 1)) if ss > 0 else ss
        lo = bisect.bisect_left(starts, prev)
        # (not a paper a body holds: "Investigators said the company's accounts showed
        # €3.2 million" is the investigators' figure, the accounts their evidence)
        near = [x for x in ordered[lo:bisect.bisect_left(starts, se)]
                if not any(w in DOCUMENT_NOUNS for w in x[3].lower().replace("’s", "")
                           .replace("'s", "").split()) and
                x[3].lower().split()[-1:] != [] and x[3].lower().split()[-1] not in DATA_NOUNS]
        # ("Researchers say ... 39 weeks" under "official figures suggest": a data release is
        # no researchers' work)
        if not near:
            continue
        before = [x for x in near if x[0] < fc.start]
        a, _b, org, label, sid = before[-1] if before else near[0]
        fc.source = Source(org or label, "organisation" if org else "study", None, "study",
                           a, sid)
        fc.study_id = sid


#: Words that set a sum against another: "far less than the $22 million", "up from",
#: "compared with", "not the", "rather than", "against".
_COMPARED_WITH_RE = re.compile(
    rf"(?i)(?:\b(?:than|not|rather{_SP}+than|instead{_SP}+of|below|above|beyond|"
    rf"short{_SP}+of|under|over|double|twice|triple|half|(?:a{_SP}+)?fraction{_SP}+of)"
    rf"{_SP}+(?:the|its|their|his|her)"
    rf"|\b(?:compared{_SP}+(?:with|to)|against|versus|vs\.?|as{_SP}+opposed{_SP}+to|"
    rf"up{_SP}+from|down{_SP}+from)(?:{_SP}+(?:the|its|their|his|her|an?))?)"
    # "double the government's £2 billion": whose figure it is may stand between
    rf"(?:{_SP}+[a-z][\w-]*[’']s?)?"
    rf"(?:{_SP}+(?:estimated|projected|claimed|promised|reported|official|expected|own))?"
    rf"{_SP}+$")


#: Words for a firm: "the company" is the firm the text named before.
_FIRM_WORDS = frozenset("company firm business corporation developer operator maker "
                        "manufacturer carrier airline bank insurer lender retailer chain "
                        "group".split())
#: The words of a body's name that say it is no firm: a university, a council, a ministry.
_NO_FIRM_RE = re.compile(r"\b(?:University|College|School|Council|Ministry|Department|"
                         r"Agency|Police|Hospital|Institute|Commission|Office|Court|"
                         r"Government|Authority|Trust|Foundation|Association|Union|Society|"
                         r"Charity|Party|Parliament|Assembly)\b")
#: Words for a firm of no particular trade, which any firm the text names may be.
_ANY_FIRM = frozenset(("company", "firm", "business", "corporation"))
#: ... and the words a text introduces a firm with ("X, the payments firm,", "X, the
#: pay-monthly start-up,"): the firm words and a young firm's.
_FIRM_KINDS = (_FIRM_WORDS - {"group"}) | {"start-up", "startup"}


#: "its manufacturer, X,", "the drugmaker X": a firm named by what it does, right before.
_FIRM_BEFORE_RE = re.compile(
    rf"\b(?:company|firm|manufacturer|maker|drugmaker|developer|operator|owner|insurer|"
    rf"lender|retailer|carrier|airline|supplier|contractor)(?:,)?{_SP}+$")


def _firm_before(text: str, mentions: _Mentions, pos: int) -> tuple[int, str, str] | None:
    """What "the company" stands for when no body the text named holds the word: the last
    name within 1,500 characters that reads as a company ("Norvantis Pharma Canada") or
    that the text introduced as one ("its manufacturer, Norvantis Pharma Canada,")."""
    for st, name, kind in reversed(mentions.between(pos - 1500, pos)):
        if kind != "organisation":
            continue
        words = {w.lower().strip(".,") for w in name.split()}
        if words & COMPANY_WORDS or _FIRM_BEFORE_RE.search(text, max(0, st - 30), st) or \
                set(mentions.kinds.get(name, ())) & _FIRM_WORDS or _firm_name(name):
            return st, name, kind
    # a firm's name of no kind the mention rules know that opens a sentence as its subject
    # ("NubiaCloud says the campus uses ...", "Boreal Metals opened its smelter"): a name
    # that reads as a firm's (one word with a capital inside it, or a plural noun after
    # a word that is no given name), never a person of the text
    from ..speech.speakers import sentence_start

    for m in reversed(list(_SUBJECT_NAME_RE.finditer(text, max(0, pos - 1500), pos))):
        name, at = clean_source(m.group("name")), m.start("name")
        opens = max(sentence_start(text, max(0, at - 400), at + 1),
                    text.rfind("\n", 0, at) + 1)
        who = _person(mentions.people, name) if name else None
        if not name or opens != at or (who is not None and (
                len(who.name.split()) >= 2 or not _INNER_CAPITAL_RE.fullmatch(name))):
            continue  # (a firm that speaks is a "person" of speech's by its one word)
        if _firm_name(name) or _INNER_CAPITAL_RE.fullmatch(name):
            if any(k == "organisation" and n != name for _s, n, k in
                   mentions.between(at + len(name), pos)):
                return None  # "PwC advised Tesco. The company said": which firm is unsaid
            return at, name, "organisation"
    return None


#: A capitalised name then a lower-case word (its verb): "NubiaCloud says".
_SUBJECT_NAME_RE = re.compile(rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}}){_SP}+"
                              rf"(?=[a-z])")


#: A preposition of time that opens the clause a subject zone starts after ("shortly after
#: the final whistle it put").
_PREP_CLAUSE_BEFORE_RE = re.compile(
    r"\b(?:after|before|during|since|until|following)[ \u00a0]*$", re.I)
#: The last words of the names of bodies a description calls a group ("trade group").
_GROUP_NAMES = frozenset("association alliance coalition federation group league".split())
#: Words of a description that say what kind of body it is, not which one.
_KIND_MODIFIERS = frozenset("the its their own trade industry local national regional state "
                            "city county main official".split())


def _body_of_description(description: str, out: list[FigureClaim]) -> str | None:
    """The one body giving a figure whose name holds every word that says which body a
    lower-case description is, and ends in its kind ("builders' trade group": "Greater
    Westfield Builders Association"; never "the state health department" for the "World
    Health Organization"); None for a description of no such words ("the trade group") or
    of several bodies."""
    words = [singular(w.strip("’'").lower()) for w in description.split()[:-1]]
    words = [w for w in words if w and w not in _KIND_MODIFIERS]
    kind = description.split()[-1].lower()
    fits = {kind, *KIND_NAME_WORDS.get(kind, ()), *(_GROUP_NAMES if kind == "group" else ())}
    if not words:
        return None
    names = {o.source.name for o in out if o.source is not None and
             o.source.kind == "organisation" and o.source.name[:1].isupper() and
             o.source.name.split()[-1].lower() in fits and
             all(w in {singular(x.strip("’'").lower()) for x in o.source.name.split()}
                 for w in words)}
    return names.pop() if len(names) == 1 else None


#: A definite article or a possessive pronoun before or opening a description.
_DEFINITE_RE = re.compile(r"\b(?:the|its|their)[ \u00a0]", re.I)


def _described_bodies(text: str, out: list[FigureClaim]) -> None:
    """A source the text describes by its kind only ("according to the company", "the
    campaign has claimed"): the body named with that word before ("the Yes for Westfield
    campaign"), else, for a firm, the last organisation giving a figure whose name says
    it is no other kind of body ("Voltara said ...", not "the Upstate Economic Council");
    else the description with its article ("the company"), never a bare "company"."""
    for i, fc in enumerate(out):
        s = fc.source
        if s is not None and s.kind == "organisation" and s.person_id is None and \
                s.name[:1].islower() and len(s.name.split()) >= 2 and \
                s.name.split()[-1] in ORG_NOUNS and s.start >= 0 and \
                _DEFINITE_RE.search(text, max(0, s.start - 8), s.start + 6):
            # "the builders' trade group, which ..., puts the number at": the body that
            # gives a figure here under a name holding the description's own words
            # ("Greater Westfield Builders Association"), the one such body
            body = _body_of_description(s.name, out)
            if body is not None:
                fc.source = Source(body, "organisation", None, "described", s.start)
            continue
        if s is None or s.kind != "generic":
            continue
        words = [w for w in s.name.lower().split() if w not in ("the", "a", "an", "its")]
        if len(words) != 1 or words[0] not in ORG_NOUNS:
            continue
        head = words[0]
        named = _body_named(text, s.start if s.start >= 0 else fc.start, head)
        if named is None:
            # "The national health agency has recorded ..." then "according to the agency"
            same = next((o.source for o in reversed(out[max(0, i - 50):i])
                         if o.source is not None and o.source.kind in ("organisation", "generic")
                         and len(o.source.name.split()) > 1
                         and o.source.name.lower().split()[-1] == head), None)
            if same is not None:
                named = Source(same.name, same.kind, None, "pronoun", same.start)
        if named is None and head in _FIRM_WORDS:
            firm = next((o.source for o in reversed(out[max(0, i - 50):i])
                         if o.source is not None and o.source.kind == "organisation"
                         and o.source.study is None and not any(
                             w.lower().strip(".,") in ORG_NOUNS - _FIRM_WORDS
                             for w in o.source.name.split())), None)
            if firm is not None:
                named = Source(firm.name, "organisation", None, "pronoun", firm.start)
        if named is None and head in _FIRM_WORDS:
            named = _firm_described_before(text, s.start if s.start >= 0 else fc.start)
        if named is None and head not in _FIRM_WORDS:
            continue  # "according to government figures": as the text names it
        fc.source = named or Source(f"the {head}", "generic", None, s.how, s.start)


#: A firm named after the words for what it does: "Danish drugmaker Halvorsen Biologics",
#: "the retailer Brightmart" (group ``name``); the firm words of
#: :data:`_FIRM_DESCRIPTIONS`, less those a body or a person is described by too
#: ("campaign group Clean Air Now", "farmer Tom Walsh", "grower", "giant").
_TRADE_WORDS = sorted(_FIRM_DESCRIPTIONS - {"group", "farmer", "grower", "giant", "chain"},
                      key=len, reverse=True)
_DESCRIBED_FIRM_RE = re.compile(
    rf"\b(?:{'|'.join(_TRADE_WORDS)}){_SP}+(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}})")


def _firm_described_before(text: str, pos: int) -> Source | None:
    """The one firm the text names after the words for its trade before ``pos``, within its
    last few paragraphs ("A vaccine made by Danish drugmaker Halvorsen Biologics ..., the
    company said"): what "the company" is, where no firm has given a figure before."""
    names = {clean_source(m.group("name")): m.start("name")
             for m in _DESCRIBED_FIRM_RE.finditer(text, max(0, pos - 1500), pos)
             if not _NO_FIRM_RE.search(m.group("name"))}
    names = {n: a for n, a in names.items() if n and not _not_a_name(n)}
    if len(names) != 1:
        return None
    (name, at), = names.items()
    return Source(name, "organisation", None, "pronoun", at)


def _compared_sums(text: str, out: list[FigureClaim]) -> None:
    """"would raise $14 million a year, far less than the $22 million the campaign has
    claimed": a sum the sentence sets against another sum of the same currency measures the
    same thing, so the two are one quantity (one question when their sources differ)."""
    for i, fc in enumerate(out):
        if fc.figure.kind != "money" or "@" not in fc.quantity:
            continue  # only a sum the text says nothing else of
        if not _COMPARED_WITH_RE.search(text, max(fc.sentence[0], fc.start - 40), fc.start):
            continue
        j = i - 1  # the figures of a sentence are next to each other in ``out``
        while j >= 0 and out[j].sentence == fc.sentence:
            o = out[j]
            if o.figure.kind == "money" and o.figure.unit == fc.figure.unit:
                fc.quantity, fc.noun = o.quantity, o.noun
                break
            j -= 1


def _respectively(text: str, out: list[FigureClaim]) -> None:
    """"X and Y reported A and B, respectively": A is X's, B is Y's."""
    by_sentence: dict[tuple[int, int], list[FigureClaim]] = {}
    for fc in out:
        by_sentence.setdefault(fc.sentence, []).append(fc)
    for (ss, se), figs in by_sentence.items():
        sent = text[ss:se]
        if "respectively" not in sent or len(figs) < 2:
            continue
        first = min(f.start for f in figs) - ss
        m = None
        for m2 in re.finditer(rf"((?:the{_SP}+)?{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,9}})"
                              rf"{_SP}+and{_SP}+(?:the{_SP}+)?({_CAP_TOKEN}(?:{_SP}+"
                              rf"{_CAP_TOKEN}){{0,9}})", sent[:first]):
            m = m2
        if m is None:
            continue
        names = [_trim_lead(m.group(1)), _trim_lead(m.group(2))]
        for fc, name in zip(sorted(figs, key=lambda x: x.start), names, strict=False):
            if name:
                fc.source = Source(name, "organisation" if is_org(name) else "person", None,
                                   "respectively", ss)


#: Words that name no topic of a share: function words, words of saying, measuring and
#: comparing, and the words shares are told in (a general lexicon).
_NO_TOPIC = frozenset(
    "a an and are as at be been but by did do does for from had has have he her his i if in "
    "into is it its me my not no of on or our she so than that the their them then there "
    "they this those to up was we were what when where which who whom why will with would "
    "you your how much many more most less least far about over under after before all "
    "some any each every other another new old one two three four five six seven eight "
    "nine ten half third quarter fifth per cent percent share shares rate rates proportion "
    "higher lower high low common rare times time year years month day week real true "
    "really probably likely just only still also even again now says say said saying "
    "claims claim clash clashes row odds disagree agree dispute disputes differ different "
    "give gives given conflicting wildly sharply suggest suggests suggested show shows "
    "finds find found review reviews survey surveys study studies report reports figure "
    "figures number numbers estimate estimates count counts data official officials "
    "government people".split())


def _stem(word: str) -> str:
    """A word's crude stem ("bleached", "bleaching": "bleach"; "gamblers": "gambl")."""
    w = word.lower().strip("’'-")
    for suf in ("ings", "ing", "ers", "er", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _topic_words(words: str, title: bool = False) -> set[str]:
    """Stems of the content words in ``words``: lower-case words only (names of bodies and
    places share words with anything: "Reef Tourism Operators"), every word in a title."""
    out = set()
    lead = len(words) - len(words.lstrip(" \u00a0\n“\"‘'"))
    for m in re.finditer(rf"[{UP}a-z][a-z’'-]+", words):
        w = m.group(0)
        if (w[:1].isupper() and not title and m.start() != lead) or len(w) < 4:
            continue
        lw = w.lower()
        if lw in _NO_TOPIC or lw in REPORT_VERBS or lw in GENERIC_SOURCES or \
                lw in ORG_NOUNS or lw in PERSON_ROLES or lw in STUDY_NOUNS:
            continue
        out.add(_stem(lw))
    return out


def _one_share(text: str, out: list[FigureClaim], spans: list[tuple[int, int]]) -> None:
    """Shares of differently named things that the headline says are one measure are one
    quantity: "bleaching on 73 per cent of reefs" and "20 per cent of coral ... was
    bleached" under "... how much of the reef is bleached"; "hair loss in 3 per cent of
    patients" and "one in four respondents ... lost hair" under "Hair loss ... more common
    than label says". The headline's own content words (not names, not words of saying or
    measuring) must be in the sentences of both; shares for a named target stay apart."""
    from ..speech.furniture import is_furniture_line, title_case

    _taking_part(out)
    head = next((text[a:b] for a, b in spans[:4] if b - a <= 300
                 and len(text[a:b].split()) >= 4 and not is_furniture_line(text[a:b])), None)
    if head is None:
        return
    topic = _topic_words(head, title=title_case(head.split()))
    if not topic:
        return
    buckets: dict[str, list[FigureClaim]] = {}
    for fc in out:
        q = fc.quantity
        if (q.startswith("share of ") and q.strip() != "share of" or (
                # "the poverty rate at 31 percent" beside "18% of households live below
                # the poverty line": a rate in percent is a share of its own kind
                q.startswith("rate of ") and " per " not in q and fc.figure.unit == "%")) \
                and "@" not in q and not fc.target:
            buckets.setdefault(q, []).append(fc)
    sourced = [q for q, ms in buckets.items() if any(m.source is not None for m in ms)]
    if len(sourced) < 2:
        return
    words: dict[str, set[str]] = {}
    for q in sourced:
        # (a share's own noun is no shared word; a rate's is what it measures: "poverty")
        own = _stem(q[len("share of "):].split()[-1]) if q.startswith("share of ") else ""
        seen: set[str] = set()
        for m in buckets[q]:
            seen |= _topic_words(text[m.sentence[0]:m.sentence[1]])
        words[q] = (seen & topic) - {own}
    # the quantity named by most sources takes the others in, one at a time
    order = sorted(sourced, key=lambda q: -sum(m.source is not None for m in buckets[q]))
    home: dict[str, str] = {}
    for i, q in enumerate(order):
        if q in home:
            continue
        for other in order[i + 1:]:
            if q.startswith("rate of ") and other.startswith("rate of "):
                continue  # two rates each named by its word (inflation, unemployment)
            if q.partition(" aged ")[2] != other.partition(" aged ")[2]:
                continue  # one age band's share is no other band's, nor everyone's
            if other not in home and words[q] & words[other]:
                home[other] = q
    for q, into in home.items():
        for m in buckets[q]:
            m.quantity = into


#: Rates of taking part in an event: the share of its people who did ("put participation
#: at 45 per cent", "turnout was 38%").
_TAKING_PART = frozenset(("turnout", "participation", "attendance"))


def _taking_part(out: list[FigureClaim]) -> None:
    """A rate of taking part that names no one ("A second union put participation at 45
    per cent") is the share of people who took part that the article's sources give
    ("23.6% of primary teachers were on strike", "more than 60 per cent of primary
    teachers had stopped work"): it joins the share given by most sources (two or more),
    when one share is. Rates of taking part named two ways ("turnout was 38 per cent",
    "put participation at 45 per cent") are one."""
    sources: dict[str, set[str]] = {}
    rates: dict[str, set[str]] = {}
    for fc in out:
        q = fc.quantity
        if fc.source is not None and q.startswith("share of ") and "@" not in q and \
                q.strip() != "share of" and not fc.target:
            sources.setdefault(q, set()).add(fc.source.name.casefold())
        if q.startswith("rate of ") and q[len("rate of "):] in _TAKING_PART and (
                fc.figure.unit == "%" or fc.figure.kind == "ratio"):
            rates.setdefault(q, set()).add(fc.source.name.casefold() if fc.source else "")
    if len(rates) > 1:
        # "turnout was 38 per cent", "put participation at 45 per cent": one rate, named
        # as most sources name it
        into = max(rates, key=lambda q: len(rates[q] - {""}))
        for fc in out:
            if fc.quantity in rates:
                fc.quantity = into
        rates = {into: set().union(*rates.values())}
    best = max(sources, key=lambda q: len(sources[q]), default=None)
    if best is None or len(sources[best]) < 2 or \
            sum(len(v) == len(sources[best]) for v in sources.values()) > 1:
        return  # (no share most sources give, or two: no telling which)
    for fc in out:
        if fc.quantity in rates and len(rates[fc.quantity] - {""}) < len(sources[best]):
            fc.quantity = best  # ("What is the turnout rate?" that most sources give stays)


#: Words with which a source rejects a figure it repeats (a general lexicon).
_REJECTS_RE = re.compile(
    r"(?i)\b(?:wrong|false|untrue|not[ \u00a0]+true|mislead\w*|exaggerat\w*|inflat\w*|"
    r"overstat\w*|understat\w*|scaremonger\w*|alarmis\w*|nonsense|absurd|baseless|"
    r"no[ \u00a0]+basis|not[ \u00a0]+credible|implausible|dismiss\w*|reject\w*|disput\w*|"
    r"den(?:y|ies|ied)|doubt\w*|question(?:ed|s)[ \u00a0]+the|challeng\w*|"
    r"nobody[ \u00a0]+believes|no[ \u00a0]+one[ \u00a0]+believes|too[ \u00a0]+(?:high|low)|"
    r"far[ \u00a0]+too|claims?[ \u00a0]+that|so-called|supposed|irresponsible|reckless|"
    r"unfounded|fabricat\w*|made[ \u00a0]+up|inaccurate|incorrect|not[ \u00a0]+accurate|"
    r"fanciful|fiction|unreliable|flawed)\b")


#: What a sentence measures, that a change named by a noun alone ("an increase of 9
#: percent") is a change of: rents, prices, fares, bills, wages (a general lexicon).
_MEASURED_NOUN_RE = re.compile(
    r"\b(rents?|prices?|costs?|fares?|bills?|wages?|salar(?:y|ies)|fees?|premiums?|charges?|"
    r"sales|profits?|revenues?|earnings|budgets?|spending|tax(?:es)?|tariffs?|tuition)\b"
    # the subject of a verb of change ("the average rent will rise to", "prices rose");
    # not "Ticket prices were unchanged, but attendance rose", "Despite higher fees,"
    r"(?=(?:[ \u00a0]+(?:will|would|could|have|has|had|are|is|were|was|to|set|expected))*"
    r"[ \u00a0]+(?:rise|rises|rose|risen|rising|increase|increases|increased|fall|falls|fell|"
    r"fallen|drop|drops|dropped|climb|climbs|climbed|jump|jumps|jumped|go[ \u00a0]+up|"
    r"goes[ \u00a0]+up|went[ \u00a0]+up|soar|soared|surge|surged|double|doubled)\b)",
    re.I)
#: Words of measure, what a change of them says nothing of what changes ("numbers",
#: "the total", "levels").
_GENERIC_MEASURES = frozenset("number total figure count level amount measure".split())


def _one_change(text: str, out: list[FigureClaim]) -> None:
    """A change named by a noun alone ("a 27% drop", "put the reduction at 19 percent")
    is the change the article's sources give most in that direction ("deforestation fell
    38 per cent"): the text names what changes once and then says only "the drop"."""
    for way in ("reduction", "increase"):
        named: dict[str, int] = {}
        # ("passenger numbers have risen by 18 per cent": a change of a word of measure
        # says what changes no more than "the rise" does)
        generic = {f"{way} in {w}" for w in _GENERIC_MEASURES}
        for fc in out:
            if fc.quantity.startswith(way + " in ") and "@" not in fc.quantity and \
                    fc.source is not None and fc.quantity not in generic:
                named[fc.quantity] = named.get(fc.quantity, 0) + 1
        bare = [fc for fc in out if fc.quantity == way or (
            fc.quantity in generic and len(named) == 1)]
        if not bare:
            continue
        if not named:
            # "the average rent will rise to $2,350 a month, an increase of 9 percent": the
            # change of what the changes' sentences measure, when the text names none
            said: dict[str, int] = {}
            for fc in bare:
                found = _MEASURED_NOUN_RE.findall(text, fc.sentence[0], fc.start)
                if found:
                    w = found[-1].lower()
                    w = w if w in ("sales", "earnings", "spending") else \
                        "tax" if w == "taxes" else singular(w)
                    said[f"{way} in {w}"] = said.get(f"{way} in {w}", 0) + 1
            named = said
        into = max(named, key=lambda q: named[q]) if named else f"{way} in the measure"
        for fc in bare:
            fc.quantity = into


#: Words before a figure that frame it as another's: "the charity's figure of", "their
#: estimate of", "the 200,000 figure" (its owner or its measure noun, then the figure).
_CITED_FRAME_RE = re.compile(
    r"(?:[’']s?|\b(?:the|their|its|his|her|that|this))[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:figure|estimate|number|count|claim|total|tally|forecast|projection)s?"
    r"(?:[ \u00a0]+of)?[ \u00a0]*$|[’']s?[ \u00a0]+$", re.I)


#: ... or after it: "the 20,000 counted by officers", "the figure given by the ministry".
_CITED_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:counted|claimed|given|reported|estimated|cited|quoted|"
    r"put[ \u00a0]+forward|published|announced)[ \u00a0]+by\b", re.I)


def _cited_figures(text: str, out: list[FigureClaim]) -> None:
    """A source who repeats another source's figure to reject it ("The minister said the
    charity's figure of 200,000 was scaremongering"), or beside a figure of their own in
    the same sentence ("... and put the real number at 90,000"), is citing it: the
    repeated figure is the one who gave it first, not a position of the one rejecting it.
    One pass in text order, figures keyed by value (a long text has thousands)."""
    first: dict[tuple[str, bool, str], FigureClaim] = {}  # (quantity, range, value) -> first
    in_sentence: dict[tuple[tuple[int, int], str], list[FigureClaim]] = {}
    rejects: dict[tuple[int, int], bool] = {}
    cited: list[tuple[FigureClaim, FigureClaim]] = []
    for fc in out:
        s = fc.source
        if s is None:
            continue
        v = _value_key(fc.figure)
        if v is None:
            continue
        who = s.person_id or s.name.casefold()
        k = (fc.quantity, fc.figure.kind == "range", v)
        in_sentence.setdefault((fc.sentence, who), []).append(fc)
        o = first.get(k)
        if o is None:
            first[k] = fc
            continue
        if o.source is None or (o.source.person_id or o.source.name.casefold()) == who or \
                _same_person(o.source, s):
            continue
        cited.append((fc, o))
    for fc, o in cited:
        s, f = fc.source, o.source
        assert s is not None and f is not None
        who = s.person_id or s.name.casefold()
        part = _own_part(text, fc)
        if part not in rejects:
            rejects[part] = bool(_REJECTS_RE.search(text, *part))
        beside = any(x.quantity == fc.quantity and not _overlap(x.figure, fc.figure)
                     for x in in_sentence.get((fc.sentence, who), [])[:50])
        if beside and not rejects[part] and \
                _NEWER_THAN_RE.match(text, fc.end, fc.sentence[1]):
            continue  # "has burnt 34,000ha, down from the 41,000 it gave": its own new figure
        if beside and not rejects[part] and not _CITED_FRAME_RE.search(
                text, max(fc.sentence[0], fc.start - 60), fc.start) and \
                not _CITED_AFTER_RE.match(text, fc.end, fc.sentence[1]):
            continue  # "said 1,146 people were randomised and 1,032 finished": two counts
            # of their own, the first the same as another source's; a cited one is framed
            # as another's ("the charity's figure of 200,000")
        if rejects[part] or beside:
            fc.source = Source(f.name, f.kind, f.person_id, "cited", f.start, f.study,
                               f.confirmed)


def _value_key(f: Figure) -> str | None:
    """A figure's value to three significant figures (ranges by both ends)."""
    if f.kind == "range":
        return None if f.low is None or f.high is None else f"{f.low:.3g}-{f.high:.3g}"
    v = f.value if f.kind != "ratio" else f.low
    return None if v is None else f"{v:.3g}"


def _same_person(a: Source, b: Source) -> bool:
    """The same source under two names: one person ("Jane Roe", "Roe"), or a body and its
    short name ("Kenya Red Cross Society", "Red Cross")."""
    if a.person_id is not None and a.person_id == b.person_id or (
            a.kind == b.kind == "person" and a.name.split()[-1:] == b.name.split()[-1:]):
        return True
    wa = {w for w in re.findall(r"\w+", a.name.casefold()) if w not in ("the", "of", "s")}
    wb = {w for w in re.findall(r"\w+", b.name.casefold()) if w not in ("the", "of", "s")}
    return bool(wa and wb) and a.kind == b.kind == "organisation" and (wa <= wb or wb <= wa)


#: Words that make a sum a figure for something the article is weighing ("the city's own
#: calculation came to about $1.35 billion").
_FIGURE_WORDS_RE = re.compile(
    r"\b(?:calculation|estimate|figure|number|total|tally|count|sum|projection|assessment|"
    r"reckoning|breakdown|costing|yield|analysis|analyses|audit|review|report|forecast)s?\b",
    re.I)


def _one_sum(out: list[FigureClaim]) -> None:
    """Two money quantities of one currency are one when a source gives the same sum (within
    1%) under both: "Metro Rail's free rides cost it 400bn won" and "Metro Rail lost 400.2
    billion won because of the free fares" are the cost and the loss of one thing, named
    two ways; the later name joins the first, so the other sources' sums for either meet
    in one question."""
    # (each sum with its source's name: only sums a source gives)
    money = [(fc, fc.source.name.casefold()) for fc in out if fc.source is not None
             and fc.quantity.startswith("money ") and "@" not in fc.quantity and fc.figure.value]
    rename: dict[str, str] = {}

    def root(q: str) -> str:
        while q in rename:  # (each name is renamed to a root once: no cycle)
            q = rename[q]
        return q

    for i, (a, who_a) in enumerate(money):
        for b, who_b in money[i + 1:]:
            qa, qb = root(a.quantity), root(b.quantity)
            if qa == qb or qa.split()[1] != qb.split()[1] or who_a != who_b:
                continue
            va, vb = a.figure.value or 0.0, b.figure.value or 0.0
            if abs(va - vb) <= 0.01 * max(abs(va), abs(vb)):
                rename[qb] = qa
    if rename:
        for fc in out:
            fc.quantity = root(fc.quantity)


def _bare_sums(text: str, out: list[FigureClaim]) -> None:
    """A sum with a source but no word of what it pays for, in a sentence that calls it a
    calculation, estimate or figure, is a figure for the sum the article's sources argue
    about: the money quantity (in the same currency) that most sources give."""
    counts: dict[str, int] = {}
    for fc in out:
        q = fc.quantity
        if fc.source is not None and q.startswith("money ") and "@" not in q:
            counts[q] = counts.get(q, 0) + 1
    for fc in out:
        q = fc.quantity
        if fc.source is None or not q.startswith("money ") or "@" not in q:
            continue
        cur = q.split()[1]
        same = [(n, k) for k, n in counts.items() if k.split()[1] == cur]
        if not same or not _FIGURE_WORDS_RE.search(text, fc.sentence[0], fc.sentence[1]):
            continue
        n, main = max(same)
        if n >= 2:
            fc.quantity = main


#: What a cost is of, in the words news uses: "the cost of the new bridge at", "the final
#: bill for rebuilding the harbour wall was" (up to the verb before the sum).
_COST_OF_RE = re.compile(
    rf"\b(?:costs?|prices?|price{_SP}+tag|bills?|outlay){_SP}+(?:of|for){_SP}+"
    rf"(?P<x>(?:(?:[^\s.;:,]|(?<=\d),(?=\d))+{_SP}+){{0,7}}?(?:[^\s.;:,]|(?<=\d),(?=\d))+)"
    rf"{_SP}+(?:at|to|was|is|will|would|stood|stands|came|rose|reached|totall?ed|totals|had|"
    rf"has|could|might|may)\b")
#: "the march's cost", "the stadium's final price": a thing's cost, by its possessive.
_COST_POSS_RE = re.compile(
    rf"\b(?P<x>[{UP}a-z][\w-]*)[’']s?{_SP}+(?:(?:total|final|full|estimated|true|real|"
    rf"overall|annual){_SP}+)?(?:cost|price|bill)s?\b")
#: "the march cost", "Upgrading the municipal website ... will cost the city", "would end up
#: costing": the thing a verb of costing has as its subject, from the clause's start to
#: the verb. The verb, not the noun: "cost" is a noun before "of", "at", "was", "to" ("the
#: true cost was", "the cost to taxpayers") and after an article or an adjective.
_COSTS_VERB_RE = re.compile(
    rf"(?P<x>[^,;:]*?)(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bits)(?<!\btheir)(?<!\btrue)"
    rf"(?<!\bfull)(?<!\btotal)(?<!\bfinal)(?<!\breal)"
    rf"{_SP}+(?:(?:will|would|could|might|may|did|does|do|to|had|has|have|"
    rf"is{_SP}+expected{_SP}+to|are{_SP}+expected{_SP}+to|is{_SP}+likely{_SP}+to|"
    rf"(?:will|would|could|might|may){_SP}+end{_SP}+up)"
    rf"{_SP}+)?(?:also{_SP}+|now{_SP}+|eventually{_SP}+|ultimately{_SP}+)?"
    rf"(?:cost|costs|costing){_SP}(?!(?:of|at|was|is|were|are|to|for|will|would|has|had|"
    rf"estimate|estimates|figure|overruns?)\b)")
_WH_CUT_RE = re.compile(rf"^.*\b(?:what|which|who|whom|whose|how|why|where|when|if|whether)"
                        rf"{_SP}+", re.S | re.I)
#: The words that end a thing's name before what is said of it ("the bridge over the
#: river", "upgrading the website to the new system", "the stadium would end up": the
#: bridge, the website, the stadium).
_COST_X_STOP = frozenset("of to for in on at with over under by from and or which that who "
                         "across into through during after before between will would could "
                         "might may can should must shall is are was were has have had "
                         "being been".split())
#: Words for whatever the article's cost is of, never another thing: "the project",
#: "the scheme", "it".
_COST_ANY = frozenset("project scheme plan programme program work works job effort operation "
                      "thing it this that everything total whole all them they which what "
                      "he she we i you one".split())


#: Events whose cost is a loss, not a price (a general lexicon of what damages): what a
#: drought or a strike "cost" someone is what they lost.
_DAMAGING_EVENTS = frozenset(
    "drought flood fire wildfire bushfire blaze storm hurricane cyclone typhoon tornado "
    "earthquake quake tsunami landslide heatwave frost hail war conflict strike walkout "
    "pandemic epidemic outbreak disaster crisis shutdown lockdown blackout outage recession "
    "attack cyberattack hack breach fraud scam scandal spill collapse crash accident "
    "disruption".split())


#: Nouns for doing something to a thing, whose cost is the thing's ("the replacement of
#: the bridge", "repairs to" aside): a lexicon of the common ones, and the endings of
#: nouns made from verbs ("-tion", "-sion", "-ment": construction, expansion, refurbishment).
_ACTION_NOUNS = frozenset(
    "repair repairs rebuild rebuilding upgrade upgrading overhaul purchase design delivery "
    "removal renewal rollout roll-out build building cleanup clean-up demolition "
    "maintenance closure rescue refit revamp replacing repairing widening dredging "
    "resurfacing electrification".split())
_ACTION_END_RE = re.compile(r"(?:tion|sion|ment|ments|tions)$")
#: Words after a thing's name that are not the thing ("the approach roads alone").
_COST_X_TAIL = frozenset("alone only itself themselves too also combined together "
                         "altogether".split())


#: Words of those endings that name a thing or a body, not a doing ("the Department of
#: Transport", "the apartments of the block").
_NOT_ACTIONS = frozenset("department departments government governments parliament "
                         "apartment apartments environment tournament monument basement "
                         "document documents instrument compartment pavement station "
                         "stations nation nations population region".split())


def _is_action_noun(word: str) -> bool:
    low = word.strip("“”\"‘’'()").lower()
    return low in _ACTION_NOUNS or (len(low) > 6 and low not in _NOT_ACTIONS
                                    and bool(_ACTION_END_RE.search(low)))


#: A relative or participle clause giving a place's size: "(the park), which covers",
#: "(the reserve), covering some", "(the lake), which spans an area of".
_PLACE_SIZE_RE = re.compile(
    rf"(?P<x>[\w’'-]+),?{_SP}+(?:(?:which|that){_SP}+(?:now{_SP}+|already{_SP}+|still{_SP}+)?"
    rf"(?:covers|covered|spans|spanned|extends{_SP}+(?:over|across)|stretches{_SP}+"
    rf"(?:over|across)|occupies|encompasses|measures|sprawls{_SP}+(?:over|across))|covering|"
    rf"spanning|extending{_SP}+over|stretching{_SP}+(?:over|across)|encompassing)"
    rf"(?:{_SP}+(?:an{_SP}+)?area{_SP}+of)?"
    rf"(?:{_SP}+(?:just{_SP}+)?(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)


def _place_size(text: str, f: Figure, ss: int) -> bool:
    """Whether a length or an area is the size of a place the sentence describes ("the
    Peneda-Gerês national park, which covers 69,000 hectares"), not of an event ("the
    fire, which now covers 34,000 hectares" is the area burnt)."""
    m = _PLACE_SIZE_RE.search(text, max(ss, f.start - 80), f.start)
    return m is not None and singular(m.group("x").lower()) not in _DAMAGING_EVENTS


#: A time adjunct after what a cost is of ("this winter", "last year"): the date of the
#: cost, never the thing.
_TIME_DEICTICS = frozenset("this last next that each every".split())
#: Nouns that end as adverbs do.
_LY_NOUNS = frozenset("family supply assembly rally ally jelly belly lily monopoly anomaly "
                      "homily butterfly fly dragonfly panoply".split())
_TIME_SPANS = frozenset("year month week day summer winter spring autumn fall season term "
                        "quarter semester weekend night morning evening decade".split())


def _cost_thing(text: str, fc: FigureClaim) -> str | None:
    """The head noun of what a cost is of ("the cost of the new bridge": "bridge"; "the
    march cost": "march"; "Upgrading the municipal website ... will cost": "website"), ""
    when the sentence says "it", "the project" (the thing last named), or None when it
    does not say."""
    ss = fc.sentence[0]
    starts = list(clause_starts(text, ss, fc.start))
    lo = starts[-1].end() if starts else ss
    before = text[lo:fc.start]
    m = _COST_OF_RE.search(before) or _COST_POSS_RE.search(before)
    phrase = m.group("x") if m else None
    if phrase is None:
        vm = _COSTS_VERB_RE.search(before)
        if vm is None:
            return None
        # the subject of "cost": after what reported it and after a clause word ("its
        # estimate of what this year's drought has cost": the drought)
        phrase = _WH_CUT_RE.sub("", _NP_CUT_RE.sub("", vm.group("x")))
    tokens = phrase.split()
    # what is done to a thing costs the thing: "The replacement of the bridge will cost",
    # "the cost of the construction of the stadium": the bridge, the stadium
    for i, w in enumerate(tokens[:-1]):
        if tokens[i + 1].lower() == "of" and _is_action_noun(w):
            tokens = tokens[i + 2:]
            break
    words: list[str] = []
    for w in tokens:
        low = w.lower()
        if words and (low in _COST_X_STOP or (low.endswith("ed") and words[-1].lower() not in
                                              _DANGLING)):
            break  # ("the stadium planned for the waterfront": the stadium)
        words.append(w)
    while len(words) > 1 and words[-1].lower() in _COST_X_TAIL:
        words.pop()  # "the approach roads alone": the roads
    while len(words) > 2 and words[-2].lower() in _TIME_DEICTICS and \
            words[-1].lower() in _TIME_SPANS:
        del words[-2:]  # "the typical coat this winter": the coat, no winter
    while len(words) > 1 and words[-1].lower().endswith("ly") and \
            words[-1].lower() not in _LY_NOUNS:
        words.pop()  # "Does a winter coat really cost": the coat, no adverb
    head = words[-1].strip("“”\"‘’'()").lower() if words else ""
    if head in _COST_ANY or head in _PRONOUNS:
        return ""  # "it", "the project": the thing last named
    if not head.isalpha() or head in _DANGLING:
        return None
    return singular(head)


def _cost_things(text: str, out: list[FigureClaim]) -> None:
    """Sums for what different things cost are different quantities: "the march cost $2.4
    million" and "Upgrading the municipal website will cost the city $350,000" are two
    questions, not three positions on one. A cost of "it" or "the project" is of the thing
    the text last named a cost of; a sum that names no thing at all ("put the cost at", "a
    contingency of £35 million") is of the thing the text has named most so far (not the
    side thing named last: "The cost of the approach roads alone is £95 million"). The
    thing most figures are of keeps the plain quantity, each other thing gets its own."""
    by_cur: dict[str, list[tuple[FigureClaim, str | None]]] = {}
    for fc in out:
        q = fc.quantity.split(" per ")[0]
        if (fc.figure.kind == "money" or fc.figure.unit in CURRENCY_SIGNS.values()) and \
                q == f"money {fc.figure.unit} cost":  # (a range of sums too)
            by_cur.setdefault(q, []).append((fc, _cost_thing(text, fc)))
    for q, items in by_cur.items():
        things: list[str | None] = []
        last: str | None = None
        named: dict[str, int] = {}
        for _fc, t in items:
            if t:
                last = t
                named[t] = named.get(t, 0) + 1
                things.append(t)
            elif t is None and named:
                # a sum that names nothing: the thing the text has named most so far
                things.append(max(named, key=named.__getitem__))  # (the first of equals)
            else:
                things.append(last)
        for (fc, _t), t in zip(items, things, strict=True):
            if t in _DAMAGING_EVENTS:
                # "what this year's drought has cost the region's farmers": what an event
                # cost is what was lost, one quantity with "puts losses at"
                fc.quantity = fc.quantity.replace(q, f"money {fc.figure.unit} loss", 1)
        kept = [(fc, t) for (fc, _t), t in zip(items, things, strict=True)
                if t not in _DAMAGING_EVENTS]
        if len({t for _fc, t in kept if t}) < 2:
            continue  # one thing's cost (or none said): nothing to tell apart
        things = [t for _fc, t in kept]
        counts: dict[str, int] = {}
        for t in things:
            if t:
                counts[t] = counts.get(t, 0) + 1
        main = max(counts, key=counts.__getitem__)  # (counted in order: the first of equals)
        for fc, t in kept:
            if t and t != main:
                fc.quantity = fc.quantity.replace(q, f"{q} of {t}", 1)


#: "14,000 households received eviction notices", "2,000 workers would lose their jobs":
#: what the counted ones got, lost or were served (its plural head).
_OBJECT_AFTER_RE = re.compile(
    rf"{_SP}+(?:[a-z]+{_SP}+)?(?:would{_SP}+|will{_SP}+|could{_SP}+|had{_SP}+|have{_SP}+|were"
    rf"{_SP}+|are{_SP}+)?(?:been{_SP}+)?(?:receiv\w*|got|get|gets|lost|lose|loses|losing|"
    rf"served|issued|handed|given|sent|faced|face|faces|filed|file|files|made|make|submitted|"
    rf"lodged|reported|report)(?:{_SP}+with)?{_SP}+(?:their|its|an?|the)?{_SP}*"
    rf"(?:[a-z-]+{_SP}+)?(?P<obj>[a-z-]+s)\b")
_NOT_COUNT_MERGE = ("share of", "money", "rate of", "duration of", "increase in",
                    "reduction in", AGE_KEY)


def _per_part(quantity: str | None) -> str:
    """What a quantity is per ("length per hour": " per hour"; "length": "")."""
    q = quantity or ""
    return q[q.index(" per "):] if " per " in q else ""


def _a_count(quantity: str) -> bool:
    """Whether ``quantity`` counts things (wolves, people, the dead): no length of time,
    length, area, sum, share, rate or change."""
    return not quantity.startswith(_NOT_COUNT_MERGE) and \
        quantity.split(" @")[0] not in _ORDERED_KEYS.values()


def _near(value: float | None, size: float | None) -> bool:
    """Whether a bare number is of the order of a figure of the quantity it would join (or
    either is unknown): "Forty-one thousand" after "34,000 hectares", "a billion" after
    "£760m"; not "3.3 million" after "10 days"."""
    return value is None or not size or value <= 0 or size <= 0 or \
        1 / _SAME_ORDER <= value / size <= _SAME_ORDER


def _one_count(text: str, out: list[FigureClaim]) -> None:
    """Counts of one thing named two ways by what one source counts and another's count
    got: "14,000 households received eviction notices" and "6,200 eviction notices were
    issued"; "2,000 workers would lose their jobs" and "would cut 1,200 jobs". The count of
    the things is merged into the count of those who got them (one question), when both
    have sources and neither is a state (the dead, the missing)."""
    buckets: dict[str, list[FigureClaim]] = {}
    for fc in out:
        q = fc.quantity
        if fc.source is not None and not q.startswith(_NOT_COUNT_MERGE) and "@" not in q \
                and q not in STATES.values():
            buckets.setdefault(q, []).append(fc)
    if len(buckets) < 2:
        return
    home: dict[str, str] = {}
    for q, members in buckets.items():
        for fc in members:
            m = _OBJECT_AFTER_RE.match(text, fc.figure.end, fc.sentence[1])
            if m is None:
                continue
            obj = _norm_noun(m.group("obj"))
            if obj != q and obj in buckets and obj not in home and q not in home:
                home[obj] = q
    for q, into in home.items():
        for fc in out:
            if fc.quantity == q:
                fc.quantity = into


#: Count nouns that say only that something was counted ("430 animals", "300 cases",
#: "5,000 units", "200 head"): the thing the article counts when it names one.
GENERIC_COUNT_NOUNS = frozenset("animal creature specimen beast head case unit incident "
                                "instance".split())


#: Words before a generic count that make it what a source says the thing's number is
#: ("put the population at about 430 animals", "the herd is closer to 6,000 head", "says
#: 3,200 units", "counted roughly 1,600 animals", "– well over 1,000 animals"), after
#: the hedges ("about", "well over", "as many as") are set aside.
_GENERIC_LEAD_RE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|at|to|says?|said|puts?|estimated?|estimates|counted|"
    r"counts?|numbered|numbers?|totals?|totall?ed|recorded|records|reported|reports|claimed|"
    r"claims)|[–—(:])\s*$", re.I)
#: ... set aside by the parser's one list of hedges and bounds and the leads figures
#: already name (_LEAD: "only", "as many as", "closer to"), with the adverbs that only
#: sharpen them ("well over", "just under", "perhaps", "exactly") and an opening quote.
_GENERIC_HEDGE_RE = re.compile(
    rf"(?:\s+(?:{_HEDGE_OR_BOUND}|{_LIMITING}|{_EXTENT}|well|perhaps|barely|fully|exactly|"
    rf"precisely|between|[\"“”]))+\s*$", re.I)


def _generic_counts(text: str, out: list[FigureClaim], topic: str | None) -> None:
    """A count in a generic noun is a count of the article's own thing when a source
    gives it as that thing's number and it is of the same order as that thing's figures:
    in an article asking "How many wolves live in Brandenburg?", "putting the population
    at about 430 animals" and "– well over 1,000 animals" are wolves (one question), while
    "31 ewes", a generic count a hundred times smaller, and the object of a verb of its
    own ("Farmers keep 3,000 animals on the dykes", "lost 2,000 animals") stay apart:
    the order alone cannot tell livestock from wolves."""
    if topic is None or topic in GENERIC_COUNT_NOUNS or topic in (
            DURATION_KEY, LENGTH_KEY, AREA_KEY):
        return  # (a measure in units is no count of things)
    sizes = [v for fc in out if fc.quantity == topic and fc.source is not None
             for v in (fc.figure.value, fc.figure.low, fc.figure.high) if v]
    if not sizes:
        return
    lo, hi = min(sizes) / _SAME_ORDER, max(sizes) * _SAME_ORDER
    for fc in out:
        f = fc.figure
        v = f.value if f.value is not None else (
            (f.low + f.high) / 2 if f.low is not None and f.high is not None else None)
        if fc.quantity in GENERIC_COUNT_NOUNS and f.kind in ("count", "range") and \
                v is not None and lo <= v <= hi:
            lead = _GENERIC_HEDGE_RE.sub("", " " + text[max(0, fc.start - 80):fc.start])
            if _GENERIC_LEAD_RE.search(lead):
                fc.quantity = topic


#: A fact check's label for the claim it weighs, opening its line: "Claim: Floods destroyed
#: 900,000 tonnes of rice", "The claim:", "What was claimed:".
_CLAIM_LINE_RE = re.compile(r"[ \t*_]*(?:[Tt]he[ \t]+|THE[ \t]+)?(?:[Cc]laim|CLAIM|[Cc]laimed|"
                            r"[Ww]hat[ \t]+was[ \t]+claimed|[Tt]he[ \t]+claim)[ \t*_]*:")


def _in_claim_line(text: str, pos: int) -> bool:
    """``pos`` is on a line a fact check opens with its claim label."""
    return bool(_CLAIM_LINE_RE.match(text, text.rfind("\n", 0, pos) + 1, pos))


def _dimension(quantity: str) -> str:
    """What a quantity measures, without what it is of: "money Rs" of "money Rs across",
    "tonne" of "tonne @40"."""
    words = quantity.split(" @")[0].split(" per ")[0].split()
    return " ".join(words[:2] if words[:1] == ["money"] else words[:1])


#: The capitalised words that end a description: its person's name.
_CAPS_TAIL_RE = re.compile(rf"[{UP}][\w’'.-]*(?:{_SP}+[{UP}][\w’'.-]*)+$")
#: A claim signed at the end of its own line, after a dash: "CLAIM: Sugar sells for P110
#: a kilo. — Rep. Dominador Saldaña, privilege speech, September 9".
_CLAIM_SIGNED_RE = re.compile(
    r"[.!?\"”’][ \t]*[—–][ \t]*(?P<who>(?=[^,\n]*[a-z])(?=[^,\n]*\b[A-Z][a-z])"
    r"(?![^,\n]*\b(?i:false|true|misleading|mostly|correct|incorrect|wrong|unproven|"
    r"verdict|rating)\b)[^,\n(—–\d]{2,80})(?:,[^\n]*)?[ \t]*$")
#: (a name written with lower case, never a verdict in capitals, "— MOSTLY FALSE", nor a
#: post's description, "— Facebook post shared 12,000 times")
#: A fact check's field for who made the claim, on a line of its own: "Claimed by: Rep.
#: Ann Lee, in a video", "Made by:", "Who said it:", "Speaker:".
_CLAIMED_BY_RE = re.compile(r"[ \t*_]*(?i:(?:claimed|made|said|stated|posted|shared)[ \t]+by|"
                            r"who[ \t]+(?:said|made|claimed)[ \t]+(?:it|this)|speaker)"
                            r"[ \t*_]*:[ \t*_]*(?P<who>[^,\n(—–]{2,80})")


#: The claim put in other terms, right before the figure: "the senator's claim, which would
#: mean", "the claim would amount to", "Her claim works out at".
_CLAIM_MEANS_RE = re.compile(
    rf"\b(?:claim|assertion|figure){_SP}*,?{_SP}+(?:which{_SP}+)?(?:would{_SP}+)?(?:mean|means|"
    rf"equal|equals|imply|implies|amount{_SP}+to|amounts{_SP}+to|work{_SP}+out{_SP}+(?:at|to)|"
    rf"works{_SP}+out{_SP}+(?:at|to)|translate{_SP}+to|translates{_SP}+to|"
    rf"correspond{_SP}+to|corresponds{_SP}+to){_SP}+(?:[a-z]+{_SP}+)?$")


def _claimed_by(text: str, pos: int) -> Source | None:
    """The maker a fact check's field names on one of the three lines after the claim's
    line at ``pos`` ("Claimed by: State Sen. Ann Lee, in a floor speech")."""
    from ..speech.speakers import clean_name

    at = text.find("\n", pos)
    # (or signed at the end of the claim's own line: "CLAIM: Sugar sells for P110 a kilo.
    # — Rep. Dominador Saldaña, privilege speech, September 9")
    signed = _CLAIM_SIGNED_RE.search(text, pos, at if at >= 0 else len(text))
    for _ in range(3):
        m = signed or (_CLAIMED_BY_RE.match(text, at + 1) if at >= 0 else None)
        if m is None and at < 0:
            return None
        how = "signed" if signed is not None else "claim"
        signed = None
        if m is not None:
            who = " ".join(m.group("who").split())
            if who[:1].islower() and (cap := _CAPS_TAIL_RE.search(who)) is not None:
                who = cap.group(0)  # ("mayoral hopeful Grant Pewhairangi": the name)
            cleaned = clean_name(who)  # ("State Sen. Dana Whitcombe": the senator)
            if cleaned is not None and len(cleaned[1]) >= 2 and \
                    not is_org(" ".join(cleaned[1])):
                return Source(" ".join(cleaned[1]), "person", None, how, m.start("who"))
            return Source(who, "organisation", None, how, m.start("who")) \
                if is_org(who) else None
        at = text.find("\n", at + 1)
    return None


#: Between a figure and its exact value set apart after it: "just under a quarter of children
#: aged 6 to 16 - " (a dash or a bracket opens the aside; no clause of its own before it).
_ASIDE_OPENS_RE = re.compile(r"^[^.;:!?]{0,60}?[ \u00a0]+[-–—(][ \u00a0]*$|"
                             r"^[ \u00a0]*[-–—(][ \u00a0]*$")
#: ... and what closes it: ", to be exact -", ")", " -".
_ASIDE_CLOSES_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*to[ \u00a0]+be[ \u00a0]+(?:exact|precise)|"
                              r"\)|[ \u00a0]+[-–—][ \u00a0])")


def _set_apart(text: str, out: list[FigureClaim]) -> None:
    """A figure's exact value set apart right after it is the same source's: "it found that
    just under a quarter of children aged 6 to 16 - 23.9%, to be exact - were short-sighted"
    (the aside says the figure again, to the decimal)."""
    for a, b in zip(out, out[1:], strict=False):
        if b.source is not None or a.source is None or a.sentence != b.sentence or \
                _measure(a.figure) != _measure(b.figure) or _measure(a.figure) is None:
            continue
        if _ASIDE_OPENS_RE.match(text[a.end:b.start]) and _ASIDE_CLOSES_RE.match(text, b.end):
            b.source = a.source
            if b.quantity != a.quantity and b.quantity.split()[:2] == a.quantity.split()[:2]:
                b.quantity = a.quantity


#: What a fact check's claim line says made the claim: "A viral post says", "A video
#: seen a million times claims" (group ``what``).
_POST_SAYS_RE = re.compile(
    r"(?i)\b(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?P<what>post|video|tweet|"
    r"message|meme|leaflet|advert|advertisement|ad|graphic|image|clip|email|letter|"
    r"article|website|petition)s?\b[^.;:!?]{0,120}?\b(?:says|said|claims|claimed|"
    r"states|stated|suggests|alleges|warns)\b")
#: ... and who put it out, in a sentence of its own below: "The video was first posted by
#: a lobby called Fair Pills", "This leaflet was produced by Ann Lee".
_PUT_OUT_BY_RE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat){_SP}+(?P<what>[a-z]+){_SP}+(?:was|were|had{_SP}+been)"
    rf"{_SP}+(?:first{_SP}+|originally{_SP}+)?(?:published|posted|shared|made|put"
    rf"{_SP}+out|created|written|produced|circulated|issued){_SP}+by{_SP}+"
    rf"(?:(?:the|a|an){_SP}+(?:[a-z][\w-]*{_SP}+){{0,3}}?)?(?P<who>{_cap_name(9)})"
    # ("by Fenmoor Alliance councillor Ruth Oduya": the person her title names)
    rf"(?:{_SP}+(?P<role>[a-z]+){_SP}+(?P<person>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,3}}))?")


def _post_maker(text: str, pos: int) -> Source | None:
    """Who made a fact check's claim when its line gives it to a post, a video or a
    leaflet ("CLAIM: A viral video claims ..."): the maker a later sentence names
    ("The video was first posted by a lobby called X"), within the next three
    paragraphs; None when none is named."""
    line_end = text.find("\n", pos)
    pm = _POST_SAYS_RE.search(text, text.rfind("\n", 0, pos) + 1,
                              line_end if line_end >= 0 else len(text))
    if pm is None:
        return None
    what = pm.group("what").lower()
    stop = pm.end()
    for _ in range(3):  # (three paragraphs: their lines with text)
        nxt = re.compile(r"\n[ \t]*\S").search(text, stop)
        stop = nxt.end() if nxt else len(text)
    end = text.find("\n", stop)
    for bm in _PUT_OUT_BY_RE.finditer(text, pm.end(), end if end >= 0 else len(text)):
        if bm.group("what") != what:
            continue
        if bm.group("role") in PERSON_ROLES:
            return Source(clean_source(bm.group("person")), "person", None, "claim",
                          bm.start("person"))
        name = clean_source(bm.group("who"))
        if name and not _not_a_name(name):
            kind = "person" if _person_like(name) else "organisation"
            return Source(name, kind, None, "claim", bm.start("who"))
    return None


def _claim_sources(text: str, out: list[FigureClaim]) -> None:
    """The figure of a fact check's claim ("Claim: Floods destroyed 900,000 tonnes of
    rice") is its maker's, never the fact checker's: the source below that gives the same
    figure (the MLA who said "nine lakh tonnes" in a video); the article's own figures of
    that value (the verdict's "The 900,000 tonnes figure is well above ...") restate the
    claim, and are the maker's too."""
    for cf in out:
        if cf.source is not None and cf.source.how != "quote" or \
                not _in_claim_line(text, cf.start):
            continue
        dim = _dimension(cf.quantity)
        # (a claim box signed on the line below is the speech engine's quotation, its
        # claimant known: 'Claim: "…" / Who said it: state Sen. Patricia Kowalczyk')
        quoted = cf.source is not None
        maker = cf.source or next((
            o.source for o in out if o.source is not None and o.start > cf.start
            and o.source.kind in ("person", "organisation") and
            not _in_claim_line(text, o.start) and _dimension(o.quantity) == dim
            and not _clause_rejects(text, o) and same_value(o.figure, cf.figure)), None)
        if not quoted:
            field = _claimed_by(text, cf.start)
            if maker is None or (field is not None and (
                    field.name.endswith(" " + maker.name) or field.how == "signed")):
                maker = field  # ("Whitcombe said ..." below is the field's "Dana Whitcombe";
                # a claim signed on its own line is its signer's, whoever says it below)
            if maker is None:
                maker = _post_maker(text, cf.start)
        if maker is None:
            continue
        for fc in out:
            if fc.source is None and _dimension(fc.quantity) == dim and not quoted and (
                    fc is cf or same_value(fc.figure, cf.figure)):
                # (a quotation's claim restated stays as the rules read it: only its other
                # terms, below, are the claimant's for want of a source)
                fc.source = Source(maker.name, maker.kind, maker.person_id, "claim",
                                   maker.start)
            elif fc.source is None and fc.start > cf.start and \
                    not _in_claim_line(text, fc.start) and \
                    _CLAIM_MEANS_RE.search(text, fc.sentence[0], fc.start):
                # "the senator's claim, which would mean 10 stillbirths for every 1,000
                # births": the claim in other terms, still its maker's
                fc.source = Source(maker.name, maker.kind, maker.person_id, "claim",
                                   maker.start)


def _measure(f: Figure) -> str | None:
    """What a figure is measured in, as two figures of one quantity share it: "share" (a
    per cent, a fraction, "one in three"), a currency, a rate's base, a unit in its
    canonical form ("hectares" and "ha" are one); "" for a bare number ("Our 210,000"),
    None for dates."""
    if f.kind in ("year", "period"):
        return None
    if f.unit == "%" or f.kind == "ratio":
        return "share"
    if not f.unit:
        return "" if f.kind in ("count", "range") else None
    if f.kind == "money" or f.unit in CURRENCY_SIGNS.values() or f.unit.startswith("per "):
        return f.unit
    dim, unit, factor = canonical_unit(f.unit)
    return f"{dim} {unit} {factor:g}"


def _same_figure(a: Figure, b: Figure) -> bool:
    """The same figure written twice: one measure (a bare number is any count's) and one
    value within 1% (a range by both ends)."""
    ma, mb = _measure(a), _measure(b)
    if ma is None or mb is None or (ma != mb and not (
            "" in (ma, mb) and "share" not in (ma, mb) and not {ma, mb} & set(
                CURRENCY_SIGNS.values()))):
        return False
    if (a.kind == "range") != (b.kind == "range"):
        return False
    if a.kind == "range":
        return a.low is not None and b.low is not None and a.high is not None and \
            b.high is not None and abs(a.low - b.low) <= 0.01 * max(abs(a.low), abs(b.low)) \
            and abs(a.high - b.high) <= 0.01 * max(abs(a.high), abs(b.high))
    return same_value(a, b)


#: A figure the text names as a figure: "The $900 million figure", "the 40% claim".
_NAMED_AS_FIGURE_RE = re.compile(rf"{_SP}+(?:figure|estimate|number|claim|total|tally|count)s?"
                                 rf"\b")


def _loose(text: str, fc: FigureClaim) -> bool:
    """A figure whose own words say nothing of what it counts: a bare sum ("amounted to
    R450 million" with no noun), a share of nothing named, a bare number, a figure the
    text names only as a figure ("The $900 million figure is ...")."""
    return "@" in fc.quantity or fc.quantity.strip() == "share of" or (
        fc.figure.unit is None and fc.figure.kind in ("count", "range")) or \
        _NAMED_AS_FIGURE_RE.match(text, fc.end) is not None


#: The quantity of a bare number in a headline until a figure below says what it counts
#: ("Police say 12,000, organisers 40,000" above "about 12,000 demonstrators").
_HEADLINE_Q = "headline figure"


#: How many sourced figures of one value a figure said again is matched against: the
#: first ones in the text (a text of thousands of one value must not be quadratic).
_SAID_AGAIN_LOOK = 50


def _headlines(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The headline and standfirst: the first paragraph of two words or more that is no
    furniture (a section label such as "Water" above it is none), and the opening's short
    paragraphs that end with no full stop (a title, a standfirst, after a masthead's
    tagline). A headline is short; a whole one-line text is none."""
    from ..speech.furniture import is_furniture_line

    heads = [(a, b) for a, b in _top_paragraphs(text, spans)
             if b - a <= 300 and not text[a:b].rstrip(" \u00a0\n\"”’'*_").endswith(".")]
    head = next(((a, b) for a, b in spans[:8] if len(text[a:b].split()) >= 2 and
                 not is_furniture_line(text[a:b])), None) if spans else None
    if head is not None and head[1] - head[0] <= 300:
        heads.append(head)
    return heads


#: A figure named in quotation marks as a figure: "the 'one in three' figure", "that “40%”
#: claim" (after the figure: the closing mark and the noun).
_QUOTED_AS_NAME_RE = re.compile(rf"[”\"’']{_SP}+(?:figure|claim|number|statistic|stat|"
                                rf"estimate|headline|line)s?\b")
_OPEN_QUOTES = frozenset("“\"‘'")
#: After a bare number, a verb that says what it counts: "12,000 had been evacuated".
_OWN_QUANTITY_RE = re.compile(
    rf"{_SP}+(?:(?:had|have|has|were|was|are|is|will|would)(?:{_SP}+been|{_SP}+be)?{_SP}+)?"
    rf"(?:[a-z]+ly{_SP}+)?(?:evacuated|displaced|killed|injured|wounded|arrested|detained|"
    rf"rescued|hospitali[sz]ed|treated|died|drowned|missing|dead|homeless|deported|jailed|"
    rf"charged|vaccinated|infected|employed|hired|sacked|laid{_SP}+off)\b"
    rf"|{_PEOPLE_VERB_RE.pattern}")
#: A source and its cue in a figure's own sentence before it: "the NRLA said 5% was fair".
#: (verbs of saying only: the whole reporting lexicon, :data:`_SAYS`, holds the verbs a
#: figure is measured by too, "put", "found", "showed", and kept figures from the sources
#: that restate them: two fewer figures found on round 9's unseen batch)
_OWN_CUE_RE = re.compile(rf"\b[{UP}a-z][\w’'-]*{_SP}+(?:said|says|told|argued|insisted|"
                         rf"estimated|estimates|claimed|claims|believes|reckons)\b"
                         rf"(?:{_SP}+(?:that|it|there))?[^.;:!?]{{0,40}}$")
#: Words with which a clause rejects the figure it gives: "a 40 per cent rise is simply
#: not in the data", "the claim of 40 per cent is false".
_CLAUSE_REJECTS_RE = re.compile(
    rf"(?i)\b(?:false|untrue|wrong|mislead\w*|den(?:y|ies|ied)|disput\w*|reject\w*|"
    rf"dismiss\w*|exaggerat\w*|baseless|unfounded|inaccurate|incorrect|no{_SP}+evidence|"
    rf"(?:is|are|was|were){_SP}+(?:simply{_SP}+|just{_SP}+)?not{_SP}+(?:in|true|there|"
    rf"supported|borne|backed|accurate|correct|right)|(?:is|was)n['’]t{_SP}+(?:in|true|"
    rf"there|supported|accurate|correct|right)|not(?={_SP}+\S*\d))\b")


def _clause_rejects(text: str, fc: FigureClaim) -> bool:
    """The figure's own sentence rejects it ("said a 40 per cent rise 'is simply not in the
    data'"): the figure is not said again from there."""
    return bool(_CLAUSE_REJECTS_RE.search(text, *_own_part(text, fc)))


def _own_part(text: str, fc: FigureClaim) -> tuple[int, int]:
    """The figure's sentence up to a clause set after it that others' words fill ("...
    wiped out 17 per cent of the harvest, a number that growers dismissed as far too
    low"): who rejects the figure there is not who gives it."""
    ss, se = fc.sentence
    m = _OTHERS_ON_FIGURE_RE.search(text, fc.end, se)
    return ss, m.start() if m is not None else se


#: A clause after a figure about it: ", a figure that ...", ", an estimate which ...".
_OTHERS_ON_FIGURE_RE = re.compile(
    rf",{_SP}+(?:a|an|the){_SP}+(?:[a-z]+{_SP}+)?(?:figure|number|estimate|count|total|"
    rf"tally|claim){_SP}+(?:that|which){_SP}")


def _headline_sources(text: str, out: list[FigureClaim],
                      heads: list[tuple[int, int]]) -> None:
    """A figure with no source that says again a figure a source gives (the same value in
    the same measure) is that source's, in its quantity: the headline's "112 on board, or
    more than 200?", "One in three chemists ...", "ministry counts 23.6%" above the body's
    sourced figures; a later "The Rs 4,000 crore figure is well above ..." or an earlier
    bare "amounted to R450 million" beside "Our R450 million is an audited number". In
    the body the figure's own quantity must be that one or say nothing (a headline's words
    are too few to name it). A headline figure a headline gives to a kind of source ("...,
    campaigners say") takes the body that gives it by name, and the quantity of the figure
    below in any case; a headline's bare number that no figure below says again is
    dropped (:data:`_HEADLINE_Q`)."""
    # the sourced figures by value, in text order (a long text has thousands of figures)
    by_value: dict[str | None, list[FigureClaim]] = {}
    for other in out:
        if other.source is not None and other.source.kind != "article" and \
                other.source.how != "cited":
            by_value.setdefault(_value_key(other.figure), []).append(other)
    for fc in out:
        in_head = any(a <= fc.start < b for a, b in heads)
        generic = fc.source is not None and fc.source.kind == "generic"
        # a paper no one is named for ("as set out in the audited accounts") is the
        # evidence of whoever gives the figure again ("Our €84 million is audited")
        paper = fc.source is not None and _a_paper(fc.source)
        if fc.source is not None and not (generic and in_head) and not paper:
            if _measure(fc.figure) == "" and fc.figure.kind == "count" and \
                    not _OWN_QUANTITY_RE.match(text, fc.end, fc.sentence[1]):
                # "Our 210,000 is a conservative number" after "about 210,000 hectares":
                # a bare number counts what the same figure with its unit counts (not
                # "12,000 had been evacuated": a verb says what that one counts)
                fc.quantity = next((o.quantity for o in by_value.get(
                    _value_key(fc.figure), [])[:_SAID_AGAIN_LOOK] if o is not fc and
                    _measure(o.figure) and _same_figure(o.figure, fc.figure)), fc.quantity)
            continue
        if not in_head and _OWN_CUE_RE.search(text, fc.sentence[0], fc.start):
            continue  # "the NRLA said 5% was fair": a figure its own sentence gives a source
        said = [o for o in by_value.get(_value_key(fc.figure), [])[:_SAID_AGAIN_LOOK]
                if o is not fc and o.source is not None and not _clause_rejects(text, o)
                and not (in_head and any(a <= o.start < b for a, b in heads))
                # (a figure below is said again as a named source's, not "officials'")
                and (in_head or o.source.kind != "generic")
                and _same_figure(o.figure, fc.figure)
                and (in_head or o.quantity == fc.quantity or _loose(text, fc))]
        if said and not in_head and (own := _OWNER_FIGURE_OF_RE.search(
                text, max(fc.sentence[0], fc.start - 80), fc.start)) is not None:
            # "The auditor's figure of 139,412": only the owner's figure, never another's
            # of about that size ("the auditor says 139,000" in a senator's quotation)
            owner = re.sub(rf"^(?:The|A|An){_SP}+", "", own.group("owner") or own.group("noun"))
            said = [o for o in said if o.source is not None and
                    _owner_names(owner, o.source.name)]
        if not said or in_head and any(
                o.source is None and o is not fc and not any(a <= o.start < b for a, b in heads)
                and _same_figure(o.figure, fc.figure) and
                _OWN_CUE_RE.search(text, o.sentence[0], o.start) for o in out):
            continue  # (and a headline's figure two sources below give is neither's: "Tenants
            # face 5% rise" above the ONS's inflation of 5% and a landlords' body's 5%)
        fc.quantity = said[0].quantity
        # (a kind of source is a body's name below, not a person's: "police say 8,000" is
        # the police's, whichever spokeswoman gave it; a kind the figure below gives it to
        # is the headline's too: "Police say 12,000, organisers 40,000")
        by = said[0] if not generic else None if any(
            o.source is not None and o.source.name.casefold() == fc.source.name.casefold()
            for o in said if fc.source is not None) else next(
            (o for kinds in (("organisation", "study"), ("generic",)) for o in said
             if o.source is not None and o.source.kind in kinds), None)
        if by is not None and by.source is not None:
            fc.source = Source(by.source.name, by.source.kind, by.source.person_id,
                               "headline" if in_head else "restated", by.source.start,
                               by.source.study)
    out[:] = [fc for fc in out if not fc.quantity.startswith(_HEADLINE_Q)]


_ACRONYM_DEF_RE = re.compile(rf"(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|"
                             rf"{_SP}+){_CAP_TOKEN}){{1,9}}){_SP}*\((?P<acr>[{UP}]{{2,8}})\)")


_DEFINED_AS_RE = re.compile(rf"(?P<name>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|on|and|&|the){_SP}+|"
                            rf"{_SP}+){_CAP_TOKEN}){{1,9}}){_SP}*\({_SP}*[“\"](?:the{_SP}+)?"
                            rf"(?P<short>[{UP}][a-z]+)[”\"]{_SP}*\)")


#: A sentence opening with a name, a body's as the subject of what follows: "Drumgoole
#: Freight, which operates ...", "The Orlway Trust argues ..." (the name, then a comma or a
#: word in lower case).
_OPENING_BODY_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \u00a0])|(?<=[.!?][”\"’][ \u00a0])|(?<=\n))(?:The{_SP}+)?"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+(?:of|for|and|&){_SP}+{_CAP_TOKEN}|{_SP}+{_CAP_TOKEN})*)"
    # (or its possessive: "Corvane's answer is modest. The company says")
    rf"(?=,|(?:[’']s)?{_SP}+(?:\(|[a-z]))")


#: The kinds of body whose names need not say what they are ("Drumgoole Freight" is "the
#: firm"); any other kind word names a body whose name has that word ("the council" is
#: "Kent County Council", never "Tesco Stores").
_TRADING_KINDS = frozenset((
    "company", "firm", "group", "business", "operator", "provider", "retailer", "insurer",
    "lender", "bank", "airline", "carrier", "developer", "manufacturer", "maker", "chain",
    "publisher", "broadcaster", "platform", "consultancy", "utility", "network"))
#: The kind words a text names a body again by, as a pronoun names a person: "the
#: company", "the charity", "the agency" (not "the police" or "the government", which are
#: bodies of their own).
_BODY_ANAPHORS = _TRADING_KINDS | frozenset((
    "charity", "agency", "organisation", "organization", "body", "association", "federation",
    "foundation", "trust", "council", "ministry", "department", "union", "society",
    "institute", "observatory", "regulator", "club", "coalition", "alliance", "authority",
    "board", "commission", "committee", "centre", "center", "campaign"))


def _body_named_before(text: str, out: list[FigureClaim], people: Sequence[PersonLike]
                       ) -> None:
    """A source named only by its kind ("the firm reckons ...") that no figure of a
    named body explains (:func:`_described_sources`) is the body its sentence or the one
    before opened with as its subject ("Drumgoole Freight, which operates 300 lorries, says
    the tally is smaller. From its own logs, the firm reckons"): a body's
    anaphor, as a pronoun is a person's. Never a person's name, a name of one word ("The
    GMB said 450 jobs would go. The company said 300": a union may be named so), nor a
    name whose own kind word is another ("Harbour Council" is no "company")."""
    from ..speech.speakers import sentence_end, sentence_start

    persons = {p.name for p in people} | {
        fc.source.name for fc in out if fc.source is not None and fc.source.kind == "person"}

    resolved: dict[str, tuple[str, int]] = {}  # kind word -> (body, where it was read)
    for fc in out:
        s = fc.source
        bare = s.name.removeprefix("the ") if s is not None else ""
        if s is not None and s.how == "pronoun" and bare.lower() in resolved and \
                s.kind in ("organisation", "generic") and \
                0 <= fc.start - resolved[bare.lower()][1] <= 1500:
            # "In that notice the company said 410,000. On Monday it raised its own count":
            # "it" stands for the company, which the text has just read as FreshCrate
            fc.source = Source(resolved[bare.lower()][0], "organisation", None, "described",
                               s.start, s.study)
            continue
        if s is None or s.how not in ("subject", "according-to", "possessive") or \
                " " in bare or bare.lower() not in _BODY_ANAPHORS or \
                s.kind not in ("organisation", "generic"):
            continue  # (a kind word the text resolved already, by a question or a figure
            # of the body, stays as resolved)
        kind = bare.lower()
        ss = fc.sentence[0]
        # its sentence and the one before, in its paragraph (past another body's sentence,
        # "the company" may be that body's)
        para = max(0, text.rfind("\n\n", 0, ss), ss - 600)
        lo = sentence_start(text, para, ss - 1) if ss - 1 > para else para
        found = _opening_body(text, lo, ss, kind, persons)
        if found is None and s.name.startswith("the ") and \
                _opening_body(text, 0, ss, kind, persons, any_kind=True) is None:
            # "..., according to the company that runs it. Thresk Valley Water said on
            # Tuesday": a story's opening names the body by its kind, the next sentence by
            # its name (never past a body named before: that one is "the company")
            se = fc.sentence[1]
            nxt = se + len(text[se:se + 600]) - len(text[se:se + 600].lstrip())
            found = None if re.match(r"(?:But|However|Yet|Still|Instead)\b", text[nxt:nxt + 9]) \
                else _opening_body(text, se, sentence_end(text, nxt + 1,
                                                          min(len(text), nxt + 600)),
                                   kind, persons)  # ("But X said": the other side)
        if found is not None:
            fc.source = Source(found, "organisation", None, "described", s.start, s.study)
            resolved[kind] = (found, fc.start)
    head_end = _headline_end(text)
    for fc in out:
        s = fc.source
        bare = s.name.removeprefix("the ").lower() if s is not None else ""
        if s is None or not 0 <= s.start < head_end or bare not in resolved:
            continue
        body = resolved[bare][0]
        if any(o.source is not None and o.source.name == body and o.quantity == fc.quantity
               and same_value(o.figure, fc.figure) for o in out):
            # "company puts figure at 1.3 million" over a story whose company, read as
            # FreshCrate, gives 1.3 million: the headline's company is FreshCrate
            fc.source = Source(body, "organisation", None, "described", s.start, s.study)


#: An indefinite article before or opening a description ("A security researcher said").
_INDEFINITE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \u00a0]+[a-z]")


def _person_named_later(text: str, out: list[FigureClaim], people: Sequence[PersonLike]
                        ) -> None:
    """A person a headline or a lede describes before the story names them ("FreshCrate
    breach hit up to 6 million accounts, researcher says"; "A security researcher said
    Tuesday" ... "Dana Okafor, principal researcher at the security firm Lanternfish
    Labs"): the one person the text names later beside the description's noun, by an
    apposition after the name or a role before it. None when two people are so named, or
    none is."""
    head_end = _headline_end(text)
    for fc in out:
        s = fc.source
        if s is None or s.kind != "generic" or s.person_id is not None or s.start < 0 or \
                not s.name.islower():
            continue
        noun = s.name.split()[-1]
        if not is_person_noun(noun) or noun.endswith("s"):
            continue
        if not (s.start < head_end or _INDEFINITE_RE.search(
                text, max(0, s.start - 6), s.start + 5)):
            continue  # ("the researcher" is someone the text has named already)
        mods = [w for w in s.name.split()[:-1] if w not in ("a", "an", "one")]
        role = re.compile(rf",{_SP}+(?P<ap>[^,.;:!?“”\"]{{0,80}}?\b{re.escape(noun)}\b"
                          rf"[^,.;:!?“”\"]{{0,60}})")
        found = []
        for p in people:
            if getattr(p, "author", False):
                continue
            at = text.find(p.name, s.start + len(s.name))
            if at < 0:
                continue
            before = text[max(0, at - 40):at]
            ap = role.match(text, at + len(p.name))
            said = ap.group("ap") if ap is not None else (
                before if re.search(rf"\b{re.escape(noun)}{_SP}+$", before, re.I) else None)
            # (the description's own words are the person's too: "A security researcher"
            # is "principal researcher at the security firm ...", never "a spokesperson for
            # the health ministry" for "A hospital spokesperson", nor one "at a rival plant")
            if said is not None and all(re.search(rf"\b{re.escape(w)}\b", said, re.I)
                                        for w in mods) and \
                    not re.search(r"\b(?:rival|another|other|former)\b", said, re.I):
                found.append(p)
        if len(found) == 1:
            fc.source = Source(found[0].name, "person", found[0].id, "described", s.start)


def _office_holders(text: str, out: list[FigureClaim], people: Sequence[PersonLike],
                    mentions: _Mentions) -> None:
    """A source the text calls by an office alone in a clause after its figure ("the 33
    percent the senator's wording implies", "the 500 homes the mayor claimed") is the one
    person the text names with that office's title ("State Sen. Carla Voss"), by the one
    rule of a post's holder (:func:`_post_holder`); so is one its possessive names ("The
    minister's 212 counts beds that are not yet open")."""
    for fc in out:
        s = fc.source
        if s is None or s.kind != "generic" or s.how not in ("relative", "possessive",
                                                             "headline", "restated"):
            continue
        words = s.name.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in PERSON_ROLES:
            continue
        held = _post_holder(text, words[1:], people, mentions)
        if held is not None:
            fc.source = Source(held.name, held.kind, held.person_id, "described", s.start)


#: A time a sentence may open with before its subject: "On Wednesday", "Later", "Last
#: week", "In March," (a general lexicon).
_WHEN_OPENER_RE = re.compile(
    rf"{_SP}*(?:(?:On|By|In|Last|This|Earlier|Later){_SP}+)?"
    rf"(?:{WEEKDAYS_RE}|{'|'.join(MONTH_NAMES)}|week|month|year|"
    rf"morning|afternoon|evening|night|today|yesterday|(?:19|20)\d\d)"
    rf",?{_SP}*|{_SP}*(?:Later|Earlier|Then|Now|Today|Yesterday),?{_SP}*")


def _sentence_before_holds(text: str, ss: int, pos: int) -> bool:
    """``pos`` is in the sentence before the one at ``ss``."""
    from ..speech.speakers import sentence_start

    if ss <= 0 or pos >= ss:
        return False
    return sentence_start(text, max(0, ss - 600), max(0, ss - 1)) <= pos


#: A post at a body, then the person's name beside it, as a sentence's subject: "The head
#: teacher of Gorsebrook Academy in Brisholme, Ambrose Tullingham,".
_ROLE_OF_BODY_NAME_RE = re.compile(
    rf"{_SP}*(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,3}}"
    rf"(?P<role>[a-z][\w-]*){_SP}+(?:of|at|for){_SP}+(?:the{_SP}+)?"
    rf"(?P<body>{_CAP_TOKEN}(?:(?:{_SP}+(?:of|for|and|&|the|on))?{_SP}+{_CAP_TOKEN}){{0,8}})"
    rf"(?:{_SP}+in{_SP}+{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}})?,{_SP}+"
    rf"(?P<name>{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{1,3}}),{_SP}*$")


#: The kind a name is set beside: "Orme Analytics, a consultancy hired by anglers,".
_APPOSED_KIND_RE = re.compile(rf",{_SP}+(?:an?|the){_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}?"
                              rf"([a-z]+)\b(?=[,.]|{_SP}+(?:hired|based|that|which|who|for|of)\b)")


@functools.lru_cache(maxsize=4096)  # (asked for each figure of a name; one text at a time)
def _one_word_body(text: str, name: str) -> bool:
    """A name of one word that may be a body's: written as a firm writes its own
    ("FreshCrate", "BreachLedger"), or the short form of a longer name the text gives
    ("Ridgeway" of "Ridgeway Castings"); never a union's initials ("GMB") alone."""
    return bool(_INNER_CAPITAL_RE.fullmatch(name) or (
        name[:1].isupper() and name[1:].islower() and
        re.search(rf"\b{re.escape(name)}{_SP}+[{UP}][a-z]", text)))


def _opening_body(text: str, lo: int, hi: int, kind: str, persons: set[str],
                  any_kind: bool = False) -> str | None:
    """The last body of kind ``kind`` (any kind, with ``any_kind``) a sentence of
    ``text[lo:hi]`` opens with as its subject: never a person, a name of one word, a
    headline, nor a name whose own kind word is another ("Harbour Council" is no
    "company")."""
    from ..speech.speakers import named_as_person

    found = None
    for m in _OPENING_BODY_RE.finditer(text, lo, hi):
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].rstrip(".").lower() in ABBREVIATIONS:
            continue  # "said Dr. Rui Costa": no sentence opens after a title's dot
        eol = text.find("\n", m.end())
        if not re.search(r"[.!?]", text[m.end():eol if eol >= 0 else len(text)]):
            continue  # a headline in capitals ("Rival Counts for the Harbour March")
        name = _trim_lead(clean_source(m.group("name")))  # ("But Orme Analytics")
        words = [w.lower() for w in name.split()]
        if text.startswith(("'s", "’s"), m.end("name")) and not (
                is_org(name) or len(words) == 1 and _one_word_body(text, name)):
            continue  # ("New York's attorney general": a place's, no body of the story)
        if name in persons or named_as_person(name) or (
                len(words) < 2 and not _one_word_body(text, name)) or any(
                w in PERSON_ROLES for w in words):
            continue  # ("Prime Minister Keir Rowan visited ...": a person; a name of one
            # word only when it is written as a firm's, "FreshCrate", "BreachLedger")
        other = _APPOSED_KIND_RE.match(text, m.end())
        if not any_kind and other is not None and other.group(1) != kind and \
                other.group(1) in ORG_NOUNS:
            continue  # "Orme Analytics, a consultancy hired by anglers": no "company"
        if any_kind:
            pass
        elif kind in _TRADING_KINDS:
            if words[-1] in ORG_NOUNS and words[-1] not in _TRADING_KINDS | COMPANY_WORDS | \
                    COMPANY_LAST_WORDS:
                continue  # "Harbour Council" is no "company"
        elif kind not in words:
            continue  # "the council" is a name with "Council" in it, no "Tesco Stores"
        found = name
    return found


#: "its ecologists put the count at", "its own surveyors tallied": a body's people
#: giving its figure (a plural noun of people, then within two words a verb that gives or
#: measures a figure, :data:`REPORT_VERBS`).
_ITS_PEOPLE_RE = re.compile(
    # ("its three authors estimated", "its own volunteers counted", "its senior
    # economists put")
    rf"\b[Ii]ts(?:{_SP}+(?!(?:who|that|which)\b)[a-z]+)?{_SP}+(?P<who>[a-z]+s){_SP}+"
    rf"(?:[a-z]+{_SP}+){{0,2}}?(?P<verb>[a-z]+)\b[^.;!?]*$")
_ITS_SOURCE_RE = re.compile(r"(?i)^its(?:\s+own)?\s+[a-z]+s$")
#: A body's people by what they are to it, not by a trade ("members", "staff").
_GROUP_MEMBERS = frozenset("member staff volunteer official employee worker".split())


#: What may stand before a sentence's subject: a time ("On Sunday", "Last week,"), an
#: article, or a document of the subject's ("A report by the ...").
_SUBJECT_HEAD_RE = re.compile(
    rf"(?:(?:On|In|At|By|Last|This|Early|Late|Earlier|Later){_SP}+[\w-]+(?:{_SP}+[\w-]+)?,?"
    rf"{_SP}+)?(?:[Tt]he{_SP}+|[Aa]n?{_SP}+(?:[a-z-]+{_SP}+){{0,2}}(?:report|study|survey|"
    rf"analysis|review|audit|count|census){_SP}+(?:by|from){_SP}+(?:the{_SP}+)?)?")
#: A time a name pattern may take in before a name: "On Sunday the ...", "In March the".
_LEADING_TIME_RE = re.compile(rf"^(?:On|In|At|By|Last|This|Early|Late){_SP}+[\w-]+{_SP}+"
                              rf"(?:the{_SP}+)?(?=[{UP}])")
#: Capitalised words that open a phrase, not a name: "On Sunday", "In March".
_LEADING_WORDS = frozenset("On In At By For From During After Before Since Until Last This "
                           "Next Early Late".split())
#: A place before a name: "a count of potholes in Dunmore Vale", "customers in the UK"
#: (not "at" or "from", as :data:`_PLACE_BEFORE_RE` has them: "a geologist at Keele
#: University" is where she works, and a source may be one).
_IN_PLACE_BEFORE_RE = re.compile(rf"\b(?:in|across|near|around|outside|throughout){_SP}+"
                              rf"(?:the{_SP}+)?$")


def _its_people(text: str, out: list[FigureClaim], people: Sequence[PersonLike]) -> None:
    """A figure its sentence gives to a body's people ("its ecologists put the number at
    about 55"; "Checking the nest boxes each week, its volunteers counted 210 chicks") is
    the body's: the body the sentence before is about, else the last one named in that
    sentence or the one before, not one named as its patron (a body "funded by" or
    "sponsored by" another) nor a place, a time or a person. A journalist credits the
    organisation, and a source named "its members" is no one a reader can look up."""
    from ..speech.speakers import named_as_person, sentence_start

    persons = {p.name for p in people}
    for fc in out:
        s = fc.source
        if s is not None and not _ITS_SOURCE_RE.match(s.name):
            continue
        ss = fc.sentence[0]
        m = _ITS_PEOPLE_RE.search(text, ss, fc.start)
        if m is None or m.group("verb") not in REPORT_VERBS or not (
                is_person_noun(singular(m.group("who"))) or
                singular(m.group("who")) in _GROUP_MEMBERS):
            continue
        para = max(0, text.rfind("\n\n", 0, ss), ss - 600)
        lo = sentence_start(text, para, ss - 1) if ss - 1 > para else para
        found = subject = None
        for nm in PROPER_RE.finditer(text, lo, m.start()):
            # ("the Trust's, ..."; "On Sunday the Loch Trust": the name after the time)
            name = clean_source(re.sub(r"[’']s$", "", _LEADING_TIME_RE.sub("", nm.group(0))))
            if len(name.split()) < 2 or name in persons or named_as_person(name) or \
                    _time_name(name) or name.split()[0] in _LEADING_WORDS or \
                    _PATRON_BEFORE_RE.search(text, max(0, nm.start() - 40), nm.start()) or \
                    _IN_PLACE_BEFORE_RE.search(text, max(0, nm.start() - 12), nm.start()) or \
                    not (text[nm.end():nm.end() + 1] in ",. " or nm.end() == len(text) or
                         text[nm.end():nm.end() + 2] in ("'s", "’s") or
                         re.search(r"[’']s$", nm.group(0))):
                continue
            found = name
            opens = sentence_start(text, max(lo, nm.start() - 200), nm.start())
            if _SUBJECT_HEAD_RE.fullmatch(text, opens, nm.start()):
                subject = name  # ("The Ottiline Angling Trust disputes a report by the
                # agency. Its biologists counted": the trust, whom the sentence is about)
        found = subject or found
        if found is not None:
            fc.source = Source(found, "organisation", None, "described", m.start(),
                               s.study if s is not None else None)


def _short_names(out: list[FigureClaim]) -> None:
    """A body a text calls by the first words of its full name ("Brightline reported ...",
    after "Brightline Water Company said") is that body: one source, one report in
    the draft, where exactly one body's name starts so. A body that speaks through a voice
    keeps the name the speech engine gives it."""
    bodies = {fc.source.name for fc in out if fc.source is not None and
              fc.source.kind == "organisation"}
    # (each body under the first words of its name, once: a long text has hundreds)
    starting: dict[str, set[str]] = {}
    for n in bodies:
        words = n.split()
        for k in range(1, len(words)):
            starting.setdefault(" ".join(words[:k]), set()).add(n)
    for fc in out:
        src = fc.source
        if src is None or src.kind != "organisation" or src.voice:
            continue  # (a voice's body is the speech engine's, whose name `check` holds
            # the draft's `by:` to: renamed, the two would disagree)
        longer = starting.get(src.name, set())
        if len(longer) == 1:
            fc.source = replace(src, name=next(iter(longer)))


def _acronym_sources(text: str, out: list[FigureClaim]) -> None:
    """A source named by initials the text spells out ("the Assam State Disaster
    Management Authority (ASDMA)") is the body by its full name: one position, not two."""
    full: dict[str, str] = {}
    for m in _ACRONYM_DEF_RE.finditer(text):
        name = _trim_lead(m.group("name"))
        if name and "".join(w[0] for w in name.split() if w[:1].isupper()) == m.group("acr"):
            full.setdefault(m.group("acr"), name)
    for m in _DEFINED_AS_RE.finditer(text):
        # 'Kestrel Water Company ("the Company")': a press release's or a filing's own short
        # name for a body, one of the full name's words
        name = _trim_lead(m.group("name"))
        if name and m.group("short") in name.split()[1:]:
            full.setdefault(m.group("short"), name)
    for fc in out:
        s = fc.source
        if s is not None and s.name in full:
            fc.source = Source(full[s.name], "organisation", None, s.how, s.start, s.study)
    _short_forms(out)
    # "The DOT's 31.4" with no source above named "Department of Transportation": the one
    # body of the text's names whose initials it is (read only when such a source is left)
    named: list[str] | None = None
    spelled: dict[str, str | None] = {}
    for fc in out:
        s = fc.source
        if s is None or s.kind != "organisation" or " " in s.name or not s.name.isupper():
            continue
        if named is None:
            named = sorted({clean_source(m.group(0)) for m in PROPER_RE.finditer(text)
                            if " " in m.group(0).strip() and is_org(clean_source(m.group(0)))})
        if s.name not in spelled:
            spelled[s.name] = _spelled_out(s.name, named)
        got = spelled[s.name]
        if got is not None:
            fc.source = Source(got, "organisation", None, s.how, s.start, s.study,
                               s.confirmed, s.voice)


def _initials_form(short: list[str], full: list[str]) -> bool:
    """True when ``short`` is ``full`` with one run of two or more of its capitalised words
    written as their initials ("Health NZ" of "Health New Zealand", "UK Statistics
    Authority" of "United Kingdom Statistics Authority")."""
    for i, tok in enumerate(short):
        if not (2 <= len(tok) <= 6 and tok.isupper() and tok.isalpha()):
            continue
        head, tail = short[:i], short[i + 1:]
        n = len(full) - len(head) - len(tail)
        if n < 2 or full[:len(head)] != head or (tail and full[-len(tail):] != tail):
            continue
        run = full[len(head):len(head) + n]
        if "".join(w[0] for w in run) == tok and all(w[:1].isupper() for w in run):
            return True
    return False


#: Initials that stand for a person's office or job, never a body's name.
_PERSON_INITIALS = frozenset("CEO CFO COO CTO CIO MEP MSP MLA MPP MHA MNA MSc PhD".split())


def _spelled_out(acronym: str, fulls: list[str]) -> str | None:
    """The one full name whose last words ``acronym`` is the initials of, with or without
    the small words between ("DOT" of "State Department of Transportation", "DHS" of
    "Department of Homeland Security"): a body named by initials the text never spells out
    in brackets."""
    if not (3 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()) or \
            acronym in _PERSON_INITIALS:
        return None  # "The MP's 30 percent claim" is no "Metropolitan Police"
    found = {name for name in fulls for k in range(2, len(name.split()) + 1)
             for run in [name.split()[-k:]] if run[0][:1].isupper() and acronym in (
                 "".join(w[0] for w in run).upper(),
                 "".join(w[0] for w in run if w[:1].isupper()))}
    return next(iter(found)) if len(found) == 1 else None


def _short_forms(out: list[FigureClaim]) -> None:
    """A body a source names by a short form of the full name another source gives it
    ("Health NZ" after "Health New Zealand") is that body: one position, not two. The names
    are compared word by word, the short form's capitals standing for a run of words."""
    # (the full name may have been taken for a person's: "Health New Zealand" ends like one)
    fulls = sorted({fc.source.name for fc in out if fc.source is not None and
                    fc.source.kind in ("organisation", "person") and
                    len(fc.source.name.split()) >= 2},
                   key=len, reverse=True)[:200]  # a bound for a page of thousands of names
    if not fulls:
        return
    # a full name shares its first word or its last with the short form ("Health NZ",
    # "PH Wales"): looked up by both, not compared with every name
    by_end: dict[str, list[list[str]]] = {}
    for name in fulls:
        by_end.setdefault("<" + name.split()[0], []).append(name.split())
        by_end.setdefault(name.split()[-1] + ">", []).append(name.split())
    seen: dict[str, str | None] = {}
    for fc in out:
        s = fc.source
        if s is None or s.kind != "organisation" or not any(
                t.isupper() and len(t) >= 2 for t in s.name.split()):
            continue
        if s.name not in seen:
            words = s.name.split()
            seen[s.name] = next((" ".join(f) for f in by_end.get("<" + words[0], []) +
                                 by_end.get(words[-1] + ">", [])
                                 if f != words and _initials_form(words, f)), None) or (
                _spelled_out(words[0], fulls) if len(words) == 1 else None)
        full = seen[s.name]
        if full is not None:
            fc.source = Source(full, "organisation", None, s.how, s.start, s.study,
                               s.confirmed, s.voice)


#: What a source puts out in its own name: "according to a statement", "its website".
_ROLES = _alternatives(sorted(PERSON_ROLES))
#: The counted people's own kin or selves after "according to": "their parents", "their
#: own reports", "themselves" (a way of counting, no source).
_KIN_REPORT_RE = re.compile(rf"(?:(?:their|his|her){_SP}+(?:own{_SP}+)?(?:parents|families|"
                            rf"mothers|fathers|carers|caregivers|guardians|teachers|doctors|"
                            rf"reports?|answers|accounts)|themselves)\b")
_OWN_WORDS_RE = re.compile(
    rf"(?:(?:an?|the|its|their|his|her){_SP}+(?:[a-z-]+{_SP}+)?(?:statement|press{_SP}+release|"
    rf"release|email|e-mail|letter|post|filing|memo|website|spokes(?:man|woman|person))\b"
    # or its own officer: "..., according to its chairwoman, Annegret Lüdecke"
    rf"|(?:its|their){_SP}+(?:[a-z-]+{_SP}+)?(?:{_ROLES})\b)"
    rf"(?!(?:{_SP}+(?:issued|released|published|put{_SP}+out))?{_SP}+(?:from|by|of){_SP})")
_OWNER_RE = re.compile(rf"(?P<p>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)(?:{_SP}+(?:team|group|"
                       rf"lab|unit|department|office)[’']s)?{_SP}+")


def _owned_studies(text: str, out: list[FigureClaim], mentions: _Mentions,
                   people: Sequence[PersonLike]) -> None:
    """A study the text names by its owner's pronoun ("Its survey of 2,400 households",
    "Her team's review of 14 studies") is the figure of whom the pronoun stands for: the
    body named last for "its"/"their", the person for "his"/"her". The figure still rests
    on the study."""
    for fc in out:
        s = fc.source
        if s is None or s.how != "study" or s.start < 0:
            continue
        m = _OWNER_RE.match(text, s.start, s.start + 40)
        if m is None or (s.kind != "study" and s.name.lower() != m.group("p").lower()):
            continue  # ("Its" read as the study's organisation is the pronoun itself)
        want = "person" if m.group("p").lower() in ("his", "her") else "organisation"
        got = mentions.last(s.start, want, within=800)
        if want == "organisation" and not text[fc.sentence[0]:s.start].strip():
            # "Port Belmar rejects the claim. Its own lighting survey found": a
            # sentence-opening "its" is the body the sentence before opened with (as for
            # "it", _subject_source), not the last one it named
            got = mentions.subject_before(text, fc.sentence[0]) or got
        if want == "organisation":
            # "The state government says ... Its annual census": the body in words
            described = _described_subject_before(text, fc.sentence[0])
            if described is not None and (got is None or got[0] < described.start):
                got = (described.start, described.name, "organisation")
        if want == "person":
            # "Dr Peter Kiprono told the paper that his team's report ...": a person of the
            # draft named earlier in the same sentence, however long their title
            pron = {"his": "he", "her": "she"}.get(m.group("p").lower())
            here = [(at, p.name) for p in people if p.name and getattr(p, "pronoun", None) in
                    (None, pron) and (at := text.rfind(p.name, fc.sentence[0], s.start)) >= 0]
            if here and (got is None or got[0] < max(here)[0]):
                got = (*max(here), "person")
        if want == "person" and got is not None:
            # "A different view comes from Professor Ann Grey ... Her paper put it at": the
            # person named last, though never quoted, before one quoted further back
            named = _named_person_before(text, s.start, people, m.group("p").lower())
            if named is not None and got[0] < named.start:
                got = (named.start, named.name, "person")
        if got is None and m.group("p").lower() == "their":
            got = mentions.last(s.start, "person", within=800)
        if got is None and want == "person":
            got = _name_before(text, s.start)  # a person named but never quoted
        if got is None:
            continue
        who = _person(people, got[1]) if got[2] == "person" else None
        fc.source = Source(who.name if who else got[1], got[2], who.id if who else None,
                           "pronoun", got[0], s.study or fc.study_id)


def _name_before(text: str, pos: int) -> tuple[int, str, str] | None:
    """The last person's name in the 400 characters before ``pos`` ("Prof Dana Whitlock,
    who ..."), by the speech engine's rule for names; None when there is none."""
    from ..speech.speakers import clean_name

    found = None
    for pm in PROPER_RE.finditer(text, max(0, pos - 400), pos):
        words = [w for w in pm.group(0).split() if w not in _LEAD_WORDS]
        name = " ".join(words)
        if not words or is_org(name):
            continue
        cleaned = clean_name(name)
        if cleaned is not None and 2 <= len(cleaned[1]) <= 4:
            found = (pm.start(), " ".join(cleaned[1]), "person")
    return found


def _headline_end(text: str) -> int:
    """Where the text's first line (its headline) ends."""
    lead = re.match(r"\s*", text)
    end = text.find("\n", lead.end() if lead else 0)
    return len(text) if end < 0 else end


#: Words of a description that say nothing of which body it is.
_DESCRIPTION_STOP = frozenset("the a an its their official independent new own".split())


def _described_named_later(text: str, out: list[FigureClaim]) -> None:
    """A body a lede describes before it names it ("The national delivery regulator says
    the true figure is nearly one in six" ... "The National Delivery Standards Commission
    (NDSC) posted 2,400 test parcels"): the one name of the text that holds two of the
    description's words, the kind's word aside, in capitals."""
    names: list[tuple[str, set[str]]] | None = None
    head_end = _headline_end(text)
    for fc in out:
        s = fc.source
        if s is None or s.kind not in ("organisation", "generic"):
            continue
        words = s.name.split()
        kind = words[0].lower() if len(words) == 1 else ""
        if not s.name.islower() and kind not in BODY_KINDS and kind not in BODY_NOUN_OF:
            continue
        if kind and 0 <= s.start < head_end < len(text) and \
                named_body(text, kind, s.start) is None:
            # "Quarry collapse: union says up to 30 trapped": a headline's body by its
            # kind alone, which the story names below ("The Upland Quarryworkers'
            # Federation said"): the one body of that kind the text names
            later = named_body(text, kind, len(text), within=len(text) - s.start)
            body_name = clean_source(later.removeprefix("the ")) if later else ""
            body_kind = BODY_NOUN_OF.get(kind, kind)
            if later is not None and text.find(later.removeprefix("the "), s.start) > s.start \
                    and (body_kind == "company" or body_name.split()[-1].lower() == kind or
                         _named_as_kind(body_name, kind)) and \
                    any(o.source is not None and o.source.name == body_name for o in out):
                # (and a body the story hears a figure from: never "The European Union
                # offered help" for a headline's "union")
                # (a name that ends as the kind says: never "the Council of Europe" for a
                # headline's "council")
                fc.source = Source(body_name, "organisation", None, s.how, s.start, s.study,
                                   s.confirmed)
            continue
        if len(words) < 2 or not (words[-1] in ORG_NOUNS or actor_noun(words[-1])):
            continue
        if not re.match(rf"[Tt]he{_SP}", text[s.start:s.start + 4]) and not re.search(
                rf"\b[Tt]he{_SP}+$", text[max(0, s.start - 5):s.start]):
            continue  # ("according to a canal trust that works in the next county": another)
        if names is None:
            names = [(n, {w.lower() for w in n.split()})
                     for n in {clean_source(m.group(0)) for m in PROPER_RE.finditer(text)}
                     if n and len(n.split()) >= 3 and is_org(n)]
        content = {w for w in words[:-1] if w not in _DESCRIPTION_STOP} | (
            {words[-1]} if words[-1] in ORG_NOUNS else set())
        fits = [n for n, ws in names if len(content & ws) >= 2 or (
            len(content) == 1 and content <= ws and words[-1] in ws)]
        if len({n for n in fits}) == 1:
            fc.source = Source(fits[0], "organisation", None, s.how, s.start, s.study,
                               s.confirmed)


def _staff_speak_for(out: list[FigureClaim], people: Sequence[PersonLike],
                     mentions: _Mentions) -> None:
    """"Cllr Pryce's office said her £140 million came from": her office speaks for her,
    whom the text names in full ("Councillor Joanne Pryce"); a journalist checks the claim
    with her. Never "the mayor's office", a body of its own, or a name the text gives no
    person."""
    from ..speech.speakers import clean_name

    for fc in out:
        s = fc.source
        staff = _PERSONS_STAFF_RE.fullmatch(s.name) if s is not None else None
        if s is None or staff is None:
            continue
        who = _person(people, staff.group("who"))
        if who is not None:
            fc.source = Source(who.name, "person", who.id, s.how, s.start, s.study)
            continue
        known = mentions.full_names.get(staff.group("who").split()[-1].casefold())
        cleaned = clean_name(known) if known and not is_org(known) else None
        if cleaned is not None:
            # ("Councillor Joanne Pryce": the person, untitled, by speech's one rule)
            fc.source = Source(" ".join(cleaned[1]), "person", None, s.how, s.start, s.study)


def _described_sources(text: str, out: list[FigureClaim]) -> None:
    """A source named only by its kind ("Charity says nearly 200,000 ...", "the charity")
    is the named body that gives the same figure for the same quantity elsewhere in the
    text ("The Attention Trust said close to 200,000 ...").

    The bodies named in two words or more are indexed by quantity and by last word, and
    the index grows as kind words are named: on a text of thousands of figures each
    figure looked at all the others (quadratic).
    """
    import bisect

    order = {id(fc): k for k, fc in enumerate(out)}
    # (quantity, bucket of value) -> named figures in text order; two values within 1%
    # (:func:`same_value`) are in one bucket or two next to each other, so a figure looks
    # at those three, not at every figure of its quantity
    by_value: dict[tuple[str, tuple[int, int]], list[tuple[int, FigureClaim]]] = {}
    # (and by value alone, for a kind word whose figure counts in other words: "union says
    # 70,000 walked out" above "the Federation of Teachers said more than 70,000 of the
    # country's teachers had joined")
    by_bucket: dict[tuple[int, int], list[tuple[int, FigureClaim]]] = {}
    by_last: dict[str, set[str]] = {}

    def named(fc: FigureClaim) -> None:
        o = fc.source
        if o is None or o.kind != "organisation" or (
                len(o.name.split()) < 2 and not _one_word_body(text, o.name)):
            return
        b = _value_bucket(fc.figure)
        if b is not None:
            bisect.insort(by_value.setdefault((fc.quantity, b), []), (order[id(fc)], fc),
                          key=lambda x: x[0])
            bisect.insort(by_bucket.setdefault(b, []), (order[id(fc)], fc), key=lambda x: x[0])
        if " of " not in o.name.lower():
            # (a name with "of" is none of its words' kind: "the museum" is no "Friends of
            # the Museum", "the council" no "Council of Europe")
            by_last.setdefault(o.name.lower().split()[-1], set()).add(o.name)

    for fc in out:
        named(fc)
    for fc in out:
        s = fc.source
        if s is None or len(s.name.split()) != 1 or s.name.lower() not in ORG_NOUNS or \
                s.kind not in ("organisation", "generic"):
            continue
        b = _value_bucket(fc.figure)
        best: tuple[int, FigureClaim] | None = None
        near = [] if b is None else [(b[0], b[1] + d) for d in (-1, 0, 1)] + (
            [(0, 0)] if b[0] == 0 else [])
        for k in near:
            for n, other in by_value.get((fc.quantity, k), []):
                if best is not None and n >= best[0]:
                    break
                if other is not fc and other.source is not None and \
                        same_value(other.figure, fc.figure):
                    best = (n, other)
                    break
        if best is None:
            best = min(((n, other) for k in near for n, other in by_bucket.get(k, [])
                        if other is not fc and other.source is not None and
                        same_value(other.figure, fc.figure) and
                        _of_kind(other.source.name, s.name.lower())),
                       key=lambda x: x[0], default=None)
        if best is not None:
            o = best[1].source
            assert o is not None
            fc.source = Source(o.name, o.kind, o.person_id, "described", o.start, o.study)
            named(fc)
        else:
            # "the coalition had lowered its estimate": the one body of that kind the
            # figures name ("Climate Justice Scotland coalition"), whatever its figure
            longer = by_last.get(s.name.lower(), set())
            if len(longer) == 1:
                fc.source = Source(next(iter(longer)), "organisation", None, "described",
                                   s.start, s.study)
                named(fc)


def _kind_words_named(text: str, out: list[FigureClaim],
                      heads: Sequence[tuple[int, int]]) -> None:
    """A headline's source given by its kind alone ("maker says 268", "state says 387",
    "Senator says one in three", "MP's 3,000 knife crimes claim"), a bare number restated
    with a body's kind ("the state's 387"), or a title standing for a person ("the
    senator"), is the one named source the story
    gives the same figure of the same measure to ("Hearthly Appliances ... puts the number
    at 268", "State Senator Ray Castellano ... told colleagues"). Only when exactly one
    named source gives it; a person only when the text writes the kind word as their
    title ("Senator Ray Castellano", "The MP, Sandra Coyle"; never "with the senator, Mark
    Dunn, a union organiser"). What :func:`_described_sources` leaves: a name that does
    not end in its kind word. (In a story's body, "The ministry says 21 percent too" is
    the ministry's, agreeing: a body's kind word with a figure of its own stays.)"""
    kinds = [fc for fc in out if fc.source is not None and
             fc.source.kind in ("organisation", "generic") and fc.source.person_id is None and
             (_a_kind_word(fc, fc.source.name.lower(), heads) or _a_document(fc.source))]
    if not kinds:
        return
    titled: dict[tuple[str, str], bool] = {}
    # (the named figures by their value's step: a figure looks at the few near its value,
    # not at every other figure of a long text)
    by_bucket: dict[tuple[int, int], list[FigureClaim]] = {}
    for o in out:
        if o.source is not None and o.source.kind in ("organisation", "person") and \
                len(o.source.name.split()) >= 2 and (b := _value_bucket(o.figure)) is not None:
            by_bucket.setdefault(b, []).append(o)
    for fc in kinds:
        s = fc.source
        assert s is not None
        b = _value_bucket(fc.figure)
        if b is None:
            continue
        word = s.name.lower()
        document = _a_document(s)
        as_person = word in OFFICE_ROLES and word not in ORG_NOUNS
        cands: dict[str, FigureClaim] = {}
        for o in (o for d in (-1, 0, 1) for o in by_bucket.get((b[0], b[1] + d), ())):
            # (a name the text gives no person's part, of kind "person" by its shape
            # alone, may be the body: "Health New Zealand | Te Whatu Ora said ... 94")
            if o is fc or o.source is None or (
                    (o.source.kind == "person") != as_person and not document and not (
                        not as_person and o.source.person_id is None)) or \
                    not same_value(o.figure, fc.figure) or not _one_measure(fc, o) or \
                    _two_exact(fc.figure, o.figure):
                continue
            if as_person and not _titled(text, word, o.source.name, titled):
                continue
            cands.setdefault(o.source.name, o)
            if len(cands) > 1:
                break  # (two named sources give it: the kind word names neither)
        if len(cands) == 1:
            got = next(iter(cands.values())).source
            assert got is not None
            fc.source = Source(got.name, got.kind, got.person_id, "described", s.start,
                               got.study, got.confirmed)


#: A study of a body's own people, after "according to": "a snapshot survey of its
#: members", "an annual poll among their staff".
_STUDY_OF_ITS_RE = re.compile(
    rf"(?:the|a|an){_SP}+(?:[a-z-]+{_SP}+){{0,2}}(?:{'|'.join(sorted(STUDY_NOUNS))})"
    rf"{_SP}+(?:of|among|by){_SP}+(?:its|their)\b")
#: Documents a figure is given in: a study's nouns, a statement's (:data:`STUDY_NOUNS`,
#: :data:`_STATEMENT_NOUNS`) and a parliamentary "answer" or "reply".
_DOCUMENT_WORDS = STUDY_NOUNS | _STATEMENT_NOUNS | {"answer", "reply", "figures",
                                                    "statistics"}


def _two_exact(a: Figure, b: Figure) -> bool:
    """Two exact counts in the thousands that differ, however little: "The ministry put the
    total at 88,521" is not the 89,240 another body gives (within 1%, :func:`same_value`'s
    step, but neither is rounded or hedged)."""
    return a.kind == b.kind == "count" and a.value is not None and b.value is not None and \
        a.value != b.value and min(a.value, b.value) >= 1000 and not (
            a.approx or b.approx or a.bound is not None or b.bound is not None or
            a.value % 1000 == 0 or b.value % 1000 == 0)  # (never "20 percent", "89,000")


def _a_document(s: Source) -> bool:
    """A source the text names only as a document, in lower case ("written parliamentary
    answer published", "statement"): whoever the story says gave the same figure in it
    gave it (:func:`_kind_words_named`)."""
    words = s.name.split()
    return s.kind == "generic" and s.person_id is None and s.name.islower() and \
        bool(words) and bool(set(words) & _DOCUMENT_WORDS)


def _a_kind_word(fc: FigureClaim, word: str, heads: Sequence[tuple[int, int]]) -> bool:
    """``word``, ``fc``'s source, is one body's kind or office alone ("maker", "state",
    "senator"): for a body's kind, only in a headline or for a bare number (in a story's
    body "The ministry says 21 percent too" is the ministry's own figure)."""
    if len(word.split()) != 1 or (word not in ORG_NOUNS and word not in OFFICE_ROLES):
        return False
    return word not in ORG_NOUNS or not fc.figure.unit or \
        any(a <= fc.start < b for a, b in heads)


def _one_measure(fc: FigureClaim, o: FigureClaim) -> bool:
    """Two figures of one measure: a share beside a share, a count of one thing beside a
    count of it ("40 homes" is no "40 per cent"; "268 fryers" no "268 people"), a bare
    number beside any count."""
    a, b = _broad_measure(fc.figure), _broad_measure(o.figure)
    if a is None or b is None:
        return fc.figure.kind == o.figure.kind
    if a[0].split()[0] != b[0].split()[0]:
        return False
    return not (fc.figure.unit and o.figure.unit and a[0] != b[0] and
                fc.quantity != o.quantity)


#: The titles a general word for an office covers: a "lawmaker" is written "Sen. Patricia
#: Kowalczyk", "Rep. Ann Lee", "the MP, Sandra Coyle" (general English).
_TITLES_OF = {"lawmaker": ("senator", "sen", "representative", "rep", "assemblyman",
                           "assemblywoman", "assemblymember", "congressman", "congresswoman",
                           "mp", "msp", "legislator", "councillor", "councilor", "delegate")}


def _titled(text: str, word: str, name: str, seen: dict[tuple[str, str], bool]) -> bool:
    """Whether the text writes ``word`` as the title of ``name``: "State Senator Ray
    Castellano", "The MP, Sandra Coyle" (a comma only after a title written with a
    capital), near one of the first mentions of the name (read once a title and a name)."""
    if (word, name) not in seen:
        alts = [rf"\b{re.escape(word)}"]
        for w in (word, *_TITLES_OF.get(word, ())):
            # ("MP" in capitals, "Sen." and "Rep." with a capital; a title the general word
            # covers only so written: "a company representative" is no lawmaker)
            caps = {w.upper(), w[:1].upper() + w[1:]} if len(w) <= 3 else {w[:1].upper() + w[1:]}
            alts += [rf"\b{re.escape(c)}\.?,?" for c in sorted(caps)]
        rx = re.compile(rf"(?:{'|'.join(alts)}){_SP}+(?:[{UP}][\w.’'-]*{_SP}+){{0,2}}$")
        seen[(word, name)] = any(rx.search(text, max(0, m.start() - 60), m.start())
                                 for m in itertools.islice(re.finditer(re.escape(name), text),
                                                           6))
    return seen[(word, name)]


def _of_kind(name: str, kind: str) -> bool:
    """A body's name is of a kind word's kind: it ends in the word or in one of the kind's
    name words (:data:`speech.roles.KIND_NAME_WORDS`: "Tri-Valley Electric Cooperative",
    "Dockers' Union"), or opens with a name word before "of" ("Federation of Transport
    Workers" is a union). Never a name that merely holds the word: "the council" is no
    "Council of Europe"."""
    words = name.lower().replace("’s", "").replace("'s", "").split()
    if not words:
        return False
    kind = BODY_NOUN_OF.get(kind, kind)  # ("the co-op" is a cooperative)
    names = KIND_NAME_WORDS.get(kind, frozenset())
    if " of " in f" {' '.join(words)} ":
        return words[0] in names
    return words[-1] == kind or words[-1] in names


def _value_bucket(f: Figure) -> tuple[int, int] | None:
    """(sign, step) of a figure's value on a scale of steps of 1.1%: two values
    :func:`same_value` calls equal (within 1%) are in one step or two next to each other."""
    import math

    v = f.value if f.kind != "ratio" else f.low
    if v is None:
        return None
    if v == 0:
        return (0, 0)
    return (1 if v > 0 else -1, int(math.floor(math.log(abs(v)) / math.log(1.011))))


def same_value(a: Figure, b: Figure) -> bool:
    """Two figures of the same value (within 1%)."""
    va = a.value if a.kind != "ratio" else a.low
    vb = b.value if b.kind != "ratio" else b.low
    if va is None or vb is None:
        return False
    return abs(va - vb) <= 0.01 * max(abs(va), abs(vb))


#: The adjectives that make a figure the older one: "its first count", "the original
#: estimate" (one list for :data:`_OLD_RE` and :data:`_EARLIER_FIGURE_NEXT_RE`).
#: Words that make a figure a body's first, since replaced ("the initial estimate"); with
#: "old", the words of an earlier figure.
INITIAL_WORDS = "earlier|first|original|initial|previous|preliminary"
_OLD_WORDS = f"{INITIAL_WORDS}|old"
_OLD_RE = re.compile(rf"\b(?:{_OLD_WORDS}|initially|previously|originally|had\s+put)\b",
                     re.I)
#: The next sentence, with no number of its own, calls the figure before it the earlier
#: one: "A spokeswoman said that the earlier figure was incomplete."
_EARLIER_FIGURE_NEXT_RE = re.compile(
    # (bounded: a paragraph with no full stop is read once, not once for each letter)
    rf"[ \u00a0]*[^.!?\n\d]{{0,200}}?\b(?:the|that|this|its|their|our|his|her)[ \u00a0]+"
    rf"(?:{_OLD_WORDS})[ \u00a0]+"
    rf"(?:figure|number|estimate|count|total|tally|forecast)\b[^.!?\n\d]{{0,200}}[.!?]", re.I)
#: Words of a comparison: the next sentence that sets the figure against the earlier one
#: ("That is far more than the original estimate") calls the earlier one another figure.
_COMPARED_WORDS_RE = re.compile(r"\b(?:than|above|below|more|less|fewer|higher|lower|"
                                r"beyond|exceeds?|exceeding)\b", re.I)


def _called_earlier_next(text: str, fc: FigureClaim) -> bool:
    """The sentence after ``fc``'s, in its paragraph, calls it the earlier figure ("A
    spokeswoman said that the earlier figure was incomplete"): the last figure of its
    sentence, no number in that next sentence (whose own figure the words would be about
    otherwise), and no comparison there ("That is well above its first count" sets a new
    figure against the first one)."""
    if re.search(r"\d", text[fc.end:fc.sentence[1]]):
        return False
    m = _EARLIER_FIGURE_NEXT_RE.match(text, fc.sentence[1])
    return m is not None and not _COMPARED_WORDS_RE.search(m.group(0))


#: Words right before a figure that make it the older one: "down from its previous
#: estimate of", "initially", "up from".
_OLD_NEAR_RE = re.compile(
    r"(?i)(?:\b(?:previous|previously|earlier|initial|initially|original|originally|old|"
    r"preliminary|first)\b(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:of|at|was|had[ \u00a0]+been)?"
    r"|\b(?:down|up|revised|lowered|raised|cut|increased|reduced|changed|updated)"
    r"(?:[ \u00a0]+(?:that|this|the|its|their|his|her)[ \u00a0]+[a-z]+)?[ \u00a0]+from[ \u00a0]+"
    r"(?:its|their|his|her|an?|the)?(?:[ \u00a0]+[a-z]+){0,3}"
    # "lowered its estimate this year to 6 percent, from 10 percent"
    r"|\b(?:revised|lowered|raised|cut|increased|reduced|lifted|trimmed)\b[^.;]{0,60}?"
    r"\bto\b[^.;]{0,30}?,[ \u00a0]*from)[ \u00a0]*$")
#: Words right after a figure that make it the newer one: "73 per cent, up from the 68".
_NEWER_THAN_RE = re.compile(
    r"[^.;]{0,40}?\b(?:up|down|revised|lowered|raised|changed|corrected)[ \u00a0]+from\b"
    r"|[^.;]{0,40}?\b(?:replacing|superseding)\b")
#: Participles of changing a figure one gave: "lowered", "raised", "revised" (one list for
#: the passive, :data:`_REVISED_AFTER_RE`, and the active, :data:`_WHICH_IT_REVISED_RE`).
_REVISING = r"lowered|raised|revised|corrected|cut|updated|reduced|replaced|scaled[ \u00a0]+back"
#: A figure that a clause about it says was revised: "a coverage figure of 92%, which
#: Dr. Saleh said had been lowered after ...", "90%, but the estimate has since been cut": the
#: older one. The clause's subject is the figure (a relative pronoun right after it, or
#: "the figure/estimate ..."), so "12 per cent since subsidies had been cut" is not one.
_IN_SENTENCE = rf"(?:[^.;]|(?<=\b[{UP}][a-z])\.|(?<=\b[{UP}])\.)"  # "Dr.", "U.N." end nothing
_REVISED_AFTER_RE = re.compile(
    r"(?:(?:,?[ \u00a0]+(?:of[ \u00a0]+)?[\w-]+){0,3}?[ \u00a0]*,?[ \u00a0]*(?:which|that)\b"
    rf"(?:{_IN_SENTENCE}{{0,120}}?\b(?:said|says|say|admitted|admits|acknowledged|"
    r"acknowledges|conceded|concedes|noted|notes|added|adds|confirmed|confirms|announced|"
    r"announces)\b)?"
    rf"|{_IN_SENTENCE}{{0,140}}?\b(?:the|that|this|its|their|his|her)[ \u00a0]+"
    r"(?:[\w’'-]+[ \u00a0]+)?(?:figure|estimate|number|count|toll|total|tally|forecast|"
    r"projection|rate|reading|calculation))"
    r"[ \u00a0]+(?:it[ \u00a0]+)?(?:had|has|have|was|were)[ \u00a0]+(?:since[ \u00a0]+)?been"
    rf"[ \u00a0]+(?:{_REVISING}|withdrawn|superseded)\b")
#: ... or in the active, its source the subject: "a count of 13,870, which it raised last
#: week", "9,100, which the agency has since revised".
_WHICH_IT_REVISED_RE = re.compile(
    rf"{_SP}*,?{_SP}*(?:which|that){_SP}+(?:it|they|he|she|(?:the|its|their){_SP}+[a-z]+)"
    rf"(?:{_SP}+(?:has|have|had|later|since|subsequently|then|quickly))*{_SP}+"
    rf"(?:{_REVISING}|withdrew)\b"
    # (when it did so, or the clause's end: "which it raised last week"; never "which it
    # raised with ministers", "which it replaced with saplings", what is done with a thing)
    rf"(?={_SP}*(?:[,.;]|$)|{_SP}+(?:last|this|on|after|to|from|upwards?|downwards?|since|"
    rf"later|earlier|twice|again|once)\b)")
#: A figure's own note that it was replaced: "1.7m (since revised)", "5,000, later
#: withdrawn", "— now superseded".
_SINCE_REVISED_RE = re.compile(
    rf"{_SP}*[(,—–-]?{_SP}*(?:since|later|subsequently|now|then){_SP}+(?:revised|withdrawn|"
    r"superseded|replaced|corrected|lowered|raised|updated|retracted)\b")
#: The past perfect of giving a figure: an act before the one the article reports, so
#: the older of a source's two figures. English grammar, no article's verbs.
_HAD_GIVEN_VERBS = (r"given|estimated|put|reported|said|forecast|projected|predicted|"
                    r"calculated|counted|announced|published|cited|claimed|stated|told|"
                    r"expected|planned|promised|set|quoted|suggested")
_HAD_GIVEN = rf"had[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:{_HAD_GIVEN_VERBS})\b"
# (the words between may name a day: "had said on Monday afternoon that roughly 3,000")
_HAD_GIVEN_BEFORE_RE = re.compile(_HAD_GIVEN + r"(?:[ \u00a0]+[A-Za-z]+){0,4}[ \u00a0]+(?:of|at|"
                                  r"as|to|was)?[ \u00a0]*$")
#: ... and a figure a source had put on show before the news, for the guess stage only:
#: "The cooperative had posted a figure of 12,800 on its outage map" (in narrative, "By
#: midnight the utility had logged 14,000" may be the newest, so revisions never read
#: these verbs as older).
HAD_GIVEN_OR_SHOWN_BEFORE_RE = re.compile(
    rf"had[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:{_HAD_GIVEN_VERBS}|posted|listed|shown|displayed)"
    r"\b(?:[ \u00a0]+[A-Za-z]+){0,4}[ \u00a0]+(?:of|at|as|to|was)?[ \u00a0]*$")
_HAD_GIVEN_AFTER_RE = re.compile(r"[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?(?:the[ \u00a0]+|its"
                                 r"[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,3}?(?:it|they|he|she|"
                                 r"[a-z]+)[ \u00a0]+" + _HAD_GIVEN)
_NEW_RE = re.compile(r"\b(?:new|latest|revised|updated|lowered|raised|now|final|recount|"
                     r"re-?examined|corrected)\b", re.I)


#: A live blog's entry time at a line's start: "19:05", "09:40 Power restored ..." (the
#: furniture's :data:`~provenance.speech.furniture.ENTRY_TIME`).
_ENTRY_TIME_RE = re.compile(rf"(?m)^[ \t*]*{ENTRY_TIME}(?=[ \t]*$|[ \t]+[A-Z“\"‘'])")


def _revisions(text: str, out: list[FigureClaim]) -> None:
    """A source that gives a new value for one quantity revised itself: the older one is
    marked. It takes words of revising (``new``, ``revised``, ``lowered``, ``initially``),
    two sentences, and values that cannot both hold (a point outside the other's range)."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for i, fc in enumerate(out):
        if fc.source is None or fc.source.kind == "generic":
            continue
        by_key.setdefault((fc.quantity, fc.source.name.casefold()), []).append(i)

    ages: dict[int, tuple[int, int]] = {}
    # a live blog's entries by their times ("19:05", "09:40"), in whichever order it prints
    # them (the newest first, usually): a later entry's figure is the newer one
    stamps = [(m.start(), (int(m["hour"]) % 12 + (12 if m["half"].lower().startswith("p")
                                                    else 0) if m["half"] else
                           int(m["hour"])) * 60 + int(m["minute"]))
              for m in _ENTRY_TIME_RE.finditer(text)]
    starts = [a for a, _t in stamps]
    if len(stamps) < 3:
        stamps, starts = [], []

    def stamp(fc: FigureClaim) -> int:
        """The time of the entry the figure is in, -1 above the first."""
        k = bisect.bisect_right(starts, fc.start) - 1
        return stamps[k][1] if k >= 0 else -1

    timed = False  # (a group whose figures all stand under entries' times: by the times)

    def age(fc: FigureClaim) -> tuple[int, int]:
        if fc.start not in ages:
            ages[fc.start] = (stamp(fc), _age(fc))
        return ages[fc.start] if timed else (0, ages[fc.start][1])

    def _age(fc: FigureClaim) -> int:
        if _OLD_NEAR_RE.search(text[max(fc.sentence[0], fc.start - 60):fc.start]) or \
                _REVISED_TO_FROM_RE.search(text, max(fc.sentence[0], fc.start - 200), fc.start):
            return -2  # "down from its previous estimate of 5.2 million"; "raised its
            # estimate to 4,300 hectares, from 3,800"
        if _HAD_GIVEN_BEFORE_RE.search(text[max(fc.sentence[0], fc.start - 60):fc.start]) or \
                _HAD_GIVEN_AFTER_RE.match(text, fc.end, fc.sentence[1]):
            return -2  # "the agency had given a rate of 5.2 cm", "the 11 months it had
            # estimated in January": the past perfect puts the figure before the news
        if _called_earlier_next(text, fc):
            return -2  # "the company told county officials that about 900 positions would
            # be eliminated. A spokeswoman said that the earlier figure was incomplete."
        if _NEWER_THAN_RE.match(text, fc.end, fc.sentence[1]):
            return 2  # "found 73 per cent, up from the 68 per cent given in April"
        own = re.match(rf"(?:up|down){_SP}+to{_SP}+", fc.figure.text)  # (its own "up to")
        if _REVISED_TO_RE.search(text, max(fc.sentence[0], fc.start - 60),
                                 fc.start + (own.end() if own else 0)):
            return 2  # "it revised that estimate up to 297,000": the figure it moved to
        if _REVISED_AFTER_RE.match(text, fc.end, fc.sentence[1]) or \
                _SINCE_REVISED_RE.match(text, fc.end, fc.sentence[1]) or \
                _WHICH_IT_REVISED_RE.match(text, fc.end, fc.sentence[1]):
            return -2  # "92%, which ... said had been lowered after a review"; "1.7m
            # (since revised)"
        # (of the figure's own clause between semicolons: "its first estimate, published
        # in 2015, was 1.7 million; it lifted the figure after ..." says the 1.7 million is
        # the old one, whatever the next clause says of the revision)
        a = text.rfind(";", fc.sentence[0], fc.start) + 1 or fc.sentence[0]
        b = text.find(";", fc.end, fc.sentence[1])
        s = text[a:b if b >= 0 else fc.sentence[1]]
        return (1 if _says_new(s) else 0) - (1 if _OLD_RE.search(s) else 0)

    from .grouping import _of_years

    for idx in by_key.values():
        if len(idx) < 2:
            continue
        # (a figure its clause puts in an earlier year than another's, "below the peak of
        # 36.5 km a day achieved in 2020-21" beside "33.8 km a day in 2024-25", is a
        # record of that year: it neither revises the year's figure nor is revised by it)
        years = {i: _of_years(text, out[i]) for i in idx}
        latest = max((max(y) for y in years.values() if y), default="")
        idx = [i for i in idx if not years[i] or max(years[i]) >= latest]
        if len(idx) < 2:
            continue
        timed = bool(starts) and all(stamp(out[i]) >= 0 for i in idx)  # (an untimed
        # summary above the entries leaves the group in text order)
        current = max(idx, key=lambda i: (age(out[i]), out[i].start))
        cur = out[current]
        # (a figure the text says it moved to, "lowered that to P87.90", revises the
        # source's other value however near, when that one is no rounding of it: "P88.40"
        # is another value, "1.38 million" beside "1,382,650" the same)
        moved = cur.figure.value is not None and _REVISED_TO_RE.search(
            text, max(cur.sentence[0], cur.start - 60), cur.start) is not None
        for i in idx:
            fc = out[i]
            if i == current or (_overlap(fc.figure, cur.figure, approx=True) and not (
                    moved and fc.start < cur.start and not fc.figure.approx and
                    _beyond_rounding(fc.figure, cur.figure))):
                continue
            # "more than two-thirds" and "71 percent" can both hold: no revision, unless
            # the text says the figure changed ("first said more than 500", "revised its
            # toll to 650")
            if age(fc) == age(cur) and _within_bound(fc.figure, cur.figure):
                continue
            if fc.sentence == cur.sentence and age(fc)[1] > -2 and not (
                    age(cur)[1] == 2 and fc.start < cur.start):
                continue  # (but "said about 55,000 ..., and raised its estimate to more
                # than 62,000": the figure it moved from, in one sentence)
            if age(cur) > age(fc):
                fc.revised = True
                fc.revised_to = current
    _revised_in_other_words(text, out)


def _beyond_rounding(a: Figure, b: Figure) -> bool:
    """Two values further apart than either one's last written digit: no rounding of the
    other ("P88.40" and "P87.90"; never "1.38 million" and "1,382,650")."""
    if a.value is None or b.value is None or a.decimals is None or b.decimals is None:
        return False
    step = 10.0 ** -min(a.decimals, b.decimals)
    return abs(a.value - b.value) > step / 2


def _revised_in_other_words(text: str, out: list[FigureClaim]) -> None:
    """A figure the text says a source moved to ("had revised its own count to 3,400")
    revises that source's earlier figure of the same kind, whatever noun each counts ("put
    the number of strikers at 2,950"): the revision's own words say the two are one
    quantity, which the nouns (kept apart by :func:`_revisions`) do not."""
    from .grouping import _counts_people, _kind_of, _measure_of

    kinds: dict[int, tuple[str, bool] | None] = {}

    def kind(fc: FigureClaim) -> tuple[str, bool] | None:
        # (read once a figure: each revision asks it of every figure before it)
        if id(fc) not in kinds:
            b = _measure_of(fc)
            kinds[id(fc)] = (_kind_of(b[0]), _counts_people(fc.quantity)) \
                if b is not None else None
        return kinds[id(fc)]

    for j, new in enumerate(out):
        if new.source is None or new.revised or "@" in new.quantity:
            continue
        own = re.match(rf"(?:up|down){_SP}+to{_SP}+", new.figure.text)
        if not _REVISED_TO_RE.search(text, max(new.sentence[0], new.start - 60),
                                     new.start + (own.end() if own else 0)):
            continue
        k = kind(new)
        if k is None:
            continue
        for fc in out:
            if fc is new or fc.start >= new.start or fc.revised or fc.source is None or \
                    fc.source.name.casefold() != new.source.name.casefold() or \
                    fc.sentence == new.sentence or _overlap(fc.figure, new.figure, approx=True):
                continue
            if kind(fc) == k and "@" not in fc.quantity:
                fc.revised = True
                fc.revised_to = j


def _says_new(sentence: str) -> bool:
    """A word of revising in a sentence, not part of a name: "Health New Zealand says",
    "the Final Four" are no newer figures ("New figures show" at the start is one)."""
    for m in _NEW_RE.finditer(sentence):
        word = m.group()
        if word[0].islower():
            return True
        after = sentence[m.end():].lstrip(" \u00a0")
        if not sentence[:m.start()].strip(" \u00a0\"“‘'(") and not after[:1].isupper():
            return True
    return False


def _within_bound(a: Figure, b: Figure) -> bool:
    """True when one figure is only a lower bound ("more than two-thirds", "at least 40")
    that the other's value keeps: "more than two-thirds" and "71 percent" can both hold, so
    one is no revision of the other. (An upper bound is often the first, loose, claim a
    source lowers: "up to 30,000", then "lowered its estimate to 22,000".)"""
    for x, y in ((a, b), (b, a)):
        bx, by = _bounds(x), _bounds(y)
        if x.bound is None or bx is None or by is None:
            continue
        tol = 0.01 * max(abs(bx[1]), abs(by[1]))
        if x.bound == "low" and by[0] + tol >= bx[0]:
            return True
    return False


def _bounds(f: Figure) -> tuple[float, float] | None:
    if f.kind == "ratio":
        return (f.low, f.low) if f.low is not None else None
    lo = f.low if f.low is not None else f.value
    hi = f.high if f.high is not None else f.value
    if lo is None or hi is None:
        return None
    return (lo, hi)


def _overlap(a: Figure, b: Figure, approx: bool = False) -> bool:
    """Two figures that can both hold (within 1%; within 5% with ``approx`` when either
    says it is rough: "nearly three-quarters" and "73 per cent" are one reading)."""
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return True
    rough = approx and (a.approx or b.approx)
    tol = (0.05 if rough else 0.01) * max(abs(ba[1]), abs(bb[1]))
    return not (ba[1] + tol < bb[0] or bb[1] + tol < ba[0])


class _OverlapIndex:
    """Figures held so that "does any of them overlap this one?" (:func:`_overlap`, no
    ``approx``) costs a binary search, not a look at each: an article of thousands of
    unsourced figures of one quantity was quadratic. Single values are kept sorted; only
    two single values within about 1% of the query's bounds can overlap it, so only
    those are checked exactly. Ranges, figures with no bounds and negative values are
    few and checked one by one."""

    def __init__(self) -> None:
        self.points: list[tuple[float, int, Figure]] = []
        self.others: list[Figure] = []
        self._sorted = True

    def add(self, f: Figure) -> None:
        b = _bounds(f)
        if b is not None and b[0] == b[1] and b[0] >= 0:
            self.points.append((b[0], len(self.points), f))
            self._sorted = False
        else:
            self.others.append(f)

    def _candidates(self, f: Figure) -> Iterator[Figure]:
        """The held figures that may overlap ``f``: the few others, and the single values
        in the window only they can fall in."""
        import bisect

        if not self._sorted:
            self.points.sort(key=lambda p: (p[0], p[1]))
            self._sorted = True
        yield from self.others
        b = _bounds(f)
        if b is None or b[0] < 0 or b[1] < 0:
            # (a figure with no bounds overlaps any, as _overlap says; negatives are few)
            yield from (p[2] for p in self.points)
            return
        # v overlaps [a0, a1] within 1% of max(a1, v) only for a0 - 0.0102 a1 <= v <=
        # a1 / 0.99: the window, with a margin, searched by bisection
        lo = bisect.bisect_left(self.points, b[0] - 0.011 * b[1], key=lambda p: p[0])
        hi = bisect.bisect_right(self.points, b[1] / 0.989, key=lambda p: p[0])
        yield from (self.points[k][2] for k in range(lo, hi))

    def overlaps(self, f: Figure) -> bool:
        return any(_overlap(f, o) for o in self._candidates(f))

    def overlapping(self, f: Figure) -> list[Figure]:
        """Every held figure that overlaps ``f``, in the order held."""
        return [o for o in self._candidates(f) if _overlap(f, o)]


#: Tonnes with a metric prefix, each in tonnes: "180 megatonnes" and "about 410 Mt" are one
#: measure (a symbol is read as its name, :data:`SYMBOL_NAMES`).
#: Tonnes and the number parser's prefixed tonnes, one list (numbers.PREFIXED_TONNES).
_TONNES = {"tonne": 1.0, "ton": 1.0, **PREFIXED_TONNES,
           # (a mass in kilograms or grams is one measure with tonnes: "2,000 kg" of a
           # catch beside "3 tonnes" of it)
           "kilogram": 1e-3, "kilo": 1e-3, "gram": 1e-6}
#: The unit a herd is counted in: "about 3,000 head" counts the animals the article counts.
_HERD_UNITS = frozenset({"head"})
#: What a herd's "head" counts: animals (never families or people beside them).
_HERD_ANIMALS = frozenset(
    "animal livestock cattle cow bull ox sheep goat camel horse pony donkey mule pig hog "
    "buffalo bison yak reindeer deer elk elephant giraffe zebra antelope llama alpaca "
    "poultry chicken".split())


def _broad_measure(f: Figure, bare: bool = False) -> tuple[str, float, float] | None:
    """A figure's measure with its value in that measure's one unit, as two sources that
    write one quantity differently share it: a share in per cent ("one in 100", "5.6 per
    1,000", "11 per cent"), a sum in its currency ("CHF 80 million", "Eighty million
    francs"), a length, area, duration or mass in its canonical unit ("180 megatonnes",
    "about 410 Mt"), a count by what it counts ("head" for any herd). None for a date,
    and for a bare number, what it counts being its group's, unless ``bare`` asks for it
    as a count of that ("nearly 68,000": ``("count", 68000, 68000)``)."""
    b = _bounds(f)
    if b is None or f.kind in ("year", "period"):
        return None
    lo, hi = b
    unit = (f.unit or "").strip()
    if bare and not f.unit and f.kind in ("count", "range"):
        return ("count", lo, hi)
    if f.kind == "ratio":
        if f.numerator is not None and f.denominator:
            lo = hi = 100.0 * f.numerator / f.denominator
        return ("share", lo, hi)
    if unit == "%":
        return ("share", lo, hi)
    pm = re.fullmatch(r"per[ \u00a0]+([\d,.]+)", unit)
    if pm:
        try:
            base = float(pm.group(1).replace(",", ""))
        except ValueError:
            return None
        return ("share", 100.0 * lo / base, 100.0 * hi / base) if base > 0 else None
    if not unit or unit.startswith("per "):
        return None
    if f.kind == "money" or unit in CURRENCY_SIGNS.values():
        return (f"money {CURRENCY_SIGNS.get(unit.lower(), unit)}", lo, hi)
    cur = CURRENCY_SIGNS.get(unit.lower()) or CURRENCY_SIGNS.get(singular(unit.lower()))
    if cur is not None:
        return (f"money {cur}", lo, hi)
    signs = CURRENCY_NOUNS.get(singular(unit.split()[-1].lower()))
    if signs:
        # "Eighty million francs": in whichever francs the text's other sums are in
        return ("money ?" + " ".join(sorted(signs)), lo, hi)
    dim, cunit, factor = canonical_unit(unit)
    if dim in ("length", "area", "duration", "volume"):
        return (dim, lo * factor, hi * factor)
    if dim == "count" and cunit in _TONNES:
        return ("mass", lo * _TONNES[cunit], hi * _TONNES[cunit])
    if dim == "count":
        return (f"count {cunit}", lo, hi)
    return None


_SUM_OF_RE = re.compile(rf"\b([a-z]{{3,}}){_SP}+(?:of|worth){_SP}+$")


def _names_quantity(text: str, home: list[FigureClaim], quantity: str) -> bool:
    """The sentences of a question's figures name ``quantity`` (a word of it, by its first
    five letters: "stillbirth" in "5.6 stillbirths per 1,000"): a share of another thing
    ("The government's approval rating is 28%") is not the question's third answer."""
    words = [w[:5] for w in re.findall(r"[a-z]{4,}", quantity.casefold())
             if w not in ("share", "rate", "rates", "number", "total")]
    if not words:
        return False
    said = " ".join(text[a:b] for a, b in {fc.sentence for fc in home}).casefold()
    return any(re.search(rf"\b{re.escape(w)}", said) for w in words)


#: Each state of :data:`STATES` as the start of the words that name it ("evacuat" for
#: "evacuated", "evacuation", "evacuees").
_STATE_WORDS = {state: re.compile(r"(?i)\b(?:" + "|".join(sorted(
    {w[:-2] if w.endswith("ed") else w for w, s in STATES.items() if s == state},
    key=len, reverse=True)) + ")") for state in set(STATES.values())}


def _join_states(text: str, out: list[FigureClaim], groups: dict[int, list[FigureClaim]]
                 ) -> None:
    """A count of people in a state ("between 55,000 and 60,000 people had been
    displaced") is a third answer to a question of people counted with no state ("41,870
    people were staying in evacuation centres", "nearly 68,000") when that question's own
    sentences name the state ("evacuation") and the count lies between its answers. (A
    count outside them, "31 died" beside "140 aboard" and "152 aboard", is another
    quantity, as is any count whose state the question's sentences never name.)"""
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or \
                fc.quantity not in _STATE_WORDS:
            continue
        b = _broad_measure(fc.figure)
        if b is None or b[0] != "count people":
            continue
        for g, home in groups.items():
            if {m.quantity for m in home} != {"people"} or \
                    fc.source.name.casefold() in {m.source.name.casefold() for m in home
                                                  if m.source is not None}:
                continue
            vals = [(x[1] + x[2]) / 2 for m in home
                    if (x := _broad_measure(m.figure, bare=True)) is not None]
            if not vals or not min(vals) <= b[1] <= b[2] <= max(vals):
                continue
            if any(_STATE_WORDS[fc.quantity].search(text, *m.sentence) for m in home) and \
                    not _apart([fc], home):
                fc.group = g
                home.append(fc)
                break


def _same_figure_in(a: FigureClaim, b: FigureClaim) -> bool:
    """One value (within 1%) in one measure, each end of a range."""
    ba, bb = _broad_measure(a.figure), _broad_measure(b.figure)
    if ba is None or bb is None:
        return False
    return all(abs(x - y) <= 0.01 * max(abs(x), abs(y))
               for x, y in zip(ba[1:], bb[1:], strict=True))


def _apart(members: list[FigureClaim], home: list[FigureClaim]) -> bool:
    """The text tells them apart: another place, another target of a share, a sum per
    something ("$5 million a year", "$80 per household") beside sums per nothing or per
    something else."""
    per = {m.quantity.split(" per ", 1)[1] if " per " in m.quantity else "" for m in members
           if m.quantity.startswith("money ")}
    theirs_per = {m.quantity.split(" per ", 1)[1] if " per " in m.quantity else ""
                  for m in home if m.quantity.startswith("money ")}
    if per - {""} and theirs_per and theirs_per != per:
        return True
    for attr in ("place", "target"):
        mine = {getattr(m, attr) for m in members} - {None}
        theirs = {getattr(m, attr) for m in home} - {None}
        if mine and theirs and not mine & theirs:
            return True
    return False


_BACK_VERBS = (r"back|backs|backed|support|supports|supported|favou?rs?|favou?red|prefer|"
               r"prefers|preferred|choose|chose|trust|trusts|approve[ \u00a0]+of|"
               r"approves[ \u00a0]+of|"
               r"(?:would|will|plan[ \u00a0]+to|intend[ \u00a0]+to)?[ \u00a0]*vote[ \u00a0]+for|"
               r"voted[ \u00a0]+for")
_NAME = rf"{_CAP_TOKEN}(?:{_SP}+{_CAP_TOKEN}){{0,3}}"
_TARGET_AFTER_RE = re.compile(
    rf"(?:[^,;.]{{0,60}}?)[ \u00a0](?:{_BACK_VERBS})[ \u00a0]+(?:the[ \u00a0]+)?(?P<t>{_NAME})")
_TARGET_BEFORE_RE = re.compile(
    rf"(?:support[ \u00a0]+for[ \u00a0]+|\bput[ \u00a0]+)(?P<t>{_NAME})(?:[’']s[ \u00a0]+\w+)?"
    rf"[ \u00a0]+(?:at|to)[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|just[ \u00a0]+)?$"
    # a poll's share as British reporting writes it: "puts the Civic Alliance on", "has
    # Labour on"
    rf"|\b(?:{_POLL_VERB})"
    rf"[ \u00a0]+(?:the[ \u00a0]+)?(?P<t3>{_NAME})[ \u00a0]+on[ \u00a0]+"
    rf"(?:about[ \u00a0]+|nearly[ \u00a0]+|just[ \u00a0]+)?$"
    rf"|(?:\band|,|^)[ \u00a0]*(?:with[ \u00a0]+)?(?:the[ \u00a0]+)?(?P<t2>{_NAME})"
    rf"[ \u00a0]+(?:at|with|on)[ \u00a0]+"
    rf"(?:about[ \u00a0]+|nearly[ \u00a0]+|just[ \u00a0]+)?$")


#: What a share "for" is the share of: "vouchers were used for 9 per cent of sales",
#: "electric cars accounted for 18% of registrations" (the subject's head noun): vouchers'
#: and cards' shares are two quantities.
_SHARE_FOR_RE = re.compile(
    rf"\b(?P<t>[A-Za-z][\w-]*)(?:{_SP}+(?:already|now|still|also|alone|together|"
    rf"currently|together|combined|[a-z]+ly))?{_SP}+(?:(?:was|were|is|are|has{_SP}+been|"
    rf"have{_SP}+been){_SP}+"
    rf"(?:used|responsible)|accounted|accounts|account|made{_SP}+up|makes{_SP}+up|"
    rf"make{_SP}+up){_SP}+for{_SP}+(?:(?:{_HEDGE_OR_BOUND}|only|just){_SP}+)*$")


def _target(text: str, f: Figure, ss: int, se: int) -> str | None:
    """Whom a share is for: "46 percent of likely voters back Smith", "put Smith at 44
    percent and Jones at 45 percent", "support for Smith at 44 percent"."""
    am = _TARGET_AFTER_RE.match(_clause(text, f.end, se))
    if am:
        return clean_source(am.group("t"))
    head = text[max(ss, f.start - 80):f.start]
    fm = _SHARE_FOR_RE.search(head)
    if fm and fm.group("t").lower() not in ("they", "it", "these", "those", "which", "that",
                                            "this", "who", "already", "now", "still",
                                            "also", "alone", "together", "combined") and \
            not fm.group("t").lower().endswith("ly"):
        return fm.group("t").lower()  # "vouchers were used for 9 per cent": theirs
    bm = _TARGET_BEFORE_RE.search(head)
    if bm:
        name = clean_source(bm.group("t") or bm.group("t2") or bm.group("t3"))
        return name if name and name.split()[0] not in _LEAD_WORDS else None
    return None


def _by_target(members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """Shares for different targets (Smith's, Jones's) are different quantities; a share
    with no target joins the one its source names ("the Smith campaign"), or the only one."""
    targets: dict[str, list[FigureClaim]] = {}
    loose: list[FigureClaim] = []
    for m in members:
        # "Karen Holt" and "Holt" back one person: keyed by the last word of the name
        key = m.target.casefold().split()[-1] if m.target else ""
        (targets.setdefault(key, []) if key else loose).append(m)
    if not targets:
        return [members]
    rest: list[FigureClaim] = []
    for m in loose:
        src = (m.source.name if m.source else "").casefold()
        home = next((k for k in targets if k.split()[-1] in src.split()), None)
        if home is None and len(targets) == 1:
            home = next(iter(targets))
        (targets[home] if home is not None else rest).append(m)
    return [*targets.values(), rest]


def _by_named_group(members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """People counted under different names of groups ("Democrats", "Republicans") are
    different quantities; "people", "residents" and one named group ("Texans") are one."""
    named: dict[str, list[FigureClaim]] = {}
    plain: list[FigureClaim] = []
    for m in members:
        g = next((n for w in m.noun.split() if (n := _named_group(w))), None)
        (named.setdefault(g, []) if g else plain).append(m)
    if len(named) <= 1:
        return [members]
    return [*named.values(), plain]


#: "Unemployment rose to 4.2 percent", "the inflation rate stood at 3 percent".
_RATE_SUBJECT_RE = re.compile(
    rf"^(?:[Tt]he[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?([{UP}a-z]+)(?:[ \u00a0]+rate)?[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?(?:rose|fell|stood|stands|was|is|hit|reached|climbed|dropped|"
    r"increased|decreased|jumped|slipped|edged|grew|shrank|declined|remained)"
    rf"(?:[ \u00a0]+(?:to|at|by))?(?:[ \u00a0]+(?:{_HEDGE}))?[ \u00a0]*$")
_MONEY_RATE_RE = re.compile(
    r"\b(?:(?:a|an|per|each|every)[ \u00a0]+(?P<r>year|month|week|day|hour)|(?P<a>annually|"
    r"yearly|monthly|weekly|daily|hourly))\b")
#: "per household", "a head", "the average family": the one a sum is per (never the first
#: word of a compound, "the average farm-gate price": a price at the farm gate).
_MONEY_PER_RE = re.compile(
    r"\b(?:(?:a|per|each|every)[ \u00a0]+(?:[a-z]+ing[ \u00a0]+)?|average[ \u00a0]+)"
    r"(?P<u>household|family|person|"
    r"head|capita|worker|student|patient|employee|customer|taxpayer|resident|child|adult|home|"
    r"user|passenger|visitor|farm|school|hospital)\b(?![-\u2010\u2011])")
_PER_ONE = {"family": "household", "home": "household", "head": "person",
            "capita": "person"}
#: A period's adjective right before the noun a sum is tied to: "an annual cost of £2m".
#: (Right before it: "annual recurring revenue" is a name, whatever its period.)
_PERIOD_ADJ_RE = re.compile(r"\b(annual|yearly|monthly|weekly|daily)[ \u00a0]+$")
_PERIOD_ADJ = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
               "daily": "day"}
_ADVERB_RATE = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour"}


#: Another sum in a clause after a sum: its currency's sign or name ("... worth about $11
#: million a year", "... 40 million euros a year"); never a count ("its 14 libraries").
_SIGNS = re.escape("".join(k for k in CURRENCY_SIGNS if len(k) == 1 and not k.isalpha()))
_ANOTHER_SUM_RE = re.compile(
    rf"[{_SIGNS}]|\d[\d,.]*{_SP}*(?:[a-z]+{_SP}+)?"
    rf"(?:{'|'.join(sorted(CURRENCY_NOUNS, key=len, reverse=True))})s?\b", re.I)


def _money(text: str, f: Figure, ss: int, se: int, last_quantity: str | None) -> str:
    """Money is one quantity with what it pays for, per what and how often: "would cost the
    average household about $80 a year" and "the cost at $410 per household annually" are
    one ("money $ cost per household per year"); "$14 billion in its first year" another.
    A sum the text says nothing of is a quantity of its own."""
    cur = f.unit or ""
    clause_start = max((m.end() for m in clause_starts(text, ss, f.start)),
                       default=ss)
    before = text[clause_start:f.start]
    after = _clause(text, f.end, se)
    spelled = _spelled_initials(text)
    if spelled:
        # "$48 million in ARR", "put its ARR at $31 million": the words the text spells the
        # initials out in ("annual recurring revenue"), so one sum whichever it writes (in
        # capitals only: "it" is no "IT")
        def spell(chunk: str) -> str:
            return re.sub(rf"\b[{UP}]{{3,5}}\b",
                          lambda m: spelled.get(m.group().lower(), m.group()), chunk)
        before, after = spell(before), spell(after)
    before = re.sub(r"[“”\"‘]", "", before.lower())
    after = after.lower()
    im = re.match(rf"(?:{_SP}+(?:is|are|was|were|will{_SP}+be|would{_SP}+be){_SP}+"
                  # ("up to £11m is payable in bonuses": a sum of bonuses)
                  rf"(?:payable|paid|due|owed))?"
                  rf"{_SP}+in{_SP}+(?:[a-z]+{_SP}+){{0,2}}?(?P<n>{_MONEY_WORDS})\b"
                  # (the head of its noun phrase: "$4 trillion in tax cuts" is no tax)
                  rf"(?!{_SP}+(?!(?:in|of|for|at|from|to|and|or|by|since|over|last|this|"
                  rf"per|on|a|an|the|was|is|were|are|that|which|with)\b)[a-z])", after)
    if im:
        after = " " + im.group("n") + after[im.end():]  # "$48 million in annual revenue"
    # what the sum is of, only where the words tie it to the figure: "a loss of $2.1
    # billion", "put the cost at $410", "would cost the average household about $80"
    tied = _MONEY_TIED_RE.search(before)
    nouns = [tied.group("n") or ("spending" if tied.group("spend") else
                                 "savings" if tied.group("save") else
                                 "investment" if tied.group("invest") else
                                 _MOVED[tied.group("moved")] if tied.group("moved") else
                                 "loss" if tied.group("lost") else
                                 "value" if tied.group("worth") else "cost")
             ] if tied else []
    if not tied:
        # "operating profit, which the union calculates at £310m": the sum the relative
        # clause's head names
        tied = _MONEY_REL_HEAD_RE.search(text[max(ss, f.start - 120):f.start].lower())
        nouns = [tied.group("n")] if tied else []
    lm_ = _SAYS_IT_LOSES_RE.match(after)
    if lm_ and not tied:
        # "the £410,000 a year Tollcross says the route loses": what the sum is, in the
        # relative clause that gives it to its source
        nouns = [_VERB_SUMS[lm_.group("v")]]
    if not nouns and re.match(rf"(?:{_SP}+(?:a|per){_SP}+(?:year|week|month|day))?{_SP}+"
                              rf"(?:towards|toward)\b", after):
        nouns = ["contribution"]  # "could put up to £150,000 a year towards keeping it"
    hm = re.match(r"[ \u00a0]+(?:an?[ \u00a0]+)?([a-z]{3,})", after)
    noun = (_MONEY_NOUNS_ONE.get(nouns[-1], nouns[-1]) if nouns
            else _MONEY_NOUNS_ONE.get(hm.group(1), hm.group(1)) if hm
            and hm.group(1) not in _MONEY_SKIP
            and not hm.group(1).endswith("ly")  # "you cross ₹6,000 crore easily"
            and not _MONEY_RATE_RE.match(after.strip()) and hm.group(1) not in _ADVERB_RATE
            else "")
    if not noun and (_HELD_RE.search(before) or re.match(
            r"[ \u00a0]+in[ \u00a0]+(?:its[ \u00a0]+|their[ \u00a0]+)?reserves\b", after)):
        noun = "reserves"  # "holding £15 million in reserves": a sum of its own, no gap's
    if re.search(r"\bof[ \u00a0]+(?:the|that|this|its|their)[ \u00a0]+(?:total|sum|amount|"
                 r"figure|budget|cost)[ \u00a0]*,?[ \u00a0]*(?:[a-z]+[ \u00a0]+)?$", before):
        return f"part of a sum @{f.start}"  # "Of the total, about ₹1,200 crore": a part
    fm = re.match(r"[ \u00a0]+for[ \u00a0]+([a-z]{4,})\b", after)
    if not noun and fm and fm.group(1) not in _MONEY_SKIP and fm.group(1) not in (
            "each", "every", "that", "this", "those", "these", "their", "years", "months"):
        noun = fm.group(1)  # "Add ₹640 crore for evacuation": a sum for that, a part
    # (a rate or a share after another figure in the clause is that figure's: "up to $70
    # million if the state does not renew a reimbursement worth about $11 million a year")
    own = _ANOTHER_SUM_RE.search(after)
    after_own = after[:own.start()] if own else after
    pm = _MONEY_PER_RE.search(after_own) or _MONEY_PER_RE.search(before)
    # "per family" and "per household" are one unit a sum is shared by
    per = f" per {_PER_ONE.get(pm.group('u'), pm.group('u'))}" if pm else ""
    rm = _MONEY_RATE_RE.search(after_own)
    rate = ""
    if rm:
        rate = f" per {rm.group('r') or _ADVERB_RATE[rm.group('a')]}"
    elif tied and (am := _PERIOD_ADJ_RE.search(before, 0, tied.start())):
        rate = f" per {_PERIOD_ADJ[am.group(1)]}"  # "an annual cost of £2m"
    if rate and noun == "loss" and not per and lm_ is None and (tied is None or tied.group("n") in (
            "losses", "damage", "damages")):  # (never "made a loss of £6m a year": trading)
        # a yearly loss to whoever bears it is what the harm costs a year: "crop losses of
        # £40 million annually" and "a bill of £90 million a year" answer one question
        noun = "cost"
    if not noun and not per and not rate:
        if last_quantity and last_quantity.startswith("money") and last_quantity.split()[1] \
                == cur and (re.search(
                r"\b(?:it|that|the[ \u00a0]+(?:figure|number|total|estimate))(?:[’']s|[ \u00a0]+"
                r"(?:at|is|was|will[ \u00a0]+be|would[ \u00a0]+be|could[ \u00a0]+be|"
                r"stands[ \u00a0]+at|stood[ \u00a0]+at|comes[ \u00a0]+to|came[ \u00a0]+to|"
                r"totals|totalled|totaled|reaches|reached))"
                r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]*$", before)):
            return last_quantity  # "analysts put it at roughly $600", "X says it is £1.2bn"
        if last_quantity and last_quantity.startswith("money") and last_quantity.split()[1] \
                == cur and (_SAME_SUM_RE.search(before) or _UP_FROM_RE.search(before)):
            # "a preliminary estimate of $5m", "we stand by $5m": the sum last named, whole
            # (a sum that says no "per household" is no sum per household)
            return last_quantity.split(" per ")[0]
        return f"money {cur} @{f.start}"  # a bare sum: a quantity of its own
    return " ".join(f"money {cur} {noun}{per}{rate}".split())


#: A relative clause after a sum that says what it is by a verb: "(£410,000 a year) Tollcross
#: says the route loses", "(the $2m) the council says it spent".
_VERB_SUMS = {"loses": "loss", "lost": "loss", "lose": "loss", "costs": "cost", "cost": "cost",
              "spends": "spending", "spent": "spending", "spend": "spending",
              "saves": "savings", "saved": "savings", "save": "savings", "earns": "earnings",
              "earned": "earnings", "earn": "earnings"}
_SAYS_IT_LOSES_RE = re.compile(
    rf"(?:{_SP}+(?:a|per){_SP}+(?:year|week|month|day))?{_SP}+(?:[a-z]+{_SP}+|[{UP}][\w.’'&-]*"
    rf"{_SP}+){{1,4}}?(?:says|said|claims|claimed|estimates|estimated){_SP}+(?:the{_SP}+)?"
    rf"(?:[a-z]+{_SP}+){{0,2}}?(?:it{_SP}+|they{_SP}+)?(?P<v>{'|'.join(_VERB_SUMS)})\b")
_INITIALS_RE = re.compile(rf"\b[{UP}]{{2,5}}\b")


@functools.lru_cache(maxsize=4)  # (asked once per sum; the same text throughout)
def _spelled_initials(text: str) -> dict[str, str]:
    """Initials the text also spells out (three letters or more), lower-cased, with the words
    they stand for ("arr": "annual recurring revenue"): only a run of words of four letters
    or more that ends in a noun of money (:data:`_MONEY_WORDS`). One pass over the text."""
    caps = {m.group() for m in _INITIALS_RE.finditer(text)}
    out: dict[str, str] = {}
    if not caps:
        return out
    # (words before a noun of money whose initials may name it: "annual recurring revenue")
    for m in re.finditer(rf"(?i)\b((?:[a-z]{{4,}}{_SP}+){{1,4}})({_MONEY_WORDS})\b", text):
        words = [*m.group(1).split(), m.group(2)]
        for n in range(2, min(5, len(words)) + 1):
            run = words[-n:]
            ini = "".join(w[0] for w in run).upper()
            if len(ini) >= 3 and ini in caps and ini.lower() not in out and \
                    not all(w.isupper() for w in run):
                out[ini.lower()] = " ".join(w.lower() for w in run)
    return out


#: A sum a body holds: "was holding £15 million", "sits on reserves of" (its reserves).
_HELD_RE = re.compile(r"\b(?:holding|holds|held|sitting[ \u00a0]+on|sits[ \u00a0]+on)"
                      r"(?:[ \u00a0]+(?:about|around|some|nearly|almost|over|roughly))?"
                      r"[ \u00a0]+$")
#: "up from the $40 million she cited": an earlier figure of the sum just named.
_UP_FROM_RE = re.compile(r"\b(?:up|down)[ \u00a0]+from[ \u00a0]+(?:the|its|their|his|her|"
                         r"an?[ \u00a0]+(?:earlier|previous))?[ \u00a0]*$")
#: Words before a bare sum that make it another figure for the sum the text last named:
#: "a preliminary estimate of", "we stand by", "you cross", "the claim of".
_SAME_SUM_RE = re.compile(
    r"\b(?:(?:estimate|estimates|figure|assessment|claim|total|tally|sum|amount|projection|"
    r"calculation|range)[ \u00a0]+(?:of|at|was|is|stood[ \u00a0]+at)|"
    r"(?:stand|stands|stood)[ \u00a0]+by|"
    r"cross|crosses|crossed|exceed|exceeds|exceeded|top|tops|topped)"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}$")  # "the true figure was closer to £5bn"
_MONEY_WORDS = (r"costs?|price|budget|spending|revenue|fine|penalty|salary|loss|wages?|income|"
                r"rents?|fares?|fees?|"
                r"debt|deficit|damages?|losses|savings?|bill|funding|investment|subsidy|tax|"
                r"taxes|value|profits?|earnings|revenues|turnover|sales|bonus|bonuses|liability|liabilities|payout|settlement|"
                r"compensation|shortfall|overspend|arrears|gap|funding[ \u00a0]+gap|reserves|"
                r"valuations?")
_LEADS = rf"(?:{_HEDGE_OR_BOUND})[ \u00a0]+"
#: A sum's verb that gives its total: "the losses run to", "the bill amounted to".
_RUNS_TO = r"(?:runs?|ran|amounts?|amounted)[ \u00a0]+to"
#: Words of when that may follow a sum and stand where its noun would ("last year").
_WHEN_AFTER_SUM = frozenset({"last", "this", "next", "past", "previous", "coming"})
#: Verbs that move a sum, and the participle a question asks with ("How much money is
#: recovered?"): a sum they govern is that, not what something costs.
_MOVED = {"recovered": "recovered", "recouped": "recouped", "repaid": "repaid",
          "refunded": "refunded", "raised": "raised", "received": "received",
          "collected": "collected", "seized": "seized", "stole": "stolen", "stolen": "stolen",
          "embezzled": "embezzled", "donated": "donated", "invested": "invested",
          "borrowed": "borrowed", "lent": "lent", "saved": "saved", "earned": "earned",
          "paid": "paid", "owes": "owed", "owe": "owed", "owed": "owed", "lost": "loss",
          "loses": "loss", "lose": "loss", "losing": "loss", "wrote off": "written off",
          "written off": "written off", "writes off": "written off"}
#: A sum's noun heading the relative clause that gives it: "operating profit, which the
#: union calculates at" (lower case, up to the figure).
_MONEY_REL_HEAD_RE = re.compile(
    rf"\b(?P<n>{_MONEY_WORDS}),?{_SP}+(?:which|that){_SP}+[^,;:.!?]{{0,80}}"
    rf"{_SP}(?:at|to|as){_SP}*$")
_MONEY_TIED_RE = re.compile(
    rf"\b(?:(?P<n>{_MONEY_WORDS})"
    # "put the full cost of the new stadium at $1.74 billion": what the cost is of, between
    # (or whom it falls on: "the losses to ordinary people run to £4.2 million")
    # ("puts median income from live performance at $14,200": where it comes from, too)
    rf"(?:[ \u00a0]+(?:of|for|to|from)(?:[ \u00a0]+[^\s.;:]+){{1,6}}?(?=[ \u00a0]+(?:at|to|was|is|"
    # ("the total cost of the deal, including wages, will be about £91m")
    rf"will[ \u00a0]+be|would[ \u00a0]+be|{_RUNS_TO})\b))?"
    rf"(?:[ \u00a0]+(?:of|at|to|is|was|were|are|will[ \u00a0]+be|"
    rf"would[ \u00a0]+be|stood[ \u00a0]+at|stands[ \u00a0]+at|totals?|totaled|totalled|"
    rf"reached|came[ \u00a0]+to|rose[ \u00a0]+to|fell[ \u00a0]+to|"
    # ("warned that the shortfall could reach up to $70 million")
    rf"(?:could|would|will|may|might)[ \u00a0]+(?:reach|hit|top|exceed)|reaches|"
    rf"{_RUNS_TO}|"
    # ("pre-tax profit rose 6.1% to £212m": the profit, after its change)
    rf"(?:rose|fell|grew|climbed|jumped|dropped|increased|decreased|slipped|dipped|slumped)"
    rf"(?:[ \u00a0]+by)?[ \u00a0]+[\d.,]+[ \u00a0]*(?:%|per[ \u00a0]*cent)[ \u00a0]+to|"
    rf"(?:will[ \u00a0]+)?rise[ \u00a0]+to|rises[ \u00a0]+to|(?:will[ \u00a0]+)?fall[ \u00a0]+to|"
    rf"average|averages|averaged))?"
    # "lost crops worth", "destroyed crops worth": what was lost, valued; "worth": a value
    rf"|(?P<lost>(?:lost|lose|loses|losing|destroyed|destroys|destroy|damaged|ruined|"
    rf"(?:wiped|wipe|wipes)[ \u00a0]+out|flattened)(?:[ \u00a0]+[\w’'-]+){{0,3}}?"
    rf"[ \u00a0]+worth)|(?P<worth>worth|(?:valued|values|value|valuing)"
    # ("The council valued the contract at £4.2m": what it is worth)
    rf"(?:[ \u00a0]+(?!at\b)[\w’'-]+){{0,4}}?[ \u00a0]+at)"
    rf"|(?:cost|costs|costing|would[ \u00a0]+cost|will[ \u00a0]+cost|could[ \u00a0]+cost)"
    rf"(?:[ \u00a0]+[\w’'-]+){{0,4}}?"
    # ... or what it sells for: "a bag now goes for N78,000", "I sold my last bag this
    # morning for ₦78,000", "no bag sells for less than ₦85,000": its price
    rf"|(?:goes|go|going|went|sells|sell|selling|sold|fetches|fetched|fetching|retails|"
    rf"retailed|retailing)(?:[ \u00a0]+[\w’'-]+){{0,5}}?[ \u00a0]+(?:for|at)"
    # "will save the company £9 million a year": savings
    rf"|(?P<save>(?:save|saves|would[ \u00a0]+save|will[ \u00a0]+save|could[ \u00a0]+save)"
    rf"(?:[ \u00a0]+[\w’'-]+){{0,4}}?)"
    # "would invest £5 million in automation": an investment
    rf"|(?P<invest>(?:invest|invests|would[ \u00a0]+invest|will[ \u00a0]+invest|"
    rf"to[ \u00a0]+invest|plans[ \u00a0]+to[ \u00a0]+invest))"
    # "would spend ₹14,200 crore", "set aside only ₹9,800 crore": spending
    rf"|(?P<spend>spend|spends|spent|spending|allocate[sd]?|allocating|set[ \u00a0]+aside|"
    rf"sets[ \u00a0]+aside|earmark(?:s|ed)?|budget(?:s|ed)?)"
    # "has so far recovered 1.2 billion yen", "lost €40 million": what was done with it
    rf"|(?P<moved>{'|'.join(sorted(_MOVED, key=len, reverse=True))}))[ \u00a0]+"
    # ("the true shortfall was nearer £1.9m": a value brought nearer, as a hedge is)
    rf"(?:{_LIMITING}[ \u00a0]+)?(?:{NEARER}[ \u00a0]+)?"
    rf"(?:{_LEADS})?$")
_MONEY_NOUNS_ONE = {"costs": "cost", "losses": "loss", "damages": "loss", "wages": "wage",
                    "taxes": "tax", "damage": "loss",  # a sum of damage is what was lost
                    # what a thing costs, in the words news uses for it: "the $1.2 billion
                    # price tag", "the final bill", "the stadium costs $1.2 billion"
                    "price": "cost", "prices": "cost", "bill": "cost", "bills": "cost",
                    "costing": "cost", "outlay": "cost", "saving": "savings",
                    "rents": "rent", "fares": "fare", "fees": "fee", "profits": "profit",
                    "bonuses": "bonus",
                    "revenues": "revenue",
                    # "at a valuation of $620 million": what a thing is worth
                    "valuation": "value", "valuations": "value",
                    # a participle after a sum is its noun: "R2.4bn spent irregularly" is
                    # spending, "€40 million lost" a loss
                    "spent": "spending", "spend": "spending", "lost": "loss",
                    # a budget's missing sum: "a budget gap of £12 million", "the real
                    # shortfall was closer to £4 million"
                    "gap": "shortfall", "funding gap": "shortfall"}
#: Money nouns that are plural and stay plural in a question ("What are the liabilities?",
#: "What are the sales?"); the others are asked in the singular (_MONEY_NOUNS_ONE).
_PLURAL_MONEY = frozenset("sales savings liabilities arrears earnings proceeds assets "
                          "revenues profits funds reserves payouts settlements "
                          "subsidies".split())
_VERBISH_RE = re.compile(r"^(?!(?:thus|plus|unless|towards|"
                         r"afterwards|upwards|downwards|whereas)$)"
                         r"(?:[a-z]+(?:ed|s)|move|come|live|have|die|attend|work|use|go|"
                         r"need|get|take|leave|arrive|enter|visit|vote|suffer|lack|"
                         r"are|were|is|was|has|had|do|did|took|fled|came|left|went|ran|"
                         r"struck|stood|gathered|showed|turned|lined|walked|support|back|"
                         r"oppose|favour|favor|want|think|believe|report|experience|face|"
                         r"develop|own|rent|earn|owe|smoke|drink|eat|drive|say|expect|"
                         r"lost|lose|hit|cut|made|make|paid|pay|spent|spend|saw|see|fell|"
                         r"rose|grew|grow|won|win|gave|give|got|kept|keep|sold|sell|bought|"
                         r"buy|built|build|caught|catch|held|hold|led|lead|met|meet|sent|"
                         r"send|spoke|told|tell|thought|wore|wrote|write|became|become|"
                         r"began|begin|broke|brought|bring|chose|choose|knew|know|quit|"
                         r"fought|fight|slept|sleep|drank|ate|flew|fly|rode|threw|"
                         r"can|could|will|would|may|might|must|should|still|never|also)$")
#: Units that are money written out ("1.4 billion euros").
_CURRENCY_RE = re.compile(r"^(?:euro|dollar|pound|yen|yuan|rupee|franc|peso|real|rand|"
                          r"krona|krone|rouble|ruble|lira|won|naira|shilling)s?\b")
_MONEY_NOUNS = frozenset("cost costs bill price amount value budget loss losses".split())
#: The word a question of a stock measured in time asks in ("1.5 days of supply", "the
#: regional inventory ... was 2.8 days": "How many days of supply?").
_STOCK_NOUNS = {"supplies": "supply", "stocks": "stock", "inventory": "supply",
                "inventories": "supply", "reserves": "reserves", "reserve": "reserves",
                "stockpile": "stock", "stockpiles": "stock", "buffer": "stock"}
#: The money's own words before it: "the prevailing retail price of refined sugar", "the
#: cost of producing one kilo of palay" (up to a figure or the sentence's end).
_PRICE_OF_RE = re.compile(
    rf"\b(?:(?:retail|average|wholesale|farm-gate|production|pump|market){_SP}+)?"
    rf"(?:price|cost|fare|fee|tariff|wage|rent|charge|subsidy)"
    rf"(?:{_SP}+of(?:{_SP}+[a-z-]+){{1,3}}?(?={_SP}+(?:at|is|was|in|to|per|stood|rose|fell)\b))?")
#: "how many families have fled the fighting": the question the text itself asks.
_HOW_MANY_RE = re.compile(r"(?i)\bhow[ \u00a0]+(many|much)[ \u00a0]+([^.;:!?,()“”\"\n]{3,90})")
#: "How many people marched ... depends on who is counting": the words that make the
#: question the subject of a sentence about it; the question stops before them.
_ASKED_ABOUT_RE = re.compile(
    r"[ \u00a0]+(?:depends?|depended|depending|hinges?|hinged|remains?|remained|varies|vary|"
    r"varied|matters?|mattered|divides?|divided|splits?|(?:is|are|was|were|remains?)"
    r"[ \u00a0]+(?:still[ \u00a0]+|far[ \u00a0]+from[ \u00a0]+|anyone's[ \u00a0]+)?"
    r"(?:unclear|unknown|disputed|contested|not[ \u00a0]+(?:clear|known|certain)|"
    r"a[ \u00a0]+matter|guess))\b.*$",
    re.I)
#: "the final bill for the Harbour Bridge", "the number of families displaced".
_WHAT_OF_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+(?P<adj>[a-z]+[ \u00a0]+)?(?P<n>number|count|"
    r"total|toll|tally|cost|costs|bill|price|size|amount|share|estimate|figure|value|budget|turnout|loss|"
    r"losses)[ \u00a0]+(?P<p>of|for)[ \u00a0]+(?P<x>(?:[^.;:!?,()“”\"]|,(?=\d)){3,70})")
_X_STOP_RE = re.compile(r"[ \u00a0]+(?:(?:at|to|of)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?"
                        r"[\d$£€¥₹]|is|are|was|were|has|have|had|will|would|could|may|"
                        r"remains?|ranges?|ranged|varies|vary|varied|stands?|stood|according|"
                        r"said|says|put|puts|reached|rose|fell)\b.*$")


def _voice(s: Source) -> str:
    """Whose words a figure is in: the person a body's figure came through
    (``Source.via``), else its source. A sentence one person speaks is quoted whole, though
    their figures are two sources' ("Ofcom told us 4,100, but our own logs show 2,600,"
    said the chief executive): ``check`` reads who said a quotation from the whole of it."""
    return s.via or s.person_id or s.name.casefold()


def own_clause(text: str, fc: FigureClaim, figures: Sequence[FigureClaim]) -> tuple[int, int]:
    """The span a figure's claim quotes: its sentence, or, when the sentence also holds
    another source's figure, its own clause ("The Congressional Budget Office estimated the
    cost at $410, | and analysts at Goldman Sachs put it at roughly $600."), so each claim is
    one source's proposition."""
    ss, se = fc.sentence
    mine = _voice(fc.source) if fc.source is not None else None
    others = [o for o in figures if o is not fc and o.sentence == fc.sentence
              and o.source is not None and _voice(o.source) != mine]
    if not others:
        return ss, se
    lo, hi = ss, se
    for o in others:
        a, b = sorted((o.start, fc.start))
        cuts = list(clause_starts(text, a, b))
        if not cuts:
            continue
        if o.start < fc.start:
            lo = max(lo, cuts[-1].end())
        else:
            hi = min(hi, cuts[0].start())
    chunk = text[lo:hi]
    lo += len(chunk) - len(chunk.lstrip())
    hi = lo + len(text[lo:hi].rstrip(" ,;\u00a0"))
    return lo, hi


#: The thing a measure is given for: "the hull is", "dates the hull to", "the painting as",
#: "the new coastal path is", "The church beside it is" (its words up to the verb or
#: preposition that gives the value).
_MEASURED_THING_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat){_SP}+((?:[a-z][\w-]*{_SP}+){{1,6}}?)"
    rf"(?:is|was|are|were|at|as|to){_SP}")
#: The adjective a length is given with: "4 miles long", "712 feet short", "30 metres deep".
_LENGTH_ADJ_RE = re.compile(rf"{_SP}+(long|short|high|tall|deep|wide)\b")
#: Where a noun phrase's head ends: "church| beside it", "age| of the tree".
_NP_END_RE = re.compile(r"\b(?:of|in|on|at|by|beside|near|next|behind|inside|outside|under|"
                        r"above|from|with|for|along|across|around|which|that|who|and|or)\b")


def _thing_words(words: str) -> str | None:
    """The head noun of the words before a measure's verb ("new coastal path": "path";
    "church beside it": "church"), if it names a thing."""
    cut = _NP_END_RE.search(words)
    head = (words[:cut.start()] if cut else words).split()
    if not head or len(head[-1]) < 3 or head[-1] in _MEASURE_SKIP or \
            head[-1] in REPORT_VERBS or head[-1] in _SPAN_NOUNS:
        return None  # ("the pub claims to be", "the council says is": verbs, no thing)
    return head[-1]


def _thing_before(text: str, ss: int, pos: int) -> str | None:
    """The thing the words before ``pos`` in its sentence give a measure of ("the
    painting is", "dates the hull to"), the last one named, if any."""
    said = [w for m in _MEASURED_THING_RE.finditer(text, ss, pos)
            if (w := _thing_words(m.group(1))) is not None]
    return said[-1] if said else None


def _measured_thing(text: str, members: list[FigureClaim]) -> str | None:
    """What the members' sentences measure, the noun most of them name before the verb or
    preposition that gives the value ("tree"), if any."""
    said = [w for m in members for m2 in _MEASURED_THING_RE.finditer(
        text, m.sentence[0], m.start) if (w := _thing_words(m2.group(1))) is not None]
    return max(said, key=said.count) if said else None


#: Words the thing pattern finds that name no thing measured.
_MEASURE_SKIP = frozenset(("itself", "themselves", "alone", "also", "now", "still", "already",
                           "today", "here", "there", "then", "just", "only", "even",
                           "figure", "number", "estimate", "total", "count", "one", "same",
                           "real", "true", "actual", "official", "length", "distance",
                           "height", "depth", "width", "age", "size", "gap", "shortfall"))


#: Whose population: "the island's population", "the adult population of the lake".
_POPULATION_OF_RE = re.compile(
    rf"\b[Tt]he{_SP}+([a-z][\w-]*)[’']s{_SP}+(?:[a-z-]+{_SP}+)?population\b")


#: Verbs that say what a figure counts or covers, not what happened ("about 35 weeks
#: measures a longer stretch of the patient's journey", "the 40-week figure applies only
#: to ..."): no predicate of the question the figure answers (general English); nor is
#: anything said of a figure named as one ("Our figure of 26 weeks is comparable").
_DEFINING_VERBS = frozenset("measures measure measured covers cover covered describes "
                            "describe described applies apply applied reflects reflect "
                            "reflected includes include included represents represent "
                            "represented refers refer referred excludes exclude excluded "
                            "counts".split())


#: A figure named as one: "Our figure of 26 weeks", "the estimate of about 35 weeks".
_TALKED_OF_BEFORE_RE = re.compile(
    rf"\b(?:figure|estimate|number|count|total|tally){_SP}+of{_SP}+"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


def question_text(text: str, members: list[FigureClaim],
                  quoted: Sequence[tuple[int, int]] = ()) -> str:
    """A question named from the quantity: "How many people attended the rally?",
    "What share of children in the U.S. have autism?", "How many people died?"; or the
    question the article itself asks about it ("How many jobs will the new battery plant
    create?", often its headline) when that says more. A figure grouping joined to the
    question in its source's own words (``joined``) names it only when nothing else does.
    ``quoted``: the spans of the text's quotations, whose figures word no question while
    a figure in the article's own words is there."""
    members = [m for m in members if not m.joined] or members
    named = _question_from_members(text, members, quoted)
    if re.fullmatch(r"How many [a-z]+\?", named):
        # "How many hours?" says nothing to a reader: the sentence's own passive clause,
        # when one holds the figure ("... was released into the loch for a total of 2,340
        # hours": "For how many hours was raw sewage released into the loch?")
        named = next((q for m in sorted(members, key=lambda m: m.start)
                      if (q := _passive_for_question(text, m))), named)
    asked = _asked_in_text(text, members, members[0].quantity.split(" per ", 1)[0])
    if asked and len(asked.split()) > len(named.split()):
        named = asked
    # one question mark: a population or phrase taken from a headline that asks ("Did 84%
    # of children get their jab last year?") brings its own
    return _QUESTION_END_RE.sub("?", named)


_QUESTION_END_RE = re.compile(r"[ \u00a0]*[?!.,;:\"”]*\?$")
#: A passive clause then "for" and the figure: "Raw sewage was released into Loch Arrin
#: for a total of |2,340 hours" (its subject, auxiliary, participle and the rest).
_PASSIVE_FOR_RE = re.compile(
    rf"(?P<subj>(?:[{UP}a-z][\w’'-]*{_SP}+){{0,5}}?[{UP}a-z][\w’'-]*){_SP}+"
    rf"(?P<aux>was|were|is|are|has{_SP}+been|have{_SP}+been){_SP}+(?P<part>[a-z]+ed)\b"
    rf"(?P<rest>[^,;:.!?\n]{{0,60}}?){_SP}+for{_SP}+(?:a{_SP}+total{_SP}+of{_SP}+)?"
    rf"(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


def _passive_for_question(text: str, fc: FigureClaim) -> str | None:
    """"For how many hours was raw sewage released into Loch Arrin?" from the clause that
    holds the figure, when it is a passive one and the figure its length after "for"."""
    ss = fc.sentence[0]
    m = _PASSIVE_FOR_RE.search(text, ss, fc.start)
    unit = fc.figure.unit or ""
    if m is None or not unit.isalpha() or text[ss:m.start()].strip():
        return None  # (the clause opens the sentence: its subject is the sentence's)
    aux, *been = m.group("aux").split()  # ("has been released": "has X been released")
    subj = " ".join(m.group("subj").split())
    first = subj.split()[0]
    if not any(text[:w.start()].rstrip(" \u00a0")[-1:] not in ("", ".", "!", "?", "\n", "\"", "“")
               for w in re.finditer(rf"\b{re.escape(first)}\b", text)):
        # "Raw sewage": capitalised only where a sentence opens, no name
        subj = first.lower() + subj[len(first):]
    words = [aux, subj, *been, m.group("part"), *m.group("rest").split()]
    return f"For how many {unit.lower()} {' '.join(words)}?"


#: A length's time base after its unit: " a year", " per year", " each month".
_PER_TIME_RE = re.compile(rf"(?:{_SP}+[a-z]+)?{_SP}+((?:a|per|each|every){_SP}+"
                          r"(?:year|month|week|day|decade|century))\b")


#: Words that name no particular quantity: what a count, share or spell is "of" when the
#: text says only "people", "cases", "pieces" or "the time". A figure whose quantity is
#: only these says nothing that sets it apart from the one question of its kind, except
#: whether it counts people or things (:data:`_GENERIC_PEOPLE`, :data:`_GENERIC_THINGS`).
_GENERIC_PEOPLE = frozenset("people person individual".split())
_GENERIC_THINGS = frozenset("item piece object unit thing".split())
_GENERIC_WORDS = _GENERIC_PEOPLE | _GENERIC_THINGS | frozenset(
    "one case time total number figure estimate amount average count sum".split())

#: What a quantity string starts with to say its measure, not what it counts.
_MEASURE_WORDS_RE = re.compile(r"^(?:share[ ]of|money[ ]\S+|duration(?:[ ]of)?|count)\b[ ]?")

def named_words(quantity: str) -> list[str]:
    """The words of a quantity string after those that say its measure ("share of
    pupil": ["pupil"]; "duration of average": ["average"])."""
    return _MEASURE_WORDS_RE.sub("", quantity.strip()).split()


def _generic(quantity: str) -> bool:
    """The quantity names nothing beyond its measure and a word of :data:`_GENERIC_WORDS`
    ("piece", "share of people", "duration of time")."""
    return all(w in _GENERIC_WORDS for w in named_words(quantity))


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """``pos`` is inside one of ``spans`` (a quotation's: "But 6 tonnes is what crossed our
    weighbridge," she said)."""
    return any(a <= pos < b for a, b in spans)


def _question_from_members(text: str, members: list[FigureClaim],
                           quoted: Sequence[tuple[int, int]] = ()) -> str:
    # (a figure that names nothing of its own, "about 5,200 pieces", words no question its
    # question's other figures name: "How many objects?", not "How many items?")
    members = sorted(members, key=lambda m: _generic(m.quantity))
    q = members[0].quantity
    rate = ""
    if " per " in q:
        q, rate = q.split(" per ", 1)
    if q.startswith("change in "):
        # "burglaries fell 12%" against "rose 3%": one question of how much it changed
        what = min((m.noun for m in members if m.noun), key=lambda n: len(n.split()),
                   default=q.split(" in ", 1)[1])
        return f"How much did {_lower_head(what)} change?"
    if q.startswith(("reduction in ", "increase in ")):
        # "What is the reduction in migraine days?": the change, in the text's words
        what = min((m.noun for m in members if m.noun), key=lambda n: len(n.split()),
                   default=q.split(" in ", 1)[1])
        return f"What is the {q.split()[0]} in {_lower_head(what)}?"
    # the best-formed mention: a counted noun followed by its verb phrase; the body's
    # sentences before a headline set in title case ("1 in 40 Adults Has Diabetes")
    # (the article's own words before a quotation's: "pupils we asked" names no population)
    for fc in sorted(members, key=lambda m: (_generic(m.quantity), in_title_case(text, m.start),
                                             m.source is not None
                                             and m.source.how == "quote", m.start)):
        if _inside(quoted, fc.start) and any(not _inside(quoted, m.start) for m in members):
            continue  # ('"But 6 tonnes is what crossed our weighbridge"': a
            # speaker's words name no question while the article's own words may)
        f = fc.figure
        ss, se = fc.sentence
        if q in _ORDERED_KEYS.values() and fc.source is not None and fc.source.how == "quote":
            continue  # "Eleven centimetres may be true at one benchmark": a figure quoted
            # back is no wording of the question a length's sources answer
        if q.startswith("share of"):
            pop = _population(text, f, se)
            at = text.find(pop, f.end, se) if pop else -1
            rest = _clause(text, (at + len(pop)) if at >= 0 else f.end + (len(pop) - 1 if pop
                                                                           else 0), se)
            words = rest.split()
            if pop and words and _VERBISH_RE.match(words[0].lower()):
                vp = _trim_phrase(words[:8])
                return f"What share of {_lower_head(pop)} {vp}?"
            words = _clause(text, f.end, se).split()
            if not pop and words and not any(m.target for m in members) and \
                    _VERBISH_RE.match(words[0].lower()) and \
                    words[0].lower() not in ("of", "is", "was", "are", "were"):
                # "58 percent support the tax": of whom the sentence's survey asked
                sm = _SAMPLE_OF_RE.search(text, ss, f.start)
                # else the population the other sources name ("73 per cent had some level
                # of bleaching" beside "73 per cent of reefs": of reefs)
                nouns = [_head_noun(m.noun) for m in members if m.noun and m is not fc
                         and _population(text, m.figure, m.sentence[1])]
                who = sm.group(1) if sm else (nouns[0] if nouns and nouns[0] else "people")
                return f"What share of {who} {_trim_phrase(words[:8])}?"
            continue
        if q.startswith("people") and f.unit is None and _PEOPLE_VERB_RE.match(text, f.end, se):
            vp = _trim_phrase(_clause(text, f.end, se).split()[:8])  # "20,000 marched on ..."
            if vp:
                return f"How many people {vp}?"
        if f.unit and f.unit.startswith("per "):
            continue  # "180 per 100,000": a rate, asked as "What is the TB rate?"
        if f.kind == "ratio":
            continue  # "one patient in twelve": its "of 12" counts nothing to ask about
        if f.unit and q != "death" and not q.startswith(("share of", "money")):
            changed = _change_question(text, fc) or _object_question(text, fc)
            if changed:
                return changed
        if f.unit and q != "death" and not q.startswith("money"):
            after = _clause(text, f.end, se).split()
            if after and after[0].lower() == f.unit.lower():
                after = after[1:]  # "between 6,500 and 8,000 residents were ...": the unit itself
            k = 0
            if after and after[0].lower() in ("in", "of", "from", "across", "at", "on"):
                # "2.5 million people in India have HIV", "... in the county have": a place
                # (names, or "the" and one word) between the noun and its verb; not "jobs in
                # the region once suppliers are counted"
                k = next((i for i, w in enumerate(after[:5]) if i and
                          _VERBISH_RE.match(w.lower()) and not w[:1].isupper()), 0)
                place = after[1:k]
                if k and (not place or place[-1].lower().endswith(("'s", "’s")) or
                          place[-1].lower() in ("the", "a", "an", "its", "their")):
                    k = 0  # ("on the city's streets in its census": "streets" is no verb)
                if k and not (all(w[:1].isupper() for w in place) or (
                        len(place) == 2 and place[0].lower() == "the")):
                    k = 0
            talked_of = _TALKED_OF_BEFORE_RE.search(
                text, max(ss, f.start - 40), f.start) is not None
            if after and _VERBISH_RE.match(after[k].lower()) and not talked_of and \
                    after[k].lower() not in _DEFINING_VERBS and not (
                    len(after) > k + 1 and after[k + 1].lower() == "by" and
                    after[k].lower().endswith("ed")):
                # (not "210,000 hectares estimated by X": who gives it, not what happened)
                vp = _trim_phrase(after[:k + 14])
                unit = f.unit if f.unit[:1].isupper() else _counted_unit(f.unit.lower())
                words = vp.split()
                digit = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)),
                             None)
                if digit is not None:
                    # "2.36 million members across all 212 of its clubs": a question with
                    # another number in it asks of that one too; the words before it, less
                    # the phrase the number opened ("were flooded across 3 counties": "were
                    # flooded")
                    words = words[:digit]
                    hedged = bool(words) and words[-1].lower() in _HEDGE_WORDS
                    while words and (words[-1].lower() in _PREPOSITIONS_OF_PHRASE or
                                     words[-1].lower() in _DETERMINERS or
                                     words[-1].lower() in _HEDGE_WORDS):
                        words.pop()
                    # (a cut after a hedge is inside another figure's predicate: "works out
                    # at about 9 readers a minute" asks nothing of the visits)
                    vp = " ".join(words) if not hedged and (len(words) > 1 or (
                        words and _VERBISH_RE.match(words[0].lower()) and
                        words[0].lower() not in _PREPOSITIONS_OF_PHRASE)) else ""
                return f"How many {unit} {vp}?" if vp else f"How many {unit}?"
    if q == "figure" or (not members[0].noun and q in ("people", "figure")):
        return _named_from_text(text, members)
    if q == LENGTH_KEY:
        # "11 cm a year", "3.9 centimetres per year": the length, and the time it takes
        first = min(members, key=lambda m: m.start).figure
        per = next((pm.group(1) for m in members
                    if (pm := _PER_TIME_RE.match(text, m.figure.end))), None)
        thing = _measured_thing(text, members)
        if per is None and thing is not None:
            # "the new coastal path is 4 miles long": "How long is the path?"; "found it
            # 712 feet short": "How far short is the course?"
            adj = next((am.group(1) for m in sorted(members, key=lambda m: m.start)
                        if (am := _LENGTH_ADJ_RE.match(text, m.figure.end))), "long")
            return f"How {'far short' if adj == 'short' else adj} is the {thing}?"
        unit = _counted_unit(first.unit or "")
        return f"How many {unit}{' ' + per if per and ' per ' not in unit else ''}?"

    if q.startswith("money") or _CURRENCY_RE.match(q):
        # "put the cost of the drought at 1.4 billion euros": what the sum is of
        for fc in sorted(members, key=lambda m: m.start):
            wm = _WHAT_OF_RE.search(text, fc.sentence[0], fc.start)
            if wm and wm.group("n") in _MONEY_NOUNS:
                x = _trim_phrase(_X_STOP_RE.sub("", wm.group("x")).split()[:8])
                adj = f"{wm.group('adj').strip()} " if wm.group("adj") else ""
                if x:
                    return f"What is the {adj}{wm.group('n')} {wm.group('p')} {x}?"
    if q.startswith("money"):
        # "money $ cost per household per year": "What is the cost per household per year?"
        words = members[0].quantity.split()[2:]
        if words and words[0].startswith("@"):
            words = []
        if words[:2] == ["cost", "of"] and len(words) >= 3:
            # "money $ cost of website" (see _cost_things): the thing's cost
            per = " ".join(words[3:])
            return f"What is the cost of the {words[2]}{' ' + per if per else ''}?"
        noun = words[0] if words and words[0] != "per" else None
        if noun in _WHEN_AFTER_SUM:
            # "more than ₹1 lakh crore last year": when, not what the money is ("What is
            # the last?"); the quantity keeps the word, which sets this year's sum apart
            # from last year's
            noun, words = None, []
        if noun and noun.endswith("ed") and noun not in _MONEY_NOUNS:
            # "P650M owed", "£2bn spent": a participle, what is done with the money
            rest = " ".join(words[1:])
            return f"How much money is {noun}{' ' + rest if rest else ''}?"
        if noun:
            # "put health spending at": the noun with the word that says of what
            for m in members:
                cm = re.search(rf"\b([a-z]{{3,}}){_SP}+{noun}\b", text[m.sentence[0]:m.start])
                if cm and cm.group(1) not in _MONEY_SKIP | _DANGLING | {"total", "annual"}:
                    noun = f"{cm.group(1)} {noun}"
                    break
        per = " ".join(words[1:] if noun else words)
        per = f" {per}" if per else ""
        if not noun:
            # "the tax would raise $14 million a year": "How much would the tax raise per
            # year?"
            asked = next((a for m in members if (a := _object_question(text, m, "How much"))),
                         None)
            if asked:
                return asked[:-1] + f"{per}?"
        if not noun:
            return f"How much money{per}?"
        if noun in PER_THING_UNITS:  # (what a price is per: no noun of money)
            # "P110 a kilo" (money per kilo): "What is the retail price of refined sugar per
            # kilo?", the words for the money the members' sentences use
            said = next((pm for m in members if (pm := _PRICE_OF_RE.search(
                text, m.sentence[0], m.start)) is not None), None)
            what = " ".join(said.group(0).split()) if said else "price"
            return f"What is the {what} per {noun}?"
        last = noun.split()[-1]
        plural = last in _PLURAL_MONEY or (last.endswith("ies") and last != "series")
        return f"What {'are' if plural else 'is'} the {noun}{per}?"
    if q.startswith(AGE_KEY):
        thing = q[len(AGE_KEY) + 4:] if q.startswith(AGE_KEY + " of ") else \
            _measured_thing(text, members)
        return f"How old is the {thing}?" if thing else "How old is it?"
    if q.startswith("duration of ") and (stock := next((
            (m.figure.unit, sm.group("stock").lower()) for m in members if m.figure.unit and (
                sm := _stock_time(text, m.figure))), None)):
        # "1.5 days of supply", "inventory was 2.8 days": "How many days of supply?"
        return f"How many {stock[0]} of {_STOCK_NOUNS.get(stock[1], stock[1])}?"
    if q.startswith("duration of "):
        # "How long is the average wait?": the word for the waiting in any member's sentence
        kinds = [_time_noun(text[m.sentence[0]:m.sentence[1]]) for m in members]
        kind = next((k for k in kinds if k != "time"), "time")
        what = q[len("duration of "):]
        return f"How long is the {what + ' ' + kind if what == 'average' else what}?"
    if q.startswith("population"):
        # "Kenya's population": "of Kenya"; "puts the island's population at 3,000": "of
        # the island"
        if q.startswith("population of "):
            return f"What is the {q}?"
        thing = next((pm.group(1) for m in members if (
            pm := _POPULATION_OF_RE.search(text, m.sentence[0], m.start))), None)
        return f"What is the population of the {thing}?" if thing else \
            "What is the population?"
    if q == "death":
        places = {m.place for m in members if m.place}
        where = f" in {places.pop()}" if len(places) == 1 else ""
        return f"How many people died{where}?"
    if q.startswith("share of"):
        pop = members[0].noun or q[len("share of "):]
        target = next((m.target for m in members if m.target), None)
        used = next((fm for m in members if m.target and (fm := _SHARE_FOR_RE.search(
            text, max(m.sentence[0], m.start - 80), m.start))), None)
        if target and used is not None:
            # "vouchers were used for 9 per cent of sales": "What share of sales are
            # vouchers used for?"; "cars accounted for 18% of registrations": "... do cars
            # account for?"
            verb = used.group(0).split()[1:-1]
            what = _lower_head(pop) or "the total"
            if verb[-1] in ("used", "responsible"):
                be = "are" if target.endswith("s") else "is"
                return f"What share of {what} {be} {target} {verb[-1]} for?"
            make = "make up" if verb[0].startswith("mad") or verb[0].startswith("make") \
                else "account for"
            do = "do" if target.endswith("s") else "does"
            return f"What share of {what} {do} {target} {make}?"
        if target:  # "What share of likely voters back Jones?"
            return f"What share of {_lower_head(pop) or 'people'} back {target}?"
        if pop.strip():
            return f"What share of {_lower_head(pop)}?"
        named = _named_from_text(text, members)  # "the share of X", "how many ..."
        return named if not named.startswith("What is the figure the") else "What share?"
    if q == "growth" or q.endswith(" growth"):
        return f"What is the {q} rate?"  # "What is the growth rate?", "... wage growth rate?"
    if q.startswith("rate of"):
        own = q[len("rate of "):].partition(" per ")[0]
        # the quantity's own word ("rate of detection": "the detection rate"), not a
        # member's noun phrase ("one in three knife incidents reaches the police")
        what = own if own and own != "the" and " " not in own else \
            members[0].noun or own
        # (a rate nothing names is "rate of the per N": "What is the rate?")
        return f"What is the {what} rate?" if what not in ("", "the") else "What is the rate?"
    if q in ("missing", "injured", "displaced", "infected", "arrested"):
        return f"How many people are {q}?"
    # the writer's own noun, the plainest of the group ("refugees", not "people")
    nouns = [m.noun for m in members if m.noun and not m.noun[:1].isdigit() and
             not _generic(m.quantity)] or [
        m.noun for m in members if m.noun and not m.noun[:1].isdigit()]
    noun = min(nouns, key=lambda n: len(n.split())) if nouns else q
    if q == "people" and SYNONYMS.get(noun.lower()) == "people" and \
            noun.lower() not in PERSON_NOUNS and not noun.endswith("s"):
        noun = "people"  # "a turnout of 50,000", "the crowd": "How many people?"
    noun = _counted_unit(noun)
    if noun.lower() in _COLLECTIVE_COUNTS and not rate:
        return f"What is the {noun.lower()}?"  # ("How many population?": "What is the
        # population?", a count the noun itself names)
    if rate and f" per {rate}" not in noun:
        return f"How many {noun} per {rate}?"
    return f"How many {noun}?"


#: Nouns that name a count of many by one word, no plural to ask "how many" of (general
#: English): "the prison population", "the waiting list's total", "the caseload".
_COLLECTIVE_COUNTS = frozenset("population total headcount tally turnout attendance "
                               "membership caseload backlog workforce enrolment enrollment "
                               "circulation audience ridership footfall readership "
                               "viewership".split())


def _counted_unit(unit: str) -> str:
    """A unit as a question counts it: a symbol by its name ("t": "tonnes", "°C": "degrees",
    "km/h": "kilometres per hour"), a unit of measure in the plural ("tonne": "tonnes")."""
    u = unit.strip()
    named = SYMBOL_NAMES.get(u)
    if named is not None:
        return named
    if "/" in u:
        a, _, b = u.partition("/")
        if a in SYMBOL_NAMES and b in _RATES:
            return f"{SYMBOL_NAMES[a]} per {_RATES[b]}"
    if u in _SHORT_UNIT_NAMES:
        return _SHORT_UNIT_NAMES[u]
    if len(u) > 3 and u == singular(u) and (
            canonical_unit(u)[0] in ("length", "area", "duration", "volume") or u in unit_names()):
        return plural(u)
    return u


#: Short units by their names, as a question asks in words ("How many metres a year?",
#: "How many miles per hour?").
_SHORT_UNIT_NAMES = {"mm": "millimetres", "cm": "centimetres", "m": "metres",
                     "km": "kilometres", "ft": "feet", "yd": "yards", "ha": "hectares",
                     "mph": "miles per hour", "kph": "kilometres per hour",
                     "mpg": "miles per gallon", "ppm": "parts per million",
                     "ppb": "parts per billion", "°F": "degrees Fahrenheit"}


@functools.cache
def unit_names() -> frozenset[str]:
    """The names of the units of measure the number parser reads as symbols ("kilometres
    per hour", "decibels", "tonnes") and their singulars: what a unit measures is no count
    of things."""
    names = {canonical_unit(sym)[1] for sym in SYMBOL_NAMES} | set(SYMBOL_NAMES.values())
    return frozenset(names | {singular(n) for n in names})


#: Verbs of change, past and present, with the form a question asks with ("did ... fall"):
#: the regular forms from the speech engine's inflection, the irregular pasts here.
_CHANGE_BASES = ("fall drop rise grow sink shrink increase decrease decline climb expand "
                 "contract slide plunge soar jump retreat recede subside move shift advance "
                 "dip swell lose gain").split()
_IRREGULAR_PAST = {"fall": "fell", "rise": "rose", "grow": "grew", "sink": "sank",
                   "shrink": "shrank", "slide": "slid", "lose": "lost"}
_CHANGED_VERBS = {form: base for base in _CHANGE_BASES for form in (
    (_IRREGULAR_PAST[base], inflect(base)[2]) if base in _IRREGULAR_PAST
    else tuple(f for f in inflect(base)[1:] if not f.endswith("ing")))}
_CHANGED_BY_RE = re.compile(
    rf"(?P<np>(?:[\w’'-]+{_SP}+){{1,6}}?)(?P<verb>{'|'.join(sorted(_CHANGED_VERBS))})"
    rf"(?:{_SP}+by)?{_SP}*$")
_NP_CUT_RE = re.compile(
    rf"^.*\b(?:that|says|said|say|insist|insists|insisted|claims|claimed|estimates|"
    rf"estimated|found|finds|shows|showed|reports|reported|believes|believed){_SP}+", re.S)


def _change_question(text: str, fc: FigureClaim) -> str | None:
    """"the valley's main aquifer fell by 12 feet": "How many feet did the valley's main
    aquifer fall?", named from what changed, never from the unit alone."""
    f = fc.figure
    ss = fc.sentence[0]
    starts = list(clause_starts(text, ss, f.start))
    lo = starts[-1].end() if starts else ss
    head = text[lo:f.start]
    m = _CHANGED_BY_RE.search(head)
    if not m or not f.unit:
        return None
    np_ = _NP_CUT_RE.sub("", m.group("np")).strip(" ,")
    words = np_.split()
    if not words or len(words) > 6 or any(w.lower() in _PRONOUNS for w in words[:1]) or \
            words[0].lower() in ("which", "that", "who", "whom", "whose", "what"):
        return None  # ("admissions for stab wounds, which fell by 11 per cent": no name)
    if not words[0][:1].islower() and words[0] not in ("The", "Its", "Their"):
        return None  # a name ("Smith's lead fell by 4 points") reads as the text says it
    np_ = " ".join([words[0].lower() if words[0] in ("The", "Its", "Their") else words[0]]
                   + words[1:])
    unit = f.unit if f.unit[:1].isupper() else f.unit.lower()
    if not unit.isalpha() or len(unit) <= 3 and unit.lower() not in PLURAL_NOUNS:
        unit_q = "How much"  # "%", "m", "km": the unit reads badly as a counted noun
    else:
        unit_q = f"How many {plural(unit)}"
    return f"{unit_q} did {np_} {_CHANGED_VERBS[m.group('verb')]}?"


#: "a survey of 800 likely voters", "a poll of 1,050 residents": whom a share is of.
_SAMPLE_OF_RE = re.compile(
    rf"\b(?:survey|poll|sample|study|questionnaire)s?{_SP}+of{_SP}+(?:about{_SP}+|some{_SP}+|"
    rf"nearly{_SP}+|more{_SP}+than{_SP}+)?[\d,.]+{_SP}+((?:[a-z-]+{_SP}+){{0,2}}?[a-z-]+s)\b")
#: "the plant would support 6,200 jobs": who or what would do it, and the verb.
_OBJECT_OF_RE = re.compile(
    rf"\b(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+(?:[\w-]+{_SP}+){{0,5}}?[a-z][\w-]*){_SP}+"
    rf"(?P<aux>would|will|could|can|may|might|should){_SP}+(?:also{_SP}+)?(?P<v>[a-z]+)"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}|{_EXTENT}|{_ADDED}))?{_SP}+$")


def _asked_in_text(text: str, members: list[FigureClaim], q: str) -> str | None:
    """The question the article itself asks about this quantity, often in its headline
    ("How many jobs will the new battery plant create?"): a "how many" whose noun is what
    the members count."""
    if q.startswith(("share of", "money", "rate of", "duration of")) or (
            not members[0].noun and q != "people"):
        return None
    for hm in _HOW_MANY_RE.finditer(text, 0, min(len(text), 20_000)):
        if hm.group(1).lower() != "many":
            continue
        words = _ASKED_ABOUT_RE.sub("", hm.group(2)).split()
        people_verb = q.split()[0] == "people" and bool(
            words and _PEOPLE_VERB_RE.match(" " + " ".join(words[:2])))
        state = next((STATES[w.lower()] for w in words[1:4] if w.lower() in STATES), None)
        if q.split()[0] in STATES.values() and state == q.split()[0]:
            people_verb = True  # "How many passengers died ...": deaths, asked of whom
        elif state in ("death", "missing", "injured") and state != q.split()[0]:
            continue  # "How many passengers died" asks no count of passengers on board
        if not words or (_norm_noun(words[0]) != q.split()[0] and not people_verb):
            continue  # "How many jobs ...", or of people "How many marched for the NHS?"
        phrase = _trim_phrase(words[:12])
        if len(phrase.split()) >= 2:
            return f"How many {phrase}?"
    return None


def _object_question(text: str, fc: FigureClaim, ask: str | None = None) -> str | None:
    """"the plant would support 6,200 jobs": "How many jobs would the plant support?", a
    question from the clause whose object the figure is (with its modal verb, so the
    question keeps the sentence's tense)."""
    f = fc.figure
    ss = fc.sentence[0]
    starts = list(clause_starts(text, ss, f.start))
    lo = starts[-1].end() if starts else ss
    m = _OBJECT_OF_RE.search(text, max(lo, f.start - 120), f.start)
    if m is None or not f.unit or not (f.unit.isalpha() or ask) or \
            m.group("v") in REPORT_VERBS:
        return None
    words = m.group("np").split()
    # "The operator said the farm would power": the noun phrase of the modal verb
    k = max(i for i, w in enumerate(words) if w in ("The", "Its", "Their", "the", "its",
                                                     "their"))
    words = words[k:]
    if len(words) < 2 or any(w in REPORT_VERBS for w in words):
        return None
    words[0] = words[0].lower()
    unit = f.unit if f.unit[:1].isupper() else f.unit.lower()
    ask = ask or f"How many {unit}"
    return f"{ask} {m.group('aux')} {' '.join(words)} {m.group('v')}?"


def _named_from_text(text: str, members: list[FigureClaim]) -> str:
    """A question for figures the text gives no counted noun for ("Estimates range from
    47,000 (the government) to 113,000 (aid groups)"): the question the text asks
    ("how many families have fled"), else what the figure is "of" or "for" ("the final
    bill for the bridge"), in the figure's sentence or the one before; else a plain one.
    Never "How many figure?"."""
    from ..speech.speakers import sentence_start

    for fc in sorted(members, key=lambda m: m.start):
        ss, se = fc.sentence
        prev = sentence_start(text, max(0, ss - 400), max(0, ss - 1)) if ss > 0 else ss
        for lo, hi in ((ss, se), (prev, ss)):
            hm = _HOW_MANY_RE.search(text, lo, hi)
            if hm:
                rest = _ASKED_ABOUT_RE.sub("", hm.group(2))
                rest = _X_STOP_RE.sub("", rest) if hm.group(1) == "much" else rest
                phrase = _trim_phrase(rest.split()[:10])
                if phrase:
                    return f"How {hm.group(1).lower()} {phrase}?"
        for lo, hi in ((ss, se), (prev, ss)):
            wm = _WHAT_OF_RE.search(text, lo, hi)
            if wm:
                x = _trim_phrase(_X_STOP_RE.sub("", wm.group("x")).split()[:8])
                noun = wm.group("n")
                if not x:
                    continue
                if noun in ("number", "count") and wm.group("p") == "of":
                    return f"How many {x}?"  # "the number of families displaced"
                if noun in ("estimate", "number", "count", "figure", "total"):
                    return f"What is the figure for {x}?"
                if wm.group("adj"):
                    noun = f"{wm.group('adj').strip()} {noun}"  # "the final bill"
                return f"What is the {noun} {wm.group('p')} {x}?"
    return "What is the figure the sources disagree on?"


#: Words that join two phrases: a description of a source stops before them.
_JOINS = frozenset("and or but nor than to of in on at for from by with as".split())
#: Words a question cannot end on ("... at some point during the?").
_DANGLING = frozenset("a an the of in on at to for from by with during over under about and or "
                      "but than as into after before between per their its his her our your "
                      "this that these those some any each every".split())
#: ... and where the words stop by their count, not at a clause mark, a phrase cut before
#: its noun: "by their third [year]", "in their latest [report]", "smoke two [weeks ago]".
_CUT_DANGLING = frozenset("most more less least first second third fourth fifth sixth seventh "
                          "eighth ninth tenth last next one two three four five six seven "
                          "eight nine ten eleven twelve twenty thirty forty fifty hundred "
                          "thousand million billion".split())


#: Hedges and bounds, left dangling when a question's words are cut before a number.
_HEDGE_WORDS = frozenset("about around roughly nearly almost some approximately just only up "
                         "more less than over under least".split())
#: Words that open a phrase of place or time, left dangling when a question's words are cut
#: before the number the phrase held ("across 3 counties", "in all 212 of its clubs").
_PREPOSITIONS_OF_PHRASE = frozenset("across in on at of from for to by over under within "
                                    "throughout among between all some".split())


def _trim_phrase(words: list[str]) -> str:
    """Words cut at a clause mark, without a dangling article or preposition at the end, nor
    a "by the time" whose clause was cut off ("will be short-sighted by the time")."""
    out: list[str] = []
    cut = True  # (no clause mark ended the words: they may stop inside a phrase)
    for w in words:
        out.append(w.rstrip(".,;:"))
        if w[-1:] in ".,;:":
            cut = False
            break
    if len(out) > 3 and [w.lower() for w in out[-3:]] in (["by", "the", "time"],
                                                         ["at", "the", "time"]):
        out = out[:-3]
    while out and (not out[-1] or out[-1].lower() in _DANGLING or out[-1].endswith(
            ("'s", "’s")) or (cut and not (len(out) > 1 and out[-2].lower() == "of") and (
                out[-1].lower() in _CUT_DANGLING or out[-1][:1].isdigit() or
                out[-1].lower().endswith("ern") or
                (out[-1].lower().endswith("ed") and "-" in out[-1])))):
        out.pop()  # ("the much-delayed northern [link]": an adjective before the cut; "a
        # crew of nine" is whole)
    return " ".join(out)


def _lower_head(phrase: str) -> str:
    """A question's phrase with the capital its sentence gave its first word taken off:
    never a name's ("Democrats", "Texans", and a name of two capitalised words, "Port
    Alder's homes")."""
    words = phrase.split()
    if words and not words[0].isupper() and not _ACRONYM_RE.match(words[0]) and \
            not _named_group(words[0]) and not (len(words) > 1 and words[1][:1].isupper()):
        words[0] = words[0].lower()
    return " ".join(words)
