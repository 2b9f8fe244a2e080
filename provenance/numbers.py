"""Numbers as sources write them, made comparable.

A journalist writes "about 12 percent", a paper "113 of 834", a review
"1.6%-14%", an interview "about nine years ago". To say whether two of them
disagree we turn each into an :class:`Amount`: an interval in a canonical
unit (per cent, years, millimetres, or a count of some noun), widened by the
precision the writer used ("12" means 11.5-12.5; "about 12" a little more).
Two amounts of the same quantity disagree when those intervals do not
overlap, or when they count different things ("20 cadavers" vs "20 cadaveric
sides").

Pure functions over plain values; nothing here knows about graphs.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from .lazy import lazy_compile

#: Relative widening for a figure marked as approximate ("about", "roughly").
APPROX_RELATIVE = 0.05

#: Spelled-out numbers ("one" only counts in "one in five", "one of ten").
WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000, "a million": 1e6, "a billion": 1e9,
}
# "forty-six", "twenty-one": the tens and units joined by a hyphen, as written out
WORDS.update({f"{t}-{u}": WORDS[t] + WORDS[u]
              for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                        "ninety")
              for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
#: Fraction words as shares ("nearly three-quarters of", "less than a fifth of", "half
#: the"): a numerator word and a denominator word, as English writes them.
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6,
                          "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_SHARE_WORDS = {"half": 50.0, "a half": 50.0, "one half": 50.0}
_SHARE_WORDS.update({f"{a} {d}": 100.0 / n for d, n in _FRACTION_DENOMINATORS.items()
                     if n > 2 for a in ("one", "an" if d == "eighth" else "a")})
_SHARE_WORDS.update({f"{w} {d}s": 100.0 * WORDS[w] / n for d, n in _FRACTION_DENOMINATORS.items()
                     for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine")
                     if n > 2 and WORDS[w] < n})
#: Scale words and suffixes: "1.9 million", "3bn", "40k", "$3m"; and South Asian ones: a
#: lakh is 100,000 and a crore 10 million ("₹1,850 crore", "3.2 lakh hectares").
SCALES = {"dozen": 12.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3,
          "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5,
          "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
          # wire styles: "4.6 bil. yen" (Kyodo), "3.2 mln tonnes", "1.1 bln euros" (Reuters)
          "bil": 1e9, "bln": 1e9, "mln": 1e6}
#: Currency signs before a figure, and the one sign each is kept as: every way of writing
#: rupees ("₹", "Rs", "Rs.", "INR") is one currency, so two rupee figures compare.
CURRENCY_SIGNS = {"$": "$", "€": "€", "£": "£", "¥": "¥", "₹": "Rs", "rs": "Rs", "rs.": "Rs",
                  "inr": "Rs",
                  # the other signs written before a sum: naira, peso, rouble, won, lira,
                  # shekel, dong, hryvnia, cedi, guarani, colón, tenge, manat, lari
                  "₦": "₦", "₱": "₱", "₽": "₽", "₩": "₩", "₺": "₺", "₪": "₪", "₫": "₫",
                  "₴": "₴", "₵": "₵", "₲": "₲", "₡": "₡", "₸": "₸", "₼": "₼", "₾": "₾"}
#: Every other way a currency is written, as the press of each country writes it, and the
#: one sign it is kept as: ISO 4217 codes ("USD 5 million", "5 million EUR"), the dollar
#: signs that name their country ("US$1.2 billion", "A$25m"), local abbreviations ("R2.4bn"
#: rand, "KSh 3bn" shillings, "GH₵", "Tk", "Rp", "RM") and the names written after a sum
#: ("2.4 billion rand", "1.2 billion euros", "50 million naira"). A general lexicon of
#: currencies, not one article's.
_CURRENCIES: dict[str, tuple[str, ...]] = {
    # sign kept: (ISO code, other prefixes, names written after the sum)
    "$": ("USD", "US$", "U.S.$", "dollar", "dollars", "US dollars", "U.S. dollars"),
    "€": ("EUR", "euro", "euros"),
    "£": ("GBP", "pounds sterling", "sterling"),
    "¥": ("JPY", "yen", "Japanese yen"),
    "CN¥": ("CNY", "RMB", "yuan", "renminbi", "Chinese yuan"),
    "Rs": ("rupee", "rupees", "Indian rupees"),
    "PKR": ("PKR", "Pakistani rupees"),
    "LKR": ("LKR", "Sri Lankan rupees"),
    "NPR": ("NPR", "Nepalese rupees"),
    "R": ("ZAR", "rand", "South African rand"),
    "₦": ("NGN", "naira", "Nigerian naira"),
    "KSh": ("KES", "Ksh", "Kshs", "KSh", "Sh", "shilling", "shillings", "Kenyan shillings"),
    "USh": ("UGX", "Ugandan shillings"),
    "TSh": ("TZS", "Tanzanian shillings"),
    "₵": ("GHS", "GH₵", "GH¢", "cedi", "cedis"),
    "A$": ("AUD", "AU$", "A$", "Australian dollars"),
    "C$": ("CAD", "CA$", "C$", "Canadian dollars"),
    "NZ$": ("NZD", "NZ$", "New Zealand dollars"),
    "HK$": ("HKD", "HK$", "Hong Kong dollars"),
    "S$": ("SGD", "S$", "Singapore dollars"),
    "R$": ("BRL", "R$", "reais", "Brazilian reais"),
    "CHF": ("CHF", "Swiss francs"),
    "Tk": ("BDT", "Tk", "taka"),
    "Rp": ("IDR", "Rp", "rupiah", "Indonesian rupiah"),
    "RM": ("MYR", "RM", "ringgit", "Malaysian ringgit"),
    "฿": ("THB", "baht", "Thai baht"),
    "₱": ("PHP", "pesos", "Philippine pesos"),
    "₩": ("KRW",),
    "₺": ("TRY", "lira", "liras", "Turkish lira"),
    "₽": ("RUB", "roubles", "rubles", "Russian roubles", "Russian rubles"),
    "₪": ("ILS", "shekels", "Israeli shekels"),
    "₴": ("UAH", "hryvnias", "hryvnia", "Ukrainian hryvnias"),
    "zł": ("PLN", "zł", "zloty", "zlotys", "Polish zloty", "Polish zlotys"),
    # ("kroner" alone may be any of the three; a country's name or code says which: Danish
    # and Swedish sums are two currencies, never one question)
    "kr": ("kronor", "kroner", "krona", "krone"),
    "DKK": ("DKK", "Danish kroner", "Danish krone"),
    "SEK": ("SEK", "Swedish kronor", "Swedish krona"),
    "NOK": ("NOK", "Norwegian kroner", "Norwegian krone"),
    "ZMW": ("ZMW", "kwacha"),
    "Br": ("ETB", "birr"),
    "AED": ("AED", "dirhams"),
    "SAR": ("SAR", "riyals"),
    "EGP": ("EGP", "Egyptian pounds"),
    # the rest of the world's currencies by ISO code and the name written after a sum
    # (a name that is also an everyday word, "won", "real", "soles", "lei", "kip",
    # "drams", is money only after a scale word: :data:`_SCALED_CURRENCIES`)
    "MX$": ("MXN", "Mexican pesos"),
    "ARS": ("ARS", "Argentine pesos"),
    "COP": ("COP", "Colombian pesos"),
    "CLP": ("CLP", "Chilean pesos"),
    "PEN": ("PEN",),
    "BOB": ("BOB", "bolivianos"),
    "₲": ("PYG", "guaranis", "guaraníes"),
    "GTQ": ("GTQ", "quetzales", "quetzals"),
    "₫": ("VND", "dong"),
    "₭": ("LAK",),
    "MMK": ("MMK", "kyat", "kyats"),
    "៛": ("KHR", "riel", "riels"),
    "₸": ("KZT", "tenge"),
    "₼": ("AZN", "manat", "manats"),
    "₾": ("GEL", "lari"),
    "֏": ("AMD",),
    "HUF": ("HUF", "forint", "forints", "Hungarian forints"),
    "CZK": ("CZK", "koruna", "korunas", "Czech koruna", "Czech korunas"),
    "RON": ("RON",),
    "BGN": ("BGN", "leva"),
    "RSD": ("RSD", "dinars"),
    "₮": ("MNT", "tugriks", "tugrik"),
    "XOF": ("XOF", "CFA francs"),
}
#: The words and codes of :data:`_CURRENCIES`, each with its sign ("rand" → "R").
CURRENCY_WORDS = {w.lower(): sign for sign, ws in _CURRENCIES.items() for w in ws}
CURRENCY_SIGNS.update({k: v for k, v in CURRENCY_WORDS.items() if k not in CURRENCY_SIGNS})
#: The last word of each currency's names, singular, with every sign it can be: "francs"
#: may be Swiss or CFA, "dollars" any of the dollars. A sum a text writes as "eighty million
#: francs" is in whichever of them the text's other sums are in.
CURRENCY_NOUNS: dict[str, frozenset[str]] = {}
for _sign, _names in _CURRENCIES.items():
    for _w in _names:
        if _w.isalpha() or " " in _w:
            _last = _w.split()[-1].lower()
            _last = _last[:-1] if _last.endswith("s") else _last
            CURRENCY_NOUNS[_last] = CURRENCY_NOUNS.get(_last, frozenset()) | {_sign}
CURRENCY_SIGNS.update({s.lower(): s for s in _CURRENCIES if s.lower() not in CURRENCY_SIGNS})
_APPROX = ("about", "approximately", "approx.", "approx", "around", "roughly", "nearly",
           "almost", "some", "circa", "c.", "~", "≈", "an estimated", "estimated", "close to")
#: Any of them as a word of its own, in one pass over the text.
_APPROX_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _APPROX)) + r")(?!\w)")
_AT_LEAST = ("more than", "over", "at least", "above", "greater than", "upwards of",
             "as few as", "as low as", ">", "≥")
_AT_MOST = ("less than", "fewer than", "under", "at most", "below", "up to", "within",
            "as many as", "as high as", "as much as", "<", "≤")
#: The words before a figure that hedge it ("about") or bound it ("more than"), for readers
#: that look for them inside patterns of their own (extract's figures): the parser's lists.
HEDGE_WORDS = tuple(w for w in _APPROX if w[0].isalpha())
BOUND_WORDS = tuple(w for w in (*_AT_LEAST, *_AT_MOST) if w[0].isalpha())

_PERCENT_UNITS = {"%", "percent", "per cent", "pct", "percentage", "percentage points"}
_FRACTION_UNITS = {"fraction", "proportion", "ratio", "share", "rate"}
_DURATION = {"year": 1.0, "yr": 1.0, "y": 1.0, "month": 1 / 12, "mo": 1 / 12,
             "week": 7 / 365.25, "wk": 7 / 365.25, "day": 1 / 365.25, "d": 1 / 365.25,
             "decade": 10.0, "century": 100.0, "hour": 1 / 8766, "minute": 1 / 525960,
             "second": 1 / 31557600}
_LENGTH = {"mm": 1.0, "millimetre": 1.0, "millimeter": 1.0, "cm": 10.0, "centimetre": 10.0,
           "centimeter": 10.0, "m": 1000.0, "metre": 1000.0, "meter": 1000.0,
           "km": 1e6, "kilometre": 1e6, "kilometer": 1e6,
           "µm": 0.001, "um": 0.001, "in": 25.4, "inch": 25.4,
           # imperial lengths: a course "712 feet short" and "0.2 miles short" are one measure
           "foot": 304.8, "feet": 304.8, "ft": 304.8, "yard": 914.4, "yd": 914.4,
           "mile": 1609344.0, "nautical mile": 1852000.0}
#: Areas, in hectares: a fire's "34,000 hectares" and "about 340 square kilometres" are one
#: measure, as are "1,200 acres" and "12 sq km".
_AREA = {"hectare": 1.0, "ha": 1.0, "acre": 0.40468564224,
         "square kilometre": 100.0, "square kilometer": 100.0, "sq km": 100.0,
         "km²": 100.0, "km2": 100.0, "square mile": 258.998811, "sq mi": 258.998811,
         "square metre": 1e-4, "square meter": 1e-4, "sq m": 1e-4, "m²": 1e-4}

#: Volumes, in litres: "52 million litres a day" and "44 megalitres a day" (or "44 Ml/d")
#: are one measure, converted when figures are compared.
_VOLUME = {"litre": 1.0, "liter": 1.0, "megalitre": 1e6, "megaliter": 1e6,
           "gigalitre": 1e9, "gigaliter": 1e9, "kilolitre": 1e3, "kiloliter": 1e3,
           "millilitre": 1e-3, "milliliter": 1e-3, "centilitre": 1e-2, "centiliter": 1e-2,
           "cubic metre": 1e3, "cubic meter": 1e3}  # (no gallon: a US one is no UK one)
#: Tonnes with a metric prefix, read as tonnes scaled ("3 gigatonnes" is 3 billion tonnes,
#: "1.9 billion tonnes" a figure of the same measure; a symbol, "40 Mt", stays as written).
PREFIXED_TONNES = {"gigatonne": 1e9, "gigaton": 1e9, "megatonne": 1e6, "megaton": 1e6,
                   "kilotonne": 1e3, "kiloton": 1e3}

#: Words after a figure that are not what it counts.
#: Verbs in the present whose subject is a number of people ("nearly 2,000 cross daily",
#: "1,000 arrive each week"): never what a count counts, and what makes a bare count one
#: of people (extract's figures read them so).
PEOPLE_PRESENT_VERBS = ("cross", "crosses", "arrive", "arrives", "enter", "enters", "flee",
                        "flees", "migrate", "migrates", "attend", "attends", "move", "come",
                        "comes")
_STOP = {"of", "with", "in", "and", "or", "were", "was", "are", "is", "had", "have", "to",
         "from", "the", "a", "an", "that", "who", "which", "for", "on", "at", "by", "as",
         "than", "per", "out", "ago", "later", "earlier", "before", "after", "but", "has",
         "will", "would", "it", "he", "she", "they", "we", "p", "am", "pm", "a.m", "p.m",
         "times", "th", "st", "nd", "rd", "more", "less", "fewer", "each", "this", "these",
         "those", "there", "into", "over", "under", "between", "so", "if", "when", "while",
         "because", "not", "no", "be", "been", "being", "can", "could", "may", "might",
         "should", "must", "did", "do", "does", "said", "says", "say", "told", "percent",
         # adverbs, not what is counted: "closer to 7.5 million once patients ... are"
         "once", "again", "still", "now", "then", "alone", "apiece", "altogether", "already",
         "also", "too", "even", "apart",
         # determiners, never a unit: "we'd take four hundred thousand any day" (not
         # "all" or "some": "3,000 all told", "40 some nights" still count something)
         "any", "every", "either", "neither",
         # verbs and times after a count, never what it counts: "250,000 took part",
         # "18,400 last year"
         "took", "came", "went", "left", "fled", "made", "gave", "got", "saw", "ran",
         "became", "began", "grew", "fell", "rose", "kept", "held", "stood", "last", "next",
         # the irregular past tense of English (a general lexicon, less the forms that are
         # also a unit or a counted noun, "bit", "won", "ground", and the participles that
         # stand before a counted noun as adjectives, "lost jobs", "paid staff", "spent
         # fuel", "sold tickets", "built homes"): "4,000 struck", "about 300 fought"
         "struck", "fought", "swam", "sang", "drove", "quit", "spoke", "froze", "bought",
         "brought", "caught", "taught", "thought", "sought", "sent",
         "met", "sat", "slept", "stuck", "shut", "woke", "wore", "wrote",
         "chose", "drew", "flew", "threw", "hid", "sank", "shrank", "rang", "stole", "swore",
         "tore", "wept", "dug", "hung", "knelt", "lent", "shook", "slid", "stung", "strode",
         "sprang", "swept", "swung", "fed", "led", "bled", "forgot", "forgave", "withdrew",
         # verbs in the present whose subject is people: "nearly 2,000 cross daily",
         # "1,000 arrive each week"
         *PEOPLE_PRESENT_VERBS, "die", "dies", "leave", "go", "goes",
         "yesterday", "today", "tonight",
         # verbs in the third person a figure is the subject of ("Their 1,200 million
         # includes feed"), never what it counts
         "includes", "excludes", "covers", "represents", "reflects", "assumes", "equals",
         "remains", "seems", "becomes", "exceeds", "compares", "refers", "contains",
         "rests", "relies", "depends", "derives", "appears", "implies", "ignores",
         "overstates", "understates", "follows", "omits",
         # "2.7 million short of the claim": how far from it, no unit
         "short", "shy",
         # prepositions of comparison: "30,100 against your 18,000", "12 versus 9"
         "against", "versus", "vs", "like", "beside", "besides", "compared", "above",
         "below", "behind", "ahead", "around", "about", "among", "within", "without",
         "across", "through", "during", "since", "until", "toward", "towards"}
#: The figure named as a figure ("The 500 figure had been criticised", "our 85,000
#: estimate"): after a determiner or a possessive and the number, a number that counts
#: what the figure it names counts; elsewhere a counted noun ("45,000 claims were made").
_FIGURE_WORDS = frozenset({"figure", "estimate", "claim", "tally"})
_NAMED_FIGURE_RE = re.compile(
    r"(?:\b(?:the|our|its|their|his|her|my|your|this|that|whose)|[^\W\d_]+['’]s)[ \u00a0]+"
    # (a hedge between: "Senator Calloway's nearly 31,000 figure")
    r"(?:(?:" + "|".join(map(re.escape, (*_APPROX, *_AT_LEAST, *_AT_MOST))) + r")[ \u00a0]+)?"
    r"\S*\d[\d.,]*(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+$", re.IGNORECASE)
#: A counted noun may carry one of these before it: "20 cadaveric sides", "3 new cases".
_ADJ = {"remaining", "more", "other", "new", "additional", "different", "separate",
        "consecutive", "adult", "healthy", "young", "older", "severe", "total", "former",
        "current", "eligible", "registered", "likely", "undecided", "independent",
        "cadaveric", "chronic", "elderly", "pregnant", "male", "female", "american"}
#: Adjectives that end in "s" as plurals do: "40 serious injuries", "12 dangerous
#: crossings", "9 homeless families" (the noun after them is what is counted).
_ADJ_ENDS_S = ("ous", "ss")
#: Nouns of people or things a study is made of: a count of them after a study verb is a
#: sample size, not an estimate.
_SAMPLE_VERB_RE = re.compile(
    r"\b(?:includ\w*|enroll?\w*|recruit\w*|involv\w*|stud(?:y|ied|ying)|survey\w*|examin(?!er)\w*|"
    r"followed|sample|cohort|trial|dissect\w*|analy[sz]\w*|interview\w*|polled|assess\w*|"
    r"screen\w*|tested|treated|randomi[sz]\w*|data\s+(?:on|from)|among)\b[^.;:!?]{0,60}$",
    re.I)
#: Who a school's enrollment counts.
_SCHOOL_NOUNS = frozenset("pupil student child children kid learner".split())
_SAMPLE_NOUNS = {"patient", "participant", "people", "person", "subject", "adult", "child",
                 "children", "women", "woman", "men", "man", "respondent", "volunteer",
                 "cadaver", "side", "individual", "case", "household", "student", "infant",
                 "baby", "babies", "mother", "resident", "voter", "worker", "specimen",
                 "nerve", "branch", "limb", "eye", "knee", "hip", "mouse", "mice", "rat",
                 "animal", "school", "hospital", "clinic", "country", "practice", "doctor",
                 "nurse", "physician", "surgeon", "smoker", "user", "employee", "veteran",
                 # the people a cohort study follows, by what they do or are
                 "runner", "athlete", "player", "swimmer", "cyclist", "pupil", "teenager",
                 "adolescent", "girl", "boy", "newborn", "twin", "pensioner", "retiree",
                 "drinker", "gambler", "sufferer", "survivor", "carer", "caregiver"}

_SP = r"[ \u00a0]"
#: Symbols of units of measure ("1,800 MW", "12 km", "34,000ha", "40 ppm"): the SI prefixes
#: with their units and the common others, as symbols are written after a number.
UNIT_SYMBOLS = (r"(?:km/h|m/s|[kMGT](?:W|Wh|Hz|V|J|t)|[kmcµ]m|[mµk]g|[mc]l|[kMG][lL]|mL|ha|"
                r"mph|kph|ppm|ppb|dB|bps|[kMG]bps|m²|km²|m³|°[CF]|(?<=\d)C|MWe|GWe|sq{_SP}?km|t)"
                ).replace("{_SP}", _SP)
#: What follows a symbol that is no unit but a word modifying a plural noun: "30 ML
#: engineers", "200 ML researchers" (machine learning). A unit's own figure is followed by
#: punctuation, a preposition or a verb ("12 ML, the utility said", "12 ML a day").
SYMBOL_BEFORE_NOUN = r"\.?[ \u00a0]+[a-z]{3,}s\b"
#: What follows a symbol that is no unit: a name it begins ("12 Mt Everest climbs", "3 MW
#: Solar Farms") or a plural noun it modifies (:data:`SYMBOL_BEFORE_NOUN`). (A full stop
#: and a capital is a sentence's end: "The works lost 12 ML. The utility said so.")
SYMBOL_NO_UNIT = rf"(?:[ \u00a0]+[A-Z]|{SYMBOL_BEFORE_NOUN})"

#: A unit's symbol right after a range ("16 to 19 km/h", "40-45 dB"), read whole: the
#: word reader would stop at "km" of "km/h" (a length, a million times off).
_SYMBOL_AFTER_RE = re.compile(rf"{_SP}?({UNIT_SYMBOLS})(?![\w’'/])(?!{SYMBOL_NO_UNIT})")
#: The word each symbol of :data:`UNIT_SYMBOLS` stands for, case and all ("Ml" and "ML" are
#: megalitres, "ml" and "mL" millilitres), so that "540 Ml/d" and "420 megalitres a day"
#: are figures of one quantity, as a text that writes both means them.
SYMBOL_NAMES = {
    "ml": "millilitres", "mL": "millilitres", "cl": "centilitres", "kl": "kilolitres",
    "kL": "kilolitres", "Ml": "megalitres", "ML": "megalitres", "Gl": "gigalitres",
    "GL": "gigalitres", "kW": "kilowatts", "MW": "megawatts", "GW": "gigawatts",
    "TW": "terawatts", "kWh": "kilowatt hours", "MWh": "megawatt hours",
    "GWh": "gigawatt hours", "TWh": "terawatt hours", "kt": "kilotonnes", "Mt": "megatonnes",
    "Gt": "gigatonnes", "kg": "kilograms", "mg": "milligrams", "µg": "micrograms",
    # ("40,000t" and "40,000 tonnes", "65 dB" and "65 decibels", "1.5°C" and "1.5 degrees"
    # are figures of one measure)
    # ("45.9C", glued, is how British and Australian papers write degrees Celsius)
    "t": "tonnes", "dB": "decibels", "°C": "degrees", "C": "degrees",
    "km/h": "kilometres per hour",
    "kph": "kilometres per hour", "m/s": "metres per second",
}
#: A scale word right after a figure ("2,4-billion", "3bn"): what makes "2,4" a decimal comma.
_SCALE_AHEAD = (rf"(?=(?:-|{_SP})?(?i:thousand|million|billion|trillion|bn|mn|m|tn)"
                r"(?![^\W\d_]))")
#: Digits as written: "1,234,567.8", "12.5", ".5", and the decimal comma of South African
#: and European writing before a scale word ("R2,4-billion", "€1,2 billion").
#: And the lakh grouping of South Asian writing ("2,80,346").
#: (The readings with a comma are tried only where a comma follows the first digits.)
_DIGITS = (r"(?=\d{1,3},\d)(?:\d{1,3}(?:,\d{3})++(?:\.\d+)?(?!\d|,\d)"
           r"|\d{1,2}(?:,\d\d){1,5},\d{3}(?!\d|,\d)"  # (bounded: "1,2" * 30000 is linear)
           rf"|\d{{1,3}},\d{{1,2}}{_SCALE_AHEAD}"
           r"|\d{1,3}(?:,\d{3})++(?:\.\d+)?)"
           # a space between thousands, as French, Nordic and SI writing has it ("5 000",
           # "12\u202f500"); only groups of three after one to three digits
           r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})++(?![\d,.]\d|\d)"
           r"|\d+(?:\.\d+)?|\.\d+")
# (The groups are possessive, "++": a run of 3,000 of them is read once, not given back a
# group at a time for every pattern after it to try again, quadratic.)
_WORDNUM = "|".join(sorted((w.replace(" ", _SP) for w in WORDS if w != "one"), key=len,
                           reverse=True))
_UNITWORD = "one|two|three|four|five|six|seven|eight|nine|a"
#: "eighteen hundred", "twelve hundred": hundreds counted past nine, as English says them.
_TEENWORD = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENSWORD = "|".join(sorted((w for w in WORDS if " " not in w and 1 <= WORDS[w] < 100),
                            key=len, reverse=True))
#: "three hundred and forty", "two hundred", "a hundred and fifty": a number written out in
#: words as English writes any number below a thousand (a scale word may follow).
_COMPOUND = (rf"(?:{_UNITWORD}|{_TEENWORD}){_SP}+hundred(?:{_SP}+(?:and{_SP}+)?(?:{_TENSWORD}))?"
             rf"(?![\w-])")
#: After "thousand" in words, the rest of the number: "two thousand four hundred", "three
#: thousand and fifty" (one number, never a thousand and then a stray count).
_THOUSAND_REST = (rf"(?<=[Tt]housand){_SP}+(?=[A-Za-z])(?i:{_COMPOUND}|and{_SP}+(?:{_TENSWORD})"
                  rf"(?![\w-]))")  # (never "ten thousand three hours before": two numbers)
#: "four and a half" (lakh, million, years): a whole number and a half. (Words are tried
#: only where a letter starts the number: most figures are digits.)
_AND_HALF = rf"{_SP}+and{_SP}+a{_SP}+half(?![\w-])"
#: "half a", "a quarter of a", "three-quarters of a" before a scale word: "half a trillion
#: won", "a quarter of a million people", "three quarters of a billion dollars".
_FRAC_OF_SCALE = (r"(?:" + "|".join(w.replace(" ", "[ \u00a0-]") for w in sorted(
    _SHARE_WORDS, key=len, reverse=True)) + rf"){_SP}+(?:of{_SP}+)?an?"
    rf"(?={_SP}+(?i:dozen|thousand|million|billion|trillion)(?![\w-]))")
#: "one" before a scale word is a number of its own ("more than one million new trees",
#: "Doyle's one-million figure"); alone it is no figure (:data:`WORDS`), nor in a name
#: written with capitals ("the One Million Trees Project").
_ONE_SCALED = r"(?-i:[Oo]ne(?=[ \u00a0-](?:thousand|million|billion|trillion)(?![\w-])))"
#: "fourteen point two" (million), "one point five" (per cent): a decimal said in words,
#: as speech and transcripts write it; only before a scale word or "per cent", where it can
#: be nothing else.
#: (the digits after "point" by their words: WORDS', and "oh" as speech says zero)
_DIGIT_VALUES = {**{w: WORDS[w] for w in "zero one two three four five six seven eight "
                    "nine".split()}, "oh": 0}
_DIGIT_WORD = "|".join(_DIGIT_VALUES)
_POINT_WORDS = (rf"(?:{_TENSWORD}){_SP}+point(?:{_SP}+(?:{_DIGIT_WORD})){{1,3}}"
                rf"(?={_SP}+(?:thousand|million|billion|trillion|per{_SP}?cent|percent)"
                rf"(?![\w-]))")
_NUM = (rf"(?:\d+{_AND_HALF}|{_DIGITS}"
        rf"|(?=[A-Za-z])(?i:{_FRAC_OF_SCALE}|{_POINT_WORDS}|(?:{_TENSWORD}){_AND_HALF}|"
        rf"{_COMPOUND}|{_WORDNUM}|{_ONE_SCALED}))")
#: Times and events a count is spread over: "one game in five", "one death in three
#: days" are rates, not shares (a regular expression's alternatives).
_ONE_IN_TIMES = "day|week|month|year|hour|minute|night|weekend|season|game|match|race|round"
_NUM1 = (rf"(?:\d+{_AND_HALF}|{_DIGITS}"
         rf"|(?=[A-Za-z])(?i:{_FRAC_OF_SCALE}|{_POINT_WORDS}|(?:{_TENSWORD}){_AND_HALF}|"
         rf"{_COMPOUND}|{_WORDNUM}|one))")
#: "1.9 million", "3bn", "40k": spaced words, or a suffix right after the digits.
#: ("four thousand crore", "1.5 lakh crore": a scale of a scale, as Indian writing
#: gives sums of a thousand crore and more; the value is the product.)
_SCALE = (rf"(?:(?:{_SP}*|-)(?i:(?:thousand|lakhs?|lacs?)(?:{_SP}+crores?)?|million|billion|"
          rf"trillion|crores?)"
          # "two dozen people", "3 dozen eggs": a dozen times (never "dozens of")
          # ("a dozen" is one word number; "half a dozen" half of the scale, six)
          rf"|(?:(?<![Aa])|(?<=[Hh]alf[ \u00a0-][Aa])){_SP}+dozen(?!s)"
          rf"|(?<=\d)(?:bn|tn|k)|{_SP}(?:bn|tn|mln|bln|bil\.?))(?![\w])")
#: A currency sign: "$", "€", "£", "¥", "₹", or rupees as "Rs", "Rs." or "INR" before a number.
#: The one-character signs (the lookbehinds of years and counts exclude them too) and
#: rupees written as a word.
_SIGNS = "".join(k for k in CURRENCY_SIGNS if len(k) == 1 and not k.isalnum())
_RUPEE_WORD = r"(?<![A-Za-z])(?:Rs\.?|INR)"
#: Codes and abbreviations written before a sum ("USD 5m", "US$1.2 billion", "KSh 3bn"):
#: the cased words of the currency lexicon, longest first.
_CUR_PREFIXES = sorted((w for ws in _CURRENCIES.values() for w in ws
                        if w != w.lower() and " " not in w and w not in ("Br",)),
                       key=len, reverse=True)
#: Currencies the press of their country writes as one capital letter glued to the sum:
#: "R2.4bn" (rand), "P412 million", "P650M" (Philippine and Botswanan papers: pesos,
#: pula), "N5bn" (Nigerian papers: naira). The letter is a currency only where a sum
#: follows it, glued: a scale ("R870 million", "R2,4-billion"), thousands ("P38,000") or
#: cents ("R5.50"); "R101" is a road, "P45" a form, "N2" a route.
GLUED_LETTER_SIGNS = {"R": "R", "P": "₱", "N": "₦"}
_RAND = (rf"(?<![^\W\d_])[{''.join(GLUED_LETTER_SIGNS)}]"
         rf"(?=\d+(?:[.,]\d{{1,2}})?{_SCALE_AHEAD}|\d{{1,3}}(?:,\d{{3}})+(?!\d)"
         r"|\d+\.\d\d(?!\d))")
#: A sum as a sum is written (a scale, thousands or cents): what a code that is also a word
#: or another acronym needs after it to be money ("PHP 8.2" is a language, "CNY 2025" a
#: holiday, "SAR 2 teams" a rescue; "PHP 7.50", "SAR 12,000", "AED 3m" are money).
_SUM_AHEAD = (rf"(?:\d+(?:[.,]\d{{1,2}})?{_SCALE_AHEAD}|\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
              r"|\d+\.\d\d(?!\d))")
#: Codes no one writes for anything but money: a plain number after them is a sum ("USD 500").
PLAIN_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "INR", "ZAR", "KES", "NGN", "AUD", "CAD",
               "NZD", "HKD", "SGD", "BRL", "MXN", "IDR", "KSh", "Ksh", "Kshs")
_CODES_PLAIN = [w for w in _CUR_PREFIXES if w in PLAIN_CODES or not w.isalpha()]
_CODES_SUM = [w for w in _CUR_PREFIXES if w not in _CODES_PLAIN]
_CUR_WORD = (rf"(?:(?=[A-Z])(?<![^\W\d_])"
             rf"(?:(?:{'|'.join(map(re.escape, _CODES_PLAIN))})(?={_SP}?\d)"
             rf"|(?:{'|'.join(map(re.escape, _CODES_SUM))})(?={_SP}?{_SUM_AHEAD}))"
             rf"|{_RAND})")
_CUR = rf"(?:{_CUR_WORD}{_SP}?|[{_SIGNS}](?:{_SP}(?=\d))?|{_RUPEE_WORD}(?={_SP}?\d){_SP}?)"
#: A currency written after its sum: "2.4 billion rand", "1.2 billion euros", "5m USD",
#: "12 €"; names in any case, codes in capitals.
_CUR_NAMES = sorted((w for ws in _CURRENCIES.values() for w in ws
                     if w == w.lower() or " " in w), key=len, reverse=True)
_CUR_CODES = sorted(w for ws in _CURRENCIES.values() for w in ws
                    if len(w) == 3 and w.isalpha() and w.isupper())
#: (re.escape writes a space as "\\ ": each becomes a space or a non-breaking one)
_CUR_NAMES_RE = "|".join(re.escape(w).replace("\\ ", _SP) for w in _CUR_NAMES)
#: Currency names that are everyday words too ("Labour won 40 seats", "300 soles landed",
#: "40 drams of whisky", "real estate"), money only after a scale word ("400bn won",
#: "2 billion lei"), each with its sign: read only there, and by :func:`currency`.
_SCALED_CURRENCIES = {"pounds": "£", "won": "₩", "real": "R$", "reals": "R$", "soles": "PEN",
                      "lei": "RON", "kip": "₭", "drams": "֏"}
_SCALED_NAMES_RE = "|".join(sorted(_SCALED_CURRENCIES, key=len, reverse=True))
_CUR_AFTER = (rf"(?:{_SP}+(?:(?i:{_CUR_NAMES_RE})"
              rf"|{'|'.join(_CUR_CODES)})|{_SP}?€)(?![^\W\d_])"
              # names that are money only after a scale word: "1.2 billion pounds" is a
              # sum, "500 pounds of beef" a weight, "2 billion real estate assets" and "a
              # 3 billion real-terms cut" no money
              rf"|(?:(?<=illion)|(?<=\dbn)|(?<=\dtn)){_SP}+(?i:{_SCALED_NAMES_RE})"
              rf"(?!{_SP}+(?:of|estate|terms)\b|-)(?![^\W\d_])")
_MSCALE = rf"(?:{_SCALE}|(?<=\d)(?:m|mn|b|M|B|Bn|BN)(?![\w]))"
_PCT = (rf"(?:%|(?:{_SP}?|-)(?i:percent(?:age{_SP}+points?)?|per(?:{_SP}|-)cent|pct)\b"
        # ("an 80-per-cent jump", "a 12-percent rise": the compound adjective's per cent)
        # "rose 2.5pc": British papers' short form, glued and in lower case ("2 PCs" are
        # computers, "PC Smith" a constable)
        r"|(?<=\d)pc\b)")
_APPROX_RE = (
    rf"(?:(?i:about|approximately|around|roughly|nearly|almost|some|over|under|more{_SP}+than|"
    rf"less{_SP}+than|fewer{_SP}+than|at{_SP}+least|up{_SP}+to|only|just|an{_SP}+estimated|"
    rf"close{_SP}+to){_SP}+)"
)
#: ... and, before a fraction in words only, "closer to a third", "nearer a quarter" (a
#: figure in digits after them keeps its own start: "the difference is closer to 7,500 litres").
_FRAC_APPROX_RE = rf"(?:{_APPROX_RE}|(?i:closer{_SP}+to|nearer(?:{_SP}+to)?){_SP}+)"
_TIME_UNITS = (r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
               r"centuries|century)")
#: The months as the press writes them, in full and cut short ("Sept. 19", "Jan 5"): the
#: one list for the parser's dates and extract's (studies' "its Sept. 19 report", a
#: draft's dates, the names a month is never part of).
MONTH_NAMES = tuple("January February March April May June July August September October "
                    "November December".split())
MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: A month's name or its abbreviation as a word ("March", "Sept"): one set for every
#: reader of them.
MONTH_WORDS = frozenset((*MONTH_NAMES, *MONTH_ABBREVIATIONS))
#: The days of the week, and as a regex alternation: one list for every reader of dates.
WEEKDAY_NAMES = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
WEEKDAYS_RE = "|".join(WEEKDAY_NAMES)
#: Either, as a regex alternation (longest first).
MONTHS_RE = "|".join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
#: The short forms alone, as a regex alternation (longest first).
MONTH_ABBREVIATIONS_RE = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_MONTHS = rf"(?:{MONTHS_RE})\.?"
_YEAR = r"(?:1[5-9]|20)\d\d"

#: "three-quarters", "three quarters", "a fifth": the fraction words, longest first.
_FRACWORDS = "|".join(w.replace(" ", "[ \u00a0-]") for w in
                      sorted(_SHARE_WORDS, key=len, reverse=True))
#: Where a fraction word can start a figure (the digits and number words are the others).
#: "two-thirds", "three-quarters" (a numerator word of two or more and a plural
#: denominator): a share even with nothing after it ("put the rate at about two-thirds."),
#: which "a third" or "half" alone are not ("came third.", "cut in half.").
_PLURAL_FRACWORDS = "|".join(w.replace(" ", "[ \u00a0-]") for w in
                             sorted(_SHARE_WORDS, key=len, reverse=True)
                             if w.split()[0] not in ("a", "an", "one", "half"))
_FRAC_END = rf"(?=[”\"’']?(?:[.,;:)!?]|{_SP}*$))"
#: A speaker's hedges before a fraction word: "by maybe a quarter", "perhaps a third".
_SPEAKER_HEDGES = ("maybe", "perhaps", "probably", "possibly")
#: "rose by nearly a tenth", "cut by a third": after "by", a fraction word is the size of a
#: change, a share whatever follows it (fixed-width look-behinds, one per lead word).
_BY_FRAC = "".join(f"|(?<=\\bby {w})" for w in (
    "nearly ", "almost ", "about ", "around ", "roughly ", "some ", "over ", "more than ",
    "less than ", "just ", "only ", "close to ", *(f"{w} " for w in _SPEAKER_HEDGES)))
_BY_FRAC_RE = rf"(?:(?<=\bby ){_BY_FRAC})"
#: A speaker's hedge between "by" and a fraction word: "cut it by maybe a quarter".
#: (its spaces in brackets: the figure pattern is verbose)
_BY_HEDGE = "".join(f"|(?<=\\b[Bb]y[ ]{w}[ ])" for w in _SPEAKER_HEDGES)
#: "says more than half.", "put it at nearly a third.": after a bound or a hedge, a
#: fraction word at a clause's end is a share too ("cut in half." is none).
_LEAD_FRAC_WORDS = ("more than", "less than", "nearly", "almost", "about", "around",
                    "roughly", "over", "under", "just over", "just under", "well over",
                    "only", "at least", "close to", "closer to", "nearer", "nearer to",
                    # "I'd say maybe a quarter.": a speaker's hedge
                    *_SPEAKER_HEDGES)
_LEAD_FRAC_RE = "(?:" + "|".join(f"(?<=\\b{w} )" for w in _LEAD_FRAC_WORDS) + ")"
#: Verbs that say what a hedged fraction before them is ("around a third is the
#: defensible number"), and the look-ahead for one: such a fraction may be a share.
_COPULAS = ("is", "was", "seems", "sounds", "looks")
_COPULA_NEXT = rf"(?={_SP}+(?:{'|'.join(_COPULAS)}){_SP})"
_FRACWORD_RE = re.compile(rf"\b(?:(?:{_FRACWORDS})(?={_SP}+(?:of|the)\b)|"
                          rf"(?:{_PLURAL_FRACWORDS}){_FRAC_END}|"
                          rf"{_LEAD_FRAC_RE}(?:{_FRACWORDS})(?:{_FRAC_END}|{_COPULA_NEXT})|"
                          rf"{_BY_FRAC_RE}(?:{_FRACWORDS})\b)", re.I)

#: A rate per a round base, as health and crime statistics are written worldwide: "180
#: per 100,000", "12 deaths per 1,000 live births", "a rate of 180 for every 100,000".
_PER = rf"(?:per|for{_SP}+every|in{_SP}+every|for{_SP}+each){_SP}+"
_PER_BASE = (rf"(?:1(?:,|{_SP})?000(?:(?:,|{_SP})?000)?|10(?:,|{_SP})?000|100(?:,|{_SP})?000"
             rf"|(?i:(?:a|one){_SP}+(?:thousand|million|hundred{_SP}+thousand)))(?!\d|,\d)")

#: What a rate's counted noun is of, between it and its base: "46.3 victims of intentional
#: homicide per 100,000", "12 deaths from malaria per 1,000" (up to two words).
_RATE_OF = rf"(?:{_SP}+(?:of|from|in|by){_SP}+(?:[a-z]+{_SP}+)?[a-z]+)?"

#: "between 2.3m and 2.35m tonnes": "m" a million in a range of counted things, as in a
#: count ("2.35m tonnes"), never "between 2m and 3m high" (metres).
_M_RANGE2 = rf"(?<=\d)(?:m|mn)(?={_SP}+[a-z]{{3,}}s\b)"
_M_RANGE1 = (rf"(?<=\d)(?:m|mn)(?={_SP}*(?:and|to|[-–—]){_SP}*[\d.,]+(?:m|mn){_SP}+"
             rf"[a-z]{{3,}}s\b)")

#: Words that bring a value nearer, as a hedge does: "closer to a year", "nearer 40
#: weeks", "the true shortfall was nearer £1.4m" (one spelling for every reader of them).
NEARER = rf"(?:closer{_SP}+to|nearer(?:{_SP}+to)?)"
_NEARER_BEFORE_RE = re.compile(rf"\b{NEARER}{_SP}*$", re.I)
#: "every one of", "each one of": the whole a ratio's "one of" would read as a part of.
_EVERY_ONE_RE = re.compile(r"(?i)\b(?:every|each|any|no|not)[ \u00a0]+one[ \u00a0]+of\b")
#: A hedge or bound before "an hour", "a year" that makes it a length of time someone
#: gives: "more than an hour", "nearly a year", "about half an hour" (never "over a year",
#: "just a minute", "some days": a span, not a figure).
_ART_DUR_HEDGE = (rf"(?:(?i:more{_SP}+than|less{_SP}+than|nearly|almost|about|around|roughly|"
                  rf"at{_SP}+least|up{_SP}+to|close{_SP}+to|{NEARER}|"
                  rf"well{_SP}+over|well{_SP}+under|"
                  rf"barely|under){_SP}+)")
#: The nouns of a figure a length of time joined by a hyphen may stand before: "the
#: 8.5-minute estimate", "a 20-minute gap" (never "a 15-minute walk", "a 90-minute match",
#: nor a period's "the 12-month rise", "the 10-year average").
_FIGURE_NOUNS = r"(?i:estimates?|figures?|gap|difference|loss|shortfall|deficit)"
#: Where such a figure can start: its "an"/"a" (the hedge before it is read back from it).
_ART_DUR_RE = re.compile(r"(?i)\b(?:half[ \u00a0]+)?an?[ \u00a0]+(?:hour|minute|day|week|"
                         r"fortnight|month|year|decade)\b")

#: One pattern for every figure, alternatives ordered so the longest reading wins
#: ("between 1.9 million and 3 million" is one range, not two counts; "113 of 834" one
#: ratio; "1 in 45" one ratio). Compiled when first matched (:func:`.lazy.lazy_compile`):
#: 0.12 s, and only `extract` matches it, never `render`, `check` or `contested`.
#: A year's four digits: 1800 to 2099.
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
_FIGURE_PATTERN = rf"""
    (?:
    (?P<period>(?i:from|between){_SP}+(?P<y1>{_YEAR}){_SP}*(?:to|until|through|and|[-–]){_SP}*
        (?P<y2>{_YEAR})\b(?![,.]?\d|{_SP}*(?:%|percent)))
  | (?P<prate>(?P<pra>{_APPROX_RE})?(?:(?i:between|from){_SP}+)(?P<pr1>{_DIGITS}){_SP}*
        (?:and|to|[-–—]){_SP}*(?P<pr2>{_DIGITS})(?:{_SP}+(?P<pru>[a-z]+){_RATE_OF})?{_SP}+{_PER}
        (?P<prd>{_PER_BASE}))
  | (?P<rate>(?<![\d,.])(?P<rta>{_APPROX_RE})?(?P<rt1>{_DIGITS})
        (?:{_SP}+(?:[a-z]+{_SP}+)?(?P<rtu>[a-z]+){_RATE_OF})?  # ("412 domestic burglaries per")
        {_SP}+{_PER}(?P<rtd>{_PER_BASE}))
  | (?P<range>(?P<ra>{_APPROX_RE})?(?:(?i:between|from){_SP}+)
        (?P<rc1>{_CUR})?(?P<r1>{_NUM})(?P<rs1>(?(rc1){_MSCALE}|(?:{_SCALE}|{_M_RANGE1})))?
        (?P<rp1>{_PCT})?
        (?P<rc1a>(?:{_CUR_AFTER}))?
        {_SP}*(?:and|to|[-–—]){_SP}*
        (?(rp1)(?!{_CUR}))(?P<rc2>{_CUR})?(?P<r2>{_NUM})
        (?P<rs2>(?(rc2){_MSCALE}|(?(rc1){_MSCALE}|(?:{_SCALE}|{_M_RANGE2}))))?(?P<rp2>{_PCT})?)
  | (?P<drange>(?P<da0>{_APPROX_RE})?(?P<dc1>{_CUR})?(?P<d1a>{_DIGITS})
        (?P<ds1>(?(dc1){_MSCALE}|{_SCALE}))?
        (?P<dp1>{_PCT})?{_SP}*(?:[-–—]|{_SP}to{_SP}){_SP}*
        # ("dropped 11% to €4.2bn": a share, then a sum; no range of either)
        (?(dp1)(?!{_CUR}))(?P<dc2>{_CUR})?(?P<d2a>{_DIGITS})
        (?P<ds2>(?(dc2){_MSCALE}|(?(dc1){_MSCALE}|{_SCALE})))?(?P<dp2>{_PCT})?
        (?=(?P<dunit>{_SP}+[a-z]))?)
  | (?P<ratio>(?<![\d,.])(?P<q1>{_NUM1}){_SP}+(?:(?i:out){_SP}+)?of{_SP}+(?:the{_SP}+|all{_SP}+)?
        (?:(?P<q2>{_DIGITS})(?![\d,]|{_SP}*(?:%|percent))|(?P<qthem>them|those|these)\b
          # "two out of three voters": words, after "out of" only
          |(?<=out{_SP}of{_SP})(?P<q2w>(?i:{_WORDNUM}))\b))
  | (?P<onein>(?<![\d,.])
        # ("scored 12 goals in 20": a tally of a plural noun in digits is no share)
        (?!(?:[2-9]|[1-9]\d{{1,2}})(?![\d,.]){_SP}+[a-z]{{2,}}s{_SP}+in\b)
        (?P<o1>\d{{1,3}}(?![\d,.])|(?i:{_WORDNUM}|one))
        # "one teacher in two", "three voters in ten": the counted noun between (then
        # nothing counted after a plural: "3 goals in 4 games"; "one child in three lives"
        # is a share, a verb after it); times and events spread over are no share ("won
        # one game in five", "one death in three days")
        (?:{_SP}+(?P<on>(?!(?:in|of|out|and|or|to|the|a|an|per|by|{_ONE_IN_TIMES})s?\b)
          [a-z]{{2,}}?(?P<onp>s)?(?={_SP}+(?:in|for{_SP}+every)\b)))?
        # ("one stillbirth for every 180 births": a share too, one of every so many)
        (?:{_SP}+in{_SP}+(?:every{_SP}+)?|-in-|(?(on){_SP}+for{_SP}+every{_SP}+|(?!)))
        (?P<o2>(?!{_YEAR}\b)(?:{_DIGITS})|(?i:{_WORDNUM}))\b
        (?![,.]\d)(?(onp)(?!{_SP}+[a-z]{{3,}}s\b))
        (?(on)(?!-|{_SP}+(?:{_ONE_IN_TIMES})s?\b)))
  | (?P<slash>(?<![\d/])(?P<s1>\d+){_SP}*/{_SP}*(?P<s2>\d+)(?![\d/]))
  | (?P<frac>(?P<fa>{_APPROX_RE})?(?P<fw>(?i:{_PLURAL_FRACWORDS})){_FRAC_END}
      | (?P<fa2>{_APPROX_RE})?(?P<fw2>(?i:{_FRACWORDS}))(?={_SP}+(?:of|the)\b)
        (?!{_SP}+(?:of{_SP}+)?(?:an?{_SP}+|the{_SP}+)?(?i:century|hour|mile|minute|second|day|week|
        month|year|way|point|percentage|time|battle|story|problem)\b)
        # ("half a million" is a count; "half of the million residents" a share of them)
        (?!{_SP}+(?:of{_SP}+)?(?:an?{_SP}+)?(?i:thousand|million|billion|trillion)\b)
        (?!{_SP}+(?:of{_SP}+)?(?:(?:the|its|their|his|her|[A-Z][\w.-]*[’']s){_SP}+)?
        (?:[a-z]+(?:[’']s)?{_SP}+)?(?:claim|figure|estimate|number|total|amount|forecast|target|
        count|tally)s?\b)
      | (?:(?<=\b[Bb]y{_SP}){_BY_HEDGE})(?P<fa3>{_APPROX_RE})?(?P<fw3>(?i:{_FRACWORDS}))\b
      | (?P<fa4>{_FRAC_APPROX_RE})(?P<fw4>(?i:{_FRACWORDS}))(?:{_FRAC_END}|{_COPULA_NEXT}))
  | (?P<pct>(?P<ap>{_APPROX_RE})?(?P<p1>{_NUM1}){_PCT}(?!\w))
  | (?P<money>(?P<ma>{_APPROX_RE})?(?P<mc>{_CUR})(?P<m1>{_DIGITS})(?P<ms>{_MSCALE})?)
  | (?P<money2>(?P<ma2>{_APPROX_RE})?(?<![\w.,{_SIGNS}-])(?P<m2>{_NUM})(?P<ms2>{_MSCALE})?
        (?P<mc2>{_CUR_AFTER}))
  | (?P<adur>(?P<adua>{_ART_DUR_HEDGE})(?P<adu1>(?i:half{_SP}+an?|an?)){_SP}+
        (?P<adu>(?i:hour|minute|day|week|fortnight|month|year|decade))\b)
  | (?P<dur>(?P<dua>{_APPROX_RE})?(?P<du1>{_NUM1})
        # (or joined to a noun of a figure: "the 8.5-minute estimate", "a 20-minute gap")
        (?:{_SP}+|-(?={_TIME_UNITS}{_SP}+(?:{_FIGURE_NOUNS})\b))(?P<du>{_TIME_UNITS})\b
        (?P<dago>{_SP}+ago)?)
  | (?P<year>(?<![\d,.{_SIGNS}]){_YEAR_DIGITS}
        (?![\d%]|,\d|\.\d|{_SP}?percent|{_SP}*(?i:bn|million)))
  | (?P<count>(?<![\w.,:{_SIGNS}-])(?P<ca>{_APPROX_RE})?(?P<c1>{_NUM})  # (not "08:10")
        (?P<cs>{_SCALE}|(?<=\d)(?:m|mn)(?={_SP}+(?:people|children|men|women|[a-z]{{3,}}s)\b))?
        (?P<cw>{_THOUSAND_REST})?
        (?:{_SP}+(?P<cu>[a-zµ][a-zµ\-]*+(?!/[hs]\b)|[A-Z][a-z]+s\b)
          # (spaced, not before a name nor a plural noun it modifies: "30 ML engineers";
          # a speed, "24 km/h", is its symbol whole)
          |(?:(?<=\d)|{_SP}(?!(?:{UNIT_SYMBOLS}){SYMBOL_NO_UNIT}))
           (?P<cg>{UNIT_SYMBOLS})
          (?![\w’']))?)
    )
    """
FIGURE_RE = lazy_compile(_FIGURE_PATTERN, re.X)
#: A year's four digits, no comma ("2025"), as :data:`FIGURE_RE`'s ``year`` reads one.
_YEAR_DIGITS_RE = lazy_compile(_YEAR_DIGITS)


def _singular_label(text: str, at: int, word: str) -> bool:
    """``word`` at ``at``, after a number, is a singular noun the number labels and the
    last word of its phrase ("2025 toll", "2026 budget."): no plural it counts (one that
    ends in "s" or is plural in itself, :data:`PLURAL_NOUNS`), no adjective before a noun
    ("2000 local residents"), no unit of measure; and no word a count may be of in the
    singular ("2000 tonne", "2000 head" of cattle)."""
    w = word.lower()
    dim, base, _size = canonical_unit(w)
    ends = re.match(r"[\w’'-]*(?:[ \u00a0]+[a-z]|-)", text[at:at + 40]) is None
    return ends and w.isalpha() and not w.endswith("s") and w not in PLURAL_NOUNS and \
        w not in _STOP and len(w) > 2 and dim == "count" and base == w and \
        w not in ("tonne", "ton", "unit", "head")

#: "m" for a million with nothing after it ("had forecast 2.45m, while ...", "2021: 4.2m",
#: "2.8m–3.5m"), as a text that writes millions so reads it: never before a length's
#: adjective ("4.2m high"). :func:`_m_is_million` says which texts write millions so.
_SCALE_M = (rf"(?:{_SCALE}|(?<=\d)(?:m|mn)(?![\w’'²/])(?!-[a-z])(?!{_SP}+(?:high|long|tall|deep|"
            rf"wide|thick|above|below|across|away|apart|under|of{_SP}+(?:rain|snow|water)|"
            rf"in{_SP}+(?:height|length|diameter|depth|width))\b)"
            # (nor before a singular noun it describes: "the 2m rule", "a 6m wall"; a
            # million's "m" stands before a plural, a verb or a phrase: "1.45m in May")
            rf"(?!{_SP}+(?!(?:in|on|at|by|for|from|to|of|and|or|but|while|whereas|than|a|an|"
            rf"the|this|that|last|next|over|under|after|before|since|per|each|every|with|"
            rf"according|year|years|so|as|into|is|was|are|were|be|been|had|has|have|will|"
            rf"would|could|may|might|more|less|fewer|up|down|pencilled|expected|forecast)\b)"
            rf"[a-z]+(?<![sd])\b))")
FIGURE_M_RE = lazy_compile(_FIGURE_PATTERN.replace(_SCALE, _SCALE_M), re.X)
#: What "day" before a plural names, counted ("More than 100 day centres", "30 day trips"):
#: never a length of time's noun ("12 hour shifts", "10 minute appointments", "18 month
#: waits", "3 year olds" are lengths or ages).
_DAY_THINGS = frozenset("centre center trip tripper visitor school nursery patient case "
                        "hospital unit service club camp".split())
#: A text that writes a glued letter as money once, in a form nothing else takes ("P13.20
#: per kilo", "R2.4bn"), or names its currency ("pesos", "rand", "naira"), writes its
#: plain sums so too: "P110 a kilo", "R45 a month", "N500". Never a road or a form named
#: with its article ("the R101", "a P45"), and only the letter the text confirms ("N95
#: masks" in a text of pesos stay masks).
_GLUED_SUM_RE = re.compile(_RAND)
_GLUED_NAMES = {"P": re.compile(r"\b(?:pesos?|pula)\b"), "R": re.compile(r"\brand\b"),
                "N": re.compile(r"\bnaira\b")}

#: What a price is per: "a kilo", "per month", "each litre" (one list for the parser's
#: prices and the draft's questions of them, :mod:`provenance.extract.figures`).
PER_THING_UNITS = frozenset("kilo kilogram kg gram litre liter tonne ton month week day year "
                            "night hour head person piece pack packet sack bag bottle loaf "
                            "dozen unit kwh kilowatt-hour ticket trip ride meal".split())
#: ... or a price per thing: "P110 a kilo", "R45 per month", "N250 per litre".
_PRICED_RE = re.compile(
    rf"(?<![^\W\d_])([{''.join(GLUED_LETTER_SIGNS)}])\d+(?:\.\d\d)?{_SP}+(?:a|an|per|each)"
    rf"{_SP}+(?i:{'|'.join(sorted(PER_THING_UNITS, key=len, reverse=True))})s?\b")


#: Where a plain glued sum ("P110", "R450") is read as one, even in a text of that currency:
#: after a word that gives a sum (a verb of paying or pricing, a preposition of value, a
#: hedge) and before no noun it names ("the R24", "R44 helicopter", "N95 masks", "P60 Pro",
#: "P1 patients", "with R0 at 1.4" are names).
_SUM_BEFORE_RE = re.compile(
    rf"(?i)\b(?:costs?|costing|paid|pays?|paying|priced?|prices|sells?|selling|sold|fees?|"
    rf"fares?|charges?|charged|charging|at|to|from|of|about|around|over|under|than|between|"
    rf"worth|spend|spends|spent|earns?|earned|earning|salary|wages?|tariffs?|just|only|"
    rf"nearly|almost|roughly|some|up{_SP}+to|as{_SP}+(?:much|little|low|high){_SP}+as|is|"
    rf"really|now|still|even|currently|already|says?|said|estimates?|estimated|puts?|"
    rf"claims?|claimed|reckons?|gives?|quotes?|quoted|cites?|cited|fetch(?:es|ing)?|"
    rf"was|were|are|be|per|for|each|by|raised|lowered|cut|rose|fell|reached|hit|"
    rf"with{_SP}+a{_SP}+(?:price|cost|fee))[ \u00a0]+(?:the[ \u00a0]+)?$")
_SUM_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*(?:[.,;:!?)/\n]|$)|[ \u00a0]+(?:a|an|per|each|for|to|and|or|in|on|at|from|"
    r"with|by|this|last|next|than|while|but|that|which|is|was|were|are|million|billion|"
    r"m|bn|lakh|crore|mark|level|figure|price|tag)\b)")


_GLUED_NUMBER_RE = re.compile(r"[A-Z]\d[\d,.]*")


def _plain_glued(text: str, m: re.Match[str], group: str, end: int,
                 sum_after: bool = True) -> bool:
    """A glued letter before a plain number ("R24", "P45") that only the text's currency
    made a sum, where its own words say it is a name: no word of a sum before it, or a
    noun after it. A sum the letter is written so for anywhere ("R2.4bn", "P13.20") stays
    one."""
    at = m.start(group)
    if at < 0 or (m.group(group) or "").strip() not in GLUED_LETTER_SIGNS or \
            _GLUED_SUM_RE.match(text, at):
        return False  # ("R$3 billion", "R2.4bn": sums however the text reads)
    num_end = _GLUED_NUMBER_RE.match(text, at, end)
    stop = num_end.end() if num_end else end
    return not (_SUM_BEFORE_RE.search(text, max(0, at - 40), at) and
                (not sum_after or _SUM_AFTER_RE.match(text, stop)))


def _glued_letters(text: str) -> str:
    """The glued letters ``text`` confirms as currencies, in order ("" for most texts)."""
    letters = {m.group(0)[0] for m in _GLUED_SUM_RE.finditer(text)}
    letters |= {k for k, name in _GLUED_NAMES.items() if name.search(text)}
    letters |= {m.group(1) for m in _PRICED_RE.finditer(text)}
    return "".join(sorted(letters))


@functools.lru_cache(maxsize=8)
def _glued_patterns(letters: str) -> tuple[re.Pattern[str], re.Pattern[str],
                                           re.Pattern[str]]:
    """(anchors, figures, figures with millions written "m") for a text whose currencies
    ``letters`` are: each pattern's glued letter also before a plain number."""
    plain = (rf"(?:{_RAND}|(?<![^\W\d_])(?<![Tt]he{_SP})(?<!\b[Aa]{_SP})(?<!\b[Aa]n{_SP})"
             rf"[{letters}](?=\d))")
    return (re.compile(_DIGIT_RE.pattern.replace(_RAND, plain)),
            re.compile(_FIGURE_PATTERN.replace(_RAND, plain), re.X),
            re.compile(_FIGURE_PATTERN.replace(_SCALE, _SCALE_M).replace(_RAND, plain), re.X))
#: A million written "m" ("£18.6m", "2.31m subscribers") or "million" ...
_MILLIONS_RE = re.compile(
    rf"(?:[$£€¥₹]|\b[A-Z]{{1,3}}\$)\d[\d.,]*(?:m|mn)\b|\d(?:m|mn){_SP}+[a-z]{{3,}}s\b|"
    rf"\d{_SP}*(?:million|mln)\b")
#: ... and no length in metres ("a 2m wall", "400 metres", "4.2m high", "12km").
_METRES_RE = re.compile(
    rf"\d{_SP}*(?:metres?|meters?|kilometres?|kilometers?|centimetres?|centimeters?|km|cm|"
    rf"mm|m²|m2|m/s)\b|\d(?:m|mn){_SP}+(?:high|long|tall|deep|wide|thick|above|below|"
    rf"across|away|race|final|sprint|hurdles|freestyle|relay|wall|fence|waves?)\b")


#: A clause that names a count of living things before its bare scaled number: "puts the
#: national herd at about 4.2 million", "the number of members fell to 2 million", "had
#: a mean audience of 2.7 million" (a headcount, never a sum in the currency a sum
#: before it was in).
_HEADCOUNT_BEFORE_RE = re.compile(
    r"\b(?:population|number|numbers|headcount|membership|count|tally|audiences?|viewers|"
    r"viewership|crowds?|attendance|turnout|spectators|visitors|passengers|ridership)\b"
    r"[^.;:!?$£€¥₹]*$")


#: Words of a length before a number: "swells of up to", "levels fell by", "a height of".
_LENGTH_BEFORE_RE = re.compile(
    r"(?i)\b(?:waves?|swells?|surges?|tides?|heights?|depths?|lengths?|widths?|levels?|"
    r"water|sea|river|snow|rain|rainfall|drifts?|walls?|barriers?|fences?|cliffs?|high|"
    r"deep|tall|wide|long|metres?|meters?)\b[^.;:!?\d]{0,30}$")


def _lines_between(text: str, a: int, b: int) -> int:
    """How many lines of text (blank ones not counted) lie between ``a`` and ``b``: a sum
    named one or two paragraphs up is still the one talked of; twelve paragraphs down, a
    bare "1.7 million" counts what its own paragraph counts."""
    return sum(1 for line in text[a:b].split("\n")[1:] if line.strip())


def _m_is_million(text: str) -> bool:
    """The text writes a million "m" or "million" and measures nothing in metres: its
    "2.45m" with no noun after is a million (a financial or wire page writes "m" so), as
    a text that gives lengths in metres may mean metres by it ("up to 6m" of a wave)."""
    return _MILLIONS_RE.search(text) is not None and _METRES_RE.search(text) is None


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure normalised for comparison.

    ``dimension`` is ``share`` (unit ``%``), ``duration`` (``years``),
    ``length`` (``mm``), ``count`` (unit: the singular noun counted) or
    ``number`` (no unit). ``low``/``high`` may be open (None) for "more
    than"/"up to" figures.
    """

    value: float | None
    low: float | None
    high: float | None
    unit: str
    dimension: str
    text: str = ""
    approx: bool = False
    decimals: int = 0
    numerator: float | None = None
    denominator: float | None = None
    span: tuple[int, int] | None = field(default=None, compare=False)

    def interval(self) -> tuple[float, float]:
        """The interval the writer's words allow, widened by their precision."""
        lo = self.low if self.low is not None else self.value
        hi = self.high if self.high is not None else self.value
        lo_f = -math.inf if lo is None else lo
        hi_f = math.inf if hi is None else hi
        tol = 0.5 * 10 ** (-self.decimals)
        if self.approx:
            mid = self.value if self.value is not None else (hi_f if lo is None else lo_f)
            if math.isfinite(mid):
                tol = max(tol, APPROX_RELATIVE * abs(mid))
        return (lo_f - tol, hi_f + tol)

    def describe(self) -> str:
        """The figure in canonical form, e.g. ``113/834 = 13.5%`` or ``12 years``."""
        if self.numerator is not None and self.denominator is not None:
            return f"{_fmt(self.numerator)}/{_fmt(self.denominator)} = {_fmt(self.value)}%"
        if self.value is not None and self.low is None and self.high is None:
            core = _fmt(self.value)
        elif self.low is not None and self.high is not None:
            core = f"{_fmt(self.low)}-{_fmt(self.high)}"
        elif self.low is not None:
            core = f"> {_fmt(self.low)}"
        elif self.high is not None:
            core = f"≤ {_fmt(self.high)}"
        else:
            core = "?"
        if self.approx:
            core = "~" + core
        unit = self.unit
        if self.dimension == "duration" and unit == "years":
            shown = _duration_shown(self)
            if shown is not None:
                return shown
        if self.dimension == "length" and unit == "mm":
            shown = _length_shown(self)
            if shown is not None:
                return shown
        if unit in _KEPT_SIGNS:
            return _money_shown(self, core)
        if not unit:
            return core
        if unit == "%":
            return f"{core}%"
        if (self.dimension == "count" and self.value != 1 and unit.replace(" ", "").isalpha()
                and canonical_unit(unit)[0] == "count"):
            # a counted noun is kept singular to compare; shown plural ("people per day",
            # not "people per days": only the counted noun before "per")
            head, per, base = unit.partition(" per ")
            unit = plural(head) + per + base
        return f"{core} {unit}"


def _in_units(a: Amount, size: float, unit: str, dimension: str = "count",
              text: str | None = None) -> Amount:
    """``a`` counted in units of ``size`` ("160000000 mm" as 160 "km"): the one rescaling
    the displays of lengths, durations and sums share."""
    def sc(x: float | None) -> float | None:
        return None if x is None else round(x / size, 6)

    return Amount(sc(a.value), sc(a.low), sc(a.high), unit, dimension,
                  a.text if text is None else text, a.approx, 0)


#: Units a duration is shown in, largest first, with their length in years.
_SHOW_DURATION = (("years", 1.0), ("months", 1 / 12), ("weeks", 7 / 365.25),
                  ("days", 1 / 365.25), ("hours", 1 / 8766), ("minutes", 1 / 525960),
                  ("seconds", 1 / 31557600))


#: Short names of the lengths a text may give, by their size in millimetres.
_LENGTH_SHOWN = {1e6: "km", 1000.0: "m", 10.0: "cm", 1.0: "mm", 25.4: "in", 0.001: "µm"}


def _length_shown(a: Amount) -> str | None:
    """A length in the unit the text gave it in ("160 km", not "160000000 mm"): the first
    word of its text that is a length. None when the text names none (mm are shown)."""
    for w in re.findall(r"[^\W\d_]+", a.text or ""):
        dim, _, size = canonical_unit(w)
        name = _LENGTH_SHOWN.get(size) if dim == "length" else None
        if name is None or name == "mm":
            continue
        return _in_units(a, size, name).describe()
    return None


_RATE_TEXT_RE = re.compile(rf"{_SP}{_PER}(?P<base>{_PER_BASE})")


def rate_base(text: str) -> float | None:
    """The base of a rate a figure's text is written per ("180 per 100,000": 100000), or
    None: the one reading of "per N" for the parser, its display and extract's figures."""
    m = _RATE_TEXT_RE.search(text)
    return _per_base(m.group("base")) if m else None


_KEPT_SIGNS = frozenset(CURRENCY_SIGNS.values())
#: A scale as a sum's text writes it, and the word it is shown as.
_SCALE_SHOWN_RE = re.compile(r"(?i)(?<=[\d\s\u00a0-])(thousand|million|billion|trillion|lakhs?|"
                             r"lacs?|crores?|bn|mn|tn|m|k|bil|bln|mln)(?![^\W\d_])")
_SCALE_NAMES = {"bn": "billion", "mn": "million", "m": "million", "tn": "trillion",
                "bil": "billion", "bln": "billion", "mln": "million",
                "k": "thousand", "lakhs": "lakh", "lacs": "lakh", "lac": "lakh",
                "crores": "crore"}


def _money_shown(a: Amount, core: str) -> str:
    """A sum with its currency sign first and in the scale its text gave it in ("Rs 7850
    crore", "R2.4 billion", not "78500000000 Rs")."""
    sign = a.unit
    lead = f"{sign} " if len(sign) > 1 and sign[-1].isalpha() else sign
    # (the last scale word: "Rs 4000 crore" for "four thousand crore rupees")
    m = next(reversed(list(_SCALE_SHOWN_RE.finditer(a.text or ""))), None)
    if m is None:
        return _signed(lead, core, "")
    word = m.group(1).lower()
    word = _SCALE_NAMES.get(word, word)
    scaled = _in_units(a, SCALES[word], "", "number", "")
    return _signed(lead, scaled.describe(), f" {word}")


def _signed(lead: str, core: str, scale: str) -> str:
    """"~R2.4 billion", "> £3 million": a hedge or bound before the sign, as one reads it."""
    mark = re.match(r"[~>≤ ]*", core).group()  # type: ignore[union-attr]
    return f"{mark}{lead}{core[len(mark):]}{scale}"


def _duration_shown(a: Amount) -> str | None:
    """A duration in the largest unit that keeps its numbers whole ("8100 hours", not
    "0.924 years"; "18 months", not "1.5 years"): the unit the text most likely used.
    None when no unit does (years, as computed, are shown then)."""
    xs = [x for x in (a.value, a.low, a.high) if x is not None]
    if not xs or not all(math.isfinite(x) for x in xs):
        return None
    # (the last unit named: "3 hours 10 minutes" is shown in minutes)
    said = next(reversed(list(re.finditer(r"(?i)\b(year|month|week|day|hour|minute|second)s?\b",
                                          a.text or ""))), None)
    units = [u for u in _SHOW_DURATION if said and u[0] == said.group(1).lower() + "s"] or \
        list(_SHOW_DURATION)
    for name, size in units:
        ys = [x / size for x in xs]
        if len(units) == 1 or all(abs(y - round(y)) < 1e-6 * max(1.0, abs(y)) for y in ys):
            return _in_units(a, size, name).describe()
    return None


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if abs(x) >= 1e15:  # 1.7e+308, not 309 digits
        return f"{x:.3g}"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}".replace(",", "")
    return f"{x:.1f}" if abs(x) >= 1 else f"{x:.3g}"


def saturate(x: float) -> float:
    """``x``, with an overflow to infinity held at the largest float instead.

    A 310-digit figure in a quote must not become ``inf`` (which no JSON or
    page can carry, and which breaks every comparison after it).
    """
    if x - x == 0.0:
        return x
    return math.copysign(sys.float_info.max, x) if x == x else 0.0


_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_SPACED_THOUSANDS_RE = re.compile(r"\d{1,3}(?: \d{3})+")


_FRAC_OF_RE = re.compile(r"(.+?)\s+(?:of\s+)?an?")


def _num(token: str) -> float:
    t = " ".join(token.replace("\u00a0", " ").split()).lower()
    if t in WORDS:
        return float(WORDS[t])
    fm = _FRAC_OF_RE.fullmatch(t)
    if fm and fm.group(1).replace("-", " ") in _SHARE_WORDS:
        # "half a" (trillion), "a quarter of a" (million), "three-quarters of a" (billion)
        return _SHARE_WORDS[fm.group(1).replace("-", " ")] / 100.0
    if " point " in t:  # "fourteen point two": 14.2
        head, _, tail = t.partition(" point ")
        digits = "".join(str(_DIGIT_VALUES[w]) for w in tail.split())
        return float(WORDS[head]) + float("0." + digits)
    if t.endswith("and a half"):  # "four and a half": 4.5
        head = t[:-len("and a half")].strip()
        return float(WORDS[head]) + 0.5 if head in WORDS else float(head) + 0.5
    if "hundred" in t:  # "three hundred and forty": the words added up, hundreds first
        head, _, tail = t.partition("hundred")
        tail = tail.replace(" and ", " ").strip()
        return float(WORDS.get(head.strip(), 1) * 100 + (WORDS.get(tail, 0) if tail else 0))
    if _DECIMAL_COMMA_RE.fullmatch(t):  # "2,4" before a scale word: 2.4
        return float(t.replace(",", "."))
    if _SPACED_THOUSANDS_RE.fullmatch(t):  # "5 000": 5000
        t = t.replace(" ", "")
    return saturate(float(t.replace(",", "")))


def _decimals(token: str) -> int:
    t = token.strip()
    if " point " in t.lower():  # "fourteen point two": one decimal
        return len(t.lower().partition(" point ")[2].split())
    if _DECIMAL_COMMA_RE.fullmatch(t):
        t = t.replace(",", ".")
    return len(t.split(".", 1)[1]) if "." in t and t[0].isdigit() or t.startswith(".") else 0


def _scaled_decimals(decimals: int, factor: float) -> int:
    """Decimals of precision after scaling by ``factor`` ("3 million" is good to 0.5 million)."""
    if factor <= 0 or factor == 1.0:
        return decimals
    return int(round(decimals - math.log10(factor)))


#: Nouns that end in -s and are no plural (diseases, fields, "news"): a general English
#: lexicon, so "312 measles cases" counts cases, and "measles" never becomes "measle".
S_NOUNS = frozenset({
    "measles", "mumps", "rabies", "diabetes", "herpes", "shingles", "rickets", "scabies",
    "news", "means", "series", "species", "politics", "economics", "physics", "mathematics",
    "statistics", "athletics", "ethics", "logistics", "genetics", "electronics", "aerobics",
    "headquarters", "crossroads", "barracks", "gallows", "whereabouts", "lens", "bus", "gas",
    "census", "virus", "campus", "bonus", "status", "thesis", "analysis", "crisis", "basis"})


def singular(noun: str) -> str:
    """A crude English singular, enough to match 'patients' with 'patient'."""
    words = noun.lower().strip().rstrip(".").split()
    if not words:
        return ""
    w = words[-1]
    if w in S_NOUNS:
        pass
    elif w in _F_SINGULARS:  # "wolves" → "wolf", not "wolve"
        w = _F_SINGULARS[w]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes", "zzes")) or w in ("buses", "gases"):
        w = w[:-2]  # "glasses", "taxes", "churches"; but "cases", "doses", "nurses" keep the e
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return " ".join([*words[:-1], w])


#: Nouns whose plural turns f/fe into ves ("wolves", "calves", "knives"): no rule tells them
#: from "archives" or "olives", so they are listed.
_F_PLURALS = {"wolf": "wolves", "calf": "calves", "half": "halves", "shelf": "shelves",
              "knife": "knives", "life": "lives", "wife": "wives", "leaf": "leaves",
              "thief": "thieves", "loaf": "loaves", "hoof": "hooves", "scarf": "scarves",
              "elf": "elves", "self": "selves", "sheaf": "sheaves", "wharf": "wharves"}
_F_SINGULARS = {v: k for k, v in _F_PLURALS.items()}
_IRREGULAR_PLURALS = {"child": "children", "man": "men", "woman": "women", "person": "people",
                      "foot": "feet", "tooth": "teeth", "mouse": "mice", "goose": "geese",
                      **_F_PLURALS}


def plural(noun: str) -> str:
    """An English plural of a counted noun's last word, the one rule for drafts and their
    questions ("inch" → "inches", "county" → "counties", "feet" stays "feet")."""
    words = noun.split()
    if not words:
        return noun
    w = words[-1]
    low = w.lower().rsplit("-", 1)[-1]  # "acre-feet" is plural as "feet" is
    if low in PLURAL_NOUNS or low in S_NOUNS or low.endswith("s") and low != singular(low):
        return noun
    if low in _IRREGULAR_PLURALS:
        w = w[:len(w) - len(low)] + _IRREGULAR_PLURALS[low]
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        w = w[:-1] + "ies"
    elif low.endswith(("ch", "sh", "x", "s", "z")):
        w = w + "es"
    else:
        w = w + "s"
    return " ".join([*words[:-1], w])


def canonical_unit(unit: str | None) -> tuple[str, str, float]:
    """``(dimension, canonical unit, factor)`` for a unit as a dossier or a text writes it;
    a symbol as its name (:data:`SYMBOL_NAMES`: "Ml" is megalitres, "ml" millilitres)."""
    u = (unit or "").strip()
    u = SYMBOL_NAMES.get(u, u).lower()
    if not u:
        return ("number", "", 1.0)
    if u in _PERCENT_UNITS:
        return ("share", "%", 1.0)
    if u in CURRENCY_SIGNS:
        return ("count", CURRENCY_SIGNS[u], 1.0)  # "Rs" is rupees, never a plural of "r"
    if u in ("thousand", "million", "billion"):
        return ("number", "", SCALES[u])
    if u in _FRACTION_UNITS:
        return ("share", "%", 100.0)
    s = singular(u)
    if s in _DURATION:
        return ("duration", "years", _DURATION[s])
    if s in _LENGTH or u in _LENGTH:
        return ("length", "mm", _LENGTH.get(s, _LENGTH.get(u, 1.0)))
    if s in _AREA or u in _AREA:
        return ("area", "ha", _AREA.get(s, _AREA.get(u, 1.0)))
    if s in _VOLUME or u in _VOLUME:
        return ("volume", "l", _VOLUME.get(s, _VOLUME.get(u, 1.0)))
    return ("count", s, 1.0)


@functools.cache
def measure_unit_names() -> frozenset[str]:
    """The canonical names of the units of measure the parser reads as symbols ("tonne",
    "kilogram", "kilometres per hour", "decibel"): a count in one of them is a measure
    ("14 tonnes"), not a count of things ("14 bodies")."""
    return frozenset(canonical_unit(sym)[1] for sym in SYMBOL_NAMES)


def _approx_before(text: str, start: int) -> bool:
    head = text[max(0, start - 16):start].lower().rstrip()
    return any(head.endswith(w) for w in _APPROX)


def _bound_before(text: str, start: int) -> str | None:
    head = text[max(0, start - 16):start].lower().rstrip()
    if any(head.endswith(w) for w in _AT_LEAST):
        return "low"
    if any(head.endswith(w) for w in _AT_MOST):
        return "high"
    return None


#: A verb that moves a figure, then "up to": the figure it moved to ("revised that estimate
#: up to 297,000", "pushed the toll up to 40"), never a bound.
_MOVED_UP_TO_RE = re.compile(
    r"(?i)\b(?:revised|revises|revise|raised|raises|pushed|pushes|bumped|"
    r"lifted|lifts|ratcheted|nudged|upgraded|corrected|corrects)"
    # (its object a measure: never "raised prices by up to 8 per cent", "raised concerns
    # that up to 3,000 homes could flood")
    r"(?:[ \u00a0]+(?:its|their|the|that|this|his|her)(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+"
    r"(?:estimate|figure|forecast|count|tally|total|number|projection|toll)s?|"
    r"[ \u00a0]+it)[ \u00a0]+up[ \u00a0]+to[ \u00a0]*$")


#: Where a figure can start: never inside a number ("1,000,000": the "000"s are no start,
#: or a run of 3,000 groups was read to its end from each of them, quadratic).
_DIGIT_RE = re.compile(rf"(?<!\d[,.])(?<!\d)[\d{_SIGNS}]+"
                       rf"|{_RUPEE_WORD}(?=[ \u00a0]?\d)|{_CUR_WORD}")
_NUMWORD_RE = re.compile(
    r"(?=[TtFfSsEeNnOoHhDdAa])\b(?:[Tt](?:wo|hree|en|welve|hirt(?:y|een)|wenty)|"
    r"[Ff](?:our|ive|ourteen|ifteen|orty|ifty)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy)|"
    r"[Ee](?:ight|leven|ighteen|ighty)|[Nn](?:ine|ineteen|inety)|[Oo]ne|[Hh]undred|[Dd]ozen|"
    r"(?<![Hh]alf )(?<![Hh]alf-)[Aa] (?:dozen|hundred|thousand|million|billion)|"
    # "half a trillion won", "half a dozen": a half of a scale (_FRAC_OF_SCALE)
    r"[Hh]alf(?=[ \u00a0-]an?[ \u00a0]+(?:dozen|thousand|million|billion|trillion)\b))\b"
)
_WORD_BACK_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
_STARTS = {"between", "from", "about", "approximately", "around", "roughly", "nearly",
           "almost", "some", "over", "under", "more", "less", "fewer", "at", "up", "only",
           "just", "than", "to", "least", "an", "estimated", "close", "closer", "nearer",
           "barely", "well"}
#: (the last two start only a fraction in words: :data:`_FRAC_APPROX_RE`)


@dataclass(slots=True)
class Figure:
    """One figure as the text writes it: where, what kind, its numbers, what it counts.

    The single reading of a figure that both views are made from:
    :func:`find_numbers` (extraction, a ``NumberMention`` each) and
    :func:`parse_amounts` (comparison, an :class:`Amount` each).
    ``kind`` ``sample`` is a count of people or things a study was made of
    ("included 834 patients"): a sample size, never an estimate.
    """

    kind: str  # percent | count | sample | ratio | range | year | period | duration | money
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # "%", a time unit, a currency sign, or the noun counted
    of: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    decimals: int = 0
    approx: bool = False
    bound: str | None = None  # "low" for "more than 3", "high" for "up to 3"
    #: True for a plain number only a ``scan(bare=True)`` reader asked for ("stood at
    #: 114,978"); :func:`find_numbers` leaves these out.
    bare: bool = False


def _matches(text: str, bare: bool = False) -> list[tuple[re.Match[str], bool]]:
    """Every figure's match, each tried from the word or two that can start it, and
    whether it is a bare number (accepted only because ``bare`` asked for them)."""
    letters = _glued_letters(text)
    glued = _glued_patterns(letters) if letters else None
    anchors = sorted({m.start() for m in (glued[0] if glued else _DIGIT_RE).finditer(text)}
                     | {m.start() for m in _NUMWORD_RE.finditer(text)}
                     | {m.start() for m in _FRACWORD_RE.finditer(text)}
                     | {m.start() for m in _ART_DUR_RE.finditer(text)})
    out: list[tuple[re.Match[str], bool]] = []
    done = 0
    millions = _m_is_million(text)
    for a in anchors:
        if a < done:
            continue
        # (a length's context before it keeps "m" a metre even there: "swells of up to
        # 6m", "levels fell by 1.5m")
        in_m = millions and not _LENGTH_BEFORE_RE.search(text, max(0, a - 50), a)
        pattern = (glued[2] if in_m else glued[1]) if glued else \
            FIGURE_M_RE if in_m else FIGURE_RE
        starts = [a]
        p = a
        for _ in range(3):
            b = _WORD_BACK_RE.search(text, max(done, p - 24), p)
            if not b or b.group(1).lower() not in _STARTS:
                break
            p = b.start()
            starts.append(p)
        cands = [m for st in reversed(starts)
                 if (m := pattern.match(text, st)) is not None and m.end() > a]
        # a figure first ("113 of them"), a bare number ("Only 113") only when none is
        # there: the bare reading adds numbers to the plain one and changes none of it
        got = next((m for m in cands if _accept(text, m)), None)
        if got is not None and got.group("count") is not None:
            # "Roughly two voters in five": the share from "two", not a count of voters
            # from the hedge before it
            got = next((m for m in cands if m.group("onein") is not None
                        and m.end() > got.end() and _accept(text, m)), got)
        if got is not None:
            out.append((got, False))
        elif bare:
            got = next((m for m in cands if _accept(text, m, True)), None)
            if got is not None:
                out.append((got, True))
        if got is not None:
            done = got.end()
    return out


#: A copula right after a hedged fraction, then words for what a number is: "around a
#: third is the defensible number" (not "About a third is due in May").
_COPULA_AFTER_RE = re.compile(
    rf"[ \u00a0]+(?:{'|'.join(_COPULAS)})[ \u00a0]+(?:(?:the|a|an|more|most|far|probably|"
    r"about|closer|nearer|much)[ \u00a0]+){0,3}(?:(?:[a-z]+[ \u00a0]+)?(?:number|figure|"
    r"estimate|share|proportion|answer|truth)|right|correct|accurate|realistic|fair|"
    r"defensible|likelier|likely)\b")
#: A verb that gives an estimate: "a group says more than half.", "put it at nearly a
#: third." (a hedged fraction at a clause's end is a share only after one).
_ESTIMATE_VERB_RE = re.compile(
    r"(?i)\b(?:says|said|say|saying|told|tells|put|puts|putting|estimated|estimates|"
    r"estimate|reckons|reckoned|reckon|believes|believed|believe|thinks|thought|think|"
    r"claims|claimed|"
    r"according[ \u00a0]+to)\b[^.;:!?\n]*$")


def _accept(text: str, m: re.Match[str], bare: bool = False) -> bool:
    g = m.group
    if g("ratio") is not None and g("qthem") is not None and _num(g("q1")) <= 1:
        return False  # "Every one of those hours", "one of them said": no count, no share
    if g("fw4") is not None and not _ESTIMATE_VERB_RE.search(
            text, max(0, m.start() - 120), m.start()) and not _COPULA_AFTER_RE.match(
                text, m.end()):
        return False  # "The match was level at about half.", "He finished just over half."
        # (but "Somewhere around a third is the defensible number": the subject of a
        # statement about what the number is; not "About a third is due in May")
    if g("count") is not None:
        if re.search(rf"(?:{_MONTHS}|No\.|#){_SP}*$", text[max(0, m.start() - 12):m.start()]):
            return False  # "Sept. 11 memorial", "No. 1 priority"
        if _CLOCK_AFTER_RE.match(text, m.end("c1")):
            return False  # "the count stops at 10 p.m.", "by 6am": a time of day
        if g("cs") or g("cg"):
            return True
        if g("cu") and _unit_of(text, m.start("cu")) is not None:
            return True
        if g("cu") == "of" and _OF_THE_KIND_RE.match(text, m.start("cu")):
            return True  # "roughly 2,600 of the animals are killed": some of them, a count
        return bare or _participle_after(text, m.end("c1")) is not None
    if g("onein") is not None:
        a, b = _num(g("o1")), _num(g("o2"))
        return 0 < a < b
    if g("slash") is not None:
        a, b = _num(g("s1")), _num(g("s2"))
        return 0 < b and a <= b and b < 1500  # not a date such as 9/11 or 3/2021
    if g("drange") is not None:
        sep = text[max(m.end(k) for k in ("d1a", "ds1", "dp1") if g(k)):
                   m.start("dc2") if g("dc2") else m.start("d2a")]
        spaced = sep != sep.strip()
        if spaced and (sep.strip() == "—" or sep.strip() in ("-", "–") and
                       _RANGE_END_BEFORE_RE.search(text, max(0, m.start("d1a") - 8),
                                                   m.start("d1a"))):
            return False  # "aged 6 to 16 - 23.9%, to be exact": a dash after a range's end
            # ("17 — 23.9%": a spaced em dash sets words apart, never a range's two ends)
        if not (g("dp1") or g("dp2") or g("ds1") or g("ds2") or g("dc1")) and \
                all(re.fullmatch(r"(?:19|20)\d\d", x) for x in (g("d1a"), g("d2a"))):
            return False  # "over 2000–2023": a period, not a range
        if not (g("dp1") or g("dp2") or g("ds1") or g("ds2") or g("dunit") or g("dc1")):
            # "2-1" is a score, not a range; "670,000 to 1,004,000" is one when asked
            return bare and all(len(x.replace(",", "")) >= 4 for x in (g("d1a"), g("d2a")))
    return True


_PARTICIPLE_RE = re.compile(rf"{_SP}+([a-z]+(?:ed|en))\b")
#: A time of day right after a number: "10 p.m.", "6am", "10:30pm", "4 PM", "7 o'clock"
#: (not "12 AM stations", a band).
_CLOCK_AFTER_RE = re.compile(
    rf"(?::[0-5]\d)?{_SP}*(?:[aApP]\.[ \u00a0]?[mM]\.|[ap]m\b|[AP]M\b(?!{_SP}+[a-z]+s\b)|"
    rf"o[’']clock\b)")
#: The end of a range right before a number: "5 to ", "5-" (not "in 2022 and ").
_RANGE_END_BEFORE_RE = re.compile(rf"\d{_SP}*(?:to|-|–){_SP}*$")
#: Words for a kind of living thing that stand for the one the text counted just before
#: ("86 koalas ... 2,600 of the animals": koalas).
_KIND_WORDS = frozenset(("animals", "creatures", "beasts", "mammals"))
#: Some of the kind named before: "2,600 of the animals", "40 of those creatures" (not
#: "of the animals' owners": the word then no possessive).
_OF_THE_KIND_RE = re.compile(rf"of{_SP}+(?:the|those|these){_SP}+"
                             rf"(?:{'|'.join(sorted(_KIND_WORDS))})\b(?![’'])")


#: Words ending like a participle that are none ("2.95 lakh when the survey ...").
_NOT_PARTICIPLES = frozenset({"when", "then", "even", "often", "seven", "eleven", "ten",
                              "open", "women", "children", "between", "hundred", "indeed",
                              "need", "speed", "seed", "feed", "bed", "red", "shed"})


def _participle_after(text: str, pos: int) -> str | None:
    m = _PARTICIPLE_RE.match(text, pos)
    return m.group(1) if m and m.group(1) not in _NOT_PARTICIPLES else None


#: Nouns that are plural without an -s (and nouns whose plural is the singular): a general
#: English lexicon, so a counted "feet" is plural and never becomes "feets".
PLURAL_NOUNS = frozenset({
    "people", "children", "men", "women", "mice", "feet", "teeth", "geese", "cattle",
    "personnel", "data", "police", "staff", "sheep", "deer", "fish", "species", "series",
    "aircraft", "offspring", "livestock", "poultry", "crew", "clergy", "media", "criteria",
    "phenomena", "bacteria", "fungi", "cacti", "nuclei", "alumni", "lice", "dice", "oxen",
    "brethren", "salmon", "trout", "bison", "moose", "swine", "headquarters", "militia"})
_PLURALS = PLURAL_NOUNS


#: The word after a space, if it is a plural noun: "trials" of "14 randomised trials",
#: "staff" of "140 extra ground staff" (the plurals without an "s", :data:`PLURAL_NOUNS`).
_PLURAL_NEXT_RE = re.compile(r"[ \u00a0]([a-z][a-z\-]*s|"
                             + "|".join(sorted(PLURAL_NOUNS, key=len, reverse=True))
                             + r")\b")


def _plural_noun_next(text: str, at: int) -> re.Match[str] | None:
    """The plural noun right after ``at`` (one space on), which the words before it describe
    ("14 randomised trials", "80 full-time permanent posts"); None for a function word or
    a word in -ss, -us, -is, -ous ("glass", "bonus", "analysis", "various") or -ly."""
    m = _PLURAL_NEXT_RE.match(text, at, at + 30)
    if m is None or m.group(1) in _STOP or m.group(1).endswith(("ly", "ss", "us", "is", "ous")):
        return None
    return m


#: After "stands" right after a number, what makes it the figure's verb: "by", "as",
#: "firm", "unchanged" ("their 41 stands by it") ...
_STANDS_BY_RE = re.compile(r"[ \u00a0]+(?:by|as|firm|unchanged|corrected)\b")
#: ... or the clause's end, when a noun of figures and "of" came before the number ("the
#: corrected total of 138,950 stands."; "the market will have 85 stands." counts stalls).
_STANDS_AS_VERB_RE = re.compile(r"[ \u00a0]*(?:[.,;:!?]|$)")
_TOTAL_OF_NUMBER_RE = re.compile(
    r"\b(?:total|figure|count|number|tally|estimate|sum)s?[ \u00a0]+of[ \u00a0]+"
    r"(?:(?:" + "|".join(map(re.escape, (*_APPROX, *_AT_LEAST, *_AT_MOST))) + r")[ \u00a0]+)?"
    r"\d[\d,.]*[ \u00a0]*$", re.I)
#: Verbs a figure named takes, that a counted noun's plural could be read as: "the
#: minister's 212 counts beds", "the charity's 21 covers a longer period".
_FIGURE_VERBS = frozenset({"counts", "covers", "includes", "excludes", "reflects",
                           "represents", "refers", "captures", "omits", "leaves", "assumes",
                           "relies", "rests", "ignores", "predates", "understates",
                           "overstates"})
#: ... when what follows opens the verb's object: a determiner, a quotation or a plural
#: noun ("counts beds", "covers a longer period"; never "the 300 counts of fraud", "14
#: counts against him")
_VERB_OBJECT_RE = re.compile(
    r"[ \u00a0]+(?:[“\"‘']|(?:a|an|the|only|just|all|both|some|those|these|its|their|his|"
    r"her|our|every|each|more|fewer|out|on|to)\b|(?!(?:against|across|ones)\b)[a-z]+s\b)")


#: Staff counted in full-time posts, before what they are: "full-time equivalent",
#: "whole-time equivalent", "FTE", "WTE".
_SUCH_RE = re.compile(r"\b(?:such|similar)[ \u00a0]+(?=[a-z])")
#: ... and "such" before a noun counted again ("38 such days").
_FTE_RE = re.compile(r"(?:(?i:full|whole)[- ]time[- ](?i:equivalent)|FTE|WTE)[ \u00a0]+(?=[a-z])")


def _unit_of(text: str, pos: int) -> tuple[int, str] | None:
    """What a figure counts: the noun (up to two words) starting at ``pos``, and its end.

    Stops at a function word, after a unit of share, time or length, after a
    noun, and before a verb ("40,000 people marched" counts people); a
    participle is no noun ("78 randomised" does not count "randomised").
    """
    such = _SUCH_RE.match(text, pos)
    if such is not None:
        # "counted 38 such days": the kind named before, counted again
        return _unit_of(text, such.end())
    fte = _FTE_RE.match(text, pos)
    if fte is not None:
        # "538 full-time equivalent registered nursing vacancies": a measure of posts,
        # then what is counted
        return _unit_of(text, fte.end())
    out: list[str] = []
    end = pos
    for wm in re.finditer(r"[^\W\d_][\w\-]*", text[pos:pos + 60]):
        if pos + wm.start() != (end + 1 if out else pos) or (
                out and text[end] not in " \u00a0"):
            break  # a unit's words are on one line: "9 min\nShare" counts minutes
        w = wm.group().lower()
        if w in _STOP or (w in SCALES and w not in _LENGTH):
            break
        if not out and w in _FIGURE_WORDS and _NAMED_FIGURE_RE.search(
                text, max(0, pos - 40), pos):
            break  # "the 500 figure", "the ministry's 85,000 estimate"
        if not out and w in _FIGURE_VERBS and (
                _NAMED_FIGURE_RE.search(text, max(0, pos - 40), pos) or
                _TOTAL_OF_NUMBER_RE.search(text, max(0, pos - 50), pos)) and \
                _VERB_OBJECT_RE.match(text, pos + wm.end()):
            break  # "the charity's 21 covers a longer period", "the figure of about 47,000
            # counts workers on the roll": a figure named, then its verb (never "the 300
            # counts of fraud", a count of counts)
        if not out and w in ("stands", "stand") and (
                _STANDS_BY_RE.match(text, pos + wm.end()) or
                _STANDS_AS_VERB_RE.match(text, pos + wm.end()) and
                _TOTAL_OF_NUMBER_RE.search(text, max(0, pos - 40), pos)):
            break  # "the corrected total of 138,950 stands", "their 41 stands by it": the
            # figure's verb (never "the market will have 85 stands.", a count of stalls)
        if w.endswith(("ed", "ing")) and w not in _ADJ and singular(w) not in _SAMPLE_NOUNS:
            # "14 randomised trials": a participle before a plural noun is its adjective
            # (also after an adjective: "870 genuine missed collections")
            if _plural_noun_next(text, pos + wm.end()) is None or (
                    out and (out[0].endswith("s") or out[0] in _PLURALS)):
                break
        if out and w.endswith("ly"):
            break
        out.append(w)
        end = pos + wm.end()
        if len(out) == 2:
            # two adjectives, then the plural noun they describe: "80 full-time permanent
            # posts", "12 new night-shift nurses" count posts and nurses
            nxt = _plural_noun_next(text, end)
            if not (w.endswith("s") or w in _PLURALS) and nxt is not None and \
                    canonical_unit(w)[0] == "count":
                out.append(nxt.group(1))
                end = nxt.end()
            break
        if out[0] not in _ADJ and w not in S_NOUNS and (
                (w.endswith("s") and not (w.endswith(_ADJ_ENDS_S) and _plural_noun_next(
                    text, pos + wm.end()) is not None)) or w in _PLURALS
                or canonical_unit(w)[0] != "count"):
            break  # "834 patients", "5 cm"; but "834 patient files" goes on
        if canonical_unit(w)[0] in ("share", "duration", "length", "area", "volume"):
            break
    if len(out) == 1 and not (out[0].endswith("s") and not out[0].endswith(
            ("is", "ss", "us")) or out[0] in _PLURALS) and \
            (both := _BOTH_KINDS_RE.match(text, end)) is not None and \
            (nxt := _plural_noun_next(text, both.end())) is not None:
        # "212 crisis and emergency beds", "40 primary and secondary schools": two words of
        # kind joined, then what both describe, the noun counted
        end = nxt.end()
    if not out or (len(out) == 1 and out[0] in _ADJ and out[0] != "adult"):
        return None
    return end, text[pos:end]


#: "and" or "or" and a word of kind, after a first one ("crisis and emergency", "primary or
#: secondary"): the plural noun after them is what both describe.
_BOTH_KINDS_RE = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+[a-z][a-z-]+(?<!s)")


_OF_STOP_RE = re.compile(r"[,.;:!?()“”\"\n]|\b(?:that|who|which|were|was|had|have|has|are|is|"
                         r"and(?!/)|but|because|when|while)\b")


def _phrase_after(text: str, pos: int, max_words: int = 8) -> str | None:
    """The words after a figure, up to punctuation or a clause: what a share is of."""
    chunk = text[pos:pos + 120]
    m = _OF_STOP_RE.search(chunk)
    if m:
        chunk = chunk[:m.start()]
    return without_closing_quote(" ".join(chunk.split()[:max_words])) or None


def without_closing_quote(phrase: str) -> str:
    """What a share is of, without the quotation mark that closes the words it was quoted
    in ("'about one in 8 teenagers' were": teenagers). One rule for the number parser's
    reading and the figures' (:func:`provenance.extract.figures._population`)."""
    return phrase.rstrip("'’‘")


def currency(sign: str) -> str:
    """The one sign a currency is kept as ("Rs." and "₹" are both rupees: "Rs")."""
    if sign.strip() in GLUED_LETTER_SIGNS:
        return GLUED_LETTER_SIGNS[sign.strip()]
    key = sign.replace("\u00a0", " ").strip().lower()
    return CURRENCY_SIGNS.get(key) or _SCALED_CURRENCIES.get(key, sign.strip())


def _per_base(words: str) -> float:
    """"100,000", "one hundred thousand", "a million": the base of a rate."""
    t = " ".join(words.replace("\u00a0", " ").replace(",", "").split()).lower()
    if t.replace(" ", "").isdigit():
        return float(t.replace(" ", ""))
    scale = SCALES[t.split()[-1]]
    return scale * (100 if "hundred" in t else 1)


def _fraction_value(words: str) -> float:
    """"three-quarters" → 75.0, "a fifth" → 20.0: a fraction word as a per cent."""
    key = " ".join(words.replace("-", " ").replace("\u00a0", " ").lower().split())
    return _SHARE_WORDS[key]


def _scaled(x: float, factor: float) -> float:
    """``x`` times a scale word, without the float's tail ("4.6 lakh" is 460000, not
    459999.99999999994)."""
    return x if factor == 1.0 else saturate(round(x * factor, 6))


def _sc(s: str | None) -> float:
    """A scale's factor; of two words, their product ("thousand crore": 1e10)."""
    s = (s or "").replace("\u00a0", " ").strip(" -.").lower()
    out = 1.0
    for w in s.split() or [""]:
        out *= SCALES.get(w, 1.0)
    return out


_LEAD_BOUND_RE = re.compile(r"(?i)(?:more than|over|at least|up to|less than|fewer than|under)\b")
#: "no fewer than 40" is at least 40, "no more than 40" at most: "no"/"not" turns the bound.
_NEGATED_BOUND_RE = re.compile(r"(?i)\b(?:no|not)[ \u00a0]+$")
_LEAD_APPROX_RE = re.compile(r"(?i)(?:about|approximately|around|roughly|nearly|almost|some|"
                             r"an estimated|close to)\b")


#: A vague multiplier right before a bare "hundred" (the parser reads no bare "thousand":
#: "several thousand" stays no figure).
_VAGUE_BEFORE_RE = re.compile(r"(?i)\b(several|a[ \u00a0]+few|a[ \u00a0]+couple[ \u00a0]+of)"
                              r"[ \u00a0]+$")
_VAGUE_TIMES = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "a couple of": (2.0, 2.0)}


#: A duration's smaller unit after its larger one ("3 hours 10 minutes", "two years and six
#: months"): each larger unit with the smaller ones it is written in, and how many of them
#: make one of it.
_COMPOUND_UNITS = {"hours": {"minutes": 60}, "minutes": {"seconds": 60},
                   "years": {"months": 12}, "weeks": {"days": 7}, "days": {"hours": 24}}
_COMPOUND_DURATION_RE = re.compile(
    rf",?{_SP}+(?:and{_SP}+)?(?P<n>\d{{1,2}}|(?i:{_TENSWORD})){_SP}+"
    r"(?P<u>minutes?|mins?|seconds?|secs?|months?|days?|hours?)\b(?!\s+ago\b)", re.I)


#: After "N hours, M minutes": what lets the comma join them ("2 hours, 40 minutes and 12
#: seconds", "... 40 minutes.").
_AFTER_COMMA_PART_RE = re.compile(r"[ \u00a0]*(?:[.,;:)]|$|and\b)")


def _compound_duration(text: str, end: int, unit: str) -> tuple[float, str, int, int] | None:
    """The smaller part of a duration written in two units, after its larger one ends at
    ``end``: (its count, its unit, how many make one larger unit, where it ends), or None."""
    m = _COMPOUND_DURATION_RE.match(text, end)
    if m is None:
        return None
    if m.group(0).lstrip(" \u00a0").startswith(",") and not _AFTER_COMMA_PART_RE.match(
            text, m.end()):
        return None  # "lasted 2 hours, 30 minutes of which were extra time": two figures
    small = m.group("u").lower().rstrip("s")
    small = {"min": "minute", "sec": "second"}.get(small, small) + "s"
    size = _COMPOUND_UNITS.get(unit, {}).get(small)
    n = _num(m.group("n"))
    if size is None or not 0 < n < size:
        return None
    return n, small, size, m.end()


#: A plural noun right after "of them" that ends its phrase: "164 of them homes,".
_THEM_NOUN_RE = re.compile(rf"{_SP}+(?P<noun>[a-z]{{3,}}s)(?=[,.;:)]|{_SP}+[—–-]{_SP})")


#: Words that say a range spans several sources' figures: "Estimates ... range from",
#: "figures vary between" (up to the range).
_ESTIMATES_RANGE_RE = re.compile(
    rf"(?i:estimates|figures|numbers|counts|projections|forecasts|tallies|claims)\b"
    rf"[^.;:!?]{{0,60}}?\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)"
    rf"(?:{_SP}+(?:widely|wildly|considerably))?{_SP}+$")


def scan(text: str, *, bare: bool = False) -> list[Figure]:
    """Every figure in ``text``, in order: the one reading both views are built from.

    ``bare``: also plain numbers that say nothing of what they count ("stood at
    114,978"), for a reader (extract's figure claims) that finds the quantity
    elsewhere in the sentence; they come as ``count`` with no unit.
    """
    out: list[Figure] = []
    last_count: Figure | None = None
    #: The last sum named, until a scaled count of something else ("1.2 million people")
    last_sum: Figure | None = None
    skip_to = 0  # the end of a figure that took the next number in (a compound duration)
    for m, only_bare in _matches(text, bare):
        s, e = m.start(), m.end()
        if s < skip_to:
            continue
        g = m.group
        approx = _approx_before(text, s) or bool(_LEAD_APPROX_RE.match(text, s))
        lead = _LEAD_BOUND_RE.match(text, s)
        bound = _bound_before(text, s) or (_bound_before(lead.group() + " ", len(lead.group())
                                                         + 1) if lead else None)
        if bound == "high" and _MOVED_UP_TO_RE.search(text, max(0, s - 60),
                                                      lead.end() if lead else s):
            bound = None  # "it revised that estimate up to 297,000": the new figure
        if bound and lead and lead.group().lower().endswith("than") and \
                (neg := _NEGATED_BOUND_RE.search(text, max(0, s - 5), s)):
            bound = "low" if bound == "high" else "high"  # "no fewer than", "no more than"
            # and the figure is written with its "no" ("no fewer than 400 people"), so that
            # extract reads no "no" before it (a number's "No. 4", never a bound's)
            s = neg.start()
        f: Figure
        if g("prate") or g("rate"):
            # "180 per 100,000": a rate, in the unit "per 100000", as the text counts it;
            # rates per one base compare, a share or a rate per another base do not
            per = f"per {_per_base(g('prd') or g('rtd')):g}"
            of = _phrase_after(text, e)
            if g("prate"):
                lo, hi = _num(g("pr1")), _num(g("pr2"))
                if lo > hi:
                    continue
                f = Figure("range", s, e, text[s:e], None, lo, hi, per, of,
                           decimals=max(_decimals(g("pr1")), _decimals(g("pr2"))),
                           approx=approx)
            else:
                f = Figure("count", s, e, text[s:e], _num(g("rt1")), unit=per, of=of,
                           decimals=_decimals(g("rt1")), approx=approx, bound=bound)
        elif g("period"):
            f = Figure("period", s, e, text[s:e], None, float(g("y1")), float(g("y2")), "year")
        elif g("range") or g("drange"):
            if g("range"):
                a, b, sa, sb = g("r1"), g("r2"), g("rs1"), g("rs2")
                pct = g("rp1") or g("rp2")
                # ("between 4.2 billion yen and 5.0 billion yen": the name after each)
                cur = g("rc1") or g("rc2") or g("rc1a")
            else:
                a, b, sa, sb = g("d1a"), g("d2a"), g("ds1"), g("ds2")
                pct = g("dp1") or g("dp2")
                cur = g("dc1") or g("dc2")
            hi_scale = _sc(sb) if sb else _sc(sa)
            lo_scale = _sc(sa) if sa else hi_scale
            lo, hi = _scaled(_num(a), lo_scale), _scaled(_num(b), hi_scale)
            if lo > hi and not sa and 1000 <= _num(a) <= hi <= 100 * _num(a) and \
                    m.group(0).lower().startswith("between") and \
                    not _YEAR_DIGITS_RE.fullmatch(a):
                # "between 900,000 and 1 million": the first number whole, not in millions
                # (never "grew from 5,000 to 1.2 million", two points of a change)
                lo_scale, lo = 1.0, _num(a)
            if lo > hi:
                continue
            unit: str | None
            if cur and (k := next((k for k in ("rc1", "rc1a", "dc1", "rc2", "dc2") if g(k)),
                                  None)) and _plain_glued(text, m, k, e, sum_after=False):
                continue  # ("from the R21 to the R24": roads; the range's first sum says)
            if pct:
                unit = "%"
            elif cur:
                unit = currency(cur)
            elif (sym := _SYMBOL_AFTER_RE.match(text, e)) is not None:
                # "16 to 19 km/h": the symbol whole, and the figure's with it, as after one
                # number ("24 km/h")
                unit, e = sym.group(1), sym.end()
            else:
                u = _unit_of(text, e + 1) if text[e:e + 1] in (" ", "\u00a0") else None
                unit = u[1] if u else None
                if unit and unit.lower() in CURRENCY_WORDS:  # "2.1 and 2.6 billion rand"
                    unit = CURRENCY_WORDS[unit.lower()]
                elif unit and unit.lower() in _SCALED_CURRENCIES and hi_scale >= 1e6 and \
                        u is not None and not re.match(rf"{_SP}+(?:of|estate|terms)\b|-",
                                                       text[u[0]:u[0] + 12]):
                    # "55 to 60 million pounds": a sum, as after one number (a name that is
                    # money only after a scale word, :data:`_SCALED_CURRENCIES`)
                    unit = currency(unit)
            dec = _scaled_decimals(max(_decimals(a), _decimals(b)), hi_scale)
            f = Figure("range", s, e, text[s:e], None, lo, hi, unit, _phrase_after(text, e),
                       decimals=dec, approx=approx)
            if g("range") and unit in ("%", *CURRENCY_SIGNS.values()) and \
                    (er := _ESTIMATES_RANGE_RE.search(text, max(0, s - 120), s)) and \
                    not re.search(r"\b(?:its|our|their|his|her|my|own)\b", text[
                        max(0, er.start() - 20):er.end()], re.I):
                # (not "its estimates for the repair range from £2m to £3m": one range)
                # "Estimates published in the past two years range from 1.4% to 4.6%": the
                # lowest and the highest of several sources' figures, each its own
                one = "percent" if unit == "%" else "money"
                a_end = m.end("rp1") if g("rp1") else m.end("rs1") if sa else m.end("r1")
                a_start = m.start("rc1") if g("rc1") else m.start("r1")
                b_start = m.start("rc2") if g("rc2") else m.start("r2")
                out.append(Figure(one, a_start, a_end, text[a_start:a_end], lo, unit=unit,
                                  decimals=_decimals(a)))
                f = Figure(one, b_start, e, text[b_start:e], hi, unit=unit, decimals=_decimals(b))
        elif g("ratio"):
            num = _num(g("q1"))
            den = _num(g("q2") or g("q2w")) if g("q2") or g("q2w") else None
            of = _phrase_after(text, e)
            if den is None and last_count is not None and last_count.value:
                den, of = last_count.value, last_count.of
            kind_m = _THEM_NOUN_RE.match(text, e) if g("qthem") else None
            if kind_m is not None and last_count is not None and num <= (last_count.value or 0):
                # "210 damaged buildings, 164 of them homes": a count of the plural noun
                # after "of them", the part of the count before that is of that kind
                e = kind_m.end("noun")
                f = Figure("count", s, e, text[s:e], num, unit=kind_m.group("noun"),
                           of=kind_m.group("noun"), approx=approx)
            elif g("qthem") and last_count is not None and num >= 1000:
                # "about 41,000 of those would regain coverage": a count of the people just
                # counted, as the text gives it (a share would be the tool's arithmetic;
                # "44 of them", a few of a group, stays the share it reads as)
                f = Figure("count", s, e, text[s:e], num, unit=last_count.unit, of=of,
                           approx=approx)
            elif den is None or den == 0 or num > den:
                f = Figure("count", s, e, text[s:e], num, unit=None, of=of, approx=approx)
            elif num == 1 and g("q2") and _EVERY_ONE_RE.search(text, max(0, s - 12), s + 7):
                # "each one of the 5,100 people": all of them, the count after "of"
                q2s, q2e = m.span("q2")
                sp = re.match(rf"{_SP}+", text[q2e:q2e + 4])
                u = _unit_of(text, q2e + sp.end()) if sp else None
                if u is not None:
                    q2e = u[0]  # ("5,100 people": the count's noun, as read alone)
                f = Figure("count", q2s, q2e, text[q2s:q2e], den,
                           unit=u[1] if u else None, of=of, approx=approx)
            else:
                pct_v = round(100 * num / den, 1)
                f = Figure("ratio", s, e, text[s:e], num, pct_v, pct_v, f"of {den:g}", of,
                           num, den, 9, approx)
        elif g("onein") or g("slash"):
            a, b = (g("o1"), g("o2")) if g("onein") else (g("s1"), g("s2"))
            num, den = _num(a), _num(b)
            pct_v = round(100 * num / den, 1)
            f = Figure("ratio", s, e, text[s:e], num, pct_v, pct_v, f"of {den:g}",
                       g("on") if g("onein") and g("on") else _phrase_after(text, e),
                       num, den, 9, approx)
        elif g("pct"):
            of = None
            om = re.match(rf"{_SP}+of{_SP}+", text[e:e + 8])
            if om:
                of = _phrase_after(text, e + om.end())
            f = Figure("percent", s, e, text[s:e], _num(g("p1")), unit="%", of=of,
                       decimals=_decimals(g("p1")), approx=approx, bound=bound)
        elif g("frac"):
            # "nearly three-quarters of the reefs": a share, as exact as the words are
            om = re.match(rf"{_SP}+of{_SP}+", text[e:e + 8])
            words = g("fw") or g("fw2") or g("fw3") or g("fw4")
            f = Figure("percent", s, e, text[s:e], _fraction_value(words), unit="%",
                       of=_phrase_after(text, e + (om.end() if om else 0)), approx=True,
                       bound=bound)
        elif (g("money") or g("money2")) and _plain_glued(text, m, "mc" if g("money") else
                                                          "mc2", e):
            continue  # "the R24", "R44 helicopter", "N95 masks": a name, no sum
        elif g("money") or g("money2"):
            digits = g("m1") or g("m2")
            factor = _sc(g("ms") if g("money") else g("ms2"))
            f = Figure("money", s, e, text[s:e], _scaled(_num(digits), factor),
                       unit=currency(g("mc") or g("mc2")),
                       of=_phrase_after(text, e),
                       decimals=_scaled_decimals(_decimals(digits), factor), approx=approx,
                       bound=bound)
        elif g("adur"):
            # "more than an hour", "nearly half an hour": one (or half) of the unit
            unit = g("adu").lower()
            unit = {"fortnight": "weeks"}.get(unit, unit + "s")
            size = 2.0 if g("adu").lower() == "fortnight" else 1.0
            f = Figure("duration", s, e, text[s:e],
                       size * (0.5 if g("adu1").lower().startswith("half") else 1.0),
                       unit=unit, decimals=1 if g("adu1").lower().startswith("half") else 0,
                       approx=approx, bound=bound)
        elif g("dur") and not g("dago") and _num(g("du1")) != 1 and \
                g("du").lower() == "day" and \
                text[m.end("du1"):m.start("du")].strip() == "" and \
                (cu := _plural_noun_next(text, m.end("du"))) is not None and \
                singular(cu.group(1).lower()) in _DAY_THINGS:
            # "More than 100 day centres", "30 day trips": a time unit in the singular
            # after a number is a noun's first word; the figure counts the noun (a length
            # of time is plural, "100 days", or hyphened, "a 100-day wait")
            f = Figure("count", s, cu.end(), text[s:cu.end()], _num(g("du1")),
                       unit=text[m.start("du"):cu.end()], of=_phrase_after(text, cu.end()),
                       decimals=_decimals(g("du1")), approx=approx, bound=bound)
        elif g("dur"):
            unit = g("du").lower()
            unit = "centuries" if unit == "century" else unit if unit.endswith("s") else unit + "s"
            value_d, dec_d = _num(g("du1")), _decimals(g("du1"))
            if not g("dago") and "." not in g("du1") and \
                    (more := _compound_duration(text, e, unit)) is not None:
                # "3 hours 10 minutes", "two years and six months": one duration, counted
                # in its smaller unit (190 minutes), never 3 hours and 10 minutes apart
                extra, unit, size, e = more
                value_d, dec_d = value_d * size + extra, 0
                skip_to = e
            f = Figure("duration", s, e, text[s:e], value_d, unit=unit,
                       of="ago" if g("dago") else None, decimals=dec_d,
                       approx=approx, bound=bound)
        elif g("year"):
            f = Figure("year", s, e, text[s:e], float(text[s:e]), unit="year")
        elif g("count") and (g("ca") or "").strip().lower() == "over" and not g("cs") and \
                not g("cw") and g("cu") and _YEAR_DIGITS_RE.fullmatch(g("c1")) and \
                _singular_label(text, m.start("cu"), g("cu")):
            # "at odds over 2025 toll", "row over 2026 budget.": "over" a preposition and a
            # year that labels the singular noun ending the phrase, no count of it (a count
            # of 2,025 takes its comma and a plural: "over 2,025 people", "over 2000
            # children", "over 2000 local residents" stay counts)
            f = Figure("year", m.start("c1"), m.end("c1"), g("c1"), float(g("c1")),
                       unit="year")
        else:  # count
            factor = _sc(g("cs"))
            value = _scaled(_num(g("c1")), factor)
            if g("cw"):  # "two thousand four hundred": 2,000 and 400
                value += _num(" ".join(g("cw").split()).removeprefix("and "))
            dec = _scaled_decimals(_decimals(g("c1")), factor)
            unit = None
            end = m.end("cw") if g("cw") else m.end("cs") if g("cs") else m.end("c1")
            if g("cu"):
                u = _unit_of(text, m.start("cu"))
                if u is not None:
                    end, unit = u
                elif g("cu") == "of" and (om := _OF_THE_KIND_RE.match(text, m.start("cu"))) \
                        and last_count is not None and \
                        last_count.unit and s - last_count.end < 400 and \
                        not re.search(r"[.!?][\"”’)]*\s", text[last_count.end:s]) and \
                        last_count.unit.split()[-1].lower() not in _KIND_WORDS:
                    # "fitted GPS collars to 86 koalas, estimated that 2,600 of the
                    # animals": the kind counted before it in its sentence (any other "N
                    # of the X" counts as a bare number does)
                    end, unit = om.end(), last_count.unit
            elif g("cg"):  # "34,000ha", "12km", "5kg", "1,800 MW": a unit symbol after it
                end, unit = m.end("cg"), g("cg")
            tonnes = PREFIXED_TONNES.get(singular(unit.lower())) if unit and \
                " " not in unit else None
            if tonnes is not None:
                value, unit = _scaled(value, tonnes), "tonnes"
                dec = _scaled_decimals(dec, tonnes)
            inherited = False
            if unit is None and _participle_after(text, end) and last_count is not None \
                    and last_count.unit and s - last_count.end < 200:
                unit, inherited = last_count.unit, True  # "834 patients, 78 randomised"
            kind = "count"
            if unit and _SUCH_RE.search(text, s, end) and canonical_unit(unit)[0] == "duration":
                kind = "duration"  # "counted 38 such days": days counted, as "38 days" are
            headcount = bool(g("cs")) and bool(_HEADCOUNT_BEFORE_RE.search(
                text, max(0, s - 80), s))
            if unit is None and g("cs") and last_sum is not None and s - last_sum.end < 3000 \
                    and not re.match(rf"{_SP}+times\b", text[end:end + 8]) and \
                    not headcount and \
                    _lines_between(text, last_sum.end, s) <= 2 and (
                        g("cs").strip()[:1].isalpha() and len(g("cs").strip()) > 3 or
                        not re.search(r"[.;!?]\s", text[last_sum.end:s])):
                # (a suffix, "2.45m", after a sum with its sign, "£18.6m", is the sum's
                # currency only in its sentence, "£3bn, up from 2.5bn": a page that writes
                # its sums "£18.6m" writes the sign on each; a word, "And Madrid's 610
                # million?", is the sum talked of)
                # ("viewed more than 3 lakh times" counts views, whatever sum came before)
                # "And Madrid's 610 million?" after a sum in euros: a sum in that currency
                kind, unit = "money", last_sum.unit
            elif g("cs") and (unit or headcount):
                # (a count in millions ends the sum's reach, named by its noun or its
                # clause: "a mean audience of 2.7 million, climbing to 4.4 million"
                # counts viewers after a stadium's "£180m redevelopment")
                last_sum = None
            head = text[max(0, s - 80):s]
            counted = singular(unit.split()[-1]) if unit else ""
            sv = _SAMPLE_VERB_RE.search(head) if counted in _SAMPLE_NOUNS else None
            if sv is not None and re.match(r"(?i)enrol+ments?\b", sv.group(0)) and \
                    counted in _SCHOOL_NOUNS:
                sv = None  # "its enrollment snapshot lists 19,950 pupils": a school's roll
                # (a trial's "enrollment of 450 patients" is its sample)
            if sv is not None and not _NEARER_BEFORE_RE.search(head):
                # (never a value brought nearer: "the damage assessment teams are telling
                # us it's closer to 26,000 households" is an estimate, no study's sample)
                kind = "sample"
            of = None
            if unit and not inherited:
                of = _phrase_after(text, m.start("cu"))
            elif inherited and last_count is not None:
                of = last_count.of
            vm = _VAGUE_BEFORE_RE.search(text, max(0, s - 16), s) if \
                g("c1").lower() == "hundred" and not g("cs") else None
            if vm is not None:
                # "several hundred bats", "a few hundred people": a span of that many
                # hundreds (several: three to nine; a few: two to five; a couple: two),
                # never one hundred
                lo_k, hi_k = _VAGUE_TIMES[" ".join(vm.group(1).lower().split())]
                s = vm.start()
                f = Figure("range", s, end, text[s:end], None, lo_k * value, hi_k * value,
                           unit=unit, of=of, approx=True)
            else:
                f = Figure(kind, s, end, text[s:end], value, unit=unit, of=of, decimals=dec,
                           approx=approx, bound=bound)
            if unit and not inherited:
                last_count = f
        if f.kind == "range" and f.unit is not None and \
                f.unit.rstrip(".") in MONTH_WORDS:
            continue  # "from 2 to 4 June", "between 3 and 5 March": days of a month
        if f.kind == "money" or f.kind == "range" and f.unit in CURRENCY_SIGNS.values():
            last_sum = f
        f.bare = only_bare
        out.append(f)
    return out


@dataclass(slots=True)
class NumberMention:
    """A figure as the text writes it, with its value, unit and what it counts."""

    text: str
    value: float | None
    unit: str | None
    start: int
    end: int
    kind: str  # percent | count | ratio | range | year | period | duration | money
    low: float | None = None
    high: float | None = None
    #: What is counted or measured, in the text's words ("patients with leg pain").
    of: str | None = None
    #: Who gives the figure in indirect speech ("Smith said 40 percent ..."), if anyone.
    speaker_id: str | None = None


def find_numbers(text: str, figures: list[Figure] | None = None) -> list[NumberMention]:
    """Every figure in ``text`` as the extractor records it (a ``NumberMention`` each).

    The same reading as :func:`parse_amounts`: ``1.9 million`` is 1,900,000 in
    both, and :func:`figure_amount` of the same figure is what the dossier's
    analysis compares. ``figures``: the text's :func:`scan` already made (with
    ``bare=True`` or not), so a reader that needs both reads the text once.
    """
    figs = scan(text) if figures is None else figures
    return [NumberMention(f.text, f.value, f.unit, f.start, f.end, f.kind, f.low, f.high, f.of)
            for f in figs if not f.bare]


def figure_amount(f: Figure) -> Amount | None:
    """A figure as a comparable :class:`Amount` (None for years and periods: dates)."""
    span = (f.start, f.end)
    if f.kind in ("year", "period"):
        return None
    if f.kind == "ratio" and f.numerator is not None and f.denominator:
        return Amount(100.0 * f.numerator / f.denominator, None, None, "%", "share", f.text,
                      f.approx, 9, f.numerator, f.denominator, span=span)
    if f.kind == "money" or f.unit in CURRENCY_SIGNS.values():
        dim, unit, factor = "count", f.unit or "", 1.0  # "$", "Rs": money, never a noun
    elif f.unit == "%":
        dim, unit, factor = "share", "%", 1.0
    else:
        dim, unit, factor = canonical_unit(f.unit)
    dec = _scaled_decimals(f.decimals, factor)

    def sc(x: float | None) -> float | None:
        return None if x is None else x * factor

    if f.kind == "range":
        return Amount(None, sc(f.low), sc(f.high), unit, dim, f.text, f.approx, dec, span=span)
    if f.bound == "low":
        return Amount(None, sc(f.value), None, unit, dim, f.text, f.approx, dec, span=span)
    if f.bound == "high":
        return Amount(None, None, sc(f.value), unit, dim, f.text, f.approx, dec, span=span)
    return Amount(sc(f.value), None, None, unit, dim, f.text, f.approx, dec, span=span)


def parse_amounts(text: str) -> list[Amount]:
    """Every figure found in ``text``, in order, each normalised for comparison.

    Ranges ("between 1.9 and 3 million", "1.6%-14%"), fractions ("113 of
    834", "54/113", "1 in 45"), percentages ("12 percent"), share words
    ("half of"), durations ("about 12 years ago"), lengths ("70 mm"), money
    ("$3bn") and counts with a noun ("20 cadaveric sides", "1.9 million
    people"): the same reading :func:`find_numbers` gives the extractor.
    """
    return [am for f in scan(text) if (am := figure_amount(f)) is not None]


_FRACTION_RE = re.compile(
    rf"(?P<a>{_NUM1})\s+(?:of|out of|in)\s+(?:the\s+)?(?P<b>{_DIGITS})(?!\s*(?:%|percent))"
    rf"|(?P<c>\d+)\s*/\s*(?P<d>\d+)",
    re.I,
)


def from_estimate(est: dict[str, Any]) -> Amount | None:
    """Normalise a dossier estimate (its numbers, unit and the figure as written).

    The structured numbers win over the text; the text supplies what they
    leave out: that the figure was approximate, and its numerator and
    denominator when written as "113 of 834".
    """
    value, low, high = est.get("value"), est.get("low"), est.get("high")
    if value is None and low is None and high is None:
        return None
    dim, unit, f = canonical_unit(est.get("unit"))
    written = str(est.get("text") or "")
    approx = bool(written) and _APPROX_WORD.search(written.lower()) is not None
    frac = None
    if written and any(ch.isdigit() for ch in written):
        m = _FRACTION_RE.search(written)
        if m:
            frac = next((a for a in parse_amounts(m.group(0)) if a.numerator is not None), None)
    decs = [_decimals(f"{x:g}") for x in (value, low, high) if x is not None]
    dec = max(decs) if decs else 0
    num = den = None
    if frac is not None and dim == "share":
        num, den = frac.numerator, frac.denominator
    if dim == "number" and frac is not None and value is None:
        dim, unit = "share", "%"
    scale = f

    def sc(x: Any) -> float | None:
        return None if x is None else saturate(float(x) * scale)

    dec = _scaled_decimals(dec, f)
    return Amount(sc(value), sc(low), sc(high), unit, dim, written, approx, dec, num, den)


def as_written_mismatch(est: dict[str, Any]) -> dict[str, Any] | None:
    """The estimate's value against its own figure as written ("54 (49%)" but 47.8%).

    Returns the disagreement, or None when the written figure agrees (or
    has nothing to compare).
    """
    written = str(est.get("text") or "")
    if not written or not any(ch.isdigit() for ch in written):
        return None
    amount = from_estimate(est)
    if amount is None or amount.value is None:
        return None
    for a in parse_amounts(written):
        if a.dimension != amount.dimension or a.unit != amount.unit or a.value is None:
            continue
        if a.numerator is not None:
            a = Amount(a.value, None, None, a.unit, a.dimension, a.text, False, 9,
                       a.numerator, a.denominator)
        written_value = a.value if a.value is not None else 0.0
        if not overlaps(a, amount):
            return {"written": a.text, "written_value": round(written_value, 3),
                    "value": amount.value, "unit": amount.unit}
        return None
    return None


def overlaps(a: Amount, b: Amount) -> bool:
    ia, ib = a.interval(), b.interval()
    return not (ia[1] < ib[0] or ib[1] < ia[0])


def compare(a: Amount, b: Amount, da: str | None = None,
            db: str | None = None) -> dict[str, Any] | None:
    """Why two amounts of one quantity disagree, or None if they agree.

    ``kind`` is ``disjoint`` (same unit, intervals do not overlap) or
    ``unit-mismatch`` (the same number given in units that count different
    things, e.g. 20 cadavers vs 20 cadaveric sides). Different numbers in
    different units are not comparable and are not flagged.
    """
    if a.dimension != b.dimension or a.unit != b.unit:
        # "20 cadavers" and "40 sides" may well agree; "20 cadavers" and "20 sides" say the
        # same number counts different things, so one of them mislabels it.
        same_number = (a.value is not None and b.value is not None
                       and abs(a.value - b.value) < 1e-9)
        if not same_number:
            return None
        return {"kind": "unit-mismatch",
                "detail": f"same number, different units: {da or a.describe()} vs "
                          f"{db or b.describe()}"}
    if overlaps(a, b):
        return None
    va = a.value if a.value is not None else _mid(a)
    vb = b.value if b.value is not None else _mid(b)
    detail = f"{da or a.describe()} vs {db or b.describe()}"
    out: dict[str, Any] = {"kind": "disjoint", "detail": detail}
    if va is not None and vb is not None and math.isfinite(va) and math.isfinite(vb):
        out["difference"] = round(vb - va, 4)
        if min(abs(va), abs(vb)) > 0:
            out["ratio"] = round(max(abs(va), abs(vb)) / min(abs(va), abs(vb)), 3)
    return out


def _mid(a: Amount) -> float | None:
    if a.low is not None and a.high is not None:
        return (a.low + a.high) / 2
    return a.low if a.low is not None else a.high
