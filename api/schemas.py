"""Wire types of the HTTP API (msgspec), with the descriptions the OpenAPI page shows."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

MAX_CLAIM_CHARS = 1000
MAX_TOP_K = 20
MAX_PASSAGES = 32
MAX_PASSAGE_CHARS = 2000
# The largest verify request JSON can encode: every character escaped as a surrogate pair
# ("\ud83d\ude00", 12 bytes) is about 780 kB, so 32 passages of 2,000 characters always fit.
VERIFY_BODY_BYTES = 1 << 20


def has_text(value: str) -> bool:
    """Whether anything but whitespace, control and invisible format characters (NUL, zero-width
    spaces) is left: a claim or passage of those alone says nothing to check."""
    return any(not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf") for char in value)


Verdict = Literal["supported", "refuted", "conflicting", "not_enough_evidence"]
Probability = Annotated[float, Meta(ge=0.0, le=1.0)]


Claim = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=MAX_CLAIM_CHARS,
        description=f"The statement to check, in English, at most {MAX_CLAIM_CHARS} characters.",
        examples=["600 trucks per day were agreed"],
    ),
]
Stance = Literal["supports", "contradicts", "neither"]


class CheckRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    claim: Claim
    top_k: Annotated[
        int,
        Meta(ge=1, le=MAX_TOP_K, description="At most this many passages in each of `supporting` and `contradicting`."),
    ] = 5
    publishers: (
        Annotated[
            list[Annotated[str, Meta(min_length=1, max_length=200)]],
            Meta(min_length=1, max_length=50, description="Only evidence from articles by these outlets."),
        ]
        | None
    ) = None
    as_of: (
        Annotated[
            datetime.date,
            Meta(
                description="Only evidence from articles published on or before this date (YYYY-MM-DD): what was "
                "known then. Articles with no stated date are left out."
            ),
        ]
        | None
    ) = None

    def __post_init__(self) -> None:
        # msgspec turns a ValueError raised here into a validation error: a 400 naming the field.
        if not has_text(self.claim):
            raise ValueError("`claim` must contain text, not only whitespace or invisible characters")


class VerifyRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    claim: Claim
    passages: Annotated[
        list[Annotated[str, Meta(min_length=1, max_length=MAX_PASSAGE_CHARS)]],
        Meta(
            min_length=1,
            max_length=MAX_PASSAGES,
            description=f"Texts to judge the claim against, 1 to {MAX_PASSAGES}, each at most "
            f"{MAX_PASSAGE_CHARS} characters, judged sentence by sentence. Each passage counts as a separate "
            "source.",
            examples=[["Israel is allowing no more than 200 aid trucks into Gaza per day."]],
            # Litestar's OpenAPI page shows only the list's own limits; these are its items'.
            extra_json_schema={"extra": {"items": {"type": "string", "minLength": 1, "maxLength": MAX_PASSAGE_CHARS}}},
        ),
    ]

    def __post_init__(self) -> None:
        if not has_text(self.claim):
            raise ValueError("`claim` must contain text, not only whitespace or invisible characters")
        for i, passage in enumerate(self.passages):
            if not has_text(passage):
                raise ValueError(f"`passages[{i}]` must contain text, not only whitespace or invisible characters")


class Source(msgspec.Struct, frozen=True):
    article_id: Annotated[str, Meta(description="Id of the article in the corpus.")]
    title: Annotated[str, Meta(description="The article's headline; empty when the source states none.")]
    publisher: Annotated[str | None, Meta(description="The outlet, when the source names it.")]
    url: Annotated[str | None, Meta(description="Where the article was published, when known.")]
    published: Annotated[str | None, Meta(description="Publication date (YYYY-MM-DD), when the source states it.")]


class Span(msgspec.Struct, frozen=True):
    start: Annotated[
        int, Meta(ge=0, description="Offset of the first character in the article text (or the passage given).")
    ]
    end: Annotated[int, Meta(ge=0, description="Offset just past the last character: text[start:end].")]


class Probabilities(msgspec.Struct, frozen=True):
    supports: Probability
    contradicts: Probability
    neither: Probability


class Evidence(msgspec.Struct, frozen=True):
    text: Annotated[str, Meta(description="The sentence, exactly as it stands in the article.")]
    score: Annotated[float, Meta(ge=0.0, le=1.0, description="Stance model's probability for this list's stance.")]
    similarity: Annotated[float, Meta(description="Cosine similarity of the sentence to the claim.")]
    probabilities: Annotated[
        Probabilities,
        Meta(
            description="Probabilities of all three stances, after the structured checks (a contradiction "
            "they do not explain is also read with the claim first, and keeps the mean of the two readings)."
        ),
    ]
    reasons: Annotated[
        list[str],
        Meta(
            description="What the structured checks found in this sentence, each led by what it compared "
            "(quantity, count, plan, date, weekday, period, order, place, origin, name, role, attendance, negation, "
            "course, stage, stance, contrast, recipient, fate, direction, wording, meaning), e.g. "
            "`quantity: claim 600 trucks/day vs evidence at most 200 trucks/day`."
        ),
    ]
    source: Source
    span: Span
    context: Annotated[
        str | None,
        Meta(
            description="The sentence before this one in the article's prose (headings, captions and fragments "
            'left out), when this one opens by pointing back to it ("That phase ...", "He said ..."): the '
            "stance model read the two together. Otherwise null."
        ),
    ] = None


class OutletCounts(msgspec.Struct, frozen=True):
    supporting: Annotated[int, Meta(ge=0, description="Distinct outlets with a supporting passage.")]
    contradicting: Annotated[int, Meta(ge=0, description="Distinct outlets with a contradicting passage.")]


class CheckResponse(msgspec.Struct, frozen=True):
    claim: str
    verdict: Annotated[Verdict, Meta(description="`not_enough_evidence` when the corpus does not settle the claim.")]
    confidence: Annotated[
        float,
        Meta(
            ge=0.0,
            le=1.0,
            description="How sure the service is of the verdict: the probability of the strongest passage behind it "
            "(for `not_enough_evidence`, one minus the strongest stance any passage had).",
        ),
    ]
    supporting: Annotated[
        list[Evidence],
        Meta(description="Passages that support the claim, most relevant first (stance probability x similarity)."),
    ]
    contradicting: Annotated[
        list[Evidence],
        Meta(description="Passages that contradict the claim, most relevant first (stance probability x similarity)."),
    ]
    outlets: OutletCounts
    judged: Annotated[int, Meta(ge=0, description="Sentences similar enough to the claim to be judged.")]
    index_version: Annotated[int, Meta(ge=0, description="Changes whenever the corpus changes.")]
    timings_ms: Annotated[dict[str, float], Meta(description="Time spent in each step, in milliseconds.")]


class PassageResult(msgspec.Struct, frozen=True):
    label: Annotated[Stance, Meta(description="The stance this passage counts for in the verdict.")]
    probabilities: Annotated[Probabilities, Meta(description="Those of the sentence that decided the label.")]
    reasons: Annotated[list[str], Meta(description="What the structured checks found in that sentence.")]
    span: Annotated[
        Span,
        Meta(
            description="The sentence of the passage that decided its label: `passage[start:end]`. A passage is "
            "judged sentence by sentence, and its strongest supporting or contradicting sentence speaks for it."
        ),
    ]
    context: Annotated[
        Span | None,
        Meta(
            description="The sentence before that one, `passage[start:end]`, when it opens by pointing back to it "
            '("That phase ...", "He said ..."): the stance model read the two together. Otherwise null.'
        ),
    ] = None


class VerifyResponse(msgspec.Struct, frozen=True):
    claim: str
    verdict: Verdict
    confidence: Annotated[
        float,
        Meta(
            ge=0.0,
            le=1.0,
            description="The share of such verdicts that were right on held-out claims, each verified against its "
            "own evidence: of verdicts given with confidence 0.8, about 80% were right.",
        ),
    ]
    results: Annotated[list[PassageResult], Meta(description="One result per passage, in the order given.")]
    timings_ms: dict[str, float]


class Health(msgspec.Struct, frozen=True):
    status: Literal["ok", "loading", "failed"]
    detail: str | None = None
    articles: int | None = None
    sentences: int | None = None
    index_version: int | None = None


class Problem(msgspec.Struct, frozen=True):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    status: Annotated[int, Meta(description="The HTTP status code.")]
    title: Annotated[str, Meta(description="The status's reason phrase, e.g. `Bad Request`.")]
    detail: Annotated[str, Meta(description="What was wrong, naming the field where there is one.")]
