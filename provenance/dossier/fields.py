"""One checker per type tag: what a value of each kind of key must be, and what to say if not.

:data:`CHECKERS` maps a tag of :data:`provenance.dossier.keys.KEYS` to the
function that checks a value of it; :class:`~provenance.dossier.validate.Validator`
looks the checker up instead of walking a chain of ``if``s. The common, valid
values never get here (the validator takes them on a fast path); a checker
explains what is wrong and how to write it instead.

Every checker has the same signature, ``(v, kind, key, target, value, path,
record)``: the validator collecting problems, the record kind, the key, the
kind a reference names (else ""), the value, its path and the record holding
it. Positional, because a large dossier calls them hundreds of thousands of times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..files import UnsafeFile, read_inside, shown_name
from ..model import STUDY_DESIGNS, WORK_TYPES
from .keys import ID_RE
from .limits import INT_LIMIT, SURROGATE, decode_utf8_sig, storable
from .locate import YamlPath

if TYPE_CHECKING:
    from .validate import Validator

Record = dict[Any, Any]
Checker = Callable[["Validator", str, str, str, Any, YamlPath, Record], None]


# -- the wording of problems every checker shares --------------------------------


def type_name(value: Any) -> str:
    """What a value is, in a user's words ("text", "a list"), for "must be X, found Y"."""
    if value is None:
        return "nothing (null)"
    return {
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to a misspelt ``word``, if one is close enough to suggest."""
    from rapidfuzz import fuzz, process

    choices = list(choices)
    if not choices:
        return None
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return hit[0] if hit else None


def surrogate(v: Validator, value: str, path: YamlPath) -> None:
    at = SURROGATE.search(value)
    pos = at.start() if at else 0
    v.add(path, f"text holds a lone UTF-16 surrogate (U+{ord(value[pos]):04X}) "
          f"at character {pos + 1}",
          "no file or page can store it; remove the \\u escape (a character "
          "outside the BMP is written as one \\U0001xxxx or as the character itself)")


def out_of_range(v: Validator, key: str, value: float, path: YamlPath) -> None:
    if isinstance(value, float):
        what = "not a number (NaN)" if value != value else "infinite"
        v.add(path, f"'{key}' is {what}",
              "write a finite number, or leave the key out if it is unknown")
    else:
        digits = len(str(abs(value))) if abs(value) < 10 ** 4000 else 4000
        v.add(path, f"'{key}' is a {digits}-digit whole number, beyond what a database "
              "or JSON reader can store (about ±9.2e18)",
              "check the value; write it in quotes as text if it is an identifier")


def str_list(v: Validator, key: str, value: Any, path: YamlPath) -> bool:
    """Report what is not a list of storable text; True if ``value`` is one."""
    if not isinstance(value, list):
        v.add(path, f"'{key}' must be a list, found {type_name(value)}",
              f"write it as {key}: [a, b] (a single item still needs brackets)")
        return False
    ok = True
    for i, item in enumerate(value):
        if not isinstance(item, str):
            v.add((*path, i), f"items of '{key}' must be text, found {type_name(item)}",
                  "put the item in quotes")
            ok = False
        elif not item.isascii() and SURROGATE.search(item):
            surrogate(v, item, (*path, i))
            ok = False
    return ok


def choice(v: Validator, key: str, value: Any, allowed: Iterable[str], path: YamlPath) -> None:
    allowed = tuple(allowed)
    if value in allowed:
        return
    guess = did_you_mean(str(value), allowed)
    v.add(
        path,
        f"'{value}' is not a known {key}",
        (f"did you mean '{guess}'? " if guess else "") + f"use one of: {', '.join(allowed)}",
    )


# -- the checkers, one per tag ---------------------------------------------------


def text_ok(v: Validator, key: str, value: Any, path: YamlPath) -> bool:
    """Report what is not one piece of storable text; True if ``value`` is one."""
    if not isinstance(value, str):
        if isinstance(value, bool):
            hint = (f"YAML reads yes/no/on/off/true/false as true/false; "
                    f"put the word in quotes, e.g. {key}: \"yes\"")
        elif isinstance(value, int | float):
            hint = f'put the value in quotes: {key}: "{value}"'
        else:
            hint = "write a single line of text"
        v.add(path, f"'{key}' must be text, found {type_name(value)}", hint)
        return False
    if SURROGATE.search(value):
        surrogate(v, value, path)
        return False
    return True


def check_text(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
               rec: Record) -> None:
    """``str``: one piece of storable text."""
    text_ok(v, key, value, path)


def check_path(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
               rec: Record) -> None:
    """``path``: text naming a readable UTF-8 file inside the dossier folder; its text is kept."""
    if not text_ok(v, key, value, path):
        return
    rel: str = value
    try:
        raw = read_inside(v.root, rel, limit=v.max_bytes, dirs=v.dirs)
    except UnsafeFile as e:
        hint = e.hint
        if e.message == "not found":
            here = sorted(
                str(f.relative_to(v.root)) for f in (v.root / "sources").glob("*")
            ) if (v.root / "sources").is_dir() else []
            guess = did_you_mean(rel, here)
            hint = f"did you mean '{guess}'?" if guess else hint
        elif "outside" in e.message and "link" not in e.message:
            v.add(path, f"source_text '{rel}' must be a path inside the dossier folder",
                  "write it relative to the folder, e.g. sources/article.txt")
            return
        v.add(path, f"source file '{shown_name(rel)}' {e.message}", hint)
        return
    try:
        text = decode_utf8_sig(raw)
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        v.add(path, f"source file '{rel}' is not UTF-8 (line {line}, byte {e.start})",
              "convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`")
        return
    wid = rec.get("id")
    if isinstance(wid, str):
        v.texts[wid] = text


def check_id(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
             rec: Record) -> None:
    """``id``: a well-formed id, unique across the whole dossier."""
    if not isinstance(value, str) or not ID_RE.match(value):
        v.add(
            path,
            f"'{value}' is not a valid id",
            "use letters, digits and _ . : - (starting with a letter or digit), "
            "in quotes if it looks like a number",
        )
        return
    if value in v.ids:
        other_kind, _ = v.ids[value]
        v.add(
            path,
            f"duplicate id '{value}' (already used by a {other_kind})",
            "ids must be unique across the whole dossier; rename one of them",
        )
    else:
        v.add_id(kind, value, path)


def check_int(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
              rec: Record) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        v.add(path, f"'{key}' must be a whole number, found {type_name(value)}",
              f"write it as {key}: 2014")
    elif not (-INT_LIMIT <= value < INT_LIMIT):
        out_of_range(v, key, value, path)


def check_num(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
              rec: Record) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        v.add(path, f"'{key}' must be a number, found {type_name(value)}",
              "write digits only (12.5, not '12.5%'); put the unit in 'unit'")
    elif not storable(value):
        out_of_range(v, key, value, path)


def check_strs(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
               rec: Record) -> None:
    str_list(v, key, value, path)


def check_strmap(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                 rec: Record) -> None:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(x, str) for k, x in value.items()
    ):
        v.add(path, f"'{key}' must map field names to sources",
              f"write it as {key}: {{doi: https://...}}")
    elif any(SURROGATE.search(k + x) for k, x in value.items()):
        surrogate(v, next(k + x for k, x in value.items() if SURROGATE.search(k + x)), path)


def check_refs(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
               rec: Record) -> None:
    """``refs:KIND``: a list of ids, resolved once every id is known."""
    if str_list(v, key, value, path):
        for i, ref in enumerate(value):
            v.ref(target, ref, path[:-1], key, i)


def check_ref(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
              rec: Record) -> None:
    """``ref:KIND``: one id, resolved once every id is known."""
    if not isinstance(value, str):
        v.add(path, f"'{key}' must be an id, found {type_name(value)}",
              "write the id of the record it refers to")
    else:
        v.ref(target, value, path[:-1], key, None)


#: Tag -> the words a value of it may be (the validator takes one of them on a fast path).
CHOICES: dict[str, tuple[str, ...]] = {"worktype": WORK_TYPES, "design": STUDY_DESIGNS}


def check_worktype(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                   rec: Record) -> None:
    choice(v, key, value, CHOICES["worktype"], path)


def check_design(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                 rec: Record) -> None:
    choice(v, key, value, CHOICES["design"], path)


def check_sample(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                 rec: Record) -> None:
    v.record("sample", value, path)


def check_estimate(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                   rec: Record) -> None:
    """An estimate's keys, then its one rule across them: a number, low not above high."""
    v.record("estimate", value, path)
    if not isinstance(value, dict):
        return
    nums = [value.get(k) for k in ("value", "low", "high")]
    if not all(n is None or (isinstance(n, int | float) and not isinstance(n, bool))
               for n in nums):
        return  # already reported as a type problem
    number, low, high = nums
    if number is None and (low is None or high is None):
        v.add(path, "estimate has no number",
              "give 'value', or both 'low' and 'high'")
    if low is not None and high is not None and low > high:
        v.add((*path, "low"), f"estimate low ({low}) is above high ({high})",
              "swap them")


def check_review(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
                 rec: Record) -> None:
    """A fact-check's keys, then its rules: a verdict, a rating between worst and best."""
    v.record("review", value, path)
    if not isinstance(value, dict):
        return
    if value.get("rating") is None and not value.get("alternate_name"):
        v.add(path, "review has no verdict",
              "give 'rating' (a number) or 'alternate_name' (e.g. \"False\")")
    nums = {k: value.get(k) for k in ("worst", "rating", "best")}
    if not all(isinstance(n, int | float) and not isinstance(n, bool)
               for n in nums.values() if n is not None):
        return  # already reported as a type problem
    lo, r, hi = nums["worst"], nums["rating"], nums["best"]
    if lo is not None and hi is not None and lo > hi:
        v.add((*path, "worst"), f"review worst ({lo}) is above best ({hi})", "swap them")
    elif r is not None and ((lo is not None and r < lo) or (hi is not None and r > hi)):
        v.add((*path, "rating"), f"review rating {r} is outside worst..best",
              "use a rating between 'worst' and 'best'")


def check_appearances(v: Validator, kind: str, key: str, target: str, value: Any,
                      path: YamlPath, rec: Record) -> None:
    if not isinstance(value, list):
        v.add(path, f"'appearances' must be a list, found {type_name(value)}",
              "write each as `- in: work-id` / `quote: \"...\"`")
    else:
        for i, app in enumerate(value):
            v.record("appearance", app, (*path, i))


def check_list(v: Validator, kind: str, key: str, target: str, value: Any, path: YamlPath,
               rec: Record) -> None:
    """A section's list (its items are checked as records by the validator)."""
    if not isinstance(value, list):
        v.add(path, f"'{key}' must be a list, found {type_name(value)}",
              f"write each item on its own line starting with '- ' under {key}:")


#: Type tag -> its checker. A tag in KEYS without one here is caught by a test.
CHECKERS: dict[str, Checker] = {
    "str": check_text,
    "path": check_path,
    "id": check_id,
    "int": check_int,
    "num": check_num,
    "strs": check_strs,
    "strmap": check_strmap,
    "refs": check_refs,
    "ref": check_ref,
    "worktype": check_worktype,
    "design": check_design,
    "sample": check_sample,
    "estimate": check_estimate,
    "review": check_review,
    "appearances": check_appearances,
    "list": check_list,
}
