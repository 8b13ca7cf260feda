from __future__ import annotations

from pathlib import Path

import pytest

from api.checker import Checker
from index.article import Article
from index.corpus import Corpus
from tests.fakes import HashingEmbedder, RuleStance

ARTICLES = [
    Article(
        id="trucks",
        title="Aid deal",
        publisher="Outlet A",
        published=None,
        text="Aid deal\nUnder the agreement, 600 trucks of aid enter Gaza every day.\n"
        "The talks were held in Cairo on Tuesday.\n- Unrelated headline about football",
    ),
    Article(
        id="denial",
        title="Denial",
        publisher="Outlet B",
        text="Officials said no aid convoy crossed into Gaza on Tuesday.\nThe statement came late on Tuesday night.",
    ),
]


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def corpus(tmp_path: Path, embedder: HashingEmbedder) -> Corpus:
    opened = Corpus.open(tmp_path / "data", embedder, ARTICLES)
    yield opened
    opened.close()


def make_checker(data_dir: Path) -> Checker:
    return Checker(Corpus.open(data_dir, HashingEmbedder(), ARTICLES), RuleStance(), min_similarity=0.1)


@pytest.fixture
def checker(corpus: Corpus) -> Checker:
    return Checker(corpus, RuleStance(), min_similarity=0.1)
