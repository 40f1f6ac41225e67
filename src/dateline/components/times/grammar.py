"""The rule table: one (name, regex, handler) per rule family, in priority order for equal-length matches.

Regexes are built from ``patterns`` and compiled once at import; handlers live in ``rules``.
"""

from __future__ import annotations

import re

from .normalise import duration
from .patterns import (
                       APPROX,
                       DAY,
                       HOLIDAY,
                       MONTH,
                       MONTH_FULL,
                       NUM,
                       PREMOD,
                       SEASON,
                       UNIT,
                       WEEKDAY,
                       YEAR,
                       ZONE,
                       compile_rule,
)
from .rules import (
                       Handler,
                       accounting_year,
                       amount,
                       century,
                       clock,
                       clock24,
                       day_around,
                       day_month,
                       day_part,
                       day_range,
                       decade,
                       deictic,
                       fiscal_year,
                       full_date,
                       hit,
                       holiday,
                       in_the_period,
                       month_alone,
                       month_of_year,
                       month_relative_year,
                       months_of_year,
                       narrative,
                       numeric_date,
                       part_of_period,
                       quarter,
                       reference,
                       reference_period,
                       relative_period,
                       season,
                       set_adverb,
                       set_every,
                       spelled_year,
                       that_period,
                       the_weekend,
                       unit_code,
                       vague_span,
                       week_of,
                       weekday,
                       year,
                       year_ago_adjective,
                       year_end,
)

_NUM_UNIT = (rf"(?:(?P<approx>{APPROX})\s+)?(?P<core>(?:(?P<det>the)\s+(?=(?:past|last|next|first|coming|previous|following|latest|final|recent|initial|remaining|preceding|prior|ensuing|further|additional|succeeding)\s))?"
             r"(?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|recent|initial|"
             r"remaining|preceding|prior|ensuing|further|additional|succeeding|better part of the)\s+)?"
             rf"(?P<num>{NUM})(?P<sep>[\s-]+)(?:more\s+|(?:full|straight|consecutive|whole|long|short)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?)(?![\s-]+old\b)"
             r"(?:\s+(?P<post>ago|earlier|from now|hence|old|previously))?")

RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("day_range", compile_rule(
        rf"(?P<mon>{MONTH})\s+(?P<day>{DAY})\s*(?:-|–|to|through|until|and)\s*(?P<day2>{DAY})(?:,?\s+(?P<year>{YEAR}))?"),
     day_range),
    ("full_date", compile_rule(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"), full_date),
    ("day_month", compile_rule(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
     day_month),
    ("month_year", compile_rule(
        rf"(?:(?P<pre>{PREMOD})[\s-]+)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})"), month_of_year),
    ("month_relative_year", compile_rule(
        rf"(?:(?P<pre>{PREMOD})[\s-]+)?(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year"),
     month_relative_year),
    ("spelled_year", compile_rule(
        rf"(?:(?P<mon>{MONTH_FULL})\s+|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)?(?P<sy>(?:the year\s+)?two thousand(?:\s+and\s+\w+)?|"
        r"(?:the year\s+)?(?:nineteen|eighteen)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen))"), spelled_year),
    ("week_of", compile_rule(
        rf"the week of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?|"
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?\s+week"), week_of),
    ("numeric_date", compile_rule(
        r"(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<um>[01]?\d)/(?P<ud>[0-3]?\d)/(?P<uy>\d{4}|\d{2})"),
     numeric_date),
    ("month_alone", compile_rule(
        rf"(?:(?P<rel>this past|this coming|this|last|next|early|late|mid|earlier|later|the end of|the beginning of|the middle of|the start of)[\s-]+)?"
        rf"(?P<mon>{MONTH_FULL}|(?-i:Sept)\.)(?!\s*\d)"), month_alone),
    ("weekday", compile_rule(
        r"(?:(?P<rel>this past|this coming|last|next|this|coming|past|the previous|the following|the preceding)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?"), weekday),
    ("deictic", compile_rule(
        r"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight|this|last)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?"), deictic),
    ("day_around", compile_rule(r"the day (?P<which>before yesterday|after tomorrow)"), day_around),
    ("in_the_period", compile_rule(
        r"(?P<pre>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)|(?<=\buntil )(?P<then>then)"),
     in_the_period),
    ("day_part", compile_rule(
        r"(?P<h>1[0-2]|[1-9])\s+in\s+the\s+(?P<p1>morning|afternoon|evening)|"
        r"(?<=\bin )the\s+(?P<p2>morning|afternoon|evening)|"
        r"(?P<pre>mid|early|late)[-\s]?(?P<p3>morning|afternoon|evening)(?:\s+(?P<day>yesterday|today|tomorrow))?"),
     day_part),
    ("narrative", compile_rule(
        r"(?:(?P<pre>earlier|later|early|late)\s+)?(?:the\s+(?P<rel>following|next|previous|preceding|prior|same)|"
        r"(?P<that>that)(?:\s+same)?)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)"), narrative),
    ("part_of_period", compile_rule(
        r"(?P<pre>the end of|the beginning of|the start of|the middle of|the close of|the turn of)\s+the\s+"
        r"(?P<unit>year|month|week|quarter|decade|century)"), part_of_period),
    ("relative_period", compile_rule(
        rf"(?:(?P<pre>{PREMOD})\s+)?(?P<det>the\s+)?"
        r"(?P<rel>this past|this coming|this|last|next|past|previous|coming|current|following|same|latest|"
        r"most recent|prior|preceding|upcoming|that)\s+"
        r"(?P<unit>week|month|year|quarter|decade|century|weekend|fiscal year)"), relative_period),
    ("the_weekend", compile_rule(r"the weekend"), the_weekend),
    ("that_period", compile_rule(r"(?:(?P<pre>earlier|later|early|late)\s+)?that (?:same )?(?P<unit>year|quarter)"),
     that_period),
    ("accounting_year", compile_rule(
        r"(?:(?<=\bfor )|(?<=\bin )|(?<=\bduring ))the (?:full |fiscal )?(?P<unit>year|week)(?= end(?:ed|ing)\b|[,.])|"
        r"(?:(?<=\bfor )|(?<=\bof ))the (?:full |fiscal )?(?P<unit4>year)(?!\s+(?:end|earlier|ago|before))|"
        r"the (?:full |fiscal )?(?P<unit2>year)(?= end(?:ed|ing)\b)|(?<=\bthroughout )the (?:full |fiscal )?(?P<unit3>year)"),
     accounting_year),
    ("amount", compile_rule(_NUM_UNIT), amount),
    ("vague_span", compile_rule(
        r"(?:the\s+)?(?P<rel>past|last|next|coming|recent|previous|ensuing|following|upcoming|future)\s+"
        r"(?P<unit>days|weeks|months|quarters|years|decades|hours|minutes)|(?<=\bfor\s)(?P<unit2>years|decades|months|weeks|centuries)"),
     lambda m, ctx: vague_span(m, ctx) if m["unit"] else
     hit(m, "DURATION", duration(None, unit_code(m["unit2"])), anchor="none")),
    # bare plurals that TimeML marks as vague stretches: "within weeks", "for the first time in years",
    # "over the years", "the weeks ahead", "in the years that followed"
    ("vague_plural", compile_rule(
        r"(?:(?<=\bwithin )|(?<=\bin ))(?P<unit>years|decades|months|weeks|days|hours)(?!\s+(?:of|old|ago)\b)|"
        r"(?<=\bover )(?P<the>the\s+)?(?P<unit2>years|decades)|"
        r"the\s+(?P<unit3>years|decades|months|weeks|days)(?:\s+ahead|(?=\s+(?:that followed|to come)\b))"),
     lambda m, ctx: hit(m, "DURATION", duration(None, unit_code(m["unit"] or m["unit2"] or m["unit3"])),
                        anchor="none")),
    ("year_ago_adjective", compile_rule(r"year-(?:earlier|ago|before)"), year_ago_adjective),
    ("year_end", compile_rule(r"(?:(?P<pre>around|about)\s+)?year(?:'s)?[\s-]end"), year_end),
    ("quarter", compile_rule(
        rf"(?:the\s+)?(?:(?P<back>year-earlier|year-ago|comparable|year-before|prior-year|(?:(?P<rel>this|last|next)\s+year's))\s+)?(?:(?:fiscal|financial)\s+)?(?:(?P<y1>{YEAR})\s+)?(?:(?:fiscal|financial)[\s-]+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:(?:fiscal|financial)\s+)?(?P<what>quarter|half)"
        rf"(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?P<y2>{YEAR}|this year|last year|next year)|,?\s+(?P<y3>{YEAR}))?"),
     quarter),
    ("reference_period", compile_rule(
        r"the\s+(?:(?P<which>latest|current|same|year-earlier|year-ago|comparable year-ago|comparable year-earlier|"
        r"comparable|year-before|corresponding|previous|prior|most recent|recent)\s+)?"
        rf"(?:(?P<y>{YEAR})\s+)?(?:fiscal\s+)?(?P<what>quarter|period|fiscal year)"), reference_period),
    ("months_of_year", compile_rule(
        r"the\s+(?:(?:first|latest|last|past)\s+)?(?P<num>six|nine|three|twelve|6|9|3|12)\s+months"), months_of_year),
    ("fiscal_year", compile_rule(rf"(?:fiscal(?:\s+year)?|FY)\s*(?P<y>{YEAR}|'?\d\d)"), fiscal_year),
    ("decade", compile_rule(
        r"(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?:(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0|'(?P<dec2>\d)0)'?s|"
        r"(?<=the )(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
     decade),
    ("century", compile_rule(
        r"(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
        r"seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century"), century),
    ("year", compile_rule(
        rf"(?:(?P<pre>{PREMOD}|post|pre)[\s-]+)?(?:the year\s+)?(?P<y>{YEAR})"), year),
    ("season", compile_rule(
        rf"(?:(?P<rel>this past|this coming|this|last|next|early|late|mid|the early|the late|the)\s+)?"
        rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"), season),
    ("holiday", compile_rule(rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?"), holiday),
    ("reference", compile_rule(
        r"(?:in\s+|right\s+)?(?P<w>now|currently|current|presently|at present|the present|nowadays|these days|"
        r"recently|lately|the past|the near future|the future|the (?:short|near|long) term)"),
     lambda m, ctx: reference(m, ctx)),
    ("set_adverb", compile_rule(r"(?P<w>daily|nightly|weekly|biweekly|monthly|yearly|hourly)"),
     set_adverb),
    ("set_every", compile_rule(
        rf"(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?"
        rf"(?P<what>{WEEKDAY}|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|{UNIT})"),
     set_every),
    ("clock", compile_rule(
        rf"(?:(?P<approx>about|around|approximately|roughly)\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![a-z])|(?P<named>noon|midnight|midday))"
        rf"(?:\s+{ZONE})?(?:,?\s+(?P<day>today|yesterday|tomorrow|tonight|{WEEKDAY}|{MONTH}\s+\d{{1,2}}))?"
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\s+{ZONE}"), lambda m, ctx: clock24(m, ctx) if m["h24"] else clock(m, ctx)),
]
