#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller, in one command:
#   packaging/build.sh            -> dist/annotator/annotator (and dist/annotator-<version>-linux-x86_64.tar.gz)
# It makes its own virtual environment (build/pyinstaller-venv, reused on the next run) with
# the project and its `packaging` extra, so the app bundles exactly the versions pyproject pins.
# Environment: PYTHON (default python3), BUILD_VENV, DIST_DIR, WORK_DIR override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
PYTHON="${PYTHON:-python3}"
BUILD_VENV="${BUILD_VENV:-$REPO/build/pyinstaller-venv}"
DIST_DIR="${DIST_DIR:-$REPO/dist}"
WORK_DIR="${WORK_DIR:-$REPO/build/pyinstaller-work}"

if [ ! -x "$BUILD_VENV/bin/python" ]; then
    "$PYTHON" -m venv "$BUILD_VENV"
fi
# Not editable: the bundle must be built from what a wheel would hold, not from the checkout's .pth.
"$BUILD_VENV/bin/python" -m pip install -q --upgrade "$REPO[packaging]"

start=$(date +%s)
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
echo "bundle size: $(du -sm "$APP" | cut -f1) MB on disk, archive $(du -sm "$archive" | cut -f1) MB: $archive"
