#!/usr/bin/env bash
# The CLI as a Unix tool: help with usage line and examples, '-' for standard input and output,
# quiet end on a closed pipe, errors for a full disk or a file size limit that keep the old
# file, and errors that name file:line:column.
#   tests/cli_unix.sh ARGMAP_CLI TEST_DATA_DIR EXAMPLE.argdown WORK_DIR
set -u
CLI=$1 DATA=$2 CA=$3 WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

# ---- help: the usage line names the program; every subcommand shows examples ----
"$CLI" --help > help.txt 2>&1
grep -q '^Usage: argmap ' help.txt && ok "usage line names argmap" || fail "usage line: $(head -3 help.txt)"
grep -q 'Examples:' help.txt && ok "top-level examples" || fail "no examples in argmap --help"
for cmd in eval render convert explain diff solve status whatif history checkout commit timeline; do
    if "$CLI" "$cmd" --help > h.txt 2>&1 && grep -q "^Usage: argmap $cmd" h.txt && grep -q '^Examples:' h.txt && grep -q "^  argmap $cmd" h.txt; then
        ok "$cmd --help has usage and examples"
    else
        fail "$cmd --help: $(head -2 h.txt)"
    fi
done

# ---- '-' reads standard input (with --from) and writes standard output ----
"$CLI" eval "$CA" > direct.txt 2>&1
"$CLI" eval - --from argdown < "$CA" > piped.txt 2>&1
cmp -s direct.txt piped.txt && ok "eval - --from argdown reads stdin" || fail "eval from stdin differs"
"$CLI" eval - < "$CA" > e.txt 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q -- "--from FORMAT" e.txt && ok "eval - without --from asks for it" || fail "eval - without --from: rc $rc $(cat e.txt)"
"$CLI" convert "$CA" - --to xml 2> conv.err | "$CLI" eval - --from xml > via-xml.txt 2>&1
cmp -s direct.txt via-xml.txt && ok "convert - --to xml | eval - --from xml" || fail "pipeline through xml differs: $(head -3 via-xml.txt)"
grep -q 'wrote standard output' conv.err && ok "convert reports to stderr" || fail "convert stderr: $(cat conv.err)"
"$CLI" convert "$CA" - --to json 2>/dev/null | jq -e '.claims | length == 45' > /dev/null && ok "convert - --to json parses with jq" || fail "convert to json stdout"
"$CLI" convert "$CA" - > e.txt 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q -- "--to FORMAT" e.txt && ok "convert to - without --to asks for it" || fail "convert - without --to: rc $rc"
"$CLI" render "$CA" -o - --to dot 2> r.err > ca.dot
head -c 20 ca.dot | grep -q 'digraph' && [ ! -s r.err ] && ok "render -o - --to dot" || fail "render to stdout: $(head -c 80 ca.dot) / $(cat r.err)"
"$CLI" render "$CA" -o - --to svg 2>/dev/null | xmllint --noout - && ok "render -o - --to svg is well-formed XML" || fail "render svg to stdout"
"$CLI" render - --from argdown -o ca2.svg < "$CA" > /dev/null 2>&1 && [ -s ca2.svg ] && ok "render - --from argdown" || fail "render from stdin"
printf 'arg(a).\narg(b).\natt(a,b).\n' | "$CLI" solve -p SE-GR -fo apx -f - > s.txt 2>&1
grep -qx 'w a' s.txt && ok "solve -f - -fo apx" || fail "solve from stdin: $(cat s.txt)"
"$CLI" diff - "$DATA/tram-v2.argdown" --from argdown < "$DATA/tram-v1.argdown" > d.txt 2>&1
grep -q '+ claim grant' d.txt && ok "diff - FILE --from argdown" || fail "diff from stdin: $(cat d.txt)"
"$CLI" commit h.xml "$DATA/tram-v1.argdown" -m one --author a --date 2024-01-01 > /dev/null 2>&1
"$CLI" commit h.xml - --from argdown -m two --author b --date 2024-02-01 < "$DATA/tram-v2.argdown" > /dev/null 2>&1
"$CLI" checkout h.xml 1 -o - --to argdown 2> co.err > co.argdown
grep -q '^\[tram\]' co.argdown && ! grep -q grant co.argdown && grep -q 'wrote standard output: revision 1' co.err \
    && ok "commit - --from argdown; checkout -o - --to argdown" || fail "checkout to stdout: $(cat co.argdown co.err)"
"$CLI" timeline h.xml tram -o - 2>/dev/null | xmllint --noout - && ok "timeline -o - writes the SVG" || fail "timeline svg to stdout"

# ---- a closed pipe ends quietly ----
{ echo "p af 60000"; i=1; while [ $i -lt 60000 ]; do echo "$i $((i + 1))"; i=$((i + 1)); done; } > big.af
"$CLI" eval big.af 2> pipe.err | head -1 > first.txt
status=${PIPESTATUS[0]}
{ [ "$status" -eq 0 ] || [ "$status" -eq 141 ]; } && [ ! -s pipe.err ] && [ -s first.txt ] \
    && ok "eval big.af | head -1 ends quietly (exit $status)" || fail "closed pipe: exit $status, stderr: $(head -3 pipe.err)"
"$CLI" eval big.af --format json 2> pipe.err | head -c 10 > /dev/null
status=${PIPESTATUS[0]}
{ [ "$status" -eq 0 ] || [ "$status" -eq 141 ]; } && [ ! -s pipe.err ] && ok "eval --format json | head -c 10 quiet" || fail "closed pipe (json): $status $(cat pipe.err)"
# Even when the parent ignores SIGPIPE (the write then fails with EPIPE).
(trap '' PIPE; "$CLI" eval big.af 2> pipe.err | head -1 > /dev/null; exit "${PIPESTATUS[0]}"); status=$?
[ ! -s pipe.err ] && ok "closed pipe with SIGPIPE ignored by the parent: quiet (exit $status)" || fail "EPIPE: $(cat pipe.err)"

# ---- full disk and file size limits: an error, and the old file intact ----
if [ -w /dev/full ]; then
    "$CLI" eval "$CA" > /dev/full 2> full.err; rc=$?
    [ $rc -eq 1 ] && grep -q 'standard output: No space left on device' full.err && ok "stdout to /dev/full is an error" || fail "/dev/full: rc $rc $(cat full.err)"
fi
"$CLI" convert "$CA" keep.xml > /dev/null 2>&1 && cp keep.xml keep.orig
"$CLI" convert big.af big.xml > /dev/null 2>&1   # the same content, larger than the limit below
(ulimit -f 4; exec "$CLI" convert big.af keep.xml) > /dev/null 2> fsize.err; rc=$?
[ $rc -eq 1 ] && grep -q 'keep.xml: cannot write: File too large' fsize.err && cmp -s keep.xml keep.orig \
    && ok "file size limit: error, old file intact" || fail "fsize: rc $rc $(cat fsize.err)"
ls -a | grep -q '\.tmp-' && fail "temporary left: $(ls -a | grep tmp)" || ok "no temporary left"
mkdir ro && touch ro/file
"$CLI" convert "$CA" ro/file/x.xml > /dev/null 2> nd.err; rc=$?
[ $rc -eq 1 ] && grep -q 'ro/file/x.xml: cannot create a temporary file' nd.err && ok "unwritable folder: clear error" || fail "no folder: rc $rc $(cat nd.err)"

# ---- errors name file:line:column ----
for f in argdown/weight-above-one.argdown xml/duplicate-claim.xml graphml/edge-unknown-node.graphml bag/base-above-one.bag iccma/out-of-range.af; do
    "$CLI" eval "$DATA/bad/$f" > /dev/null 2> bad.err; rc=$?
    grep -Eq "^argmap: .*$(basename "$f"):[0-9]+:[0-9]+( \(.*\))?: error: " bad.err && [ $rc -eq 1 ] \
        && ok "eval $f: exit 1, file:line:column" || fail "eval $f: rc $rc $(cat bad.err)"
done
"$CLI" eval "$DATA/bad/json/claim-missing-id.json" > /dev/null 2> bad.err; rc=$?
grep -q 'claim-missing-id.json (/claims/0): error: ' bad.err && [ $rc -eq 1 ] && ok "JSON errors name the pointer" || fail "json pointer: $(cat bad.err)"

echo "$failures failure(s)"
[ $failures -eq 0 ]
