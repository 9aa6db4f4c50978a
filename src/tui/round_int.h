#ifndef RUCKSACK_ROUND_INT_H
#define RUCKSACK_ROUND_INT_H
/*
 * Inside the phase screen: its state, shared by view_round.c (drawing, keys,
 * moving) and round_write.c (reflections, notes, drafts).  Not for other
 * screens.
 */
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "app.h"
#include "core/round/session.h"
#include "round_phase.h"
#include "round_timer.h"
#include "scroll.h"

struct round {
	struct view v;
	struct session *s;
	struct rphase body;
	struct scroll sc;     /* the body's lines */
	size_t sel;	      /* the selected item's first line; body.t.n: none */
	struct rtimer timer;
	char shown[32];	      /* the timer's text at the last tick: a tick is due when it changes */
	size_t at_round, at_phase; /* where the timer was started */
	char *unsaved_why;    /* the last save error, while records are pending */
	char *transcript;     /* where the transcript is (written now, or found beside an ended round's journal) */
	time_t transcript_at; /* when it was written (the file's time) */
	struct strv where;    /* the round, phase and turn, laid out for the width (rphase_head) */
	int head;	      /* rows above the body */
	bool writing;	      /* an editor of this round is open */
};

/* Now on the clock the journal stamps its records with (session_time_ms), which the timers count on. */
int64_t round_now_ms(void);
/* Lays the body out again (after any change to the session) and keeps the selection. */
void round_refresh(struct round *r);
/* Says what a session call did: "saved" (what) only on SESSION_OK, the banner on
 * SESSION_UNSAVED, the reason on SESSION_INVALID.  Frees d's contents; returns R_REDRAW. */
int round_report(struct round *r, int st, struct diags *d, const char *what);
/* The selected card (index into s->dealt) or entry (into s->entries); -1 when another kind is selected. */
long round_selected(const struct round *r, enum rph_kind kind);

/* Opens the editor for what the phase asks (note false) or for a note. */
int round_write(struct round *r, bool note);
/* Opens the editor on the selected entry. */
int round_edit(struct round *r);
/* Asks, then deletes the selected entry. */
int round_delete(struct round *r);
/* Reopens the editor with the round's draft, if there is one; goes to its phase first. */
void round_restore_draft(struct round *r);

#endif
