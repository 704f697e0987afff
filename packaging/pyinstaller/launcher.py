"""Entry point of the PyInstaller bundle: the same `annotator` command as the wheel's
(no argument or a project file: the desktop app; a subcommand: the command line)."""
import multiprocessing

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `import --jobs N` workers re-enter the executable
    raise SystemExit(main())
