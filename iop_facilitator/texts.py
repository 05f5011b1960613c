"""Words the Qt-free core shows a clinician, kept translatable without importing Qt.

The core writes its messages in English with `QT_TR_NOOP("Template {name}.", name=value)`: the
result is a `Text`, an ordinary `str` holding the English sentence (so logs, the CLI, tests and
`str(exc)` read as before) that also remembers its template and values. The UI passes any text
it shows through `ui.messages.localized`, which looks the template up in the catalogue (Qt's
lupdate collects every `QT_TR_NOOP("...")` literal of the package, with an empty context) and
fills in the values; a template with no translation, or a plain `str`, is shown as it is.

Values are inserted as given: keep client data out of them (error messages never name a client,
see errors.py), and pass numbers already formatted. A calendar date goes in as `On(day)`: English
text writes it the US way, the UI in the reader's locale (ui/formatting.py). An enum's display
label (a stage of change, a risk) goes in as `Label(member)`: its English label in the text,
its translated label on screen (ui/translated.py). A phrase that starts a sentence goes in as
`Capital(phrase)` ("the report" -> "The report", "el informe" -> "El informe").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Literal

CONTEXT = ""  # lupdate files QT_TR_NOOP outside a Qt class under the empty context


class Text(str):
    """An English message that remembers how it was made, for translation in the UI."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Text:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[object, ...]:  # survives pickling (crash reports, processes)
        return (Text, (self.template, self.values))


def QT_TR_NOOP(template: str, /, **values: object) -> Text:
    """`template` filled with `values` (str.format), translatable later by the UI."""
    return Text(template, values)


@dataclass(frozen=True)
class On:
    """A date inside a message: "11/23/2026" (`style="date"`) or "Mon 11/23" ("weekday") in the
    English text; the UI writes it as the reader's locale does."""

    day: dt.date
    style: Literal["date", "weekday"] = "date"

    def __str__(self) -> str:
        return f"{self.day:%a %m/%d}" if self.style == "weekday" else f"{self.day:%m/%d/%Y}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class Label:
    """An enum member's display label inside a message (domain enums carry `.label`)."""

    member: Enum

    def __str__(self) -> str:
        return str(getattr(self.member, "label", self.member.value))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class Capital:
    """A phrase (itself a Text, e.g. "the report") at the start of a sentence: its first letter
    upper case, in English here and, once translated, in the UI's language."""

    phrase: str

    def __str__(self) -> str:
        return self.phrase[:1].upper() + self.phrase[1:]

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
