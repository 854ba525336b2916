#!/bin/sh
# Installs mtlint as a system service: the binary, the unit, the sysusers.d file and a
# default configuration (never overwriting an existing one). It does not start anything;
# it prints the commands that do.
#
#   sudo systemd/install.sh                    # builds a release binary, installs under /usr/local
#   DESTDIR=/tmp/root systemd/install.sh       # stages into a folder (packaging, tests)
#   MTLINT_BINARY=path/to/mtlint systemd/install.sh   # installs a binary built elsewhere
set -eu
cd "$(dirname "$0")/.."
DESTDIR=${DESTDIR:-}
PREFIX=/usr/local

binary=${MTLINT_BINARY:-}
if [ -z "$binary" ]; then
  # The Swift runtime is linked in, so the service needs only the system's ICU.
  swift build -c release --static-swift-stdlib
  binary=$(swift build -c release --show-bin-path)/mtlint
fi

install -D -m 0755 "$binary" "$DESTDIR$PREFIX/bin/mtlint"
install -D -m 0644 systemd/mtlint.service "$DESTDIR/etc/systemd/system/mtlint.service"
install -D -m 0644 systemd/mtlint.sysusers "$DESTDIR/etc/sysusers.d/mtlint.conf"
if [ ! -e "$DESTDIR/etc/mtlint/mtlint.json" ]; then
  install -D -m 0644 systemd/mtlint.json "$DESTDIR/etc/mtlint/mtlint.json"
fi
mkdir -p "$DESTDIR$PREFIX/share/mtlint" "$DESTDIR$PREFIX/share/doc/mtlint"
cp -R glossary "$DESTDIR$PREFIX/share/mtlint/"
install -m 0644 README.md "$DESTDIR$PREFIX/share/doc/mtlint/"
install -m 0644 systemd/README.md "$DESTDIR$PREFIX/share/doc/mtlint/systemd.md"

echo "installed mtlint into ${DESTDIR:-/}; to start it:"
echo "  systemd-sysusers /etc/sysusers.d/mtlint.conf"
echo "  systemctl daemon-reload && systemctl enable --now mtlint.service"
