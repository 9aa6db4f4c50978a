#ifndef RUCKSACK_ROUND_TIMER_H
#define RUCKSACK_ROUND_TIMER_H
/*
 * The phase timer as the screen shows it, without curses and without a
 * clock of its own: every call takes "now" in milliseconds, so tests drive
 * it with made-up times.  Its state (length, time used, running or paused)
 * is the round's, kept by the journal (session_timer, session_clock_of):
 * the screen loads it here after every change.  It counts down; at zero it
 * asks once for the bell, then counts the overtime.  It never moves the
 * round on.  An untimed phase (length 0) has no timer: it shows nothing and
 * never asks to be woken.
 */
#include <stdbool.h>
#include <stdint.h>

struct rtimer {
	int64_t length_ms;  /* 0: untimed */
	int64_t used_ms;    /* time counted before started_at */
	int64_t started_at; /* when it last started running; -1 while paused */
	bool rang;	    /* the bell has gone off for this zero */
};

/*
 * Loads a phase's timer: length_ms (0 or less: untimed), used_ms counted
 * before started_at (-1: not running).  fresh: the screen showed another
 * phase's timer before (or none), so a timer already at or past zero counts
 * as rung: the bell is for reaching zero, not for coming back to it.
 * Otherwise the bell state is kept, and rings again at the new zero once a
 * minute more has brought it back before zero.
 */
void rtimer_load(struct rtimer *t, int64_t length_ms, int64_t used_ms, int64_t started_at,
		 int64_t now, bool fresh);
/* True when the phase has a timer. */
bool rtimer_timed(const struct rtimer *t);
/* True while counting (timed and not paused). */
bool rtimer_running(const struct rtimer *t);
/* Milliseconds left (negative: overtime). */
int64_t rtimer_left(const struct rtimer *t, int64_t now);
/* True once, the first time it is asked at or after zero: ring the bell now. */
bool rtimer_ring(struct rtimer *t, int64_t now);
/* Milliseconds until the shown time changes (the next whole second), or -1
 * when nothing will change (untimed or paused): the screen sleeps. */
long rtimer_wait_ms(const struct rtimer *t, int64_t now);
/*
 * What the screen shows, in buf (at least 32 bytes): "7:42", "0:00",
 * "+1:05 over"; "paused 7:42" while paused; "" when untimed.  Returns true
 * when it is overtime (the screen draws it as a warning).
 */
bool rtimer_text(const struct rtimer *t, int64_t now, char *buf, unsigned size);

#endif
