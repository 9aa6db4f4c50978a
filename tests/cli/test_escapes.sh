#!/bin/sh
# Nothing taken from a journal reaches the terminal raw: escape sequences
# (clear the screen, set the window's title, set the clipboard through
# OSC 52), the C1 CSI (U+009B, and the lone byte 9B), DEL and NEL put into
# every string field of a round's journal and of the practice journal come
# out of export (Markdown and JSON, anonymised or not), sessions (text and
# JSON), stats (text and JSON) and practice --export made visible or
# escaped: no ESC, C1 or DEL, and valid UTF-8.
set -eu
fail() { echo "FAIL: $*"; exit 1; }
export TZ=UTC
# In JSON: ESC ] 0 ; title BEL, ESC [ 2 J, ESC ] 52 ; c ; base64 BEL, CSI 2 J, DEL, NEL, byte 9B.
E=$(printf '\\u001b]0;pwned\\u0007\\u001b[2J\\u001b]52;c;cHduZWQ=\\u0007\\u009b2J\\u007f\\u0085\233x')
dir="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$dir"
journal="$dir/20231115-080000-esc$(printf '\033]0;t\007').jsonl"
cat > "$journal" <<J
{"v":1,"t":"start","at":1700035200000,"id":"id$E","flow":"flow$E","flow_title":"Title$E","flow_version":"1$E","rounds":1,"facilitator":"Fay$E","people":["Ana$E","Ben$E"],"decks":{"deck$E":"v$E"},"phases":["phase$E"],"roles":["role$E"]}
{"t":"seats","at":1700035200000,"round":0,"seats":[0,0]}
{"t":"phase","at":1700035200000,"round":0,"phase":0,"deals":[{"person":0,"deck":"deck$E","card":"card$E"},{"person":-1,"deck":"deck$E","card":"table$E"}]}
{"t":"entry","at":1700035260000,"id":1,"round":0,"phase":0,"person":1,"deck":"deck$E","card":"card$E","text":"Text$E and Tom$E\\nline$E"}
{"t":"entry","at":1700035270000,"id":2,"note":true,"round":0,"phase":0,"person":-1,"text":"Note$E"}
J
pdir="$XDG_DATA_HOME/rucksack/practice"
mkdir -p "$pdir"
cat > "$pdir/journal.jsonl" <<J
{"v":1,"type":"answer","deck":"deck$E","ts":1795392000,"item":"i$E","suit":"suit$E","card":"c$E","given_suit":"given$E","given_card":"g$E","suit_ok":false,"card_ok":false}
{"v":1,"type":"written","ts":1795392060,"deck":"deck$E","card":"c$E","vignettes":"vd$E","vignette":"v$E","id":"q$E-1","text":"Question$E\\nmore$E","on_target":null}
{"v":1,"type":"mark","ts":1795392070,"deck":"deck$E","id":"q$E-1","on_target":true}
{"v":1,"type":"note","ts":1795392080,"deck":"deck$E","card":"c$E","vignettes":"vd$E","vignette":"v$E","flow":"f$E","step":"s$E","id":"q$E-n1","text":"Noted$E"}
J

# Fails unless file $1 holds valid UTF-8 with no ESC, C1 control or DEL.
clean() {
	/usr/bin/python3 - "$1" <<'P' || fail "$2: a control character came out: $(od -c "$1" | head -20)"
import sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")  # a lone 9B byte would fail here
bad = [c for c in text if c == "\x1b" or c == "\x7f" or "\x80" <= c <= "\x9f" or
       (c < " " and c not in "\n\t")]
sys.exit(1 if bad else 0)
P
}

id=20231115-080000-esc
n=0
for args in "" "--format json" "--anonymise" "--anonymise --format json"; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	"$RUCKSACK" export "$id" $args > "out$n" 2> "err$n" || fail "export $args exit $?: $(cat "err$n")"
	[ -s "out$n" ] || fail "export $args printed nothing"
	clean "out$n" "export $args"
	clean "err$n" "export $args (standard error)"
done
grep -qF 'Text␛\]0;pwned␇' out1 || fail "the text is not shown visibly: $(cat out1)"
grep -q 'Round id: `id␛' out1 || fail "the round's id is not shown visibly: $(grep Round out1)"
grep -q 'Tom␛' err3 || fail "the unknown name is not pointed out: $(cat err3)"
# Held open by another window, so sessions names the round in a line of its own too.
/usr/bin/python3 -c '
import fcntl, os, sys, time
f = open(sys.argv[1], "a+")
fcntl.flock(f, fcntl.LOCK_EX)
f.truncate(0); f.write("%d\n" % os.getpid()); f.flush()
time.sleep(120)' "${journal%.jsonl}.lock" &
holder=$!
trap 'kill $holder 2>/dev/null' EXIT
i=0
until [ "$(cat "${journal%.jsonl}.lock" 2>/dev/null)" = "$holder" ]; do
	i=$((i + 1)); [ $i -lt 100 ] || fail "the lock was not taken"; sleep 0.1
done
"$RUCKSACK" sessions > s1 2> s1e || fail "sessions exit $?"
clean s1 "sessions"
clean s1e "sessions (standard error)"
grep -q "^$id␛\]0;t␇ is open in another window" s1 || fail "sessions did not name the round: $(cat s1)"
"$RUCKSACK" sessions --format json > s2 2> s2e || fail "sessions --format json exit $?"
clean s2 "sessions --format json"
clean s2e "sessions --format json (standard error)"
"$RUCKSACK" stats > t1 2> t1e || fail "stats exit $?"
clean t1 "stats"
clean t1e "stats (standard error)"
grep -q "suit␛" t1 || fail "stats did not show the suit: $(cat t1)"
"$RUCKSACK" stats --format json > t2 2> t2e || fail "stats --format json exit $?"
clean t2 "stats --format json"
clean t2e "stats --format json (standard error)"
"$RUCKSACK" practice --export > p1 2> p1e || fail "practice --export exit $?: $(cat p1e)"
clean p1 "practice --export"
clean p1e "practice --export (standard error)"
grep -q "Question␛" p1 || fail "practice --export did not show the question: $(cat p1)"
exit 0
