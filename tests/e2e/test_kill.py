"""Crash safety proven: SIGKILL at random points loses nothing that was acknowledged."""

from __future__ import annotations

import pytest

from tests.helpers import killtest


@pytest.mark.slow
def test_kill_at_random_points_loses_nothing_acknowledged(tmp_path) -> None:
    stats = killtest.run(tmp_path / "data", rounds=4, seed=20261123)
    assert stats.failures == []
    assert stats.rounds == 4
    assert stats.members_on_disk >= stats.acked_members + 1


@pytest.mark.stress
def test_stress_kill_many_times(tmp_path) -> None:
    rounds = 60
    stats = killtest.run(tmp_path / "data", rounds=rounds, seed=7)
    print(
        f"\nkill test: {stats.rounds} rounds ({stats.killed_in_startup} killed during start-up), "
        f"{stats.acked_members + 1} members and {stats.acked_settings + 1} settings changes "
        f"acknowledged, {stats.members_on_disk} members on disk, failures: {len(stats.failures)}"
    )
    for failure in stats.failures:
        print("  ", failure)
    assert stats.failures == []
    assert stats.rounds >= 50
