"""Realistic dossiers of any size, for benchmarks and tests.

The generated dossier has the shape of a real one, because that shape is what
layouts, the page and the analyses are slow or fast on:

* **topics**: every question is a topic; people, studies and news articles
  belong to one, so the graph has the clusters a real dossier has (a debate
  around each question), joined by people and citations that cross topics;
* **hubs**: a few people are quoted far more than others and a few studies
  are cited far more (Zipf-like choice), as in any literature;
* **competing positions**: most questions have two or three positions whose
  claims contradict each other, with numeric estimates that do or do not
  overlap; some questions are settled;
* **quotes in real texts**: every appearance's quote is embedded verbatim in a
  generated article (``sources/*.txt``), in a paragraph that names its
  speaker, so anchoring works as on real data; a small share of quotes is
  deliberately misquoted (``misquote_rate``) so a checker has something to find.

Everything is drawn from one ``random.Random(seed)``: the same arguments give
the same dossier, byte for byte. All DOIs use ``10.5555``, the prefix Crossref
reserves for examples, and the title says the data is synthetic.

:func:`generate_records` builds the :class:`~provenance.model.Dossier` in
memory; :func:`generate_dossier` writes it as a folder that
:func:`provenance.dossier.load_dossier` reads back to equal records.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from .errors import GenerateError as GenerateError
from .model import Appearance, Claim, Dossier, Estimate, Person, Question, Sample, Work

# -- vocabulary ----------------------------------------------------------------

CONDITIONS = (
    "cluneal nerve entrapment", "sacroiliac joint pain", "piriformis syndrome",
    "lumbar disc herniation", "facet joint arthropathy", "spinal stenosis",
    "myofascial pain", "coccydynia", "meralgia paresthetica", "thoracolumbar junction syndrome",
    "chronic neck pain", "tension headache", "carpal tunnel syndrome", "plantar fasciitis",
    "tennis elbow", "frozen shoulder", "knee osteoarthritis", "hip bursitis",
    "fibromyalgia", "sciatica", "whiplash injury", "rotator cuff tear",
    "Achilles tendinopathy", "temporomandibular disorder", "occipital neuralgia",
    "pudendal neuralgia", "restless legs syndrome", "vitamin D deficiency",
    "iron-deficiency anaemia", "migraine", "shin splints", "patellar tendinopathy",
    "De Quervain tenosynovitis", "thoracic outlet syndrome", "trigger finger",
    "ankylosing spondylitis", "osteoporotic fracture", "low bone density",
    "post-operative back pain", "scoliosis",
)
POPULATIONS = (
    "adults with chronic low back pain", "office workers", "older adults", "athletes",
    "pregnant women", "manual labourers", "adolescents", "people over 65",
    "patients referred to pain clinics", "military recruits", "nurses", "runners",
    "people with diabetes", "long-distance drivers", "primary-care patients",
    "postmenopausal women", "smokers", "obese adults", "dancers", "cyclists",
)
TREATMENTS = (
    "nerve blocks", "surgical release", "massage therapy", "acupuncture",
    "physiotherapy", "steroid injections", "spinal manipulation", "dry needling",
    "yoga", "radiofrequency ablation", "anti-inflammatory drugs", "opioids",
    "shockwave therapy", "orthotic insoles", "bed rest", "cognitive behavioural therapy",
    "platelet-rich plasma injections", "heat therapy", "TENS", "strength training",
    "botulinum toxin injections", "weight loss", "ergonomic chairs", "vitamin D supplements",
    "hydrotherapy",
)
EXPOSURES = (
    "prolonged sitting", "heavy lifting", "smoking", "obesity", "poor sleep",
    "high heels", "running on hard surfaces", "previous surgery", "pregnancy",
    "low physical activity", "repetitive strain", "a sedentary job", "diabetes",
    "older age", "depression", "cold weather", "wearing a tight belt", "carrying a wallet "
    "in the back pocket", "vibration from driving", "a previous fall",
)
REGIONS = (
    "in Japan", "in Europe", "in North America", "in Brazil", "in India", "in Nigeria",
    "in Australia", "in China", "in rural areas", "in cities",
)
FIRST_NAMES = (
    "Yoichi", "Shane", "Jean-Yves", "Maria", "Ahmed", "Li", "Priya", "Olga", "Kwame",
    "Sofia", "Hiroshi", "Emma", "Carlos", "Fatima", "Lars", "Ana", "David", "Mei",
    "Tomasz", "Amara", "Noah", "Ingrid", "Rafael", "Chiara", "Sipho", "Hana", "Ivan",
    "Lucia", "Omar", "Elena", "Kenji", "Sarah", "Mateo", "Aisha", "Johan", "Yuki",
    "Pierre", "Nadia", "Diego", "Leila", "Tariq", "Greta", "Paulo", "Ines", "Ravi",
    "Zanele", "Marek", "Camille", "Jonas", "Akira", "Beatriz", "Felix", "Rosa",
    "Samuel", "Anya", "Hugo", "Nkechi", "Minh", "Astrid", "Kofi",
)
SURNAMES = (
    "Tubbs", "Aota", "Maigne", "Kuniya", "Konno", "Isu", "Trescot", "Lu", "Tanaka",
    "Suzuki", "Sato", "Nakamura", "Kobayashi", "Dubois", "Martin", "Bernard", "Moreau",
    "Schmidt", "Muller", "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Garcia",
    "Fernandez", "Lopez", "Martinez", "Silva", "Santos", "Oliveira", "Costa", "Smith",
    "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
    "Anderson", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis",
    "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
    "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
    "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
    "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Kelly", "Howard",
    "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes",
    "Price", "Sanders", "Patel", "Shah", "Singh", "Kumar", "Gupta", "Chen", "Wang",
    "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Kim",
    "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Okafor",
    "Adeyemi", "Mensah", "Owusu", "Diallo", "Traore", "Ndlovu", "Dlamini", "Mwangi",
    "Otieno", "Haddad", "Khalil", "Nasser", "Hassan", "Ibrahim", "Yilmaz", "Kaya",
    "Demir", "Nowak", "Kowalski", "Wisniewski", "Novak", "Horvat", "Ivanov", "Petrov",
    "Smirnov", "Popescu", "Andersen", "Nielsen", "Hansen", "Johansson", "Larsen",
    "Virtanen", "Korhonen", "Jansen", "De Vries", "Van Dijk", "Bakker", "Visser",
)
AFFILIATIONS = (
    "Seattle Science Foundation", "Hirosaki University", "Hôtel-Dieu Hospital, Paris",
    "Kobe University", "Karolinska Institute", "University of Cape Town",
    "McGill University", "University of Sao Paulo", "King's College London",
    "University of Melbourne", "Charité Berlin", "University of Lagos", "AIIMS New Delhi",
    "Peking University", "University of Toronto", "Mayo Clinic", "University of Oslo",
    "Seoul National University", "University of Nairobi", "ETH Zurich",
    "Yokohama Rosai Hospital", "University of Chile", "Aarhus University",
    "Massachusetts General Hospital", "University of Edinburgh",
)
RESEARCHER_ROLES = (
    "anatomist", "orthopaedic surgeon", "neurosurgeon", "physiotherapist",
    "epidemiologist", "pain specialist", "rheumatologist", "sports physician",
    "general practitioner", "radiologist", "massage therapist", "chiropractor",
)
VENUES = (
    "Journal of Orthopaedic Surgery and Research", "Clinical Anatomy", "Spine",
    "Pain Medicine", "European Spine Journal", "BMJ Open", "The Lancet Rheumatology",
    "Journal of Neurosurgery: Spine", "Pain Physician", "Surgical and Radiologic Anatomy",
    "Archives of Physical Medicine and Rehabilitation", "PLOS ONE",
    "Journal of Manipulative and Physiological Therapeutics", "Musculoskeletal Science and "
    "Practice", "Cochrane Database of Systematic Reviews",
)
OUTLETS = (
    "Massage & Fitness Magazine", "The Daily Ledger", "Health Weekly", "City Tribune",
    "Science Today", "The Morning Post", "Wellness Online", "Clinic Voice",
    "Patient Forum", "Runner's Notes", "Family Doctor News", "The Evening Standard-Bearer",
)
DESIGNS_WEIGHTED = (
    ("systematic-review", 4), ("meta-analysis", 3), ("trial", 10), ("cohort", 14),
    ("case-control", 8), ("cross-sectional", 14), ("case-series", 12), ("anatomical", 10),
    ("case-report", 8), ("narrative-review", 6), ("expert-opinion", 3), ("other", 2),
)
SAMPLE_UNITS = {
    "anatomical": "cadaveric sides", "case-report": "patients", "case-series": "patients",
    "systematic-review": "studies", "meta-analysis": "studies",
}
FILLER = (
    "{Cond} was first described decades ago, yet it is still rarely taught in medical school.",
    "Many patients wait years before anyone names what they have.",
    "The symptoms overlap with those of several more familiar conditions.",
    "Imaging often looks normal, which is one reason the diagnosis is missed.",
    "Insurers have been slow to pay for the treatment.",
    "Not every specialist agrees on how the condition should be defined.",
    "Some clinics now screen for it routinely; most do not.",
    "The debate matters for {pop}, who make up a large share of those affected.",
    "Researchers say larger studies are needed before guidelines change.",
    "Patient groups have campaigned for better awareness.",
    "The numbers vary widely from one study to the next.",
    "Part of the disagreement comes down to how cases are counted.",
    "Small samples make many of the published figures uncertain.",
    "Several of the early reports came from a single hospital.",
)
HEADLINES = (
    "Why {cond} may be behind your pain",
    "The hidden cost of {cond}",
    "Doctors disagree over {cond}",
    "What we know, and don't, about {cond}",
    "{Cond}: a condition hiding in plain sight",
    "New research reopens the debate on {cond}",
    "Is {cond} overdiagnosed?",
    "Living with {cond}",
)
OPENERS = ("", "", "", "Honestly, ", "In our data, ", "As far as we can tell, ",
           "What we see is that ", "Frankly, ", "In my experience, ")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


# -- question kinds: what a question asks, its positions, and how claims word them ------


@dataclass(slots=True)
class _Topic:
    """One question's subject: what is asked, and the positions one can take on it."""

    kind: str  # prevalence | efficacy | risk
    cond: str
    other: str  # population, treatment or exposure
    region: str
    positions: list[str]
    centre: float  # the quantity's "true" value, around which estimates scatter
    people: list[int] = field(default_factory=list)
    studies: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    claims: dict[str, list[int]] = field(default_factory=dict)

    def question_text(self) -> str:
        r = f" {self.region}" if self.region else ""
        if self.kind == "prevalence":
            return f"How common is {self.cond} among {self.other}{r}?"
        if self.kind == "efficacy":
            return f"Does treatment with {self.other} relieve {self.cond}{r}?"
        return f"Is {self.other} a risk factor for {self.cond}{r}?"


_POSITIONS = {
    "prevalence": ["rare", "common", "very common"],
    "efficacy": ["helps", "no effect", "harms"],
    "risk": ["risk factor", "no link"],
}


def _claim_words(t: _Topic, position: str, rng: random.Random
                 ) -> tuple[str, str, Estimate | None]:
    """(claim text, quote, estimate) for a claim taking ``position`` on topic ``t``."""
    cond, other = t.cond, t.other
    opener = rng.choice(OPENERS)
    est: Estimate | None
    if t.kind == "prevalence":
        scale = {"rare": 0.25, "common": 1.0, "very common": 2.2}[position]
        v = max(0.5, round(t.centre * scale * rng.uniform(0.7, 1.3), 1))
        v = float(int(v)) if v >= 5 else v
        est = Estimate(value=v, unit="%", population=other)
        if rng.random() < 0.3:
            half = round(max(0.5, v * rng.uniform(0.1, 0.3)), 1)
            est.low, est.high = round(max(0.0, v - half), 1), round(v + half, 1)
        vs = f"{v:g}"
        if position == "rare":
            text = f"{_cap(cond)} is rare among {other}, about {vs}%."
            quote = rng.choice((
                f"{opener}it is rare, maybe {vs} percent of {other} at most",
                f"{opener}we only see it in about {vs} percent of {other}",
            ))
        else:
            text = f"{_cap(cond)} affects about {vs}% of {other}."
            quote = rng.choice((
                f"{opener}this condition makes up about {vs} percent of {other}",
                f"{opener}we found that roughly {vs} percent of {other} had {cond}",
                f"{opener}it is far more common than people think, around {vs} percent",
            ))
        return text, _cap(quote), est
    if t.kind == "efficacy":
        if position == "helps":
            text = f"Treatment with {other} relieves {cond} in most patients."
            quote = rng.choice((
                f"{opener}{other} worked well in the majority of our patients with {cond}",
                f"{opener}most of our patients got better after {other}",
            ))
            share = round(rng.uniform(55, 90))
            est = Estimate(value=float(share), unit="% improved", quantity=f"{t.cond}/{other}")
        elif position == "no effect":
            text = f"Treatment with {other} does no better than placebo for {cond}."
            quote = rng.choice((
                f"{opener}when you compare {other} with a sham, the difference disappears",
                f"{opener}there is no good evidence that {other} can help with {cond}",
            ))
            est = Estimate(value=float(round(rng.uniform(15, 35))), unit="% improved",
                           quantity=f"{t.cond}/{other}")
        else:
            text = f"Treatment with {other} makes {cond} worse in some patients."
            quote = f"{opener}we saw several patients whose {cond} got worse after {other}"
            est = None
        return text, _cap(quote), est if rng.random() < 0.6 else None
    # risk
    if position == "risk factor":
        orr = round(t.centre / 10 * rng.uniform(0.8, 1.4) + 1.2, 1)
        text = f"{_cap(other)} raises the risk of {cond}."
        quote = rng.choice((
            f"{opener}people with {other} were about {orr:g} times as likely to develop {cond}",
            f"{opener}{other} clearly plays a part in {cond}",
        ))
        est = Estimate(value=orr, unit="odds ratio", quantity=f"{t.cond}/{other}")
    else:
        text = f"{_cap(other)} is not linked to {cond}."
        quote = f"{opener}we could not find any link between {other} and {cond}"
        est = Estimate(value=round(rng.uniform(0.8, 1.1), 2), unit="odds ratio",
                       quantity=f"{t.cond}/{other}") if rng.random() < 0.5 else None
    return text, _cap(quote), est


_LOOSE_CLAIMS = (
    ("{Cond} is often missed on imaging.",
     "it is often missed because it does not show up on an MRI"),
    ("{Cond} can mimic a herniated disc.",
     "the pain can look exactly like a disc problem"),
    ("Most doctors are not trained to recognise {cond}.",
     "most doctors simply were not taught to look for {cond}"),
    ("{Cond} is more frequent on the left side.",
     "for some reason we see it more often on the left"),
    ("Symptoms of {cond} get worse when sitting.",
     "patients tell us the pain gets worse when they sit for a long time"),
    ("{Cond} was described more than thirty years ago.",
     "this was described more than thirty years ago, it is not new"),
    ("Women report {cond} more often than men.",
     "women come to us with {cond} more often than men do"),
)


# -- the generator ------------------------------------------------------------------


def _zipf_picker(n: int, rng: random.Random, s: float = 1.1) -> Callable[[], int]:
    """Return a function drawing 0..n-1 with Zipf-like weights over a shuffled order.

    Hubs emerge (a few people quoted often, a few studies cited often) without
    their ids being the first ones.
    """
    import bisect
    from itertools import accumulate

    order = list(range(n))
    rng.shuffle(order)
    cum = list(accumulate(1.0 / (i + 1) ** s for i in range(n)))
    total = cum[-1] if cum else 0.0

    def pick() -> int:
        return order[min(n - 1, bisect.bisect_left(cum, rng.random() * total))]

    return pick


def _pick_local(local: Sequence[int], pick_global: Callable[[], int],
                rng: random.Random, p_local: float = 0.85) -> int:
    """Mostly from ``local`` (early entries favoured), sometimes from anywhere."""
    if local and rng.random() < p_local:
        return local[int(len(local) * rng.random() ** 1.6)]
    return pick_global()


@dataclass
class _Draft:
    """What the generator's stages share: the sizes asked for, the one random
    source, and the records drawn so far.

    Each stage reads what earlier stages drew and adds its own records; the
    order of the stages is the order of the random draws, so it must not change
    (the same arguments give the same dossier, byte for byte).
    """

    rng: random.Random
    n_claims: int
    n_people: int
    n_works: int
    n_q: int
    misquote_rate: float
    topics: list[_Topic] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    journalists: list[int] = field(default_factory=list)
    researchers: list[int] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)
    n_studies: int = 0
    study_topic: list[int] = field(default_factory=list)
    article_topic: dict[int, int] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    # what each article says, in order: (quote as in the text, speaker index or None)
    said: dict[int, list[tuple[str, int | None]]] = field(default_factory=dict)
    pick_researcher: Callable[[], int] = field(default=lambda: 0)
    pick_journalist: Callable[[], int] = field(default=lambda: 0)


def generate_records(*, claims: int, people: int | None = None, works: int | None = None,
                     questions: int | None = None, seed: int = 0, misquote_rate: float = 0.03,
                     root: Path | None = None) -> Dossier:
    """A realistic dossier in memory (see the module doc for what "realistic" means).

    Defaults keep the proportions of a large newsroom dossier: per 100 claims,
    20 people, 50 works and 2 questions. ``root`` is where the dossier would
    live (only used for ``Dossier.root``/``path``; nothing is written).
    """
    if claims < 0:
        raise GenerateError("claims must be >= 0")
    n_people = max(1, claims // 5) if people is None else people
    n_works = max(2, claims // 2) if works is None else works
    n_q = max(1, claims // 50) if questions is None else questions
    for name, v in (("people", n_people), ("works", n_works), ("questions", n_q)):
        if v < 0:
            raise GenerateError(f"{name} must be >= 0")
    if n_people == 0 and n_works:
        raise GenerateError("people must be >= 1 when there are works (every study and "
                            "article needs an author); give --people 1 or more, or --works 0")
    root = Path(root) if root is not None else Path(f"generated-{claims}-{seed}")
    g = _Draft(random.Random(seed), claims, n_people, n_works, n_q, misquote_rate)
    _draw_questions(g)
    _draw_people(g)
    _draw_studies(g)
    _draw_citations(g)
    _draw_news(g)
    _draw_claims(g)
    _draw_study_stances(g)
    return Dossier(
        title=f"Generated dossier: {claims:,} claims (synthetic data, seed {seed})",
        description="Synthetic data made by `provenance generate` for benchmarks and tests: "
        "the people, studies, quotes and numbers are invented.",
        root=root, path=root / "dossier.yaml", slug=_slug(root.name) or "generated",
        questions=g.questions, people=g.people, works=g.works, claims=g.claims,
        texts=_texts(g),
    )


def _draw_questions(g: _Draft) -> None:
    g.topics = _make_topics(max(1, g.n_q), g.rng)
    g.questions = [Question(id=f"q-{i + 1}", text=t.question_text())
                   for i, t in enumerate(g.topics[:g.n_q])]


def _draw_people(g: _Draft) -> None:
    """15% journalists (they write the articles), the rest researchers and clinicians."""
    rng, topics = g.rng, g.topics
    for i in range(g.n_people):
        first, sur = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        is_j = rng.random() < 0.15 and g.n_people > 1
        topic = rng.randrange(len(topics))
        if is_j:
            g.journalists.append(i)
            role, aff = "journalist", rng.choice(OUTLETS)
        else:
            g.researchers.append(i)
            topics[topic].people.append(i)
            role, aff = rng.choice(RESEARCHER_ROLES), rng.choice(AFFILIATIONS)
        aliases = [sur, f"Dr. {sur}"] if not is_j else [sur]
        g.people.append(Person(
            id=f"{_slug(sur)}-{i + 1}", name=f"{first} {sur}", aliases=aliases,
            affiliation=aff, role=role,
            orcid=f"0000-0002-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
            if rng.random() < 0.3 else None,
        ))
    if not g.researchers:
        g.researchers = list(range(g.n_people))
    if not g.journalists:
        g.journalists = list(range(g.n_people))
    g.pick_researcher = _pick_by(g.researchers, rng)
    g.pick_journalist = _pick_by(g.journalists, rng)


def _n_news(g: _Draft) -> int:
    n_news = 0 if g.n_works == 0 else max(1, round(g.n_works * 0.45)) if g.n_claims else 0
    return min(n_news, g.n_works)


def _draw_studies(g: _Draft) -> None:
    """The studies, sorted by year so that citations point back in time."""
    rng, topics, p_records = g.rng, g.topics, g.people
    g.n_studies = g.n_works - _n_news(g)
    designs = [d for d, _ in DESIGNS_WEIGHTED]
    weights = [w for _, w in DESIGNS_WEIGHTED]
    years = sorted(rng.randint(1980, 2025) for _ in range(g.n_studies))
    for i in range(g.n_studies):
        t_i = rng.randrange(len(topics))
        t = topics[t_i]
        g.study_topic.append(t_i)
        design = rng.choices(designs, weights)[0]
        unit = SAMPLE_UNITS.get(design, rng.choice(("patients", "participants", "adults")))
        n = {"case-report": rng.randint(1, 3), "anatomical": rng.randint(8, 120),
             "systematic-review": rng.randint(5, 60), "meta-analysis": rng.randint(5, 40)
             }.get(design, int(rng.lognormvariate(5, 1.2)) + 10)
        authors: list[int] = []
        for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5, 6))):
            a = _pick_local(t.people, g.pick_researcher, rng, 0.8)
            if a not in authors:
                authors.append(a)
        lead = p_records[authors[0]].name.split()[-1] if authors else "Anon"
        kind_word = {"prevalence": "Prevalence of", "efficacy": "Effect of",
                     "risk": "Risk factors for"}[t.kind]
        title = (f"{kind_word} {t.cond} in {rng.choice(POPULATIONS)}: a {design} of "
                 f"{n} {unit}")
        year = years[i]
        unverified = [f for f in ("sample", "year", "venue") if rng.random() < 0.03]
        g.works.append(Work(
            id=f"{_slug(lead)}-{year}-{i + 1}",
            type="review" if design in ("systematic-review", "meta-analysis",
                                        "narrative-review") else "study",
            title=title, authors=[p_records[a].id for a in authors], year=year,
            venue=rng.choice(VENUES),
            doi=f"10.5555/prov.{year}.{i + 1:06d}" if rng.random() < 0.85 else None,
            pmid=str(rng.randrange(10_000_000, 39_999_999)) if rng.random() < 0.6 else None,
            design=design, sample=Sample(n=n, unit=unit), unverified=unverified,
        ))
        t.studies.append(i)


def _draw_citations(g: _Draft) -> None:
    """Citations to earlier studies, mostly of the same topic, favouring the much-cited."""
    rng, w_records = g.rng, g.works
    cited_pool: list[int] = []  # one entry per citation received: preferential attachment
    for i in range(g.n_studies):
        t = g.topics[g.study_topic[i]]
        k = min(i, rng.choice((0, 1, 2, 2, 3, 4, 6, 9)))
        cites: set[int] = set()
        for _ in range(k):
            r = rng.random()
            if r < 0.55:
                earlier = [s for s in t.studies if s < i]
                target = earlier[int(len(earlier) * rng.random())] if earlier else -1
            elif r < 0.85 and cited_pool:
                target = cited_pool[rng.randrange(len(cited_pool))]
            else:
                target = rng.randrange(i) if i else -1
            if 0 <= target < i:
                cites.add(target)
        w_records[i].cites = [w_records[c].id for c in sorted(cites)]
        cited_pool.extend(sorted(cites))


def _draw_news(g: _Draft) -> None:
    """Articles and interviews with a source text, each about one topic."""
    rng, w_records = g.rng, g.works
    for j in range(_n_news(g)):
        i = g.n_studies + j
        t_i = rng.randrange(len(g.topics))
        g.article_topic[i] = t_i
        t = g.topics[t_i]
        wtype = rng.choices(("article", "interview", "webpage", "editorial"), (6, 3, 2, 1))[0]
        author = g.pick_journalist()
        year = rng.randint(2005, 2025)
        title = rng.choice(HEADLINES).format(cond=t.cond, Cond=_cap(t.cond))
        w_records.append(Work(
            id=f"{wtype}-{i + 1}", type=wtype, title=title,
            authors=[g.people[author].id], year=year,
            date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            venue=rng.choice(OUTLETS),
            url=f"https://news.example.org/{year}/{wtype}-{i + 1}",
            source_text=f"sources/{wtype}-{i + 1}.txt",
            cites=[w_records[s].id for s in rng.sample(t.studies, min(len(t.studies),
                                                                      rng.choice((0, 0, 1, 2))))],
        ))
        t.articles.append(i)


def _draw_claims(g: _Draft) -> None:
    """Claims: 80% address a question; each appears in articles and may rest on studies."""
    rng, topics, n_q, w_records = g.rng, g.topics, g.n_q, g.works
    pick_article = _pick_by(list(range(g.n_studies, g.n_works)), rng) \
        if g.n_works > g.n_studies else None
    pick_study = _pick_by(list(range(g.n_studies)), rng) if g.n_studies else None
    for i in range(g.n_claims):
        if n_q and rng.random() < 0.8:
            t_i = min(n_q - 1, int(n_q * rng.random() ** 1.3))
            t = topics[t_i]
            position = t.positions[min(len(t.positions) - 1,
                                       int(len(t.positions) * rng.random() ** 1.4))]
            text, quote, est = _claim_words(t, position, rng)
            if est is not None and est.value is not None and len(t.positions) == 1:
                # a settled question: its estimates agree (their intervals overlap)
                est.low, est.high = round(est.value * 0.5, 2), round(est.value * 1.5, 2)
            qid: str | None = g.questions[t_i].id
        else:
            t_i = rng.randrange(len(topics))
            t = topics[t_i]
            position, est, qid = None, None, None
            tmpl_text, tmpl_quote = rng.choice(_LOOSE_CLAIMS)
            text = tmpl_text.format(cond=t.cond, Cond=_cap(t.cond))
            quote = _cap(rng.choice(OPENERS) + tmpl_quote.format(cond=t.cond))
        apps: list[Appearance] = []
        if pick_article is not None and rng.random() < 0.93:
            for k in range(1 if rng.random() < 0.8 else 2):
                art = _pick_local(t.articles, pick_article, rng, 0.8)
                by = _pick_local(t.people, g.pick_researcher, rng, 0.75) \
                    if g.n_people and rng.random() < 0.85 else None
                q = quote if k == 0 else _cap(rng.choice(OPENERS[3:]) + quote[0].lower()
                                              + quote[1:])
                g.said.setdefault(art, []).append((q, by))
                recorded = _misquote(q, rng) if rng.random() < g.misquote_rate else q
                apps.append(Appearance(in_=w_records[art].id, quote=recorded,
                                       by=g.people[by].id if by is not None else None))
        based_on: list[str] = []
        if pick_study is not None and (not apps or rng.random() < 0.45):
            for _ in range(1 if rng.random() < 0.8 else 2):
                s = _pick_local(t.studies, pick_study, rng, 0.85)
                if w_records[s].id not in based_on:
                    based_on.append(w_records[s].id)
        claim = Claim(id=f"c-{i + 1}", text=text, question=qid, position=position,
                      estimate=est, appearances=apps, based_on=based_on)
        if position is not None:
            _relate(g, t, claim, position)
            t.claims.setdefault(position, []).append(i)
        g.claims.append(claim)


def _relate(g: _Draft, t: _Topic, claim: Claim, position: str) -> None:
    """Contradict a claim of another position, support one of the same."""
    rng = g.rng
    others = [p for p in t.claims if p != position and t.claims[p]]
    if others and rng.random() < 0.18:
        pool = t.claims[rng.choice(others)]
        claim.contradicts.append(g.claims[pool[rng.randrange(len(pool))]].id)
    same = t.claims.get(position)
    if same and rng.random() < 0.08:
        claim.supports.append(g.claims[same[rng.randrange(len(same))]].id)


def _draw_study_stances(g: _Draft) -> None:
    """Studies that explicitly support or contradict claims of their topic."""
    rng, c_records = g.rng, g.claims
    for s in range(g.n_studies):
        t = g.topics[g.study_topic[s]]
        if not t.claims or rng.random() > 0.1:
            continue
        work = g.works[s]
        if len(t.positions) == 1:  # settled: studies agree with its claims
            work.supports.append(c_records[t.claims[t.positions[0]][0]].id)
            continue
        pos = rng.choice(sorted(t.claims))
        claim_id = c_records[t.claims[pos][rng.randrange(len(t.claims[pos]))]].id
        (work.supports if rng.random() < 0.6 else work.contradicts).append(claim_id)


def _texts(g: _Draft) -> dict[str, str]:
    """Each article's text, carrying its quotes verbatim (drawn last, after every claim)."""
    texts = {}
    names = {p.id: p.name for p in g.people}
    for art in range(g.n_studies, g.n_works):
        wk = g.works[art]
        byline = names[wk.authors[0]] if wk.authors else "Staff"
        texts[wk.id] = _article_text(wk, g.topics[g.article_topic[art]], g.said.get(art, []),
                                     g.people, byline, g.rng)
    return texts


def _make_topics(n: int, rng: random.Random) -> list[_Topic]:
    """``n`` distinct question subjects (drawn without replacement, regions added when needed)."""
    combos: list[tuple[str, str, str]] = []
    for c in CONDITIONS:
        combos += [("prevalence", c, p) for p in POPULATIONS]
        combos += [("efficacy", c, tr) for tr in TREATMENTS]
        combos += [("risk", c, e) for e in EXPOSURES]
    rng.shuffle(combos)
    out = []
    for i in range(n):
        kind, cond, other = combos[i % len(combos)]
        rounds = i // len(combos)
        region = "" if rounds == 0 else REGIONS[(rounds - 1) % len(REGIONS)]
        if rounds > len(REGIONS):
            region += f" (cohort {rounds // len(REGIONS)})"
        positions = list(_POSITIONS[kind])
        rng.shuffle(positions)
        # 30% of questions are settled: one position only
        keep = 1 if rng.random() < 0.3 else rng.randint(2, len(positions))
        out.append(_Topic(kind, cond, other, region, positions[:keep],
                          centre=rng.uniform(2, 30)))
    return out


def _pick_by(pool: list[int], rng: random.Random) -> Callable[[], int]:
    z = _zipf_picker(len(pool), rng)
    return lambda: pool[z()]


def _misquote(quote: str, rng: random.Random) -> str:
    """A plausible misquotation: a word dropped or swapped, as in real copy-editing slips."""
    words = quote.split()
    if len(words) < 4:
        return quote + " indeed"
    k = rng.randrange(1, len(words) - 1)
    if rng.random() < 0.5:
        del words[k]
    else:
        words[k] = rng.choice(("really", "perhaps", "generally", "always", "usually"))
    return " ".join(words)


def _article_text(w: Work, t: _Topic, said: list[tuple[str, int | None]],
                  people: list[Person], byline: str, rng: random.Random) -> str:
    """A news text carrying every quote in ``said`` verbatim, in paragraphs split by blank lines."""
    subs = {"cond": t.cond, "Cond": _cap(t.cond), "pop": rng.choice(POPULATIONS)}
    paras = [w.title, f"By {byline}, {w.venue}, {w.date or w.year}"]
    paras.append(" ".join(rng.choice(FILLER).format(**subs) for _ in range(2)))
    introduced: set[int] = set()
    for quote, by in said:
        if by is None:
            body = f"{quote}."
        else:
            p = people[by]
            surname = p.aliases[0] if p.aliases else p.name
            if by in introduced:
                body = rng.choice((f"“{quote},” {surname} said.", f"{surname} added: “{quote}.”"))
            else:
                introduced.add(by)
                body = f"“{quote},” said {p.name}, {_a(p.role or 'expert')} at {p.affiliation}."
        if rng.random() < 0.5:
            body += " " + rng.choice(FILLER).format(**subs)
        paras.append(body)
    paras.append(rng.choice(FILLER).format(**subs))
    return "\n\n".join(paras) + "\n"


def _slug(s: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() and ch.isascii() else "-" for ch in s)
    return "-".join(p for p in out.split("-") if p)


# -- writing --------------------------------------------------------------------------


def _plain(obj: Any) -> Any:
    """A record as the dossier format writes it: ``in_`` becomes ``in``; empty fields left out."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if v is None or v == [] or v == {}:
                continue
            out[f.name.rstrip("_")] = _plain(v)
        return out
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def dossier_json(d: Dossier) -> str:
    """``dossier.yaml`` text for ``d`` in JSON syntax, which is also YAML.

    The loader reads JSON syntax with Python's json module: 100,000 claims load
    in seconds, where libyaml takes over a minute (docs/format.md, "Big dossiers").
    """
    data: dict[str, Any] = {"title": d.title}
    if d.description:
        data["description"] = d.description
    for key in ("questions", "people", "works", "claims"):
        data[key] = _plain(getattr(d, key))
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_dossier(d: Dossier, root: str | Path, *, force: bool = False) -> Path:
    """Write ``d`` as a dossier folder at ``root``; returns the path of its dossier.yaml.

    Built in a temporary folder beside ``root`` and renamed into place
    (:func:`provenance.files.write_folder_atomic`), so an interrupted run
    leaves nothing half-written. A non-empty ``root`` is only replaced with
    ``force`` (:class:`provenance.files.OutputExists` otherwise).
    """
    from .files import write_folder_atomic

    def fill(tmp: Path) -> None:
        (tmp / "sources").mkdir()
        for wk in d.works:
            if wk.source_text and wk.id in d.texts:
                with open(tmp / wk.source_text, "w", encoding="utf-8", newline="\n") as f:
                    f.write(d.texts[wk.id])
        with open(tmp / "dossier.yaml", "w", encoding="utf-8", newline="\n") as f:
            f.write(dossier_json(d))

    return write_folder_atomic(root, fill, force=force, empty_ok=True) / "dossier.yaml"


def generate_dossier(root: str | Path, *, claims: int, people: int | None = None,
                     works: int | None = None, questions: int | None = None, seed: int = 0,
                     misquote_rate: float = 0.03, force: bool = False) -> Path:
    """Generate a dossier (see :func:`generate_records`) and write it as a folder at ``root``.

    Returns the folder, ready for :func:`provenance.dossier.load_dossier`.
    """
    root = Path(root)
    d = generate_records(claims=claims, people=people, works=works, questions=questions,
                         seed=seed, misquote_rate=misquote_rate, root=root)
    write_dossier(d, root, force=force)
    return root
