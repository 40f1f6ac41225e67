"""Regex building blocks for temporal expressions, compiled once at import.

Month and weekday names are matched case-sensitively (``(?-i:...)``) so that "may", "march" or "sun" in
running text are not taken for dates; everything else is case-insensitive.
"""

from __future__ import annotations

import re

from .lexicon import (
    DAY_PARTS,
    FIXED_HOLIDAYS,
    MOVING_HOLIDAYS,
    SEASONS,
    TIME_ZONES,
    VAGUE_NUMBERS,
)

FLAGS = re.IGNORECASE


def alt(words: object) -> str:
    """A regex alternation, longest first so that "twenty-one" wins over "twenty"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def cased(words: list[str]) -> str:
    """Capitalised and upper-case variants, matched case-sensitively."""
    variants = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + alt(variants) + ")"


_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
_ABBR_MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]
MONTH_FULL = cased(_FULL_MONTHS)
MONTH_ABBR = cased(_ABBR_MONTHS) + r"\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
WEEKDAY = cased(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]) + r"(?![a-z])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|:\d)"
YEAR = r"(?<![\d$£€#])(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d|\s*(?:percent|per cent)\b)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero"
NUMBER_WORD = (rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES}|an?|(?:a|one)\s+(?:hundred|thousand)|"
               r"hundred|thousand|(?:a\s+)?couple(?:\s+of)?|(?:half\s+)?a\s+dozen|dozen)")
NUM = (rf"(?:\d{{1,3}}(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD}(?:\s+and\s+a\s+half)?|{alt(VAGUE_NUMBERS)})")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a)|weekend)s?"
SEASON = alt(SEASONS)
DAY_PART = alt(DAY_PARTS)
ZONE = "(?-i:" + alt([z.upper() for z in TIME_ZONES]) + r")\b"
HOLIDAY = alt(list(FIXED_HOLIDAYS) + list(MOVING_HOLIDAYS))
PREMOD = r"(?:the\s+)?(?:early|earlier|late|later|mid|the end of|end of|the beginning of|the start of|the middle of|the close of|the turn of)"
APPROX = (r"(?:about|around|approximately|roughly|nearly|almost|more than|over(?=\s+an?\s)|less than|"
          r"at least|at most|up to|no more than|no less than|just over|just under|well over|fewer than|"
          r"upwards of|close to|in excess of)")


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Word-bounded, case-insensitive, verbose-free pattern."""
    return re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w])", FLAGS)

