#!/usr/bin/env bash
# Start-up cost of `mtlint check` on one small file, process start to exit, against `true`
# (process start) and `cat` (start and read) measured in the same run, round-robin so that
# load on this shared machine falls on all commands alike. Medians over RUNS (>= 21) runs.
#
#   Benchmarks/startup.sh                          # builds the release binary first
#   MTLINT=/path/to/mtlint Benchmarks/startup.sh   # an existing binary
#   BASELINE=/tmp/mtlint-main Benchmarks/startup.sh  # also another binary, in the same run
#   RUNS=51 Benchmarks/startup.sh
#
# Inputs (written to a temporary folder): the first 20 lines without Cyrillic of the first
# WMT English output (~2 KB, "clean English"), and the same with one Russian caption line
# ("a Russian caption", which makes the leftover check transliterate it), and with a Ukrainian
# one (transliterated with ICU's "Any-Latin; Latin-ASCII", which still builds ICU's registry).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
corpus="${CORPUS:-$root/../shared/corpus/wmt}"
[ -d "$corpus" ] || corpus=/work/shared/corpus/wmt
runs="${RUNS:-31}"
if [ "$runs" -lt 21 ]; then echo "RUNS must be at least 21" >&2; exit 2; fi
if [ -z "${MTLINT:-}" ]; then
    (cd "$root" && swift build -c release >/dev/null)
    MTLINT="$root/.build/release/mtlint"
fi

exec python3 - "$MTLINT" "${BASELINE:-}" "$corpus" "$runs" <<'PY'
import glob, os, re, statistics, sys, tempfile, time

mtlint, baseline, corpus, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def run_once(command):
    """Wall ms and CPU ms (user + sys of the child) of one run, output to /dev/null."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    start = time.monotonic()
    pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)} exited with {code}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000

with tempfile.TemporaryDirectory() as folder:
    first = sorted(glob.glob(os.path.join(corpus, "*.en.txt")))[0]
    with open(first, encoding="utf-8") as handle:
        lines = [l for l in handle.read().splitlines() if l.strip() and not re.search("[\u0400-\u04FF]", l)]
    english = "\n".join(lines[:20]) + "\n"
    clean = os.path.join(folder, "clean.en.txt")
    caption = os.path.join(folder, "caption.en.txt")
    with open(clean, "w", encoding="utf-8") as handle:
        handle.write(english)
    with open(caption, "w", encoding="utf-8") as handle:
        handle.write(english + "Премьер-министр Израиля Биньямин Нетаньяху\n")
    ukrainian = os.path.join(folder, "ukrainian.en.txt")
    with open(ukrainian, "w", encoding="utf-8") as handle:
        handle.write(english + "Київ навесні\n")

    check = ["check", "--format", "json", "--fail-on", "never"]
    commands = [("true (process start)", ["true"]), ("cat", ["cat", clean])]
    binaries = [("", mtlint)] + ([("baseline ", baseline)] if baseline else [])
    for label, binary in binaries:
        commands.append((f"{label}mtlint check (clean English)", [binary] + check + [clean]))
        commands.append((f"{label}mtlint check (a Russian caption)", [binary] + check + [caption]))
        commands.append((f"{label}mtlint check (a Ukrainian caption)", [binary] + check + [ukrainian]))

    for _, command in commands:  # warm the page cache
        run_once(command)
    samples = {name: ([], []) for name, _ in commands}
    for _ in range(runs):
        for name, command in commands:
            wall, cpu = run_once(command)
            samples[name][0].append(wall)
            samples[name][1].append(cpu)

    base = statistics.median(samples["true (process start)"][0])
    print(f"# Start-up, medians of {runs} runs, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    print(f"# mtlint: {mtlint}" + (f"; baseline: {baseline}" if baseline else ""))
    print(f"# input: {len(english.encode())} bytes (clean), +1 caption line; "
          f"command: mtlint {' '.join(check)} FILE")
    print()
    print("| command | wall ms | CPU ms | × `true` (wall) | × `cat` (wall) |")
    print("|---|---:|---:|---:|---:|")
    cat = statistics.median(samples["cat"][0])
    for name, _ in commands:
        wall = statistics.median(samples[name][0])
        cpu = statistics.median(samples[name][1])
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {wall / base:.1f} | {wall / cat:.1f} |")
PY
