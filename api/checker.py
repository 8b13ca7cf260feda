"""The check itself: retrieve sentences near the claim, judge each, decide a verdict."""

from __future__ import annotations

import dataclasses
import datetime
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from api.confidence import VerdictConfidence
from api.schemas import (
    CheckResponse,
    Evidence,
    OutletCounts,
    PassageResult,
    Probabilities,
    Source,
    Span,
    VerifyResponse,
)
from api.settings import Settings
from api.verdict import Judged, decide
from index.corpus import Corpus, Hit
from index.seeds import load_seed_articles
from index.sentences import Sentence, split_sentences
from models import places
from models.checks import apply, compare, conflicts, explains_contradiction, read_back, read_together
from models.stance import Stance, StanceModel, load_stance_model
from models.synonyms import in_words_of

# Judge more candidates than the caller asked to see: the nearest sentences are often merely on
# topic, and a supporting or contradicting one may rank a little further down.
MIN_CANDIDATES = 20
MAX_CANDIDATES = 50

# A sentence that opens by pointing back ("That phase concerns ...", "He said ...") names its
# subject in the sentence before it; the stance model reads the two together. Only then: any
# other sentence reads best alone, and every added word costs inference time.
_POINTS_BACK = re.compile(r"[\"'“‘(\[]*(?:that|this|these|those|it|its|he|his|she|her|they|their)\b", re.IGNORECASE)
# Only the end of a long sentence before is kept: the model truncates the longer text of a pair
# from its end, which would cut the sentence being judged; what "That phase" points to is
# usually near the end of the sentence before.
CONTEXT_WORDS = 40


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence to judge, and what stands around it."""

    text: str
    previous: str | None  # the sentence before it, if any
    outlet: str  # who stands behind it
    hit: Hit | None = None  # where the corpus found it; None for caller-supplied text
    article: str | None = None  # the whole news article it comes from; None for caller-supplied text
    similarity: float | None = None  # cosine similarity of its sentence embedding to the claim's


class Checker:
    def __init__(
        self,
        corpus: Corpus,
        stance: StanceModel,
        min_similarity: float,
        verify_confidence: VerdictConfidence | None = None,
    ) -> None:
        self.corpus = corpus
        self.stance = stance
        self.min_similarity = min_similarity
        # Curves fitted on held-out claims judged against their own evidence, which is what
        # ``verify`` does. ``check`` keeps the raw confidence: it errs one way on held-out claims
        # retrieved from a corpus of their evidence and the other way on the seed claims, and
        # verify's curves would mend the first only by worsening the second (make eval prints both).
        self.verify_confidence = verify_confidence or VerdictConfidence()

    @classmethod
    def from_settings(cls, settings: Settings) -> Checker:
        """Load the real models and open (or build) the corpus: seconds on first start."""
        from models.embedder import Embedder

        embedder = Embedder(settings.embedding_model or None)
        seeds = load_seed_articles(Path(settings.seeds_dir)) if settings.seeds_dir else []
        corpus = Corpus.open(settings.data_path, embedder, seeds)
        stance = load_stance_model(settings.stance_model)
        places.load()
        return cls(corpus, stance, settings.min_similarity, VerdictConfidence.load(settings.stance_model))

    def _judge(self, claim: str, passages: list[Passage]) -> list[Judged]:
        """Stance model on every (text, claim) pair in one call, then the structured checks; the
        contradictions they do not explain are read again the other way round (``read_back``).

        The checks read the text alone: numbers in the sentence before are about something else.
        The sentence before and the article only tell them which people the text is about.
        """
        contexts = [_context(p.text, p.previous) for p in passages]
        premises = [_premise(p.text, context) for p, context in zip(passages, contexts, strict=True)]
        # Each sentence is judged against the claim in its own words where the two use words that
        # mean the same ("without delay" for "quickly"): the small model misses such paraphrases.
        claims = [in_words_of(claim, premise) for premise in premises]
        pairs = list(zip(premises, claims, strict=True))
        found = read_together(
            [
                compare(reworded, p.text, p.previous, p.article, p.outlet, p.similarity)
                for reworded, p in zip(claims, passages, strict=True)
            ]
        )
        stances = read_back(self.stance, pairs, self.stance.judge(pairs), found)
        judged = []
        for passage, context, stance, reasons in zip(passages, contexts, stances, found, strict=True):
            texts = tuple(r.text for r in reasons)
            # A conflict lets an off-topic sentence contradict, so only numbers in digits and dates
            # count for it: "the remaining two surrendered" is not a count to set against "17 fighters".
            conflict = conflicts(reasons, spelled=False)
            explained = explains_contradiction(reasons)
            judged.append(
                Judged(
                    passage.outlet, apply(stance, reasons), texts, passage.hit, conflict, context, explained=explained
                )
            )
        return judged

    def verify(self, claim: str, passages: list[str]) -> VerifyResponse:
        """Judge ``claim`` against caller-supplied passages, each its own source; no retrieval.

        Each passage is judged sentence by sentence, like the corpus: the stance model reads
        sentence pairs, and the one sentence that bears on the claim is lost inside a paragraph
        (make eval's "evidence in a paragraph" row measures how well it is found).
        The surest supporting or contradicting sentence of a passage speaks for it, in its result
        and in the verdict alike: one passage whose sentences the model reads both ways is one
        source that says one thing, not a conflict.
        """
        started = time.perf_counter()
        sentences = [
            (i, sentence, previous)
            for i, passage in enumerate(passages)
            for sentence, previous in _with_previous(_sentences_of(passage))
        ]
        # Without the similarity of each sentence: embedding every sentence of the largest request
        # would cost more than judging them (make bench: 1.4 s -> 3.7 s), so a sentence here is not
        # read as the claim in other words (``models.checks.SAYS_IN_OTHER_WORDS``).
        judged = self._judge(
            claim,
            [
                Passage(sentence.text, previous.text if previous else None, f"passage:{i}")
                for i, sentence, previous in sentences
            ],
        )
        judged = self._unrelated_left_out(claim, [sentence.text for _, sentence, _ in sentences], judged)
        by_passage: list[list[tuple[Sentence, Judged, Sentence | None]]] = [[] for _ in passages]
        for (i, sentence, previous), deciding in zip(sentences, judged, strict=True):
            by_passage[i].append((sentence, deciding, previous))
        speaking = [max(own, key=lambda mine: _strength(mine[1])) for own in by_passage]
        decision = decide([deciding for _, deciding, _ in speaking])
        results = [
            PassageResult(
                deciding.label,  # type: ignore[arg-type]
                _probabilities(deciding.stance),
                list(deciding.reasons),
                Span(sentence.start, sentence.end),
                Span(previous.start, previous.end) if previous and deciding.context else None,
            )
            for sentence, deciding, previous in speaking
        ]
        return VerifyResponse(
            claim=claim,
            verdict=decision.verdict,  # type: ignore[arg-type]
            confidence=round(self.verify_confidence(decision.verdict, decision.confidence), 4),
            results=results,
            timings_ms={"total": round(1000 * (time.perf_counter() - started), 2)},
        )

    def _unrelated_left_out(self, claim: str, texts: list[str], judged: list[Judged]) -> list[Judged]:
        """A sentence less similar to the claim than the corpus's retrieval floor counts for neither
        side, as in ``check``, which never retrieves it: the stance model calls "Apple released a new
        iPhone" a contradiction of "Israel killed 17 Hamas fighters", and a claim worded with "no" or
        "never" refuted by whatever it is set beside (make eval's "another set's evidence" row).
        Only the sentences that would count are embedded."""
        counted = [n for n, one in enumerate(judged) if one.label != "neither"]
        if not counted:
            return judged
        vectors = self.corpus.embedder.embed([claim] + [texts[n] for n in counted])
        judged = list(judged)
        for n, similarity in zip(counted, vectors[1:] @ vectors[0], strict=True):
            if similarity < self.min_similarity:
                judged[n] = dataclasses.replace(judged[n], related=False)
        return judged

    def check(
        self,
        claim: str,
        top_k: int = 5,
        publishers: Sequence[str] | None = None,
        as_of: datetime.date | None = None,
    ) -> CheckResponse:
        started = time.perf_counter()
        candidates = min(max(MIN_CANDIDATES, 4 * top_k), MAX_CANDIDATES)
        hits = self.corpus.search(claim, candidates, self.min_similarity, publishers, as_of)
        retrieved = time.perf_counter()
        articles = self.corpus.article_texts(hit.sentence.article.id for hit in hits)
        judged = self._judge(
            claim,
            [
                Passage(
                    hit.sentence.text,
                    hit.sentence.previous,
                    hit.sentence.article.outlet,
                    hit,
                    articles.get(hit.sentence.article.id),
                    hit.similarity,
                )
                for hit in hits
            ],
        )
        judged_at = time.perf_counter()
        decision = decide(judged)
        return CheckResponse(
            claim=claim,
            verdict=decision.verdict,  # type: ignore[arg-type]
            confidence=round(decision.confidence, 4),
            supporting=[as_evidence(j, j.stance.supports) for j in decision.supporting[:top_k]],
            contradicting=[as_evidence(j, j.stance.contradicts) for j in decision.contradicting[:top_k]],
            outlets=OutletCounts(decision.supporting_outlets, decision.contradicting_outlets),
            judged=len(hits),
            index_version=self.corpus.version,
            timings_ms={
                "retrieve": round(1000 * (retrieved - started), 2),
                "judge": round(1000 * (judged_at - retrieved), 2),
                "total": round(1000 * (time.perf_counter() - started), 2),
            },
        )


def _sentences_of(passage: str) -> list[Sentence]:
    """The passage's sentences with their offsets, or the whole passage when it has none to split."""
    return split_sentences(passage, [(0, len(passage))]) or [Sentence(passage, 0, len(passage))]


def _with_previous(sentences: list[Sentence]) -> list[tuple[Sentence, Sentence | None]]:
    return list(zip(sentences, [None, *sentences[:-1]], strict=True))


def _context(sentence: str, previous: str | None) -> str | None:
    """The sentence before, when this one opens by pointing back to it."""
    return previous if previous and _POINTS_BACK.match(sentence) else None


def _premise(sentence: str, context: str | None) -> str:
    """What the stance model reads: the sentence, after the end of its context if it has one."""
    if not context:
        return sentence
    words = context.split()
    tail = context if len(words) <= CONTEXT_WORDS else "… " + " ".join(words[-CONTEXT_WORDS:])
    return f"{tail} {sentence}"


def _strength(judged: Judged) -> tuple[bool, float, bool]:
    """Sentences that count for or against the claim first, then the surest of either stance; a
    tie goes to support, since calling a supporting source contradicting is the worse mistake."""
    stance = judged.stance
    if judged.label == "neither":
        return False, max(stance.supports, stance.contradicts), False
    supports = judged.label == "supports"
    return True, stance.supports if supports else stance.contradicts, supports


def _probabilities(stance: Stance) -> Probabilities:
    return Probabilities(round(stance.supports, 4), round(stance.contradicts, 4), round(stance.neither, 4))


def as_evidence(judged: Judged, score: float) -> Evidence:
    assert judged.hit is not None, "corpus passages always carry their hit"
    sentence = judged.hit.sentence
    article = sentence.article
    stance = judged.stance
    return Evidence(
        text=sentence.text,
        score=round(score, 4),
        similarity=round(judged.hit.similarity, 4),
        probabilities=_probabilities(stance),
        reasons=list(judged.reasons),
        source=Source(
            article_id=article.id,
            title=article.title or "",
            publisher=article.publisher,
            url=article.url,
            published=article.published.isoformat() if article.published else None,
        ),
        span=Span(sentence.start, sentence.end),
        context=judged.context,
    )
