"""Routes that feed the corpus: add (one or a batch), list, show and delete articles."""

from __future__ import annotations

import datetime
from typing import Annotated

from litestar import Controller, Response, delete, get, post
from litestar.exceptions import HTTPException, NotFoundException
from litestar.params import Parameter
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_204_NO_CONTENT

from api.article_schemas import (
    ARTICLE_BODY_BYTES,
    BATCH_BODY_BYTES,
    MAX_BATCH,
    ArticleBatch,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ArticleSummary,
    BatchResult,
    IngestResult,
    SentenceOut,
)
from api.auth import require_read_access, require_write_access
from api.checker import Checker
from api.errors import problem_responses, strict_body
from index.article import Article
from index.corpus import Ingested, NoArticleText


class UnprocessableArticle(HTTPException):
    status_code = 422


def as_article(data: ArticleIn) -> Article:
    return Article(text=data.text, title=data.title, publisher=data.publisher, url=data.url, published=data.published)


def _ingest(checker: Checker, articles: list[ArticleIn]) -> list[Ingested]:
    try:
        return checker.corpus.add_many([as_article(a) for a in articles])
    except NoArticleText as error:
        raise UnprocessableArticle(detail=str(error)) from None


def _result(ingested: Ingested, version: int) -> IngestResult:
    return IngestResult(ingested.article_id, ingested.sentences, ingested.duplicate, version)


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


class ArticleController(Controller):
    path = "/v1/articles"
    tags = ("articles",)

    @post(
        "/",
        guards=[require_write_access],
        sync_to_thread=True,
        summary="Add an article to the corpus",
        description="201 with its id and sentence count; 200 with `duplicate: true` when the same text or url "
        "is already stored (nothing is indexed twice). Its sentences are searchable by the next check.",
        before_request=strict_body(ArticleIn),
        status_code=HTTP_201_CREATED,
        request_max_body_size=ARTICLE_BODY_BYTES,
        responses=problem_responses(400, 401, 403, 413, 415, 422, 503),
    )
    def add(self, data: ArticleIn, checker: Checker) -> Response[IngestResult]:
        [ingested] = _ingest(checker, [data])
        status = HTTP_200_OK if ingested.duplicate else HTTP_201_CREATED
        return Response(_result(ingested, checker.corpus.version), status_code=status)

    @get("/", guards=[require_read_access], sync_to_thread=True, summary="List articles, newest first")
    def list(
        self,
        checker: Checker,
        publisher: str | None = None,
        published_from: Annotated[datetime.date | None, Parameter(description="On or after, YYYY-MM-DD.")] = None,
        published_to: Annotated[datetime.date | None, Parameter(description="On or before, YYYY-MM-DD.")] = None,
        limit: Annotated[int, Parameter(ge=1, le=200)] = 50,
        offset: Annotated[int, Parameter(ge=0)] = 0,
    ) -> ArticlePage:
        rows, total = checker.corpus.articles(publisher, published_from, published_to, limit, offset)
        items = [ArticleSummary(a.id, a.title, a.publisher, a.url, _date(a.published), n) for a, n in rows]
        return ArticlePage(items, total, limit, offset, checker.corpus.version)

    @get("/{article_id:str}", guards=[require_read_access], sync_to_thread=True, summary="Show one article")
    def show(self, article_id: str, checker: Checker) -> ArticleOut:
        found = checker.corpus.article(article_id)
        if found is None:
            raise NotFoundException(f"no article with id {article_id!r}")
        article, sentences = found
        return ArticleOut(
            id=article.id,
            title=article.title,
            publisher=article.publisher,
            url=article.url,
            published=_date(article.published),
            text=article.text,
            sentences=[SentenceOut(s.position, s.start, s.end, s.text) for s in sentences],
            index_version=checker.corpus.version,
        )

    @delete(
        "/{article_id:str}",
        guards=[require_write_access],
        sync_to_thread=True,
        status_code=HTTP_204_NO_CONTENT,
        summary="Remove an article; its sentences never appear in results again",
    )
    def remove(self, article_id: str, checker: Checker) -> None:
        if not checker.corpus.delete(article_id):
            raise NotFoundException(f"no article with id {article_id!r}")


@post(
    "/v1/articles:batch",
    guards=[require_write_access],
    sync_to_thread=True,
    status_code=HTTP_200_OK,
    tags=["articles"],
    summary=f"Add up to {MAX_BATCH} articles",
    description="Every article is validated before any is stored; then each is added in turn, and each result "
    "says whether it was new or a duplicate.",
    before_request=strict_body(ArticleBatch),
    request_max_body_size=BATCH_BODY_BYTES,
    responses=problem_responses(400, 401, 403, 413, 415, 422, 503),
)
def add_batch(data: ArticleBatch, checker: Checker) -> BatchResult:
    ingested = _ingest(checker, list(data.articles))
    version = checker.corpus.version
    return BatchResult([_result(i, version) for i in ingested], version)
