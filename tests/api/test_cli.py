"""The terminal view of a check, with the fake models."""

from __future__ import annotations

import pytest

from api.checker import Checker
from api.cli import _show
from index.article import Article
from index.corpus import Corpus


def test_the_terminal_view_shows_what_a_sentence_points_back_to(
    corpus: Corpus, checker: Checker, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus.add(Article("Mediators discussed the second phase of the truce. That phase concerns disarming Hamas."))
    _show(checker.check("The second phase concerns disarming Hamas"))
    shown = capsys.readouterr().out
    assert "Verdict: supported" in shown
    assert "That phase concerns disarming Hamas." in shown
    assert "after: Mediators discussed the second phase of the truce." in shown
