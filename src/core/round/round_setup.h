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
 * removed leaves their place to whoever keeps the most seats as they were.
 * Optional roles hold only whom the facilitator seats in them (rsetup_place).
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
	size_t need;	    /* the fewest people: the required roles', and those seated by choice */
	bool has_seed;
	uint64_t seed;
	char *facilitator; /* NULL: none given */
	char *case_ref, *question; /* NULL: none given (session_set_case trims them) */
	struct strv *placed; /* placed[n_roles]: who the facilitator seated in each optional role */
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
 * Optional roles (a systemic mentor, a process observer) are filled only by
 * choice: the facilitator seats a person present in one, and the rules seat
 * everyone else around them.  rsetup_place seats person p in optional role
 * r, or (r -1) takes them out of it, back to the seats the list gives.
 * 0, or -1 with a message in d (nothing changed) when r is not an optional
 * role with a fixed count, or is held by as many as its count already.
 * A swap passes the chosen seat on with the place; a person removed frees it.
 */
int rsetup_place(struct rsetup *s, size_t p, long r, struct diags *d);
/* The optional role person p was seated in by choice, or -1. */
long rsetup_placed_role(const struct rsetup *s, size_t p);
/* The optional role the setup screen's o moves person p to: the next one
 * after theirs, in the flow's order, with room left; -1 when none is left
 * (o takes them back out). */
long rsetup_next_optional(const struct rsetup *s, size_t p);
/* True when the flow has a role rsetup_place can seat someone in. */
bool rsetup_has_optional(const struct rsetup *s);
/* rsetup_place for each comma-separated "ROLE=NAME" of list (run --seat):
 * ROLE an optional role's id, NAME someone present.  0, or -1 with every
 * problem in d. */
int rsetup_place_list(struct rsetup *s, const char *list, struct diags *d);
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
 * Adds each comma-separated name of list (as --people gives them); a line
 * break separates names too (a pasted column of names).
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
