#ifndef RUCKSACK_ROUND_SETUP_H
#define RUCKSACK_ROUND_SETUP_H
/*
 * The setup of a round before it starts, decided without a screen: who is
 * present (in entry order), the seats previewed for them by seating_assign,
 * swaps the facilitator made on top of the preview, an optional seed and
 * facilitator name.  The setup screen (tui/view_setup.c) and `rucksack run
 * --people` both build a round through it, so both start the round with the
 * same rules.
 *
 * Seats follow the list: the flow's rules seat people in the order they are
 * listed (seating_assign).  So a swap exchanges the two people's places in
 * the list, and lasts through whatever is done after it: a person added
 * joins at the end (the "rest" role, when the flow lists it last), a person
 * removed leaves their place to whoever keeps the most seats as they were,
 * an optional role left empty and filled again goes back to who held it.
 * Whenever a change moves someone else's seat, rsetup_moved says whose, so
 * the screen can say so.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/diag.h"
#include "core/deck/model.h"
#include "core/round/session.h"
#include "core/base/strv.h"

struct rsetup {
	const struct doc *flow; /* borrowed */
	struct strv people;
	struct strv apologies; /* expected but absent, in entry order */
	int *seats;	    /* seats[people.n]: role index or -1; valid when seated */
	bool seated;	    /* false while there are too few people */
	size_t need;	    /* the fewest people the flow's required roles take */
	bool has_seed;
	uint64_t seed;
	char *facilitator; /* NULL: none given */
	char *case_ref, *question; /* NULL: none given (session_set_case trims them) */
	bool *empty;	    /* empty[n_roles]: optional roles the facilitator leaves empty */
	unsigned slot;	    /* the minutes the round is fitted to; 0: the flow's own */
	unsigned *minutes;  /* minutes[n_phases] fitted to slot (round_fit.h); NULL while slot is 0 */
};

/* A setup for flow with nobody present yet. */
void rsetup_init(struct rsetup *s, const struct doc *flow);
void rsetup_free(struct rsetup *s);

/*
 * Adds a person at the end.  The name is trimmed of surrounding blanks.
 * 0, or -1 with a message in d (and nothing changed) when the name is empty,
 * holds a control character, or is already present -- or reads the same as
 * someone present once case and accents are set aside ("Zoë", "zoë", "Zoe"),
 * since the room and the transcript could not tell them apart.  A name
 * listed under apologies is refused alike.
 */
int rsetup_add(struct rsetup *s, const char *name, struct diags *d);
/* Records apologies from someone expected but absent, by the same rules as
 * rsetup_add (not present, not listed twice, not alike). */
int rsetup_add_apology(struct rsetup *s, const char *name, struct diags *d);
/* rsetup_add_apology for each name of a comma-separated list (as rsetup_add_list). */
int rsetup_add_apologies(struct rsetup *s, const char *list, struct diags *d);
/* As rsetup_add_apologies, but a name already listed is taken off instead:
 * one key both records and corrects apologies. */
int rsetup_toggle_apologies(struct rsetup *s, const char *list, struct diags *d);
/* Puts people (an earlier round's group) in place of those listed, in their
 * order, by rsetup_add's rules (one listed under apologies is left out):
 * 0, or -1 with the names left out in d. */
int rsetup_take_group(struct rsetup *s, const struct strv *people, struct diags *d);
/* Takes apology i off the list (ignored when out of range). */
void rsetup_remove_apology(struct rsetup *s, size_t i);
/* Removes person i (ignored when out of range); their place in the list goes
 * to whoever moves the fewest other seats (no one, when i is last). */
void rsetup_remove(struct rsetup *s, size_t i);
/* Moves person i one place up (delta -1) or down (+1); returns their new place. */
size_t rsetup_move(struct rsetup *s, size_t i, int delta);
/* Swaps the seats of people a and b, by swapping their places in the list
 * (no-op unless seated). */
void rsetup_swap(struct rsetup *s, size_t a, size_t b);

/* Who sat where, kept before a change to say afterwards whose seat it moved. */
struct rsetup_snap {
	struct strv people;
	int *seats; /* NULL while not seated */
};
/* Keeps s's people and seats in out (free with rsetup_snap_free). */
void rsetup_snap(const struct rsetup *s, struct rsetup_snap *out);
void rsetup_snap_free(struct rsetup_snap *snap);
/*
 * The people present both before and now whose role has changed, with the
 * role each has now: "Dee is now Systemic mentor, Ben is now Observer".  NULL when no
 * one's has, or when there were no seats before or are none now (a first
 * seating, or too few people, is no move).  Caller frees.
 */
char *rsetup_moved(const struct rsetup *s, const struct rsetup_snap *before);

/*
 * Leaves optional role r empty (empty true) even when there are people
 * enough to fill it, or lets the flow's rules fill it again; its people go
 * to the "rest" role (or stay unseated when the flow has none).  Re-seats
 * everyone, as any change does.  Ignored for a role that is not optional.
 */
void rsetup_set_empty(struct rsetup *s, size_t r, bool empty);
/* True when optional role r is left empty by the facilitator. */
bool rsetup_is_empty(const struct rsetup *s, size_t r);
/*
 * The optional role the setup screen's o acts on with person sel selected,
 * for a flow with any number of optional roles: the role sel holds, if it
 * is optional (to leave it empty: *empty set true); else the first role left
 * empty (to fill it again: *empty false); else the one optional role someone
 * holds (to leave it empty).  -1 when there is none to act on: the flow has
 * no optional role, no one holds one (too few people), or several are held
 * and not by sel (select the person holding the one to leave empty).
 */
long rsetup_optional_target(const struct rsetup *s, size_t sel, bool *empty);
/* The flow's length in minutes: every timed phase, times its rounds (rounds 0: the flow's own). */
double rsetup_flow_minutes(const struct flow *f, unsigned rounds);

/*
 * Fits the round to a slot of slot minutes (round_fit_minutes: whole
 * minutes in proportion, untimed phases untimed); slot 0 goes back to the
 * flow's own minutes.  0, or -1 with a message in d (nothing changed) when
 * the slot is over ROUND_FIT_MAX_SLOT or the flow has no timed phase.
 */
int rsetup_fit(struct rsetup *s, unsigned slot, struct diags *d);
/* Phase i's planned minutes: fitted, or the flow's. */
double rsetup_phase_minutes(const struct rsetup *s, size_t i);
/* The round's planned length in minutes (every round): fitted, or the flow's. */
double rsetup_total_minutes(const struct rsetup *s);
/* Parses a slot as typed: whole minutes ("45"), "1h", "1h30" or "1:30"; empty is 0
 * (the flow's own).  0 and *out set, or -1. */
int rsetup_parse_slot(const char *text, unsigned *out);

/* How many people role r holds in the preview (0 while not seated). */
size_t rsetup_role_filled(const struct rsetup *s, size_t r);
/* Comma-separated list of the optional roles left empty; "" when none.  Caller frees. */
char *rsetup_unfilled(const struct rsetup *s);

/*
 * Parses a decimal seed (what the screen's seed field and --seed accept).
 * 0 and *out set, or -1 when text is not a whole number within 64 bits.
 */
int rsetup_parse_seed(const char *text, uint64_t *out);
/*
 * Adds each comma-separated name of list (as --people gives them).
 * 0, or -1 with every problem in d; names before the first bad one stay added.
 */
int rsetup_add_list(struct rsetup *s, const char *list, struct diags *d);

/*
 * Fills o for session_start from the setup: people, the previewed seats (so
 * swaps apply), seed, facilitator, case and question, and the minutes fitted
 * to the slot.  o borrows from s: keep s alive until
 * session_start returns.  -1 (o untouched) while too few people are present.
 */
int rsetup_opts(const struct rsetup *s, struct session_opts *o);

#endif
