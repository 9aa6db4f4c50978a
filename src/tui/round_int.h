#ifndef RUCKSACK_ROUND_INT_H
#define RUCKSACK_ROUND_INT_H
/*
 * Inside the phase screen: its state, shared by view_round.c (drawing, keys,
 * the timer), round_move.c (scrolling, selecting, stepping), round_cards.c
 * (reading and dealing cards), round_keep.c (saving, the transcript, ending,
 * leaving) and round_write.c (reflections, notes, drafts).  Not for other
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
	unsigned action_id;   /* the action its form changes; 0: a new one */
};

/* Lays the body out again (after any change to the session) and keeps the selection. */
void round_refresh(struct round *r);
/* Says what a session call did: "saved" (what) only on SESSION_OK, the banner on
 * SESSION_UNSAVED, the reason on SESSION_INVALID.  Frees d's contents; returns R_REDRAW. */
int round_report(struct round *r, int st, struct diags *d, const char *what);
/* The selected card (index into s->dealt) or entry (into s->entries); -1 when another kind is selected. */
long round_selected(const struct round *r, enum rph_kind kind);

/* Moving (round_move.c).  Rows the body has on screen (the "more" marker's row left out). */
size_t round_body_rows(const struct round *r);
/* Scrolls so that line i (and as much of its item as fits) is on screen. */
void round_show_line(struct round *r, size_t i);
/* Up, down, pages, top and bottom: moves the selection or scrolls. */
int round_move(struct round *r, enum action act);
/* The next or previous phase, or the next round (act ACT_PH_NEXT, _PREV, _ROUND). */
int round_step(struct round *r, enum action act);

/* Cards (round_cards.c).  The card the keys act on: the selected one, else the
 * phase's first new card, else the first in hand; -1: none. */
long round_card(const struct round *r);
/* Opens the card's own screen. */
int round_read_card(struct round *r);
/* Deals the selected card again. */
int round_redeal(struct round *r);
/* Opens the picker to choose a card by hand. */
int round_choose(struct round *r);

/* Keeping (round_keep.c).  Looks for the transcript beside the journal (r->transcript). */
void round_find_transcript(struct round *r);
/* Writes the transcript beside the journal and says where. */
int round_transcript(struct round *r);
/* Asks, then ends the round (an ended one: writes its transcript again). */
int round_end(struct round *r);
/* Writes what is pending. */
int round_retry(struct round *r);
/* Asks for a folder and carries on there. */
int round_save_as(struct round *r);
/* Asks, then leaves (the timer paused). */
int round_quit(struct round *r);
/* Before the screen closes: what is only in memory goes to the journal or a rescue copy. */
void round_rescue(struct round *r);

/* Who is here (round_people.c): asks for a late arrival's name, or who has left. */
int round_join(struct round *r);
int round_leave(struct round *r);

/* Writing (round_write.c).  Opens the editor for what the phase asks (note false) or for a note. */
int round_write(struct round *r, bool note);
/* Opens the editor for a text by person (-1 the group, SESSION_FACILITATOR). */
int round_write_as(struct round *r, bool note, int person);
/* The person numbered n + 1 speaks now: the editor opens for them. */
int round_speaker(struct round *r, size_t n);
/* Asks who: the selected text goes to them, or (none selected) the editor opens for them. */
int round_author(struct round *r);
/* Puts the selected card back in its pile. */
int round_put_back(struct round *r);
/* Opens the editor on the selected entry. */
int round_edit(struct round *r);
/* Asks, then deletes the selected entry. */
int round_delete(struct round *r);
/* Reopens the editor with the round's draft, if there is one; goes to its phase first. */
void round_restore_draft(struct round *r);

/* The case, the question, the actions, reopening (round_actions.c).  Opens the form
 * for the case and question. */
int round_case(struct round *r);
/* Opens the form for a new action. */
int round_action(struct round *r);
/* The selected action (round_selected(r, RPH_ACTION) >= 0): its form; asks, then deletes it. */
int round_action_edit(struct round *r);
int round_action_delete(struct round *r);
/* Asks, then reopens an ended round. */
int round_reopen(struct round *r);
/* Opens the action's or the case's form again with a draft of it (dr's kind
 * is not SESSION_DRAFT_TEXT), as typed before a crash or a quit. */
void round_restore_form(struct round *r, const struct session_draft *dr);

#endif
