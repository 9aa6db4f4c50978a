#ifndef RUCKSACK_SESSION_H
#define RUCKSACK_SESSION_H
/*
 * A live supervision round, event-sourced.  Every change is an event: it is
 * appended to the session's journal (journal.h, fsync'd) and then applied to
 * the in-memory state.  Resuming replays the journal through the very same
 * apply functions, so a resumed round is exactly where it was.
 *
 * When the journal cannot be written (full disk, read-only folder) the event
 * is still applied and kept in memory as pending: the mutator returns
 * SESSION_UNSAVED with an io diagnostic, and session_retry_save() or
 * session_save_as() writes the pending events later.  Nothing typed is lost
 * while the program runs.
 *
 * Journal records (one JSON object a line, "t" naming the type):
 *   start   {v, t, at, id, flow, flow_version, seed, rounds, facilitator, people[], decks{id:version}}
 *   seats   {t, at, round, seats[]}          role index per person, -1 unseated
 *   phase   {t, at, round, phase}            the current phase moved
 *   deal    {t, at, round, phase, person, deck, card, rng[4]}  person -1 = the table
 *   redeal  {t, at, index, deck, card, rng[4]}   dealt[index] withdrawn, new card in its place
 *   choose  {t, at, index|-1, person, round, phase, deck, card}   picked by hand
 *   entry   {t, at, id, note, round, phase, person, deck, card, text}
 *   edit    {t, at, id, text}
 *   delete  {t, at, id}
 *   end     {t, at}
 * `at` is milliseconds since the Unix epoch.  The start record also carries
 * flow_title, phases[] (phase ids) and roles[] (role ids), so a transcript can
 * be rebuilt from the journal alone when the flow file has moved; seed is
 * written as a decimal string (a JSON number cannot hold every 64-bit value)
 * and read back from either form.  A deal or redeal that had to reshuffle its
 * pile carries "reshuffled": true so replay refills the pile the same way.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "diag.h"
#include "strv.h"

enum session_status {
	SESSION_OK = 0,
	SESSION_UNSAVED = 1, /* applied in memory, not yet on disk */
	SESSION_INVALID = -1 /* refused: nothing changed */
};

/* A card in someone's hand, or on the table. */
struct dealt {
	size_t round, phase;
	int person; /* index into people; -1 = the table ("group") */
	char *deck, *card;
	bool withdrawn; /* replaced by a redeal or a hand choice */
	bool by_hand;
	int64_t at;
};

/* A reflection typed into the transcript, or a note outside the capture rule. */
struct entry {
	unsigned id; /* from 1, stable across edits */
	bool note;
	size_t round, phase;
	int person; /* -1: the group / no one in particular */
	char *deck, *card; /* the card it speaks to, or NULL */
	char *text;
	int64_t at, edited_at; /* edited_at 0 when never edited */
	unsigned revisions;	/* number of edits */
	bool deleted;
};

struct session {
	char *id;
	char *journal_path;
	const struct catalog *catalog; /* borrowed; outlives the session */
	const struct doc *flow;	       /* borrowed from catalog */
	char *flow_id, *flow_version;
	struct strv deck_ids, deck_versions; /* decks the flow deals from, as started */
	uint64_t seed;
	unsigned rounds;
	char *facilitator; /* may be NULL */
	struct strv people;
	int **seats; /* seats[round][person]: role index or -1 */
	size_t round, phase;
	bool *entered; /* entered[round * n_phases + phase]: its cards were dealt */
	struct dealt *dealt;
	size_t n_dealt, cap_dealt;
	struct entry *entries;
	size_t n_entries, cap_entries;
	unsigned next_entry_id;
	int64_t started_at, ended_at; /* ended_at 0 while running */
	struct strv pending; /* records not yet on disk */
	bool torn_tail;	     /* resumed from a journal whose last line was torn */
	struct dealer *dealer;
	struct journal *journal;
	/* Added by the session module (compatible extension): */
	char *flow_title;	  /* from the start record; the flow's id when absent */
	size_t n_phases;	  /* phases per round (the flow's, or the journal's) */
	struct strv phase_ids, role_ids; /* as started, for rebuilding without the flow */
	struct strv saved;	  /* records already on disk, in order (for save_as) */
	bool read_only;		  /* from session_load: mutators are refused */
};

struct session_opts {
	const char *flow_id;
	const struct strv *people;
	const int *seats; /* optional: an explicit seating for round 0 (from setup) */
	bool has_seed;
	uint64_t seed;
	unsigned rounds; /* 0: the flow's own */
	const char *facilitator;
	const char *dir; /* sessions folder; NULL: the default under XDG_DATA_HOME */
};

/* Starts a round: writes start and seats, enters phase 0 of round 0 (dealing its cards).
 * 0 (SESSION_OK); SESSION_UNSAVED when it runs but the journal could not be
 * written (io diagnostic; *out is set); -1 when refused (*out NULL). */
int session_start(struct session **out, const struct catalog *c, const struct session_opts *o,
		  struct diags *d);
/* Reopens a round from its journal.  The flow and decks come from c. */
int session_resume(struct session **out, const struct catalog *c, const char *journal_path,
		   struct diags *d);
void session_free(struct session *s);
/*
 * Rebuilds a round from its journal for reading only (transcripts, export):
 * c may be NULL, and a flow or deck missing from it is no error — titles then
 * fall back to ids.  The journal is not opened for writing; mutators refuse.
 */
int session_load(struct session **out, const struct catalog *c, const char *journal_path,
		 struct diags *d);
/* Test hook: the clock giving `at` (ms since the epoch).  NULL restores the real one. */
void session_set_clock(int64_t (*now_ms)(void));

/* Moves to (round, phase); entering one for the first time deals its cards,
 * and entering a new round first rotates the seats. */
enum session_status session_goto(struct session *s, size_t round, size_t phase, struct diags *d);
enum session_status session_next(struct session *s, struct diags *d); /* next phase, or next round's first */
enum session_status session_prev(struct session *s, struct diags *d);
/* Swaps two people's seats in the current round. */
enum session_status session_swap(struct session *s, size_t a, size_t b, struct diags *d);
/* Withdraws dealt[index] and deals its person a new card from the same deck and suit. */
enum session_status session_redeal(struct session *s, size_t index, struct diags *d);
/* Gives a card chosen by hand: replaces dealt[replace] (or adds one when replace is -1). */
enum session_status session_choose(struct session *s, long replace, int person, const char *deck,
				   const char *card, struct diags *d);
/* Adds a reflection or note; *id_out (may be NULL) receives its id. */
enum session_status session_add_entry(struct session *s, bool note, int person, const char *deck,
				      const char *card, const char *text, unsigned *id_out,
				      struct diags *d);
enum session_status session_edit_entry(struct session *s, unsigned id, const char *text, struct diags *d);
enum session_status session_delete_entry(struct session *s, unsigned id, struct diags *d);
enum session_status session_end(struct session *s, struct diags *d);

/* Writes the pending records to the journal. */
enum session_status session_retry_save(struct session *s, struct diags *d);
/* Writes the whole journal (saved and pending) to path and carries on there. */
enum session_status session_save_as(struct session *s, const char *path, struct diags *d);

/* Queries. */
const struct phase *session_phase(const struct session *s);
const struct role *session_role_of(const struct session *s, size_t person); /* NULL: unseated */
const struct doc *session_deck(const struct session *s, const char *deck_id);
struct entry *session_find_entry(struct session *s, unsigned id);

/* One line per round found in dir, newest first. */
struct session_info {
	char *id, *path, *flow_id;
	struct strv people;
	int64_t started_at, last_at;
	bool ended, torn;
	size_t n_entries;
};
/* A missing folder lists nothing; a file that is no round is skipped with a warning.
 * 0 always (kept int for future io errors). */
int session_list(const char *dir, struct session_info **out, size_t *n, struct diags *d);
/* Frees the n infos and the array itself. */
void session_info_free(struct session_info *v, size_t n);

#endif
