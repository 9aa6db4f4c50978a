#ifndef RUCKSACK_DIAG_H
#define RUCKSACK_DIAG_H
/*
 * src/core/base: what every other part of the core stands on, depending on
 * no other part (only libc, POSIX and cJSON).  The core never includes
 * curses, the tui or the cli (tests/layering.sh checks it).  Its files:
 *   diag          the core's error values, each carrying its place (here)
 *   xalloc, strv  allocation that cannot fail; vectors of strings
 *   utf8          UTF-8 decoding, display width, wrapping, never a
 *                 character split
 *   clock         the wall clock (replaceable in tests), the monotonic one
 *   rng           the seeded generator the dealer draws with
 *   env, paths    the environment (injectable); the user's private folders
 *   atomicfile    replacing a file whole (the core's only rename)
 *   journal       append-only JSON Lines, each record synced
 *   lockfile      a lock that says who holds it
 *   json_out      JSON printed safely on a terminal
 */
/*
 * Diagnostics: the error values of the core.  Every problem the core finds in
 * a file, or in doing I/O for the user, is one of these, carrying the place it
 * concerns (file, 1-based line, 1-based column counted in characters).  Line 0
 * means "the file as a whole" (an io problem, say).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum diag_kind {
	DIAG_IO,
	DIAG_SYNTAX,
	DIAG_ENCODING,
	DIAG_LIMIT,
	DIAG_SCHEMA,
	DIAG_REFERENCE,
};

enum diag_severity {
	DIAG_ERROR,
	DIAG_WARNING,
};

struct diag {
	char *file;
	int line, col;
	enum diag_severity severity;
	enum diag_kind kind;
	char *message;
	int errnum; /* an io problem's errno (diags_set_errnum), else 0 */
};

/* A list of diagnostics in the order found. A zeroed struct is empty. */
struct diags {
	struct diag *v;
	size_t n, cap;
};

/* Appends one diagnostic; message is printf-formatted. */
void diags_add(struct diags *d, const char *file, int line, int col,
	       enum diag_severity sev, enum diag_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* Shorthands for the common severities. */
#define diags_error(d, file, line, col, kind, ...) \
	diags_add((d), (file), (line), (col), DIAG_ERROR, (kind), __VA_ARGS__)
#define diags_warn(d, file, line, col, kind, ...) \
	diags_add((d), (file), (line), (col), DIAG_WARNING, (kind), __VA_ARGS__)

/* The last diagnostic added was caused by errno e (so a screen can say why in few words). */
void diags_set_errnum(struct diags *d, int e);
/* Moves every diagnostic of src to the end of dst, leaving src empty. */
void diags_move(struct diags *dst, struct diags *src);
/* Number of errors, counting warnings too when werror is set. */
size_t diags_count_errors(const struct diags *d, bool werror);
/* Number of diagnostics about the given file (any severity). */
size_t diags_count_for_file(const struct diags *d, const char *file);
/* Sorts by file (stable in first-seen order of files), then line, column. */
void diags_sort(struct diags *d);
void diags_free(struct diags *d);

const char *diag_kind_name(enum diag_kind k);
const char *diag_severity_name(enum diag_severity s);

/* "file:line:col: error: message" — the form compilers use; with no file,
 * "rucksack: error: message". */
void diag_print_text(FILE *out, const struct diag *g);
/* All of d, one diag_print_text line each. */
void diags_print_text(FILE *out, const struct diags *d);
/* All of d as one JSON array of objects (file, line, column, severity, kind, message). */
void diags_print_json(FILE *out, const struct diags *d);

#endif
