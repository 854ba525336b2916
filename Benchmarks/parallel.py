#!/usr/bin/env python3
"""Two cores against one on many files, for a baseline binary and a candidate in the same run.

    Benchmarks/parallel.py BASELINE [CANDIDATE] [FOLDER]

Runs `mtlint check --format json --fail-on never --jobs J FOLDER` for J = 1 and J = 2 with
each binary, round-robin, REPEAT times (default 5), and prints for each the medians of wall
and CPU (user + sys) time, the peak RSS, the speed-up (one-core wall / two-core wall) and the
candidate's ratios against the baseline; then whether all four JSON reports are identical.
CANDIDATE defaults to this checkout's release build, FOLDER to the benchmark corpus's 10,000
small files (`~/.cache/mtlint-bench/small`, made by make-corpus.py). The machine is shared:
the load average is printed, and CPU time (which waiting for a core does not inflate) stands
beside the wall time.
"""
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary, jobs, folder, output):
    """(wall s, cpu s, peak RSS KiB) of one run, its report in `output`."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(output, "wb") as sink:
        command = ["/usr/bin/time", "-f", "%U %S %M", "-o", report.name,
                   binary, "check", "--format", "json", "--fail-on", "never", "--jobs", str(jobs), folder]
        start = time.monotonic()
        status = subprocess.run(command, stdout=sink, stderr=subprocess.DEVNULL).returncode
        wall = time.monotonic() - start
        if status not in (0, 1):
            raise SystemExit(f"exit status {status}: {' '.join(command)}")
        user, system, rss = report.read().split()[-3:]
    return wall, float(user) + float(system), int(rss)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    baseline = sys.argv[1]
    candidate = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", ".build", "release", "mtlint")
    folder = sys.argv[3] if len(sys.argv) > 3 else os.path.expanduser("~/.cache/mtlint-bench/small")
    repeat = int(os.environ.get("REPEAT", "5"))
    binaries = {"baseline": baseline, "candidate": candidate}
    runs = {(name, jobs): [] for name in binaries for jobs in (1, 2)}
    with tempfile.TemporaryDirectory() as work:
        for _ in range(repeat):
            for (name, jobs) in runs:
                runs[(name, jobs)].append(run(binaries[name], jobs, folder, os.path.join(work, f"{name}-{jobs}.json")))
        reports = [os.path.join(work, f"{name}-{jobs}.json") for (name, jobs) in runs]
        identical = all(filecmp.cmp(reports[0], other, shallow=False) for other in reports[1:])
    load = open("/proc/loadavg").read().split()[:3]
    print(f"folder: {folder}; {repeat} runs each, round-robin; load average {' '.join(load)}")
    medians = {}
    for (name, jobs), values in runs.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        rss = max(v[2] for v in values)
        medians[(name, jobs)] = (wall, cpu)
        print(f"{name:9} --jobs {jobs}: wall {wall:7.2f} s  cpu {cpu:7.2f} s  peak RSS {rss / 1024:6.1f} MiB"
              f"  (walls: {' '.join(f'{v[0]:.2f}' for v in values)})")
    for name in binaries:
        one, two = medians[(name, 1)], medians[(name, 2)]
        print(f"{name:9} speed-up with 2 jobs: {one[0] / two[0]:.2f}x wall; CPU 2 jobs / 1 job: {two[1] / one[1]:.3f}")
    for jobs in (1, 2):
        before, after = medians[("baseline", jobs)], medians[("candidate", jobs)]
        print(f"candidate / baseline, --jobs {jobs}: wall {after[0] / before[0]:.3f}  cpu {after[1] / before[1]:.3f}")
    print("reports: identical" if identical else "reports: DIFFER")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
