"""The topic format: schema check in plain words, folder loading that survives bad files, packs."""

from __future__ import annotations

import json
import shutil
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iop_facilitator.domain.curriculum import (
    SERIES_NAMES,
    Segment,
    Topic,
)
from iop_facilitator.domain.topic_check import check_topic
from iop_facilitator.domain.topic_files import load_folder, parse_toml_topic
from iop_facilitator.domain.topic_pack import read_pack, topic_to_toml, write_pack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "curriculum"
SAMPLE = FIXTURES / "relapse-prevention" / "rp-sample-high-risk.toml"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_fixture_folder_loads_cleanly() -> None:
    result = load_folder(FIXTURES)
    assert result.problems == ()
    assert sorted(t.key for t in result.topics) == [
        "cs-sample-urge-surfing",
        "gs-sample-smart-goals",
        "rp-sample-high-risk",
    ]
    smart = next(t for t in result.topics if t.key == "gs-sample-smart-goals")
    assert smart.minutes == 180 and smart.agenda_minutes == 180 and smart.version == 2
    assert smart.segments[2] == Segment("Break", 15, "Stretch, water, fresh air.")
    assert smart.title_es.startswith("Muestra")
    assert result.sources["rp-sample-high-risk"] == "relapse-prevention/rp-sample-high-risk.toml"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace('title = "Sample', "title = Sample"), ["line 3", "not valid TOML"]),
        (
            lambda t: t.replace('group_model = "psychoeducational"\n', ""),
            ["field 'group_model'", "is missing"],
        ),
        (
            lambda t: t.replace("minutes = 90", 'minutes = "ninety"'),
            ["line 7", "field 'minutes'", "whole number"],
        ),
        (lambda t: t.replace("minutes = 90", "minutes = 75"), ["60, 90 or 180"]),
        (
            lambda t: t.replace("minutes = 15", "minutes = -15"),
            ["field 'segments[1].minutes'", "more than 0", "line 37"],
        ),
        (
            lambda t: t.replace("minutes = 30\n", "minutes = 25\n"),
            ["field 'segments'", "add up to 85", "add 5 minutes"],
        ),
        (
            lambda t: t.replace('key = "rp-sample-high-risk"', 'key = "RP Sample!"'),
            ["field 'key'", "lowercase letters"],
        ),
        (
            lambda t: t.replace('series = "Relapse Prevention"', 'series = "Relapse"'),
            ["field 'series'", "is not a series"],
        ),
        (lambda t: t.replace("version = 1", "version = 0"), ["versions start at 1"]),
        (
            lambda t: t.replace("tips = [", "tipz = [").replace("version = 1", "version = 1"),
            ["field 'tipz'", "not a field", "field 'tips'"],
        ),
        (
            lambda t: t.replace('phases = ["early_recovery", "maintenance"]', 'phases = ["late"]'),
            ["'late' is not a phase"],
        ),
        (lambda t: t.replace("objectives = [", "objectives = [\n  42,"), ["item 1 must be text"]),
        (lambda t: t.replace('activity = """', 'activity = """\\u0000'), ["NUL"]),
    ],
)
def test_malformed_topic_names_file_line_and_field(edit, expected) -> None:
    topic, problems = parse_toml_topic(edit(sample_text()), "rp-sample-high-risk.toml")
    assert topic is None
    text = "\n".join(p.text for p in problems)
    assert text.startswith("rp-sample-high-risk.toml")
    for words in expected:
        assert words in text, text


def test_two_megabytes_of_text_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "rp-big.toml"
    big.write_text(sample_text().replace('activity = """', 'activity = """' + "x" * 2_000_000))
    folder = tmp_path / "lib" / "relapse-prevention"
    folder.mkdir(parents=True)
    shutil.move(big, folder / "rp-big.toml")
    result = load_folder(tmp_path / "lib")
    assert result.topics == ()
    assert (
        "rp-big.toml" in result.problems[0].text and "larger than 256 KB" in result.problems[0].text
    )
    topic, problems = parse_toml_topic("a" * 300_000, "pasted")
    assert topic is None and "larger than 256 KB" in problems[0].text


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(FIXTURES, lib)
    rp = lib / "relapse-prevention"
    (rp / "rp-broken.toml").write_text("key = \n", encoding="utf-8")
    (rp / "rp-latin1.toml").write_bytes("title = 'caf\xe9'".encode("latin-1"))
    (rp / "rp-emoji.toml").write_text("😀" * 10_000, encoding="utf-8")
    dup = sample_text().replace("Sample: Identifying", "Another")
    (lib / "coping-skills" / "rp-sample-high-risk.toml").write_text(dup, encoding="utf-8")
    copy = sample_text().replace('key = "rp-sample-high-risk"', 'key = "rp-other-name"')
    (rp / "rp-mismatch.toml").write_text(copy, encoding="utf-8")
    result = load_folder(lib)
    assert sorted(t.key for t in result.topics) == [
        "cs-sample-urge-surfing",
        "gs-sample-smart-goals",
        "rp-sample-high-risk",
    ]
    text = "\n".join(p.text for p in result.problems)
    assert "relapse-prevention/rp-broken.toml, line 1: is not valid TOML" in text
    assert "rp-latin1.toml: is not UTF-8" in text
    assert "rp-emoji.toml" in text
    assert "rp-mismatch.toml" in text and "name the file rp-other-name.toml" in text
    # The duplicate sits in the wrong folder too; move it to its series folder to see the key clash.
    (lib / "coping-skills" / "rp-sample-high-risk.toml").unlink()
    (lib / "extra").mkdir()
    (lib / "extra" / "rp-sample-high-risk.toml").write_text(dup, encoding="utf-8")
    result = load_folder(lib)
    clash = [p.text for p in result.problems if "already uses" in p.text]
    assert clash == [
        "relapse-prevention/rp-sample-high-risk.toml, field 'key': uses key 'rp-sample-high-risk', "
        "which extra/rp-sample-high-risk.toml already uses: every topic needs its own key."
    ]


def test_series_must_match_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "coping-skills"
    folder.mkdir()
    (folder / "rp-sample-high-risk.toml").write_text(sample_text(), encoding="utf-8")
    result = load_folder(tmp_path)
    assert result.topics == () and "sits in the 'coping-skills' folder" in result.problems[0].text


def test_missing_folder_is_an_empty_library(tmp_path: Path) -> None:
    assert load_folder(tmp_path / "nowhere").topics == ()


def test_content_hash_ignores_version_only() -> None:
    topic = load_folder(FIXTURES).topics[0]
    assert replace(topic, version=9).content_hash() == topic.content_hash()
    assert replace(topic, title="Other").content_hash() != topic.content_hash()


texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(title=texts, handout=texts, prompt=texts, desc=texts)
def test_any_text_round_trips_through_toml_and_json(title, handout, prompt, desc) -> None:
    base = load_folder(FIXTURES).topics[0]
    topic = replace(
        base,
        title=title[:200],
        handout=handout,
        prompts=(prompt, "second"),
        segments=(Segment(desc, base.minutes, desc + "\n" + desc),),
    )
    assert check_topic(topic.to_data(), "x") == (topic, [])
    assert check_topic(tomllib.loads(topic_to_toml(topic)), "x") == (topic, [])
    for fmt in ("toml", "json"):
        assert read_pack(write_pack([topic], fmt, "2026-11-23"), "pack", fmt) == ([topic], [])


def test_pack_problems_are_reported_per_topic() -> None:
    topics = list(load_folder(FIXTURES).topics)
    document = json.loads(write_pack(topics, "json", "now"))
    document["topics"][1]["minutes"] = 75
    document["topics"].append(document["topics"][0])
    _good, problems = read_pack(json.dumps(document), "colleague.json", "json")
    text = "\n".join(p.text for p in problems)
    assert "colleague.json, topic 2 (gs-sample-smart-goals), field 'minutes'" in text
    assert "topic 4 (cs-sample-urge-surfing), field 'key': repeats key" in text
    assert read_pack("not toml [", "x.toml", "toml")[1][0].message.startswith("is not a valid TOML")
    assert "not an IOP Facilitator topic pack" in read_pack("{}", "x.json", "json")[1][0].message


def test_series_order_is_the_agreed_list() -> None:
    assert SERIES_NAMES[0] == "Relapse Prevention" and len(SERIES_NAMES) == 9
    assert Topic.__dataclass_params__.frozen  # type: ignore[attr-defined]
