#!/usr/bin/env sh
# Put annotator in the desktop's application menu, for the current user (no root needed):
#   ./install.sh             from the unpacked bundle (annotator-<version>-linux-*.tar.gz), or
#   packaging/linux/install.sh   from a source checkout, for an `annotator` already on PATH
#                                (pip install .); add --uninstall to remove what it installed.
# The bundle is copied to ~/.local/lib/annotator, the command linked into ~/.local/bin, the
# menu entry, icons and AppStream file go under ~/.local/share (XDG_DATA_HOME).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB="$HOME/.local/lib/annotator"
BIN="$HOME/.local/bin"
SIZES="16 24 32 48 64 128 256 512"

if [ -d "$HERE/_internal" ]; then                      # inside the PyInstaller bundle
    ICONS="$HERE/_internal/annotator/resources/icons/hicolor"
    SHARE="$HERE/share"
else                                                    # packaging/linux in a checkout
    ICONS="$HERE/../../resources/icons/hicolor"
    SHARE="$HERE"
fi

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    [ -L "$BIN/annotator" ] && rm -f "$BIN/annotator"
    rm -f "$DATA/applications/annotator.desktop" "$DATA/metainfo/io.github.annotator.metainfo.xml"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/annotator.png"; done
    echo "annotator removed from the menu"
    exit 0
fi

if [ -d "$HERE/_internal" ]; then
    mkdir -p "$(dirname "$LIB")" "$BIN"
    if [ "$HERE" != "$LIB" ]; then
        rm -rf "$LIB" && cp -a "$HERE" "$LIB"
    fi
    ln -sf "$LIB/annotator" "$BIN/annotator"
    COMMAND="$LIB/annotator"
else
    COMMAND=$(command -v annotator || true)
    if [ -z "$COMMAND" ]; then
        echo "install.sh: no annotator command on PATH; install the app first (pip install .)" >&2
        exit 1
    fi
fi

mkdir -p "$DATA/applications" "$DATA/metainfo"
# The menu does not see ~/.local/bin on every desktop: the entry names the command's full path.
sed -e "s|^Exec=annotator|Exec=$COMMAND|" -e "s|^TryExec=annotator|TryExec=$COMMAND|" \
    "$SHARE/annotator.desktop" > "$DATA/applications/annotator.desktop"
cp "$SHARE/io.github.annotator.metainfo.xml" "$DATA/metainfo/"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/${size}x${size}/apps/annotator.png" "$DATA/icons/hicolor/${size}x${size}/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "annotator is in the application menu ($DATA/applications/annotator.desktop -> $COMMAND)"
