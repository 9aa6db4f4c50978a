#ifndef RUCKSACK_LOAD_INT_H
#define RUCKSACK_LOAD_INT_H
/*
 * Inside the loader (load*.c only): the checked cJSON tree with a position
 * for every node, and the typed field readers that turn it into model.h
 * structs.  Nothing outside these files includes this header.
 */
#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

#include "core/deck/json_strict.h"
#include "core/deck/load_report.h"
#include "core/deck/model.h"

/* Maps each node of the tree to the jpos of its value and, for members, its key. */
struct posmap {
	size_t n; /* jpos count */
};

/*
 * Pairs the tree's nodes with pos by a pre-order walk (cJSON keeps members and
 * elements in document order, which is the order json_strict_check recorded
 * them in), marking each node; after this, never read a node's valueint.
 * Returns -1 if the two do not agree (they always should).
 */
int posmap_build(struct posmap *m, cJSON *root, const struct jposv *pos);
/* Index into the jposv of node's value (want_key false) or key; 0 when unknown. */
size_t posmap_get(const struct posmap *m, const cJSON *node, bool want_key);

/* What the field readers need: where to report, the text, and positions. */
struct lctx {
	struct lrep *rep;
	const char *text;
	const struct jposv *pos;
	struct posmap map;
};

/* Position of a node's value or key. */
const struct jpos *lc_at(const struct lctx *c, const cJSON *node);
const struct jpos *lc_key_at(const struct lctx *c, const cJSON *node);
struct pos lc_pos(const struct lctx *c, const cJSON *node);

/*
 * A JSON path such as cards[3].id (spelt card "a", id), as a chain on the
 * stack: it is only spelled out when a problem is reported, which keeps
 * formatting out of the path of a good file.  NULL is the top level.
 */
struct lpath {
	const struct lpath *up;
	const char *key; /* a member's name, or NULL for an array element */
	size_t index;
	const char *name; /* an element's id, which names it in messages, or NULL */
};
#define LP_KEY(up, k) (&(const struct lpath){ (up), (k), 0, NULL })
#define LP_INDEX(up, i) (&(const struct lpath){ (up), NULL, (i), NULL })
#define LP_ITEM(up, i, id) (&(const struct lpath){ (up), NULL, (i), (id) })

/* The string id of the object node, which names it in messages; NULL if none. */
const char *lc_id_of(const cJSON *node);

/* How many items the array a holds. */
size_t lc_array_len(const cJSON *a);
/* A problem at p; the message is "PATH: ..." (just "..." at the top level). */
void lc_error(struct lctx *c, const struct jpos *p, enum diag_kind kind,
	      const struct lpath *path, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void lc_warn(struct lctx *c, const struct jpos *p, enum diag_kind kind,
	     const struct lpath *path, const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/*
 * Field tables.  Each object the format defines is read by one table: the
 * type of each known key and where it goes in the target struct.  Keys
 * starting "x-" are skipped; others not in the table are warned about.
 */
enum lf_type {
	LF_SLUG,    /* char *: ^[a-z0-9][a-z0-9-]{0,63}$ */
	LF_LINE,    /* char *: any string without \n or \t (ids, titles, names) */
	LF_TEXT,    /* char *: may hold \n and \t (description, body, guidance) */
	LF_LANG,    /* char *: a BCP 47-shaped tag */
	LF_TEXTS,   /* struct strv: array of LF_TEXT */
	LF_LINES,   /* struct strv: array of LF_LINE */
	LF_SLUGS,   /* struct strv: array of LF_SLUG */
	LF_POSINT,  /* unsigned: integer >= 1 */
	LF_COUNT,   /* unsigned: integer from 1 to LOAD_MAX_COUNT */
	LF_MINUTES, /* double: number from 0 to LOAD_MAX_MINUTES */
	LF_BOOL,    /* bool */
	LF_STRING,  /* checked to be a string, not stored ($schema) */
	LF_CUSTOM,  /* any type: the caller reads it from the found node */
	LF_ELSEWHERE, /* defined for the other kind of file (offset: its doc_kind): warned */
};

struct lfield {
	const char *key;
	enum lf_type type;
	bool required;
	size_t offset; /* into the target struct */
};

#define LF_MAX_FIELDS 24

/*
 * Reads obj (at path) by table f (ended by a NULL key) into target.  found[i]
 * is set to the node of f[i] (NULL when absent).  Checks: obj is an object,
 * no defined key twice, required keys present, types.  Returns false when
 * obj is not an object (nothing else is read).
 */
bool lf_object(struct lctx *c, cJSON *obj, const struct lpath *path, const struct lfield *f,
	       void *target, cJSON *found[LF_MAX_FIELDS]);

/* Index of key in table f (the caller's own tables: always found). */
size_t lf_index(const struct lfield *f, const char *key);

/* The array at node (at path), else an error; nonempty: at least one element. */
bool lf_array(struct lctx *c, const cJSON *node, const struct lpath *path, bool nonempty);
/* The integer >= 1 at node, else an error; stores into *out. */
bool lf_posint(struct lctx *c, const cJSON *node, const struct lpath *path, unsigned *out);
/* The same, and at most LOAD_MAX_COUNT (a `limit` error past it). */
bool lf_count(struct lctx *c, const cJSON *node, const struct lpath *path, unsigned *out);
/* The string at node, checked as type t (LF_SLUG, LF_LINE, LF_TEXT or
 * LF_LANG), else an error. */
bool lf_string(struct lctx *c, const cJSON *node, const struct lpath *path, enum lf_type t);
/* Takes ownership of the string at node (a checked string). */
char *lf_take_string(cJSON *node);
/* Reports that node holds the wrong type ("expected ..., found a number"). */
void lf_type_error(struct lctx *c, const cJSON *node, const struct lpath *path,
		   const char *expected);

/*
 * A set of ids seen so far with where each was, for "duplicate ... (first
 * at L:C)".  Hashing keeps a hostile file with many ids from taking
 * quadratic time.
 */
struct idset {
	struct idset_slot *slot;
	size_t n, mask;
};
/* Adds id; returns the jpos of an earlier equal id (not added again), else NULL. */
const struct jpos *idset_add(struct idset *s, const char *id, const struct jpos *at);
/* The jpos recorded for id, or NULL. */
const struct jpos *idset_find(const struct idset *s, const char *id);
void idset_free(struct idset *s);

/* Checks an id that must be unique among its kind; reports a duplicate at at. */
void lc_unique(struct lctx *c, struct idset *s, const char *id, const cJSON *node,
	       const struct lpath *path, const char *what);

/* Card cd's examples (node, at path) into cd; each example's "also" must
 * name another card of the deck, whose ids are in cards. */
void load_examples(struct lctx *c, cJSON *node, const struct lpath *path, struct card *cd,
		   const struct idset *cards);
/* A suit's facets (node, at path): an object of slug keys and one-line values. */
void load_facets(struct lctx *c, cJSON *node, const struct lpath *path, struct suit *s);

/* A deck's suits and cards (either node may be NULL) into out. */
void load_deck(struct lctx *c, cJSON *suits, cJSON *cards, struct deck *out);
/* A flow's roles and phases (either node may be NULL) into out. */
void load_flow(struct lctx *c, cJSON *roles, cJSON *phases, struct flow *out);
/* The top-level object into a new doc (errors leave c->rep->errors > 0). */
struct doc *load_doc(struct lctx *c, cJSON *root, const char *name);

#endif
