#!/bin/sh
# Checks the unit file offline (never starts systemd): its exposure score must be at most 1.0
# (`--threshold` counts tenths), and `systemd-analyze verify` may complain only that the
# binary is not installed at its path yet.
set -eu
cd "$(dirname "$0")"
systemd-analyze security --offline=yes --threshold=10 ./mtlint.service | tail -1
output=$(systemd-analyze verify ./mtlint.service 2>&1 || true)
unexpected=$(printf '%s\n' "$output" | grep -v -e '^$' -e 'Command /usr/local/bin/mtlint is not executable' || true)
if [ -n "$unexpected" ]; then
  printf 'systemd-analyze verify warned:\n%s\n' "$unexpected" >&2
  exit 1
fi
echo "systemd-analyze verify: no warnings${output:+ (besides: $output)}"
