"""The desktop app (PySide6). It calls core, store and io; they never import Qt."""
