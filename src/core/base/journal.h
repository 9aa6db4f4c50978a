#ifndef RUCKSACK_JOURNAL_H
#define RUCKSACK_JOURNAL_H
/*
 * An append-only JSON Lines file that is on the disk before anyone is told it
 * is saved: each record is written whole with one write(), then fsync()ed.
 * Files are created 0600 in folders made 0700.  Used for rounds
 * (round/session.c) and for practice (practice/practice_store.c).  Files
 * are opened through fileio.h.
 */
#include <stdbool.h>

#include "core/base/diag.h"
#include "core/base/strv.h"

struct journal;

/* Opens (creating when absent, and then syncing its folder) path for
 * appending.  0, or -1 with an io diagnostic (and no file created). */
int journal_open(struct journal **out, const char *path, struct diags *d);
/* Appends one record (a line of JSON without its newline) and syncs it.
 * 0 when it is on the disk; -1 with an io diagnostic (disk full, read-only...)
 * in which case nothing partial is left behind that replay would misread. */
int journal_append(struct journal *j, const char *record, struct diags *d);
const char *journal_path(const struct journal *j);
void journal_close(struct journal *j);

/*
 * Reads every whole record of path into lines.  A last line that is torn (no
 * newline, or not a JSON object) is dropped, *torn is set and a warning is
 * added naming its line.  A torn line anywhere but the end is an error.
 * (Lines before the last are only checked to be {...}: the caller parses
 * each record anyway and must report one that does not parse.)
 * 0, or -1 with an io diagnostic.
 */
int journal_read(const char *path, struct strv *lines, bool *torn, struct diags *d);
/* The same, also giving each kept record's line number in the file (empty
 * lines are skipped, so they can differ from the index): *linenos is grown
 * alongside lines (start it NULL; free it). */
int journal_read_numbered(const char *path, struct strv *lines, int **linenos, bool *torn,
			  struct diags *d);

/* Writes all of lines to path atomically (atomic_write: temp file, fsync, rename);
 * 0, or -1 with an io diagnostic and path as it was. */
int journal_write_all(const char *path, const struct strv *lines, struct diags *d);

/* Test hook: fileio_set_fsync_hook, by the name the tests have always used. */
void journal_set_fsync_hook(int (*hook)(int fd));

#endif
