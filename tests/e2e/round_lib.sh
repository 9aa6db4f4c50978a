# Helpers for the round's end-to-end tests (sourced by test_round_*.sh).
# They drive the real binary in a private tmux server and wait for text
# instead of sleeping.  When tests/e2e/lib.sh (the tui helper's) exists it is
# sourced first; these rl_ helpers only cover what the round tests need.
# Keys the round screens use live here, in one place.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
: "${SRCDIR:?set SRCDIR to the repository root}"
[ -f "$SRCDIR/tests/e2e/lib.sh" ] && . "$SRCDIR/tests/e2e/lib.sh"

RL_N=0
RL_SOCK="rl$$-0"
RL_DECKS="$SRCDIR/decks"
RL_FLOW=bells-that-ring
RL_PEOPLE="Ana,Zoë,李明,Ben"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1

# Keys of the phase screen (tmux send-keys names).
K_NEXT=Right K_PREV=Left K_CAPTURE=Enter K_NOTE=n K_DONE=C-s K_TRANSCRIPT=t K_RETRY=r
K_END=E K_QUIT=q K_YES=y K_PROJECTOR=p K_PAUSE=Space K_MINUTE=+ K_HELP='?'

rl_fail() { echo "FAIL: $*" >&2; rl_dump >&2; rl_stop; exit 1; }

# rl_start COLS ROWS ARGS...: the binary in a new tmux session of that size.
rl_start() {
	cols=$1 rows=$2; shift 2
	rl_stop
	RL_N=$((RL_N + 1)) RL_SOCK="rl$$-$RL_N" # a new server: the old one may still be going
	tmux -L "$RL_SOCK" -f /dev/null new-session -d -s t -x "$cols" -y "$rows" \
		"$RUCKSACK --decks '$RL_DECKS' $*; printf '\r\nEXITED-%s\n' \$?; sleep 600" ||
		rl_fail "tmux could not start"
}

rl_stop() { tmux -L "$RL_SOCK" kill-server 2>/dev/null || true; }
rl_screen() { tmux -L "$RL_SOCK" capture-pane -p -t t 2>/dev/null; }
rl_dump() { echo "--- screen ---"; rl_screen; echo "--------------"; }
rl_keys() { tmux -L "$RL_SOCK" send-keys -t t "$@"; }
# Typed text, sent literally (UTF-8 included).  Through a paste buffer: tmux
# would take an argument ending in ';' for the end of its own command, so the
# text goes through a file.
rl_type() {
	printf '%s' "$1" >"$TMPDIR/rl.type"
	tmux -L "$RL_SOCK" load-buffer -b rl "$TMPDIR/rl.type" &&
		tmux -L "$RL_SOCK" paste-buffer -d -b rl -t t
}
rl_resize() { tmux -L "$RL_SOCK" resize-window -t t -x "$1" -y "$2"; }

# rl_wait TEXT [SECONDS]: until TEXT (fixed string) is on screen.
rl_wait() {
	n=$(( ${2:-5} * 10 ))
	while [ "$n" -gt 0 ]; do
		rl_screen | grep -qF -- "$1" && return 0
		sleep 0.1; n=$((n - 1))
	done
	rl_fail "waited for \"$1\""
}

# rl_gone TEXT [SECONDS]: until TEXT is no longer on screen.
rl_gone() {
	n=$(( ${2:-5} * 10 ))
	while [ "$n" -gt 0 ]; do
		rl_screen | grep -qF -- "$1" || return 0
		sleep 0.1; n=$((n - 1))
	done
	rl_fail "\"$1\" stayed on screen"
}

# rl_grab REGEX: the first text on screen matching REGEX (extended), or nothing.
rl_grab() { rl_screen | grep -oE -- "$1" | head -n 1; }

# rl_timer_left: the phase timer's seconds left, from the end of the title row
# ("14:52", or "paused 7:58"); fails when no timer is shown there.
rl_timer_left() {
	t=$(rl_screen | sed -n 2p | grep -oE '[0-9]+:[0-9]{2}$') || rl_fail "no timer on the title row"
	echo $(( ${t%%:*} * 60 + ${t##*:} ))
}

# rl_pid: the rucksack process inside the pane.
rl_pid() {
	shell=$(tmux -L "$RL_SOCK" display -p -t t '#{pane_pid}')
	pgrep -P "$shell" -x rucksack
}

# rl_reflect TEXT: opens capture, types TEXT, saves, waits for "saved".
rl_reflect() {
	rl_keys "$K_CAPTURE"; rl_wait "Reflection"
	rl_type "$1"; rl_keys "$K_DONE"; rl_wait "saved"
}

# rl_reflect_by N NAME TEXT: picks the person numbered N (NAME shown), types
# TEXT for them, saves, waits for "Reflection saved".
rl_reflect_by() {
	rl_keys "$1"; rl_wait "Reflection · $2"
	rl_type "$3"; rl_keys "$K_DONE"; rl_wait "Reflection saved"
}

# rl_new_bells PEOPLE SHOWN: from the home screen at 80x24, the setup of a
# new Bells that Ring round, PEOPLE added (typed at once), SHOWN (the last
# of them, numbered) listed.
rl_new_bells() {
	rl_start 80 24
	rl_wait "Start a round"
	rl_keys Enter; rl_wait "Bells that Ring"
	rl_keys Enter; rl_wait "New round · Bells that Ring"
	rl_keys a; rl_wait "Add people"
	rl_type "$1"; rl_keys Enter; rl_wait "$2"
}

# rl_session_id: the id of the only round in the sessions folder.
rl_session_id() {
	ls "$XDG_DATA_HOME/rucksack/sessions" | sed -n 's/\.jsonl$//p' | head -n 1
}

# rl_action WHAT WHO WHEN: agrees an action, each field typed.
rl_action() {
	rl_keys a; rl_wait "An action agreed"
	rl_type "$1"; rl_keys Enter
	rl_type "$2"; rl_keys Enter
	rl_type "$3"; rl_keys Enter; rl_wait "Action added"
}

# rl_end_export FILE: ends the round, quits, and exports the round's
# transcript as Markdown into FILE.
rl_end_export() {
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript written"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	rl_stop
	id=$(rl_session_id)
	[ -n "$id" ] || rl_fail "no journal"
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md >"$1" || rl_fail "export failed"
}

# rl_two_rounds PEOPLE: two rounds kept, as the rounds-kept tests need them:
# one with $RL_PEOPLE, ended, its id in $ended; then, a second later (so it
# is listed first), one with PEOPLE left at phase 3 of 7 with a note typed
# and not saved (kill -9), its draft on disk.  $sessions is their folder.
rl_two_rounds() {
	sessions="$XDG_DATA_HOME/rucksack/sessions"
	mkdir -p "$HOME"
	rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
	rl_wait "Roles and ground rules"
	rl_keys "$K_NEXT"; rl_wait "Presenting the work"
	rl_reflect "Zoë spoke of the grandmother"
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"
	rl_wait "Transcript written"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	ended=$(rl_session_id)
	[ -n "$ended" ] || rl_fail "no journal"
	sleep 1
	rl_start 80 24 run --flow "$RL_FLOW" --people "'$1'" --seed 8
	rl_wait "Roles and ground rules"
	rl_keys "$K_NEXT"; rl_wait "Presenting the work"
	rl_keys "$K_NEXT"; rl_wait "Interview"
	rl_keys "$K_NOTE"; rl_wait "Note"
	rl_type "half a thought"
	n=100
	until grep -qF "half a thought" "$sessions"/*.draft 2>/dev/null; do
		n=$((n - 1)); [ "$n" -gt 0 ] || rl_fail "no draft kept"; sleep 0.1
	done
	kill -9 "$(rl_pid)"; rl_wait "EXITED-137"
}

# rl_golden_round NAME: once the round has ended and the program quit, its
# exports against the golden files NAME.* (rl_golden_exports), and the
# transcript written at the end the same as the export.
rl_golden_round() {
	rl_stop
	id=$(rl_session_id)
	[ -n "$id" ] || rl_fail "no journal"
	rl_golden_exports "$id" "$1"
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" | cmp -s - "$XDG_DATA_HOME/rucksack/sessions/$id.md" ||
		rl_fail "the transcript written at the end differs from the export"
}

# Normalises an exported transcript: times, dates, ids and durations.
rl_normalise() {
	sed -E -e 's/[0-9]{8}-[0-9]{6}-[0-9a-f]{4}/ID/g' \
	       -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/YYYY-MM-DD/g' \
	       -e 's/[0-9]{2}:[0-9]{2}(:[0-9]{2})?/HH:MM/g' \
	       -e 's/[0-9a-f]{8,}/ID/g' \
	       -e 's/[0-9]+ min(utes)?/N min/g'
}
# rl_golden_normalise: a transcript (Markdown, JSON, or the words anonymising
# left) with only what must differ from run to run made constant: round ids
# (ROUND-ID), dates (YYYY-MM-DD), clock times (HH:MM), times in ms since the
# epoch (MS), and the minutes a phase or the round took (N; the minutes
# planned stay).  Everything else must match the golden file to the byte.
rl_golden_normalise() {
	sed -E -e 's/[0-9]{8}-[0-9]{6}-[0-9a-f]{4}/ROUND-ID/g' \
	       -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/YYYY-MM-DD/g' \
	       -e 's/(^|[^0-9])[0-9]{2}:[0-9]{2}(:[0-9]{2})?($|[^0-9])/\1HH:MM\3/g' \
	       -e 's/(^|[^0-9])[0-9]{13}($|[^0-9])/\1MS\2/g' \
	       -e 's/ — [0-9]+ min/ — N min/' \
	       -e 's/^- Time: [0-9]+ min/- Time: N min/' \
	       -e 's/^([[:space:]]*"used_minutes":[[:space:]]*)[0-9]+/\1N/'
}

# rl_golden NAME: standard input, normalised, must equal tests/e2e/golden/NAME.
# With UPDATE_GOLDEN=1 in the environment it is written there instead (see
# tests/e2e/golden/README.md), and the test goes on.
rl_golden() {
	want="$SRCDIR/tests/e2e/golden/$1"
	rl_golden_normalise >"$TMPDIR/golden.got"
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$TMPDIR/golden.got" "$want" || rl_fail "cannot write $want"
		echo "golden: wrote $want" >&2
		return 0
	fi
	[ -f "$want" ] || rl_fail "no golden file $want (UPDATE_GOLDEN=1 writes it)"
	diff -u "$want" "$TMPDIR/golden.got" >&2 || rl_fail "$1 differs from its golden file"
}

# rl_golden_exports ID NAME: the round's Markdown and JSON exports, anonymised
# and not (and the words anonymising left, on standard error), against
# NAME.md, NAME.json, NAME.anon.md, NAME.anon.json and NAME.anon.stderr.
rl_golden_exports() {
	for f in md json; do
		"$RUCKSACK" --decks "$RL_DECKS" export "$1" --format $f >"$TMPDIR/x.$f" ||
			rl_fail "export --format $f failed"
		rl_golden "$2.$f" <"$TMPDIR/x.$f"
		"$RUCKSACK" --decks "$RL_DECKS" export --anonymise "$1" --format $f >"$TMPDIR/x.anon.$f" \
			2>"$TMPDIR/x.anon.stderr" || rl_fail "export --anonymise --format $f failed"
		rl_golden "$2.anon.$f" <"$TMPDIR/x.anon.$f"
	done
	rl_golden "$2.anon.stderr" <"$TMPDIR/x.anon.stderr"
}
trap rl_stop EXIT
