"""English singulars of spec names, for every target: one inflector, `inflect`.

Class names read in the singular (`/projects/{id}/statuses` is the `ProjectStatusService`),
and an example array's item is named for one of them (`allowed_countries` holds an
`allowed_country_example`). Every target asks `singular` here; no target keeps its own
suffix list (they disagreed, and all made `statuse` of `statuses`).

Only a name's last word is made singular (`payment_methods` -> `payment_method`,
`phoneNumbers` -> `phoneNumber`, `IPAddresses` -> `IPAddress`), keeping its casing.
`inflect` assumes the word it is given is plural; a word it can read both ways keeps its
singular reading: `status`, `bonus`, `alias`, `analysis` stay as they are, and so do `data`,
`metadata` and `people` (Stripe has both `accounts/{id}/people` and `accounts/{id}/persons`).
`OVERRIDES` holds the few API words it gets wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import inflect

#: Words `inflect` gets wrong in API vocabulary (lower case): word -> its singular.
OVERRIDES: dict[str, str] = {
    "analytics": "analytics",  # Figma's and Typesense's `analytics` resources (inflect: analytic)
    "timeseries": "timeseries",  # Datadog's `timeseries` resource (inflect: timesery)
    "sms": "sms",  # Twilio's `SMS` resource, an acronym (inflect: sm)
    "leaves": "leave",  # Xero Payroll's `statutory_leaves`, time off work (inflect: leaf)
    "indices": "index",  # search APIs' `indices` (inflect: indice)
}
#: Shorter words are pronouns or abbreviations to inflect, never plural nouns (`us` -> `me`).
_SHORTEST = 3
#: A name's last word: `APIs`, `Statuses`, `statuses` (of `payment_statuses`), `STATUSES`.
_LAST_WORD = re.compile(r"[A-Z]+s$|[A-Z]?[a-z]+$|[A-Z]+$")


@lru_cache(maxsize=65536)  # asked for every resource segment and example array of every target
def singular(name: str) -> str:
    """`project_statuses` -> `project_status`, `ProjectStatuses` -> `ProjectStatus`; a name
    already singular (`status`, `series`) or ending in no word (`v2`) is returned as it is."""
    match = _LAST_WORD.search(name)
    if match is None:
        return name
    word = match.group()
    return name[: match.start()] + _cased(_singular_word(word.lower()), word)


def _singular_word(word: str) -> str:
    """The singular of one lower-case word."""
    if word in OVERRIDES:
        return OVERRIDES[word]
    if len(word) < _SHORTEST:
        return word
    engine = _engine()
    found = engine.singular_noun(word)
    if found is False or _reads_singular(engine, word):
        return word
    return found


def _reads_singular(engine: inflect.engine, word: str) -> bool:
    """True for a word inflect also reads as a singular: its plural's singular is `word` again
    (`status` -> `statuses` -> `status`; `data` -> `datas` -> `data`; `people` -> `peoples`).
    A plural's own "plural" is no word (`statuses` -> `statusess`, which has no singular)."""
    plural = engine.plural_noun(word)
    return plural != word and engine.singular_noun(plural) == word


def _cased(found: str, word: str) -> str:
    """`found` with `word`'s casing: `Statuses` -> `Status`, `APIs` -> `API`, `LEAVES` -> `LEAVE`."""
    if word.isupper():
        return found.upper()
    shared = 0
    for mine, theirs in zip(found, word.lower(), strict=False):
        if mine != theirs:
            break
        shared += 1
    return word[:shared] + found[shared:]


@lru_cache(maxsize=1)
def _engine() -> inflect.engine:
    """inflect's engine, imported on first use (the IR target never needs it).

    inflect 7 wraps its methods in typeguard's `@typechecked`, which re-parses inflect's
    source once per method when it is imported (seconds: jaraco/inflect#212) and checks
    every call's arguments (180 us a call instead of 27). The decorator is made a no-op
    while inflect is imported: the words are strings we checked, and the results the same.
    """
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's `typechecked` that checks nothing: `@typechecked` and `@typechecked(...)`."""
    return target if target is not None else _unchecked
