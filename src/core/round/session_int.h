#ifndef RUCKSACK_SESSION_INT_H
#define RUCKSACK_SESSION_INT_H
/* Private to the session_*.c files: the round's state (struct session, opaque
 * elsewhere: session.h's queries read it), and building, committing and
 * applying records. */
#include <cJSON.h>

#include "core/round/session.h"

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
	bool rewrite_first;	  /* torn on disk: rewrite it whole before appending */
	bool draft_stale;	  /* the draft's text was committed but is still pending */
	struct session_clock *clocks; /* clocks[round * n_phases + phase]: its timer */
	struct strv moved_pending; /* old journals whose pointer here (ID.moved) is still to be written */
	char *draft_unsaved; /* the draft's record when it could not be written (session_rescue takes it) */
	struct strv rescue_dirs; /* set by the caller (session_rescue_dirs): where a pointer goes when
				  * the old folder cannot take it; may be empty */
	struct lockfile **locks; /* held while the round is open, one per place it lived (session_open_elsewhere) */
	size_t n_locks;
	int64_t last_at;	 /* the latest record's `at` */
	struct strv apologies; /* expected but absent, from the start record */
	int64_t *joined_at, *left_at; /* per person (n_presence of them): 0 from the start / here now */
	size_t n_presence;
	struct session_away { size_t person; int64_t left, back; } *away; /* each time someone left */
	size_t n_away;
	bool bell_off;	     /* at zero the screen flashes instead of ringing (the last "bell" record) */
	/* The case, the question and the actions (session_case.c, session_actions.c): */
	char *case_ref, *question; /* NULL: none given */
	struct round_action *actions;	   /* in id order */
	size_t n_actions, cap_actions;
	unsigned next_action_id;   /* 0 until the first action: 1 */
	int64_t first_ended_at;	   /* the first end, once reopened; 0 otherwise */
	/* Records are told apart by place, not time: two can share a millisecond. */
	size_t seq;		   /* records applied so far: the latest one's place, from 1 */
	size_t ended_seq;	   /* the place of the latest "end" record */
	size_t first_end_seq;	   /* the place of the first end, once reopened; 0 otherwise */
	int64_t reopened_at;	   /* the latest reopen; 0: never */
	double *planned;     /* planned[phase]: its minutes as started (the start record's minutes[],
			      * else the flow's); NULL when neither is known */
};

/* More rounds than this is a damaged record, not a supervision. */
#define SESSION_MAX_ROUNDS 1000

/* The worse of two statuses: INVALID over UNSAVED over OK. */
int session_worst(int a, int b);

/* A new record {"t": type, "at": now}. */
cJSON *session_rec_new(const char *type);
/* Adds "rng": the dealer's state as four decimal strings. */
void session_rec_add_rng(cJSON *rec, const struct dealer *dl);

/* Appends rec (consumed) to the journal — or to pending when that fails or
 * earlier records are still pending — then applies it.  SESSION_OK or
 * SESSION_UNSAVED. */
enum session_status session_commit(struct session *s, cJSON *rec, struct diags *d);
/* Adds why as a schema error at s's journal; SESSION_INVALID, for a caller
 * refusing a change before anything is journalled. */
enum session_status session_refuse(struct session *s, struct diags *d, const char *why);

/* Applies one record to the state; file/line name it in errors.  0 or -1. */
int session_apply(struct session *s, const cJSON *rec, const char *file, int line,
		  struct diags *d);

/* Applies a "timer" record (session_timer.c). */
int session_timer_apply(struct session *s, const cJSON *rec, const char *file, int line,
			struct diags *d);
/* Applies a "bell" record (session_timer.c). */
int session_bell_apply(struct session *s, const cJSON *rec, const char *file, int line,
		       struct diags *d);
/* The current phase's timer stops counting at `at` (the phase is left, or the round ends). */
void session_clock_leave(struct session *s, int64_t at);
/* The current phase's timer counts from `at`, unless it was paused by hand. */
void session_clock_enter(struct session *s, int64_t at);

/* Whether p can be an entry's author: a person, the group (-1) or SESSION_FACILITATOR. */
bool session_author_ok(const struct session *s, long long p);
/* Applies a "credit" or a "putback" record (session_credit.c). */
int session_credit_apply(struct session *s, const cJSON *rec, const char *file, int line,
			 struct diags *d);
int session_putback_apply(struct session *s, const cJSON *rec, const char *file, int line,
			  struct diags *d);
/* Withdraws dealt[index] and puts its card back in the pile (session_apply.c). */
void session_withdraw(struct session *s, size_t index);
/* Apply "case", "reopen" (session_case.c), "action", "action_edit" and
 * "action_delete" records (session_actions.c). */
int session_case_apply(struct session *s, const cJSON *rec, const char *file, int line,
		       struct diags *d);
int session_reopen_apply(struct session *s, const cJSON *rec, const char *file, int line,
			 struct diags *d);
int session_action_apply(struct session *s, const cJSON *rec, const char *file, int line,
			 struct diags *d);
int session_action_edit_apply(struct session *s, const cJSON *rec, const char *file, int line,
			      struct diags *d);
int session_action_delete_apply(struct session *s, const cJSON *rec, const char *file, int line,
				struct diags *d);
/* Frees the case, the question and the actions. */
void session_actions_free(struct session *s);
/* Every card of a record's "deals" (if it has them) names a person, deck and card. */
bool session_deals_ok(const struct session *s, const cJSON *deals);
/* Takes the cards of r's "deals" (dealt in the current phase, at `at`) and
 * its "rng" (the generator after them), as the live draws left them. */
void session_apply_deals(struct session *s, const cJSON *r, int64_t at);
/* The cards of (round, phase) for whoever of people [from, to) (-1: the
 * table) its deals go to, by round's seats, drawn now, as a record's
 * "deals" (session_ops.c). */
cJSON *session_deal_phase_to(struct session *s, size_t round, size_t phase, long from, long to,
			     struct diags *d);
/* Applies a "join", "leave" or "back" record (session_attend.c). */
int session_join_apply(struct session *s, const cJSON *rec, const char *file, int line,
		       struct diags *d);
int session_back_apply(struct session *s, const cJSON *rec, const char *file, int line,
		       struct diags *d);
int session_leave_apply(struct session *s, const cJSON *rec, const char *file, int line,
			struct diags *d);

/* A seats record for round (n people). */
cJSON *session_seats_record(size_t round, const int *seats, size_t n);

/* Writes the pending records (opening the journal first if needed); true
 * when nothing is left pending.  Failures add io diagnostics. */
bool session_flush(struct session *s, struct diags *d);

/* Replays lines (the journal's records; linenos[i] is line i's number in the
 * file, or NULL for i + 1) into a fresh session. */
int session_replay(struct session **out, const struct catalog *c, const char *path,
		   const struct strv *lines, const int *linenos, struct diags *d);

/* Record field readers: absent or mistyped fields give the fallback. */
const char *session_get_str(const cJSON *o, const char *key);
long long session_get_int(const cJSON *o, const char *key, long long fallback);
uint64_t session_get_u64(const cJSON *o, const char *key);

/* Writes the draft kept in memory (s->draft_unsaved) beside journal (and
 * forgets it when that is the round's own journal).  0 (also when there is
 * none) or -1 with an io diagnostic. */
int session_draft_write_unsaved(struct session *s, const char *journal, struct diags *d);

/* Removes the draft if its text was committed while unsaved (and so is now
 * on the disk with the rest). */
void session_draft_clear_saved(struct session *s);

/* The absolute path under key in the pointer beside journal (its sibling ext), or NULL when
 * there is none or it cannot be read; caller frees. */
char *session_pointer_read(const char *journal, const char *ext, const char *key);
/* Writes the pointer beside journal (its sibling ext) holding target under key, atomically.
 * 0, or -1 with an io diagnostic. */
int session_pointer_write(const char *journal, const char *ext, const char *key,
			  const char *target, struct diags *d);
/* The same, saying which journal it stands for ("for": origin) when it is
 * not the one it is beside (a pointer kept in a rescue folder); origin may be NULL. */
int session_pointer_write_for(const char *journal, const char *ext, const char *key,
			      const char *target, const char *origin, struct diags *d);
/* The round has just moved from old to s->journal_path: no pointer away
 * from its new place, and one at old leading here (a warning, and it is
 * kept in s->moved_pending, when it cannot be written). */
void session_moved_from(struct session *s, const char *old, struct diags *d);
/* Whether paths a and b name the same file (one can be spelt two ways). */
bool session_same_file(const char *a, const char *b);
/* dir made (0700, parents too) and fit for a rescue: a real folder, ours,
 * closed to others.  0, or -1 with an io diagnostic. */
int session_rescue_folder(const char *dir, struct diags *d);
/* Writes the pointers in s->moved_pending that can be written now (quietly). */
void session_moved_retry(struct session *s);

/* Takes the lock of journal (session_lock.c): 0 with *out held (NULL when
 * the journal's folder cannot hold a lock file), or -1 with an error saying
 * the round is open in another window (its pid when known). */
int session_lock_take(const char *journal, struct lockfile **out, struct diags *d);
/* Keeps l (NULL: nothing) among the locks s holds until it is freed. */
void session_lock_keep(struct session *s, struct lockfile *l);
/* Holds journal's lock for s (taking it unless s holds it already): 0, or -1 as session_lock_take. */
int session_lock(struct session *s, const char *journal, struct diags *d);
/* Lets go of the locks s took after its first keep (all of them for 0). */
void session_unlock_from(struct session *s, size_t keep);
/* Lets go of the lock at an old place of the round (never the one where it
 * lives now), when that place is removed (a rescue copy gone back home). */
void session_unlock_at(struct session *s, const char *journal);

/* Who presented (session_presenters.c): the index of the role "presenter"
 * in role_ids, or -1; those s seated in it in any round, added to
 * si->presenters; those a seats record (rec) puts in role, of si's people. */
long session_presenter_role(const struct strv *role_ids);
void session_presenters_of(struct session_info *si, const struct session *s);
void session_presenters_seats(struct session_info *si, long role, const cJSON *rec);

/* session_find_entry, for changing it (session_apply). */
struct entry *session_entry_by_id(struct session *s, unsigned id);

/* The deck doc for id in s's catalog, or NULL. */
const struct doc *session_deck_doc(const struct session *s, const char *id);

#endif
