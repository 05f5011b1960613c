"""Every built-in topic in resources/curriculum passes the schema check and the coverage holds."""

from __future__ import annotations

from collections import Counter

import pytest

from iop_facilitator.domain.curriculum import SERIES_NAMES
from iop_facilitator.domain.topic_files import load_folder
from iop_facilitator.paths import curriculum_dir

CONTENT_MISSING = not any(curriculum_dir().rglob("*.toml")) if curriculum_dir().is_dir() else True


@pytest.mark.xfail(CONTENT_MISSING, reason="content lands from the content branches", strict=False)
def test_every_builtin_topic_passes_and_coverage_holds() -> None:
    result = load_folder(curriculum_dir())
    assert [p.text for p in result.problems] == []
    for topic in result.topics:
        assert topic.agenda_minutes == topic.minutes, topic.key
    counts = Counter(t.series for t in result.topics)
    assert len(result.topics) >= 36
    assert set(counts) == set(SERIES_NAMES), (
        f"series without topics: {set(SERIES_NAMES) - set(counts)}"
    )
    assert counts["Relapse Prevention"] >= 6
    assert counts["Coping Skills"] >= 6
    assert counts["Stages of Change"] >= 4
    assert counts["Spirituality"] >= 3
    assert counts["Goal Setting"] >= 4
