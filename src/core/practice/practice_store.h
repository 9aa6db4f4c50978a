#ifndef RUCKSACK_PRACTICE_STORE_H
#define RUCKSACK_PRACTICE_STORE_H
/*
 * src/core/practice: practising alone (rucksack practice, the practice
 * screens).  Depends on deck and base, never on round: a drill is not a
 * round.  Its files:
 *   practice_store   the practice journal everything is rebuilt from (here)
 *   practice_setup   what a run is asked to be, and whether decks allow it
 *   Name it:  practice_items (the questions), _sched (Leitner boxes and the
 *             run's queue), _score, _drill (the run as a state machine),
 *             _summary (its words for the screens)
 *   Write it: practice_deal (the exercise), _flow (its steps), _write (the
 *             questions and marks), _writer (the run as a state machine)
 *   practice_stats, _export   progress over time; the Markdown export
 */
/*
 * The practice journal: $XDG_DATA_HOME/rucksack/practice/journal.jsonl, an
 * append-only JSON Lines file (journal.h: one fsync'd write per record, a
 * torn last line dropped on reading).  Boxes and statistics are rebuilt from
 * it, so nothing else needs saving and a crash loses at most the answer
 * being written.  Records:
 *   {"v":1,"type":"answer","ts":T,"deck":D,"item":K,"suit":S,"card":C,
 *    "given_suit":S2,"given_card":C2|null,"suit_ok":b,"card_ok":b,"retry":b,
 *    "named":C3|null,"also":b}
 * ("retry": the item was asked again in the run that missed it; absent is false;
 * "named": the card the answer named, also where the suit had one card and it
 * was not asked; "also": the answer was right because the example lists C3 in
 * its "also", so suit_ok and card_ok are true though C3 is not C; both absent
 * in records written before they were kept, read as null and false)
 *   {"v":1,"type":"written","ts":T,"deck":D,"card":C,"vignettes":VD,
 *    "vignette":V,"id":I,"text":Q,"on_target":null}
 *   {"v":1,"type":"mark","ts":T,"deck":D,"id":I,"on_target":b}
 *   {"v":1,"type":"note","ts":T,"deck":D,"card":C,"vignettes":VD,
 *    "vignette":V,"flow":F,"step":P,"id":I,"text":N}
 * ("note": text written at a step of a solo flow that is neither writing nor
 * checking questions (practice_flow.h), such as what the mentor noticed;
 * F the flow's id, P the phase's id, D/C and VD/V the exercise's target card
 * and vignette, I "<exercise>-n<k>" as question ids; readers that predate
 * it skip it as a record of another type)
 * A question is written to the journal as soon as it is saved in the editor
 * (unmarked, on_target null), and each mark the mentor gives it later is a
 * "mark" record naming its id (the last one counts), so nothing written is
 * lost to a crash before marking.  A "written" record with a boolean
 * on_target and no id or vignettes (the first format) is read as already
 * marked, its vignette from the deck "vignettes".
 * Records of other types or versions are skipped, for forward compatibility.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/deck/catalog.h"
#include "core/base/diag.h"
#include "core/base/journal.h"
#include "core/practice/practice_sched.h"
#include "core/deck/searchpath.h"
#include "core/base/strv.h"

struct practice_answer {
	int64_t ts;
	char *deck, *item, *suit, *card, *given_suit;
	char *given_card; /* NULL when the card was not asked */
	char *named;	  /* the card the answer named (given_card, or the given
			     suit's only card); NULL in records before it was kept */
	bool suit_ok, card_ok;
	bool retry;	  /* asked again in the run that missed it */
	bool also;	  /* right because the example also accepts named */
};

/* The mentor's own mark on a question they wrote. */
enum practice_mark {
	MARK_NONE,	/* not marked yet */
	MARK_ON_TARGET,
	MARK_NOT_YET,
};

struct practice_written {
	int64_t ts;
	char *deck, *card, *text;
	char *vignettes, *vignette; /* the vignette's deck and card */
	char *id; /* NULL in records of the first format */
	enum practice_mark mark;
};

/* A note written at a step of a solo flow. */
struct practice_note {
	int64_t ts;
	char *deck, *card, *vignettes, *vignette, *flow, *step, *id, *text;
};

/* Everything in a practice journal, in the order written.  Zeroed is empty. */
struct practice_log {
	struct practice_answer *a;
	size_t n_a, cap_a;
	struct practice_written *w;
	size_t n_w, cap_w;
	struct practice_note *notes;
	size_t n_notes, cap_notes;
};

/* One record as a line of JSON (no newline); fresh string. */
char *practice_answer_record(const struct practice_answer *a);
char *practice_written_record(const struct practice_written *w);
/* A "mark" record: the question id of deck now has mark m (not MARK_NONE). */
char *practice_mark_record(int64_t ts, const char *deck, const char *id, enum practice_mark m);
char *practice_note_record(const struct practice_note *n);

/* Adds the records in lines (from journal_read_numbered, whose line numbers
 * are linenos; NULL: counted from 1) to log.  A record missing a field, or a
 * mark for a question that is not there, gets a warning naming file and line
 * and is skipped. */
void practice_log_parse(struct practice_log *log, const struct strv *lines,
			const int *linenos, const char *file, struct diags *d);
/* Reads path into log; a missing file is an empty log.  *torn as journal_read. 0 or -1. */
int practice_log_load(struct practice_log *log, const char *path, bool *torn,
		      struct diags *d);
/* Replays the answers for deck (every deck when NULL) into b, oldest first. */
void practice_log_boxes(const struct practice_log *log, const char *deck,
			struct practice_boxes *b);
void practice_log_free(struct practice_log *log);

/* The journal's path (its folder created 0700 when create); NULL + diagnostic. */
char *practice_journal_path(env_fn env, int create, struct diags *d);
/* The lock file of the journal at path: its sibling .lock; caller frees. */
char *practice_lock_path(const char *path);

/* An open practice journal with what it held when opened. */
struct practice_store {
	char *path;
	struct journal *journal;
	bool locked; /* holds (a share of) this process's lock on the journal: one window at a time */
	struct practice_log log;
};

/*
 * Opens the practice journal at path for a run: reads it into s->log, and
 * when its last line is torn (a crash mid-write) rewrites it atomically
 * without that line, so that new records follow whole ones and it stays
 * readable; then opens it for appending.  0, or -1 with a diagnostic.
 * One window at a time: the journal is locked (lockfile.h, on journal.lock
 * beside it) from before it is read until practice_store_close, and an
 * open from another process is refused with "practice is open in another
 * window (pid N)".  Stores of one process share the lock (the write flow
 * opens the drill's inside its own); such a store never rewrites the file.
 */
int practice_store_open(struct practice_store *s, const char *path, struct diags *d);
void practice_store_close(struct practice_store *s);

/* An export's output file out must not be a file of the practice store
 * whose journal is journal (NULL: no store): the journal or anything else in
 * its folder, compared by device and inode (a link or another spelling is
 * refused too).  0, or -1 with an error naming the file it is. */
int practice_output_refuse(const char *out, const char *journal, struct diags *d);

/* Writes the written questions and notes for deck (every deck when NULL) as
 * Markdown for a supervision log, in time order grouped by local day and by
 * exercise, each exercise with its time, card and vignette, each question
 * with its mark, each note with its step; titles are looked up in cat (may
 * be NULL: ids only).  Returns how many questions and notes were written. */
size_t practice_export_markdown(FILE *out, const struct practice_log *log,
				const char *deck, const struct catalog *cat);
/* An export to be written by a callee that opens the file (atomic_write's
 * fn, or cli/cmd_output.h's): the arguments of practice_export_markdown. */
struct practice_export_job {
	const struct practice_log *log;
	const char *deck;
	const struct catalog *cat;
};
/* practice_export_markdown of job (a struct practice_export_job) into f;
 * 0, or -1 when f has an error. */
int practice_export_job_write(FILE *f, void *job);
/* The same written to path atomically (temporary file, synced, renamed;
 * mode 0600).  0, or -1 with an io diagnostic (the file is left as it was). */
int practice_export_file(const char *path, const struct practice_log *log,
			 const char *deck, const struct catalog *cat, struct diags *d);

#endif
