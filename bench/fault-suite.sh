#!/usr/bin/env bash
# Fault suite: runs the hostile fixture routes (scanner-core/src/test/resources/sites/hostile) and a
# few hostile set-ups through the real CLI (./candor) and checks, for each case, that the exit code is
# the documented one, that one clear line says what happened (no stack trace, no terminal escapes),
# and that record.json and report.json are kept. Prints "N passed, M failed"; exits 1 if any failed.
# Not a timed test: every audit only has a generous hang guard.
# Usage: bench/fault-suite.sh            (build first: mvn install -DskipTests)
#        MVN_ARGS="-o -Dmaven.repo.local=..." bench/fault-suite.sh
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
mvn_args=${MVN_ARGS:-}
guard=${FAULT_GUARD_SECONDS:-600}  # a hang guard, not a time limit under test

if [ ! -f cli/target/candor-cli.jar ]; then
  echo "fault-suite: build first: mvn install -DskipTests" >&2
  exit 2
fi
# the fixture server lives in scanner-core's test classes
# shellcheck disable=SC2086
mvn -B -q $mvn_args -pl scanner-core test-compile >/dev/null || { echo "fault-suite: test-compile failed" >&2; exit 2; }
# shellcheck disable=SC2086
mvn -B -q $mvn_args -pl scanner-core dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
  >/dev/null || { echo "fault-suite: cannot resolve the test class path" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/candor-faults.XXXXXX")"
server_log="$work/server.out"
java -cp "scanner-core/target/test-classes:scanner-core/target/classes:$(cat scanner-core/target/bench.cp)" \
  dev.candor.bench.FixtureServer /sites/hostile >"$server_log" 2>&1 &
server_pid=$!
cleanup() {
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  grep -q -- '--host-resolver-rules' "$server_log" && break
  sleep 0.1
done
rule="$(grep -- '--host-resolver-rules' "$server_log" | head -1)"
if [ -z "$rule" ]; then
  echo "fault-suite: the fixture server did not start:" >&2
  cat "$server_log" >&2
  exit 2
fi
site="https://www.hostile-shop.de"

passed=0
failed=0
failures=()

# audit NAME EXPECTED_EXIT MESSAGE_REGEX EXTRA_CHECK [candor audit arguments...]
# MESSAGE_REGEX must match one line of stdout or stderr; "-" means stderr must be empty.
# EXTRA_CHECK is Python run with record and report loaded (empty for none).
audit() {
  local name="$1" expected="$2" message="$3" extra="$4"
  shift 4
  local out="$work/$name"
  mkdir -p "$out"
  local rc
  timeout "$guard" "$root/candor" audit "$@" --insecure --browser-arg="$rule" --out "$out/run" --fail-on critical \
    >"$out/stdout" 2>"$out/stderr"
  rc=$?
  check "$name" "$expected" "$message" "$rc" "$out/run" "$out" "$extra"
}

# check NAME EXPECTED_EXIT MESSAGE_REGEX RC OUTDIR LOGDIR [extra python check]
check() {
  local name="$1" expected="$2" message="$3" rc="$4" dir="$5" logs="$6" extra="${7:-}"
  local problems=()
  [ "$rc" = "$expected" ] || problems+=("exit $rc, expected $expected")
  if [ "$message" = "-" ]; then
    [ -s "$logs/stderr" ] && problems+=("stderr not empty: $(head -c 300 "$logs/stderr")")
  elif ! grep -Eq -- "$message" "$logs/stdout" "$logs/stderr"; then
    problems+=("no line matches /$message/")
  fi
  # one clear line: no stack trace, no logging chatter, every stderr line is Candor's own
  if grep -Eq '^\s+at |Exception|^(INFO|WARN|SEVERE|WARNING):' "$logs/stderr"; then
    problems+=("stderr carries a trace or log lines: $(grep -Em1 '^\s+at |Exception|^(INFO|WARN|SEVERE|WARNING):' "$logs/stderr")")
  fi
  if grep -vq '^candor: ' "$logs/stderr"; then
    problems+=("stderr has a line that is not Candor's: $(grep -vm1 '^candor: ' "$logs/stderr")")
  fi
  # nothing the site controls may reach the terminal as a control sequence (ESC, C1 CSI, bidi override)
  if LC_ALL=C grep -Pq '\x1b|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$logs/stdout" "$logs/stderr"; then
    problems+=("a terminal control sequence reached the output")
  fi
  if [ -n "$dir" ]; then
    for f in record.json report.json; do
      python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$dir/$f" 2>/dev/null || problems+=("no readable $f")
    done
  fi
  if [ -n "$extra" ] && [ ${#problems[@]} -eq 0 ]; then
    local why
    why="$(python3 - "$dir" <<EOF 2>&1
import json, sys, os
d = sys.argv[1]
record = json.load(open(os.path.join(d, "record.json")))
report = json.load(open(os.path.join(d, "report.json")))
$extra
EOF
)" || problems+=("check failed: $(echo "$why" | tail -1)")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL  $name: ${problems[*]}"
  fi
}

phases='assert len(record["phases"]) == 3, "phases: %d" % len(record["phases"])'
all_loaded="$phases"'
bad = [(p["phase"], v["url"], v["outcome"]) for p in record["phases"] for v in p["pages"] if v["outcome"] != "loaded"]
assert not bad, "visits lost: %s" % bad
assert record["completion"]["complete"], "not complete"'

# 1. a page that writes 1,500 cookies and storage items in one script
audit many-writes 0 '^Candor audit of' "$phases"'
names = {c["name"] for c in record["phases"][0]["cookies"]}
assert "w1499" in names, "the last script cookie is missing"' "$site/writes/" --max-pages 1

# 2. a server that never answers and scripts that never end, behind the start page and as the start page
audit hangs 3 'audit incomplete: .*tim' "$phases"'
out = {v["url"].split("/")[3]: v["outcome"] for v in record["phases"][0]["pages"]}
assert out.get("silent") == "timeout" and out.get("busy") == "timeout", out
assert not record["completion"]["complete"], "pages were lost but the record says complete"
assert not report["completion"]["complete"] if "completion" in report else True' "$site/hangs/" --max-pages 5 --timeout 5
audit silent-start 3 'start page unreachable' '' "$site/silent/" --max-pages 1 --timeout 5
audit busy-start 3 'start page unreachable' '' "$site/busy/" --max-pages 1 --timeout 5

# 3. links that java.net.URI rejects but browsers follow
audit bad-links 0 '^Candor audit of' "$phases"'
assert len(record["pagesPlanned"]) == 3, record["pagesPlanned"]' "$site/bad-links/" --max-pages 3

# 5. a beforeunload handler on every page
audit beforeunload 0 '^Candor audit of' "$all_loaded" "$site/beforeunload/" --max-pages 3

# 7. terminal escapes in titles, links and the policy (audit and 'candor policy')
audit escapes 0 '^Candor audit of' "$phases" "$site/escape/" --max-pages 2
mkdir -p "$work/policy-escapes"
timeout "$guard" "$root/candor" policy "$site/escape/privacy.html" --insecure --browser-arg="$rule" \
  >"$work/policy-escapes/stdout" 2>"$work/policy-escapes/stderr"
check policy-escapes 0 'Google Analytics' "$?" "" "$work/policy-escapes"

# 8. PDF policies, served inline and as an attachment, read through the browser
pdf_read='
policy = json.load(open(os.path.join(d, "policy.json")))
assert policy["status"] == "read", "policy status %s" % policy["status"]'
audit pdf-inline 0 '^Candor audit of' "$pdf_read" "$site/pdf-inline/" --max-pages 1
audit pdf-attachment 0 '^Candor audit of' "$pdf_read" "$site/pdf-attachment/" --max-pages 1

# 13. a start page that fails keeps its own visit; a script cookie the browser refuses is not "stored";
# the page cannot see or spoof the recording hooks; IDN hosts and "|" in a query are valid URLs
audit failing-start 3 'start page unreachable: the server answered HTTP 503' '
pages = record["phases"][0]["pages"] if record["phases"] else []
assert pages and pages[0]["status"] == 503, "the failed start visit is not in the record"' "$site/failing/" --max-pages 1
audit control-cookie 0 '^Candor audit of' '
stored = [c["name"] for c in record["phases"][0]["cookies"] if not c.get("blocked")]
assert "bad" not in stored, "a refused script cookie is recorded as stored: %s" % stored' "$site/control-cookie/" --max-pages 1
audit spoof 0 '^Candor audit of' '
values = {c["name"]: c.get("value") for c in record["phases"][0]["cookies"]}
assert "spoofed" not in values, "the page spoofed a recorded write"
assert values.get("seen") == "none", "the page saw the hooks: %s" % values.get("seen")' "$site/spoof/" --max-pages 1
audit idn-host 0 '^Candor audit of' '' "https://www.bücher-hostile.de/?q=a|b" --max-pages 1

# 9. links planted inside --out are never followed
planted="$work/planted"
mkdir -p "$planted/run" "$planted/elsewhere"
echo "keep me" >"$planted/victim"
echo "keep me too" >"$planted/elsewhere/profile-file"
ln -s "$planted/victim" "$planted/run/record.json.tmp"
ln -s "$planted/victim" "$planted/run/banner-accept.png"
ln -s "$planted/elsewhere" "$planted/run/.candor-profiles"
timeout "$guard" "$root/candor" audit "$site/" --max-pages 1 --insecure --browser-arg="$rule" --out "$planted/run" --fail-on critical \
  >"$planted/stdout" 2>"$planted/stderr"
rc=$?
check planted-links 0 '^Candor audit of' "$rc" "$planted/run" "$planted" '
victim = open(os.path.join(d, "..", "victim")).read()
assert victim == "keep me\n", "a file outside --out was overwritten"
assert sorted(os.listdir(os.path.join(d, "..", "elsewhere"))) == ["profile-file"], "something was written or deleted through a link"'

# 10. two audits into the same --out at once: the second says so in one line, the first is kept
two="$work/two"
mkdir -p "$two/first" "$two/second"
timeout "$guard" "$root/candor" audit "$site/" --max-pages 2 --insecure --browser-arg="$rule" --out "$two/run" --fail-on critical \
  >"$two/first/stdout" 2>"$two/first/stderr" &
first_pid=$!
for _ in $(seq 1 200); do
  [ -e "$two/run/.candor.lock" ] && break
  sleep 0.1
done
sleep 1
timeout "$guard" "$root/candor" audit "$site/" --max-pages 1 --insecure --browser-arg="$rule" --out "$two/run" --fail-on critical \
  >"$two/second/stdout" 2>"$two/second/stderr"
check second-audit-same-out 2 'is in use by another audit' "$?" "" "$two/second"
wait "$first_pid"
check first-audit-kept 0 '^Candor audit of' "$?" "$two/run" "$two/first" "$phases"

# 12. Ctrl-C (SIGINT to the JVM) mid-audit: exit 3, record kept and marked incomplete
int="$work/interrupt"
mkdir -p "$int"
timeout "$guard" "$root/candor" audit "$site/hangs/" --max-pages 4 --timeout 20 --insecure --browser-arg="$rule" --out "$int/run" \
  >"$int/stdout" 2>"$int/stderr" &
candor_pid=$!
for _ in $(seq 1 300); do
  grep -q 'page 2' "$int/stdout" 2>/dev/null && break
  sleep 0.1
done
java_pid="$(pgrep -P "$candor_pid" java || echo "$candor_pid")"
kill -INT "$java_pid"
wait "$candor_pid"
check interrupted 3 'interrupted' "$?" "$int/run" "$int" '
assert not record["completion"]["complete"], "an interrupted record claims to be complete"'

# 11. nothing is written outside --out: a fresh HOME stays empty through an audit that reads a PDF
nowhere="$work/nowhere"
mkdir -p "$nowhere/home"
HOME="$nowhere/home" timeout "$guard" "$root/candor" audit "$site/pdf-inline/" --max-pages 1 --insecure --browser-arg="$rule" \
  --out "$nowhere/run" --fail-on critical >"$nowhere/stdout" 2>"$nowhere/stderr"
check writes-nowhere-else 0 '^Candor audit of' "$?" "$nowhere/run" "$nowhere" '
home = os.path.join(d, "..", "home")
left = [os.path.join(p, f) for p, ds, fs in os.walk(home) for f in ds + fs]
assert not left, "written outside --out: %s" % left[:5]
assert not [f for f in os.listdir(d) if f.startswith(".candor-profiles")], "the work directory was left behind"'

# 13. bad values the user gives
usage() {
  local name="$1" message="$2"
  shift 2
  mkdir -p "$work/$name"
  timeout 120 "$root/candor" audit "$@" >"$work/$name/stdout" 2>"$work/$name/stderr"
  check "$name" 2 "$message" "$?" "" "$work/$name"
}
usage huge-viewport 'viewport' "$site/" --viewport 99999x99999 --out "$work/huge-viewport/run"
usage port-out-of-range 'port' "https://www.hostile-shop.de:99999/" --out "$work/port-out-of-range/run"
usage control-user-agent 'user-agent must not contain control characters' "$site/" --user-agent "$(printf 'Candor\001')" --out "$work/control-user-agent/run"
usage missing-out-parent 'output directory' "$site/" --out "$work/missing-out-parent/a/missing/../x"
[ -e "$work/missing-out-parent/a" ] && { echo "FAIL  missing-out-parent-no-stray-dir: a stray directory was left"; failed=$((failed + 1)); } \
  || { echo "ok    missing-out-parent-no-stray-dir"; passed=$((passed + 1)); }

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
