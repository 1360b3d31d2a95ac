#!/usr/bin/env bash
# candor scan-sources on a generated project of N template files (default 1,000): wall time of the
# whole command (JVM start included), median of 5 runs after one warm-up, and files per second.
# Goal (issue 8): 1,000 files in under 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
[ -f cli/target/candor-cli.jar ] || mvn -B -q install -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$n" <<'PY'
import os, sys, random
root, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
tags = ['<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>',
        '<script type="text/plain" data-category="analytics" src="https://static.hotjar.com/c/hotjar-1.js"></script>',
        '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
        '<link rel="stylesheet" href="/css/site.css">', '<img src="/img/logo.png" alt="">']
for i in range(n):
    d = os.path.join(root, "src/main/resources/templates", f"section{i % 20}")
    os.makedirs(d, exist_ok=True)
    body = "\n".join(f'<div class="row"><p>Paragraph {j} of page {i}, with some text to parse.</p></div>' for j in range(random.randint(20, 200)))
    with open(os.path.join(d, f"page{i}.html"), "w") as f:
        f.write(f"<!doctype html><html><head><title>Page {i}</title>{random.choice(tags)}</head><body>{body}{random.choice(tags)}</body></html>\n")
PY
bytes=$(du -sb "$work/src" | cut -f1)
times=()
for run in 0 1 2 3 4 5; do
  start=$(date +%s%N)
  (cd "$work" && "$OLDPWD/candor" scan-sources --out out --format json >/dev/null 2>&1) || true
  end=$(date +%s%N)
  [ "$run" -gt 0 ] && times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[2]}
files=$(python3 -c "import json;print(json.load(open('$work/out/sources.json'))['filesScanned'])")
echo "scan-sources: $files files, $((bytes / 1024)) KiB: median ${median} ms over 5 runs (min ${sorted[0]}, max ${sorted[4]}), $(( files * 1000 / median )) files/s; goal 1000 files < 5000 ms"
