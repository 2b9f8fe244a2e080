"""Words for what people are: titles, offices and roles, one lexicon for every rule.

News names people with their titles ("Gov. Mike Pence", "Councillor Tom Reid"),
describes them by office or role ("the Indiana governor", "a spokesman for the
company", "Ann Cole's lawyer") and puts a role before a name ("aide Tom Ruiz").
Every rule of the speech engine that asks "is this word a title, an office, a
person's role?" asks this module, and so should any other part of the tool
that reads people out of prose (the figures' sources of :mod:`provenance.extract`).

* :data:`TITLES`: words that may stand before a name and are no part of it;
* :data:`OFFICES`: titles that are never a surname ("King", "Judge", "Chief" can be);
* :data:`TITLE_WORDS`: titles written short, as the word a description uses
  ("Gov." is "the governor");
* :data:`PERSON_ROLES`: nouns for one person's office, job or relation, the head
  of a description of a person ("the chief executive", "Cole's lawyer");
* :data:`PEOPLE_NOUNS`: one person by what they are or do ("a vendor", "a woman");
* :data:`GROUP_WORDS`: people in numbers ("Young people", "Residents said");
* :data:`ORGANISATION_NOUNS`: bodies, never one person ("the union said");
* :data:`BODY_KINDS`: every common noun "the X" may name a body by ("the regulator");
* :data:`PORTFOLIOS`: what a minister is for ("Minister for Housing Ann Bell");
* :data:`US_STATES`: the states by name and by the AP's abbreviation (datelines).
"""

from __future__ import annotations

#: Titles only a person bears, so the name after one is a person's, never a body's ("Dr Ada
#: Moor", "Sen. Lind", "Nurse Joy Okoro"): the one list for every rule asking that. (Titles
#: are also :data:`TITLES`.)
PERSON_TITLES = (
    "Mr Mrs Ms Dr Prof Professor Doctor Nurse Rev Reverend Pastor Rabbi Imam Judge Justice "
    "Mayor Councillor Cllr Cr Senator Sen Rep Gov Governor Minister Captain Capt Sgt Sergeant "
    "Detective Det Inspector Insp Officer Constable Gen Lt Col President Secretary Speaker"
).split()
TITLES = (
    "Dr Mr Mrs Ms Mx Prof Sen Rep Gov Gen Lt Col Maj Sgt Capt Adm Rev Hon St Sir Dame Lord Lady "
    "Fr Msgr Supt Insp Det Cmdr Pres Atty Amb Judge Justice President Senator Governor Professor "
    "Mayor Secretary Chairman Chairwoman Speaker Rabbi Father Pope Imam Sheikh Queen King Prince "
    "Princess Representative Congressman Congresswoman Councilman Councilwoman Commissioner Chief "
    "General Colonel Captain Sergeant Detective Officer Minister Chancellor Ambassador Director "
    "Dean Doctor Pastor Bishop Cardinal Former Retired Vice Deputy Acting House Senate Majority "
    "Minority Leader Whip Attorney Republican Democratic Democrat Independent Libertarian Sheriff "
    "Coach Nurse Author Lead Executive Officer Scientific Professor Founder CEO Prime Foreign "
    "Defense Interior Finance Justice Labor Education Health Trade Energy Homeland State "
    "Superintendent Treasurer Comptroller Lieutenant Inspector Councillor Councilor Cllr Alderman "
    "Premier Taoiseach Commissioner Spokesman Spokeswoman Spokesperson Opposition"
).split()
TITLES += [t for t in PERSON_TITLES if t not in TITLES]  # (after: ``TITLES[:40]`` stays)
#: :data:`TITLES` folded (``fold`` of :mod:`.speakers`: casefolded).
TITLE_SET = frozenset(t.casefold() for t in TITLES)
#: Titles that are never a surname ("King", "Judge", "Chief" can be).
OFFICES = frozenset(
    "president senator governor mayor secretary speaker chairman chairwoman professor minister "
    "chancellor ambassador director officer representative congressman congresswoman leader "
    "commissioner sheriff attorney dr mr mrs ms prof sen rep gov gen lt col maj sgt capt adm "
    "cmdr supt det insp atty amb pres councillor councilor cllr cr premier taoiseach".split()
)
#: Titles written short, as the words a description uses ("Gov." is "the governor").
TITLE_WORDS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "dr": "doctor",
    "prof": "professor", "gen": "general", "pres": "president", "lt": "lieutenant",
    "atty": "attorney", "amb": "ambassador", "supt": "superintendent", "det": "detective",
    "rev": "reverend", "capt": "captain", "col": "colonel", "sgt": "sergeant",
    "adm": "admiral", "cmdr": "commander", "congressman": "congressman",
    "cllr": "councillor", "cr": "councillor", "insp": "inspector",
}
#: Nouns for one person by office ("the former president"), job ("a spokesman for the
#: company") or relation ("Cole's lawyer", "his wife"): the head of a description of a
#: person. Plural group words are :mod:`.speakers`' business, not this list's.
OFFICE_ROLES = frozenset(
    # offices
    "president senator governor mayor secretary speaker chairman chairwoman chair professor "
    "minister chancellor ambassador director officer representative congressman "
    "congresswoman leader commissioner sheriff attorney treasurer judge nominee candidate "
    "chief head premier councillor councilor lawmaker superintendent inspector deputy envoy "
    "commander coroner registrar dean principal headteacher warden "
    # jobs
    "executive spokesman spokeswoman spokesperson lawyer manager founder owner aide official "
    "critic adviser advisor economist analyst researcher scientist lecturer doctor nurse surgeon "
    "physician epidemiologist hydrologist engineer editor reporter author historian farmer teacher "
    "activist campaigner organiser organizer coordinator detective sergeant captain colonel "
    "general assistant associate consultant expert statistician demographer ceo narrator "
    "strategist pollster operative staffer counsel prosecutor negotiator diplomat clerk "
    "accountant agent publicist biographer pastor priest rabbi imam coach pathologist "
    "curator ranger "
    # with a prefix, written with a hyphen ("said Fenland Roots co-founder Ada Brennan")
    "co-founder co-chair co-director co-owner co-author co-ordinator co-leader vice-president "
    "vice-chair vice-chairman vice-chancellor vice-principal".split()
)
PERSON_ROLES = OFFICE_ROLES | frozenset(
    # relations ("Cole's lawyer" is a job; "his wife" a relation: no office to give figures by)
    "wife husband son daughter mother father brother sister friend partner widow widower "
    "niece nephew cousin grandson granddaughter".split()
)

#: Nouns for one person by what they are or do, not by office ("a woman selling maize",
#: "a yam trader", "a pensioner"): with :data:`PERSON_ROLES` the head of a description of a
#: person a later "The vendor, Grace Achieng," may name.
PEOPLE_NOUNS = frozenset(
    "woman man girl boy person parent grandmother grandfather mother father resident vendor "
    "trader hawker pensioner retiree student pupil survivor witness volunteer victim patient "
    "neighbour neighbor villager local tenant migrant refugee pilgrim passenger commuter "
    "shopper customer veteran mourner relative motorist cyclist pedestrian owner worker driver "
    "shopkeeper fisherman fisher farmer grower herder rancher nurse teacher mechanic labourer "
    "laborer miner builder carpenter electrician plumber cleaner guard midwife artisan "
    "homeowner landowner householder mum dad".split()
)

#: Words for people in numbers, the head of a group ("Young people", "Trump supporters",
#: "Residents said"): general ones, and the plural of every role ("lawyers", "aides").
GROUP_WORDS = frozenset(
    "people men women children kids staff police folk folks youth public crowd crowds "
    "families voters fans residents locals citizens neighbours neighbors parents patients "
    "students pupils members workers employees supporters protesters protestors "
    "demonstrators critics opponents campaigners volunteers witnesses passengers commuters "
    "shoppers customers users tenants landlords villagers viewers readers listeners "
    "veterans survivors victims relatives mourners delegates players owners".split()
) | frozenset(r + "s" for r in PERSON_ROLES if not r.endswith(("man", "woman", "s")))

#: The crews of the emergency services a text names as bodies: "the brigade said".
SERVICE_BODIES = frozenset({"brigade"})
#: Head nouns of a description that names a body, never one person ("the union said").
ORGANISATION_NOUNS = frozenset("""
union campaign committee company department agency administration council court board
government ministry party team firm group commission bank university college hospital school
office organization organisation association foundation institute network newspaper paper
magazine station website church club league coalition alliance caucus senate house congress
legislature parliament city county state country nation army military police pentagon
corporation business industry panel jury family center centre service bureau authority
""".split()) | SERVICE_BODIES

#: Words in a name that make it a firm's ("Meridan Foods Ltd", "Norvantis Therapeutics"):
#: what "the company" may stand for, in who said a quotation and who gave a figure alike.
COMPANY_WORDS = frozenset("""
inc inc. ltd ltd. llc plc corp corp. co co. company corporation group holdings partners
venture ventures capital pharma pharmaceuticals therapeutics biotech biosciences labs technologies
systems solutions industries enterprises foods motors airlines airways energy media bank
securities investments insurance consulting consultants associates advisers advisors
analytics logistics
ag sa gmbh
power electric electricity water gas networks utilities telecom telecoms broadband
stockbrokers brokers brokerage communications
""".split())
#: Words a firm's name may end in that are everyday nouns anywhere else ("Thresk Valley
#: Water", "Brindle Gears"; never "Freight forwarders say", "Oil prices rose"): a company's
#: only as the last of two capitalised words or more.
COMPANY_LAST_WORDS = frozenset("""
water rail railways freight ferries buses shipping haulage airport airports telecom
telecoms utilities mining construction engineering gears properties developments brewery
breweries dairies textiles foods drinks beverages pharmaceuticals chemicals steel logistics
supermarkets stores insurance hotels grid hydro
air resources minerals metals
""".split())

#: Bodies' common nouns beyond :data:`ORGANISATION_NOUNS` that "the X" may stand for when
#: the text named one ("the regulator", "the charity", "the local" for a union's "Local 431");
#: never the head of a description of a person.
BODY_KINDS = ORGANISATION_NOUNS | frozenset("""
regulator charity trust forum watchdog inspectorate local consortium federation treasury
municipality tribunal
confederation directorate secretariat unit force cooperative co-operative
project initiative programme program
""".split())

#: A kind of body and the last words of its names beyond the kind's own word: "the union"
#: is the "Bakers and Millers Workers Federation", "the charity" the "Quayside Trust". One
#: table: speech's :func:`.speakers.named_body` and extract's figures both read it.
KIND_NAME_WORDS: dict[str, frozenset[str]] = {
    "union": frozenset("federation workers guild employees".split()),
    "charity": frozenset("trust foundation fund appeal".split()),
    "regulator": frozenset("authority commission ombudsman".split()),
    "watchdog": frozenset("authority commission ombudsman watch".split()),
    "force": frozenset("police constabulary".split()),  # "the force": "Dunmere Police"
}
#: A kind of body and the first words of names "<word> of ..." it also stands for: "the
#: agency" is the "Office of Upland Fire Safety" (not any name ending in "Office").
KIND_HEAD_WORDS: dict[str, frozenset[str]] = {
    "agency": frozenset("office bureau service administration commission authority "
                        "directorate department board".split()),
}

#: Offices held in a body, so that a bare title names the body the text has just spoken of
#: ("... gave a higher figure. Director Lena Marsh said"); an expert's job ("economist",
#: "doctor") does not (an economist is often nobody's), nor does "President", a country's as
#: often as a firm's. Read by :mod:`provenance.extract.affiliation`.
BODY_OFFICES = frozenset("""
secretary chairman chairwoman chair director leader treasurer head executive
superintendent commissioner
spokesman spokeswoman spokesperson manager founder coordinator co-ordinator organiser
organizer co-founder co-chair co-director vice-president vice-chair vice-chairman
vice-chancellor secretary-general ceo
""".split())
#: A person's place in a body beyond :data:`OFFICE_ROLES`: "the council's cabinet member for
#: transport", "the union's branch secretary", "a union steward".
BODY_MEMBER_ROLES = frozenset("member trustee steward convenor convener fellow".split())
#: Offices of a place, not of a body: "Oakdale Mayor Jim Brennan", "Valdoria's health
#: minister".
PLACE_OFFICES = frozenset("mayor governor senator premier councillor councilor mp mep "
                          "representative congressman congresswoman sheriff minister".split())
#: Words that make someone no holder of a body's office now, or no holder at all: "the
#: agency's former director", "Opposition leader", "a candidate for Harrow County
#: Commission", "the board's most persistent critic" (an acting or interim chairwoman
#: holds it: "the interim chairwoman of the Democratic National Committee").
NOT_HOLDER_WORDS = frozenset("former ex retired previous late outgoing incoming next "
                             "opposition independent outside rival candidate nominee "
                             "contender challenger critic off-duty".split())

#: What a minister or a spokesperson is for, written between an office and a name
#: ("Minister for Housing Declan Fennessy", "Secretary of State for Health Ann Bell"): the
#: first words of a capitalised run that are no part of the name after them.
PORTFOLIOS = frozenset("""
housing health finance education justice transport environment agriculture defence defense
foreign interior home labour labor trade energy culture tourism sport employment enterprise
climate children communities treasury planning heritage infrastructure welfare immigration
security fisheries forestry water mining industry commerce science technology innovation
communications media arts equality pensions work business
""".split())

#: The states of the United States by their names and by the AP's abbreviations of them,
#: as datelines write them ("DECATUR, Ala. (AP) —"): whom "the state government" means.
US_STATES = {
    "Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas",
    "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Hawaii": "Hawaii", "Idaho": "Idaho", "Ill.": "Illinois",
    "Ind.": "Indiana", "Iowa": "Iowa", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Maine": "Maine", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Ohio": "Ohio", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Texas": "Texas", "Utah": "Utah", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
US_STATES.update({v: v for v in list(US_STATES.values())})

__all__ = ["BODY_KINDS", "BODY_MEMBER_ROLES", "BODY_OFFICES", "COMPANY_LAST_WORDS",
           "COMPANY_WORDS", "GROUP_WORDS", "NOT_HOLDER_WORDS", "OFFICES", "ORGANISATION_NOUNS",
           "PERSON_ROLES", "PERSON_TITLES", "PLACE_OFFICES", "PORTFOLIOS", "SERVICE_BODIES",
           "TITLES", "TITLE_SET", "TITLE_WORDS", "US_STATES"]
