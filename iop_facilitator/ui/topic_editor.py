"""The form for a clinic topic, with an agenda editor whose total is checked against the length."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.curriculum import (
    SERIES_NAMES,
    SESSION_MINUTES,
    GroupModel,
    Topic,
    key_from_title,
)
from iop_facilitator.domain.enums import Phase
from iop_facilitator.domain.ids import TopicId
from iop_facilitator.ui import theme
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.topic_models import SegmentTableModel
from iop_facilitator.ui.translated import label

OK_STYLE = "ok"  # theme tones (ui/theme.py), shown bold
WARN_STYLE = "warning"


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _text_box(name: str, text: str, hint: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setAccessibleName(name)
    box.setPlaceholderText(hint)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class TopicEditorDialog(QDialog):
    """Edit (or create) a clinic topic. Save runs the service; the dialog closes only on success.

    `saved_id` holds the new version's id after a successful save.
    """

    def __init__(
        self, controller: Controller, topic: Topic, *, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.original = topic
        self.new = new
        self.saved_id: TopicId | None = None
        self.setWindowTitle(
            self.tr("New clinic topic")
            if new
            else self.tr("Edit topic: {title}").format(title=topic.title)
        )
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 700)

        self.key = QLineEdit(topic.key)
        self.key.setAccessibleName(self.tr("Key"))
        self.key.setReadOnly(not new)
        self.key.setToolTip(
            self.tr("Lowercase letters, digits and hyphens; it never changes after saving.")
        )
        self.title_edit = QLineEdit(topic.title)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.series = QComboBox()
        self.series.setAccessibleName(self.tr("Series"))
        self.series.addItems(list(SERIES_NAMES))
        self.series.setCurrentText(topic.series)
        self.model_box = QComboBox()
        self.model_box.setAccessibleName(self.tr("Group model"))
        for model in GroupModel:
            self.model_box.addItem(label(model), model.value)
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(topic.group_model)))
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(self.tr("Session length in minutes"))
        for m in SESSION_MINUTES:
            self.minutes.addItem(self.tr("{minutes} minutes").format(minutes=m), m)
        self.minutes.setCurrentIndex(max(0, self.minutes.findData(topic.minutes)))
        phase_row = QHBoxLayout()
        self.phase_boxes: dict[str, QCheckBox] = {}
        for phase in Phase:
            box = QCheckBox(label(phase))
            box.setAccessibleName(self.tr("Phase: {phase}").format(phase=label(phase)))
            box.setChecked(phase.value in topic.phases)
            self.phase_boxes[phase.value] = box
            phase_row.addWidget(box)
        phase_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("&Series:"), self.series)
        form.addRow(self.tr("Group &model:"), self.model_box)
        form.addRow(self.tr("&Length:"), self.minutes)
        form.addRow(self.tr("Phases:"), phase_row)

        # Agenda ---------------------------------------------------------------------------------
        self.segments = SegmentTableModel(topic.segments, self)
        self.agenda = QTableView()
        self.agenda.setAccessibleName(self.tr("Agenda segments"))
        self.agenda.setModel(self.segments)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setTabKeyNavigation(False)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.agenda.setColumnWidth(0, 220)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Agenda total"))
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add segment"), self.add_segment)
        self.remove_button = self._button(self.tr("&Remove segment"), self.remove_segment)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_segment(-1))
        self.down_button = self._button(self.tr("Move &down"), lambda: self.move_segment(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        agenda_page = QWidget()
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addLayout(buttons)

        # Texts ------------------------------------------------------------------------------------
        one_per_line = self.tr("One per line")
        self.objectives = _text_box(
            self.tr("Objectives"), "\n".join(topic.objectives), one_per_line
        )
        self.prompts = _text_box(
            self.tr("Discussion prompts"), "\n".join(topic.prompts), one_per_line
        )
        self.activity = _text_box(
            self.tr("Activity"), topic.activity, self.tr("What the group does, step by step")
        )
        self.tips = _text_box(self.tr("Facilitator tips"), "\n".join(topic.tips), one_per_line)
        self.sources = _text_box(self.tr("Sources"), "\n".join(topic.sources), one_per_line)
        self.handout = _text_box(
            self.tr("Handout (Markdown)"),
            topic.handout,
            self.tr("# Title\n\nShort sections, bullet lists, blanks: ____"),
            300,
        )
        content = QWidget()
        content_form = QFormLayout(content)
        content_form.addRow(self.tr("&Objectives:"), self.objectives)
        content_form.addRow(self.tr("&Prompts:"), self.prompts)
        content_form.addRow(self.tr("Acti&vity:"), self.activity)
        content_form.addRow(self.tr("T&ips:"), self.tips)
        content_form.addRow(self.tr("Sour&ces:"), self.sources)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Topic parts"))
        self.tabs.tabBar().setAccessibleName(self.tr("Topic parts"))
        self.tabs.addTab(agenda_page, self.tr("Agenda"))
        self.tabs.addTab(content, self.tr("Objectives, prompts, activity"))
        self.tabs.addTab(self.handout, self.tr("Handout"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save topic"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        for signal in (
            self.segments.dataChanged,
            self.segments.rowsInserted,
            self.segments.rowsRemoved,
            self.segments.modelReset,
        ):
            signal.connect(self.update_total)
        self.minutes.currentIndexChanged.connect(self.update_total)
        self.update_total()
        if new:
            self.title_edit.textEdited.connect(self._suggest_key)
        self.title_edit.setFocus()

    def _suggest_key(self, title: str) -> None:
        if not self.key.isModified():
            self.key.setText(key_from_title(title))

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # -- agenda ----------------------------------------------------------------------------------
    def session_minutes(self) -> int:
        return int(self.minutes.currentData())

    def update_total(self, *_: object) -> None:
        total, length = self.segments.total_minutes(), self.session_minutes()
        if total == length:
            text, style = self.tr("Agenda: {total} of {length} minutes. Adds up."), OK_STYLE
        elif total < length:
            text, style = self.tr("Agenda: {total} of {length} minutes. Add {gap}."), WARN_STYLE
        else:
            text, style = (
                self.tr("Agenda: {total} of {length} minutes. {gap} too many."),
                WARN_STYLE,
            )
        text = text.format(total=total, length=length, gap=abs(length - total))
        self.total_label.setText(text)
        theme.tone(self.total_label, style, bold=True)
        self.total_label.setAccessibleDescription(text)

    def current_row(self) -> int:
        index = self.agenda.currentIndex()
        return index.row() if index.isValid() else -1

    def add_segment(self) -> None:
        left = max(5, self.session_minutes() - self.segments.total_minutes())
        row = self.segments.add_segment(
            self.current_row() + 1 if self.current_row() >= 0 else self.segments.rowCount(),
            minutes=left,
        )
        self.agenda.setCurrentIndex(self.segments.index(row, 0))

    def remove_segment(self) -> None:
        row = self.current_row()
        self.segments.remove_segment(row)
        if self.segments.rowCount():
            self.agenda.setCurrentIndex(
                self.segments.index(min(row, self.segments.rowCount() - 1), 0)
            )

    def move_segment(self, delta: int) -> None:
        row = self.segments.move_segment(self.current_row(), delta)
        if row >= 0:
            self.agenda.setCurrentIndex(self.segments.index(row, 0))

    # -- saving ----------------------------------------------------------------------------------
    def topic(self) -> Topic:
        """What the form holds, as a Topic (unchecked: the service checks it)."""
        return replace(
            self.original,
            key=self.key.text().strip(),
            title=self.title_edit.text().strip(),
            series=self.series.currentText(),
            group_model=str(self.model_box.currentData()),
            phases=tuple(v for v, box in self.phase_boxes.items() if box.isChecked()),
            minutes=self.session_minutes(),
            objectives=_lines(self.objectives),
            prompts=_lines(self.prompts),
            activity=self.activity.toPlainText().strip(),
            handout=self.handout.toPlainText().strip() + "\n",
            tips=_lines(self.tips),
            sources=_lines(self.sources),
            segments=self.segments.segments(),
        )

    def save(self) -> None:
        library = self.controller.clinic.curriculum
        topic = self.topic()
        op = (lambda: library.create(topic)) if self.new else (lambda: library.save(topic))
        result = self.controller.run(self, op)
        if result is not None:
            self.saved_id = result[0]
            self.accept()
