"""Ingestion throughput: articles/s and sentences/s for a corpus of synthetic news articles.

    python bench/ingest.py --articles 1000

Articles are made from the seed articles' sentences, recombined and renumbered, so each is
unique and news-like. They go through the real path (cleaning, splitting, embedding, SQLite,
FAISS) into a fresh data directory. The baseline in the same run is the embedding alone for the
same sentences, in the same per-article batches: the floor that everything else adds to.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import tempfile
import time
from pathlib import Path

from index.article import Article
from index.cleaning import find_body
from index.corpus import Corpus
from index.seeds import load_seed_articles
from index.sentences import split_sentences
from models.embedder import Embedder


def synthetic_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    pool = [s.text for a in load_seed_articles() for s in split_sentences(a.text, find_body(a.text, a.title))]
    articles = []
    for i in range(count):
        chosen = rng.sample(pool, rng.randint(6, 14))
        renumbered = [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 99)), s) for s in chosen]
        articles.append(
            Article(
                text="\n".join(renumbered),
                title=f"Synthetic report {i}",
                publisher=f"Outlet {i % 7}",
                url=f"https://example.org/{i}",
            )
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    articles = synthetic_articles(args.articles)
    embedder = Embedder()
    embedder.embed(["warm up the model"])
    with tempfile.TemporaryDirectory() as data_dir:
        corpus = Corpus.open(Path(data_dir), embedder)
        started = time.perf_counter()
        sentences = sum(corpus.add(article).sentences for article in articles)
        corpus.close()
        ingest = time.perf_counter() - started
    texts = [[s.text for s in split_sentences(a.text, find_body(a.text, a.title))] for a in articles]
    started = time.perf_counter()
    for batch in texts:
        embedder.embed(batch)
    embed_only = time.perf_counter() - started
    print(f"machine: {os.cpu_count()} CPUs; {len(articles)} synthetic articles, {sentences} sentences; one run")
    print(
        f"ingest (clean, split, embed, SQLite, FAISS): {len(articles) / ingest:7.1f} articles/s "
        f"{sentences / ingest:7.0f} sentences/s  ({ingest:.1f} s)"
    )
    print(
        f"baseline: embedding alone, same batches:     {len(articles) / embed_only:7.1f} articles/s "
        f"{sentences / embed_only:7.0f} sentences/s  ({embed_only:.1f} s)"
    )


if __name__ == "__main__":
    main()
