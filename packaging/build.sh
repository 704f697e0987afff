#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller, in one command:
#   packaging/build.sh            -> dist/annotator/annotator (and dist/annotator-<version>-linux-x86_64.tar.gz)
# It makes its own virtual environment (build/pyinstaller-venv, reused on the next run) with
# the project and its `packaging` extra, so the app bundles exactly the versions pyproject pins.
#   packaging/build.sh --head     the same from the last commit (git archive HEAD), not the work tree
# Environment: PYTHON (default python3), BUILD_VENV, DIST_DIR, WORK_DIR override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT="$PWD"
PYTHON="${PYTHON:-python3}"
BUILD_VENV="${BUILD_VENV:-$CHECKOUT/build/pyinstaller-venv}"
DIST_DIR="${DIST_DIR:-$CHECKOUT/dist}"
WORK_DIR="${WORK_DIR:-$CHECKOUT/build/pyinstaller-work}"
mkdir -p "$DIST_DIR" "$WORK_DIR"
DIST_DIR=$(cd "$DIST_DIR" && pwd) WORK_DIR=$(cd "$WORK_DIR" && pwd)  # absolute: the build runs elsewhere
REPO="$CHECKOUT"
if [ "${1:-}" = "--head" ]; then
    REPO="$WORK_DIR/source"
    rm -rf "$REPO" && mkdir -p "$REPO"
    git -C "$CHECKOUT" archive HEAD | tar -x -C "$REPO"
    echo "building $(git -C "$CHECKOUT" rev-parse --short HEAD) from $REPO"
fi

if [ ! -x "$BUILD_VENV/bin/python" ]; then
    "$PYTHON" -m venv "$BUILD_VENV"
fi
# Not editable: the bundle must be built from what a wheel would hold, not from the checkout's .pth.
"$BUILD_VENV/bin/python" -m pip install -q --upgrade "$REPO[packaging]"

start=$(date +%s)
# From a neutral folder: run from the checkout, `python -m` would put its annotator/ (the work
# tree, not what was just installed) first on sys.path.
mkdir -p "$WORK_DIR" && cd "$WORK_DIR"
"$BUILD_VENV/bin/python" -m PyInstaller --noconfirm --clean \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" \
    "$REPO/packaging/pyinstaller/annotator.spec"
end=$(date +%s)

APP="$DIST_DIR/annotator"
# Desktop integration travels with the bundle: ./install.sh puts it in the application menu.
mkdir -p "$APP/share"
cp "$REPO/packaging/linux/annotator.desktop" "$REPO/packaging/linux/io.github.annotator.metainfo.xml" "$APP/share/"
cp "$REPO/packaging/linux/install.sh" "$APP/install.sh"
version=$("$APP/annotator" --version | awk '{print $2}')
archive="$DIST_DIR/annotator-$version-linux-$(uname -m).tar.gz"
tar -C "$DIST_DIR" -czf "$archive" annotator
echo "built $APP in $((end - start)) s"
echo "bundle size: $(du -sm "$APP" | cut -f1) MiB on disk, archive $(du -sm "$archive" | cut -f1) MiB: $archive"
