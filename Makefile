# Two commands a newcomer needs: `make serve` (service on the seed corpus) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The CPU build of torch: the default Linux wheel from PyPI pulls several GB of CUDA libraries.
TORCH_VERSION ?= 2.13.0
TORCH_INDEX   ?= https://download.pytorch.org/whl/cpu

.PHONY: setup serve test lint bench eval train image-test clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# --retries 1: where the PyTorch index is out of reach, pip falls back to its other sources at once.
	$(BIN)/python -m pip install --quiet --retries 1 --extra-index-url $(TORCH_INDEX) "torch==$(TORCH_VERSION)"
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[dev]"
	touch $@

serve: setup
	$(BIN)/factcheck serve

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/service.py
	$(BIN)/python bench/ingest.py --articles 1000

# Pair-level figures on held-out labelled data, then claim-level figures on the seed corpus,
# each beside a simple baseline. Needs ../shared/data (the labelled sets, not in this repository).
eval: setup
	$(BIN)/python -m models.evaluate --data ../shared/data
	$(BIN)/python -m api.evaluation --data ../shared/data

# Retrain the shipped stance model from the labelled data beside the repository (about 40 min on 2 cores).
train: setup
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[dev,train]"
	$(BIN)/python -m models.train --data ../shared/data --out models/stance-minilm
	$(BIN)/python -m models.calibration --data ../shared/data --model models/stance-minilm
	$(BIN)/python -m api.confidence --data ../shared/data --model models/stance-minilm

# Build the container image, run it, check the example claim, remove it (podman or docker).
image-test:
	bash scripts/image-test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
