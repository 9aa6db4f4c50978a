#!/bin/sh
# Every stock deck prints (default size; a6 with backs and examples), and
# every stock flow gives a sheet of one or two pages with each phase's
# title and minutes; one too long for two pages is warned of.
. "$SRCDIR/tests/print/lib.sh"
export RUCKSACK_PATH="$SRCDIR/decks"
for f in "$SRCDIR"/decks/*.json; do
	id=${f##*/}
	id=${id%.json}
	[ "$id" = schema ] && continue
	rs print "$id"
	status 0 "$id"
	[ -s "$id.pdf" ] || fail "$id: no $id.pdf"
	if grep -q '"kind": "flow"' "$f"; then
		n=$(pages "$id.pdf")
		[ "$n" -ge 1 ] && [ "$n" -le 2 ] || fail "$id: the sheet takes $n pages"
		/usr/bin/python3 - "$f" "$id.pdf" <<'PY' || fail "$id: a phase is missing"
import json, subprocess, sys
flow = json.load(open(sys.argv[1], encoding="utf-8"))
text = " ".join(subprocess.run(["pdftotext", sys.argv[2], "-"], capture_output=True,
                               text=True).stdout.split())
for i, p in enumerate(flow["phases"], 1):
    head = "%d. %s" % (i, " ".join(p["title"].split()))
    assert head in text, head
    if p.get("minutes"):
        assert "%s — %g min" % (head, p["minutes"]) in text, (head, p["minutes"])
for r in flow["roles"]:
    assert " ".join(r["title"].split()) in text, r["title"]
PY
	else
		# a7 backs cannot hold Tomm's many examples; a6 holds every deck's
		rs print "$id" --backs --card a6 -o "$id-backs.pdf"
		status 0 "$id --backs"
	fi
done
# A flow too long for two pages even in small type still prints, with a
# warning saying how many pages it took.
export RUCKSACK_PATH="$SRCDIR/decks"
rs print "$PRINTDATA/long-flow.json" -o long-flow.pdf
status 0 "a long flow"
n=$(pages long-flow.pdf)
grep -qx "$PRINTDATA/long-flow.json: warning: the sheet of flow long-flow takes $n pages even in 7.5 pt type" "$ERR" ||
	fail "long flow ($n pages): $(cat "$ERR")"
