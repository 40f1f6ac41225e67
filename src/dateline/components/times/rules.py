"""The grammar: one (name, regex, handler) per rule family; a handler turns a match into TIMEX3 hits.

Handlers get the match and the ``Context`` (article date, parse, reference time) and return hits with
exact offsets, or nothing to reject the match. Values that need the article date fall back to
``XXXX``-forms when the article is undated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .anchor import Context
from .lexicon import (
    DAY_PARTS,
    FIXED_HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .normalise import (
    QUARTER_OF_MONTH,
    UNRESOLVED,
    at_granularity,
    duration,
    fmt_day,
    fmt_quarter,
    fmt_week,
    month_year,
    moving_holiday,
    shift,
    weekday_occurrence,
)
from .patterns import (
    MONTH,
)


@dataclass
class Hit:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"  # absolute | publication | none


Handler = Callable[[re.Match[str], Context], list[Hit] | None]

PRE_MODS = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
            "end of": "END", "close of": "END", "beginning of": "START", "start of": "START",
            "middle of": "MID", "turn of": "START", "post": "AFTER", "pre": "BEFORE"}
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "some": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
               "barely": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
               "well over": "MORE_THAN", "in excess of": "MORE_THAN", "upwards of": "MORE_THAN",
               "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
               "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
               "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}


def pre_mod(word: str | None) -> str | None:
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.lower().strip(" -"))
    word = word.removeprefix("the ")
    return PRE_MODS.get(word)


def hit(m: re.Match[str], type_: str, value: str, mod: str | None = None, anchor: str = "absolute",
        group: int | str = 0) -> list[Hit]:
    return [Hit(m.start(group), m.end(group), type_, value, mod, anchor)]


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4 if word.lower().startswith("sept") else 3]
                  if word.lower().rstrip(".") not in MONTHS else word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def number_value(word: str) -> float | None:
    """The number a quantity word stands for; None for vague ones ("several")."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    if word.endswith(" and a half"):
        word, half = word[: -len(" and a half")], 0.5
    elif word.endswith(" 1/2"):
        word, half = word[:-4], 0.5
    if word in VAGUE_NUMBERS:
        return None
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word] + half
    try:
        return float(word) + half
    except ValueError:
        return None


def unit_code(word: str) -> str:
    word = word.lower()
    for name, code in UNITS.items():
        if word.startswith(name[:5]) or word.rstrip("s") == name:
            return code
    if word.startswith("centur"):
        return "CE"
    if word.startswith("millenni"):
        return "ML"
    return "Y"


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def expand_year(text: str, dct: date | None) -> int:
    """Four-digit years as written; two-digit ones in the century that puts them nearest the article."""
    y = int(text)
    if len(text) == 4:
        return y
    base = (dct.year if dct else 2000) // 100 * 100
    y += base
    if dct and y > dct.year + 20:
        y -= 100
    return y


# -- calendar dates ---------------------------------------------------------------------------------------
def full_date(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    month = month_number(m["mon"])
    day = day_number(m["day"])
    if m["year"]:
        d = safe_date(int(m["year"]), month, day)
        return hit(m, "DATE", fmt_day(d)) if d else None
    if ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{month:02d}-{day:02d}", anchor="none")
    if m["wd"]:  # "Friday, Oct. 23": the year in which that day is that weekday, nearest the article
        for year in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            d = safe_date(year, month, day)
            if d and d.isoweekday() == WEEKDAYS[m["wd"].lower()]:
                return hit(m, "DATE", fmt_day(d), anchor="publication")
    year = month_year(ctx.dct, month, day, ctx.tense(m.start(), m.end()))
    d = safe_date(year, month, day)
    return hit(m, "DATE", fmt_day(d), anchor="publication") if d else None


def day_range(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"June 3 to 5", "June 3-5, 2024": two expressions, the second borrowing the month."""
    month = month_number(m["mon"])
    d1, d2 = day_number(m["day"]), day_number(m["day2"])
    if d2 <= d1:
        return None
    if m["year"]:
        year, anchor = int(m["year"]), "absolute"
    elif ctx.dct is None:
        return [Hit(m.start(), m.end("day"), "DATE", f"XXXX-{month:02d}-{d1:02d}", None, "none"),
                Hit(m.start("day2"), m.end("day2"), "DATE", f"XXXX-{month:02d}-{d2:02d}", None, "none")]
    else:
        year, anchor = month_year(ctx.dct, month, d1, ctx.tense(m.start(), m.end())), "publication"
    a, b = safe_date(year, month, d1), safe_date(year, month, d2)
    if not a or not b:
        return None
    return [Hit(m.start(), m.end("day"), "DATE", fmt_day(a), None, anchor),
            Hit(m.start("day2"), m.end(), "DATE", fmt_day(b), None, anchor)]


def day_month(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return full_date(m, ctx)


def month_of_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    month = month_number(m["mon"])
    return hit(m, "DATE", f"{int(m['year']):04d}-{month:02d}", pre_mod(m["pre"]))


def month_relative_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"June last year", "January this year"."""
    month = month_number(m["mon"])
    if ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{month:02d}", anchor="none")
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return hit(m, "DATE", f"{year:04d}-{month:02d}", pre_mod(m["pre"]), "publication")


def spelled_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"nineteen ninety-six", "the year two thousand"."""
    words = re.sub(r"^the year\s+", "", re.sub(r"[\s-]+", " ", m["sy"].lower()))
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip().removeprefix("and").strip()
        year = 2000 + (NUMBER_WORDS.get(rest, 0) if rest else 0)
    else:
        head, _, tail = words.partition(" ")
        tail = tail.strip()
        if tail not in NUMBER_WORDS or NUMBER_WORDS[tail] < 10:
            return None
        year = NUMBER_WORDS[head] * 100 + NUMBER_WORDS[tail]
    if m["mon"]:
        return hit(m, "DATE", f"{year:04d}-{month_number(m['mon']):02d}")
    if m["season"]:  # "the winter of nineteen ninety-four"
        return hit(m, "DATE", f"{year:04d}-{SEASONS[m['season'].lower()]}")
    return hit(m, "DATE", f"{year:04d}")


def numeric_date(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["iy"]:
        d = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    else:
        d = safe_date(expand_year(m["uy"], ctx.dct), int(m["um"]), int(m["ud"]))
    return hit(m, "DATE", fmt_day(d)) if d else None


def month_alone(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = m["mon"]
    rel = (m["rel"] or "").lower()
    mod = pre_mod(rel)
    if not rel and re.match(r"\s+(?:for|of the|of)\s+[A-Z]", ctx.text[m.end():m.end() + 12]):
        return None  # "the March for Life", "the March of the Combatant Mothers": a name
    if word.lower() == "may" and not rel:
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(in|since|until|by|of|during|through|from|to|before|after|early|late|mid)\s*$", before):
            return None
    month = month_number(word)
    if ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{month:02d}", mod, "none")
    if rel in ("last", "this past"):
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "this coming"):
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = month_year(ctx.dct, month, None, ctx.tense(m.start(), m.end()))
    return hit(m, "DATE", f"{year:04d}-{month:02d}", mod, "publication")


# -- weekdays and deictic days ------------------------------------------------------------------------------
WEEKDAY_DIRECTIONS = {"last": "last", "this past": "last", "past": "last", "next": "next",
                      "this coming": "next", "coming": "future", "this": "this"}


def weekday(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    mod = pre_mod(rel)
    part = DAY_PARTS.get((m["part"] or "").lower())
    type_ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return hit(m, type_, f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), mod, "none")
    base, anchor = ctx.dct, "publication"
    if rel.startswith("the "):  # "the previous Friday": before the day the narrative is on
        ref = None if ctx.selecting else ctx.last_date
        if ref and ref[1] == "D":
            base, anchor = date(int(ref[0][:4]), int(ref[0][5:7]), int(ref[0][8:10])), ref[2]
        rel = "last" if rel != "the following" else "next"
    direction = WEEKDAY_DIRECTIONS.get(rel)
    if direction is None:
        tense = ctx.tense(m.start("wd"), m.end("wd"))
        direction = "future" if tense == "future" else "past"
    d = weekday_occurrence(base, wd, direction)
    return hit(m, type_, fmt_day(d) + (f"T{part}" if part else ""), mod, anchor)


DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}


GENERIC_AFTER_TODAY = re.compile(
    r"'s\s+(?:\w+\s+)?(?:world|youth|society|generation|children|kids|young|economy|standards|technology|"
    r"computers|families|women|men|people|culture|military|politics)\b", re.I)


def deictic(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = m["word"].lower()
    part = DAY_PARTS.get((m["part"] or "").lower())
    if word == "tonight":
        part = "NI"
    if word == "last" and part != "NI":
        return None  # "last morning" is not an expression; "last night" is
    if word == "this" and not part:
        return None
    after = ctx.text[m.end():m.end() + 24]
    if not part and GENERIC_AFTER_TODAY.match(after):
        return None  # "today's world", "in today's personal computers": the present in general, not a day
    if word == "today" and m["word"][0] == "T" and re.search(r"[A-Z][\w.]*\s+$", ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "USA Today", "VOA Today": a title
    mod = pre_mod(m["pre"])
    type_ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.dct is None:
        return hit(m, type_, "XXXX-XX-XX" + suffix, mod, "none")
    d = ctx.dct + timedelta(days=DEICTIC_OFFSETS[word])
    if word == "last" and part == "NI":
        d = ctx.dct - timedelta(days=1)
    return hit(m, type_, fmt_day(d) + suffix, mod, "publication")


def day_around(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    offset = -2 if m["which"].lower() == "before yesterday" else 2
    if ctx.dct is None:
        return hit(m, "DATE", "XXXX-XX-XX", anchor="none")
    return hit(m, "DATE", fmt_day(ctx.dct + timedelta(days=offset)), anchor="publication")


# -- periods relative to the article date ------------------------------------------------------------------
PREVIOUS = {"last", "previous", "prior", "preceding", "past", "this past"}
NEXT = {"next", "coming", "following", "upcoming", "this coming"}
CURRENT = {"this", "current", "same", "that"}


def relative_period(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # "This Week", "Next Year": a title (a TV programme), not a time
    det = bool(m["det"])
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = unit_code(m["unit"])
    if m["unit"].lower().startswith("fiscal"):
        unit = "Y"
    mod = pre_mod(m["pre"])
    # "past decade" without an article is a stretch of time; "the past year" is the calendar year before
    if rel == "past" and not det:
        return hit(m, "DURATION", duration(1, unit), mod, "none")
    if rel == "latest" and unit == "Q":
        return ref_quarter(m, ctx, 0, mod, latest=True)
    if ctx.dct is None:
        return hit(m, "DATE", UNRESOLVED.get(unit, "XXXX"), mod, "none")
    step = -1 if rel in PREVIOUS or rel in ("latest", "most recent") else 1 if rel in NEXT else 0
    if rel == "that":
        return None  # "that week": anchored on narrative time we do not track
    if unit == "Q" and step == 0 and ctx.last_quarter and rel == "same":
        return ref_quarter(m, ctx, 0, mod)
    d = shift(ctx.dct, "W" if unit == "WE" else unit, step)
    value = at_granularity(d, unit)
    if unit == "Q":
        ctx.last_quarter = (d.year, QUARTER_OF_MONTH[d.month])
    return hit(m, "DATE", value, mod, "publication")


def ref_quarter(m: re.Match[str], ctx: Context, years_back: int, mod: str | None = None,
                latest: bool = False) -> list[Hit] | None:
    """The quarter in focus: the last one named (or, for "the latest quarter", the last one completed)."""
    if ctx.last_quarter and not latest:
        year, q = ctx.last_quarter
    elif ctx.dct is not None:  # the latest completed quarter
        prev = shift(ctx.dct, "Q", -1)
        year, q = prev.year, QUARTER_OF_MONTH[prev.month]
    else:
        return hit(m, "DATE", "XXXX-QX", mod, "none")
    return hit(m, "DATE", fmt_quarter(year - years_back, q), mod, "publication")


def that_period(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"that year", "later that year", "that quarter": the last year or quarter the text named."""
    if m["unit"].lower() == "quarter":
        return ref_quarter(m, ctx, 0) if ctx.last_quarter else hit(m, "DATE", "XXXX-QX", anchor="none")
    if ctx.last_year is None:
        return hit(m, "DATE", "XXXX", pre_mod(m["pre"]), "none")
    return hit(m, "DATE", f"{ctx.last_year:04d}", pre_mod(m["pre"]))


NARRATIVE_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}


def narrative(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the following year", "the next morning", "that same day": relative to the last date the text named.

    Without such a date "the following/previous X" fall back on the article date and "that day" is dropped.
    """
    unit_word = m["unit"].lower()
    part = DAY_PARTS.get(unit_word)
    unit = "D" if part or unit_word == "day" else unit_code(unit_word)
    step = NARRATIVE_STEPS.get((m["rel"] or "same").lower(), 0)
    if unit != "D" and m["rel"] and m["rel"].lower() == "next":
        return None  # "the next year": a stretch of time ahead (the amount rules), not a narrative date
    if ctx.selecting:  # the reference time is only known when normalising in text order
        return [Hit(m.start(), m.end(), "DATE", "", None, "none")]
    ref = ctx.last_date
    usable = ref is not None and {"D": ref[1] == "D", "W": ref[1] == "D", "M": ref[1] in "DM", "Y": True}.get(unit, False)
    if usable:
        value, gran, anchor = ref  # type: ignore[misc]
        base = date(int(value[:4]), int(value[5:7]) if gran in "DM" else 1, int(value[8:10]) if gran == "D" else 1)
    elif m["rel"] and ctx.dct is not None:
        base, anchor = ctx.dct, "publication"
    elif m["rel"]:
        return hit(m, "DATE", UNRESOLVED.get(unit, "XXXX"), None, "none")
    else:
        return []  # "that day" with no day named before it
    d = shift(base, unit, step)
    mod = pre_mod(m["pre"]) if unit in ("M", "Y") else None
    if part:
        return hit(m, "TIME", fmt_day(d) + f"T{part}", None, anchor)
    return hit(m, "DATE", at_granularity(d, unit), mod, anchor)


def week_of(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the week of March 6", "Easter week": the ISO week containing that day."""
    if m["h"]:
        name = re.sub(r"\s+", " ", m["h"].lower())
        this = holiday_on(name, ctx.dct.year) if ctx.dct and not (m["rel"] or m["y"]) else None
        if this and ctx.dct and fmt_week(this) == fmt_week(ctx.dct):  # "as Easter week began": this one
            return hit(m, "DATE", fmt_week(this), anchor="publication")
        found = holiday(m, ctx)
        if not found or "X" in found[0].value:
            return found and [Hit(m.start(), m.end(), "DATE", "XXXX-WXX", None, "none")]
        v = found[0].value
        return hit(m, "DATE", fmt_week(date(int(v[:4]), int(v[5:7]), int(v[8:10]))), anchor=found[0].anchor)
    found = full_date(m, ctx)
    if not found:
        return None
    v = found[0].value
    if "X" in v:
        return hit(m, "DATE", "XXXX-WXX", anchor="none")
    return hit(m, "DATE", fmt_week(date(int(v[:4]), int(v[5:7]), int(v[8:10]))), anchor=found[0].anchor)


def day_part(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"in the morning", "mid-afternoon yesterday", "4 in the morning": a part of the day the text is on
    (the last day named, else the article's day)."""
    if ctx.selecting:
        return [Hit(m.start(), m.end(), "TIME", "", None, "none")]
    part = DAY_PARTS[(m["p1"] or m["p2"] or m["p3"]).lower()]
    if m["h"]:
        hour = int(m["h"]) % 12 + (12 if part in ("AF", "EV") else 0)
        suffix = f"T{hour:02d}:00"
    else:
        suffix = f"T{part}"
    mod = pre_mod(m["pre"])
    anchor = "publication"
    if m["day"] and ctx.dct is not None:
        base: date | None = ctx.dct + timedelta(days=DEICTIC_OFFSETS[m["day"].lower()])
    elif ctx.last_date and ctx.last_date[1] == "D":
        value = ctx.last_date[0]
        base, anchor = date(int(value[:4]), int(value[5:7]), int(value[8:10])), ctx.last_date[2]
    else:
        base = ctx.dct
    if base is None:
        return hit(m, "TIME", "XXXX-XX-XX" + suffix, mod, "none")
    return hit(m, "TIME", fmt_day(base) + suffix, mod, anchor)


def in_the_period(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"earlier in the year", "later in the day": the article's year or day; "until then": the last date named."""
    if m["then"]:
        if ctx.selecting:
            return [Hit(m.start(), m.end(), "DATE", "", None, "none")]
        if ctx.last_date is None:
            return []
        return hit(m, "DATE", ctx.last_date[0], anchor=ctx.last_date[2])
    unit = unit_code(m["unit"])
    if ctx.dct is None:
        return hit(m, "DATE", UNRESOLVED.get(unit, "XXXX"), anchor="none")
    return hit(m, "DATE", at_granularity(ctx.dct, unit), anchor="publication")


def the_weekend(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if ctx.dct is None:
        return hit(m, "DATE", "XXXX-WXX-WE", anchor="none")
    tense = ctx.tense(m.start(), m.end())
    sat = weekday_occurrence(ctx.dct, 6, "future" if tense == "future" else "past")
    return hit(m, "DATE", at_granularity(sat, "WE"), anchor="publication")


def part_of_period(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the end of the year", "the beginning of the month": the current period with a mod."""
    unit = unit_code(m["unit"])
    mod = pre_mod(m["pre"])
    if ctx.dct is None:
        return hit(m, "DATE", UNRESOLVED.get(unit, "XXXX"), mod, "none")
    return hit(m, "DATE", at_granularity(ctx.dct, unit), mod, "publication")


# -- amounts of time: durations and "ago" ----------------------------------------------------------------
AGO_GRANULARITY = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "CE", "WE": "W"}


def amount(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    num_word = m["num"].lower()
    unit_word = m["unit"].lower()
    post = (m["post"] or "").lower()
    if post in ("old",):
        return None  # ages ("a two-year-old") are not time expressions in TimeML
    n = number_value(num_word)
    if n is None and num_word not in VAGUE_NUMBERS:
        return None
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half", "an hour and a half"
    unit = unit_code(unit_word)
    if unit_word.startswith("min"):
        unit = "MIN"
    if num_word in ("a", "an") and unit in ("Q", "S"):
        return None  # "a quarter of the shares", "a second time"
    if unit == "Q" and "-" in m["sep"] and unit_word.endswith("s"):
        return None  # "three-quarters of its food": a fraction
    if m["det"] and not m["rel"]:
        return None  # "the two days": TimeML leaves the article out; matched again without it
    approx_word = re.sub(r"\s+", " ", (m["approx"] or "").lower())
    approx = APPROX_MODS.get(approx_word)
    if approx_word == "over" and num_word not in ("a", "an"):
        return None  # "over three years": a preposition; matched again without it
    if post in ("ago", "earlier", "before", "previously"):
        return ago(m, ctx, n, unit, approx)
    if (num_word == "one" and unit == "D" and not post and not m["rel"]
            and re.search(r"\b(?:will|would|could|may|might|can|should|shall)\s+$", ctx.text[max(0, m.start() - 8):m.start()])
            and not re.match(r"\s+(?:after|before|later|earlier|of|in|at)\b", ctx.text[m.end():m.end() + 8])):
        return hit(m, "DATE", "FUTURE_REF", None, "none")  # "will one day be": someday
    if post in ("from now", "hence"):
        if ctx.dct is None or n is None or unit in ("MIN", "H", "S"):
            return hit(m, "DURATION", duration(n, unit), approx, "none")
        return ago(m, ctx, -n, unit, approx)
    # "$5 a day", "358,000 a month": a rate, which TimeML leaves unmarked
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if num_word in ("a", "an") and re.search(r"(\d|million|billion|percent|%|cents?|dollars?|seats|flights)\s*$", before):
        return None
    if num_word in ("a", "an") and re.search(r"(once|twice|times)\s*$", before):
        return hit(m, "SET", duration(1, unit), None, "none")
    return hit(m, "DURATION", duration(n, unit), approx, "none")


def ago(m: re.Match[str], ctx: Context, n: float | None, unit: str, mod: str | None) -> list[Hit] | None:
    gran = AGO_GRANULARITY.get(unit)
    if gran is None:
        return hit(m, "DURATION", duration(n, unit), mod, "none")
    if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"):
        mod = "APPROX"
    if ctx.dct is None or n is None:
        return hit(m, "DATE", "PAST_REF" if n is None else UNRESOLVED[gran], mod, "none")
    if unit == "Y" and n == 1 and ctx.last_quarter and m["post"].lower() in ("earlier", "ago"):
        year, q = ctx.last_quarter
        return hit(m, "DATE", fmt_quarter(year - 1, q), mod, "publication")
    whole = int(n)
    d = shift(ctx.dct, unit, -whole) if n == whole else shift(ctx.dct, "M", -int(n * 12)) if unit == "Y" else None
    if d is None:
        return hit(m, "DATE", UNRESOLVED[gran], mod, "none")
    return hit(m, "DATE", at_granularity(d, gran), mod, "publication")


def vague_span(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"recent years", "the coming weeks": past/future references; "the next days", "for years": PXD, PXY."""
    rel = m["rel"].lower()
    # "in recent years": TimeBank's past reference; "in recent weeks/months/days": a vague stretch (PXW)
    if rel in ("past", "previous") or (rel == "recent" and m["unit"].lower() in ("years", "decades")):
        return hit(m, "DATE", "PAST_REF", None, "none")
    if rel in ("coming", "future", "upcoming"):
        return hit(m, "DATE", "FUTURE_REF", None, "none")
    unit = unit_code(m["unit"])
    return hit(m, "DURATION", duration(None, "MIN" if m["unit"].lower().startswith("min") else unit), None, "none")


def accounting_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the year ended Sept. 30", "throughout the fiscal year": a year-long stretch (P1Y); "for the year,"
    "for the full year": the (fiscal) year being reported, i.e. the current one."""
    after = ctx.text[m.end():m.end() + 8].lower()
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
    if (m["unit"] or m["unit4"]) and unit.lower() == "year" and not re.match(r"\s+end", after):
        if ctx.dct is None:
            return hit(m, "DATE", "XXXX", anchor="none")
        return hit(m, "DATE", f"{ctx.dct.year:04d}", anchor="publication")
    return hit(m, "DURATION", duration(1, unit_code(unit)), anchor="none")


def year_ago_adjective(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if ctx.last_quarter:
        return ref_quarter(m, ctx, 1)
    if ctx.dct is None:
        return hit(m, "DATE", "XXXX", anchor="none")
    return hit(m, "DATE", f"{ctx.dct.year - 1:04d}", anchor="publication")


def year_end(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"by year-end" is a deadline on the last day of this year, "since year-end" the last day of last year;
    "year-end results" (an adjective) and "around year end" name the year."""
    if ctx.dct is None:
        return hit(m, "DATE", "XXXX", anchor="none")
    before = re.search(r"\b(by|since|until|before|at)\s+$", ctx.text[max(0, m.start() - 7):m.start()], re.I)
    if before and not m["pre"] and "'" not in m.group(0):
        year = ctx.dct.year - (1 if before.group(1).lower() == "since" else 0)
        return hit(m, "DATE", f"{year:04d}-12-31", None, "publication")
    return hit(m, "DATE", f"{ctx.dct.year:04d}", pre_mod(m["pre"]) or None, "publication")


# -- quarters, halves, fiscal years ------------------------------------------------------------------------
def quarter(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    q = ORDINALS.get(m["ord"].lower(), -1)
    half = m["what"].lower() == "half"
    if q < 1:  # "the last half of 1989", "the final quarter": the last one of the year
        if not (m["y2"] or m["y3"]):
            return None
        q = 2 if half else 4
    if half and q > 2:
        return None
    year_text = m["y1"] or m["y2"] or m["y3"]
    anchor = "absolute"
    if year_text and year_text.isdigit():
        year = int(year_text)
    elif year_text:  # "of this year", "of last year", "of next year"
        if ctx.dct is None:
            return hit(m, "DATE", f"XXXX-{'H' if half else 'Q'}{q}", anchor="none")
        rel = year_text.split()[0].lower()
        year, anchor = ctx.dct.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0), "publication"
    elif ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{'H' if half else 'Q'}{q}", anchor="none")
    elif m["rel"]:  # "next year's first quarter"
        year, anchor = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()], "publication"
    else:
        current = QUARTER_OF_MONTH[ctx.dct.month] if not half else (1 if ctx.dct.month <= 6 else 2)
        tense = ctx.tense(m.start(), m.end())
        year = ctx.dct.year
        if q > current and tense == "past":
            year -= 1
        anchor = "publication"
    if m["back"] and not m["rel"]:
        year -= 1  # "the year-earlier third quarter"
    start = m.start()
    if m.group(0).lower().startswith("the ") and re.match(r"\w+-", m["ord"] + m.string[m.end("ord"):m.end("ord") + 1]):
        start = m.start("ord") if not m["y1"] else start  # "the third-quarter loss": the article is the noun's
    if half:
        return [Hit(start, m.end(), "DATE", f"{year:04d}-H{q}", None, anchor)]
    if ctx.dct is None or (year, q) <= (ctx.dct.year, QUARTER_OF_MONTH[ctx.dct.month]):
        ctx.last_quarter = (year, q)  # a forecast ("losses through the third quarter of 1990") is not the one reported on
    return [Hit(start, m.end(), "DATE", fmt_quarter(year, q), None, anchor)]


def reference_period(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the quarter", "the latest period", "the year-earlier quarter", "the 1988 period"."""
    which = re.sub(r"\s+", " ", (m["which"] or "").lower())
    what = m["what"].lower()
    if what == "fiscal year":
        if m["y"]:
            return hit(m, "DATE", m["y"])
        if ctx.dct is None:
            return hit(m, "DATE", "XXXX", anchor="none")
        return hit(m, "DATE", f"{ctx.dct.year - (1 if which in PREVIOUS else 0):04d}", anchor="publication")
    back = 1 if ("year" in which or which in ("comparable", "corresponding")) else 0
    if m["y"]:
        q = ctx.last_quarter[1] if ctx.last_quarter else None
        if q is None:
            return hit(m, "DATE", m["y"])
        return hit(m, "DATE", fmt_quarter(int(m["y"]), q))
    if what == "period" and not which:
        return None
    if which == "current" and ctx.dct is not None:
        return hit(m, "DATE", fmt_quarter(ctx.dct.year, QUARTER_OF_MONTH[ctx.dct.month]), anchor="publication")
    return ref_quarter(m, ctx, back, latest=which in ("latest", "most recent"))


def fiscal_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return hit(m, "DATE", f"{expand_year(m['y'], ctx.dct):04d}")


def months_of_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the first nine months", "the six months": a duration in financial reports."""
    n = number_value(m["num"])
    return hit(m, "DURATION", duration(n, "M"), anchor="none") if n else None


# -- years, decades, centuries, seasons, holidays ------------------------------------------------------------
def year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    y = int(m["y"])
    if ctx.dct is not None and y > ctx.dct.year + 30:
        return None  # a count or code, not a year
    ctx.last_year = y
    return hit(m, "DATE", f"{y:04d}", pre_mod(m["pre"]))


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def decade(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    mod = pre_mod(m["pre"])
    if m["word"]:
        return hit(m, "DATE", f"19{DECADE_WORDS[m['word'].lower()]}", mod)
    if m["cent"]:
        return hit(m, "DATE", f"{m['cent']}{m['dec']}", mod)
    d = int(m["dec2"])
    cent = 20 if ctx.dct is not None and 2000 + d * 10 <= ctx.dct.year + 5 else 19
    return hit(m, "DATE", f"{cent}{d}", mod)


CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def century(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = m["n"].lower()
    n = int(re.match(r"\d+", word).group()) if word[0].isdigit() else CENTURY_WORDS.get(word)  # type: ignore[union-attr]
    if not n:
        return None
    return hit(m, "DATE", f"{n - 1:02d}", pre_mod(m["pre"]))


def season(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    code = SEASONS[m["s"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    mod = pre_mod(rel)
    if m["y"]:
        return hit(m, "DATE", f"{m['y']}-{code}", mod)
    if not rel:
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(in|during|by|until|since|through|over|this|last|next|early|late)\s+(the\s+)?$", before):
            return None
    if ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{code}", mod, "none")
    order = ["WI", "SP", "SU", "FA"]
    month = ctx.dct.month
    current = "WI" if month in (12, 1, 2) else "SP" if month <= 5 else "SU" if month <= 8 else "FA"
    y = ctx.dct.year
    if rel in ("last", "this past", "past"):
        y -= 1 if order.index(code) >= order.index(current) else 0
    elif rel in ("next", "this coming", "coming"):
        y += 1 if order.index(code) <= order.index(current) else 0
    elif rel not in ("this",) and ctx.tense(m.start(), m.end()) == "past" and order.index(code) > order.index(current):
        y -= 1
    return hit(m, "DATE", f"{y:04d}-{code}", mod, "publication")


def holiday_on(name: str, year: int) -> date | None:
    if name in FIXED_HOLIDAYS:
        mo, dy = FIXED_HOLIDAYS[name]
        return date(year, mo, dy)
    return moving_holiday(name, year)


def holiday(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if not m["h"][0].isupper():
        return None

    def on(year: int) -> date | None:
        return holiday_on(name, year)
    if m["y"]:
        d = on(int(m["y"]))
        return hit(m, "DATE", fmt_day(d)) if d else None
    if ctx.dct is None:
        d = on(2000)
        return hit(m, "DATE", f"XXXX-{d:%m-%d}" if d else "XXXX-XX-XX", anchor="none")
    rel = (m["rel"] or "").lower()
    tense = ctx.tense(m.start(), m.end())
    this = on(ctx.dct.year)
    if this is None:
        return None
    if (rel == "last" or (not rel and tense == "past")) and this > ctx.dct:
        this = on(ctx.dct.year - 1)
    elif (rel == "next" or (not rel and tense == "future")) and this < ctx.dct:
        this = on(ctx.dct.year + 1)
    elif not rel and tense not in ("past", "future"):  # the nearer of last year's and this year's
        other = on(ctx.dct.year - 1 if this > ctx.dct else ctx.dct.year + 1)
        if other and abs((other - ctx.dct).days) < abs((this - ctx.dct).days):
            this = other
    return hit(m, "DATE", fmt_day(this), anchor="publication") if this else None


# -- references, sets, clock times ---------------------------------------------------------------------------
REFERENCES = {"the short term": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
              "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
              "current": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
              "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
              "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
              "the past": "PAST_REF", "in the past": "PAST_REF", "the future": "FUTURE_REF",
              "future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
              "the near future": "FUTURE_REF", "the time": "PAST_REF", "once": "PAST_REF"}


def reference(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "recently" and ctx.text[max(0, m.start() - 5):m.start()].lower() == "most ":
        return None  # "most recently last October": the date that follows is the expression
    if word == "now" and ctx.text.startswith(",", m.end()) and re.search(r"(?:^|[.!?\n]['\"`]*)\s*$", ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # "Now, he says, ...": a discourse marker opening the sentence, not a time
    return hit(m, "DATE", REFERENCES[word], anchor="none", group="w")


SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
               "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def set_adverb(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return hit(m, "SET", SET_ADVERBS[m["w"].lower()], anchor="none")


def set_every(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    what = m["what"].lower()
    n = number_value(m["num"]) if m["num"] else 1
    if m["other"]:
        n = 2
    if what in WEEKDAYS:
        return hit(m, "SET", f"XXXX-WXX-{WEEKDAYS[what]}", anchor="none")
    if what in DAY_PARTS:
        return hit(m, "SET", f"TXX{DAY_PARTS[what]}".replace("TXX", "XXXX-XX-XXT"), anchor="none")
    if what in SEASONS:
        return hit(m, "SET", f"XXXX-{SEASONS[what]}", anchor="none")
    unit = "MIN" if what.startswith("min") else unit_code(what)
    return hit(m, "SET", duration(n, unit), anchor="none")


WEEKDAY_AFTER_PARENTHESIS = re.compile(rf"\s*\([^)]{{1,20}}\)\s*,?\s*(?:on\s+)?({'|'.join(WEEKDAYS)})\b", re.I)


def clock(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["named"] and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "high noon": the idiom
    if m["named"]:
        named = m["named"].lower()
        hh, mm = (24, None) if named == "midnight" else (12, 0)
    else:
        hh, mm = int(m["h"]), int(m["m"]) if m["m"] else 0
        ap = (m["ap"] or "").lower().replace(".", "").strip()
        if hh > 24 or mm > 59 or (ap and not 1 <= hh <= 12):
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    clock_text = f"T{hh:02d}" + (f":{mm:02d}" if mm is not None else "")
    day_word = (m["day"] or "").strip()
    mod = APPROX_MODS.get((m["approx"] or "").lower())
    end = m.end()
    text = m.group(0)
    if text.endswith(".") and ctx.doc is not None and re.match(r"\s*(\n|$|[A-Z\"])", ctx.text[end:end + 3]):
        end -= 1  # a sentence-final period belongs to the sentence, not to "p.m."
    if ctx.dct is None and not day_word:
        return [Hit(m.start(), end, "TIME", "XXXX-XX-XX" + clock_text, mod, "none")]
    d = ctx.dct
    anchor = "publication"
    if not day_word and not ctx.selecting:
        # "at 10 p.m." without a day: the day the narrative is on ("Friday ... at 10 p.m."), else the article's;
        # a weekday just after a parenthesis counts as its own ("10:35 a.m. (0735 GMT) Friday")
        later = WEEKDAY_AFTER_PARENTHESIS.match(ctx.text, end, end + 40)
        if later and ctx.dct:
            day_word = later.group(1)
        elif ctx.last_date and ctx.last_date[1] == "D":
            value = ctx.last_date[0]
            d, anchor = date(int(value[:4]), int(value[5:7]), int(value[8:10])), ctx.last_date[2]
    low = day_word.lower()
    if low in ("yesterday", "tomorrow", "today", "tonight"):
        d = ctx.dct + timedelta(days=DEICTIC_OFFSETS[low]) if ctx.dct else None
    elif low in WEEKDAYS:
        wd = WEEKDAYS[low]
        if ctx.dct:
            tense = ctx.tense(m.start(), m.end())
            d = weekday_occurrence(ctx.dct, wd, "future" if tense == "future" else "past")
    elif day_word:
        dm = re.match(rf"({MONTH})\s+(\d+)", day_word)
        if dm and ctx.dct:
            month, day = month_number(dm.group(1)), int(dm.group(2))
            d = safe_date(month_year(ctx.dct, month, day, ctx.tense(m.start(), m.end())), month, day)
    if d is None:
        return [Hit(m.start(), end, "TIME", "XXXX-XX-XX" + clock_text, mod, "none")]
    return [Hit(m.start(), end, "TIME", fmt_day(d) + clock_text, mod, anchor)]


def clock24(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    value = f"T{int(m['h24']):02d}:{m['m24']}"
    if ctx.dct is None:
        return hit(m, "TIME", "XXXX-XX-XX" + value, anchor="none")
    return hit(m, "TIME", fmt_day(ctx.dct) + value, anchor="publication")
