"""The ``factcheck`` command: ``serve`` the HTTP API, or ``check`` a claim in the terminal."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import msgspec

from api.schemas import MAX_TOP_K, CheckRequest, CheckResponse, Evidence
from api.settings import Settings
from index.corpus import Corpus, NoArticleText
from index.seeds import load_seed_articles


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.observability import configure_logging

    settings = Settings.from_env(host=args.host, port=args.port)
    configure_logging(settings.log_level)
    app = create_app(settings)
    # SIGTERM: uvicorn stops accepting, lets in-flight requests finish (up to 30 s), then the
    # app's shutdown saves the index. Our middleware logs each request, so uvicorn's access log is off.
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=30,
    )
    return 0


def _print_evidence(heading: str, passages: list[Evidence]) -> None:
    print(f"\n{heading} ({len(passages)}):")
    for e in passages:
        source = e.source
        origin = ", ".join(filter(None, [source.publisher, source.title and f"“{source.title}”", source.published]))
        print(f"  [{e.score:.2f}] {e.text}")
        if e.context:  # what "That phase ..." points back to
            print(f"         after: {e.context}")
        print(f"         {origin or 'unknown outlet'} · {source.article_id} chars {e.span.start}-{e.span.end}")


def _show(result: CheckResponse) -> None:
    print(f"Claim:   {result.claim}")
    print(f"Verdict: {result.verdict} (confidence {result.confidence:.2f})")
    print(f"Outlets: {result.outlets.supporting} supporting, {result.outlets.contradicting} contradicting")
    _print_evidence("Supporting", result.supporting)
    _print_evidence("Contradicting", result.contradicting)


def _check(args: argparse.Namespace) -> int:
    from api.checker import Checker

    try:
        request = msgspec.convert({"claim": args.claim, "top_k": args.top_k}, CheckRequest)
    except msgspec.ValidationError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return 2
    checker = Checker.from_settings(Settings.from_env())
    try:
        result = checker.check(request.claim.strip(), request.top_k)
    finally:
        checker.corpus.close()
    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result).decode(), indent=2) + "\n")
    else:
        _show(result)
    return 0


def _open_corpus() -> Corpus:
    from models.embedder import Embedder

    settings = Settings.from_env()
    seeds = load_seed_articles(Path(settings.seeds_dir)) if settings.seeds_dir else []
    return Corpus.open(settings.data_path, Embedder(settings.embedding_model or None), seeds)


def _ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from api.articles import as_article
    from api.ingest import read_records

    corpus = _open_corpus()
    added = duplicates = failed = sentences = 0
    started = time.perf_counter()
    try:
        with tqdm(unit=" articles", desc="ingest") as progress:
            for path in args.paths:
                for record in read_records(path):
                    if record.article is None:
                        failed += 1
                        progress.write(f"skipped {record.where}: {record.error}")
                        continue
                    try:
                        result = corpus.add(as_article(record.article))
                    except NoArticleText as error:
                        failed += 1
                        progress.write(f"skipped {record.where}: {error}")
                        continue
                    added += not result.duplicate
                    duplicates += result.duplicate
                    sentences += result.sentences
                    elapsed = max(time.perf_counter() - started, 1e-9)
                    progress.set_postfix_str(f"{sentences / elapsed:.0f} sentences/s", refresh=False)
                    progress.update()
        version = corpus.version
    finally:
        corpus.close()
    elapsed = time.perf_counter() - started
    print(
        f"{added} added, {duplicates} duplicates, {failed} skipped; {sentences} sentences in {elapsed:.1f} s "
        f"({added / elapsed:.1f} articles/s, {sentences / elapsed:.0f} sentences/s); index version {version}"
    )
    return 1 if failed else 0


def _articles(args: argparse.Namespace) -> int:
    corpus = _open_corpus()
    try:
        if args.action == "list":
            rows, total = corpus.articles(args.publisher, limit=args.limit, offset=args.offset)
            for article, count in rows:
                published = article.published.isoformat() if article.published else "----------"
                outlet = article.publisher or "-"
                print(f"{article.id}  {published}  {count:>4} sentences  {outlet}  {article.title or ''}")
            print(f"{len(rows)} of {total} articles")
            return 0
        if args.id is None:
            print(f"factcheck articles {args.action}: an article id is needed", file=sys.stderr)
            return 2
        if args.action == "show":
            found = corpus.article(args.id)
            if found is None:
                print(f"no article with id {args.id!r}", file=sys.stderr)
                return 1
            article, sentences = found
            print(
                f"{article.id}: {article.title or '(no title)'} · {article.publisher or 'unknown outlet'} · "
                f"{article.published or 'no date'} · {article.url or 'no url'}"
            )
            for s in sentences:
                print(f"  [{s.start}-{s.end}] {s.text}")
            return 0
        if not corpus.delete(args.id):
            print(f"no article with id {args.id!r}", file=sys.stderr)
            return 1
        print(f"deleted {args.id}; index version {corpus.version}")
        return 0
    finally:
        corpus.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description="Check claims against a news corpus.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API (settings: FACTCHECK_* variables)")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1, or FACTCHECK_HOST)")
    serve.add_argument("--port", type=int, help="port to bind (default 8000, or FACTCHECK_PORT)")
    serve.set_defaults(run=_serve)
    check = commands.add_parser("check", help="check one claim and print the evidence")
    check.add_argument("claim", help="the statement to check")
    check.add_argument("--top-k", type=int, default=5, help=f"passages per list, 1 to {MAX_TOP_K} (default 5)")
    check.add_argument("--json", action="store_true", help="print the same JSON the API returns")
    check.set_defaults(run=_check)
    ingest = commands.add_parser("ingest", help="add articles from .txt, .json or .jsonl files")
    ingest.add_argument("paths", nargs="+", type=Path, help="files to read")
    ingest.set_defaults(run=_ingest)
    articles = commands.add_parser("articles", help="list, show or delete stored articles")
    articles.add_argument("action", choices=["list", "show", "delete"])
    articles.add_argument("id", nargs="?", help="article id (show, delete)")
    articles.add_argument("--publisher", help="list only this outlet's articles")
    articles.add_argument("--limit", type=int, default=50)
    articles.add_argument("--offset", type=int, default=0)
    articles.set_defaults(run=_articles)
    args = parser.parse_args(argv)
    # The terminal commands print their results; their logs matter only when asked for.
    level = os.environ.get("FACTCHECK_LOG_LEVEL") or ("INFO" if args.command == "serve" else "WARNING")
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
