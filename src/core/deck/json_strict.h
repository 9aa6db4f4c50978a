#ifndef RUCKSACK_JSON_STRICT_H
#define RUCKSACK_JSON_STRICT_H
/*
 * A byte-level check of RFC 8259 JSON, stricter than cJSON: it refuses what
 * the RFC refuses (leading zeros, "2.", raw control bytes in strings, a NUL
 * byte, non-JSON whitespace, trailing commas, comments, trailing garbage),
 * invalid UTF-8 (overlong forms and encoded surrogates included), unpaired
 * surrogate escapes, and, for the deck format, control characters in strings
 * however they are written.  It enforces the nesting and string limits of
 * load.h and records where every value and every object key starts, in
 * document order, so the loader can give schema problems a place.
 */
#include <stddef.h>
#include <stdint.h>

#include "core/deck/load_report.h"

/* Where a value or key starts.  Columns count characters from 1. */
struct jpos {
	uint32_t off; /* byte offset in the checked text */
	uint32_t line, col;
	uint32_t flags; /* JPOS_* */
};

enum {
	JPOS_KEY = 1u,	 /* an object key, not a value */
	JPOS_NLTAB = 2u, /* a string holding \n or \t (allowed in text fields only) */
	JPOS_SPOOF = 4u, /* a string holding a character utf8_spoof.h names, raw or escaped */
};

struct jposv {
	struct jpos *v;
	size_t n, cap;
};

/*
 * Checks text[0..len).  Problems go to rep.  Returns -1 after a problem that
 * makes the document unusable (syntax, encoding, limit; the check stops
 * there), else 0; a 0 may still come with errors that leave the tree
 * meaningful (a control character in a string).  out receives one jpos per
 * value and key, in document order; free out->v.
 */
int json_strict_check(const char *text, size_t len, struct lrep *rep, struct jposv *out);

/*
 * Column of the first \n or \t (however escaped) inside the string whose
 * opening quote is at p (a JPOS_NLTAB value); p->col if there is none.
 */
uint32_t json_strict_nltab_col(const char *text, const struct jpos *p);
/* Column of the character index (counted in code points of the value) of
 * the string whose opening quote is at p, however it is escaped. */
uint32_t json_strict_cp_col(const char *text, const struct jpos *p, size_t index);

/* The value of the four hex digits at p (not beyond end) in *cp; -1 if they are not. */
int json_hex4(const unsigned char *p, const unsigned char *end, uint32_t *cp);

#endif
