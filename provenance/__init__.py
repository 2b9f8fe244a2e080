"""provenance: trace claims to their sources.

A dossier (people, works, claims, questions and the texts they appear in)
becomes a claim and citation graph whose quotes are checked against their
sources and whose contested points are rendered as one offline HTML page.
"""

__version__ = "0.1.0"
