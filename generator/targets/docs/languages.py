"""The client languages the docs show: every registered target with `shows_samples`.

The docs never build a call in a language themselves: each language's target plans its
names once (`naming`) and writes its samples (`sample`, `call`, `client_line`), so what the docs
print is what that client has.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Example, Method
from .. import Job, NamingPlan, Target, get, names


@dataclass(frozen=True, slots=True)
class SampleView:
    label: str  # the tab's title: `Python`
    language: str  # the code block's language: `python`
    code: str
    returns: str = ""  # what that client's method returns, in its language: `Page[Customer]`


@dataclass(frozen=True, slots=True)
class Language:
    target: Target
    job: Job
    names: NamingPlan | None  # the target's naming plan
    client_line: str

    def sample(self, method: Method, example: Example) -> str:
        return self.target.sample(self.job, self.names, method, example)

    def call(self, method: Method) -> str:
        return self.target.call(self.job, self.names, method)

    def returns(self, method: Method) -> str:
        return self.target.returns(self.job, self.names, method)


def client_languages(job: Job) -> tuple[Language, ...]:
    found = []
    for name in names():
        target = get(name)
        if target.shows_samples:
            plan = target.naming(job)
            found.append(Language(target, job, plan, target.client_line(job)))
    return tuple(found)
