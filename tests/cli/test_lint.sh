#!/bin/sh
# rucksack lint: compiler-style lines (columns in characters), --werror,
# --format=json, a flow's references checked against the files named (which
# win) and the search path, duplicate ids, unreadable files; exit 0/1/2.
. "$SRCDIR/tests/cli/lib.sh"
cd "$DATA" || fail "no test data"

rs lint lint/good.json
status 0 "a good deck"
same "$OUT" "a good deck: no output" </dev/null
same "$ERR" "a good deck: stderr" <<'T'
1 file checked: no problems
T
rs lint -q lint/good.json
same "$ERR" "a good deck, -q: stderr" </dev/null
rs lint --quiet lint/good.json lint/warn.json
same "$ERR" "--quiet: stderr" </dev/null
rs lint lint/good.json lint/warn.json
same "$ERR" "a warning: stderr" <<'T'
2 files checked: 1 warning
T
rs lint lint/bad.json lint/warn.json nope.json
same "$ERR" "errors and a warning: stderr" <<'T'
3 files checked: 2 errors, 1 warning
T

# A warning alone is exit 0, unless --werror.
rs lint lint/warn.json
status 0 "a warning"
same "$OUT" "a warning" <<'T'
lint/warn.json:6:41: warning: card "a": unknown field "promts"; did you mean "prompts"?
T
rs lint --werror lint/warn.json
status 1 "a warning with --werror"
same "$OUT" "a warning with --werror" <<'T'
lint/warn.json:6:41: warning: card "a": unknown field "promts"; did you mean "prompts"?
T

# The column counts characters: "Zoë’s" before it holds multibyte ones.
rs lint lint/bad.json lint/good.json
status 1 "an error"
same "$OUT" "an error" <<'T'
lint/bad.json:6:46: error: card "a", weight: expected a positive integer, found 0
T

# A flow's decks and suits: "good" among the files named, "colours" (suit
# cool) on the search path, "missing" nowhere, and a suit "good" lacks.
rs --decks a lint lint/flow.json lint/good.json
status 1 "flow references"
same "$OUT" "flow references" <<'T'
lint/flow.json:11:27: error: phase "one", the 3rd deal, deck: no deck "missing" on the search path or among the files named (decks: good, colours, wide)
lint/flow.json:12:43: error: phase "one", the 4th deal, suit: deck "good" has no suit "nope" (its suits: s)
T
# Without the search path folder, colours is missing too.
rs lint lint/flow.json lint/good.json
same "$OUT" "flow references, no --decks" <<'T'
lint/flow.json:10:27: error: phase "one", the 2nd deal, deck: no deck "colours" on the search path or among the files named (decks: good)
lint/flow.json:11:27: error: phase "one", the 3rd deal, deck: no deck "missing" on the search path or among the files named (decks: good)
lint/flow.json:12:43: error: phase "one", the 4th deal, suit: deck "good" has no suit "nope" (its suits: s)
T
# A file named wins over the search path: this colours has no suit cool.
rs --decks a lint lint/flow.json lint/good.json lint/colours-warm-only.json
same "$OUT" "a named file shadows the search path" <<'T'
lint/flow.json:10:46: error: phase "one", the 2nd deal, suit: deck "colours" has no suit "cool" (its suits: warm)
lint/flow.json:11:27: error: phase "one", the 3rd deal, deck: no deck "missing" on the search path or among the files named (decks: good, colours, wide)
lint/flow.json:12:43: error: phase "one", the 4th deal, suit: deck "good" has no suit "nope" (its suits: s)
T

# Two files of one folder with one id; a file that cannot be read; a syntax
# error.  Problems are sorted by file in the order named.
rs lint lint/dup1.json lint/dup2.json nope.json b/broken.json
status 1 "several files"
same "$OUT" "several files" <<'T'
lint/dup2.json:1:22: error: id: duplicate id "dup" (rucksack uses lint/dup1.json)
nope.json: error: cannot open: No such file or directory
b/broken.json:5:39: error: trailing comma before '}'
T

# The same folder spelt two ways is one folder, as on the search path; one
# file named twice, however spelt, is no duplicate of itself.
rs lint ./lint/dup1.json lint//dup2.json lint/./dup1.json
status 1 "one folder spelt two ways"
same "$OUT" "one folder spelt two ways" <<'T'
lint//dup2.json:1:22: error: id: duplicate id "dup" (rucksack uses ./lint/dup1.json)
T

# A bad file on the search path is not what lint was asked about.
rs --decks b lint lint/good.json
status 0 "bad file on the search path"
same "$OUT" "bad file on the search path" </dev/null

# The JSON form: the same problems, as one array.
rs lint --format=json lint/bad.json lint/warn.json
status 1 "--format=json"
json "$OUT" "
assert v == [
  {'file': 'lint/bad.json', 'line': 6, 'column': 46, 'severity': 'error', 'kind': 'schema',
   'message': 'card \"a\", weight: expected a positive integer, found 0'},
  {'file': 'lint/warn.json', 'line': 6, 'column': 41, 'severity': 'warning', 'kind': 'schema',
   'message': 'card \"a\": unknown field \"promts\"; did you mean \"prompts\"?'}], v"
rs lint --format=json b/broken.json lint/flow.json
json "$OUT" "
assert [(p['kind'], p['line'], p['column']) for p in v] == [
  ('syntax', 5, 39), ('reference', 9, 27), ('reference', 10, 27), ('reference', 11, 27),
  ('reference', 12, 27)], v"
# A file that cannot be read has no place in it: line and column are null.
rs lint --format=json nope.json
status 1 "--format=json, unreadable"
json "$OUT" "
assert [(p['kind'], p['line'], p['column']) for p in v] == [('io', None, None)], v"
rs lint --format=json lint/good.json
status 0 "--format=json, no problem"
json "$OUT" "assert v == [], v"

# The schema beside the stock decks is skipped, with a note.
rs lint "$SRCDIR/decks/schema.json" lint/good.json
status 0 "schema.json"
same "$ERR" "schema.json: note" <<T
rucksack lint: skipping $SRCDIR/decks/schema.json (the schema of the format)
1 file checked: no problems
T

# Bad usage.
rs lint
status 2 "lint with no file"
rs lint --format=xml lint/good.json
status 2 "lint --format=xml"
rs lint --strict lint/good.json
status 2 "lint --strict"
rs lint --help
status 0 "lint --help"
grep -q '^usage: rucksack lint \[--format=text|json\] \[--werror\] \[-q\] FILE\.\.\.$' "$OUT" ||
	fail "lint --help: usage line"
exit 0
