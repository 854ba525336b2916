#!/usr/bin/env bash
# Acceptance suite of `mtlint watch`: runs the real binary against real folders, signals and
# sockets, one scenario per argument (all when none is given).
#
#   Tests/Acceptance/watch-acceptance.sh MTLINT [SCENARIO...]
#
# Scenarios: startup-burst-slow overflow kill9 kill9-batches two-instances disk-full hostile sigterm-sighup
# notify inbox-gone pairing. Each checks the invariant: every input has exactly one report and ends in
# done/ or failed/, the work folders are empty, no temporary file is left.
# Needs: bash, coreutils, python3 (a datagram socket listener), util-linux unshare (disk-full).
set -euo pipefail

MTLINT=$(realpath "$1")
shift
SELF=$(realpath "$0")
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(startup-burst-slow overflow kill9 kill9-batches two-instances disk-full hostile sigterm-sighup notify inbox-gone pairing)

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/mtlint-acceptance.XXXXXX")
FAST_ROOT=
# JSON reports only (one fsync'd file per input instead of three), except where a scenario
# tests the default formats or changes them in its configuration.
FORMAT_ARGS=(--format json)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill -KILL "$pid" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $ROOT ${FAST_ROOT:-}"; else rm -rf "$ROOT" ${FAST_ROOT:+"$FAST_ROOT"}; fi
}
trap cleanup EXIT

fail() { echo "FAIL [$SCENARIO]: $*" >&2; exit 1; }
note() { echo "  [$SCENARIO] $*"; }

# count FOLDER: entries that are inputs (no dot-files), raw names included.
count() { find "$1" -mindepth 1 -maxdepth 1 ! -name '.*' -print0 2>/dev/null | tr -dc '\0' | wc -c; }

# article N: a small English article.
article() {
  printf 'The committee met on Tuesday to discuss item %s of the agenda.\nThe report will be published next week, officials said.\n' "$1"
}

# stage DIR PREFIX N: writes N articles into DIR/stage (same file system as the inbox).
stage() {
  python3 - "$1/stage" "$2" "$3" <<'EOF'
import os, sys
folder, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
for i in range(1, count + 1):
    with open(os.path.join(folder, f"{prefix}{i}.txt"), "w") as f:
        f.write(f"The committee met on Tuesday to discuss item {prefix}{i} of the agenda.\n"
                "The report will be published next week, officials said.\n")
EOF
}

# drop DIR: renames everything staged into the inbox, as fast as one process can (rename(2)).
drop() {
  python3 - "$1/stage" "$1/inbox" <<'EOF'
import os, sys
source, target = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(source)):
    os.rename(os.path.join(source, name), os.path.join(target, name))
EOF
}

# start DIR LOG [ARGS...]: starts a daemon, sets $DAEMON, waits until it watches.
start() {
  local dir=$1 log=$2 before
  shift 2
  before=$(cat "$log" 2>/dev/null | grep -c "watching" || true)
  "$MTLINT" watch "$dir" --settle 0.5 ${FORMAT_ARGS[@]+"${FORMAT_ARGS[@]}"} "$@" >> "$log" 2>&1 &
  DAEMON=$!
  PIDS+=("$DAEMON")
  for _ in $(seq 1 200); do
    [ "$(cat "$log" 2>/dev/null | grep -c "watching" || true)" -gt "$before" ] && return 0
    kill -0 "$DAEMON" 2>/dev/null || fail "daemon exited at start: $(tail -5 "$log")"
    sleep 0.05
  done
  fail "daemon did not start"
}

# stop PID: SIGTERM, expects exit 0 within 10 s; sets $STOP_SECONDS.
stop() {
  local pid=$1 started rc=0
  started=$(date +%s%N)
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && fail "daemon $pid still running 10 s after SIGTERM"
  wait "$pid" || rc=$?
  STOP_SECONDS=$(( ($(date +%s%N) - started) / 1000000 ))
  [ "$rc" = 0 ] || fail "daemon exited with $rc after SIGTERM"
}

# settle DIR EXPECTED [SECONDS]: waits until EXPECTED inputs are in done/ + failed/.
settle() {
  local dir=$1 expected=$2 limit=${3:-120} start=$SECONDS
  while [ $(( $(count "$dir/done") + $(count "$dir/failed") )) -lt "$expected" ]; do
    [ $((SECONDS - start)) -lt "$limit" ] || fail "only $(( $(count "$dir/done") + $(count "$dir/failed") )) of $expected inputs finished after $limit s"
    sleep 0.2
  done
}

# invariant DIR EXPECTED: every input finished once, with exactly one report, nothing left over.
invariant() {
  local dir=$1 expected=$2
  local finished=$(( $(count "$dir/done") + $(count "$dir/failed") ))
  [ "$finished" = "$expected" ] || fail "$finished inputs in done/ + failed/, expected $expected"
  [ "$(count "$dir/inbox")" = 0 ] || fail "inputs left in inbox/: $(ls -b "$dir/inbox" | head)"
  local work
  work=$(find "$dir/.mtlint" -mindepth 2 -path '*/work-*/*' 2>/dev/null | head -3)
  [ -z "$work" ] || fail "files left in a work folder: $work"
  local temporary
  temporary=$(find "$dir" -name '*.tmp' -o -name '.mtlint-*' | head -3)
  [ -z "$temporary" ] || fail "temporary files left: $temporary"
  local reports
  reports=$(find "$dir/reports" -mindepth 1 -maxdepth 1 -name '*.json' ! -name '.*' ! -name index.json -print0 | tr -dc '\0' | wc -c)
  [ "$reports" = "$expected" ] || fail "$reports JSON reports for $expected inputs"
  # Each input has its own report: NAME in done/ or failed/ <-> reports/NAME.json.
  python3 - "$dir" <<'EOF' || fail "reports and inputs do not match one to one"
import os, sys, json
d = os.fsencode(sys.argv[1])
inputs = [n for f in (b"done", b"failed") for n in os.listdir(os.path.join(d, f)) if not n.startswith(b".")]
reports = {n[:-5] for n in os.listdir(os.path.join(d, b"reports")) if n.endswith(b".json") and not n.startswith(b".") and n != b"index.json"}
assert len(inputs) == len(set(inputs)), "an input name twice"
missing = [n for n in inputs if n not in reports]
extra = reports - set(inputs)
for n in reports:
    json.load(open(os.path.join(d, b"reports", n + b".json"), "rb"))
if missing or extra:
    print("missing reports:", missing[:5], "reports without input:", list(extra)[:5], file=sys.stderr)
    sys.exit(1)
EOF
}

# one_line_log LOG: every log line starts with its level, so no event was split over lines.
one_line_log() {
  local bad
  bad=$(grep -Evc '^(debug|info|notice|warning|error|critical): ' "$1" || true)
  [ "$bad" = 0 ] || fail "$bad log lines without a level prefix: $(grep -Ev '^(debug|info|notice|warning|error|critical): ' "$1" | head -3)"
}

scenario_startup_burst_slow() {
  local dir=$ROOT/s1 log=$ROOT/s1.log
  mkdir -p "$dir/inbox"
  for i in 1 2 3 4 5; do article "early$i" > "$dir/inbox/early$i.txt"; done
  stage "$dir" burst 2000
  FORMAT_ARGS=()
  start "$dir" "$log" --settle 1
  settle "$dir" 5
  local begin=$(date +%s%N)
  drop "$dir"
  # A naive writer: `>` then `>>` twice, closing the file each time, within the settle period.
  { printf 'First part of the article about the committee.\n' > "$dir/inbox/slow.txt"; sleep 0.4
    printf 'Second part of the article, written later.\n' >> "$dir/inbox/slow.txt"; sleep 0.4
    printf 'Third and last part.\n' >> "$dir/inbox/slow.txt"; } &
  local writer=$!
  settle "$dir" 2005
  note "2,000-file burst: $(( ($(date +%s%N) - begin) / 1000000 )) ms to finish"
  wait "$writer"
  settle "$dir" 2006
  stop "$DAEMON"
  invariant "$dir" 2006
  [ "$(grep -c 'inbox/slow.txt:' "$log")" = 1 ] || fail "slow.txt was checked $(grep -c 'inbox/slow.txt:' "$log") times"
  grep -Eq '"words" *: *19' "$dir/reports/slow.txt.json" || fail "slow.txt was not checked whole: $(grep words "$dir/reports/slow.txt.json")"
  # The default formats (JSON, HTML, Markdown) and the dashboard, updated in batches.
  [ "$(find "$dir/reports" -name '*.txt.html' | wc -l)" = 2006 ] || fail "not every input has an HTML report"
  [ "$(find "$dir/reports" -name '*.txt.md' | wc -l)" = 2006 ] || fail "not every input has a Markdown report"
  python3 -c 'import json, sys; sys.exit(len(json.load(open(sys.argv[1]))["entries"]) != 2006)' "$dir/reports/index.json" \
    || fail "the dashboard index does not list the 2,006 inputs"
  grep -q "slow.txt" "$dir/reports/index.html" || fail "the dashboard page does not list slow.txt"
  one_line_log "$log"
}

scenario_overflow() {
  # Some 17,000 reports: on a tmpfs when there is one, where fsync is free, so the scenario
  # measures the watcher rather than the disk (inotify behaves the same).
  local base=$ROOT
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=$(mktemp -d /dev/shm/mtlint-acceptance.XXXXXX); FAST_ROOT=$base; fi
  local dir=$base/s2 log=$ROOT/s2.log
  local limit
  limit=$(cat /proc/sys/fs/inotify/max_queued_events)
  local total=$((limit + 500))
  stage "$dir" over "$total"
  start "$dir" "$log"
  kill -STOP "$DAEMON"
  drop "$dir"
  kill -CONT "$DAEMON"
  settle "$dir" "$total" 300
  grep -q "overflowed" "$log" || fail "no inotify overflow was logged ($total files, max_queued_events $limit)"
  stop "$DAEMON"
  invariant "$dir" "$total"
  note "$total files dropped while stopped (max_queued_events $limit): overflow logged, all reported once"
}

scenario_kill9() {
  local dir=$ROOT/s3 log=$ROOT/s3.log
  stage "$dir" k 2000
  start "$dir" "$log"
  drop "$dir"
  while [ "$(count "$dir/done")" -lt 300 ]; do sleep 0.02; done
  kill -KILL "$DAEMON"
  wait "$DAEMON" 2>/dev/null || true
  note "killed with $(count "$dir/done") done, $(count "$dir/inbox") in inbox"
  start "$dir" "$log"
  settle "$dir" 2000
  stop "$DAEMON"
  invariant "$dir" 2000
}

scenario_kill9_batches() {
  # Workers commit batches (all reports of up to 64 inputs fsynced together, then the moves):
  # kill -9 three times at random moments of a burst, with every report format, and still
  # every input ends with exactly one set of reports and nothing left half-written.
  local dir=$ROOT/s11 log=$ROOT/s11.log
  stage "$dir" b 1500
  FORMAT_ARGS=()
  start "$dir" "$log"
  drop "$dir"
  local round
  for round in 1 2 3; do
    sleep "0.$((RANDOM % 9 + 1))"
    kill -KILL "$DAEMON"
    wait "$DAEMON" 2>/dev/null || true
    note "kill $round: $(count "$dir/done") done, $(find "$dir/.mtlint" -path '*/work-*/*' | wc -l) in work, $(find "$dir/reports" -name '.mtlint-*' | wc -l) temporaries"
    start "$dir" "$log"
  done
  settle "$dir" 1500
  stop "$DAEMON"
  invariant "$dir" 1500
  [ "$(find "$dir/reports" -name '*.txt.html' | wc -l)" = 1500 ] || fail "not every input has one HTML report"
  [ "$(find "$dir/reports" -name '*.txt.md' | wc -l)" = 1500 ] || fail "not every input has one Markdown report"
  python3 -c 'import json, sys; sys.exit(len(json.load(open(sys.argv[1]))["entries"]) != 1500)' "$dir/reports/index.json" \
    || fail "the dashboard index does not list the 1,500 inputs"
}

scenario_two_instances() {
  local dir=$ROOT/s4
  stage "$dir" two 2000
  start "$dir" "$ROOT/s4a.log"
  local first=$DAEMON
  start "$dir" "$ROOT/s4b.log"
  local second=$DAEMON
  drop "$dir"
  settle "$dir" 2000
  stop "$first"
  stop "$second"
  invariant "$dir" 2000
  local a b
  a=$(grep -c '^info: checked' "$ROOT/s4a.log" || true)
  b=$(grep -c '^info: checked' "$ROOT/s4b.log" || true)
  [ $((a + b)) = 2000 ] || fail "instances checked $a + $b files, expected 2000 in all"
  local twice
  twice=$(cat "$ROOT/s4a.log" "$ROOT/s4b.log" | grep -o '^info: checked [^:]*' | sort | uniq -d | head -3)
  [ -z "$twice" ] || fail "checked by both instances: $twice"
  note "instance 1 checked $a, instance 2 checked $b"
}

scenario_disk_full() {
  if [ "${MTLINT_IN_NAMESPACE:-}" != 1 ]; then
    local runner=(unshare -m)
    unshare -m true 2>/dev/null || runner=(unshare -rm)
    "${runner[@]}" true 2>/dev/null || { note "SKIPPED: no mount namespace (unshare -m / -rm not permitted)"; return 0; }
    MTLINT_IN_NAMESPACE=1 KEEP=${KEEP:-0} "${runner[@]}" bash "$SELF" "$MTLINT" disk-full
    return
  fi
  local dir=$ROOT/s5 log=$ROOT/s5.log
  mkdir -p "$dir/reports"
  mount -t tmpfs -o size=1m tmpfs "$dir/reports"
  stage "$dir" full 20
  start "$dir" "$log"
  # Fill the reports folder, leaving no room for a report.
  dd if=/dev/zero of="$dir/reports/.filler" bs=4k 2>/dev/null || true
  drop "$dir"
  for _ in $(seq 1 100); do grep -q "cannot finish" "$log" && break; sleep 0.1; done
  grep -q "cannot finish" "$log" || fail "no error logged while the reports folder was full"
  sleep 2
  local waiting
  waiting=$(find "$dir/.mtlint" -path '*/work-*/*' | wc -l)
  [ "$waiting" -gt 0 ] || fail "no input kept in the work folder while the disk was full"
  [ -z "$(find "$dir/reports" -name '*.json' -size -1c)" ] || fail "an empty report was left"
  for report in "$dir"/reports/*.json; do
    [ -e "$report" ] || continue
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$report" || fail "partial report $report"
  done
  note "disk full: $waiting inputs kept in the work folder, $(count "$dir/done") done; freeing space"
  rm "$dir/reports/.filler"
  settle "$dir" 20 90
  stop "$DAEMON"
  invariant "$dir" 20
  umount "$dir/reports"
}

scenario_hostile() {
  local dir=$ROOT/s6 log=$ROOT/s6.log outside=$ROOT/s6-outside
  mkdir -p "$dir" "$outside"
  article outside > "$outside/secret.txt"
  article hard > "$outside/hard.txt"
  start "$dir" "$log" --max-size 100000
  local inbox=$dir/inbox
  ln -s "$outside/secret.txt" "$inbox/link.txt"
  ln "$outside/hard.txt" "$inbox/hard.txt"
  mkfifo "$inbox/fifo.txt"
  mkdir "$inbox/folder.txt"
  article inside > "$inbox/folder.txt/inner.txt"
  : > "$inbox/empty.txt"
  head -c 8192 /dev/urandom > "$dir/binary.tmp"; printf '\0\0\0\0' >> "$dir/binary.tmp"; mv "$dir/binary.tmp" "$inbox/binary.txt"
  head -c 200000 /dev/zero | tr '\0' 'a' > "$dir/big.tmp"; mv "$dir/big.tmp" "$inbox/big.txt"
  article bad > "$inbox/"$'bad\xff\xfe name.txt'
  article newline > "$inbox/"$'new\nline.txt'
  article control > "$inbox/"$'bell\a.txt'
  printf 'not an article\n' > "$inbox/notes.pdf"
  local total=11 refused=(link.txt hard.txt fifo.txt folder.txt empty.txt binary.txt big.txt notes.pdf)
  # A device node (needs CAP_MKNOD; skipped without it).
  if mknod "$dir/device.tmp" c 1 3 2>/dev/null && mv "$dir/device.tmp" "$inbox/device.txt"; then
    total=$((total + 1)); refused+=(device.txt)
  fi
  settle "$dir" "$total" 60
  for name in "${refused[@]}"; do
    [ -e "$dir/failed/$name" ] || [ -L "$dir/failed/$name" ] || fail "$name did not end in failed/"
    grep -q '"error"' "$dir/reports/$name.json" || fail "the report of $name does not say why"
  done
  [ -e "$dir/done/"$'bad\xff\xfe name.txt' ] || fail "the invalid-UTF-8 name was stranded"
  [ -e "$dir/done/"$'new\nline.txt' ] || fail "the name with a newline was stranded"
  [ "$(cat "$outside/secret.txt")" = "$(article outside)" ] || fail "the symlink target was touched"
  [ -e "$outside/hard.txt" ] || fail "the hard link's other name was touched"
  grep -q 'bad\\xFF\\xFE name.txt' "$log" || fail "the invalid-UTF-8 name was not logged escaped"
  grep -q 'new\\nline.txt' "$log" || fail "the newline in a name was not logged escaped"
  one_line_log "$log"
  article after > "$dir/after.tmp"; mv "$dir/after.tmp" "$inbox/after.txt"
  settle "$dir" $((total + 1))
  [ -e "$dir/done/after.txt" ] || fail "the daemon stopped working after hostile input"
  stop "$DAEMON"
  invariant "$dir" $((total + 1))
  note "$(grep -c '^warning: rejected' "$log") rejected with reasons: $(grep -o 'rejected [^:]*: [^>]*' "$log" | sed 's/rejected inbox\///' | tr '\n' ';' | head -c 600)"
}

scenario_sigterm_sighup() {
  local dir=$ROOT/s7 log=$ROOT/s7.log config=$ROOT/s7.json
  printf 'target\tforbidden\n' > "$ROOT/s7-glossary.tsv"
  printf '{ "version": 1, "watch": { "formats": ["json"], "glossaries": ["%s"] } }\n' "$ROOT/s7-glossary.tsv" > "$config"
  stage "$dir" term 2000
  FORMAT_ARGS=()
  start "$dir" "$log" --config "$config"
  drop "$dir"
  while [ "$(count "$dir/done")" -lt 200 ]; do sleep 0.02; done
  stop "$DAEMON"
  note "SIGTERM during a burst: exit 0 after $STOP_SECONDS ms with $(count "$dir/done") done"
  start "$dir" "$log" --config "$config"
  settle "$dir" 2000
  invariant "$dir" 2000
  # A broken configuration on SIGHUP: logged, the old one kept, the daemon goes on.
  printf '{ "version": 1, "watch": { "formats": ["json"], "bogus": 1 } }\n' > "$config"
  kill -HUP "$DAEMON"
  for _ in $(seq 1 50); do grep -q "reload failed" "$log" && break; sleep 0.1; done
  grep -q "^error: reload failed, keeping the previous configuration: .*bogus" "$log" || fail "a broken configuration on SIGHUP was not logged"
  article after-broken > "$dir/x.tmp"; mv "$dir/x.tmp" "$dir/inbox/after-broken.txt"
  settle "$dir" 2001
  # A good one is taken: text reports are added.
  printf '{ "version": 1, "watch": { "formats": ["json", "text"], "glossaries": ["%s"] } }\n' "$ROOT/s7-glossary.tsv" > "$config"
  kill -HUP "$DAEMON"
  for _ in $(seq 1 50); do grep -q "configuration reloaded" "$log" && break; sleep 0.1; done
  grep -q "configuration reloaded" "$log" || fail "a good configuration was not reloaded"
  article after-good > "$dir/x.tmp"; mv "$dir/x.tmp" "$dir/inbox/after-good.txt"
  settle "$dir" 2002
  [ -e "$dir/reports/after-good.txt.text" ] || fail "the reloaded configuration (text reports) was not applied"
  [ ! -e "$dir/reports/after-broken.txt.text" ] || fail "the broken configuration was applied"
  # A glossary file rewritten in place is noticed without a signal, and used.
  printf 'target\tforbidden\nKyiv\tKiev\n' > "$ROOT/s7-glossary.tsv"
  for _ in $(seq 1 50); do [ "$(grep -c "configuration reloaded" "$log")" -ge 2 ] && break; sleep 0.1; done
  grep -q "a glossary file changed; reloading" "$log" || fail "a changed glossary file was not reloaded"
  printf 'The delegation arrived in Kiev on Monday.\n' > "$dir/x.tmp"; mv "$dir/x.tmp" "$dir/inbox/kiev1.txt"
  settle "$dir" 2003
  grep -q glossary-forbidden "$dir/reports/kiev1.txt.json" || fail "the reloaded glossary was not applied"
  # A broken glossary on SIGHUP: the error is logged and the old glossary stays in force.
  local reloads
  reloads=$(grep -c "reload failed" "$log")
  printf 'forbidden\tnote\nKiev\tno target column\n' > "$ROOT/s7-glossary.tsv"
  kill -HUP "$DAEMON"
  for _ in $(seq 1 50); do [ "$(grep -c "reload failed" "$log")" -gt "$reloads" ] && break; sleep 0.1; done
  [ "$(grep -c "reload failed" "$log")" -gt "$reloads" ] || fail "a broken glossary was not logged"
  note "broken glossary: $(grep "reload failed" "$log" | tail -1 | cut -c1-200)"
  printf 'The delegation left Kiev on Friday.\n' > "$dir/x.tmp"; mv "$dir/x.tmp" "$dir/inbox/kiev2.txt"
  settle "$dir" 2004
  grep -q glossary-forbidden "$dir/reports/kiev2.txt.json" || fail "the old glossary was not kept after a broken one"
  stop "$DAEMON"
  rm "$dir"/reports/*.text
  invariant "$dir" 2004
}

scenario_notify() {
  local dir=$ROOT/s8 log=$ROOT/s8.log
  for address in "$ROOT/notify.sock" "@mtlint-acceptance-$$"; do
    local messages=$ROOT/notify-messages
    rm -f "$messages"
    python3 - "$address" "$messages" <<'EOF' &
import socket, sys
address, out = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("\0" + address[1:] if address.startswith("@") else address)
open(out + ".ready", "w").close()
s.settimeout(15)
with open(out, "a") as f:
    try:
        while True:
            data = s.recv(4096).decode()
            f.write(data.replace("\n", "|") + "\n"); f.flush()
            if "STOPPING=1" in data:
                break
    except socket.timeout:
        pass
EOF
    local listener=$!
    for _ in $(seq 1 100); do [ -e "$messages.ready" ] && break; sleep 0.05; done
    rm -f "$messages.ready"
    NOTIFY_SOCKET=$address WATCHDOG_USEC=400000 JOURNAL_STREAM=8:4242 start "$dir" "$log"
    article notify > "$dir/n.tmp"; mv "$dir/n.tmp" "$dir/inbox/notify-$RANDOM.txt"
    sleep 1.5
    kill -HUP "$DAEMON"
    sleep 0.5
    stop "$DAEMON"
    wait "$listener" || true
    for expected in READY=1 WATCHDOG=1 STATUS= RELOADING=1 STOPPING=1; do
      grep -q "$expected" "$messages" || fail "no $expected datagram on $address: $(cat "$messages")"
    done
    [ "$(grep -c WATCHDOG=1 "$messages")" -ge 4 ] || fail "too few WATCHDOG=1 pings at WATCHDOG_USEC=400000"
    # Under journald ($JOURNAL_STREAM) every line carries its syslog priority.
    grep -q '^<6>watching' "$log" && grep -q '^<6>checked inbox/notify' "$log" && grep -q '^<5>stopping' "$log" \
      || fail "no <N> priority prefixes under JOURNAL_STREAM: $(head -3 "$log")"
    [ -z "$(grep -Ev '^<[2-7]>' "$log")" ] || fail "a log line without a priority prefix: $(grep -Ev '^<[2-7]>' "$log" | head -2)"
    note "$address: $(grep -c . "$messages") datagrams, $(grep -c WATCHDOG=1 "$messages") watchdog pings; first: $(head -1 "$messages")"
  done
}

scenario_inbox_gone() {
  local dir=$ROOT/s9 log=$ROOT/s9.log
  # Polling, forced: files are still found.
  start "$dir" "$log" --poll 0.2
  article polled > "$dir/p.tmp"; mv "$dir/p.tmp" "$dir/inbox/polled.txt"
  settle "$dir" 1 20
  grep -q "polling every 0.2 s" "$log" || fail "--poll did not switch to polling"
  stop "$DAEMON"
  # The inbox deleted under a running daemon: it stops with a clear message and status 1.
  start "$dir" "$log"
  mv "$dir/inbox" "$dir/inbox.gone"
  local rc=0
  for _ in $(seq 1 100); do kill -0 "$DAEMON" 2>/dev/null || break; sleep 0.1; done
  wait "$DAEMON" || rc=$?
  [ "$rc" = 1 ] || fail "exit status $rc when the inbox vanished (expected 1)"
  grep -q "^critical: the inbox .* was deleted, moved or unmounted" "$log" || fail "no clear message when the inbox vanished"
  rmdir "$dir/inbox.gone"
  invariant "$dir" 1
}

scenario_pairing() {
  local dir=$ROOT/s10 log=$ROOT/s10.log
  start "$dir" "$log"
  mkdir -p "$dir/stage"
  printf 'Премьер-министр Израиля встретился с журналистами.\n' > "$dir/stage/x.ru.txt"
  printf 'The Israeli prime minister met reporters.\n' > "$dir/stage/x.en.txt"
  printf 'Президент выступил с речью.\n' > "$dir/stage/y.ru.txt"
  printf 'The president gave a speech.\n' > "$dir/stage/y.txt"
  printf 'Одинокий оригинал без перевода.\n' > "$dir/stage/z.ru.txt"
  # The original first, its translation a moment later; a pair at once; an original alone.
  mv "$dir/stage/x.ru.txt" "$dir/inbox/"; sleep 0.3; mv "$dir/stage/x.en.txt" "$dir/inbox/"
  # (One `mv` with several files would stat each target after moving it, and fail when the
  # daemon has already claimed it.)
  python3 -c 'import os, sys; [os.rename(f"{sys.argv[1]}/stage/{n}", f"{sys.argv[1]}/inbox/{n}") for n in ("y.ru.txt", "y.txt")]' "$dir"
  mv "$dir/stage/z.ru.txt" "$dir/inbox/"
  settle "$dir" 5 30
  grep -q '"source" *: *"inbox/x.ru.txt"' "$dir/reports/x.en.txt.json" || fail "x.en.txt was not checked with its original"
  grep -q '"source" *: *"inbox/y.ru.txt"' "$dir/reports/y.txt.json" || fail "y.txt was not checked with its original"
  [ -e "$dir/reports/z.ru.txt.json" ] || fail "a lone original got no report"
  [ ! -e "$dir/reports/x.ru.txt.json" ] && [ ! -e "$dir/reports/y.ru.txt.json" ] || fail "a paired original was reported as a translation"
  [ -e "$dir/done/x.ru.txt" ] && [ -e "$dir/done/y.ru.txt" ] || fail "originals did not move with their translations"
  local status
  status=$("$MTLINT" status "$dir")
  grep -q "done: *5" <<< "$status" && grep -q "instance 1: running" <<< "$status" || fail "mtlint status says: $status"
  stop "$DAEMON"
  "$MTLINT" status "$dir" | grep -q "no daemon is running" || fail "mtlint status did not see the daemon stop"
  note "pairs checked together; status: $(tr '\n' ' ' <<< "$status" | tr -s ' ')"
}

for SCENARIO in "${SCENARIOS[@]}"; do
  started=$SECONDS
  FORMAT_ARGS=(--format json)
  "scenario_${SCENARIO//-/_}"
  echo "ok [$SCENARIO] $((SECONDS - started)) s"
done
