"""The corpus: ingest, search, persistence, and repair when the index and store disagree."""

from __future__ import annotations

from pathlib import Path

from index.article import Article
from index.corpus import VECTORS_FILE, Corpus
from tests.conftest import ARTICLES
from tests.fakes import HashingEmbedder


def test_seeds_are_ingested_once_with_their_sources(corpus: Corpus) -> None:
    assert corpus.article_count == 2
    assert corpus.sentence_count == 4  # headline, bullet and the short title line are not indexed
    assert corpus.version == 2


def test_search_returns_sentences_with_offsets_and_sources(corpus: Corpus) -> None:
    [best, *_] = corpus.search("Under the agreement, 600 trucks of aid enter Gaza every day.", k=3)
    assert best.sentence.text == "Under the agreement, 600 trucks of aid enter Gaza every day."
    article = next(a for a in ARTICLES if a.id == best.sentence.article.id)
    assert article.text[best.sentence.start : best.sentence.end] == best.sentence.text
    assert best.sentence.article.publisher == "Outlet A"
    assert 0.9 < best.similarity <= 1.0 + 1e-6


def test_sentences_below_the_similarity_floor_are_dropped(corpus: Corpus) -> None:
    assert corpus.search("bitcoin price", k=10, min_similarity=0.3) == []


def test_the_same_article_twice_is_stored_once(corpus: Corpus) -> None:
    again = corpus.add(ARTICLES[0])
    assert again.duplicate and corpus.article_count == 2 and corpus.version == 2


def test_a_new_article_is_searchable_at_once(corpus: Corpus) -> None:
    added = corpus.add(Article(text="Qatar's prime minister chaired the talks in Cairo."))
    assert not added.duplicate and added.sentences == 1
    assert corpus.search("Qatar prime minister chaired talks", k=1)[0].sentence.article.id == added.article_id


def test_a_second_start_loads_the_index_and_embeds_nothing(tmp_path: Path) -> None:
    Corpus.open(tmp_path, HashingEmbedder(), ARTICLES).close()
    embedder = HashingEmbedder()
    reopened = Corpus.open(tmp_path, embedder, ARTICLES)
    assert embedder.embedded == 0
    assert reopened.sentence_count == 4 and reopened.version == 2


def test_a_lost_vector_file_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    Corpus.open(tmp_path, HashingEmbedder(), ARTICLES).close()
    (tmp_path / VECTORS_FILE).unlink()
    reopened = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)
    assert reopened.sentence_count == 4
    assert reopened.search("Under the agreement, 600 trucks of aid enter Gaza every day.", k=1)[0].similarity > 0.99


def test_another_embedding_model_triggers_a_rebuild(tmp_path: Path) -> None:
    Corpus.open(tmp_path, HashingEmbedder(), ARTICLES).close()
    other = HashingEmbedder()
    other.name = "another-model"
    Corpus.open(tmp_path, other, ARTICLES).close()
    assert other.embedded == 4


def test_a_deleted_article_never_appears_again(tmp_path: Path) -> None:
    corpus = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)
    query = "Under the agreement, 600 trucks of aid enter Gaza every day."
    assert corpus.delete("trucks") and not corpus.delete("trucks")
    assert all(hit.sentence.article.id != "trucks" for hit in corpus.search(query, k=10))
    assert corpus.version == 3 and corpus.article_count == 1
    corpus.close()
    reopened = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)
    assert all(hit.sentence.article.id != "trucks" for hit in reopened.search(query, k=10))


def test_a_crash_before_the_index_was_saved_loses_no_acknowledged_article(tmp_path: Path) -> None:
    corpus = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)
    added = corpus.add(Article(text="Qatar's prime minister chaired the talks in Cairo."))
    # No close(): as after kill -9, the FAISS file on disk lacks the new vectors.
    embedder = HashingEmbedder()
    reopened = Corpus.open(tmp_path, embedder, ARTICLES)
    assert embedder.embedded == 0  # the vectors come back from the store, not from the model
    assert reopened.search("Qatar prime minister chaired talks", k=1)[0].sentence.article.id == added.article_id


def test_the_same_url_is_recognised_as_a_duplicate(corpus: Corpus) -> None:
    first = corpus.add(Article(text="One version of the story, told at length.", url="https://example.org/a"))
    second = corpus.add(Article(text="A corrected version of the story, told again.", url="https://example.org/a"))
    assert second.duplicate and second.article_id == first.article_id


def test_search_can_be_limited_to_publishers_and_dates(corpus: Corpus) -> None:
    from datetime import date

    corpus.add(
        Article(text="The talks were held in Cairo on Tuesday.", publisher="Outlet C", published=date(2025, 11, 26))
    )
    query = "The talks were held in Cairo on Tuesday."
    assert {h.sentence.article.publisher for h in corpus.search(query, 5, publishers=["Outlet C"])} == {"Outlet C"}
    assert {h.sentence.article.publisher for h in corpus.search(query, 5, publishers=["Outlet A"])} == {"Outlet A"}
    assert {h.sentence.article.publisher for h in corpus.search(query, 5, publishers=["outlet a"])} == {"Outlet A"}
    assert corpus.search(query, 5, publishers=["Nobody"]) == []
    assert corpus.search(query, 5, as_of=date(2025, 11, 25)) == []  # the only dated article is later
    assert len(corpus.search(query, 5, as_of=date(2025, 11, 26))) == 1


def test_writes_from_another_process_are_seen_by_the_next_search(tmp_path: Path) -> None:
    server = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)
    loader = Corpus.open(tmp_path, HashingEmbedder(), ARTICLES)  # e.g. `factcheck ingest` beside the server
    added = loader.add(Article(text="Qatar's prime minister chaired the talks in Cairo."))
    assert server.search("Qatar prime minister chaired talks", k=1)[0].sentence.article.id == added.article_id
    loader.delete(added.article_id)
    assert all(h.sentence.article.id != added.article_id for h in server.search("Qatar prime minister", k=5))


def test_a_damaged_vector_file_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    Corpus.open(tmp_path, HashingEmbedder(), ARTICLES).close()
    (tmp_path / VECTORS_FILE).write_bytes(b"not a faiss index")
    embedder = HashingEmbedder()
    reopened = Corpus.open(tmp_path, embedder, ARTICLES)
    assert reopened.sentence_count == 4 and embedder.embedded == 0


def test_article_texts_are_found_by_id(corpus: Corpus) -> None:
    [hit] = corpus.search("Israel allowed 200 aid trucks into Gaza per day", 1)
    texts = corpus.article_texts([hit.sentence.article.id, "no-such-article"])
    assert list(texts) == [hit.sentence.article.id]
    assert hit.sentence.text in texts[hit.sentence.article.id]
