#!/usr/bin/env python3
"""Start-up and one-report whole-process times, side by side, interleaved.

Usage (from the repository root; docs/bench/run.sh calls it):
    /usr/bin/python3 docs/bench/oneshot.py WORKREPORT_BINARY HELLO_BINARY [ROUNDS]

Each round runs, in turn: a Go hello-world, `workreport --version`,
`workreport generate` of the embedded Hailar sample (PDF + XLSX, into a fresh
folder), the ReportLab + openpyxl peer and the pdfkit + exceljs peer on the
same report (docs/bench/peers). Rounds interleave the commands so that a
change in the machine's load touches all of them alike; the table gives
medians of wall and CPU (user + sys) time and the ratios that matter.
"""
import os, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
peers = os.path.join(here, "peers")
wr, hello = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
work = tempfile.mkdtemp(prefix="workreport-oneshot-")
data = os.path.join(peers, "data", "hailar-2025.json")

def cmds(i):
    out = os.path.join(work, str(i))
    c = [
        ("go hello-world", [hello]),
        ("workreport --version", [wr, "--version"]),
        ("workreport generate (1 report)", [wr, "generate", "--out", out + "-wr"]),
        ("python: ReportLab + openpyxl", ["/usr/bin/python3", os.path.join(peers, "python", "report.py"), data, out + "-py"]),
    ]
    if os.path.isdir(os.path.join(peers, "node", "node_modules")):
        c.append(("node: pdfkit + exceljs", ["node", os.path.join(peers, "node", "report.js"), data, out + "-node"]))
    return c

def run(argv):
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        sys.exit("%s failed with status %d" % (argv, status))
    return wall * 1000, (ru.ru_utime + ru.ru_stime) * 1000

walls, cpus = {}, {}
for i in range(rounds + 1):
    for label, argv in cmds(i):
        w, c = run(argv)
        if i == 0:
            continue  # warm-up: page cache, first start of each runtime
        walls.setdefault(label, []).append(w)
        cpus.setdefault(label, []).append(c)

with open("/proc/loadavg") as f:
    load = " ".join(f.read().split()[:3])
print("%d rounds, interleaved; load average after: %s" % (rounds, load))
print()
print("| command | wall ms (median) | wall ms (min) | CPU ms (median) |")
print("|---|---:|---:|---:|")
med = {}
for label in walls:
    med[label] = statistics.median(walls[label])
    print("| %s | %.1f | %.1f | %.1f |" % (label, med[label], min(walls[label]), statistics.median(cpus[label])))
print()
print("workreport --version / hello-world: %.2f× (goal ≤ 3)" % (med["workreport --version"] / med["go hello-world"]))
py = med["python: ReportLab + openpyxl"]
print("workreport one report / ReportLab+openpyxl: %.3f (goal ≤ 0.1)" % (med["workreport generate (1 report)"] / py))
if "node: pdfkit + exceljs" in med:
    print("workreport one report / pdfkit+exceljs: %.3f" % (med["workreport generate (1 report)"] / med["node: pdfkit + exceljs"]))
