"""Settings come from FACTCHECK_* variables, typed and checked."""

from __future__ import annotations

import pytest

from api.settings import Settings


def test_environment_variables_set_typed_values() -> None:
    settings = Settings.from_env(
        {"FACTCHECK_PORT": "9001", "FACTCHECK_MIN_SIMILARITY": "0.4", "FACTCHECK_DATA_DIR": "/srv/fc"}
    )
    assert (settings.port, settings.min_similarity, str(settings.data_path)) == (9001, 0.4, "/srv/fc")


def test_command_line_flags_win_over_the_environment() -> None:
    assert Settings.from_env({"FACTCHECK_PORT": "9001"}, port=9002, host=None).port == 9002


def test_a_bad_value_stops_start_up_with_a_message() -> None:
    with pytest.raises(SystemExit, match="port"):
        Settings.from_env({"FACTCHECK_PORT": "eighty"})
