#!/usr/bin/env bash
# Side-by-side measurements of workreport and the peers (ReportLab+openpyxl,
# pdfkit+exceljs in docs/bench/peers), in one session on one machine, as
# docs/benchmarks.md reports them. Run from the repository root:
#   docs/bench/run.sh [N_LARGE]        # default 1000
# Needs /usr/bin/time (package time), bc, the peers' packages and
# node_modules (see docs/bench/peers/README.md).
set -euo pipefail
root=$(pwd)
peers="$root/docs/bench/peers"
large=${1:-1000}
work=$(mktemp -d -t workreport-bench.XXXX)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -trimpath -o "$work/workreport" .
mkdir -p "$work/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$work/hello/main.go"
printf 'module hello\n\ngo 1.26\n' >"$work/hello/go.mod"
(cd "$work/hello" && go build -trimpath -o hello .)

# N copies of the Hailar sample, each with its own region and GDP figure,
# spread over 10 folders: distinct inputs, as a city's districts would be.
make_inputs() {
  /usr/bin/python3 - "$1" "$2" "$root/samples/hailar-2025.yaml" <<'PY'
import os, sys
n, d, src = int(sys.argv[1]), sys.argv[2], open(sys.argv[3]).read()
for i in range(n):
    doc = src.replace("region: 海拉尔区", "region: 第%d区" % i, 1).replace("value: 231.52", "value: %d.%02d" % (200 + i % 300, i % 100), 1)
    sub = os.path.join(d, "city-%02d" % (i % 10))
    os.makedirs(sub, exist_ok=True)
    open(os.path.join(sub, "district-%04d.yaml" % i), "w").write(doc)
PY
}

# measure LABEL N CMD...: one run under /usr/bin/time -v; prints a table row.
measure() {
  local label=$1 n=$2; shift 2
  /usr/bin/time -v "$@" >"$work/stdout" 2>"$work/time" || true
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$work/time")
  local inproc
  case $label in python*|node*) inproc=$(grep -h '^{' "$work/time" | tail -1 || true) ;; *) inproc="" ;; esac
  printf '| %s | %d | %.2f | %.1f | %s | %s | %s |\n' "$label" "$n" "$wall" "$(echo "$wall*1000/$n" | bc -l)" "$rss" "$cpu" "${inproc:-}"
}

echo "Start-up and one report, whole process, interleaved:"
/usr/bin/python3 "$root/docs/bench/oneshot.py" "$work/workreport" "$work/hello/hello" 30
echo

make_inputs 100 "$work/in100"
make_inputs "$large" "$work/inL"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | reports | wall s | ms per report | max RSS MiB | CPU s | peer's own in-process figures |"
echo "|---|---|---|---|---|---|---|"
measure "workreport batch, 1 report" 1 "$work/workreport" generate --out "$work/o1"
measure "workreport batch" 100 "$work/workreport" batch "$work/in100" --out "$work/o100" --log-format json
measure "workreport batch" "$large" "$work/workreport" batch "$work/inL" --out "$work/oL" --log-format json
measure "workreport batch, unchanged (incremental)" "$large" "$work/workreport" batch "$work/inL" --out "$work/oL" --log-format json
measure "python: ReportLab + openpyxl" 100 /usr/bin/python3 "$peers/python/report.py" "$peers/data/hailar-2025.json" "$work/py" --batch 100
measure "node: pdfkit + exceljs" 100 node "$peers/node/report.js" "$peers/data/hailar-2025.json" "$work/node" --batch 100
echo
echo "In-process, single core (go test -bench, -cpu 1; median of 5; cpu-ms/op where reported):"
go test ./report/pdf -run '^$' -bench RenderHailar -benchmem -cpu 1 -count 5 -benchtime 40x | grep -E '^Benchmark'
go test ./sheets -run '^$' -bench WriteHailar -benchmem -cpu 1 -count 5 -benchtime 100x | grep -E '^Benchmark'
go test ./internal/batch -run '^$' -bench Batch -benchmem -count 3 -benchtime 100x | grep -E '^Benchmark'
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
