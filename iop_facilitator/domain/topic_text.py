"""A topic as the facilitator reads it: Markdown for the preview and the handout (Qt-free)."""

from __future__ import annotations

import re

from iop_facilitator.domain.curriculum import GroupModel, Topic
from iop_facilitator.domain.enums import Phase

_HEADING = re.compile(r"^(#{1,4})(\s)", re.M)


def clock_text(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def demote_headings(markdown: str, levels: int = 2) -> str:
    """Push a handout's headings down so they sit under the preview's own sections."""
    return _HEADING.sub(lambda m: "#" * min(6, len(m.group(1)) + levels) + m.group(2), markdown)


def meta_line(topic: Topic) -> str:
    models = {m.value: m.label for m in GroupModel}
    phases = {p.value: p.label for p in Phase}
    model = models.get(topic.group_model, topic.group_model)
    phase_text = ", ".join(phases.get(p, p) for p in topic.phases)
    return f"{topic.series} · {topic.minutes} minutes · {model} group · {phase_text}"


def agenda_rows(topic: Topic) -> list[tuple[str, str, int, str]]:
    """(start clock, title, minutes, description) for each segment, starting at 0:00."""
    rows, start = [], 0
    for segment in topic.segments:
        rows.append((clock_text(start), segment.title, segment.minutes, segment.description))
        start += segment.minutes
    return rows


def preview_markdown(topic: Topic, status: str = "") -> str:
    """The whole topic: objectives, timed agenda, prompts, activity, tips, handout, sources."""
    parts = [
        f"# {topic.title}",
        "",
        f"*{meta_line(topic)}*" + (f"  \n{status}" if status else ""),
        "",
    ]
    parts += ["## Objectives", "", *[f"- {o}" for o in topic.objectives], ""]
    parts += [
        f"## Agenda ({topic.agenda_minutes} of {topic.minutes} minutes)",
        "",
        "| Starts | Segment | Minutes | What happens |",
        "|---|---|---|---|",
    ]
    parts += [
        f"| {start} | **{_cell(title)}** | {minutes} | {_cell(desc)} |"
        for start, title, minutes, desc in agenda_rows(topic)
    ]
    parts += [
        "",
        "## Discussion prompts",
        "",
        *[f"{i}. {p}" for i, p in enumerate(topic.prompts, 1)],
    ]
    parts += ["", "## Activity", "", topic.activity.strip(), ""]
    parts += ["## Facilitator tips", "", *[f"- {t}" for t in topic.tips], ""]
    parts += ["## Handout", "", demote_headings(topic.handout.strip()), ""]
    parts += ["## Sources", "", *[f"- {s}" for s in topic.sources], ""]
    return "\n".join(parts)


def handout_markdown(topic: Topic) -> str:
    """The one-page handout exactly as written, for printing."""
    return topic.handout.strip() + "\n"
