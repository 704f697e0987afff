"""The built-in model: the character CRF of core/learning.py trained on news written and
marked for this project (tests/data/news-written/tune.jsonl) and on regional pages written
and marked here (the blind page sets that were scored unseen and then tuned on), all
licence-clean because written here, so that a new project proposes names the rules miss
(people with no title beside them, foreign names, short forms of organisations) and mends
bodies and place chains the rules cut wrongly, before anything is reviewed.

It fills what the rules left empty and replaces the rules' spans where it is surer
(learning.model_fills). `resources/models/news-base.json` records the digest of what it was
trained on; a test fails when they disagree (`python resources/models/build_base_model.py`
trains it again).
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
from pathlib import Path

from .resources import resource_path

logger = logging.getLogger(__name__)

MODEL_FILE = "news-base.crfsuite"
RECORD_FILE = "news-base.json"


def model_bytes() -> bytes | None:
    """The shipped model, or None (with a warning) when it is missing."""
    path = resource_path("models", MODEL_FILE)
    try:
        return path.read_bytes()
    except OSError:
        logger.warning("the built-in model (%s) is missing: proposals come from the rules until reviewed "
                       "articles train one", path)
        return None


@functools.lru_cache(maxsize=1)
def base_model():
    """The built-in model, loaded once per process (None when it cannot be used)."""
    from .learning import load_model

    data = model_bytes()
    return load_model(data) if data else None


def record() -> dict:
    """What the shipped model was trained on: the training file's digest and counts."""
    try:
        return json.loads(resource_path("models", RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def digest(*paths: Path) -> str:
    """One digest over the training files, in the order given."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()
