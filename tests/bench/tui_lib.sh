# Helpers for the benchmarks of the full-screen program (sourced by
# bench_keystroke.sh and bench_idle.sh).  Each run is the real binary in its
# own private tmux server (-L) at a fixed size, in a UTF-8 locale, with a
# scratch HOME and no data folder of an installed copy on the search path
# (RUCKSACK_DATADIR points into the scratch folder), and waits by polling
# (the screen, or the process in /proc), never by a bare fixed sleep.  What
# the process used is read from /proc.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
: "${SRCDIR:=$(pwd)}"
command -v tmux >/dev/null 2>&1 || {
	echo "could not run: no tmux (sh tests/deps.sh test installs it)" >&2
	exit 1
}
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1

BT_TMP=$(mktemp -d)
export HOME="$BT_TMP/home" XDG_DATA_HOME="$BT_TMP/data" XDG_DATA_DIRS="$BT_TMP/none" RUCKSACK_PATH="" \
	RUCKSACK_DATADIR="$BT_TMP/datadir"
mkdir -p "$HOME"
BT_SOCKS=""
BT_WAIT=${BT_WAIT:-30}

bt_cleanup() {
	for s in $BT_SOCKS; do
		tmux -L "$s" kill-server 2>/dev/null || true
		rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$s" # killed, tmux leaves its socket
	done
	rm -rf "$BT_TMP"
}
trap bt_cleanup EXIT
trap 'exit 1' INT TERM HUP

# bt_start NAME COLS ROWS CMD...: CMD (a shell command line) in a new tmux
# server named after NAME, in a window of that size.
bt_start() {
	name=$1 cols=$2 rows=$3; shift 3
	sock="bench$$-$name"
	BT_SOCKS="$BT_SOCKS $sock"
	tmux -L "$sock" -f /dev/null new-session -d -s t -x "$cols" -y "$rows" \
		"$*; printf '\r\nEXITED-%s\n' \$?; sleep 600" || bt_fail "$name" "tmux could not start"
}

bt_tmux() { name=$1; shift; tmux -L "bench$$-$name" "$@"; }
bt_screen() { bt_tmux "$1" capture-pane -p -t t 2>/dev/null; }
bt_fail() { echo "could not run: $2" >&2; bt_screen "$1" | sed 's/^/    | /' >&2; exit 1; }

# bt_wait NAME TEXT: until TEXT (a fixed string) is on NAME's screen.
bt_wait() {
	n=$((BT_WAIT * 20))
	while [ "$n" -gt 0 ]; do
		bt_screen "$1" | grep -qF -- "$2" && return 0
		sleep 0.05; n=$((n - 1))
	done
	bt_fail "$1" "waited for \"$2\""
}

# bt_pid NAME: the process inside the pane (rucksack, or valgrind running it).
bt_pid() {
	shell=$(bt_tmux "$1" display -p -t t '#{pane_pid}')
	pgrep -P "$shell" | head -n 1
}

# bt_cpu_ns PID: CPU time the process has used so far, in nanoseconds: the
# scheduler's own count when the kernel keeps it, else utime+stime in ticks.
bt_cpu_ns() {
	if [ -r "/proc/$1/schedstat" ]; then
		read -r ns _ <"/proc/$1/schedstat"
		echo "$ns"
	else
		awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f\n", ($12 + $13) * 1e9 / hz }' \
			"/proc/$1/stat"
	fi
}

# bt_switches PID: "VOLUNTARY INVOLUNTARY", the context switches so far.  A
# voluntary one is the process going back to sleep: one a wakeup.  An
# involuntary one is the process made to give way while it runs (to tmux,
# say, woken by what it draws): no wakeup of its own.
bt_switches() {
	awk '/^voluntary_ctxt_switches/ { v = $2 } /^nonvoluntary_ctxt_switches/ { n = $2 }
	     END { print v, n }' "/proc/$1/status"
}

# bt_io PID: sets bt_r and bt_w, the bytes the process has read and written.
bt_io() {
	bt_r=0 bt_w=0
	while read -r k v; do
		case $k in
		rchar:) bt_r=$v ;;
		wchar:) bt_w=$v ;;
		esac
	done <"/proc/$1/io"
}

# bt_waiting PID: the process sleeps in poll or select (its loop waiting for
# input or the next tick, or curses waiting for the rest of a key).
bt_waiting() {
	w=""
	read -r w <"/proc/$1/wchan" || true # no newline at its end
	case $w in
	*poll* | *select*) return 0 ;;
	"" | 0) ;; # hidden by the kernel: the state has to do
	*) return 1 ;;
	esac
	read -r _ _ st _ <"/proc/$1/stat"
	[ "$st" = S ]
}

# bt_ms: milliseconds since the epoch (for wall time only, never a figure's test).
bt_ms() { date +%s%3N; }
