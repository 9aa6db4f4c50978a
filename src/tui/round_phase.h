#ifndef RUCKSACK_ROUND_PHASE_H
#define RUCKSACK_ROUND_PHASE_H
/*
 * What the phase screen shows, laid out without curses so it can be tested
 * alone: the header lines (where the round is, whose turn, what is still to
 * be written) and the body, wrapped to the window: seats, guidance, prompts,
 * the cards in hand this round (to whom; those dealt in this phase marked
 * new), the reflections and notes of this phase, and the round's actions
 * agreed so far (from any phase).
 * Cards and entries are items the screen can select: each body line knows
 * the item it belongs to.  Names and texts are kept as typed; the drawing
 * helpers make control characters visible.
 */
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/round/session.h"
#include "tlines.h"

enum rph_kind {
	RPH_TEXT,  /* not an item */
	RPH_CARD,  /* index into s->dealt */
	RPH_ENTRY, /* index into s->entries */
	RPH_ACTION, /* index into the session's actions */
};

struct rph_ref {
	enum rph_kind kind;
	size_t index;
	bool first; /* the item's first line */
};

struct rphase {
	struct tlines t;
	struct rph_ref *refs; /* one per line of t */
	size_t refs_cap;
};

/* Lays out the body for the current round and phase of s in cols columns (replacing p's lines). */
void rphase_build(struct rphase *p, const struct session *s, size_t cols);
void rphase_free(struct rphase *p);
/* The line of the item after (dir +1) or before (dir -1) the one at line i, or i when none. */
size_t rphase_step(const struct rphase *p, size_t i, int dir);
/* The first line of the first item, or p->t.n when there is none. */
size_t rphase_first_item(const struct rphase *p);
/* The line where the item (kind, index) starts, or p->t.n when it is not shown. */
size_t rphase_find(const struct rphase *p, enum rph_kind kind, size_t index);

/* "Case: J (7) · Question: …", "Case: J (7)", "Question: …", or NULL when
 * neither was given; caller frees. */
char *rphase_case(const struct session *s);
/* An action as a line: "Check attendance — Ana, by Friday"; caller frees. */
char *rphase_action_label(const struct session *s, const struct round_action *a);
/* "Round 1 of 2 · phase 3 of 7"; caller frees. */
char *rphase_where(const struct session *s);
/* "Turn: Consultant — Zoë", "Turn: everyone", or NULL when the phase names nobody; caller frees. */
char *rphase_turn(const struct session *s);
/*
 * Where the round is and whose turn it is, as lines of at most cols columns
 * appended to out: "Round 1 of 2 · phase 3 of 7 · Turn: …" when it fits,
 * else the shorter "R1 · 3/7 · Turn: …", else that wrapped at spaces over
 * at most max lines (max 0 counts as 1), the last of which then holds
 * all that is left (the drawing cuts it with "…").  Returns how many lines.
 */
size_t rphase_head(const struct session *s, size_t cols, size_t max, struct strv *out);
/*
 * What the capture rule asks for now: "Write: one reflection for the group",
 * "Written: the group's reflection" ("Write: your reflection", "Written: your
 * reflection" in a flow for one person), "Write: 1 of 2 — next Ben", "Written: all 2",
 * "Nothing to write in this phase (n adds a note)".  Caller frees.
 */
char *rphase_capture(const struct session *s);
/*
 * An ended round's header line instead of what to write (nothing more can
 * be), the first that fits in cols columns: "Round ended: read only ·
 * export: rucksack export ID", "Ended, read only · rucksack export ID",
 * else "Ended, read only · rucksack export".  Caller frees.
 */
char *rphase_ended(const struct session *s, size_t cols);
/*
 * Where an ended round's transcript is: "Transcript: ID.md, written today
 * 21:03, in DIR" (another day: "24 Nov 2026 21:03"; the folder last, so
 * that a narrow window cuts the folder's end), with ", before the round
 * ended (t writes it again)" when written is older than the end; when that
 * much does not fit in cols, "Transcript written today 21:03" (", before
 * the end: t writes it again").  "No transcript yet (t writes it)" when path is NULL.  written
 * and now are seconds since the epoch, shown in local time.  Caller frees.
 */
char *rphase_transcript(const struct session *s, const char *path, time_t written, time_t now,
			size_t cols);
/* A card as a line: "Ben, Observer: Gender · Social GRACES", "Table: …"; caller frees. */
char *rphase_card_label(const struct session *s, const struct dealt *c);
/* The card's title, or its id when the deck or card is not on the search path (borrowed). */
const char *rphase_card_title(const struct session *s, const char *deck, const char *card);

#endif
