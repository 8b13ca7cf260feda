"""The OpenAPI docs page, with Swagger UI served by the service itself so it works offline."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from litestar import Router
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, SwaggerRenderPlugin
from litestar.static_files import create_static_files_router

from api import __version__

DOCS_ASSETS = "/docs/assets"


def _swagger_ui_assets() -> Path:
    """The static folder of the ``swagger-ui-py`` package (Swagger UI 5, which reads OpenAPI 3.1).

    Found without importing the package, whose import pulls in its own framework adapters.
    """
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the swagger-ui-py package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def docs_page() -> tuple[OpenAPIConfig, Router]:
    """Swagger UI served by the service itself, so the docs page works without internet.

    Litestar's default page loads its JavaScript and CSS from a CDN, which an air-gapped network
    cannot reach; the package ships the same files and we serve them from ``/docs/assets``.
    """
    swagger = SwaggerRenderPlugin(
        path="/",
        js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
        css_url=f"{DOCS_ASSETS}/swagger-ui.css",
        standalone_preset_js_url=f"{DOCS_ASSETS}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{DOCS_ASSETS}/favicon-32x32.png'>",
    )
    config = OpenAPIConfig(
        title="factcheck",
        version=__version__,
        description="Check a claim against a news corpus: supporting and contradicting passages with their sources.",
        path="/docs",
        render_plugins=[swagger, JsonRenderPlugin(path="/openapi.json")],
    )
    assets = create_static_files_router(path=DOCS_ASSETS, directories=[_swagger_ui_assets()], name="docs-assets")
    return config, assets
