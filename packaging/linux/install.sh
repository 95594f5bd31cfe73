#!/bin/sh
# Install ketaguide for every user of this computer:
#   sudo ./install.sh            # into /opt/ketaguide, with a menu entry and /usr/local/bin/ketaguide
#   sudo ./install.sh --remove   # take it away again
# Run it from the unpacked archive (the folder that holds this script).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=/opt/ketaguide
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" /usr/local/bin/ketaguide /usr/share/applications/ketaguide.desktop \
         /usr/share/icons/hicolor/512x512/apps/ketaguide.png
  echo "ketaguide removed."
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run it with sudo (it writes to /opt and /usr)" >&2; exit 1; }
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$target"
  cp -a "$here/." "$target/"
fi
chmod -R a+rX,go-w "$target"   # readable by everyone, writable by no one but root
ln -sf "$target/ketaguide" /usr/local/bin/ketaguide
install -D -m 644 "$target/ketaguide.png" /usr/share/icons/hicolor/512x512/apps/ketaguide.png
install -D -m 644 "$target/ketaguide.desktop" /usr/share/applications/ketaguide.desktop
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
echo "ketaguide installed in $target. Check it with: ketaguide --self-check"
