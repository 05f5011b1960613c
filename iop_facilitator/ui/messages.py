"""One way to tell the user that something went wrong (plain words, what to do next)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iop_facilitator.errors import UserFacingError
from iop_facilitator.texts import CONTEXT, Capital, Label, On, Text


def localized(text: str) -> str:
    """A text from the core in the UI's language: a `Text` is looked up by its template and
    filled with its values (themselves localized); anything else is shown as it is. A
    translation that does not fit its values never hides the message: the English is shown."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.values:
        return template
    values = {k: _value(v) for k, v in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def _value(value: object) -> object:
    if isinstance(value, str):
        return localized(value)
    if isinstance(value, On):
        from iop_facilitator.ui import formatting  # loaded after the unlock dialog shows

        if value.style == "weekday":
            return formatting.numeric_day_month(value.day, with_weekday=True)
        return formatting.date(value.day)
    if isinstance(value, Capital):
        phrase = localized(value.phrase)
        return phrase[:1].upper() + phrase[1:]
    if isinstance(value, Label):
        from iop_facilitator.ui.translated import label

        return label(value.member)
    return value


def explain(exc: UserFacingError) -> str:
    """The error's message and what to do next, in the UI's language, as one paragraph."""
    return f"{localized(exc.message)} {localized(exc.what_next)}".strip()


def show_error(parent: QWidget | None, exc: UserFacingError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(localized(exc.title))
    box.setText(localized(exc.message))
    if exc.what_next:
        box.setInformativeText(localized(exc.what_next))
    box.setAccessibleName(localized(exc.title))
    box.exec()


def show_crash(parent: QWidget | None, report: str | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Internal error"))
    box.setText(
        QCoreApplication.translate(
            "Messages", "Something went wrong inside the app. Your saved work is safe."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "A report without any client information was written to:\n{path}"
        ).format(path=report)
        if report
        else QCoreApplication.translate(
            "Messages", "A report without any client information was written."
        )
    )
    box.exec()
