"""The ``factcheck`` command: ``serve`` the HTTP API, or ``check`` a claim in the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import msgspec

from api.schemas import MAX_TOP_K, CheckRequest, CheckResponse, Evidence
from api.settings import Settings


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app

    settings = Settings.from_env(host=args.host, port=args.port)
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())
    return 0


def _print_evidence(heading: str, passages: list[Evidence]) -> None:
    print(f"\n{heading} ({len(passages)}):")
    for e in passages:
        source = e.source
        origin = ", ".join(filter(None, [source.publisher, source.title and f"“{source.title}”", source.published]))
        print(f"  [{e.score:.2f}] {e.text}")
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
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=Settings.from_env().log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
