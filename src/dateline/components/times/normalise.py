"""Calendar arithmetic and TIMEX3 value formatting (ISO weeks, quarters, seasons, decades, durations)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

QUARTER_OF_MONTH = {m: (m - 1) // 3 + 1 for m in range(1, 13)}


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def fmt_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fmt_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def add_months(d: date, n: int) -> date:
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "Y":
        return add_years(d, n)
    if unit == "DE":
        return add_years(d, 10 * n)
    if unit == "CE":
        return add_years(d, 100 * n)
    return d


def at_granularity(d: date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit``-sized period that contains ``d``."""
    if unit in ("D", "H", "S"):
        return fmt_day(d)
    if unit == "W":
        return fmt_week(d)
    if unit == "WE":
        return fmt_week(d) + "-WE"
    if unit == "M":
        return fmt_month(d)
    if unit == "Q":
        return fmt_quarter(d.year, QUARTER_OF_MONTH[d.month])
    if unit == "DE":
        return f"{d.year:04d}"[:3]
    if unit == "CE":
        return f"{d.year:04d}"[:2]
    return f"{d.year:04d}"


UNRESOLVED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
              "Y": "XXXX", "DE": "XXX", "CE": "XX", "H": "XXXX-XX-XX", "S": "XXXX-XX-XX"}


def duration(n: float | None, unit: str) -> str:
    """P3D, PT4H, P10Y (a decade), PXY (vague); halves become the next smaller unit where exact."""
    if unit == "DE":
        unit, n = "Y", None if n is None else n * 10
    elif unit == "CE":
        unit, n = "Y", None if n is None else n * 100
    elif unit == "ML":
        unit = "L"
    elif unit == "WE":
        unit, n = "D", None if n is None else n * 2
    if n is not None and n != int(n):  # "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7), "M": ("D", 30), "MIN": ("S", 60)}
        if unit in smaller:
            sub, factor = smaller[unit]
            whole, part = int(n), round((n - int(n)) * factor)
            head = f"{whole}{'M' if unit == 'MIN' else unit}" if whole else ""
            if unit in ("H", "MIN"):
                return f"PT{head}{part}{sub}"
            return f"P{head}T{part}{sub}" if sub == "H" else f"P{head}{part}{sub}"
    num = "X" if n is None else str(int(n))
    if unit in ("H", "S") or unit == "MIN":
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"


def weekday_occurrence(dct: date, weekday: int, direction: str) -> date:
    """The ``weekday`` (ISO 1-7) nearest the article date in the given direction.

    past/none: the latest on or before dct; future: the first on or after; last: strictly before;
    next: strictly after; this: within dct's ISO week.
    """
    diff = weekday - dct.isoweekday()
    if direction == "this":
        return dct + timedelta(days=diff)
    if direction == "future":
        return dct + timedelta(days=diff % 7)
    if direction == "next":
        return dct + timedelta(days=(diff % 7) or 7)
    if direction == "last":
        return dct - timedelta(days=(-diff % 7) or 7)
    return dct - timedelta(days=-diff % 7)


def month_year(dct: date, month: int, day: int | None, tense: str) -> int:
    """Year of a month (and day) named without a year, from the article date and the tense.

    Past: the latest occurrence on or before the article date; future: the first on or after it. A day
    within two months of the article keeps the article's year whatever the tense ("declared a dividend
    payable Dec. 1"). Without tense: an occurrence in the next three months if there is one (schedules),
    else the latest past one (news mostly reports what happened).
    """
    def on(year: int) -> date:
        return date(year, month, min(day or 1, 28))
    ref = dct if day else date(dct.year, dct.month, 1)
    this = on(dct.year)
    if day and abs((this - dct).days) <= 60 and tense in ("past", "future"):
        return dct.year
    if not day and abs((this - ref).days) <= 31:  # the month before or after the article's
        return dct.year
    if tense == "future":
        return dct.year if this >= ref else dct.year + 1
    if tense != "past":
        for year in (dct.year, dct.year + 1):
            if 0 <= (on(year) - ref).days <= 92:
                return year
    return dct.year if this <= ref else dct.year - 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def moving_holiday(name: str, year: int) -> date | None:
    name = name.lower()
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if name.startswith("easter"):
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "memorial day":
        return nth_weekday(year, 5, 1, -1)
    if name == "election day":  # US: the Tuesday after the first Monday in November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name == "labor day":
        return nth_weekday(year, 9, 1, 1)
    if name == "mother's day":
        return nth_weekday(year, 5, 7, 2)
    if name == "father's day":
        return nth_weekday(year, 6, 7, 3)
    return None


def parse_dct(value: str | None) -> date | None:
    """The article date as a date (accepts YYYY-MM-DD with anything after it); None when absent/invalid."""
    if not value or len(value) < 10:
        return None
    try:
        return date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
