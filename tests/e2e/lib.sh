# Helpers for the end-to-end tests of the full-screen program (sourced by
# tests/e2e/test_*.sh; round_lib.sh sources it too).  Each test drives the
# real binary in its own private tmux server (-L) at a fixed size, in a
# UTF-8 locale, and waits by polling the screen for text, never by sleeping
# a fixed time.  The pane's shell records the terminal's settings before and
# after the program (ui_tty_restored) and prints EXITED-<status> when it ends.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
: "${SRCDIR:?set SRCDIR to the repository root}"
: "${TMPDIR:=/tmp}"

UI_N=0
UI_SOCK="ui$$-0"
UI_DECKS=${UI_DECKS:-"$SRCDIR/tests/data/tui/decks"} # a test may set its own before sourcing
UI_WAIT=${UI_WAIT:-10}

ui_tmux() { tmux -L "$UI_SOCK" "$@"; }
ui_stop() { ui_tmux kill-server 2>/dev/null || true; }
ui_screen() { ui_tmux capture-pane -p -t t 2>/dev/null; }
ui_dump() { echo "--- screen ---"; ui_screen; echo "--------------"; }
ui_fail() { echo "FAIL: $*" >&2; ui_dump >&2; ui_stop; exit 1; }

# ui_start COLS ROWS [NAME=VALUE...] [-- ARGS...]: the binary in a new tmux
# session of that size, on the fixture decks, with that environment and
# arguments.
ui_start() {
	cols=$1 rows=$2; shift 2
	envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	[ $# -gt 0 ] && shift
	rm -f "$TMPDIR/tty.before" "$TMPDIR/tty.after"
	ui_stop
	UI_N=$((UI_N + 1)) UI_SOCK="ui$$-$UI_N" # a new server: the old one may still be going
	ui_tmux -f /dev/null new-session -d -s t -x "$cols" -y "$rows" \
		"stty -g >'$TMPDIR/tty.before'; env LANG=C.UTF-8 LC_ALL=C.UTF-8 $envs \
		 '$RUCKSACK' --decks '$UI_DECKS' $*; printf '\r\nEXITED-%s\n' \$?; \
		 stty -g >'$TMPDIR/tty.after'; sleep 600" || ui_fail "tmux could not start"
}

ui_keys() { ui_tmux send-keys -t t "$@"; }
# Typed text, sent literally (UTF-8 included).
ui_type() { ui_tmux send-keys -t t -l -- "$1"; }
ui_resize() { ui_tmux resize-window -t t -x "$1" -y "$2"; }

# ui_wait TEXT [SECONDS]: until TEXT (a fixed string) is on screen.
ui_wait() {
	n=$(( ${2:-$UI_WAIT} * 10 ))
	while [ "$n" -gt 0 ]; do
		ui_screen | grep -qF -- "$1" && return 0
		sleep 0.1; n=$((n - 1))
	done
	ui_fail "waited for \"$1\""
}

# ui_gone TEXT [SECONDS]: until TEXT is no longer on screen.
ui_gone() {
	n=$(( ${2:-$UI_WAIT} * 10 ))
	while [ "$n" -gt 0 ]; do
		ui_screen | grep -qF -- "$1" || return 0
		sleep 0.1; n=$((n - 1))
	done
	ui_fail "\"$1\" stayed on screen"
}

# ui_grab REGEX: the first text on screen matching REGEX (extended), or nothing.
ui_grab() { ui_screen | grep -oE -- "$1" | head -n 1; }

# ui_wait_any TEXT...: until one of the texts is on screen; prints which.
ui_wait_any() {
	n=$((UI_WAIT * 10))
	while [ "$n" -gt 0 ]; do
		scr=$(ui_screen)
		for t in "$@"; do
			case "$scr" in *"$t"*) printf '%s\n' "$t"; return 0 ;; esac
		done
		sleep 0.1; n=$((n - 1))
	done
	ui_fail "waited for any of: $*"
}

# ui_mark, then keys, then ui_same: those keys changed nothing on screen.
# Keys are read in order, so once the help that ui_same opens is up, every
# key before it has been dealt with.
ui_mark() { ui_screen >"$TMPDIR/ui.mark"; }
ui_same() {
	ui_keys '?'; ui_wait "Keys on this screen"
	ui_keys Escape; ui_gone "Keys on this screen"
	ui_screen >"$TMPDIR/ui.now"
	diff "$TMPDIR/ui.mark" "$TMPDIR/ui.now" >&2 || ui_fail "${1:-the screen changed}"
}

# ui_home_open ABOUT: on the home screen, selects the entry whose description
# (shown under the menu while it is selected) holds ABOUT, and opens it: an
# entry is found by what it says, not by its place on the menu.
ui_home_open() {
	ui_wait "Quit"
	n=0
	until ui_screen | grep -qF -- "$1"; do
		n=$((n + 1)); [ $n -gt 9 ] && ui_fail "no home entry saying \"$1\""
		before=$(ui_screen)
		ui_keys Down
		t=$((UI_WAIT * 10))	# until the selection has moved
		while [ "$(ui_screen)" = "$before" ] && [ $t -gt 0 ]; do sleep 0.1; t=$((t - 1)); done
	done
	ui_keys Enter
}

# ui_pid: the rucksack process inside the pane.
ui_pid() {
	shell=$(ui_tmux display -p -t t '#{pane_pid}')
	pgrep -P "$shell" -x rucksack
}

# ui_tty_restored: once the program has ended, the terminal's settings are as before.
ui_tty_restored() {
	n=$((UI_WAIT * 10))
	while [ ! -s "$TMPDIR/tty.after" ] && [ "$n" -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
	[ -s "$TMPDIR/tty.before" ] || ui_fail "no terminal settings recorded"
	cmp -s "$TMPDIR/tty.before" "$TMPDIR/tty.after" || ui_fail "terminal settings not restored"
}
trap ui_stop EXIT
