"""The check itself: retrieve sentences near the claim, judge each, decide a verdict."""

from __future__ import annotations

import time
from pathlib import Path

from api.schemas import CheckResponse, Evidence, OutletCounts, Probabilities, Source, Span
from api.settings import Settings
from api.verdict import Judged, decide
from index.corpus import Corpus
from index.seeds import load_seed_articles
from models.stance import StanceModel, load_stance_model

# Judge more candidates than the caller asked to see: the nearest sentences are often merely on
# topic, and a supporting or contradicting one may rank a little further down.
MIN_CANDIDATES = 20
MAX_CANDIDATES = 50


class Checker:
    def __init__(self, corpus: Corpus, stance: StanceModel, min_similarity: float) -> None:
        self.corpus = corpus
        self.stance = stance
        self.min_similarity = min_similarity

    @classmethod
    def from_settings(cls, settings: Settings) -> Checker:
        """Load the real models and open (or build) the corpus: seconds on first start."""
        from models.embedder import Embedder

        embedder = Embedder(settings.embedding_model or None)
        seeds = load_seed_articles(Path(settings.seeds_dir)) if settings.seeds_dir else []
        corpus = Corpus.open(settings.data_path, embedder, seeds)
        return cls(corpus, load_stance_model(settings.stance_model), settings.min_similarity)

    def check(self, claim: str, top_k: int = 5) -> CheckResponse:
        started = time.perf_counter()
        candidates = min(max(MIN_CANDIDATES, 4 * top_k), MAX_CANDIDATES)
        hits = self.corpus.search(claim, candidates, self.min_similarity)
        retrieved = time.perf_counter()
        stances = self.stance.judge([(hit.sentence.text, claim) for hit in hits])
        judged_at = time.perf_counter()
        decision = decide([Judged(hit, stance) for hit, stance in zip(hits, stances, strict=True)])
        return CheckResponse(
            claim=claim,
            verdict=decision.verdict,  # type: ignore[arg-type]
            confidence=round(decision.confidence, 4),
            supporting=[_evidence(j, j.stance.supports) for j in decision.supporting[:top_k]],
            contradicting=[_evidence(j, j.stance.contradicts) for j in decision.contradicting[:top_k]],
            outlets=OutletCounts(decision.supporting_outlets, decision.contradicting_outlets),
            judged=len(hits),
            index_version=self.corpus.version,
            timings_ms={
                "retrieve": round(1000 * (retrieved - started), 2),
                "judge": round(1000 * (judged_at - retrieved), 2),
                "total": round(1000 * (time.perf_counter() - started), 2),
            },
        )


def _evidence(judged: Judged, score: float) -> Evidence:
    sentence = judged.hit.sentence
    article = sentence.article
    stance = judged.stance
    return Evidence(
        text=sentence.text,
        score=round(score, 4),
        similarity=round(judged.hit.similarity, 4),
        probabilities=Probabilities(round(stance.supports, 4), round(stance.contradicts, 4), round(stance.neither, 4)),
        source=Source(
            article_id=article.id,
            title=article.title or "",
            publisher=article.publisher,
            url=article.url,
            published=article.published.isoformat() if article.published else None,
        ),
        span=Span(sentence.start, sentence.end),
    )
