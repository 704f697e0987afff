"""Make the README screenshot from the real window on the bundled sample corpus.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshot.py docs/screenshot.png

Needs a CJK font (Debian: fonts-noto-cjk). Uses a throwaway data folder.
"""
import os
import sys
import tempfile

os.environ["ANNOTATOR_HOME"] = tempfile.mkdtemp(prefix="annotator-shot-")
os.environ.setdefault("ANNOTATOR_REVIEWER", "王编辑")

from PySide6.QtCore import QTimer  # noqa: E402

from annotator.paths import default_project  # noqa: E402
from annotator.ui.app import create_app  # noqa: E402
from annotator.ui.tasks import wait_for_tasks  # noqa: E402


def main(out: str, language: str = "zh_CN") -> None:
    qt_app, app = create_app([])
    app.settings.set("language", language)
    qt_app, app = create_app([])
    window = app.open(default_project())

    def shoot() -> None:
        wait_for_tasks(60000)
        qt_app.processEvents()
        window.queue_model.reload()
        session = window.session
        session.open_article(window.queue_model.ids[3])
        spans = session.spans()
        if spans:
            session.set_focus(spans[min(4, len(spans) - 1)])
        qt_app.processEvents()
        QTimer.singleShot(500, lambda: (window.screen().grabWindow(window.winId()).save(out), qt_app.quit()))

    QTimer.singleShot(300, shoot)
    qt_app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png", *(sys.argv[2:3]))
