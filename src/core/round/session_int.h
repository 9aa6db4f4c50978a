#ifndef RUCKSACK_SESSION_INT_H
#define RUCKSACK_SESSION_INT_H
/* Private to the session_*.c files: building, committing and applying records. */
#include <cjson/cJSON.h>

#include "core/round/session.h"

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

/* The deck doc for id in s's catalog, or NULL. */
const struct doc *session_deck_doc(const struct session *s, const char *id);

#endif
