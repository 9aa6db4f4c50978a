#ifndef RUCKSACK_PRACTICE_STORE_H
#define RUCKSACK_PRACTICE_STORE_H
/*
 * The practice journal: $XDG_DATA_HOME/rucksack/practice/journal.jsonl, an
 * append-only JSON Lines file (journal.h: one fsync'd write per record, a
 * torn last line dropped on reading).  Boxes and statistics are rebuilt from
 * it, so nothing else needs saving and a crash loses at most the answer
 * being written.  Records:
 *   {"v":1,"type":"answer","ts":T,"deck":D,"item":K,"suit":S,"card":C,
 *    "given_suit":S2,"given_card":C2|null,"suit_ok":b,"card_ok":b}
 *   {"v":1,"type":"written","ts":T,"deck":D,"card":C,"vignette":V,
 *    "text":Q,"on_target":b}
 * Records of other types or versions are skipped, for forward compatibility.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "journal.h"
#include "practice_sched.h"
#include "searchpath.h"
#include "strv.h"

struct practice_answer {
	int64_t ts;
	char *deck, *item, *suit, *card, *given_suit;
	char *given_card; /* NULL when the card was not asked */
	bool suit_ok, card_ok;
};

struct practice_written {
	int64_t ts;
	char *deck, *card, *vignette, *text;
	bool on_target;
};

/* Everything in a practice journal, in the order written.  Zeroed is empty. */
struct practice_log {
	struct practice_answer *a;
	size_t n_a, cap_a;
	struct practice_written *w;
	size_t n_w, cap_w;
};

/* One record as a line of JSON (no newline); fresh string. */
char *practice_answer_record(const struct practice_answer *a);
char *practice_written_record(const struct practice_written *w);

/* Adds the records in lines (from journal_read) to log.  A record missing a
 * field gets a warning naming file and line and is skipped. */
void practice_log_parse(struct practice_log *log, const struct strv *lines,
			const char *file, struct diags *d);
/* Reads path into log; a missing file is an empty log.  *torn as journal_read. 0 or -1. */
int practice_log_load(struct practice_log *log, const char *path, bool *torn,
		      struct diags *d);
/* Replays the answers for deck (every deck when NULL) into b, oldest first. */
void practice_log_boxes(const struct practice_log *log, const char *deck,
			struct practice_boxes *b);
void practice_log_free(struct practice_log *log);

/* The journal's path (its folder created 0700 when create); NULL + diagnostic. */
char *practice_journal_path(env_fn env, int create, struct diags *d);

/* An open practice journal with what it held when opened. */
struct practice_store {
	char *path;
	struct journal *journal;
	struct practice_log log;
};

/*
 * Opens the practice journal at path for a run: reads it into s->log, and
 * when its last line is torn (a crash mid-write) rewrites it atomically
 * without that line, so that new records follow whole ones and it stays
 * readable; then opens it for appending.  0, or -1 with a diagnostic.
 */
int practice_store_open(struct practice_store *s, const char *path, struct diags *d);
void practice_store_close(struct practice_store *s);

/* Writes the written questions for deck (every deck when NULL) as Markdown
 * for a supervision log, grouped by day; returns how many were written. */
size_t practice_export_markdown(FILE *out, const struct practice_log *log,
				const char *deck);

#endif
