#!/usr/bin/env bash
# Measures `mtlint watch` (release build) and reports medians against baselines taken in the
# same run, on the same disk:
#   - drop-to-report latency: 1,000 single 15 KB articles renamed into the inbox one at a
#     time, each timed until its JSON report appears and until all its reports have (the
#     daemon makes an input's reports visible together; median, p99);
#     baselines: writing one 15 KB file the way the daemon writes a report (write + fsync +
#     rename + folder fsync), and one `mtlint check` process on the same article;
#   - throughput: a burst of 2,000 (and 10,000) articles renamed in at once, timed until all
#     are in done/;
#   - the daemon's CPU time per article in each burst (all threads, user + system), against
#     the CPU time per article of one `mtlint check --jobs 1` process on 200 copies (the
#     check itself plus a JSON report), so what the daemon adds around the check shows even
#     on a busy machine, where wall times include waiting for a core;
#   - the daemon's peak resident memory (VmHWM) over the whole run.
#
#   Benchmarks/daemon-bench.sh            # builds release, runs everything (a few minutes)
#   MTLINT=path/to/mtlint DROPS=200 BURSTS="2000" Benchmarks/daemon-bench.sh
#   WATCH_ARGS="--format json" Benchmarks/daemon-bench.sh    # JSON reports only, no HTML/Markdown
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MTLINT:-}" ]; then
  swift build -c release >/dev/null
  MTLINT=$(swift build -c release --show-bin-path)/mtlint
fi
WORK=$(mktemp -d "${BENCH_TMP:-/tmp}/mtlint-bench.XXXXXX")
trap 'kill -KILL $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 - "$MTLINT" "$WORK" "${DROPS:-1000}" "${BURSTS:-2000 10000}" "${WATCH_ARGS:-}" <<'EOF'
import os, resource, statistics, subprocess, sys, time

mtlint, work, drops, bursts = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(n) for n in sys.argv[4].split()]
watch_args = sys.argv[5].split()

def article(index):
    """About 15 KB of news-like English with the odd leftover Russian word."""
    sentences = [
        f"The regional committee met on Tuesday to discuss item {index} of the agenda.",
        "Officials said the report would be published next week after a final review.",
        "The governor told reporters that the budget for roads had been doubled this year.",
        "Residents of the district complained about the state of the heating network.",
        "According to the ministry, the number of tourists grew by twelve percent.",
        "Подробнее читайте на сайте.",
    ]
    text, i = [], 0
    while sum(len(s) + 1 for s in text) < 15_000:
        text.append(sentences[i % len(sentences)])
        i += 1
        if i % 7 == 0:
            text.append("\n")
    return (" ".join(text) + "\n").encode()

def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]

def fsync_write(folder, name, data):
    temp = os.path.join(folder, "." + name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    os.write(fd, data); os.fsync(fd); os.close(fd)
    os.rename(temp, os.path.join(folder, name))
    dfd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY); os.fsync(dfd); os.close(dfd)

def wait_for(path, limit=60.0):
    start = time.monotonic()
    while not os.path.exists(path):
        if time.monotonic() - start > limit:
            raise SystemExit(f"timed out waiting for {path}")
        time.sleep(0.0002)

def cpu_seconds(pid):
    """User + system CPU time of all the process's threads so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

folder = os.path.join(work, "watch")
stage = os.path.join(work, "stage")
os.makedirs(stage)
data = article(0)

# Baseline 1: the cost of writing one report-sized file durably.
base_folder = os.path.join(work, "baseline"); os.makedirs(base_folder)
baseline_write = []
for i in range(200):
    start = time.monotonic(); fsync_write(base_folder, f"b{i}.json", data); baseline_write.append(time.monotonic() - start)
# Baseline 2: one `mtlint check` process on the same article (process start + check).
with open(os.path.join(work, "one.txt"), "wb") as f: f.write(data)
baseline_check = []
for i in range(30):
    start = time.monotonic()
    subprocess.run([mtlint, "check", "--format", "json", os.path.join(work, "one.txt")], stdout=subprocess.DEVNULL)
    baseline_check.append(time.monotonic() - start)

# Baseline 3: CPU time per article of the check alone, in one process over 200 copies.
many = os.path.join(work, "many"); os.makedirs(many)
for i in range(200):
    with open(os.path.join(many, f"a{i}.txt"), "wb") as f: f.write(data)
baseline_cpu = []
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([mtlint, "check", "--jobs", "1", "--format", "json", "--fail-on", "never", many], stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    baseline_cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / 200)

log = open(os.path.join(work, "daemon.log"), "wb")
daemon = subprocess.Popen([mtlint, "watch", folder] + watch_args, stderr=log)
with open(os.path.join(work, "pid"), "w") as f: f.write(str(daemon.pid))
while not os.path.isdir(os.path.join(folder, ".mtlint")): time.sleep(0.01)
time.sleep(0.5)

# Latency: one drop at a time, until its JSON report appears and until all its reports have.
formats = [watch_args[i + 1] for i, arg in enumerate(watch_args[:-1]) if arg == "--format"] or ["json", "html", "markdown"]
extensions = [{"markdown": "md"}.get(name, name) for name in formats]
latencies, latencies_all = [], []
for i in range(drops):
    name = f"single{i}.txt"
    with open(os.path.join(stage, name), "wb") as f: f.write(data)
    start = time.monotonic()
    os.rename(os.path.join(stage, name), os.path.join(folder, "inbox", name))
    wait_for(os.path.join(folder, "reports", name + ".json"))
    latencies.append(time.monotonic() - start)
    for extension in extensions:
        wait_for(os.path.join(folder, "reports", name + "." + extension))
    latencies_all.append(time.monotonic() - start)

# Throughput: bursts renamed in at once.
rates = []
finished = drops
for size in bursts:
    names = [f"burst{size}-{i}.txt" for i in range(size)]
    for name in names:
        with open(os.path.join(stage, name), "wb") as f: f.write(data)
    cpu_before = cpu_seconds(daemon.pid)
    start = time.monotonic()
    for name in names:
        os.rename(os.path.join(stage, name), os.path.join(folder, "inbox", name))
    finished += size
    while len(os.listdir(os.path.join(folder, "done"))) < finished:
        time.sleep(0.01)
    seconds = time.monotonic() - start
    rates.append((size, seconds, cpu_seconds(daemon.pid) - cpu_before))

rss = peak_rss_kib(daemon.pid)
daemon.terminate(); daemon.wait(timeout=15)

ms = lambda s: f"{s * 1000:.2f} ms"
print(f"mtlint watch {' '.join(watch_args) or '(default formats: json, html, markdown + dashboard)'} benchmark "
      f"({os.cpu_count()} cores, {len(data)} byte articles, folder on {work})")
print(f"  baseline: durable write of one report (write+fsync+rename+dir fsync): median {ms(statistics.median(baseline_write))}")
print(f"  baseline: one `mtlint check` process on the article:                   median {ms(statistics.median(baseline_check))}")
print(f"  baseline: CPU per article of `mtlint check --jobs 1` on 200 copies:      median {ms(statistics.median(baseline_cpu))}")
print(f"  drop-to-report latency over {drops} single drops: median {ms(statistics.median(latencies))}, "
      f"p99 {ms(pct(latencies, 0.99))}, max {ms(max(latencies))}")
print(f"  drop-to-all-reports ({', '.join(extensions)}):           median {ms(statistics.median(latencies_all))}, "
      f"p99 {ms(pct(latencies_all, 0.99))}, max {ms(max(latencies_all))}")
print(f"    = {statistics.median(latencies) / statistics.median(baseline_write):.2f}x a durable report write, "
      f"{statistics.median(latencies) / statistics.median(baseline_check):.2f}x a `mtlint check` run")
for size, seconds, cpu in rates:
    print(f"  burst of {size}: {seconds:.2f} s, {size / seconds:.0f} files/s "
          f"({seconds / size / statistics.median(baseline_check):.3f}x a `mtlint check` run per file); "
          f"daemon CPU {ms(cpu / size)} per file = {cpu / size / statistics.median(baseline_cpu):.2f}x the check's CPU per file")
print(f"  daemon peak RSS (VmHWM): {rss / 1024:.1f} MiB")
EOF
