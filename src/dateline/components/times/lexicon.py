"""Closed-class temporal vocabulary: month and weekday names, number words, units, seasons, day parts.

Everything here is general English (no corpus strings); the regexes in ``patterns`` are built from it.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december"], start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}  # ISO: Monday = 1
for _i, _name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
                           start=1):
    WEEKDAYS[_name] = _i

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "one hundred": 100, "a hundred": 100, "hundred": 100,
                     "a thousand": 1000, "one thousand": 1000, "thousand": 1000,
                     "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6})
for _t, _v in _TENS.items():
    for _o in range(1, 10):
        for _sep in (" ", "-"):
            NUMBER_WORDS[f"{_t}{_sep}{_ONES[_o]}"] = _v + _o
# Vague quantities: the value keeps the unit but an X for the number (TIMEX3 "PXY").
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "numerous", "a number of", "countless"}

ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
                            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# TIMEX3 duration unit codes; 'date' units say which granularity an anchored value keeps.
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
    "weekend": "WE",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "midday": "MI", "dawn": "MO", "dusk": "EV"}

# Holidays on fixed calendar days; moving feasts are computed in ``normalise``.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "armistice day": (11, 11), "bastille day": (7, 14), "may day": (5, 1), "labour day": (5, 1),
    "st. patrick's day": (3, 17), "new year's": (1, 1),
}
MOVING_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday",
                   "memorial day", "labor day", "mother's day", "father's day", "election day")

# Common zone abbreviations (kept in the extent; TE3 values carry no offset). Offsets in hours.
TIME_ZONES = {"gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "est": -5, "edt": -4, "cst": -6,
              "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "ist": 5.5, "pkt": 5, "jst": 9}
