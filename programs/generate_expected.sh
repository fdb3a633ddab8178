#!/usr/bin/env bash
# Regenerates the expectation files (.out, .err, .exit) of every program from CPython 3.11.
# Usage (from anywhere):  programs/generate_expected.sh [programs/some/file.py ...]
# With --check it instead runs every program 3 times and reports any nondeterminism.
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
PY="${PYTHON:-python3}"
export PYTHONUTF8=1 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
if [ $# -gt 0 ]; then files=("$@"); else
  mapfile -t files < <(find programs -name '*.py' -not -path 'programs/bench/*' -not -path '*/slow/*' | sort)
fi
# Drop caret/tilde marker lines (CPython 3.11 only) and make absolute paths relative.
normalise_err() {
  sed -e "s#File \"$root/#File \"#g" | grep -v -E '^[[:space:]]*[~^][~^[:space:]]*$'
}
run() { # $1 = program; writes stdout to $2, stderr to $3, echoes exit status
  local in="${1%.py}.in"
  if [ -f "$in" ]; then "$PY" "$1" <"$in" >"$2" 2>"$3"; else "$PY" "$1" </dev/null >"$2" 2>"$3"; fi
  echo $?
}
tmp="$(mktemp -d)"
status=0
for f in "${files[@]}"; do
  base="${f%.py}"
  if [ $check = 1 ]; then
    r1=$(run "$f" "$tmp/o1" "$tmp/e1"); normalise_err <"$tmp/e1" >"$tmp/n1"
    for i in 2 3; do
      r=$(PYTHONHASHSEED=$((i * 7919)) run "$f" "$tmp/o$i" "$tmp/e$i"); normalise_err <"$tmp/e$i" >"$tmp/n$i"
      if [ "$r" != "$r1" ] || ! cmp -s "$tmp/o1" "$tmp/o$i" || { [ "$r1" != 0 ] && ! cmp -s "$tmp/n1" "$tmp/n$i"; }; then
        echo "NONDETERMINISTIC: $f"; status=1
      fi
    done
    if [ -f "$base.out" ] && ! cmp -s "$tmp/o1" "$base.out"; then echo "STALE .out: $f"; status=1; fi
    continue
  fi
  rc=$(run "$f" "$base.out" "$tmp/err")
  if [ "$rc" != 0 ]; then
    echo "$rc" >"$base.exit"
    normalise_err <"$tmp/err" >"$base.err"
  else
    rm -f "$base.exit" "$base.err"
  fi
  printf '%-55s exit=%s\n' "$f" "$rc"
done
rm -rf "$tmp"
exit $status
