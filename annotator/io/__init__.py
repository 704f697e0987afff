"""Importers and exporters: streaming, with progress callbacks. No Qt, no SQL."""
