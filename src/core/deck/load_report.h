#ifndef RUCKSACK_LOAD_REPORT_H
#define RUCKSACK_LOAD_REPORT_H
/*
 * How the loader reports the problems of one file.  A hostile file can hold a
 * million small problems; past LREP_MAX_SHOWN the rest are counted (so the
 * file is still refused) but not added, and one warning says so.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"

#define LREP_MAX_SHOWN 100
/* Room for a quoted string in a message (lrep_quote). */
#define LREP_QUOTE_SIZE 96

struct lrep {
	const char *file;
	struct diags *d;
	size_t shown;  /* diagnostics added to d */
	size_t errors; /* errors found, shown or not */
};

/* Adds one problem at line:col (0:0 for the whole file), unless the cap is reached. */
void lrep_add(struct lrep *r, int line, int col, enum diag_severity sev,
	      enum diag_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/*
 * Writes s into buf as a short JSON-style quoted string for a message: control
 * characters escaped, cut (at a character boundary, with "...") when long.
 * Returns buf.
 */
const char *lrep_quote(char buf[LREP_QUOTE_SIZE], const char *s);

#endif
