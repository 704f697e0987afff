"""annotator: turn Chinese regional news pages into labelled training data."""

__version__ = "0.1.0"
