# A minimal image: the service on the seed corpus, models included, no network needed at run time.
FROM python:3.11-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 \
    FACTCHECK_HOST=0.0.0.0 FACTCHECK_PORT=8000 FACTCHECK_DATA_DIR=/data FACTCHECK_SEEDS_DIR=/app/seeds
# The CPU build of torch first, so the project's dependencies never pull the CUDA wheels.
RUN python3 -m pip install --extra-index-url https://download.pytorch.org/whl/cpu "torch==2.13.0"
COPY pyproject.toml README.md ./
COPY api api
COPY models models
COPY index index
COPY seeds seeds
RUN python3 -m pip install .
VOLUME /data
EXPOSE 8000
CMD ["factcheck", "serve"]
