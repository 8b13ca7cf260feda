"""Service settings, read from ``FACTCHECK_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta

from index.seeds import SEEDS_DIR
from models.stance import SHIPPED_MODEL

PREFIX = "FACTCHECK_"


def _default_data_dir() -> str:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "factcheck")


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Every setting has a default; ``FACTCHECK_<NAME>`` overrides it (e.g. ``FACTCHECK_PORT=9000``)."""

    data_dir: str = msgspec.field(default_factory=_default_data_dir)
    """Where the index and metadata store live. Never inside the package."""
    host: str = "127.0.0.1"
    port: Annotated[int, Meta(ge=0, le=65535)] = 8000
    seeds_dir: str = str(SEEDS_DIR)
    """Articles ingested on the very first start; empty to start with an empty corpus."""
    embedding_model: str = ""
    """A sentence-transformers model directory; empty for the packaged all-MiniLM-L6-v2."""
    stance_model: str = str(SHIPPED_MODEL)
    """An ONNX model directory like the shipped one, or any CrossEncoder NLI directory or name."""
    min_similarity: Annotated[float, Meta(ge=-1.0, le=1.0)] = 0.25
    """Sentences less similar to the claim than this (cosine) are never judged."""
    max_body_bytes: Annotated[int, Meta(ge=1024)] = 131_072
    log_level: str = "INFO"
    api_keys: str = ""
    """Comma-separated keys that may write (and read, with ``protect_reads``)."""
    open_writes: bool = False
    """Accept writes without a key when no key is configured. Off: such writes are refused."""
    protect_reads: bool = False
    """Require a key for checks and article reads too."""

    @property
    def keys(self) -> list[str]:
        return [key.strip() for key in self.api_keys.split(",") if key.strip()]

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir).expanduser()

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from the environment; ``overrides`` (e.g. CLI flags) win over it."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, object] = {
            name: environ[PREFIX + name.upper()] for name in cls.__struct_fields__ if PREFIX + name.upper() in environ
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return msgspec.convert(values, cls, strict=False)
        except msgspec.ValidationError as error:
            raise SystemExit(f"invalid setting: {error} (from {PREFIX}* environment variables)") from None
