"""Studies, surveys and reports an article mentions, one work per study.

News prose names a study in a handful of ways, each read here as a noun
phrase around a study noun (``study``, ``survey``, ``trial``, ``poll``,
``review``, ``report``, ``paper``, ``census``...):

* ``Tubbs et al.``; ``Yassa's study``; ``a Hudson Institute study``;
* ``a study by the Hudson Institute`` / ``led by`` / ``conducted by``;
* ``a 2014 survey of parents of 13,000 children``, ``the 2011-2013 surveys``,
  ``a pretty large prospective study from 2009 to 2013 that included 834
  patients``, ``the original paper as published in Nature Neuroscience``;
* ``The statistics came from the U.S. Census Bureau`` (a data release);
* ``the study``, ``this survey``: the study last named (one work, however
  often it is mentioned); ``a different survey``: a new one;
* the other documents a figure rests on: ``the union's own tally``, ``a
  techno-economic appraisal``, ``the RTB index``, ``its annual return``, ``a
  notice filed under ...``, ``a leaked draft``, ``an internal dashboard``,
  ``Official figures show``, ``based on doses reported by health centres``,
  ``in its annual crime statistics``, ``the manifest submitted at the port``, ``the
  Bank's audited financial statements``, ``whose 2024 glacier inventory``, ``a weekly
  data release``, ``its latest Dry Lands Pest Bulletin`` (a body's publication by its
  name) (documents only where the text says they are: never ``the return of``, ``the
  shop's inventory``, ``crime statistics are hard to read``);
* a title in quotes beside a document noun: ``Its quarterly “Rail Monitor” report``,
  ``their report, “Hours Gone,”`` (Title Case, never a remark before ``she said``); a plan
  or a revision as a document only where it gives a figure or came out (``its 2021
  corridor plan estimated``, ``a revision published in May``); papers cited bare
  (``citing internal board documents``); an analyst's ``note to clients``;
* work with no study noun: ``Volunteers for the charity telephoned 200 pharmacies``,
  ``its volunteer divers found``, ``based on the declarations that teachers must file``,
  ``The 2019–2020 Child Growth Examination, run by ..., measured 6,200 children``, ``a
  traffic engineer who examined helicopter footage``;
* who made it, however the text says it: ``by X``, ``X's``, ``its`` (the
  body its clause is about, or the one an aside interrupts: ``X (XB), in its``),
  ``X, whose report``, ``In a report ..., it estimated``, ``carried out with X``,
  ``Dr Y, ... at X who led a survey``, ``X's figure comes from the ...``.

A mention makes a work when it carries a detail (a year, a design word, a
sample, who ran it, where it was published, a capitalised name) or is the
first study the text names. What the text says is kept: who ran it, the year,
design words (``survey``, ``systematic review``, ``cadaver``, ``randomised``),
the sample (``13,000 children``, never an estimate such as ``3.5 million``);
a title only where the text gives one (``a report titled “…”``).
"""

from __future__ import annotations

import bisect
import functools
import re

from ..numbers import MONTH_ABBREVIATIONS_RE, MONTH_NAMES, MONTHS_RE, WEEKDAY_NAMES, WEEKDAYS_RE
from ..speech.cues import document_verbs
from ..speech.furniture import dateline_end
from ..speech.roles import COMPANY_WORDS
from ..speech.speakers import (
    ABBREVIATIONS,
    QUESTION_WORDS,
    UP,
    fold,
    named_body,
    sentence_end,
    sentence_start,
    slug,
)
from .figures import (
    A_ROLE_AFTER_RE,
    BODY_PEOPLE,
    CAP_TOKEN,
    FINDING_VERBS,
    MEASURE_NOUNS,
    ON_NOT_DATE,
    opening_verb,
)
from .records import NumberMention, StudyMention

_SP = r"[ \u00a0]"
_NOUNS = (r"stud(?:y|ies)|surveys?|trials?|polls?|(?:systematic{_SP}+)?reviews?|"
          r"meta-analys[ie]s|analys[ie]s|experiments?|investigations?|dissections?|reports?|"
          r"papers?|census|assessments?|audits?|modell?ing|memorand(?:um|a)|"
          r"management{_SP}+information|counts?|calculations?|projections?|"
          r"monographs?|tall(?:y|ies)|appraisals?|evaluations?|ind(?:ex|ices|exes)|"
          r"datasets?|databases?|forecasts?|inspections?|inquir(?:y|ies)|rankings|"
          r"league{_SP}+tables?|trackers?|business{_SP}+cases?|bulletins?|data{_SP}+releases?|"
          r"questionnaires?|headcounts?|"
          # a cohort by its name only ("The Lindqvist Cohort"; "a cohort of pupils" is people)
          r"Cohort(?:{_SP}+Study)?|"
          # "a ranking published in March" (never "a ranking official")
          r"ranking(?={_SP}+(?:published|released|issued|compiled|of|by)\b)"
          ).replace("{_SP}", _SP)
#: Kept only where the text says they are a document (:data:`_DOCUMENT_NOUNS`), and never
#: before another study noun ("his disclosure report" is the report).
_DOC_NOUNS = (r"returns?|notices?|filings?|disclosures?|submissions?|drafts?|dashboards?|"
              r"memos?|spreadsheets?|records|documents?|"
              # "the company's press release claimed" (never a "statement": in a fact check
              # that is the claim checked)
              r"(?:press|news){_SP}+releases?|"
              # a body's data and registers: "its annual crime statistics", "the manifest
              # submitted at the port", "the bank's audited financial statements"
              r"statistics|manifests?|financial{_SP}+statements|accounts|inventor(?:y|ies)|"
              r"registers?|logbooks?|ledgers?|yearbooks?|sitreps?|digests?|scorecards?|"
              r"fact{_SP}?sheets?|registr(?:y|ies)|updates?|"
              # a plan or a revision as a document of evidence: "its 2022 regional plan
              # reported", "a revision published this March"
              r"plans?|revisions?|editions?").replace("{_SP}", _SP)
#: Any study or document noun, as a word in a phrase named otherwise.
_NOUNS_ANY = rf"{_NOUNS}|{_DOC_NOUNS}"
_NOUNS = rf"(?:{_NOUNS}|{_DOC_NOUNS})(?!{_SP}+(?:{_NOUNS}|{_DOC_NOUNS})\b)"
#: Of those, nouns that an owner alone does not make a document ("the shop's inventory",
#: "the firm's accounts", "the club's register" are stock, customers, a roll): a work only
#: with a document's word ("its audited accounts", "a 2024 glacier inventory", "the official
#: register") or context ("accounts filed at Companies House").
_STRICT_DOCUMENT_NOUNS = frozenset({"financial statements", "accounts", "inventory",
                                    "inventories", "register", "registers", "update",
                                    "updates"})
#: Nouns that are a document whenever someone's, "its" included: "in its annual crime
#: statistics", "its manifest", "their scorecard" (not "its return", "its notice": a going
#: back, a warning).
_ITS_DOCUMENT_NOUNS = frozenset({"statistics", "manifest", "manifests", "logbook", "logbooks",
                                 "ledger", "ledgers", "yearbook", "yearbooks", "digest",
                                 "digests", "scorecard", "scorecards", "factsheet",
                                 "factsheets", "fact sheet", "fact sheets", "registry",
                                 "registries"})
#: Data that are a work only as someone's or where they were published: "the agency's
#: statistics", "its annual statistics", "statistics released by" (never "the statistics
#: show" alone, the data of no one).
_OWNED_DATA_NOUNS = frozenset({"statistics"})
#: Nouns that name a document a figure rests on only in a document's context: "its
#: annual return", "a notice filed under the WARN Act", "a leaked draft", "an internal
#: dashboard" (never "the return of", "at short notice", "the draft", "the dashboard").
_DOCUMENT_NOUNS = frozenset("return returns notice notices filing filings disclosure disclosures "
                            "submission submissions draft drafts dashboard dashboards memo memos "
                            "spreadsheet spreadsheets records document documents manifest "
                            "manifests logbook logbooks ledger ledgers yearbook yearbooks "
                            "sitrep sitreps statistics".split()) | \
    {"press release", "press releases", "news release", "news releases"} | \
    _STRICT_DOCUMENT_NOUNS | \
    _ITS_DOCUMENT_NOUNS | {"plan", "plans", "revision", "revisions", "edition", "editions"}
#: A plan is a document of evidence only where someone's, with its words ("its 2022
#: regional plan"), and where it gives a figure ("... reported an average of 26 minutes"):
#: never "the board's 2030 plan aims to", a plan of action.
_PLAN_NOUNS = frozenset({"plan", "plans"})
_PLAN_GIVES_RE = re.compile(
    rf"(?:,{_SP}*[^,.;:\n]{{1,80}}?,)?{_SP}+(?:reported|reports|estimated|estimates|showed|"
    rf"shows|put|puts|found|finds|projected|projects|forecast|forecasts|counted|counts|"
    rf"assumed|assumes|gave|gives|listed|lists|recorded|records|predicted|predicts|"
    rf"calculated|calculates)\b")
#: A revision or an edition is a document only where it came out: "a revision published
#: this March" (never "want a revision of the rules").
_EDITION_NOUNS = frozenset({"revision", "revisions", "edition", "editions"})
_CAME_OUT_RE = re.compile(rf",?{_SP}+(?:published|released|issued|unveiled|posted)\b")
#: Study nouns that are everyday nouns as often ("her index finger", "the club's database
#: of season-ticket holders", "a fitness tracker"): a work only with a body that owns it
#: ("the LRA index", "Zoopla's tracker", "its database"), a compound that makes it one
#: ("the rent index", "an official database"), a document's context ("the council's
#: tracker shows", "a database compiled by") or "a database of".
_EVERYDAY_NOUNS = frozenset("index indices indexes database databases tracker trackers".split())
_EVERYDAY_COMPOUND_RE = re.compile(r"(?i)^(?:price|prices|rent|rents|house|housing|cost|costs|"
                                   r"wage|wages|pay|poverty|hunger|happiness|inflation|"
                                   r"consumer|producer|deprivation|development|quality|"
                                   r"misery|index)$")
#: Study nouns that are verbs as often, right after a body's name: "X forecast more rain".
_VERB_NOUNS = frozenset("forecast forecasts".split())
#: What may follow such a noun when it is one: "the Met Office forecast shows", "...
#: forecast of", "... forecast, published".
_NOUN_NEXT_RE = re.compile(
    rf"{_SP}*(?:[,.;:)]|{_SP}(?:of|for|by|in|from|on|was|is|has|had|were|are|shows?|showed|"
    rf"says|said|puts?|predicts?|predicted|found|finds|suggests?|suggested|published|released|"
    rf"issued|estimates?|estimated)\b)")
#: Modifiers that make such a noun a document: "its annual return", "an internal dashboard".
_DOCUMENT_MODS = re.compile(
    r"(?i)^(?:annual|quarterly|monthly|yearly|regulatory|statutory|official|financial|"
    r"securities|leaked|internal|confidential|unpublished|secret|draft|final|interim|"
    r"preliminary|own|budget|planning|court|audited|unaudited|latest|weekly|published|"
    r"[\w-]+[’']s)$")
#: What may follow such a noun to make it a document: "a notice filed under ...",
#: "returns submitted to the regulator", "a draft seen by".
_DOCUMENT_AFTER_RE = re.compile(
    rf",?{_SP}+(?:(?:that|which){_SP}+(?:it|they|the{_SP}+[a-z]+){_SP}+)?(?:filed|submitted|lodged|"
    rf"sent|made|published|released|issued|presented|prepared|leaked|seen|obtained|show|shows|"
    rf"showed|reveal|revealed|reveals|compiled|kept|maintained)\b")
#: Data a body gathered by asking others, named without a determiner: "freedom of
#: information responses from 96 trusts", "FOI data".
_FOI = (rf"(?:[Ff]reedom{_SP}+of{_SP}+[Ii]nformation|FOI|FoI){_SP}+(?:responses?|requests?|"
        rf"returns|data|figures|answers|disclosures)")
_FOI_RE = re.compile(rf"\b{_FOI}\b")
_CAP = CAP_TOKEN
#: (never "on" a day or a date: figures' one rule, :data:`.figures.ON_NOT_DATE`)
_WEEKDAYS = rf"(?:{WEEKDAYS_RE})\b"
_ON = ON_NOT_DATE
_PROPER = (rf"{_CAP}(?:(?:{_SP}+(?:of|for|{_ON}|and|&|de)(?:{_SP}+(?:the|a|an))?{_SP}+|{_SP}+|"
           rf"[’']s{_SP}+){_CAP}){{0,9}}")
#: Words that may stand between a determiner and the study noun ("a new parent survey").
_NOT_MOD = {"of", "a", "an", "the", "in", "on", "for", "to", "with", "by", "from", "and", "or",
            "that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "as",
            "at", "this", "these", "those", "it", "its", "their", "not", "but", "if", "when",
            # a possessive opens a noun phrase of its own: "told the Times his study found"
            "his", "her", "our", "my", "your",
            "against", "over", "into", "about", "after", "before", "between", "under",
            "through", "across", "among", "while", "whereas", "although", "though", "because",
            "unless", "where", "whose",
            "said", "says", "more", "most", "than", "results", "result", "number", "estimate",
            "estimates", "findings", "data", "authors", "author",
            # a verb phrase, not a study: "the ministry would review its count"
            "would", "will", "could", "should", "may", "might", "must", "can", "did", "do",
            "does", "also", "then", "plans", "planned", "wants", "promised", "agreed",
            # an adverb before a verb: "the government figure only counts people"
            "only", "still", "just", "now", "never", "always", "actually", "really",
            "already", "often", "rarely", "simply", "merely", "even"}
#: Adjectives "most" may qualify among a study's words: "its most recent report".
_MOST_ADJ = r"(?:recent|comprehensive|detailed|extensive|authoritative|complete|thorough)"
_MOD = (r"(?:[ap]\.m\.|(?!(?:" + "|".join(sorted(_NOT_MOD - {"most"}, key=len, reverse=True))
        + rf"|most(?!{_SP}+{_MOST_ADJ}\b))\b)"
        # a word, not a quotation mark: "the charity's total 'double counts"; a month's
        # abbreviation keeps its full stop ("its Sept. 19 situation report")
        # a clock time ("its 8 a.m. bulletin"), "most" before an adjective ("its most
        # recent report")
        rf"(?:(?:{MONTH_ABBREVIATIONS_RE})\.|most(?={_SP}+{_MOST_ADJ}\b)|"
        rf"\w[\w’'\-]*))")
#: A body's head word, after which a name goes on with "of", "for", "and": "Ministry of
#: Fisheries", "Bank of England", "Department of Health and Social Care".
_BODY_HEAD = (r"(?:Ministry|University|Department|Bank|Office|Institute|Institution|Agency|"
              r"Bureau|Council|Commission|Board|Centre|Center|College|School|Academy|Society|"
              r"Association|Federation|Foundation|Trust|Service|Authority|Chamber|Secretariat|"
              r"Directorate|Inspectorate|Museum|Hospital|Fund|Organi[sz]ation|Union|League|"
              r"Alliance|Coalition|Consortium|Network|Laboratory|Lab|Group|Division|Unit)")
#: A year set before a body's name that opens a study's phrase: "A 2021 " (University of
#: X review).
_YEAR_BEFORE_RE = re.compile(rf"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir){_SP}+)?"
                             rf"(?<![\d,.])(?P<y>(?:19|20)\d\d){_SP}+$")
#: Words of a time a work came out: "released its survey this week".
_TIME_WORDS = (r"(?:week|month|year|morning|afternoon|evening|weekend|quarter|spring|summer|"
               r"autumn|fall|winter)")
#: A clause without "that" after a study noun, the pronoun on: "a survey its members carried
#: out", "the audit their staff completed" (what the people of the body did).
_MADE_VERBS = (r"(?:carried|conducted|ran|run|did|done|made|commissioned|completed|compiled|"
               r"published|released|undertook|took|drew{_SP}+up|put{_SP}+together)"
               ).replace("{_SP}", _SP)
_REDUCED_REL = rf"(?:{_SP}+(?:own{_SP}+)?[a-z][\w-]*){{1,2}}?{_SP}+{_MADE_VERBS}\b"
_REDUCED_REL_RE = re.compile(rf"{_SP}+(?P<pron>its|their|his|her|our){_REDUCED_REL}")
_STUDY_RE = re.compile(
    rf"(?P<det>\b(?:(?:[Tt]his|[Ll]ast|[Nn]ext){_SP}+year[’']s|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|"
    rf"[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|"
    rf"[Oo]ne|[Aa]nother|[Ww]hose|(?P<poss>{_PROPER})[’']s?)\b|"
    rf"(?P<org>(?<![\w’'])(?:[{UP}]{{2,6}}|"
    # ("a Ministry of Fisheries survey", "the Bank of England report": a name's small
    # words, after a body's word only: never "Critics of the Caldera paper")
    rf"(?:{_CAP}{_SP}+){{0,3}}?{_BODY_HEAD}(?:{_SP}+{_CAP}){{0,3}}(?:{_SP}+(?:of|for|and|&)"
    rf"(?:{_SP}+the)?{_SP}+{_CAP}(?:{_SP}+{_CAP}){{0,3}}){{1,3}}|"
    rf"{_CAP}(?:{_SP}+{_CAP}){{1,9}}))|(?P<bare>(?<=[a-z,])(?={_SP}+(?:[a-z][\w-]*{_SP}+)?"
    rf"(?:surveys?|stud(?:y|ies)|assessments?|audits?|polls?|counts?|analys[ie]s|"
    rf"modell?ing|research|reviews?|reports?|calculations?|projections?)"
    rf"{_SP}+(?:(?:carried{_SP}+out|conducted|released|published|run){_SP}+)?by\b)))"
    rf"(?P<mods>(?:{_SP}+{_MOD}){{0,6}}?){_SP}+(?P<noun>{_NOUNS})\b"
    # a study noun followed by a determiner is a verb ("review its count", "poll the members")
    # ("survey this week", "a survey its members carried out": a noun, the time it came
    # out or a clause without "that")
    rf"(?!{_SP}+(?:(?:this|these|those)(?!{_SP}+{_TIME_WORDS}\b)|(?:its|their|his|her|our)"
    rf"(?!{_REDUCED_REL})|the|a|an|whether|what|how|who|every|each|only|all|people)\b"
    # ... and so is one in -s followed by a number, not a year: a verb's third person ("The
    # county's parks department counts 684,500", "the ministry reports about 3,000"; never
    # "Census 2021", "a review of 36 days", nor when it came out: "A YouGov poll 3 weeks
    # ago found")
    rf"|(?<=s){_SP}+(?:(?:about|around|roughly|nearly|some|almost|just|over|more{_SP}+than)"
    rf"{_SP}+)?(?!(?:19|20)\d\d\b)\d(?![\d,.]*{_SP}+(?:days?|weeks?|months?|years?)\b))")
#: A body's word after a study noun makes the noun part of a body's name or description.
_BODY_NEXT_RE = re.compile(rf"{_SP}+(?:agency|agencies|office|bureau|authority|department|"
                           rf"ministry|division|commission|firm|firms|company|companies|"
                           rf"watchdog|regulator)\b")
#: A noun after a study or document noun, which then only says what kind of thing that
#: noun is ("the ministry's statistics chief", "the club's statistics man", "the port's
#: manifest system", "the company's accounts team", "a survey vessel"): the work noun must
#: head its noun phrase.
_ATTRIBUTIVE_NEXT_RE = re.compile(
    rf"{_SP}+(?:chiefs?|heads?|boss(?:es)?|m[ae]n|wom[ae]n|people|staff|managers?|officers?|"
    rf"officials?|directors?|team|teams|units?|services?|sections?|desks?|clerks?|"
    rf"analysts?|experts?|specialists?|leads?|coordinators?|supervisors?|controllers?|"
    rf"keepers?|editors?|systems?|software|tools?|platforms?|portals?|apps?|machines?|"
    rf"vessels?|ships?|boats?|stations?|booths?|workers?|volunteers?|committees?|"
    rf"panels?|centres?|centers?|rooms?|periods?|runs?)\b")
#: "Smith et al.": a name begins a word (so a long run of letters and hyphens is tried
#: from its start once, not from each of its letters: linear on a pasted hash or data URI)
_ETAL_RE = re.compile(rf"(?<![\w’'\-])(?P<name>[{UP}][\w’'\-]{{1,60}}){_SP}+et{_SP}+al\.?")
_DATA_RE = re.compile(
    rf"\b(?P<noun>statistics|data|figures|numbers){_SP}+(?:came|come|comes|were{_SP}+taken|"
    rf"are{_SP}+taken|were{_SP}+drawn|was{_SP}+taken){_SP}+from{_SP}+(?:the{_SP}+)?"
    rf"(?P<org>{_PROPER})")
_RELEASED_RE = re.compile(
    rf"\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Ee]stimates?){_SP}+(?:released|published|compiled|"
    rf"issued|produced|obtained|gathered|collected){_SP}+(?:(?:on|in|last|this|earlier){_SP}+[{UP}a-z]+{_SP}+)?by{_SP}+"
    rf"(?:the{_SP}+)?(?P<org>{_PROPER})")
_ORG_DATA_RE = re.compile(
    # "state Education Department data released Thursday", "INEGI's preliminary figures for
    # 2024", "The WHO and UNICEF estimates of national coverage", "District Health
    # Information System (DHIS2) data, which count ...": a body's data release
    rf"(?P<org>{_PROPER})(?:[’']s)?{_SP}+(?:(?:preliminary|provisional|latest|official|final|"
    rf"annual|revised){_SP}+)?(?:\([{UP}][{UP}a-z0-9]{{1,9}}\){_SP}+)?"
    rf"(?:data|figures|statistics|estimates)(?=(?:{_SP}+\([{UP}][{UP}a-z0-9]{{1,9}}\))?"
    rf"(?:{_SP}+(?:released|published|issued|"
    rf"show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|"
    rf"indicates|indicated|for{_SP}+(?:19|20)\d\d|of(?={_SP}+[a-z]))\b"
    rf"|,{_SP}+(?:which|released|published|issued|compiled)\b))")
#: "Figures from the Office for National Statistics show": a body's data by where they
#: come from (a body's name; "figures from Kenya" is a place).
_DATA_FROM_BODY_RE = re.compile(
    rf"\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers){_SP}+from{_SP}+(?:the{_SP}+)?"
    rf"(?P<org>{_PROPER})")
#: Months and days: "published in April" says when, not where.
_WHEN = (rf"(?:{MONTHS_RE}|Monday|Tuesday|Wednesday|"
         r"Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter)")
#: Words before a name that make it a body: "by the nonprofit Attendance Matters Ohio".
_BODY_DESC = frozenset("nonprofit non-profit charity group firm company agency organisation "
                       "organization thinktank think-tank tank campaign union consultancy body "
                       "team manufacturer maker developer researchers scientists economists "
                       "academics "
                       "watchdog regulator association coalition network foundation trust "
                       "institute council office department ministry advocacy research "
                       "polling federation alliance consortium".split())
_BY_RE = re.compile(
    rf",?{_SP}+(?:(?:led|conducted|carried{_SP}+out|commissioned|run|done|funded|released|"
    # ("a study out this week from X": out, as published)
    rf"published|issued|compiled|prepared|written|produced|out)(?:{_SP}+(?:on|in|last|this|early|"
    rf"late|earlier)(?:{_SP}+[{UP}]?[a-z]+){{1,2}}?)?{_SP}+)?(?:by|from){_SP}+"
    rf"(?:the{_SP}+|Dr\.{_SP}+)?"
    # "by a team at X", "written by its manufacturer, X": the body after its description
    # ("by ecologists at the University of Aberlorn", "by doctors at Vesterhavn University
    # Hospital": people by their trade, at the body)
    rf"(?P<desc>(?:(?:an?{_SP}+(?:research{_SP}+)?team|[a-z]{{3,}}(?:ists|ians|ers)|"
    rf"doctors|surgeons|nurses|investigators|auditors|inspectors|professors|actuaries|"
    rf"academics|a{_SP}+group{_SP}+of{_SP}+researchers){_SP}+(?:at|from|of){_SP}+(?:the{_SP}+)?|"
    # ("by the remote sensing unit at Ondara State University": a part of the body named)
    rf"(?:[a-z][\w-]+{_SP}+){{1,3}}(?:unit|team|lab|laboratory|centre|center|division|"
    rf"programme|program|group|department|faculty){_SP}+(?:at|of){_SP}+(?:the{_SP}+)?|"
    rf"(?:(?:its|their|the){_SP}+)?(?:[a-z][\w-]+{_SP}+){{0,2}}(?:"
    + "|".join(sorted(_BODY_DESC, key=len, reverse=True)) + rf"),{_SP}+|"
    # ("by credit rating agency Norland Ratings": up to three words of what it is)
    rf"(?:(?!(?:in|on|at|of|for|last|this)\b)[a-z][\w-]+{_SP}+){{0,3}}?))"
    rf"(?!{_WHEN}\b)(?P<by>{_PROPER})")
#: An office and the person who holds it, as one name: "Auditor General Mira Solberg",
#: "Chief Medical Officer Ana Ruiz", "Ombudsman Karl Weber".
_OFFICE_PERSON_RE = re.compile(
    rf"(?P<office>(?:(?:Auditor|Attorney|Inspector|Solicitor|Surveyor|Accountant|Comptroller|"
    rf"Surgeon)[ -]General|Chief{_SP}+(?:[{UP}][a-z]+{_SP}+){{1,2}}Officer|Chief{_SP}+"
    rf"(?:Statistician|Coroner|Economist|Scientist|Inspector|Actuary)|Comptroller|Ombudsman|"
    rf"(?:[{UP}][a-z]+[’']?s?{_SP}+)?Commissioner|Coroner|State{_SP}+Auditor|Auditor))"
    rf"{_SP}+(?P<person>[{UP}][\w’'-]+(?:{_SP}+[{UP}][\w’'-]+){{1,2}})$")
#: "done in June with Lowland University": a work done with a named body.
_DONE_WITH_RE = re.compile(
    rf",?{_SP}+(?:conducted|carried{_SP}+out|done|run|undertaken|prepared|produced)"
    rf"(?:{_SP}+(?:on|in|last|this|early|late|earlier)(?:{_SP}+[{UP}]?[a-z]+){{1,2}}?)?"
    rf"{_SP}+(?:jointly{_SP}+)?with{_SP}+(?:the{_SP}+)?(?P<by>{_PROPER})")
#: "by the state auditor's office", "by the county health department": a body in words.
_BY_BODY_RE = re.compile(
    rf",?{_SP}+(?:(?:led|conducted|carried{_SP}+out|commissioned|run|done|released|published|"
    rf"issued|compiled){_SP}+)?(?:by|from){_SP}+the{_SP}+(?P<body>(?:[a-z][\w’'-]*{_SP}+){{0,3}}(?:office|"
    rf"department|ministry|agency|council|commission|authority|board|service|inspectorate|"
    rf"regulator|watchdog|committee|panel|association|union|federation|society|charity|"
    rf"coalition|alliance|network|trust)|"
    # "by the county's environment team": a team, a unit or a taskforce that its words
    # say whose it is (never a bare "the team", nor "the research team at Leeds
    # University", "the team of researchers at ...": the rules for a body after its
    # description read those)
    rf"(?:[a-z][\w’'-]*{_SP}+){{1,3}}(?:team|unit|taskforce|institute|foundation|observatory)"
    rf"(?![’']|{_SP}+(?:at|of|from|in|with)\b))\b")
_VENUE_RE = re.compile(rf",?{_SP}+(?:as{_SP}+)?(?:published|appearing|appeared|appears|"
                       rf"reported){_SP}+in"
                       rf"{_SP}+(?:the{_SP}+)?(?:journal{_SP}+)?(?!{_WHEN}\b)(?P<venue>{_PROPER})")
_TITLE_RE = re.compile(rf"{_SP}*,?{_SP}+(?:titled|entitled|called|named){_SP}+[“\"](?P<t>[^”\"\n]"
                       rf"{{3,200}})[”\"]")
#: Document nouns a quoted title may stand beside: "its “Private Rail Monitor” report",
#: "the report, “Dry Taps,”".
_TITLED_NOUNS = frozenset("report reports survey study index review paper audit analysis "
                          "bulletin briefing tracker monitor barometer scorecard assessment "
                          "census poll inventory dashboard yearbook factsheet brief "
                          "evaluation inquiry plan".split())
_TITLED_NOUNS_RE = "|".join(sorted(_TITLED_NOUNS, key=len, reverse=True))
#: A quoted title set beside a study noun: ", “Hours Gone,”" or " “Hours Gone”".
_APPOSED_TITLE_RE = re.compile(rf",?{_SP}+[“\"](?P<t>[{UP}][^”\"\n]{{2,100}}?)[,.]?[”\"],?")
#: After a quotation, a verb of saying: the quotation was a remark, no title ("“Nobody
#: reads those,” the mayor said").
_SAID_AFTER_RE = re.compile(
    rf"{_SP}*(?:(?:he|she|they|it|we|I|the{_SP}+[a-z]+|[{UP}][\w’'-]+(?:{_SP}+[{UP}][\w’'-]+)"
    rf"{{0,2}}){_SP}+)?(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|"
    rf"argued|argues|insisted|insists|replied|replies|quipped|joked|declared|explained)\b")
#: Words a title leaves in lower case: "Left Out of the Count".
_TITLE_SMALL = frozenset("a an the of on in for and or to at by with from as vs per nor but "
                         "into over".split())


def _title_case(t: str) -> bool:
    """True when ``t`` reads as a title: each word capitalised but the small ones
    ("Hours Gone", "Left Out of the Count"; never "Nobody reads those")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", t)
    return bool(words) and len(words) <= 10 and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


#: A body's work by a quoted title set before its noun: "Its quarterly “Private Rail
#: Monitor” report", "the “Dry Taps” survey", "the institute's “Hours Gone” study".
_QUOTED_TITLE_RE = re.compile(
    rf"[“\"](?P<name>[{UP}][^”\"\n]{{1,80}}?)[”\"]{_SP}+(?P<noun>{_TITLED_NOUNS_RE})s?\b")
#: What comes before such a title (read back from its quotation mark: a scan that opened on
#: every article would cost the studies a tenth of their time).
_QUOTED_LEAD_RE = re.compile(
    rf"(?:\b(?P<pron>[Ii]ts|[Tt]heir)|\b(?P<art>[Tt]he|[Aa]n?)|(?<=[{UP}a-z])[’']s|(?<=s)[’'])"
    rf"(?P<mods>(?:{_SP}+(?:latest|new|annual|weekly|monthly|quarterly|yearly|official|flagship|"
    rf"own|final|interim|first|second|third|most{_SP}+recent|(?:19|20)\d\d(?:/\d\d)?))*)"
    rf"{_SP}+$")
_RAN_RE = re.compile(
    rf"(?P<org>{_PROPER})(?:{_SP}+\([{UP}][{UP}a-z&-]{{1,9}}\))?(?:,[^,]{{0,100}},)?"
    rf"(?:{_SP}+on{_SP}+{_WEEKDAYS})?{_SP}+"
    rf"(?P<desc>(?:[a-z]+{_SP}+){{0,2}}?)(?:released|published|"
    rf"conducted|ran|carried{_SP}+out|commissioned|issued|unveiled|compiled|produced|"
    # what a body does each year: "X, a property site, publishes an annual index"
    rf"publishes|releases|issues|compiles|produces|conducts|runs){_SP}+")
DESIGNS = [
    (r"systematic review|cochrane review|campbell review", "systematic-review"),
    (r"meta-analys[ie]s", "meta-analysis"),
    (r"randomi[sz]ed|controlled trial|\btrial\b", "trial"),
    (r"prospective|retrospective|cohort|longitudinal|follow-up study", "cohort"),
    (r"case-control", "case-control"),
    (r"cross-sectional|\bsurveys?\b|\bpolls?\b|\bcensus\b", "cross-sectional"),
    (r"case series", "case-series"),
    (r"cadaver|cadaveric|anatomical|dissection", "anatomical"),
    (r"case report", "case-report"),
    (r"\breview\b", "narrative-review"),
]
_DESIGN_RES = [(re.compile(p, re.I), d) for p, d in DESIGNS]
_DETAIL_WORDS = re.compile(
    r"prospective|retrospective|randomi[sz]ed|controlled|cohort|longitudinal|cadaver|"
    r"cadaveric|anatomical|clinical|cross-sectional|systematic|pilot|observational|large|"
    r"national|nationwide|published|peer-reviewed|parent|household|federal|government|"
    r"original|landmark|independent|annual|aerial|dive|diving|field|satellite|rapid|"
    r"telephone|online|street|household|\w[’']s\b|\bown\b|latest|internal|official|"
    r"departmental|ministerial|quarterly|monthly|weekly|joint|interim|preliminary|"
    # "one-night", "12-month", "point-in-time", "door-to-door": how long or how it was done
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-\w|\w-(?:to|in|by)-\w",
    re.I)
#: Determiners that date a study or make it the speaker's own: "this year's count", "our
#: modelling" name one piece of work.
_DETAIL_DETS = re.compile(r"(?i)^(?:(?:this|last|next)[ \u00a0]+year[’']s|our|my)$")
_NEW_WORDS = {"different", "another", "separate", "other", "second", "new", "later", "earlier",
              "previous", "competing", "rival", "old", "older", "own"}
#: Between a study noun and its sample: "survey of parents of", "study that included".
_SAMPLE_GAP_RE = re.compile(
    r"^(?:[ \u00a0]+(?:from|in|between)[ \u00a0]+\S+(?:[ \u00a0]+(?:to|and)[ \u00a0]+\S+)?)?"
    r"[ \u00a0,]*(?:(?:of|among|with|involving|including|on|across|in|covering|that|which|"
    r"included|includes|include|enrolled|followed|surveyed|questioned|interviewed|tracked|"
    r"examined|looked[ \u00a0]+at|parents|adults|people|more[ \u00a0]+than|nearly|about|"
    r"almost|some|over|roughly|around)[ \u00a0]+){1,5}$")
#: Words before a study noun that make it something wanted, not a piece of work done:
#: "waiting for an ADHD assessment", "calls for an independent review", "awaiting a count".
#: A work denied right before it: "has not published its own estimate", "never released a
#: report", "has yet to publish a survey".
_NOT_DONE_RE = re.compile(
    r"\b(?:not(?![ \u00a0]+only)|never|yet[ \u00a0]+to|no[ \u00a0]+longer)[ \u00a0]+"
    r"(?:\w+[ \u00a0]+)?"
    r"(?:publish(?:ed)?|release[sd]?|produce[sd]?|commission(?:ed)?|issue[sd]?|carr(?:y|ied)"
    r"[ \u00a0]+out|conduct(?:ed)?|made|make|done|do)[ \u00a0]+(?:an?|its|their|any|the|"
    r"his|her)?[ \u00a0]*$")
_WANTED_RE = re.compile(r"\b(?:for|awaiting|await|awaits|awaited|demand(?:s|ed|ing)?|"
                        r"requested|requesting|ordered|ordering|"
                        # "would publish its own count next week": not done yet
                        r"(?:will|would|to|shall)[ \u00a0]+(?:publish|release|conduct|commission|"
                        r"carry[ \u00a0]+out|run|launch|produce))[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")
#: After a study noun, that it was made or came out: "a report commissioned by ...",
#: "a study published in May" (a work done, whatever word comes before it).
_DONE_AFTER_RE = re.compile(
    rf",?{_SP}+(?:commissioned|conducted|carried{_SP}+out|funded|undertaken|published|released|"
    rf"issued|compiled|prepared|produced){_SP}+(?:by|for|in|on|last|this|earlier)\b")
#: "for" before a study noun that is no wanting: not after a verb or noun of asking.
_FOR_DONE_RE = re.compile(
    r"(?<!\bcall)(?<!\bcalls)(?<!\bcalled)(?<!\bcalling)(?<!\bask)(?<!\basks)(?<!\basked)"
    r"(?<!\basking)(?<!\bwait)(?<!\bwaiting)(?<!\bwaited)(?<!\bpush)(?<!\bpushed)"
    r"(?<!\bpressed)(?<!\bpressing)(?<!\bappeal)(?<!\bappealed)(?<!\bplea)(?<!\bbid)"
    r"(?<!\bpushing)(?<!\bvoted)(?<!\bvoting)(?<!\bdemand)(?<!\bdemands)(?<!\bneed)"
    r"(?<!\bneeds)(?<!\bcampaign)(?<!\bcampaigned)[ \u00a0]+for[ \u00a0]+$")
# (lower case only: "For the 2011-2013 surveys, parents were asked" opens a sentence)
#: A year the study is measured against or since, not when it was done: "up 8 percent
#: from 2024", "has studied the counts since 2015".
_NOT_ITS_YEAR_RE = re.compile(r"\b(?:from|since|than|until|till|before|on|over)[ \u00a0]+"
                              r"(?:the[ \u00a0]+)?$")  # "figures from the 2022 census"
#: A comparison between a study and a year after it: the year is the older figure's.
_COMPARED_FROM_RE = re.compile(r"\b(?:down|up|fell|rose|risen|fallen)[ \u00a0]+from\b|"
                               r"\bcompared[ \u00a0]+(?:with|to)\b")
#: A year the figures cover, not when the work was done: "fraud in the 2024 financial
#: year", "the 2023 tax year", "the 2022/23 season".
_YEAR_MEASURED_RE = re.compile(r"(?:/\d\d)?[ \u00a0]+(?:financial|fiscal|tax|academic|school|"
                               r"budget)[ \u00a0]+year|(?:/\d\d)?[ \u00a0]+season\b")
_SAMPLE_UNIT_BAD = {"mm", "cm", "m", "km", "kg", "g", "years", "months", "days", "%"}
_FAMILY = {"study": "study", "studies": "study", "paper": "study", "papers": "study",
           "experiment": "study", "analysis": "study", "analyses": "study",
           "investigation": "study", "dissection": "study", "survey": "survey",
           "surveys": "survey", "poll": "survey", "polls": "survey", "census": "survey",
           "trial": "trial", "trials": "trial", "review": "review", "reviews": "review",
           "report": "report", "reports": "report", "questionnaire": "survey",
           "questionnaires": "survey", "headcount": "count", "headcounts": "count"}


def _family(noun: str) -> str:
    last = noun.lower().split()[-1]
    if last.startswith("meta-analys"):
        return "review"
    return _FAMILY.get(last, last)


#: A body that used a method to produce a figure: "X used satellite images to estimate",
#: "X analysed the photographs to count".
_USED_TO_RE = re.compile(
    rf"(?P<org>{_PROPER}){_SP}+(?:used|uses|applied|analy[sz]ed|examined|studied|modelled|"
    rf"modeled){_SP}+(?:[\w’'-]+{_SP}+){{0,8}}?to{_SP}+(?:provide|produce|make|reach|calculate|"
    rf"compute|estimate|count|measure|derive|arrive{_SP}+at){_SP}+(?:(?:a|an|its|their|the)"
    rf"{_SP}+)?(?:[a-z]+{_SP}+)?(?:estimate|count|figure|number|measurement|calculation|"
    rf"analysis|tally|total)\b")
#: "Researchers at King's College London, who analysed aerial photographs, estimated": a
#: study by that body, though no study noun, whose method is the relative clause.
_GROUP_METHOD_RE = re.compile(
    rf"\b(?:[Rr]esearchers|[Ss]cientists|[Aa]nalysts|[Ee]xperts|[Ee]conomists|[Aa]cademics|"
    rf"[Ss]tatisticians|[Ee]pidemiologists|[Ee]ngineers|[Dd]emographers|[Tt]eams?)"
    rf"{_SP}+(?:at|from|of){_SP}+(?:the{_SP}+)?(?P<org>{_PROPER}),{_SP}+(?:who|which){_SP}+"
    rf"(?:had{_SP}+)?(?P<method>(?:analy[sz]ed|examined|studied|reviewed|surveyed|counted|"
    rf"modell?ed|tracked|measured|mapped|sampled|interviewed|compared|used|looked{_SP}+at|"
    rf"combed{_SP}+through|went{_SP}+through)"
    rf"{_SP}+[^,.;:\n]{{3,80}}),")
#: "A team at the University of Leith that studies crowds analysed drone footage": a study
#: by that body, though no study noun, whose method is what the team did.
_TEAM_METHOD_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)(?:{_SP}+research)?{_SP}+team{_SP}+(?:at|from|of){_SP}+(?:the{_SP}+)?"
    rf"(?P<org>{_PROPER})(?:,?{_SP}+(?:that|which|who){_SP}+[^,.;:“”\"\n]{{1,60}}?)?,?{_SP}+"
    rf"(?P<method>(?:analy[sz]ed|examined|studied|reviewed|surveyed|counted|modell?ed|"
    rf"tracked|measured|mapped|sampled|interviewed|compared|used)"
    rf"{_SP}+[^,.;:\n]{{3,80}}?)(?=[,.;:\n]|{_SP}+(?:and|to|which|that){_SP})")
#: A sentence opening with a piece of work and who did it: "Modelling by the Institute".
_LEAD_BY_RE = re.compile(
    rf"(?:^|(?<=[.!?”\"][ \u00a0])|(?<=\n))(?P<noun>Modell?ing|Research|Analysis|Polling|"
    rf"Projections|Calculations|Surveys|Studies)(?={_SP}+(?:(?:carried{_SP}+out|conducted|"
    rf"published|released|commissioned){_SP}+)?by{_SP})", re.M)
#: Journals news names without the word "journal": "a review in the Lancet".
_FAMOUS_VENUE_RE = re.compile(
    rf"\b(?:published{_SP}+)?in{_SP}+(?:[Tt]he{_SP}+)?(?P<venue>Lancet|BMJ|British{_SP}+Medical"
    rf"{_SP}+Journal|JAMA|New{_SP}+England{_SP}+Journal{_SP}+of{_SP}+Medicine|NEJM|Nature|"
    rf"Science|PLOS{_SP}+ONE|PLoS{_SP}+One|Cochrane{_SP}+Library|Annals{_SP}+of{_SP}+"
    rf"{_CAP}(?:{_SP}+{_CAP}){{0,2}})\b")
#: People's own counts in the plural possessive: "stewards' counts", "volunteers’ tallies"
#: (found by the apostrophe, then the word before it: a pattern opening on any word is slow).
_PLURAL_POSS_RE = re.compile(
    rf"(?<=[a-z]s)[’'](?P<mods>{_SP}+(?:[a-z][\w-]*{_SP}+)?)(?P<noun>counts?|surveys?|records|"
    rf"tall(?:y|ies))\b"
    # ("The doctors' union counts only 1,650 beds": a verb before its object)
    rf"(?!{_SP}+(?:\d|(?:its|the|their|his|her|our|a|an|this|these|those|only|all|every|"
    rf"each|just|about|some|nearly|around|roughly|more|fewer|at|up)\b))")
#: A study named as such: "The Household Budget Survey", "the Kenya Population and Housing
#: Census", "the Health Survey for England" (group ``name``: its title as the text gives it).
#: Not "Review": a name ending in it is a magazine more often than a study ("National Review").
_NAMED_RE = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}|[{UP}][\w]*-[a-z]+|(?:19|20)\d\d){_SP}+(?:(?:and|of|for|on|&){_SP}+)?"
    rf"(?:{_CAP}{_SP}+(?:(?:and|of|for|on|&){_SP}+)?){{0,6}}"
    rf"(?P<noun>Survey|Census|Study|Audit|Assessment|Poll|Count|Inquiry|Index|Tracker|"
    rf"Inventory|Yearbook)"
    rf"(?![\w’'-]|{_SP}+[{UP}][a-z])"
    rf"(?:{_SP}+(?:of|for|in){_SP}+(?:the{_SP}+)?{_CAP}(?:{_SP}+{_CAP}){{0,3}})?)\b")
#: A body's own publication by its name: "its latest Desert Bird Bulletin", "the IMF's World
#: Economic Outlook", "their annual Fleet Safety Report": the owner makes the name a work
#: (alone, "Bulletin", "Register" and "Review" end a newspaper's or magazine's name).
_OWNED_TITLE_RE = re.compile(
    rf"(?:\b(?P<pron>[Ii]ts|[Tt]heir|[Ww]hose)|(?<=[{UP}a-z])[’']s|(?<=s)[’'])"
    rf"(?P<mods>(?:{_SP}+(?:latest|new|annual|weekly|monthly|quarterly|yearly|official|flagship|"
    rf"own|most{_SP}+recent|(?:19|20)\d\d(?:[–/-]\d\d)?))*){_SP}+"  # ("2022-23", "2022/23")
    rf"(?P<name>(?:[{UP}][\w&-]*{_SP}+(?:(?:of|on|for|and|&){_SP}+)?){{1,5}}"
    rf"(?P<noun>Bulletin|Report|Review|Outlook|Digest|Yearbook|Register|Tracker|Update|Monitor|"
    rf"Barometer|Statistics|Inventory|Survey|Census|Assessment|Audit|Index|Dashboard|"
    rf"Scorecard|Factsheet|Fact{_SP}Sheet|Release)s?)"
    # (its edition's year after it: "whose Reef Health Report 2023 was released in May")
    rf"(?:{_SP}+(?P<yr>(?:19|20)\d\d)\b)?"
    rf"(?![\w’'-]|{_SP}+[{UP}][a-z])")
#: The owner right before a possessive: "the IMF" of "the IMF's".
_OWNER_BEFORE_RE = re.compile(rf"(?:(?P<org>{_PROPER})|\b(?P<lower>[a-z]+))$")
#: "The federal Education Commission, whose 2022 figures", "the Education Commission's 2022
#: figures": a body's data of a year, a work of its own.
_WHOSE_RE = re.compile(
    rf"(?P<org>{_PROPER})(?:,{_SP}+whose|[’']s){_SP}+(?:(?:latest|own|official|annual){_SP}+)?"
    rf"(?P<year>(?:19|20)\d\d)(?:/\d\d)?{_SP}+(?:figures|data|statistics|estimates?|numbers)\b")
#: "bases the estimate on national household data and its own projections": what a figure
#: rests on is a source the journalist will want (group ``what``).
_BASES_ON_RE = re.compile(
    rf"\b(?:bases|based|base|basing){_SP}+(?:(?:the|its|their|this|that|his|her){_SP}+)?"
    rf"(?:[a-z]+{_SP}+)?(?:estimate|figure|number|count|calculation|projection|total)s?{_SP}+"
    rf"on{_SP}+(?P<what>[^.;:()\n“”\"]{{6,140}}?)(?=[.;:\n]|,{_SP})")
#: "said 88% had been vaccinated, based on doses reported by health centres": records
#: others report to a body, the data its figure rests on (the sentence's subject's).
_REPORTED_TO_RE = re.compile(
    rf"\bbased{_SP}+on{_SP}+(?:the{_SP}+)?(?P<what>(?:[a-z][\w-]*{_SP}+){{0,3}}[a-z][\w-]*s"
    rf"{_SP}+(?:reported|recorded|collected|submitted|supplied|provided|compiled|logged|"
    rf"registered|counted|returned){_SP}+(?:by|from){_SP}+[^,.;:()\n“”\"]{{3,80}}?"
    # "based on the declarations that teachers must file 48 hours ahead": what people
    # are bound to hand in
    rf"|(?:[a-z][\w-]*{_SP}+){{0,3}}[a-z][\w-]*s{_SP}+(?:that|which){_SP}+(?:[a-z][\w-]*{_SP}+)"
    rf"{{1,3}}?(?:(?:must|have{_SP}+to|had{_SP}+to|are{_SP}+required{_SP}+to){_SP}+)?(?:file|"
    rf"submit|lodge|complete|fill{_SP}+in|fill{_SP}+out){_SP}*[^,.;:()\n“”\"]{{0,60}}?)"
    rf"(?=[.;:\n]|,{_SP})")
#: Words before a count: "more than 40", "about 200".
_ABOUT = (rf"(?:(?:more{_SP}+than|fewer{_SP}+than|at{_SP}+least|about|some|nearly|almost|"
          rf"around|roughly|over){_SP}+)?")
#: A piece of work named with its year and no study noun, then what it did to people or
#: things it counted: "The 2021-2022 National Food Intake Examination, which the Office of ... ran,
#: tested about 9,800 adults" (never "The 2022 Coastal Marathon drew 6,200 runners").
_DATED_NAME_RE = re.compile(
    rf"\b[Tt]he{_SP}+(?P<yr>(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?){_SP}+(?P<name>{_PROPER})"
    rf"(?=(?:,?{_SP}+(?:run|conducted|carried{_SP}+out|led){_SP}+by{_SP}+[^,.;:\n]{{3,100}},)?"
    rf",?{_SP}+(?:tested|surveyed|interviewed|sampled|examined|questioned|measured|polled|"
    rf"followed|tracked|enrolled|weighed|screened|asked|visited|covered|included)"
    rf"{_SP}+{_ABOUT}\d)")
#: People of a body doing a study's work, with no study noun: "Volunteers for the charity
#: telephoned 200 pharmacies", "Inspectors from the Rail Board visited 40 stations" (group
#: ``body`` a name or a body in words).
_PEOPLE_DID_RE = re.compile(
    rf"\b(?:[Vv]olunteers|[Rr]esearchers|[Ii]nspectors|[Ss]urveyors|[Dd]ivers|[Mm]onitors|"
    rf"[Ff]ieldworkers|[Ee]numerators|[Oo]bservers|[Ss]taff){_SP}+(?:for|at|from|with|of)"
    rf"{_SP}+(?:the{_SP}+)?(?P<body>{_PROPER}|[a-z]+)(?:{_SP}+\([{UP}][{UP}a-z&-]{{1,9}}\))?"
    rf"{_SP}+(?P<verb>telephoned|phoned|called|rang|visited|surveyed|counted|checked|"
    rf"inspected|contacted|interviewed|polled|sampled|questioned|dived{_SP}+at)\b"
    rf"(?={_SP}+{_ABOUT}\d)")  # (a count of what they did: not "staff called police")
#: A body's own people finding what a study would: "its volunteer divers found", "their
#: inspectors counted" (whose they are: the body "its" stands for).
_OWN_PEOPLE_FOUND_RE = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir)(?:{_SP}+(?:own|volunteer|trained|field|reef|bird|citizen))*{_SP}+"
    rf"(?:volunteers|divers|surveyors|inspectors|monitors|researchers|fieldworkers|"
    rf"enumerators|observers|counters){_SP}+(?P<verb>found|counted|recorded|surveyed|logged|"
    rf"observed|measured|checked|estimated)\b(?={_SP}+(?:that\b|{_ABOUT}\d))")
#: What a study is of, before who did it: "a review of hospital records (by the watchdog)".
_OF_WHAT_RE = re.compile(
    rf"{_SP}+of{_SP}+(?:[\w’'-]+{_SP}+){{0,4}}?[\w’'-]+(?=,?{_SP}+(?:(?:carried{_SP}+out|"
    rf"conducted|run|done|commissioned|compiled){_SP}+)?(?:by|from)\b)")
#: "Official figures show", "the latest quarterly figures from the health board": a data
#: release named by what kind it is (who released it follows, if anyone).
_QUALIFIED_DATA_RE = re.compile(
    rf"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir){_SP}+)?(?:[Oo]fficial|[Ll]atest|[Qq]uarterly|[Aa]nnual|"
    rf"[Mm]onthly|[Ww]eekly|[Pp]rovisional|[Gg]overnment)(?:{_SP}+(?:official|quarterly|annual|"
    rf"monthly|weekly|provisional|government|national))*{_SP}+(?:figures|statistics|data)\b")
#: "The BBC's Shared Data Unit analysed council records and found": that body's analysis.
_ANALYSED_FOUND_RE = re.compile(
    rf"(?P<org>{_PROPER})(?P<unit>[’']s{_SP}+(?:[a-z]+{_SP}+){{0,2}}(?:team|unit|desk|lab|"
    rf"researchers|analysts|statisticians))?{_SP}+(?:analy[sz]ed|examined|reviewed|studied|surveyed|counted|"
    rf"audited|modell?ed){_SP}+(?:[\w’'-]+{_SP}+){{0,8}}?(?:and{_SP}+)?(?:found|showed|"
    rf"concluded|estimated|calculated)\b")
#: "The charity estimates, based on its helpline calls, that": the body's own records.
#: "Using its booking data, the airline estimates", "drawing on their own records": the
#: same, by the words that say a figure is worked out from them.
_OWN_RECORDS = (r"(?:calls|records|data|figures|logs|reports|returns|surveys|counts|claims|"
                r"cases|referrals|registrations|bookings|applications|admissions|sales|"
                r"readings|monitoring|tallies|tally|estimates?|statistics|database|checks)")
_BASED_ON_OWN_RE = re.compile(
    rf"\b(?:based{_SP}+on|[Uu]sing|[Dd]rawing{_SP}+on){_SP}+(?P<what>(?:its|their){_SP}+"
    rf"(?:own{_SP}+)?(?:[a-z][\w-]*{_SP}+){{0,3}}{_OWN_RECORDS})\b")
#: "Its figures for the spring term show", "Their March estimate, published on Friday,
#: put ...": a sentence that opens on a body's own data, which say
#: what follows (the body is the one "its" stands for).
_ITS_DATA_SAY_RE = re.compile(
    rf"(?:^|(?<=[.!?]{_SP})|(?<=[.!?][”\"’]{_SP})|(?<=\n))(?P<what>(?:Its|Their){_SP}+"
    rf"(?:own{_SP}+)?(?:[\w-]+{_SP}+){{0,2}}?(?:data|figures|estimates?|statistics|records|"
    rf"tally|count)(?:{_SP}+for{_SP}+(?:the{_SP}+)?[\w-]+(?:{_SP}+[\w-]+){{0,4}}?)?)"
    rf"(?=,{_SP}+(?:released|published|issued|compiled)\b|{_SP}+(?:show|shows|showed|suggest|"
    rf"suggests|suggested|put|puts|indicate|indicates|indicated|found|find)\b)")
#: "Documents seen by the Guardian show": documents, not the newspaper's; the mention is
#: the whole phrase, with whom they were seen by ("Documents seen by the Guardian").
_SEEN_DOCS_RE = re.compile(
    rf"\b(?P<what>(?:[Dd]ocuments|[Rr]ecords|[Mm]inutes|[Pp]apers|[Ee]mails|[Ff]iles){_SP}+"
    rf"(?:seen|obtained|reviewed){_SP}+by(?P<who>{_SP}+[^,.;:\n]{{1,60}}?))(?={_SP}+(?:show|shows|"
    rf"showed|reveal|reveals|revealed|suggest|suggests|indicate|indicates)\b)")
#: Nouns for papers a body holds or someone obtained, not a piece of research ("documents
#: seen by the Courier", "records obtained by the Post", "a leaked draft", "its annual
#: return"): a draft lists them as other works, never as a study to find.
DOCUMENT_NOUNS = _DOCUMENT_NOUNS | frozenset("minutes papers emails files".split())
#: Papers cited with no determiner: "citing internal financial documents shared with
#: investors", "according to confidential board minutes" (group ``what``; after "according
#: to" only with a word that says what kind: "according to records" alone is too thin).
_CITED_BARE_RE = re.compile(
    rf"\b(?:(?P<cite>[Cc]iting|cites|cited)|[Aa]ccording{_SP}+to)(?=(?P<what>(?:{_SP}+"
    rf"(?!(?:the|a|an|its|their|his|her|two|three|four|five|several|many|some|people|sources|"
    rf"officials|unnamed|anonymous)\b)[{UP}a-z][\w’'-]*){{0,3}}?{_SP}+(?:documents|filings|memos|"
    rf"spreadsheets|minutes|emails|records|accounts|papers|presentations|slides|"
    rf"reports|surveys|studies|audits|analyses))\b)")
#: An expert who analysed material for a figure, with no study noun: "a crowd-safety
#: expert who examined drone footage", "an engineer who analysed the sensor data" (group
#: ``method``, the mention: what they did; never "an expert who appeared on television").
_EXPERT_EXAMINED_RE = re.compile(
    rf"\bwho{_SP}+(?:had{_SP}+)?(?P<method>(?:examined|analy[sz]ed|reviewed|studied|counted|"
    rf"modell?ed|measured|went{_SP}+through|combed{_SP}+through)(?:{_SP}+[\w-]+){{0,3}}?{_SP}+"
    rf"(?:footage|images|imagery|photographs|photos|pictures|videos?|recordings|data|records|"
    rf"logs|readings)(?:{_SP}+for{_SP}+(?:the{_SP}+)?{_CAP}(?:{_SP}+{_CAP}){{0,3}})?)\b")
#: Who did it, read back from "who" (a scan opening on every article would cost more).
_EXPERT_LEAD_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)(?:{_SP}+[\w-]+){{0,2}}?{_SP}+(?:expert|analyst|"
    rf"researcher|scientist|academic|statistician|consultant|specialist|engineer|professor|"
    rf"criminologist|epidemiologist|economist|demographer|geographer)s?{_SP}+$")
#: An analyst's note: "in a note to clients", "a research note" (never "a note on the
#: door", "of note", "a note of caution").
_NOTE_RE = re.compile(
    rf"\bnotes?\b(?:{_SP}+(?P<to>to|for){_SP}+(?:its{_SP}+|their{_SP}+)?"
    rf"(?:clients|investors|customers|subscribers|shareholders|traders)\b)?")
#: What comes before such a note (read back from the noun).
_NOTE_LEAD_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)(?:{_SP}+(?:new|latest|brief|short|weekly|daily|"
    rf"monthly|quarterly|separate|private|confidential))?(?:{_SP}+(?P<kind>research|client|"
    rf"investor|analyst|strategy|broker|brokerage|equity|credit|sector|industry))?{_SP}+$")
#: "its own estimate", "the authority's own estimate, drawn up by consultants": a body's
#: estimate as a piece of work (never "the group's estimate included", a figure).
_OWN_ESTIMATE_RE = re.compile(rf"\bown{_SP}+(?:[a-z][\w-]*{_SP}+)?estimates?\b")
#: Whose it is, right before "own" (read backwards from it: a scan that opened on every
#: word would cost a tenth of the studies' time).
_OWN_DET_RE = re.compile(
    rf"\b(?P<det>[Ii]ts|[Tt]heir|(?:[Tt]he{_SP}+)?(?:[\w-]+{_SP}+)?[\w-]+[’']s?){_SP}+$")
#: "using anonymised mobile phone data from its footfall monitoring system": a body's own
#: data, named by where they come from.
_DATA_FROM_LEAD_RE = re.compile(
    rf"(?:(?<![\w’'-])(?:(?!(?:using|from|with|on|of|and|by|its|their|said|says|say|told|"
    rf"that)\b)"
    rf"[\w-]+{_SP}+){{1,4}})$")
#: Verbs by which data or a work give what they found ("its own data showed", "data
#: from its members shows").
_FINDING_VERBS = (r"(?:show|shows|showed|found|finds|suggest|suggests|suggested|put|puts|"
                  r"indicate|indicates|indicated|reveal|reveals|revealed|estimated|estimates)")
_DATA_FROM_RE = re.compile(
    rf"\b(?P<what>(?:data|records|figures|statistics){_SP}+from{_SP}+"
    rf"(?:its|their){_SP}+(?:own{_SP}+)?[a-z][\w-]*(?:{_SP}+[a-z][\w-]*){{0,4}}?)"
    rf"(?=[,.;:\n]|{_SP}+(?:to|and|which|that|said|says|{_FINDING_VERBS})\b)")
#: The source a figure rests on, by where it stands whatever its noun: "the federation's
#: figure was based on a ring-around of its 200 members", "the number came from a count of
#: patients", "the headline figure from our own monitoring" (group ``what``; after a bare
#: "from" only a work someone owns: never "the figure from the ministry").
_FIGURE_SOURCE_RE = re.compile(
    rf"\b(?:figure|number|estimate|total|tally|count|rate|percentage)s?"
    rf"(?:{_SP}+of{_SP}+[^,.;:\n“”\"]{{1,30}}?)?,?"
    rf"(?:{_SP}+(?:is|was|were|are|has{_SP}+been|had{_SP}+been))?{_SP}+"
    rf"(?:(?:based{_SP}+on|came{_SP}+from|comes?{_SP}+from|drawn{_SP}+from|taken{_SP}+from|"
    rf"derived{_SP}+from){_SP}+(?P<det>the|an?|its|their|our|his|her)"
    rf"|(?P<bare>from){_SP}+(?P<own>(?:its|their|our|his|her)(?={_SP}+own\b)))"
    # (a number's separators are no stop: "a national survey of 4,300 children")
    rf"(?P<rest>(?:{_SP}+(?:[^\s,.;:()“”\"]|(?<=\d)[,.](?=\d))+){{1,8}}?)"
    rf"(?=[,.](?!\d)|[;:)\n”\"]|{_SP}+(?:which|that|who|to|in|at|for|on|by|carried|conducted|"
    rf"done|and|"
    rf"but|or|shows?|showed|found|says?|said|would|will|is|was|were|are)\b)")
#: A source too thin to be a piece of work: "based on a hunch", "came from a friend".
_NOT_A_SOURCE_RE = re.compile(
    r"(?i)\b(?:guess|guesses|hunch|hunches|assumption|assumptions|mistake|error|typo|belief|"
    r"idea|feeling|impression|friend|friends|members|staff|officials|residents|sources|"
    r"experts|people|ministry|council|government|department|agency|experience|knowledge|"
    r"judg(?:e)?ment|memory|instinct)$|"
    # a quantity, not a work: "based on an average of three years", "a mix of"
    r"^\S+\s+(?:\S+\s+)?(?:average|total|mean|median|rate|share|mix|mixture|combination|"
    r"number|range|series|set|sum|percentage|proportion|fraction|ratio|handful|couple|lot|"
    r"variety|multiple|minimum|maximum|period|span)\s+of\b|"
    r"\b(?:experience|knowledge|judg(?:e)?ment|memory|memories|instinct)\b")
#: A body's own data or work that found or showed something: "its own ticket data showed
#: journeys up 9%", "their own tracking of 400 lorries found" (a figure in its sentence).
_OWN_FOUND_RE = re.compile(
    rf"\b(?P<det>[Ii]ts|[Tt]heir|[Oo]ur)(?P<own>{_SP}+own)?(?:{_SP}+[a-z][\w-]*){{0,2}}?{_SP}+"
    rf"(?P<head>data|figures|records|tracking|monitoring|logs|counts?|tall(?:y|ies)|"
    rf"readings|checks|research|analysis)"
    rf"(?:{_SP}+(?:of|on|across){_SP}+(?:[^,.;:\n“”\"]|(?<=\d)[,.](?=\d)){{1,60}}?)?{_SP}+"
    rf"(?:(?:also|again){_SP}+)?{_FINDING_VERBS}\b")
#: A body's named data, where it is the source of a figure: "based on the latest Tasman
#: Stroke Register data", "pointed us to its Blue Badge Queue list" (group ``caps`` the
#: name: the body's, after "the"; the list's own title, after "its").
_SOURCED_DATA_RE = re.compile(
    rf"\b(?:[Bb]ased{_SP}+on|[Aa]ccording{_SP}+to|[Cc]iting|[Cc]ited|[Dd]rawing{_SP}+on|"
    rf"(?:[Dd]rawn|[Tt]aken|[Dd]erived){_SP}+from|c(?:a|o)mes?{_SP}+from|"
    rf"pointed(?:{_SP}+[a-z]+)?{_SP}+to|referred(?:{_SP}+[a-z]+)?{_SP}+to)"
    rf"{_SP}+(?P<what>(?P<det>the|its|their|our)(?:{_SP}+(?:most{_SP}+recent|latest|recent|new|"
    rf"official|annual|own|published|current))*{_SP}+(?P<caps>{_CAP}(?:{_SP}+{_CAP}){{0,4}})"
    rf"{_SP}+(?P<head>data|figures|statistics|lists?|registers?|records|logs|tallies|counts))\b")
#: A publication by its name, which the text says came out from a body: "the Harbour
#: Freight Review 2023, published in May by the Coastal Logistics Monitor" (the verb and
#: the body after it make the name a work; alone it may be a magazine's).
_NAMED_PUBLISHED_RE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_CAP}(?:{_SP}+(?:(?:of|on|for|and|&){_SP}+)?{_CAP}){{0,6}}?{_SP}+"
    rf"(?P<noun>Report|Review|Bulletin|Outlook|Yearbook|Monitor|Scorecard|Barometer|Digest|"
    rf"Update|Statistics|Atlas|Register))(?:{_SP}+(?P<year>(?:19|20)\d\d)(?:[/–-]\d\d)?)?"
    rf"(?=,?{_SP}+(?:published|released|issued|compiled|produced){_SP}+(?P<when>(?:in|on|last|"
    rf"this|earlier){_SP}+(?:the{_SP}+)?(?:{_WHEN}|(?:19|20)\d\d|week|month|year)"
    rf"(?:{_SP}+\d{{1,4}})?{_SP}+)?by{_SP})")
#: A thing seen or described before, with the year that was first reported: "a lone squid
#: watched off Chile, first reported in 2011" (the report of that year is the work).
_FIRST_REPORTED_RE = re.compile(
    rf",{_SP}+(?:first|originally){_SP}+(?:reported|described|documented|published|recorded)"
    rf"{_SP}+in{_SP}+(?P<y>(?:19|20)\d\d)\b")
#: A body whose people have been gathering data: "X, whose volunteers have been counting
#: bikes" (the body named before "whose" did the work).
_WHOSE_PEOPLE_RE = re.compile(
    rf",{_SP}+whose{_SP}+(?:own{_SP}+)?(?:{'|'.join(sorted(BODY_PEOPLE))}){_SP}+"
    rf"(?:(?:have|has|had){_SP}+been|are|were){_SP}+(?P<verb>counting|recording|logging|"
    rf"surveying|monitoring|tracking|measuring|checking|sampling|observing)\b")
#: "The new number is from", "The latest estimate comes from": the study named next is
#: the one the new figure came from.
_FROM_NEW_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)[ \u00a0]+(?:new|latest|updated|revised)[ \u00a0]+"
    r"(?:number|figure|estimate|finding|result|rate|count|total)s?[ \u00a0]+"
    r"(?:is|are|was|were|comes?|came)[ \u00a0]+from[ \u00a0]+$")
_NEW_MENTION_RE = re.compile(r"(?i)\b(?:new|latest|updated|revised)\b")


#: A copula with "this" or "it" as its subject right before a study's noun phrase: "this
#: is (an observational study)", "It was (a small trial)".
_SAID_OF_IT_RE = re.compile(r"\b(?:this|it|that)[ \u00a0]+(?:is|was|’s|'s)[ \u00a0]+"
                            r"(?:(?:only|just|still|also|really)[ \u00a0]+)?$", re.I)


def find_studies(text: str, numbers: list[NumberMention]) -> list[StudyMention]:
    """Draft works for the studies ``text`` mentions, in order, one per study."""
    studies: list[StudyMention] = []
    families: dict[str, str] = {}  # study id placeholder -> family
    owners: dict[str, str] = {}  # study id placeholder -> a lower-case owner ("district")
    mentions: list[tuple[int, int, str, dict[str, object]]] = []
    for m in _ETAL_RE.finditer(text):
        mentions.append((m.start(), m.end(), "study", {"author": m.group("name"),
                                                       "etal": True}))
    for m in _STUDY_RE.finditer(text):
        mods = m.group("mods").split()
        if any(w.lower() in _NOT_MOD and not (
                w.lower() == "most" and i + 1 < len(mods)
                and re.fullmatch(_MOST_ADJ, mods[i + 1].lower())) and not (
                w == "May" and i + 1 < len(mods) and re.fullmatch(r"(?:19|20)\d\d", mods[i + 1]))
               for i, w in enumerate(mods)):
            # (the month before its year is no modal verb: "Its May 2024 report")
            continue
        if _VERB_IN_MODS(mods):
            continue  # "Its own helpline logged reports": a verb, the body's records in passing
        if (m.group("det") or "").lower() in ("that", "which") and \
                m.group("noun").endswith("s") and not m.group("noun").endswith(("sis", "sus")):
            continue  # "a team that studies crowds": a verb; "told reporters that earlier
            # questionnaires were confusing": "that" opens a clause (it names no plural)
        if re.search(r"[.!?][”\"’]?$", text[m.start():m.start("noun")].rstrip()) and \
                not re.search(r"\b[ap]\.m\.$", text[m.start():m.start("noun")].rstrip()):
            continue  # (a clock time's full stop ends no sentence: "its 8 a.m. bulletin")
        if _WANTED_RE.search(text, max(0, m.start() - 30), m.start()) and not (
                _DONE_AFTER_RE.match(text, m.end()) and _FOR_DONE_RE.search(
                    text, max(0, m.start() - 40), m.start())):
            continue  # "waiting for an assessment", "called for a review": wanted, not done
            # (but "who modelled it for a report commissioned by": a work done for)
        if _BODY_NEXT_RE.match(text, m.end()):
            continue  # "the national statistics agency", "a survey firm": a body, no work
        if _ATTRIBUTIVE_NEXT_RE.match(text, m.end()):
            continue  # "the ministry's statistics chief": the noun heads no phrase of its own
        if _subheading(text, m.start(), m.end()):
            continue  # "CEA appraisal" over a section: the study its section names
        if m.group("noun").lower() in _VERB_NOUNS and not m.group("poss") and \
                all(w[:1].isupper() for w in mods) and \
                not _NOUN_NEXT_RE.match(text, m.end()):
            continue  # "The Met Department forecast further rain": a verb after a name
        if m.group("noun").lower().endswith("s") and len(mods) >= 2 and \
                re.fullmatch(r"(?:19|20)\d\d", mods[-1]) and mods[-2][:1].isupper() and \
                re.match(rf"{_SP}+(?:\d|(?:the|a|an|about|nearly|almost|more|some)\b)",
                         text[m.end():m.end() + 12]):
            continue  # "its Reef Health Report 2023 lists 90 sites": the title, then a verb
            # (not "The Harbour Trust 2023 surveys found": its surveys)
        noun_words = " ".join(m.group("noun").lower().split())
        if noun_words in _DOCUMENT_NOUNS and not _document_work(text, m, mods, noun_words):
            continue  # "the return of", "at short notice", "a 5 percent annual return"
        if noun_words in _COUNT_NOUNS and not _count_work(text, m):
            continue  # "the company's headcount has fallen to 3,100": staff, not a count made
        if m.group("noun").lower() in _EVERYDAY_NOUNS and not _everyday_work(text, m, mods):
            continue  # "her index finger", "the club's database of season-ticket holders"
        org = m.group("org") or m.group("poss")
        shift = 0
        if org:
            shift = len(org) - len(_after_break(org))
            org = org[shift:]  # "Thursday. An analysis": the mention starts at "An"
        det = (m.group("det") or "").lower()
        if org in ("Its", "Their", "His", "Her", "Our", "My"):
            det, org = org.lower(), None  # "Abuja. Its survey": the determiner, no name
        if org and org.split()[0] in _NOT_NAMES:
            # (a sentence's first word before a body's: "The", "In", "From ticket counts":
            # how the count was made, by no one named)
            org = " ".join(org.split()[1:]) or None
        if org and opening_verb(org):
            org = None  # ("Using ticket counts")
        if m.group("org") and org and not re.search(rf"[{UP}]", org):
            org = None
        last_poss = max((i for i, w in enumerate(mods) if re.search(r"[’']s?$", w)), default=-1)
        # "the Republican presidential nominee's 1995 tax return": the nominee's, not a
        # body called "Republican" (capitals before a possessive belong to its owner)
        caps = [w for w in mods[last_poss + 1:] if w[:1].isupper() and not w.isdigit()]
        if last_poss >= 0 and mods[last_poss][:1].isupper():
            k = last_poss  # "The Tidewater Council's annual audit": the council's
            while k > 0 and mods[k - 1][:1].isupper():
                k -= 1
            caps = mods[k:last_poss + 1]
        if len(caps) == 1 and caps[0] in _TIME_NAMES:
            caps = []  # ("A September report": a time; "A Sunday Times survey" is a name)
        if caps and noun_words.startswith("cohort"):
            # "The Orrin Cohort Study": a cohort's capitals are its name, not who ran it
            caps = []
        if org is None and caps and m.group("det") and det not in ("its", "their"):
            org = " ".join(caps)  # "an Ipsos survey", "a Bloomberg poll"
        if org and re.fullmatch(rf"[{UP}][a-z]+[’']?s?", org) and \
                _clean(org).lower() in _OWNER_NOUNS:
            # "the Bank's audited accounts": the bank the text named ("Harbour Mutual Bank
            # (the Bank)"), if it named one
            org = named_body(text, _clean(org).lower(), m.start()) or org
        titled = None
        if (det in ("its", "their") or m.group("poss")) and len(caps) >= 2 and all(
                re.fullmatch(rf"[{UP}][a-z][\w-]*", w) for w in caps) and last_poss < 0 and \
                noun_words in _TITLED_NOUNS:
            titled = " ".join(caps)  # "its annual Cliff Census report": the report's name
        pronoun_org = False
        if org is None and det == "whose":
            # "The property website Letwise.ie, whose quarterly report": the body named
            # right before
            wm = _WHOSE_BEFORE_RE.search(text, max(0, m.start() - 160), m.start())
            org = _clean(_after_break(wm.group("org"))) if wm else None
            pm = re.match(rf"[{UP}][\w-]*[’']s (?P<body>.+)$", org or "")
            if pm and _orgish(pm.group("body")):
                org = pm.group("body")  # "Chile's Water Directorate": the body, not the country
            if not org or org.split()[0] in _NOT_NAMES:
                continue
        if org is None and det in ("its", "their"):
            # "Its survey": the body named before (which alone makes no study of "would
            # review its count"); read from the determiner ("... of Sheffield. Their study":
            # the match may open on the sentence before's last name)
            org = _possessor(text, m.start() + shift)
            pronoun_org = org is not None
        rel = _REDUCED_REL_RE.match(text, m.end())
        if org is None and rel is not None and rel.group("pron") in ("its", "their"):
            org = _possessor(text, rel.start("pron"))  # "a survey its members carried out"
        author = None
        if det in ("his", "her") and mods and re.match(r"(?:team|group|lab)[’']s$", mods[0]):
            author = _titled_before(text, m.start())  # "Her team's review": the professor's
        elif det in ("his", "her") and org is None:
            author = _person_subject(text, m.start(), det)  # "Dr Patel said his study found"
        info: dict[str, object] = {"mods": " ".join(mods), "org": org, "author": author,
                                   "det": det,
                                   "bare": m.group("bare") is not None,
                                   # "the regional district's own damage assessment": its
                                   # owner, unless a later mention names who made it
                                   "owner": _lower_owner(mods), "pronoun_org": pronoun_org,
                                   "made": rel is not None, "title": titled}
        at = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())
        ym = _YEAR_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) \
            if m.group("org") and not shift else None
        if ym is not None:  # "A 2021 University of X review": its year, before the name
            at, info["year"] = ym.start(), int(ym.group("y"))
        am = _ABBR_AFTER_RE.match(text, m.end())
        if am:  # "Its detailed project report (DPR), prepared in 2023": the short name
            info["abbr"] = am.group("abbr")
        mentions.append((at + shift, am.end() if am else m.end(), m.group("noun"), info))
    for m in _PLURAL_POSS_RE.finditer(text):
        w = re.search(rf"(?<![\w’'-])[{UP}a-z][a-z]+$", text[max(0, m.start() - 30):m.start()])
        if w is None or w.group(0) + "s" in _NOT_MOD:
            continue
        at = m.start() - len(w.group(0))
        mentions.append((at, m.end(), m.group("noun"), {
            "mods": " ".join(m.group("mods").split()), "org": None,
            "det": text[at:m.start() + 1], "bare": False}))
    for m in _LEAD_BY_RE.finditer(text):
        # "Modelling by the Institute for Urban Studies, which combined ...": a sentence
        # opening with the work and who did it
        mentions.append((m.start(), m.end("noun"), m.group("noun").lower(),
                         {"mods": "", "org": None, "det": "", "bare": True}))
    for m in _FOI_RE.finditer(text):
        # "based on freedom of information responses from 96 trusts": data a body gathered
        mentions.append((m.start(), m.end(), "data", {"mods": "", "org": None, "data": True,
                                                      "det": ""}))
    for m in _RELEASED_RE.finditer(text):
        # "figures released on Tuesday by NHS Digital", "data published by the Home Office"
        mentions.append((m.start(), m.end(), "report",
                         {"org": _name_only(m.group("org")), "data": True}))
    for m in _ORG_DATA_RE.finditer(text):
        # "state Education Department data released Thursday"
        org = _clean(_name_only(m.group("org")))
        if _orgish(org):
            mentions.append((m.start("org"), m.end(), "report", {"org": org, "data": True}))
    for m in _QUALIFIED_DATA_RE.finditer(text):
        if _RELEASED_AFTER_RE.match(text, m.end()) or re.match(
                rf"{_SP}+(?:from|by|show|shows|showed|suggest|suggests|released|published|"
                rf"put|puts)\b", text[m.end():m.end() + 12]):
            mentions.append((m.start(), m.end(), "figures", {"org": None, "data": True}))
    for m in _ANALYSED_FOUND_RE.finditer(text):
        org = _clean(_after_break(m.group("org")))
        if org and org.split()[0] not in _NOT_NAMES and (_orgish(org) or m.group("unit")):
            if m.group("unit"):
                org += " ".join(m.group("unit").split())  # "Daily Post's data team"
            stop = m.end("unit") if m.group("unit") else m.end("org")
            mentions.append((m.start("org") + len(m.group("org")) - len(_after_break(
                m.group("org"))), stop, "analysis", {"org": org, "data": True, "fresh": True}))
    for m in _BASED_ON_OWN_RE.finditer(text):
        ss0 = sentence_start(text, max(0, m.start() - 300), m.start())
        mentions.append((m.start("what"), m.end("what"), "data",
                         {"org": _subject_org(text, ss0) or _possessor(text, m.start("what")),
                          "data": True, "fresh": True, "no_sample": True}))
    for m in _ITS_DATA_SAY_RE.finditer(text):
        # the subject of the sentence before ("The Pellory Trust met the city council on
        # Friday. Its figures ...": the Trust's), else the body "its" stands for
        at = m.start("what")
        prev = sentence_start(text, max(0, at - 400), max(0, at - 2)) if at > 1 else 0
        org = _subject_org(text, prev) or _possessor(text, at)
        if org is not None:
            mentions.append((m.start("what"), m.end("what"), "data",
                             {"org": org, "data": True, "fresh": True, "no_sample": True}))
    for m in _SEEN_DOCS_RE.finditer(text):
        mentions.append((m.start("what"), m.end("what"), "documents",
                         {"org": None, "data": True, "fresh": True, "no_by": True}))
    for m in _EXPERT_EXAMINED_RE.finditer(text):
        if _EXPERT_LEAD_RE.search(text, max(0, m.start() - 80), m.start()) is None:
            continue  # "a traffic engineer who examined": who did it
        # the titled person the next sentence names, if it opens on one ("... reckons the
        # number was lower. Professor Ian Vale, of X University, estimated")
        se0 = sentence_end(text, m.end(), min(len(text), m.end() + 400))
        tm = _TITLED_RE.match(text, se0 + len(text[se0:se0 + 40]) - len(
            text[se0:se0 + 40].lstrip(" \u00a0\n.!?”\"")))
        mentions.append((m.start("method"), m.end("method"), "analysis", {
            "org": None, "author": tm.group("name") if tm else None, "data": True,
            "fresh": True, "method": " ".join(m.group("method").split())}))
    for m in _NOTE_RE.finditer(text):
        nl = _NOTE_LEAD_RE.search(text, max(0, m.start() - 60), m.start())
        if nl is not None and (nl.group("kind") or m.group("to")):
            mentions.append((nl.start(), m.end(), "note", {"org": None, "data": True}))
    for m in _CITED_BARE_RE.finditer(text):
        what = m.group("what")
        if not m.group("cite") and len(what.split()) < 2:
            continue  # "according to records": no word says whose or what kind
        at = m.end() + len(what) - len(what.lstrip())
        mentions.append((at, m.end() + len(what), "documents",
                         {"org": None, "data": True, "fresh": True}))
    for om in _OWN_ESTIMATE_RE.finditer(text):
        dm = _OWN_DET_RE.search(text, max(0, om.start() - 60), om.start())
        if dm is None:
            continue
        det = dm.group("det")
        owner = None
        if det.lower() in ("its", "their"):
            owner = _possessor(text, dm.start())  # "its own estimate": the body named before
        elif det[:1].isupper() and det.split()[0] != "The":
            owner = _clean(det)  # "Harbour Water's own estimate"
        mentions.append((dm.start(), om.end(), "estimate", {
            "mods": "own", "org": owner, "det": det.split()[0].lower(),
            "owner": _lower_owner(det.split()), "data": True}))
    for m in _DATA_FROM_BODY_RE.finditer(text):
        org = _clean(_name_only(m.group("org")))
        if org and _orgish(org) and not re.match(r"(?:19|20)\d\d", org):
            mentions.append((m.start(), m.end(), "report", {"org": org, "data": True}))
    for m in _DATA_RE.finditer(text):
        mentions.append((m.start(), m.end(), "report", {"org": m.group("org"), "data": True}))
    for m in _USED_TO_RE.finditer(text):
        # "Boston University's Remote Sensing Center used its photo analysis techniques to
        # provide a scientific estimate": an analysis by that body, though no study noun
        mentions.append((m.start("org"), m.end("org"), "analysis",
                         {"org": m.group("org"), "data": True}))
    for m in _GROUP_METHOD_RE.finditer(text):
        mentions.append((m.start("org"), m.end("org"), "analysis",
                         {"org": m.group("org") + campus_after(text, m.end("org")),
                          "data": True, "method": " ".join(m.group("method").split())}))
    for m in _TEAM_METHOD_RE.finditer(text):
        # "A team at the University of Leith ... analysed drone footage": their analysis
        mentions.append((m.start(), m.end("org"), "analysis",
                         {"org": m.group("org") + campus_after(text, m.end("org")),
                          "data": True, "fresh": True,
                          "method": " ".join(m.group("method").split())}))
    for m in _OWNED_TITLE_RE.finditer(text):
        name = " ".join(m.group("name").split())
        if _headline(text, m.start()):
            continue
        if m.group("pron") and m.group("pron").lower() == "whose":
            # "The Space Agency, whose ... Report": the body named right before
            wm_ = _WHOSE_BEFORE_RE.search(text, max(0, m.start() - 160), m.start())
            at, org = m.start(), _clean(_after_break(wm_.group("org"))) if wm_ else None
            if not org:
                continue
        elif m.group("pron"):
            at, org = m.start(), _possessor(text, m.start())
        else:
            wm = _OWNER_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
            if wm is None:
                continue
            at = wm.start()
            if wm.group("org"):
                org = _clean(_after_break(wm.group("org")))
                at = wm.end() - len(_after_break(wm.group("org")))
            elif wm.group("lower") in _OWNER_NOUNS:
                org = named_body(text, wm.group("lower"), wm.start()) or wm.group("lower")
            else:
                continue  # "the reader's Digest": no body's
        yr = re.search(r"\b(?:19|20)\d\d\b", m.group("mods")) or \
            (re.match(r"\d+", m.group("yr")) if m.group("yr") else None)
        mentions.append((at, m.end(), m.group("noun").lower(), {
            "title": name, "org": org, "data": True, "year": int(yr.group(0)) if yr else None}))
    for m in _DATED_NAME_RE.finditer(text):
        name = _clean(_name_only(m.group("name")))
        if len(name.split()) < 2 or _headline(text, m.start()):
            continue
        mentions.append((m.start("yr"), m.start("name") + len(name), "survey", {
            "title": name, "data": True}))
    for qm in _QUOTED_TITLE_RE.finditer(text):
        name = " ".join(qm.group("name").split())
        lead = _QUOTED_LEAD_RE.search(text, max(0, qm.start() - 120), qm.start())
        if lead is None or not _title_case(name) or _headline(text, qm.start()):
            continue
        m = lead
        org = None
        at = m.start()
        if m.group("pron"):
            org = _possessor(text, m.start())
        elif not m.group("art"):
            wm = _OWNER_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
            if wm is None:
                continue
            if wm.group("org"):
                org = _clean(_after_break(wm.group("org")))
                at = wm.end() - len(_after_break(wm.group("org")))
            elif wm.group("lower") in _OWNER_NOUNS:
                org = named_body(text, wm.group("lower"), wm.start()) or wm.group("lower")
                at = wm.start()
            else:
                continue
        yr = re.search(r"\b(?:19|20)\d\d\b", m.group("mods"))
        mentions.append((at, qm.end(), qm.group("noun").lower(), {
            "title": name.strip(" ,"), "org": org, "data": True,
            "year": int(yr.group(0)) if yr else None}))
    for m in _NAMED_RE.finditer(text):
        name = _clean(_after_break(m.group("name")))
        if len(name.split()) < 2 or name.split()[0] in _NOT_NAMES or _headline(text, m.start()):
            continue
        yr = re.search(r"\b((?:19|20)\d\d)(?:/\d\d)?[ \u00a0]+$",
                       text[max(0, m.start() - 9):m.start()]) or \
            re.match(r"((?:19|20)\d\d)\b", name)  # "the 2022 Lagos Census", "2021 Census of"
        cut = 0
        if re.match(r"(?:19|20)\d\d\b", name):
            name, cut = name[5:], 5  # the year is the study's year, not its name
        mentions.append((m.start("name") + len(m.group("name")) - len(_after_break(
            m.group("name"))) + cut, m.end(), m.group("noun").lower(), {
                "title": name, "data": True, "year": int(yr.group(1)) if yr else None}))
    for m in _WHOSE_RE.finditer(text):
        org = _clean(_after_break(m.group("org")))
        if _orgish(org):
            mentions.append((m.start("org") + len(m.group("org")) - len(_after_break(
                m.group("org"))), m.end(), "report", {"org": org, "data": True, "fresh": True,
                                                     "year": int(m.group("year"))}))
    for m in _BASES_ON_RE.finditer(text):
        ss0 = sentence_start(text, max(0, m.start() - 300), m.start())
        mentions.append((m.start("what"), m.end("what"), "data",
                         {"org": _subject_org(text, ss0), "data": True, "fresh": True}))
    for m in _REPORTED_TO_RE.finditer(text):
        ss0 = sentence_start(text, max(0, m.start() - 300), m.start())
        mentions.append((m.start("what"), m.end("what"), "data",
                         {"org": _subject_org(text, ss0), "data": True, "fresh": True}))
    for m in _PEOPLE_DID_RE.finditer(text):
        body = m.group("body")
        if body[:1].isupper():
            org = _clean(_name_only(body))
            org = org if _orgish(org) else None
        elif body in _BODY_DESC | _OWNER_NOUNS:
            org = _clean(named_body(text, body, m.start()) or _named_as(text, body, m.start())
                         or body)
        else:
            continue  # "Volunteers from the town counted": no body's work named
        mentions.append((m.start(), m.end("verb"), "fieldwork", {
            "org": org, "data": True, "fresh": True, "method": m.group("verb")}))
    for m in _OWN_PEOPLE_FOUND_RE.finditer(text):
        org = _possessor(text, m.start())
        if org:
            mentions.append((m.start(), m.end("verb"), "fieldwork", {
                "org": org, "data": True, "fresh": True, "pronoun_org": True,
                "method": m.group("verb")}))
    for m in _DATA_FROM_RE.finditer(text):
        ss0 = sentence_start(text, max(0, m.start() - 300), m.start())
        lead = _DATA_FROM_LEAD_RE.search(text, max(ss0, m.start() - 60), m.start())
        # "mobile phone data from its system": the words before the data name them too
        mentions.append((lead.start() if lead else m.start("what"), m.end("what"), "data",
                         {"org": _subject_org(text, ss0), "data": True, "fresh": True}))
    sourced: set[int] = set()  # where a figure's source begins (a work, whatever its words)
    for m in _FIGURE_SOURCE_RE.finditer(text):
        at = m.start("det") if not m.group("bare") else m.start("own")
        what = text[at:m.end("rest")]
        if _NOT_A_SOURCE_RE.search(what) or any(w[:1].isupper() for w in what.split()[1:]):
            continue  # "based on a hunch", "came from the Ministry of X": no work named (a
            # name's work is the name rules': "from the state Department's 2023 Survey")
        words = what.split()
        if not (m.group("bare") or re.search(rf"\b(?:{_NOUNS_ANY})\b", what, re.I)
                or " of " in what or words[0] in ("its", "their", "our")):
            continue  # "was based on a good deal": a work by its noun, its "of", its owner
        sourced.add(at)
        if any(a < m.end("rest") and at < b and (a != at or b > m.end("rest"))
               for a, b, _n, _i in mentions):
            continue  # a work the other rules read otherwise (their words then win)
        ss0 = sentence_start(text, max(0, m.start() - 300), m.start())
        det = words[0]
        org = _possessor(text, at) if det in ("its", "their") else None
        mentions.append((at, m.end("rest"), "data", {
            "org": org or _subject_org(text, ss0), "data": True, "fresh": True,
            "pronoun_org": org is not None, "no_sample": True}))
    for m in _OWN_FOUND_RE.finditer(text):
        se0 = sentence_end(text, m.end(), min(len(text), m.end() + 300))
        if not re.search(r"\d", text[m.end():se0]):
            continue  # "its own data showed promise": no figure found
        det = m.group("det").lower()
        org = _possessor(text, m.start()) if det in ("its", "their") else None
        mentions.append((m.start(), m.end("head"), m.group("head").lower(), {
            "org": org, "data": True, "fresh": True, "pronoun_org": org is not None,
            "no_sample": True}))
    for m in _SOURCED_DATA_RE.finditer(text):
        det = m.group("det")
        name = " ".join(m.group("caps").split())
        info_s: dict[str, object] = {"data": True, "fresh": True}
        if det in ("its", "their"):
            info_s["org"] = _possessor(text, m.start("det"))
            info_s["pronoun_org"] = info_s["org"] is not None
            if len(name.split()) >= 2:
                info_s["title"] = name
        else:
            info_s["org"] = name
        mentions.append((m.start("what"), m.end("what"), m.group("head").lower(), info_s))
    for m in _NAMED_PUBLISHED_RE.finditer(text):
        name = _clean(_after_break(m.group("name")))
        if len(name.split()) < 2 or name.split()[0] in _NOT_NAMES or _headline(text, m.start()):
            continue
        if not (m.group("year") or m.group("when")):
            continue  # "The Sunday Review, published weekly by": a paper, no dated work
        at = m.start("name") + len(m.group("name")) - len(_after_break(m.group("name")))
        mentions.append((at, m.end(), m.group("noun").lower(), {
            "title": name, "data": True, "fresh": True,
            "year": int(m.group("year")) if m.group("year") else None}))
    for m in _FIRST_REPORTED_RE.finditer(text):
        # what was first reported: back to the clause's start (a colon, a semicolon, a
        # comma or the sentence's start)
        ss0 = sentence_start(text, max(0, m.start() - 200), m.start())
        cut = max(text.rfind(c, ss0, m.start()) for c in ":;,—")
        at = (cut + 1 if cut >= 0 else ss0)
        at += len(text[at:m.start()]) - len(text[at:m.start()].lstrip())
        if not re.match(rf"(?:[Aa]n?|[Oo]ne){_SP}+[^,]*\b(?:observed|seen|watched|filmed|"
                        rf"recorded|spotted|found|collected|photographed|caught|examined)\b",
                        text[at:m.start()]):
            continue  # one thing observed only ("a lone squid watched off Chile"; never
            # "The virus, first reported in 2019")
        mentions.append((at, m.end(), "report", {
            "org": None, "data": True, "fresh": True, "year": int(m.group("y")),
            "no_sample": True}))
    for m in _WHOSE_PEOPLE_RE.finditer(text):
        wm = _WHOSE_BEFORE_RE.search(text, max(0, m.start() - 160), m.start() + 2)
        org = _clean(_after_break(wm.group("org"))) if wm else None
        if not org or org.split()[0] in _NOT_NAMES:
            continue
        mentions.append((m.start() + 2, m.end("verb"), "fieldwork", {
            "org": org, "data": True, "fresh": True, "method": m.group("verb")}))
    mentions.sort(key=lambda x: (x[0], -x[1]))
    last_end = -1
    nums = sorted(numbers, key=lambda n: n.start)
    num_starts = [n.start for n in nums]
    recent: list[StudyMention] = []  # the works, the last mentioned last
    for start, end, noun, info in mentions:
        if start < last_end:
            continue
        last_end = end
        if _NOT_DONE_RE.search(text, max(0, start - 40), start) and not re.search(
                r"\b(?:1[89]|20)\d\d\b|\bby\b|,[ \u00a0]+which\b",
                text[start:min(len(text), end + 30)]):
            continue  # "has not published its own estimate", "has yet to release a
            # report": a work nobody has (not "did not publish the 2019 review by Public
            # Health England, which found": a work kept back)
        ps = text.rfind("\n", max(0, start - 400), start) + 1
        pe = text.find("\n", end, end + 600)
        pe = min(len(text), end + 600) if pe < 0 else pe
        ss = sentence_start(text, max(ps, start - 400), start)
        se = sentence_end(text, end, min(pe, end + 600))
        st = StudyMention("", "", text[ss:se].strip(), start, end)
        st.noun = " ".join(noun.lower().split())  # "financial\u00a0statements" as any other
        if info.get("author"):
            st.author = str(info["author"])
        if info.get("org"):
            st.organisation = _clean(str(info["org"]))
        if info.get("title"):
            st.title, st.title_given = str(info["title"]), True  # its name, as written
        if info.get("year"):
            st.year = int(str(info["year"]))
        # what follows the noun: by whom, where published, a title, a sample ("published
        # on Thursday by the U.N. Office ...": a name's full stops end no sentence)
        tail_end = end
        bm = _BY_RE.match(text, end, max(se, min(pe, end + 300)))
        if bm and re.match(rf",?{_SP}+(?:commissioned|funded|paid{_SP}+for){_SP}", text[end:]):
            # "a report commissioned by the council, and written by the consultancy Halberd
            # & Quist": who wrote it made it (who paid for it is its client)
            after = bm.start("by") + len(_name_only(bm.group("by")))
            am = re.match(rf",?{_SP}+and(?={_SP})", text[after:after + 8])
            made = _BY_RE.match(text, after + am.end(), max(se, min(pe, end + 300))) \
                if am else None
            if made is not None and re.match(rf"{_SP}+(?:written|carried{_SP}+out|conducted|"
                                             rf"prepared|produced|compiled|done|drawn{_SP}+up)"
                                             rf"{_SP}", text[made.start():]):
                bm = made
            elif re.match(rf"{_SP}+from{_SP}", text[after:after + 8]) and (made := _BY_RE.match(
                    text, after, max(se, min(pe, end + 300)))) is not None:
                # "commissioned by Kelloway Shire Council from consultancy Ridgeline
                # Economics": bought from the firm, which made it
                bm = made
        if bm and not st.organisation and not st.author:
            campus = campus_after(text, bm.end("by"))
            named = _name_only(bm.group("by"))
            who = _clean(_for_client(named) + campus)
            office = _OFFICE_PERSON_RE.match(who)
            if office is not None:
                # "by Auditor General Mira Solberg": the office's, by the person who holds it
                st.organisation, st.author = office.group("office"), office.group("person")
            elif _orgish(who) or {w.strip(",") for w in bm.group("desc").split()} & _BODY_DESC \
                    or _for_client(named) != named:  # a firm working for a client
                st.organisation = who
            else:
                st.author = who
            tail_end = bm.start("by") + len(_name_only(bm.group("by"))) + (
                text.find(",", bm.end() + 1) - bm.end() if campus else 0)
        vm = _VENUE_RE.match(text, tail_end, se)
        if vm:
            st.venue = _clean(vm.group("venue"))
            tail_end = vm.end()
        tm = _TITLE_RE.match(text, tail_end, se)
        if tm:
            st.title = tm.group("t").strip()
            st.title_given = True
            tail_end = tm.end()
        elif not info.get("title") and noun.lower() in _TITLED_NOUNS:
            am = _APPOSED_TITLE_RE.match(text, end, se)
            if am and _title_case(am.group("t")) and not _SAID_AFTER_RE.match(text, am.end()):
                # "Their report, “Hours Gone,” published in 2024": its title, set beside it
                st.title, st.title_given = am.group("t").strip(" ,"), True
                st.end = am.end()
        if not st.organisation and not st.author:
            # "a 2019 survey of 2,400 households by the Housing Institute", "a study
            # published on Tuesday ... by a team led by Ingrid Dahl of the University of Bergen"
            for later in _BY_RE.finditer(text, end, _clause_end(text, end, se)):
                if _OTHER_ED_RE.search(text, max(end, later.start() - 20), later.start() + 2):
                    break  # "the pivotal trials reviewed by X": X reviewed them, did not run them
                if re.search(r"\bfrom\b", later.group(0)) and text[end:later.start()].strip():
                    break  # "the survey with figures from the census": the figures' source
                if later.start() - end < 60 or re.match(
                        rf",?{_SP}+led{_SP}+by\b", text[later.start():later.start() + 10]):
                    who = _clean(later.group("by"))
                    person, body = _person_of_body(who)
                    office = _OFFICE_PERSON_RE.match(who)
                    if office is not None:  # "tabled by Auditor General Mira Solberg"
                        st.organisation = office.group("office")
                        st.author = office.group("person")
                    elif person:
                        st.author, st.organisation = person, body
                    elif _orgish(who) or {w.strip(",") for w in later.group("desc").split()} \
                            & _BODY_DESC:
                        st.organisation = who  # "written by its manufacturer, Meridan Foods"
                    else:
                        st.author = who
                        am = _AT_BODY_RE.match(text, later.end("by"))
                        if am and _orgish(_clean(_name_only(am.group("body")))):
                            # "led by Tomás Riquelme at the Universidad de Magallanes"
                            st.organisation = _clean(_name_only(am.group("body")))
                    break
        if not st.organisation and not st.author:
            km = _BY_KIND_PEOPLE_RE.match(text, end, max(se, end))
            if km is not None:
                # "A survey carried out by the group's volunteers": the group the text named
                body_ = named_body(text, km.group("kind"), km.start("kind"))
                if body_:
                    st.organisation = _clean(body_)
            tm_ = _REPORT_TO_RE.match(text, end, max(se, end)) if noun.lower() in (
                "report", "paper", "memorandum", "memo") else None
            if tm_ is not None and not st.organisation:
                # "A report to the council's transport scrutiny committee": a body's own
                # officers report to its committee, so the report is the body's
                who = tm_.group("who")
                st.organisation = _clean(named_body(text, who, tm_.start("who")) or who) \
                    if who.islower() else _clean(who)
        if not st.venue:
            # "published on Tuesday in the journal Cryosphere"
            jm = _JOURNAL_RE.search(text, end, _clause_end(text, end, se)) or \
                _IN_JOURNAL_RE.search(text, end, se) or \
                _FAMOUS_VENUE_RE.search(text, end, _clause_end(text, end, se))
            if jm:
                st.venue = _clean(jm.group("venue"))
        if not st.organisation and not st.author:
            wm = _DONE_WITH_RE.match(text, end, se)
            if wm and _orgish(_clean(_name_only(wm.group("by")))):
                # "a rapid appraisal done in June with Lowland University": the
                # body it was done with (the one the text names)
                st.organisation = _clean(_name_only(wm.group("by")))
        if not st.organisation and not st.author:
            bm = _BY_BODY_RE.match(text, end, se)
            of_m = _OF_WHAT_RE.match(text, end, se) if bm is None else None
            if of_m:  # "a review of hospital records by the watchdog"
                bm = _BY_BODY_RE.match(text, of_m.end(), se)
            if bm:  # "a 2023 audit by the state auditor's office"
                st.organisation = " ".join(bm.group("body").split())
                if " " not in st.organisation:
                    # "carried out by the association": the one the text named before
                    st.organisation = _kind_named_before(text, st.organisation, start) or \
                        st.organisation
        if not st.organisation and not st.author:
            st.author = _team_of(text, ss, end, se)  # "said dive surveys by her team"
        if not st.organisation and not st.author:
            st.organisation = _framed_by(text, ss, start, end, se)
        if not st.organisation and not st.author:
            wl = _WHO_LED_RE.search(text, max(ss, start - 240), start)
            if wl:  # "Dr Ana Lima, a reef ecologist at the University of X who led a survey"
                st.author = " ".join(wl.group("name").split())
                if wl.group("body"):
                    st.organisation = _clean(_name_only(wl.group("body")))
        if not st.organisation and not st.author:
            st.organisation = _figure_owner(text, ss, start)  # "The ministry's figure comes
            # from the Meals Tracker": the ministry's tracker
        run_when = False  # (a sentence that says when the work came out: "in March ... ran")
        if not st.organisation and not st.author:
            for rm in _RAN_RE.finditer(text, ss, start):
                if rm.end() >= start - 60:
                    who = re.sub(r"^(?:In|On|By|Since|Until)\s+", "", _clean(rm.group("org")))
                    desc = rm.group("desc").split()
                    if who in _TIME_NAMES and len(desc) == 2 and desc[0] == "the":
                        # "in February the office published a count": when, then who (the
                        # body of that kind named before, else the kind)
                        who = _kind_named_before(text, desc[1], rm.start()) or desc[1]
                    elif who in _TIME_NAMES:
                        run_when = True  # (a work that came out then, its maker unnamed)
                        continue
                    if who.split()[0] not in ("The", "A", "In", "On"):
                        st.organisation = who
        phrase_end = tail_end
        # the sample and the year: figures in the phrase and the clause right after it
        clause_end = _clause_end(text, end, se)
        for n in nums[bisect.bisect_left(num_starts, start):
                      bisect.bisect_left(num_starts, clause_end)]:
            if n.kind == "period" and st.period is None and n.low and n.high:
                st.period = (int(n.low), int(n.high))
                phrase_end = max(phrase_end, n.end)
            elif n.kind == "range" and n.low and n.high and 1500 < n.low < 2100 and \
                    n.start < end and st.period is None:
                st.period = (int(n.low), int(n.high))
            elif n.kind == "year" and st.year is None and n.value is not None and not (
                    n.start >= end and _NOT_ITS_YEAR_RE.search(text, max(0, n.start - 12),
                                                               n.start)) and not (
                    # "its autumn census, down from 3,400 in 2021": the year of the figure
                    # it is compared with
                    n.start >= end and _COMPARED_FROM_RE.search(text, end, n.start)) and not (
                    # "her survey found 120 deaths in 2025": the year of what it found
                    n.start >= end and _FOUND_BETWEEN_RE.search(text, end, n.start)) and not (
                    n.start >= end and _YEAR_MEASURED_RE.match(text, n.end)) and not (
                    # "the count came from turnstiles installed in 2019": the year of
                    # something the clause goes on to name after a verb of its own
                    n.start >= end and _OTHER_THING_YEAR_RE.match(text, end, n.start)):
                st.year = int(n.value)
                phrase_end = max(phrase_end, n.end) if n.start < end + 40 else phrase_end
            elif n.kind in ("sample", "count") and st.sample_n is None and n.unit and \
                    not info.get("no_sample") and \
                    n.unit not in _SAMPLE_UNIT_BAD and (_SAMPLE_GAP_RE.match(text[end:n.start]) or (
                        # "a survey by the polling firm Norstat of 2,000 renters"
                        tail_end > end and n.start >= tail_end and
                        _SAMPLE_GAP_RE.match(text[tail_end:n.start])) or (
                        n.kind == "sample" and info.get("etal"))):
                st.sample_n, st.sample_unit = n.value, n.unit
                phrase_end = max(phrase_end, n.end)
        st.phrase = " ".join(text[start:max(end, phrase_end)].split())
        own_words = f"{info.get('mods', '')} {noun}"
        if re.search(r"(?i)modell?ing|projections?|calculations?", noun) and not any(
                rx.search(own_words) for rx, _d in _DESIGN_RES):
            # a model is no survey, whatever the sentence says it combined
            st.design, st.design_note = "other", noun.lower()
        for rx, design in _DESIGN_RES if st.design is None else ():
            # its own words, then its clause ("a survey of 2,000 adults, which ..."), never a
            # design word of another clause ("a report ..., said after a data-quality review")
            dm = rx.search(own_words) or rx.search(text, start, clause_end)
            if dm:
                st.design, st.design_note = design, dm.group(0)
                break
        if st.design is None and info.get("method"):
            # "who analysed aerial photographs": the text's words for how it was done
            st.design, st.design_note = "other", str(info["method"])
        mods = str(info.get("mods", ""))
        detail = bool(
            info.get("etal") or info.get("data") or info.get("bare") or info.get("made")
            or (_RELEASED_AFTER_RE.match(text, end)  # ("its report, released ...": the
                and str(info.get("det", "")) not in ("its", "their", "his", "her"))  # body's)
            or _DETAIL_DETS.match(str(info.get("det", "")))
            or str(info.get("det", "")).endswith(("’", "'"))
            or (st.organisation and not info.get("pronoun_org")) or st.author or st.venue
            or info.get("abbr") or (info.get("pronoun_org") and mods)
            or str(info.get("det", "")) == "whose" or run_when
            or _MADE_AFTER_RE.match(text, end) or _METHOD_AFTER_RE.match(text, end)
            or _BY_PEOPLE_RE.match(text, end) or _DONE_BY_ANY_RE.match(text, end)
            or start in sourced  # "Our figure is based on a tree survey": its source
            # (one work giving a figure: "A new study put"; not "the inspections show",
            # "The older surveys found")
            or (_GIVES_AFTER_RE.match(text, end) and (
                not noun.lower().endswith("s") or noun.lower().endswith(("sis", "sus")))
                and noun.lower().split()[-1] not in _MEASURES_NO_WORK)
            or st.title_given or st.year or st.period or st.sample_n is not None
            or _DETAIL_WORDS.search(mods) or re.search(rf"[{UP}]", mods)
            or noun.lower() in _DOCUMENT_NOUNS)
        fresh = any(w.lower() in _NEW_WORDS for w in mods.split()) or \
            str(info.get("det", "")) in ("a", "an", "another") or bool(info.get("bare")) \
            or bool(info.get("fresh")) \
            or (st.phrase or "").split()[:1] in (["A"], ["An"], ["Another"], ["a"], ["an"],
                                                  ["another"])
        if fresh and not (st.year or st.period or st.sample_n is not None or st.organisation
                          or st.author or st.title_given) and \
                _SAID_OF_IT_RE.search(text, max(ss, start - 16), start) and \
                re.match(r"[ \u00a0]*[.;!?”\"]", text[end:end + 3]):
            # (the study's whole predicate, its sentence ending there: never "It is a survey
            # that found ...", "It is a randomised trial, and it found": another work)
            fresh = False  # "But this is an observational study": what the study last
            # named is, no other one
        # (a body's own data, each where the text names it; "A study published in ..."
        # whichever pattern found it: a work not named before)
        if st.noun in _EDITION_NOUNS and not st.organisation and not st.author and recent \
                and recent[-1].mentions[-1][1] >= ss:
            # "Its 2021 plan estimated ...; a revision published in May lowered that": a
            # revision of the work its sentence named, by the same body (a work of its own)
            st.organisation = recent[-1].organisation
            st.author = recent[-1].author
        based_on = _BASED_ON_RE.search(text, max(ss, start - 30), start)
        same = _method_of(recent, ss, start) if based_on else None
        if same is None and based_on and not st.organisation and not st.author:
            st.organisation = _subject_org(text, ss)  # "X said ..., based on FOI responses"
        if not st.organisation and not st.author and ss > 1 and \
                _FRONTED_STUDY_RE.fullmatch(text, ss, start) and \
                "\n" not in text[max(0, ss - 2):ss]:
            # "The Hip and Knee Patients' Alliance, a charity, puts the wait far higher. In
            # a survey of 612 members carried out in January, respondents ...": the body the
            # sentence before opens with, whose figure this sentence details
            prev = sentence_start(text, max(0, ss - 400), ss - 1)
            st.organisation = _subject_org(text, max(prev, text.rfind("\n", 0, ss - 1) + 1))
        if same is None and recent and str(info.get("det", "")) in ("a", "an") and \
                _APPOSED_RE.fullmatch(text, recent[-1].mentions[-1][1], start):
            same = recent[-1]  # "the Meals Tracker, a weekly data release": one work, renamed
        if same is None:
            same = _antecedent(recent, families, st, fresh, detail)
            if same is not None and info.get("data") and st.organisation and \
                    not same.organisation and not same.author:
                # "A cabinet report ... says ... Figures from the Society of Municipal
                # Librarians suggest": the society's figures, no maker of the report
                same = None
        if same is None and not st.organisation and not st.author:
            st.organisation = _doer_near(text, end, pe)  # "... The Consortium surveyed"
        if same is None and not st.organisation and not st.author and \
                (mo := _SAMPLE_MEMBERS_OF_RE.match(text, end)) is not None:
            # "A survey of 287 members of the Colorado Psychological Association ...
            # found": no one else named as its maker, the body surveyed its own members
            st.organisation = _clean(mo.group("org"))
        if same is None and _FROM_NEW_RE.search(text, max(0, start - 60), start):
            # "The new number is from a 2014 survey of parents": the survey the new figure
            # was said to come from ("released the results of a new parent survey")
            same = next((p for p in reversed(recent[-RECENT_STUDIES:]) if _NEW_MENTION_RE.search(
                text, p.mentions[0][0], p.mentions[0][1])), None)
        if same is not None:
            _merge(same, st)
            k = next(i for i in range(len(recent) - 1, -1, -1) if recent[i] is same)
            recent.append(recent.pop(k))
            continue
        if not detail:
            continue
        if noun.lower().endswith(("studies", "reports", "papers")) and not detail:
            continue
        st.mentions = [(start, st.end)]
        studies.append(st)
        recent.append(st)
        families[str(id(st))] = _family(noun)
        if info.get("owner"):
            owners[str(id(st))] = str(info["owner"])
    for st in studies:
        if not st.organisation and not st.author:
            _team_after(text, st)
        if not st.organisation and not st.author and \
                (fm_ := _FROM_ITS_ROLE_RE.match(text, st.end)) is not None:
            # "a note to clients from its telecoms analyst, Ada Hexam": hers, and
            # the body "its" stands for
            st.author = _clean(fm_.group("name"))
            st.organisation = _possessor(text, fm_.start("pron"))
    used: set[str] = set()
    next_k: dict[str, int] = {}  # per base, the next number to try (no count from 2 each time)
    for st in studies:
        if not st.organisation and not st.author and str(id(st)) in owners:
            owner = owners[str(id(st))]
            # "the department's count": the department the text named ("Department of ...")
            body = named_body(text, owner.split()[-1], st.mentions[0][0])
            st.organisation = _clean(body) if body else owner
        stem = _MADE_BY_NAMESAKE.get((st.noun or "").lower())
        if not st.organisation and not st.author and stem is not None and \
                not _OWN_WORK_RE.search(st.phrase or ""):
            # "an inspection found ..." beside "the Ormsley Care Inspectorate's report": the
            # body whose name says it makes such works ("Audit Office", "Census Bureau")
            st.organisation = _namesake_body(text, stem)
        if not st.title:
            st.title = _label(st)
        base = _id(st)
        sid, k = base, next_k.get(base, 2)
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        next_k[base] = k
        st.id = sid
    return studies


#: A verb right after a study noun by which it gives a figure: "A new study put the rate
#: at", "A university survey found that": a work, the figure's source, detail or none.
#: Nouns for a measure rather than a work ("The count showed", "The forecast shows", "The
#: index shows"): the figure's own words, which a verb after them makes no study.
_MEASURES_NO_WORK = MEASURE_NOUNS | {"index", "indices", "indexes"}
_GIVES_AFTER_RE = re.compile(
    # (what it was of may come between: "A university analysis of timetable data found")
    rf"(?:{_SP}+of(?:{_SP}+[\w-]+){{1,5}}?)?"
    rf"{_SP}+(?:{'|'.join(sorted(FINDING_VERBS, key=len, reverse=True))})\b")
#: Words that make a study the method of the one named before it in the sentence: "a
#: study by X, based on a survey of 2,400 households" is one work.
_BASED_ON_RE = re.compile(r"\b(?:(?:based|drawing|drawn|relying|built)[ \u00a0]+on|through|"
                          r"via|using)[ \u00a0]+$")
#: A body doing what a study is: "The Reef Consortium surveyed 1,080 reefs", "the
#: agency counted", "researchers at X analysed".
_DOER_RE = re.compile(
    rf"(?P<org>{_PROPER}){_SP}+(?:surveyed|studied|assessed|counted|audited|polled|"
    rf"analy[sz]ed|modell?ed|reviewed|sampled|interviewed|tracked)\b")


_TEAM_RE = re.compile(rf"{_SP}+(?:carried{_SP}+out{_SP}+|conducted{_SP}+|run{_SP}+)?by{_SP}+"
                      rf"(?:her|his|their){_SP}+(?:own{_SP}+)?(?:team|group|lab|laboratory|"
                      rf"colleagues|students|unit)\b")
_TITLE_LEAD_RE = re.compile(rf"(?:(?:Professor|Prof\.?|Dr\.?|Doctor|Associate{_SP}+Professor)"
                            rf"{_SP}+)?(?P<name>[{UP}][\w’'\-]+(?:{_SP}+[{UP}][\w’'\-]+){{1,2}})"
                            rf"(?=,|{_SP}+(?:said|says|told|added|explained)\b)")


#: A verb of putting a document out (:data:`.cues.DOCUMENT_VERBS`) right before it:
#: "published an inventory", "compiled an inventory" (a shop's stock is never published).
_PUBLISHED_BEFORE_RE = re.compile(rf"\b(?:{document_verbs()}){_SP}+$")


#: A verb of finding between a study noun and a year: the year is what was found's ("her
#: survey found 120 deaths in 2025"). (Not all of :data:`.figures.REPORT_VERBS`: "expected"
#: or "argues" before a year leave it the study's, and batch scores said so.)
_FOUND_BETWEEN_RE = re.compile(r"\b(?:found|finds|show|shows|showed|counted|recorded|"
                               r"estimated|estimates|puts|put)\b")


def _document_work(text: str, m: re.Match[str], mods: list[str], noun: str) -> bool:
    """True when a noun of :data:`_DOCUMENT_NOUNS` is a document here: a document's word
    among its modifiers ("its annual return", "the audited accounts"), an owner ("Bartlett
    Foods' filing"; not for :data:`_STRICT_DOCUMENT_NOUNS`, whose owner makes stock or a
    roll of them: "the shop's inventory"), a year ("a 2024 glacier inventory") or what was
    done with it ("a notice filed under ...", "the manifest submitted at the port"); never
    with a share or an amount ("a 5 percent annual return")."""
    if any(re.fullmatch(r"(?i)[\d.,]+%?|percent|per|cent", w) and not re.fullmatch(
            r"(?:19|20)\d\d", w) for w in mods):
        return False
    if noun in _UPDATE_NOUNS:
        return _gives_or_holds(text, m, verb_only=True)
    if noun in _EDITION_NOUNS:
        return _CAME_OUT_RE.match(text, m.end()) is not None
    if noun in _PLAN_NOUNS:
        owned = m.group("poss") is not None or m.group("org") is not None or \
            (m.group("det") or "").lower() in ("its", "their") or \
            any(re.search(r"[’']s?$", w) for w in mods)
        gm = _PLAN_GIVES_RE.match(text, m.end())
        if not (owned and mods and gm):
            return False
        se = sentence_end(text, gm.end(), min(len(text), gm.end() + 300))
        return re.search(r"\d", text[gm.end():se]) is not None  # a figure it gives ("puts
        # the emphasis on buses" gives none)
    am = _DOCUMENT_AFTER_RE.match(text, m.end())
    if am and not (noun in _OWNED_DATA_NOUNS and re.search(r"(?:show|reveal)\w*$", am.group(0))):
        return True  # (not "the statistics show": the data of no one)
    if noun in _STRICT_DOCUMENT_NOUNS:
        return any((_DOCUMENT_MODS.match(w) and not re.search(r"[’']s?$", w))
                   or re.fullmatch(r"(?:19|20)\d\d", w) for w in mods) or \
            _PUBLISHED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
    if any(_DOCUMENT_MODS.match(w) and not re.search(r"[’']s?$", w) for w in mods):
        return True
    owned = any(re.search(r"[’']s?$", w) for w in mods) or m.group("poss") is not None or (
        noun in _ITS_DOCUMENT_NOUNS and (m.group("det") or "").lower() in ("its", "their"))
    # an owner alone makes a document only of one that gives or holds a figure: "the
    # firm's statistics show 40 complaints", not "the firm's statistics on complaints were
    # not made public", "its yearbook of staff awards was scrapped"
    return owned and _gives_or_holds(text, m)


#: Nouns that are a document only when it says or shows something: "its latest update
#: said 40 had died" (never "the studio's latest update adds three maps", a patch).
_UPDATE_NOUNS = frozenset({"update", "updates"})
#: A document verb, after what the document is about or an aside: "its update on the
#: budget, published on Monday, showed", "its latest update said".
_SAYS_AFTER_RE = re.compile(
    rf"(?:{_SP}+(?:on|of|to|for|from|about|into|in){_SP}+[^,.;:\n]{{1,60}}?)?"
    rf"(?:,{_SP}*[^,.;:\n]{{1,80}}?,)?,?{_SP}+(?:(?:also|again|now|then){_SP}+)?"
    rf"(?:said|says|showed|shows|show|shown|found|finds|estimated|estimates|put|puts|"
    rf"reported|reports|revealed|reveals|listed|lists|recorded|records|gave|gives|counted|"
    rf"counts|suggested|suggests|indicated|indicates|stated|states|noted|notes|"
    rf"predicted|predicts|projected|projects|forecast|forecasts)\b")
#: What puts a document before the clause it is the source of: "according to its latest
#: update", "in its latest update, the ministry said".
_SOURCE_BEFORE_RE = re.compile(rf"\b(?:[Aa]ccording{_SP}+to|[Bb]ased{_SP}+on|[Cc]ited{_SP}+in|"
                               rf"(?P<weak>[Ii]n|[Ff]rom|[Uu]nder))(?:{_SP}+(?:the|a|an|its|"
                               rf"their))?{_SP}+$")


#: Nouns that are a count someone made only where the text says it was made or gives
#: something: "a headcount by organisers put", "a headcount carried out at noon", "according
#: to a police headcount" (never "the company's headcount has fallen", its staff).
_COUNT_NOUNS = frozenset({"headcount", "headcounts"})
_COUNT_MADE_RE = re.compile(rf",?{_SP}+(?:by|carried{_SP}+out|conducted|done|taken|made|"
                            rf"organised|organized|ordered|commissioned|at|on|of{_SP}+(?:the"
                            rf"{_SP}+)?(?:crowd|protesters|marchers|demonstrators|people|"
                            rf"participants|rough{_SP}+sleepers|birds|animals))\b")


def _count_work(text: str, m: re.Match[str]) -> bool:
    """True when the count noun at ``m`` is a count made: by whom or how it was made, or
    a document verb or source phrase (:func:`_gives_or_holds`)."""
    return _COUNT_MADE_RE.match(text, m.end()) is not None or _gives_or_holds(
        text, m, verb_only=True)


def _gives_or_holds(text: str, m: re.Match[str], verb_only: bool = False) -> bool:
    """True when the document at ``m`` is the source of something: a document verb after it
    ("its latest update said"), a phrase that makes it one ("according to its update"), or
    (unless ``verb_only``) a figure in its sentence ("the agency's statistics put thefts at
    4,100")."""
    if _SAYS_AFTER_RE.match(text, m.end()):
        return True
    ss = sentence_start(text, max(0, m.start() - 300), m.start())
    bm = _SOURCE_BEFORE_RE.search(text, max(ss, m.start() - 40), m.start())
    if bm and not (verb_only and bm.group("weak")):
        return True  # ("fixed in a software update" is no source)
    if verb_only:
        return False
    se = sentence_end(text, m.end(), min(len(text), m.end() + 400))
    return re.search(r"\d", text[ss:m.start("noun")] + " " + text[m.end():se]) is not None


def _everyday_work(text: str, m: re.Match[str], mods: list[str]) -> bool:
    """True when an index, database or tracker (:data:`_EVERYDAY_NOUNS`) is a work: a
    body owns it or its words or context make it a document; never with a number for a
    name ("the FTSE 100 index") nor with a noun after it ("index finger", "tracker fund")."""
    if re.match(rf"-?(?:{_SP}+)?(?:finger|fingers|fund|funds|card|cards|linked|"
                     rf"mortgage|mortgages|page|pages)\b", text[m.end():m.end() + 14]):
        return False  # "her index finger.", "index-linked", "a tracker mortgage"
    if any(re.fullmatch(r"[\d.,]+", w) and not re.fullmatch(r"(?:19|20)\d\d", w)
           for w in mods):
        return False  # "the FTSE 100 index", "the S&P 500 index": a market's, no work
    det = (m.group("det") or "").lower()
    if m.group("org") or m.group("poss") or det in ("its", "their"):
        return True  # "the LRA index", "Zoopla's tracker", "its database"
    if any(w[:1].isupper() and not w.isdigit() for w in mods):
        return True  # "the Global Hunger Index"
    if any(_EVERYDAY_COMPOUND_RE.match(w) or (
            _DOCUMENT_MODS.match(w) and not re.search(r"[’']s?$", w)) for w in mods):
        return True  # "the rent index", "an official database"
    if _DOCUMENT_AFTER_RE.match(text, m.end()) or re.match(
            rf",?{_SP}+(?:compiled|maintained|kept|run|built){_SP}+by\b", text[m.end():]):
        return True  # "the council's tracker shows", "a database compiled by"
    return det in ("a", "an") and m.group("noun").lower().startswith("database") and \
        re.match(rf"{_SP}+of\b", text[m.end():]) is not None  # "a database of 2m records"


def _team_of(text: str, ss: int, end: int, se: int) -> str | None:
    """"Professor Ana Lima, a coral ecologist, said dive surveys by her team ...": the
    person the sentence opens with leads the team that did the study."""
    if not _TEAM_RE.match(text, end, se):
        return None
    m = _TITLE_LEAD_RE.match(text, ss + len(text[ss:end]) - len(text[ss:end].lstrip()))
    if m is None or _orgish(m.group("name")):
        return None
    return m.group("name")


#: "X, whose quarterly report": the name before "whose".
_WHOSE_BEFORE_RE = re.compile(
    rf"(?P<org>{_PROPER})(?:{_SP}+\([{UP}][{UP}a-z&-]{{1,9}}\))?,{_SP}+$")  # "Water Office (WO),"
#: A short name in brackets right after a study noun: "its detailed project report (DPR)".
_ABBR_AFTER_RE = re.compile(rf"{_SP}*\((?P<abbr>[{UP}][{UP}a-z&]{{1,7}})\)")
#: Verbs of :data:`.cues.DOCUMENT_VERBS` that after a study noun name who did it ("conducted
#: by", "commissioned by": that body makes the work) or are its own verb ("the survey
#: reported", "the report announced", "a letter signed"): not how a work was handed out.
_MAKERS_VERBS = frozenset({"commissioned", "conducted", "carried out", "reported", "given",
                           "announced", "signed", "posted", "put out"})
#: A study noun followed by how it was made or handed out: "a report presented to donors",
#: "an appraisal prepared for the ministry" (not "commissioned"/"conducted by": who did it
#: makes the work, when the text names them).
_MADE_AFTER_RE = re.compile(
    rf",?{_SP}+(?:{document_verbs(leave_out=_MAKERS_VERBS)}|drawn{_SP}+from|based{_SP}+on)\b")
#: A study noun followed by what it does to get its figure: "a departmental analysis that
#: excludes new-build apartments", "an estimate which adjusts reported doses".
_METHOD_AFTER_RE = re.compile(
    rf",?{_SP}+(?:that|which){_SP}+(?:excludes|includes|counts|covers|uses|measures|tracks|"
    rf"adjusts|combines|compares|draws|relies|surveyed|tracked|counted|covered|included|"
    rf"excluded|used|measured|combined|found|looked|followed|asked|questioned|sampled|"
    rf"(?:is|was){_SP}+based)\b")
#: A study noun followed by the people who did it: "a count by volunteers", "a survey by
#: researchers" (no body named, but a piece of work done).
_BY_PEOPLE_RE = re.compile(
    rf"{_SP}+(?:carried{_SP}+out{_SP}+|conducted{_SP}+|done{_SP}+)?by{_SP}+(?:[a-z-]+{_SP}+){{0,2}}"
    rf"(?:volunteers|researchers|campaigners|residents|activists|scientists|economists|"
    rf"academics|staff|officials|analysts|students|doctors|nurses|teachers|inspectors|"
    rf"auditors|statisticians|journalists|reporters|experts|engineers|surveyors|monitors|"
    rf"organisers|organizers|stewards|marshals|rangers|wardens|enumerators)\b")
#: A study noun followed by who did it, whoever they are: "a tree survey carried out by
#: qualified arborists" (a piece of work done).
_DONE_BY_ANY_RE = re.compile(rf",?{_SP}+(?:carried{_SP}+out|conducted|undertaken){_SP}+by{_SP}+"
                             rf"[\w“\"]")
#: A study noun followed by when it came out: "the district's assessment, released Tuesday".
_RELEASED_AFTER_RE = re.compile(rf",?{_SP}+(?:released|published|issued|unveiled){_SP}+"
                                rf"(?:on{_SP}+|in{_SP}+|last{_SP}+|this{_SP}+)?[{UP}0-9]")
_OWNER_NOUNS = frozenset("district council state government ministry department agency city "
                         "county province authority board commission office region "
                         "municipality union local company firm charity group campaign "
                         "coalition forum hospital regulator institute trust "
                         "association bank treasury unit".split())


def _lower_owner(mods: list[str]) -> str | None:
    """The body a lower-case possessive names among a study's modifiers: "the regional
    district's own damage assessment" is the regional district's."""
    for i, w in enumerate(mods):
        head = re.sub(r"[’']s$", "", w)
        if head != w and head.lower() in _OWNER_NOUNS:
            words = [x for x in mods[max(0, i - 2):i] if x.islower() and x not in (
                "the", "a", "an", "its", "their")] + [head]
            return " ".join(words)
    return None


def _method_of(studies: list[StudyMention], ss: int, start: int) -> StudyMention | None:
    """The study named earlier in the same sentence, whose method this mention is: one of
    the :data:`RECENT_STUDIES` last mentioned (``studies`` in the order of their last
    mention; a text naming thousands would make the search quadratic)."""
    return next((p for p in reversed(studies[-RECENT_STUDIES:])
                 if any(ss <= a < start for a, _e in p.mentions[-RECENT_STUDIES:])), None)


#: A group of people at a body opening a sentence: "Economists at the ESRI".
_STAFF_AT_RE = re.compile(
    rf"[ \u00a0]*(?:[{UP}][a-z]+{_SP}+)?(?:[Rr]esearchers|[Ee]conomists|[Ss]cientists|"
    rf"[Aa]nalysts|[Ee]xperts|[Aa]cademics|[Ss]tatisticians|[Ee]pidemiologists|[Ee]ngineers|"
    rf"[Ss]taff|[Oo]fficials){_SP}+(?:at|from|of|with){_SP}+(?:the{_SP}+)?")


#: A time a sentence opens with, before its subject: "Two days later,", "A week earlier,",
#: "Last month,", "On Tuesday,", "In 2023,".
_TIME_OPENER_RE = re.compile(
    rf"{_SP}*(?:(?:[{UP}][a-z]+|\d+){_SP}+(?:minutes?|hours?|days?|weeks?|months?|years?|"
    rf"decades?){_SP}+(?:later|earlier|on|ago|before|after)|(?:Last|This|Next){_SP}+(?:week|"
    rf"month|year|spring|summer|autumn|fall|winter)|(?:On|By|Since|Until){_SP}+(?:{_WHEN})|"
    rf"In{_SP}+(?:19|20)\d\d),{_SP}+")


#: A study named in the phrase a sentence opens with: "In a survey of 612 members ...",
#: "From its poll of ...".
_FRONTED_STUDY_RE = re.compile(rf"[ \u00a0\"“]*(?:In|From|According{_SP}+to)"
                               rf"(?:{_SP}+(?:a|an))?{_SP}*")


def _subject_org(text: str, ss: int, upto: int | None = None) -> str | None:
    """The organisation opening the sentence at ``ss`` ("The Housing Trust said ...",
    "Economists at the Institute, in a paper ..., said"), if its subject is one.

    ``upto``: the pronoun being resolved, which is no evidence that the subject is a body
    ("Numbers rose to 1,900, according to its annual report": "its" is not the numbers')."""
    tm = _TIME_OPENER_RE.match(text, ss, ss + 80)
    ss = tm.end() if tm else ss  # "Three weeks later, the federation put": its subject after
    sm = _STAFF_AT_RE.match(text, ss, ss + 200)
    at = sm.end() if sm else ss
    # ("But Lakeline Ferries, which ...": a conjunction opens the sentence, not the name)
    m = re.match(rf"[ \u00a0]*(?:(?:But|And|Yet|So|Still){_SP}+)?(?:[Tt]he{_SP}+)?"
                 rf"(?P<org>{_PROPER})", text[at:at + 200])
    if not m:
        km = _KIND_OPENS_RE.match(text, at, at + 200)
        # "The patient organisation Migraine Voices goes further still": the body named
        # after its kind in lower case
        return _clean(_name_only(km.group("name"))) if km is not None else None
    who = _clean(_name_only(m.group("org")))
    if re.fullmatch(rf"[{UP}][a-z]+(?:ed|ing)", who):
        return None  # "Asked where it came from, the department ...": a participle opens it
    dm = _DESC_NAME_RE.match(text, at + m.end("org"))
    if dm is not None and who == _name_only(m.group("org")).strip():
        # "The Oslo consultancy Fjord Metrics", "Quito broker Cordillera Capital": the name
        # after a body's word (the capitals before it say where it is)
        return _clean(_name_only(dm.group("name")))
    if not who or who.split()[0] in _NOT_NAMES:
        return None
    return who if sm or _bodyish(text, who, at + m.end("org"), upto) else None


#: A sentence opening with a body's kind in lower case, then its name: "The patient
#: organisation Migraine Voices", "The campaign group Dry Feet".
_KIND_OPENS_RE = re.compile(
    rf"[ \u00a0]*(?:(?:But|And|Yet|So|Still){_SP}+)?[Tt]he{_SP}+(?:[a-z][\w’'-]*{_SP}+){{0,2}}"
    rf"(?:{'|'.join(sorted(_BODY_DESC, key=len, reverse=True))}){_SP}+(?P<name>{_PROPER})")
#: A body's word between a place and the body's name: " consultancy Fjord Metrics".
_DESC_NAME_RE = re.compile(
    rf"{_SP}+(?:[a-z][\w-]*{_SP}+)?(?:"
    + "|".join(sorted(_BODY_DESC | {"brokerage", "bank", "broker", "lender", "insurer",
                                    "consultants", "pollster", "newsletter"},
                      key=len, reverse=True))
    + rf"){_SP}+(?P<name>{_PROPER})")


#: After a name, what only a body is: "X, which operates ...", "X, whose report".
_WHICH_AFTER_RE = re.compile(rf",?{_SP}+(?:which|whose){_SP}")
#: A pronoun that, after a name, says it is a body ("it") or a person ("he", "her").
_IT_OR_PERSON_RE = re.compile(r"\b(?:(?P<it>it|its|itself)|he|she|his|her|him)\b")


def _personish(name: str) -> bool:
    """True for a person's name by a title or a given name ("Sir Jon Cunliffe", "Ann
    Lee"): never the body an aside's "its" stands for (the figures' one test,
    :func:`.figures._person_like`, and no body's word in it)."""
    from .figures import _person_like

    return not _orgish(name) and _person_like(name)


#: A sentence that opens with the team behind a study the sentence before named: "Dr.
#: Orrin Hexam and colleagues at the Tamsworth School of Public Health questioned",
#: "Researchers at the University of Bellmoor, led by Dr. Rafael Quintero-Haas, tested".
_TEAM_OPENS_RE = re.compile(
    rf"[ \u00a0]*(?:(?P<person>(?:(?:Dr|Prof|Professor)\.?{_SP}+)?[{UP}][\w’'-]+(?:{_SP}+"
    rf"[{UP}][\w’'-]+){{1,2}}){_SP}+and{_SP}+(?:her|his|their)?{_SP}*(?:colleagues|co-authors|"
    rf"team){_SP}+(?:at|from|of){_SP}+(?:the{_SP}+)?(?P<org>{_PROPER})|(?:Researchers|"
    rf"Scientists|A{_SP}+team){_SP}+(?:at|from){_SP}+(?:the{_SP}+)?(?P<org2>{_PROPER}),{_SP}+"
    rf"led{_SP}+by{_SP}+(?P<person2>(?:(?:Dr|Prof|Professor)\.?{_SP}+)?[{UP}][\w’'-]+"
    rf"(?:{_SP}+[{UP}][\w’'-]+){{1,2}}),)"
    # then a verb of doing the work, on people or things, not of disputing it
    rf"{_SP}+(?:questioned|surveyed|tested|interviewed|examined|analy[sz]ed|followed|tracked|"
    rf"recruited|measured|screened|studied|enrolled|asked)"
    rf"(?!{_SP}+(?:such|the|those|these|that|this|its|their|whether)\b)")


#: A work's maker by their job at a body "its" stands for, then their name: " from its
#: telecoms analyst, Ada Hexam" (groups ``pron``, ``name``).
_FROM_ITS_ROLE_RE = re.compile(
    rf"(?:{_SP}+to{_SP}+[a-z]+)?,?{_SP}+(?:from|by){_SP}+(?P<pron>its|their){_SP}+"
    rf"(?:[a-z][\w-]*{_SP}+){{0,2}}(?:analyst|economist|strategist|researcher|statistician|"
    rf"actuary|chief{_SP}+executive|director|head{_SP}+of{_SP}+[a-z]+),{_SP}+"
    rf"(?P<name>[{UP}][\w’'-]+(?:{_SP}+[{UP}][\w’'-]+){{1,2}})")


def _team_after(text: str, st: StudyMention) -> None:
    """A study named with no maker ("A much larger survey, published last year in ...")
    whose maker the next sentence of its paragraph opens with: the team's lead and body."""
    se = sentence_end(text, st.end, min(len(text), st.end + 600))
    if "\n" in text[st.end:se]:
        return  # (its paragraph ends first)
    tm = _TEAM_OPENS_RE.match(text, se, min(len(text), se + 300))
    if tm is None:
        return
    person = _clean(tm.group("person") or tm.group("person2"))
    org = _clean(tm.group("org") or tm.group("org2"))
    if person and org and not _orgish(person):
        st.author, st.organisation = person, org


@functools.lru_cache(maxsize=256)  # (asked of each one-word name "its" may stand for)
def _called_by_full_name(text: str, surname: str) -> bool:
    """True when the text writes ``surname`` after a first name or a title somewhere
    ("said Nadia Sennick"): a person's, whatever pronoun follows it elsewhere."""
    from .figures import _person_like

    return any(_person_like(f"{m.group(1)} {surname}") or A_ROLE_AFTER_RE.match(text, m.end())
               for m in re.finditer(rf"\b([{UP}][a-z]+\.?){_SP}+{re.escape(surname)}\b", text))



def _bodyish(text: str, name: str, end: int, upto: int | None = None) -> bool:
    """True when ``name`` (ending at ``end``) is a body: a body's word in it, "which"
    after it, or "it"/"its" the next pronoun of its sentence before ``upto`` ("Brennan
    Poultry, based in Springdale, first told the state it would eliminate 712 positions")."""
    if _orgish(name) or _WHICH_AFTER_RE.match(text, end) or _BODY_APPOSED_RE.match(text, end):
        return True  # ("Ofcom, the communications regulator, says": what the text calls it)
    if " " not in name and _called_by_full_name(text, name):
        return False  # "Sennick said the state would compare ... its own data": a
        # surname the text gave with a person's first name ("Nadia Sennick")
    se = sentence_end(text, end, min(len(text), end + 300))
    if upto is not None:
        se = max(end, min(se, upto))
    pm = _IT_OR_PERSON_RE.search(text, end, se)
    return pm is not None and pm.group("it") is not None


#: A sentence opening with the study it rests on: "In a report released on Monday, it
#: estimated", "In a report presented to donors, the ministry had given", "X, in a paper
#: published in February, said".
_IN_OPEN_RE = re.compile(rf"[ \u00a0]*[Ii]n{_SP}+$")
_SUBJ_AFTER_RE = re.compile(
    rf",{_SP}+(?:(?P<pron>it|they){_SP}|the{_SP}+(?P<noun>[a-z]+){_SP}|(?P<name>{_PROPER}))")


def _framed_by(text: str, ss: int, start: int, end: int, se: int) -> str | None:
    """The body a study framing its sentence belongs to: the subject after "In a report
    ...," ("it" the body named before, "the ministry" the ministry the text named), or the
    body before ", in a paper ...,"."""
    if _IN_OPEN_RE.fullmatch(text, ss, start):
        comma = text.find(",", end, se)
        sm = _SUBJ_AFTER_RE.match(text, comma, se) if comma >= 0 else None
        if sm is None:
            return None
        if sm.group("pron"):
            return _possessor(text, sm.start("pron"))
        if sm.group("noun"):
            body = named_body(text, sm.group("noun"), sm.start("noun"))
            if body is None and sm.group("noun") in _OWNER_NOUNS:
                return sm.group("noun")  # "the city put the cost at": the city, as written
            return _clean(body) if body else None
        who = _clean(_name_only(sm.group("name")))
        return who if who and who.split()[0] not in _NOT_NAMES and _bodyish(
            text, who, sm.end("name")) else None
    if re.search(rf"(?:,{_SP}+|\b[a-z]+{_SP}+)in{_SP}+$", text[max(ss, start - 30):start]) or (
            re.search(rf"\b[a-z]+{_SP}+for{_SP}+$", text[max(ss, start - 30):start])
            and _DONE_AFTER_RE.match(text, end)):
        # ("who modelled the flows for a report commissioned by ...": the subject's)
        am = _ASIDE_BEFORE_RE.search(text, max(ss, start - 160), start)
        if am is not None and am.group(0).rstrip().endswith(("in", "for")):
            # "the Zurich consultancy Tell Analytics, in a study ...": the body the aside
            # interrupts, whatever the sentence opened with
            name = _clean(_after_break(am.group("org")))
            at = am.start("org") + len(am.group("org")) - len(_after_break(am.group("org")))
            if name and name.split()[0] not in _NOT_NAMES and (
                    _orgish(name) or _BODY_BEFORE_NAME_RE.search(text, max(ss, at - 40), at)):
                return name
        # "Brennan Poultry ... told the state it would cut 712 jobs in a notice filed"
        return _subject_org(text, ss)
    return None


#: A person, who they are, and "who led" the work named next: "Dr Ana Lima, a reef
#: ecologist at the University of Suva who led a survey of" (group ``body`` where they work).
_WHO_LED_RE = re.compile(
    rf"(?:\b(?:Dr\.?|Prof\.?|Professor|Doctor){_SP}+)?(?P<name>[{UP}][\w’'\-]+(?:{_SP}+"
    rf"[{UP}][\w’'\-]+){{1,2}}),{_SP}+(?:an?|the){_SP}+[^,.;:()\n“”\"]{{0,120}}?"
    rf"(?:{_SP}+(?:at|of|from|with){_SP}+(?:the{_SP}+)?(?P<body>{_PROPER}))?,?{_SP}+who{_SP}+"
    rf"(?:led|co-led|ran|headed|conducted|carried{_SP}+out|directed|designed){_SP}+$")
#: Where a person named as a work's maker works: "(led by Ana Lima) at the University of X".
_AT_BODY_RE = re.compile(rf",?{_SP}+(?:at|of|from){_SP}+(?:the{_SP}+)?(?P<body>{_PROPER})")
#: A work put right after another with a comma, as what it is: "the Meals Tracker, a ...".
_APPOSED_RE = re.compile(rf",{_SP}+")
#: Whose figure a work is said to be the source of: "The ministry's figure of 7 per cent
#: comes from the", "Ofwat's estimate is taken from a" (group ``org`` a name, ``lower`` a
#: body in words).
_FIGURE_FROM_RE = re.compile(
    rf"(?:(?P<org>{_PROPER})|\b(?P<lower>[a-z]+))[’']s?{_SP}+(?:[\w-]+{_SP}+){{0,2}}?"
    rf"(?:number|figure|estimate|data|count|total|rate)s?{_SP}+(?:[^,.;:\n]{{0,40}}?{_SP}+)?"
    rf"(?:comes?|came|is|are|was|were){_SP}+(?:taken{_SP}+|drawn{_SP}+)?from{_SP}+"
    rf"(?:the{_SP}+|an?{_SP}+)?$")


def _figure_owner(text: str, ss: int, start: int) -> str | None:
    """The body whose figure, the sentence says, comes from the work at ``start`` (a
    body in words the one the text named: "the department" the Department of ...)."""
    m = _FIGURE_FROM_RE.search(text, max(ss, start - 160), start)
    if m is None:
        return None
    if m.group("org"):
        who = _clean(_after_break(m.group("org")))
        return who if who and who.split()[0] not in _NOT_NAMES else None
    lower = m.group("lower")
    if lower not in _OWNER_NOUNS:
        return None
    body = named_body(text, lower, m.start())
    return _clean(body) if body else lower


def _doer_near(text: str, end: int, pe: int) -> str | None:
    """The body that, right after a study is named (its own sentence or the next), does
    what the study is: "this year's aerial survey ... The Reef Consortium surveyed 1,080
    reefs by plane" — the survey is the consortium's."""
    from ..speech.speakers import sentence_end

    se = sentence_end(text, end, min(len(text), end + 400))
    stop = sentence_end(text, min(se + 1, len(text)), min(len(text), se + 400))
    for m in _DOER_RE.finditer(text, end, max(se, stop)):
        # "Monday. The Forest Watch Trust surveyed": the name after the sentence's end
        who = _clean(_after_break(m.group("org")))
        if who and who.split()[0] not in ("The", "A", "An", "It", "They", "We", "He", "She") \
                and _orgish(who):
            return who
    return None


#: ", Davis," after "University of California": the campus or city that ends a body's
#: name ("University of Wisconsin, Madison", "Texas A&M University, College Station").
_CAMPUS_RE = re.compile(rf",{_SP}+(?P<campus>{_CAP}(?:{_SP}+{_CAP}){{0,2}}),"
                        rf"(?={_SP}+(?!(?:and|or|nor|as{_SP}+well)\b)[a-z])")
_CAMPUS_BODY_RE = re.compile(r"\b(?:University|College|Institute|Hospital|School|Campus)\b")


def campus_after(text: str, end: int) -> str:
    """The ", Campus" that belongs to the name ending at ``end`` (with its comma), else "".

    Only for a university, college, institute or hospital, and only when a second comma
    closes it and lower-case prose follows ("..., Davis, estimated"): a list ("Oxford,
    Cambridge and Yale") or a cue (", Reuters reported") is not a campus."""
    name_start = max(text.rfind("\n", max(0, end - 80), end), end - 80)
    if not _CAMPUS_BODY_RE.search(text, name_start, end):
        return ""
    m = _CAMPUS_RE.match(text, end)
    if not m or m.group("campus").split()[0] in ("The", "A", "An", "And", "But", "Which"):
        return ""
    return ", " + m.group("campus")


def _clause_end(text: str, pos: int, se: int) -> int:
    m = re.compile(r"[;:()]|,\s+(?:which|who|and|but|while|whereas|although)\b|\s[-–—]\s"
                   ).search(text, pos, se)
    return m.start() if m else se


#: How many works back a mention looks for the study it names again. An article names a
#: handful; a hostile text naming thousands would make the search quadratic.
RECENT_STUDIES = 50


#: Kinds of document a bare "the audit", "the review" may name a report of another kind by
#: (when none of its own kind was named).
_REPORT_KINDS = frozenset({"report", "audit", "review", "assessment", "evaluation",
                           "inspection", "inquiry"})


#: Right after a work's noun, when it was made: ", carried out last autumn", ", published
#: on Friday".
_WHEN_MADE_AFTER_RE = re.compile(rf",?{_SP}+(?:carried{_SP}+out|conducted|published|"
                                 rf"released|done|completed|made){_SP}+(?:in|on|last|this|"
                                 rf"earlier|over)\b")
#: Words that make a work the newest of its kind: never one the text dated before.
_LATEST_RE = re.compile(r"(?i)\b(?:latest|newest|most[ \u00a0]+recent)\b")


#: "(A report) to the council's transport scrutiny committee": the body whose committee.
_REPORT_TO_RE = re.compile(
    rf"{_SP}+to{_SP}+(?:the{_SP}+)?(?P<who>[a-z]+|{_PROPER})[’']s{_SP}+(?:[a-z]+{_SP}+){{0,3}}"
    rf"(?:committee|board|cabinet|panel|executive|scrutiny{_SP}+panel)\b")
#: "carried out by the group's volunteers", "run by the charity's staff": a body by its
#: kind, through its people.
_BY_KIND_PEOPLE_RE = re.compile(
    rf",?{_SP}+(?:(?:carried{_SP}+out|conducted|run|done|made|compiled){_SP}+)?by{_SP}+the{_SP}+"
    rf"(?P<kind>[a-z]+)[’']s{_SP}+(?:own{_SP}+)?(?:volunteers|members|staff|researchers|"
    rf"team|inspectors|counters|surveyors|workers|officers)\b")
#: Data releases by their nouns: "the study" is never "official figures" named before, nor
#: are researchers' figures theirs (figures reads it too).
DATA_NOUNS = frozenset({"figures", "statistics", "data", "numbers", "stats"})


def _antecedent(studies: list[StudyMention], families: dict[str, str], st: StudyMention,
                fresh: bool, detail: bool) -> StudyMention | None:
    """The study already listed that this mention refers to, if any: one of the
    :data:`RECENT_STUDIES` last mentioned (``studies`` in the order of their last mention),
    the latest first."""
    fam = _family(st.noun or "study")
    if st.title_given:
        return _titled_antecedent(studies, families, st, fam)
    # words before the noun that one of the works was called by ("The cabinet report"
    # after "A cabinet report" and "Figures from the Society"): that one, not the latest
    words = (st.phrase or "").lower().split()
    mods = set(words[1:-1]) if len(words) > 2 else set()
    telling = {w for w in mods if any(w in (p.phrase or "").lower().split()
                                      for p in studies[-RECENT_STUDIES:])}
    if studies and not fresh and not (st.organisation or st.author) and \
            _BARE_DEFINITE_RE.match(st.phrase or "") and \
            (studies[-1].noun or "study").split()[-1:] == (st.noun or "study").split()[-1:]:
        # "a study by the Singapore Institute of Digital Trust, released in March 2025.
        # The study surveyed 2,012 residents ... in November and December 2024": "the
        # study" with no word between its article and its noun is the one last named,
        # whatever year its own sentence gives (when the work was done, not published);
        # of that very noun ("The census ...; the survey ..." is the survey before)
        return studies[-1]
    for prev in reversed(studies[-RECENT_STUDIES:]):
        pf = families.get(str(id(prev)))
        if telling and not telling & set((prev.phrase or "").lower().split()):
            continue
        if (pf == "documents") != (fam == "documents"):
            continue  # "Documents seen by the Guardian show ..." are no body's later
            # "its analysis": papers someone saw are not a study someone made
        if st.author and prev.author and st.author.split()[-1] == prev.author.split()[-1]:
            return prev
        if st.organisation and prev.venue and not st.author and \
                _clean(st.organisation).casefold() == _clean(prev.venue).casefold():
            st.organisation = None  # "the Lancet review": the review published in the Lancet
            return prev
        if _short_for(st, prev) and not fresh:
            return prev  # "the Davis study" after "a study by the University of California,
            # Davis": one study, named short by a word of who ran it
        if fresh and detail:
            continue
        if prev.year and not st.year and _LATEST_RE.search(st.phrase or "") and \
                _WHEN_MADE_AFTER_RE.match(st.sentence or "", (st.sentence or "").find(
                    st.phrase or "\0") + len(st.phrase or "")) is not None:
            continue  # "a survey by the unit in 2019 ... The unit's latest survey, carried
            # out last autumn": a newer one (not "The latest survey also found")
        if st.year and prev.year and st.year != prev.year:
            continue
        if st.period and prev.period and st.period != prev.period:
            continue
        if st.period and prev.year and not prev.period:
            continue
        if st.organisation and prev.organisation and \
                st.organisation.casefold() != prev.organisation.casefold():
            continue
        if st.organisation and not prev.organisation and prev.author and \
                st.organisation.casefold() != prev.author.casefold():
            continue  # "Their study" (the university's) after a poll carried out by YouGov
        if st.sample_n is not None and prev.sample_n is not None and \
                st.sample_n != prev.sample_n:
            continue
        if st.year and prev.year == st.year and (pf == fam or fam == "study"):
            return prev
        if not fresh and pf == fam and not (prev.organisation or prev.author or prev.year
                                            or prev.period or st.year or st.period):
            return prev  # "the county's one-night count" ... "this year's point-in-time
            # count, released by X": the later mention names who made the same count
        # ("A report by the Auditor General ... The audit found": the report, when no
        # audit was named)
        kin = pf == fam or "study" in (pf, fam) and not {pf, fam} & DATA_NOUNS or (
            {pf, fam} <= _REPORT_KINDS and (st.phrase or "").split()[:1] in (
                ["The"], ["the"], ["This"], ["this"]) and not any(
                families.get(str(id(q))) == fam for q in studies[-RECENT_STUDIES:]))
        if not detail and not fresh and kin:
            # "The census gives us one number; the survey the other": the one of that very
            # noun when one was named lately, else the one of its kind named last
            noun = (st.noun or "").split()[-1:]
            if (prev.noun or "").split()[-1:] != noun:
                exact = next((q for q in reversed(studies[-4:])
                              if (q.noun or "").split()[-1:] == noun), None)
                if exact is not None:
                    return exact
            return prev  # "the study", "this survey": the one last named (a survey is no
            # report: "the confederation would publish its survey" after "a report")
        if not fresh and not (st.year or st.period or st.organisation or st.author) and kin:
            return prev  # "the original paper as published in ...": the one last named
        if not fresh and st.author and not prev.author and not (
                st.year or st.period or st.organisation or st.sample_n) and \
                (st.phrase or "").split()[:1] in (["the"], ["The"], ["this"], ["This"]) and \
                (prev.noun or "").split()[-1:] == (st.noun or "").split()[-1:]:
            return prev  # "Maria Dimitrova, a veterinarian who led the study": the study
            # last named (by researchers at a university), now with who led it; a survey
            # named since is not it
        if st.organisation and prev.organisation and pf == fam:
            return prev
        if st.author and st.author == prev.author:
            return prev
    return None


#: A study's sample of people and the body they are members of, right after its noun ("a
#: survey | of 287 members of the Colorado Psychological Association").
_SAMPLE_MEMBERS_OF_RE = re.compile(
    rf"{_SP}+of{_SP}+(?:(?:more{_SP}+than|about|nearly|some|over|almost){_SP}+)?[\d,]+{_SP}+"
    rf"(?:[a-z-]+{_SP}+)?(?:members|employees|staff){_SP}+of{_SP}+(?:the{_SP}+)?"
    rf"(?P<org>{_PROPER})")
#: A study named by its article and noun alone: "The study surveyed", "This survey found".
_BARE_DEFINITE_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)[ \u00a0]+(?:study|survey|poll|"
                               r"audit|review|report|analysis|paper|trial)\b(?![’'-])")


def _title_words(title: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w’'-]+", title)} - {"the", "of", "for", "and"}


def _titled_antecedent(studies: list[StudyMention], families: dict[str, str],
                       st: StudyMention, fam: str) -> StudyMention | None:
    """The study a mention by name ("the Health Survey for England") is: one of that name
    (or its short form, "the Health Survey"), or an unnamed one of its kind mentioned just
    before ("a new survey by the regulator ... The Household Survey, which questioned");
    never a study the text gave another name."""
    words = _title_words(st.title)
    for prev in reversed(studies[-RECENT_STUDIES:]):
        if prev.title_given:
            pw = _title_words(prev.title)
            if words <= pw or pw <= words:
                return prev
    for prev in reversed(studies[-RECENT_STUDIES:]):
        if prev.title_given:
            continue
        near = st.start - prev.mentions[-1][1] < 700
        same_noun = (prev.noun or "").split()[-1:] == (st.noun or "").split()[-1:]
        if near and same_noun and not (
                st.year and prev.year and st.year != prev.year) and not (
                st.organisation and prev.organisation and
                st.organisation.casefold() != prev.organisation.casefold()):
            return prev
        break  # only the study named last can be the one the name now gives
    return None


def _short_for(st: StudyMention, prev: StudyMention) -> bool:
    """True when ``st`` names ``prev`` short: one or two words, each a word of the earlier
    study's organisation or author, and nothing (year, sample) that tells them apart."""
    short = st.organisation or (st.author if st.author and not prev.author else None)
    who = " ".join(x for x in (prev.organisation, prev.author) if x)
    if not short or not who or short.casefold() == who.casefold() or len(short.split()) > 2:
        return False
    if (st.year and prev.year and st.year != prev.year) or (
            st.sample_n is not None and prev.sample_n is not None and
            st.sample_n != prev.sample_n):
        return False
    words = {w.strip(",.").casefold() for w in who.split()}
    if re.fullmatch(rf"[{UP}]{{2,6}}", short) and prev.organisation:
        # "the LSE report" after "a report by the London School of Economics": the initials
        # of the body's capitalised words
        initials = "".join(w[0] for w in prev.organisation.split(",")[0].split()
                           if w[:1].isupper())
        if short == initials:
            return True
    return all(w.casefold() in words and w[:1].isupper() for w in short.split())


def _merge(into: StudyMention, st: StudyMention) -> None:
    into.mentions.append((st.start, st.end))
    if into.author and st.organisation and not st.author and st.organisation.casefold() in {
            w.casefold() for w in into.author.split()}:
        st.organisation = None  # "the Riquelme paper": the paper by Riquelme, no body
    for f in ("year", "period", "sample_n", "sample_unit", "author", "organisation", "venue",
              "design", "design_note"):
        if getattr(into, f) is None and getattr(st, f) is not None:
            setattr(into, f, getattr(st, f))
    if st.title_given and not into.title_given:
        into.title, into.title_given = st.title, True
    # the most explicit mention is the one the draft points at
    if _richness(st) > _richness(into):
        into.start, into.end, into.phrase, into.sentence = st.start, st.end, st.phrase, \
            st.sentence


def _richness(st: StudyMention) -> int:
    return sum(x is not None for x in (st.year, st.sample_n, st.organisation, st.author,
                                       st.venue, st.period))




def _after_break(name: str) -> str:
    """The part of a capitalised run after a sentence's end ("Monday. The Forest Trust" is
    the Forest Trust; "Mr. Obama" and "U.N. Office" stay whole)."""
    cut = 0
    for m in re.finditer(rf"\b([{UP}a-z][a-z]+)\.[ \u00a0\n]+", name):
        if m.group(1).lower() not in ABBREVIATIONS:
            cut = m.end()
    return name[cut:]


def _name_only(name: str) -> str:
    """A name read past a sentence's end cut back to it ("Kingsmead Institute. The" is the
    Kingsmead Institute; "U.N. Office" stays whole: an initial's full stop ends nothing)."""
    for m in re.finditer(rf"\b([{UP}a-z][a-z]+)\.(?=[ \u00a0\n])", name):
        if m.group(1).lower() not in ABBREVIATIONS:  # "St. Jude", "Gov. Brown" go on
            return name[:m.end() - 1]
    return name


#: "in the journal Cryosphere", "in the Lancet": where a study was published.
_JOURNAL_RE = re.compile(rf"\b(?:published|appearing|appeared|reported){_SP}+(?:[{UP}a-z]+{_SP}+)"
                         rf"{{0,3}}?in{_SP}+(?:the{_SP}+)?journal{_SP}+(?P<venue>{_PROPER})")


#: "appears in the Journal of Skin Therapeutics": a venue named as a journal.
_IN_JOURNAL_RE = re.compile(
    rf"\b(?:published|appearing|appeared|appears){_SP}+(?:[{UP}a-z]+{_SP}+){{0,3}}?in{_SP}+"
    rf"(?:the{_SP}+)?(?P<venue>(?:{_CAP}{_SP}+){{0,3}}Journal\b(?:{_SP}+(?:of|for|on){_SP}+"
    rf"(?:the{_SP}+)?{_CAP}(?:{_SP}+(?:and{_SP}+|&{_SP}+)?{_CAP}){{0,4}})?)")


_FOR_CLIENT_RE = re.compile(rf"^(?P<firm>{_CAP}){_SP}+for{_SP}+(?:the{_SP}+)?{_CAP}")


def _for_client(name: str) -> str:
    """"Ipsos for the Royal College of Surgeons": the firm that ran it, not its client; a
    body's own name with "for" ("Institute for Fiscal Studies") stays whole."""
    m = _FOR_CLIENT_RE.match(name)
    if m is None or _ORG_HINT.search(m.group("firm")):
        return name
    return m.group("firm")


def _person_of_body(who: str) -> tuple[str | None, str | None]:
    """("Ingrid Dahl", "University of Bergen") for "Ingrid Dahl of the University of
    Bergen": a person's name, then the body they are of; (None, None) else."""
    m = re.match(rf"(?P<p>{_CAP}(?:{_SP}+{_CAP}){{1,2}}){_SP}+(?:of|at|from){_SP}+(?:the{_SP}+)?"
                 rf"(?P<b>.+)$", who)
    if m and not _orgish(m.group("p")) and _orgish(m.group("b")):
        return m.group("p"), _clean(m.group("b"))
    return None, None


def _clean(name: str) -> str:
    name = " ".join(name.replace("\u00a0", " ").split())
    name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name)
    words = name.split()
    if len(words) > 1 and words[0] in QUESTION_WORDS:
        name = " ".join(words[1:])  # "Has Marlow County really planted ...?": the county
    return re.sub(r"[’']s?$", "", name).strip(" ,.;:")


_ORG_HINT = re.compile(
    r"\b(?:Institute|University|Center|Centre|Bureau|Ministry|Agency|Department|Office|"
    r"Association|Society|Council|Commission|Foundation|Organi[sz]ation|Group|Service|"
    r"Administration|Board|Authority|Survey|Census|College|School|Hospital|Clinic|Academy|"
    r"Trust|Fund|Bank|Corporation|Company|Inc|Ltd|Lab|Laboratory|Network|Project|Program|"
    r"Programme|Nations|Press|Times|News|Journal|Post|Consortium|Alliance|Coalition|"
    r"Federation|Partnership|Charity|Team|Panel|Unit|Taskforce|Commission|Committee|Regulator|"
    r"Watchdog|Ombudsman|Inspectorate|Pharma|Pharmaceuticals|Inc|Ltd|Corp|LLC|plc|Holdings|"
    r"Partners|Government|Treasury|Parliament|Assembly|Police|Ofsted|Party|Union|League|"
    r"Club|Church|Congress|Senate|Cabinet|Chamber|Guild|Syndicate|Cooperative|Directorate|"
    r"Secretariat|Observatory|Registry|"
    # the same words in the languages news names bodies in untranslated
    r"Universidad|Universidade|Université|Universität|Università|Universiteit|Instituto|"
    r"Institut|Istituto|Ministerio|Ministério|Ministère|Ministero|Dirección|Direção|"
    r"Direction|Agencia|Agência|Centro|Banco|Banque|Consejo|Conselho|Conseil|Comisión|"
    r"Secretaría|Servicio|Serviço|Oficina|Departamento)\b|"
    rf"^[{UP}]{{2,6}}$|(?:[{UP}]\.){{2,}}")


#: Past participles that may qualify a study noun ("a published report", "the long-awaited
#: audit"); any other word in -ed after the first modifier is a verb ("Its own helpline
#: logged reports").
_ED_MODS = frozenset("published randomised randomized controlled leaked updated revised "
                     "detailed combined unpublished peer-reviewed commissioned funded "
                     "independent audited unaudited pooled blinded double-blinded matched "
                     "nested registered weighted stratified linked".split())
#: Between a study noun and a year: a verb of its own, then another thing and its
#: participle ("came from turnstiles installed in"): the year is that thing's.
_OTHER_THING_YEAR_RE = re.compile(
    r"[ \u00a0,]*(?:came|comes|come|was|is|were|are)[ \u00a0]+(?:from|on|at|in)[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+){1,4}?[a-z]+ed[ \u00a0]+(?:in|on)[ \u00a0]+$")
#: A verb in -ed right before "by" that is not how a study is made: "reviewed by", "cited by".
_OTHER_ED_RE = re.compile(r"\b(?:(?!(?:led|conducted|commissioned|funded|released|published|"
                          r"issued|compiled|prepared|written|produced|carried|done|run)\b)"
                          r"[a-z]+ed|seen|shown|given|known|held|kept)[ \u00a0]+b$")


def _VERB_IN_MODS(mods: list[str]) -> bool:  # noqa: N802 - reads as the rule it is
    """True when a word in -ed after the first modifier makes the phrase a clause: any
    but a study's own participles (:data:`_ED_MODS`), and those too after a body's word
    ("the Rome-based body combined field reports": what the body did)."""
    return any(w.lower().endswith("ed") and "-" not in w and (
        w.lower() not in _ED_MODS or (mods[i].islower() and
                                      mods[i] in _BODY_DESC | _OWNER_NOUNS))
        for i, w in enumerate(mods[1:]))  # (not "the TEAM randomised trial": a name)


#: "Prof Ana Lima", "Dr. Ana Lima", "Professor Ana Lima": a titled person in the text.
_TITLED_RE = re.compile(rf"\b(?:Prof\.?|Professor|Dr\.?|Doctor){_SP}+(?P<name>[{UP}][\w’'\-]+"
                        rf"(?:{_SP}+[{UP}][\w’'\-]+){{1,2}})")


#: A person opening a sentence, a verb next: "Dr. Ravi Patel said", "Patel told"; a title
#: or two names make it a person's name (group ``name``: without the title).
_PERSON_OPENS_RE = re.compile(
    rf"[ \u00a0]*(?:(?P<title>Prof\.?|Professor|Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?){_SP}+)?"
    rf"(?P<name>[{UP}][\w’'\-]+(?:{_SP}+[{UP}][\w’'\-]+){{0,2}}),?{_SP}+[a-z]")


def _person_subject(text: str, pos: int, pronoun: str) -> str | None:
    """The person "his" or "her" (``pronoun``) at ``pos`` stands for when a person opens the
    sentence: the study of "Dr Patel told the Times his study found" is Patel's; not when
    the name or title says the other sex ("Professor Tom Hale said her study was flawed")."""
    from ..speech.gender import gender_of

    ss = sentence_start(text, max(0, pos - 300), pos)
    before = not text[ss:pos].strip(" \u00a0\"“") and ss > 0 and "\n" not in text[ss - 2:ss]
    if before:
        # "Dr Ilse Marecki, an ecologist at ..., has spent two seasons .... Her study,
        # published in March, puts": the person the sentence before opens with, when her
        # name says she is a woman (not "Alex Rowe ... calls that work anecdote. Her study")
        ss = sentence_start(text, max(0, ss - 400), ss - 1)
        if "\n" in text[ss:pos]:
            return None
    m = _PERSON_OPENS_RE.match(text, ss, pos)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0] in _NOT_NAMES or _orgish(name) or name.endswith(("’s", "'s")) or \
            (m.group("title") is None and len(name.split()) < 2):
        return None  # ("Ms Ortega's critics say her study": the critics')
    written = text[m.start("title") if m.group("title") else m.start("name"):m.end("name")]
    sex = gender_of(written, name.split())  # (the title's sex, else the first name's)
    if (sex is not None or (before and m.group("title") is None)) and \
            sex != {"his": "m", "her": "f"}[pronoun]:
        return None  # (across a sentence, a name of no known sex needs a title: "Dr Ilse
        # Marecki", never "Alex Rowe")
    return name


def _titled_before(text: str, pos: int) -> str | None:
    """The titled person named last before ``pos`` (within a few paragraphs): whom "her
    team" means in "Prof Ana Lima ... Her team's review"."""
    found = None
    for m in _TITLED_RE.finditer(text, max(0, pos - 1200), pos):
        found = m.group("name")
    return found


#: A body's description set beside its name: "Sahel Watch, a non-profit group based in ...".
_BODY_APPOSED_RE = re.compile(
    rf",{_SP}+(?:an?|the){_SP}+(?:[\w’'\-]+{_SP}+){{0,3}}?(?:"
    + "|".join(sorted(_BODY_DESC)) + r")\b")
#: The apposition of a body that says what it is made of, up to the members' name: ", a
#: network of local " (NGOs), ", a coalition of " (Green Parties).
_MEMBERS_OF_RE = re.compile(
    rf"[^,.;]*,{_SP}+(?:an?|the){_SP}+(?:[\w’'\-]+{_SP}+){{0,3}}?(?:"
    + "|".join(sorted(_BODY_DESC)) + rf"){_SP}+of{_SP}+(?:[a-z][\w’'\-]*{_SP}+){{0,3}}$")
#: A body described, then its name in brackets: "a coalition of local NGOs (".
_BODY_BEFORE_BRACKETS_RE = re.compile(
    rf"\b(?:an?|the){_SP}+(?:[\w’'\-]+{_SP}+){{0,3}}?(?:" + "|".join(sorted(_BODY_DESC))
    + rf")(?:{_SP}+of{_SP}+(?:[\w’'\-]+{_SP}+){{0,3}}?[\w’'\-]+)?{_SP}*\($")
#: A body's word set before its name: "the main teachers' union, the NTU-FSU,", "the
#: conservation group Coral Keepers".
_BODY_BEFORE_NAME_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_BODY_DESC | _OWNER_NOUNS, key=len, reverse=True))
    + rf")(?:,{_SP}+(?:the{_SP}+)?|{_SP}+)$")


def _kind_named_before(text: str, kind: str, pos: int) -> str | None:
    """The body named before ``pos`` that "the <kind>" stands for: speech's rule for a
    body's common noun (a name that ends in it, "Kelby Teachers' Union"), else the last
    name with the kind as its head before "of" or "for" ("the association": "The
    Association of Orvell School Heads"; "National Union of Teachers"), never "Union
    Street" nor the "Charity Commission" a charity is registered with."""
    named = named_body(text, kind, pos)
    if named is not None:
        return _clean(_name_only(named))
    found = None
    cap = kind[:1].upper() + kind[1:]
    for m in re.finditer(_PROPER, text[max(0, pos - 1500):pos]):
        words = m.group(0).split()
        if any(w == cap and words[i + 1:i + 2] in (["of"], ["for"])
               for i, w in enumerate(words)):
            found = _clean(_name_only(m.group(0)))
    return found or None


def _named_as(text: str, word: str, pos: int) -> str | None:
    """The name the text gave right after a body's word before ``pos``: "The charity
    Epilepsy Aid UK" for "the charity"."""
    found = None
    for m in re.finditer(rf"\b[Tt]he{_SP}+(?:[a-z][\w-]*{_SP}+)?{re.escape(word)}{_SP}+"
                         rf"(?P<name>{_PROPER})", text[max(0, pos - 1500):pos]):
        found = _clean(_name_only(m.group("name")))
    return found or None
#: A body in words as a sentence's subject: "The state government says", "the council".
_LOWER_BODY_RE = re.compile(
    # ("a figure his department has promoted all year. Its annual report": a person's body)
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir){_SP}+(?P<body>(?:[a-z]+{_SP}+){{0,2}}(?:government|council|ministry|department|"
    rf"agency|commission|authority|board|regulator|office|group|charity|campaign|coalition|"
    rf"union|company|firm|organi[sz]ation|network|association|"
    # (institutions: "The hospital carried out 3,212 operations, according to its annual
    # report")
    rf"hospital|trust|school|university|college|museum|inspectorate|airline|airport|"
    rf"operator|utility|club|federation|institute|society|foundation))\b")


#: A name, its short form in brackets, and an aside that opens on "its": "the Fraud
#: Centre (FC), in its", "Harbour Water, according to its".
_ASIDE_BEFORE_RE = re.compile(
    rf"(?P<org>{_PROPER})(?:{_SP}+\([{UP}][{UP}a-z&-]{{1,9}}\))?,{_SP}+(?:in|under|according"
    rf"{_SP}+to|through|from|with){_SP}+$")
#: A name and the relative clause about it the position is in: "the Puffin Society, which
#: released " (its ...).
_WHICH_CLAUSE_BEFORE_RE = re.compile(
    rf"(?P<org>{_PROPER})(?:{_SP}+\([{UP}][{UP}a-z&-]{{1,9}}\))?,{_SP}+(?:which|who){_SP}+"
    rf"[^,.;:()\n“”\"]{{0,80}}$")
#: A prepositional phrase that opens its sentence: "In ", "According to ", "Under ".
_FRONTED_RE = re.compile(r"[\s\"“‘']*(?:In|Under|Through|With|From|According[ \u00a0]+to|"
                         r"Based[ \u00a0]+on|For)[ \u00a0]+")


#: From a body's name into its relative clause: ", which analysed anonymised " (GPS
#: traces): a name there is something the clause says of the body, no body "its" means.
_IN_ITS_CLAUSE_RE = re.compile(rf"[’']?s?,{_SP}+(?:which|who){_SP}+[^,.;:()\n]*")


#: From a body's name into an apposition that says where it sits: ", a research group at
#: the " (University of Leicester), ", part of ".
_HOUSED_AT_RE = re.compile(rf"[’']?s?,{_SP}+(?:(?:an?|the){_SP}+(?:[\w’'-]+{_SP}+){{0,4}}?"
                           rf"(?:at|within|based{_SP}+at|of)|part{_SP}+of){_SP}+(?:the{_SP}+)?")


#: A comma and a conjunction that open a clause with a subject of its own.
CLAUSE_OPENS_RE = re.compile(rf"[,;]{_SP}+(?:though|although|but|while|whereas|yet)\b{_SP}*")


def _possessor(text: str, pos: int) -> str | None:
    """The body "its" or "their" at ``pos`` stands for: the nearest body named in its
    sentence or the one before ("Sahel Watch, a non-profit group ... Its survey";
    "The state government says ... Its annual census")."""
    ss = sentence_start(text, max(0, pos - 400), pos)
    ls = text.rfind("\n", ss, pos) + 1  # a headline's line has no full stop to end it
    # ("HARWICK, England, March 14 (Meridian News) - ": where the story was filed and the
    # wire that filed it, never whose work it is)
    start = max(ss, ls)
    filed = dateline_end(text, start, pos)
    if filed > start:
        ls = filed
    else:
        filed = -1
    am = _ASIDE_BEFORE_RE.search(text, max(ss, ls, pos - 160), pos)
    if am is not None:
        # "the Fraud Centre (FC), in its annual statistics, puts": the body the aside
        # interrupts, whatever the sentence opened with
        name = _clean(_after_break(am.group("org")))
        # ("the operator, Scottish Northern Water, in its annual return": a name no body's
        # word shows is a body when "its" is the next pronoun after it)
        if name and name.split()[0] not in _NOT_NAMES and not _personish(name) and \
                _bodyish(text, name, am.start("org") + len(am.group("org"))):
            return name
    wm = _WHICH_CLAUSE_BEFORE_RE.search(text, max(ss, ls, pos - 160), pos)
    if wm is not None:
        # "according to the Puffin Society, which released its annual report": "its" in a
        # clause about a body is that body's, whatever the sentence opened with
        name = _clean(_after_break(wm.group("org")))
        if name and name.split()[0] not in _NOT_NAMES and _bodyish(text, name, wm.end("org")):
            return name
    if _FRONTED_RE.fullmatch(text, max(ss, ls), pos):
        # "In its annual report, the Audit Office estimated": a phrase put before its
        # clause points ahead, to the clause's subject
        comma = text.find(",", pos, pos + 200)
        ahead = _subject_org(text, comma + 1) if comma > 0 else None
        if ahead is not None:
            return ahead
    opens = list(CLAUSE_OPENS_RE.finditer(text, max(ss, ls), pos))
    # ("..., according to the Electoral Commission, though the Labour Party said its own
    # tally showed": the subject of the clause "its" stands in)
    at = opens[-1].end() if opens else max(ss, ls)
    subject = _subject_org(text, at, upto=pos)
    if subject is None and opens:
        at = max(ss, ls)
        subject = _subject_org(text, at, upto=pos)
    if subject is None:
        # "Brenmark handled 6.2 million containers, according to its annual report": a
        # name the text also writes mid-sentence (a name, not a capitalised first word
        # such as "Numbers") that is no person's is what "its" stands for
        named = _subject_org(text, at)
        if named is not None and not _personish(named) and re.search(
                rf"[a-z,]{_SP}+{re.escape(named)}\b", text):
            subject = named
    if subject is not None and text.find(subject, at, pos) >= 0:
        return subject  # "Thamesdown Water, which ..., told the regulator in its return"
    lo = sentence_start(text, max(0, ss - 400), max(0, ss - 2)) if ss > 0 else 0
    best: tuple[int, str] | None = None
    for m in re.finditer(_PROPER, text[lo:pos]):
        name = _clean(_after_break(m.group(0)))
        if not name or name.split()[0] in _NOT_NAMES or lo + m.start() < filed:
            continue
        if best is not None and _MEMBERS_OF_RE.fullmatch(text, best[0], lo + m.start()):
            continue  # "Peat Watch, a network of local NGOs": what the body is made of
        if best is not None and _HOUSED_AT_RE.fullmatch(text, best[0] + len(best[1]),
                                                         lo + m.start()):
            continue  # "the Centre for Justice Analysis, a research group at the
            # University of Leicester. Its ... report": where the body sits, not it
        if best is not None and _IN_ITS_CLAUSE_RE.fullmatch(
                text, best[0] + len(best[1]), lo + m.start()):
            continue  # "Trackly, which analysed GPS traces": what the body's clause names
        if best is not None and re.fullmatch(rf"(?:[’']s)?{_SP}+in{_SP}+", text[
                best[0] + len(best[1]):lo + m.start()]):
            continue  # "the Kettle Institute for Public Health in Marlow Quay": where it is
        if _orgish(name) or _BODY_APPOSED_RE.match(text, lo + m.end()) or \
                _WHICH_AFTER_RE.match(text, lo + m.end()) or \
                _BODY_BEFORE_NAME_RE.search(text, max(lo, lo + m.start() - 40), lo + m.start()) \
                or _BODY_BEFORE_BRACKETS_RE.search(text, max(lo, lo + m.start() - 100),
                                                   lo + m.start()):
            best = (lo + m.start(), name)
    for m in _LOWER_BODY_RE.finditer(text, lo, pos):
        if _REPORTED_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
            continue  # "X's team said the network had spent ...": what was said of the
            # network; "Its latest update said" after it is the speaker's side, not the network's
        if best is None or m.start() > best[0]:
            best = (m.start(), m.group("body"))
    if best is not None and best[0] < ss and lo < ss and (not _orgish(best[1]) or re.search(
            rf"\b(?:in|across|throughout){_SP}+(?:the{_SP}+)?$",
            text[max(lo, best[0] - 12):best[0]])):
        # "Ofcom, the regulator, says ... adults in the UK ... The figure, published in its
        # annual report": a place in the sentence before's predicate, or a name no body's
        # word shows is a body, is no antecedent the way that sentence's subject is (but
        # "X says Birmingham City Council spent ... its annual accounts" is the council's)
        j = ss
        while j > lo and text[j - 1] in "\n \t\u00a0":
            j -= 1  # (over the blank line between paragraphs, to the sentence's own line)
        opener = _subject_org(text, max(lo, text.rfind("\n", lo, j) + 1))
        if opener is not None and opener[:1].isupper() and opener != best[1]:
            return opener
    if best is not None and best[1] in ("company", "firm"):
        return _company_named(text, best[0]) or best[1]
    if best is not None and " " not in best[1]:
        # "The hospital ..., according to its annual report": the hospital the text named
        # ("St Ebbery's Hospital"), by speech's rule for a kind of body
        return named_body(text, best[1], best[0]) or best[1]
    return best[1] if best else None


#: Works whose maker a body's name may say (an inspectorate inspects, an audit office
#: audits): the stem its name's word starts with.
_MADE_BY_NAMESAKE = {"inspection": "inspect", "inspections": "inspect", "audit": "audit",
                     "audits": "audit", "census": "census"}


#: A work someone did of themselves: "an internal audit", "its own inspection".
_OWN_WORK_RE = re.compile(r"(?i)\b(?:internal|in-house|own|its|their|our)\b|[’']s?\b")


@functools.lru_cache(maxsize=64)
def _namesake_body(text: str, stem: str) -> str | None:
    """The one body ``text`` names with a word that starts with ``stem`` ("Ormsley Care
    Inspectorate", "National Audit Office"; never "Auditor General Ana Roe", a person's
    title), or None when it names none or more than one."""
    found = {name for m in re.finditer(_PROPER, text)
             if len((name := _clean(_after_break(m.group(0))) or "").split()) >= 2
             and any(w.lower().startswith(stem) and w.lower() not in (stem + "or",
                                                                       stem + "ors")
                     for w in name.split()) and not _personish(name)}
    return found.pop() if len(found) == 1 else None


def _company_named(text: str, pos: int) -> str | None:
    """The body "the company" at ``pos`` stands for: the name the text gave it
    (:func:`named_body`), or else the last body named as a sentence's subject before it
    ("Meta said it had removed ... The company's accounts team said")."""
    got = named_body(text, "company", pos)
    if got:
        return got
    found = None
    for sm in re.finditer(r"(?:^|(?<=[.!?])[ \u00a0]+|\n+)", text[max(0, pos - 1500):pos]):
        who = _subject_org(text, max(0, pos - 1500) + sm.end())
        if who and who[:1].isupper():
            found = who
    return found


#: A verb of saying right before a body: the body is in what was said ("the team said the
#: network had spent"), no subject of its own sentence.
_REPORTED_BEFORE_RE = re.compile(rf"\b(?:said|says|say|told{_SP}+[a-z]+|added|claimed|claims|"
                                 rf"stated|announced|alleged|argued){_SP}+(?:that{_SP}+)?$")


#: Capitalised words that open a sentence, not a study's name ("The", "Its").
#: Months and days: when a work came out, never who made it ("A September report by X").
_TIME_NAMES = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
_NOT_NAMES = frozenset("The A An This That These Those Its Their His Her Our My New Last "
                       "It They We He She "
                       "Next Every Each One Another On In At For From With By After Before "
                       "During Since Under Over When While If But And As Yet So "
                       # a number or a time opening a sentence ("Three weeks later, the X put")
                       "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty "
                       "Thirty Forty Fifty Hundred Hundreds Thousand Thousands Dozens Several "
                       "Many Some Most Few Both All Only Just Nearly Almost About Minutes "
                       "Hours Days Weeks Months Years Decades".split()) | _TIME_NAMES | \
    QUESTION_WORDS


def _subheading(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is (nearly) all of a short line without a full stop:
    a section's heading ("CEA appraisal"), which names the study the section goes on to
    name in full."""
    ls = text.rfind("\n", max(0, start - 40), start) + 1
    le = text.find("\n", end, end + 40)
    if le < 0 or (ls == 0 and start > 40):
        return False
    line = text[ls:le].strip()
    return 0 < len(line) <= 40 and line[-1] not in ".!?:;”\"'" and end - start >= len(line) - 12


def _headline(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a headline in Title Case ("Tsunami Death Count
    in Dispute"): its capitals say nothing of a study's name."""
    # A headline of 16 words fits in 400 characters: a longer line is none, and reading
    # only that far keeps a one-line article linear (this runs for every named study).
    ls = text.rfind("\n", max(0, pos - 400), pos) + 1
    le = text.find("\n", pos, pos + 400)
    if (ls == 0 and pos > 400) or (le < 0 and len(text) > pos + 400):
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", text[ls:le if le >= 0 else len(text)])
    if len(words) > 16:
        return False
    major = [w for w in words if w.lower() not in ("a", "an", "the", "of", "in", "on", "for",
                                                   "and", "to", "at", "by", "with", "or")]
    return len(major) >= 3 and all(w[0].isupper() for w in major)


def _orgish(name: str) -> bool:
    """A body, not a person: a body's word in it, initials, or more words than a name has
    ("Sacramento Steps Forward Together"); bodies by their initials, joined ("WHO and
    UNICEF")."""
    from .figures import _person_like

    return bool(_ORG_HINT.search(name)) or len(name.split()) >= 4 or all(
        _ORG_HINT.search(p) for p in re.split(r"\s+(?:and|&)\s+", name)) or (
        # a firm's word, speech's lexicon of them ("Sorrel Point Health Analytics"; not
        # "Nigel Power", a person by a given name)
        len(name.split()) >= 2 and fold(name.split()[-1]) in COMPANY_WORDS and
        not _person_like(name))


def _label(st: StudyMention) -> str:
    """A description from what the text says (never an invented title)."""
    who = st.organisation or st.author
    # (and, for a work whose maker the text names, a speaker's own: "our count", "its own
    # overnight estimate" by the body are its "count" and "overnight estimate"; with no maker,
    # "Our index" stays the speaker's, as written)
    own = r"|[Oo]ur|[Mm]y" if who else ""
    phrase = re.sub(r"^(?:(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year[’']s|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|"
                    r"[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne|[Aa]nother"
                    rf"{own})\s+" + (r"(?:own\s+)?" if who else ""), "", st.phrase or "").strip()
    if st.author and "et al" in (st.phrase or ""):
        return f"{st.author} et al." + (f" {st.year}" if st.year else "")
    if len(phrase) > 120:
        phrase = phrase[:117].rsplit(" ", 1)[0] + " …"
    if who and who.casefold() not in phrase.casefold():
        # "the agency's evening situation report" of the Office of Upland Fire
        # Safety: its report, by its name, not the kind's word the text used for it
        phrase = re.sub(r"^[a-z]+[’']s\s+", "", phrase)
        phrase = f"{who} {phrase}" if phrase else who
    if phrase and who and phrase.casefold() == who.casefold():
        phrase = f"{phrase} {st.noun or 'study'}"  # "Remote Sensing Center analysis"
    return phrase[:1].upper() + phrase[1:] if phrase else "Study"


def _id(st: StudyMention) -> str:
    who = st.author or st.organisation
    fam = _family(st.noun or "study")
    if not who and st.title_given:
        # "Health Survey for England": its initials ("hsfe-survey"), or a short title whole
        caps = [w for w in re.findall(r"[\w’'-]+", st.title) if w[:1].isupper()]
        short = "".join(w[0] for w in caps) if len(caps) > 2 else " ".join(caps)
        return slug(" ".join([short, fam] + ([str(st.year)] if st.year else []))) or "study"
    if who:
        short = who.split()[-1] if st.author else "".join(
            w[0] for w in who.split() if w[:1].isupper()) if len(who.split()) > 2 else who
        parts = [short, "et-al" if "et al" in (st.phrase or "") else fam]
    else:
        note = (st.design_note or "").lower()
        parts = [note if _family(note or "x") != fam else "", fam]
    if st.period:
        parts.append(f"{st.period[0]}-{st.period[1]}")
    elif st.year:
        parts.append(str(st.year))
    elif st.sample_n is not None and not who:
        parts.append(f"{st.sample_n:g}-{st.sample_unit or ''}")
    return slug(" ".join(parts)) or "study"
