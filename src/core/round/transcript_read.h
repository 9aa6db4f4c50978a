#ifndef RUCKSACK_TRANSCRIPT_READ_H
#define RUCKSACK_TRANSCRIPT_READ_H
/*
 * A round's transcript for reading in the program: the Markdown transcript
 * export writes (transcript_write_md), rebuilt from the journal alone (never
 * from the .md file beside it, which may be older or gone), as lines of
 * text: the Markdown marks taken off (headings' #, bold's **, code's `,
 * strike-through's ~~, backslash escapes, a table's pipes and its rule),
 * each line saying what it is, for the screen to lay out and colour.
 */
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/catalog.h"

enum tread_kind {
	TREAD_TITLE,   /* the round's title (#) */
	TREAD_HEADING, /* a section: a round, a phase (## and ###) */
	TREAD_TEXT,    /* a paragraph or a table's row */
	TREAD_ITEM,    /* an item of a list (- ) */
	TREAD_QUOTE,   /* a line of what someone wrote (> ) */
	TREAD_GAP,     /* an empty line */
};

struct tread_line {
	enum tread_kind kind;
	char *text; /* UTF-8, without its marks; "" for a gap */
};

/* The transcript of the round whose journal is at journal (c: for titles;
 * may be NULL).  0 with *out (n lines; free with tread_free), or -1 with
 * why (a damaged journal names file:line). */
int tread_load(const char *journal, const struct catalog *c, struct tread_line **out, size_t *n,
	       struct diags *d);
/* The lines of Markdown text md (transcript_write_md's), as tread_load gives them. */
void tread_lines(const char *md, struct tread_line **out, size_t *n);
void tread_free(struct tread_line *v, size_t n);

#endif
