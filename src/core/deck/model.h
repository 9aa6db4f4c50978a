#ifndef RUCKSACK_MODEL_H
#define RUCKSACK_MODEL_H
/*
 * src/core/deck: decks and flows, from file to memory.  Depends on base
 * alone; round and practice build on it, and it never includes them.
 * Its files:
 *   model            the structs of decks and flows (here)
 *   load*, json_strict, load_report
 *                    one file loaded strictly (RFC 8259 first, then the
 *                    format), every problem with its line and column
 *   catalog, searchpath
 *                    every deck and flow found, and where they are looked for
 *   dealer           cards dealt without replacement, from a seed
 *   seating          people placed in a flow's roles, moved on each round
 */
/*
 * The in-memory form of decks and flows, as rucksack-deck(5) describes them.
 * Plain C structs: nothing outside load.c sees the JSON tree.  Every string is
 * owned by the struct it sits in and is valid UTF-8 with no control character
 * other than \n and \t.  Optional strings are NULL when absent.
 * Positions (line, col) are where the object starts in its file, for
 * diagnostics found after loading (references between files).
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/strv.h"

struct pos {
	int line, col;
};

/* One named axis a suit sits on, e.g. intent: orienting. */
struct facet {
	char *name, *value;
};

struct suit {
	char *id, *title, *description;
	struct facet *facets; /* in file order */
	size_t n_facets;
	char *colour; /* "#RRGGBB" or NULL */
	struct pos pos;
};

/*
 * A sample question.  Written as a plain string, text is that string as
 * written (a leading "[...]" in it is its context, as it always was) and
 * the other fields are empty; written as an object, each field is its own.
 */
struct example {
	char *text;
	char *context; /* NULL unless the example is an object with a context */
	char *why;     /* NULL when absent */
	struct strv also; /* ids of other cards of the deck accepted as right */
	struct pos pos;
};

struct card {
	char *id, *title;
	char *suit; /* NULL when the deck has no suits */
	char *body;
	struct strv prompts, tags;
	struct example *examples;
	size_t n_examples;
	unsigned weight; /* >= 1 */
	struct pos pos;
};

struct deck {
	struct suit *suits;
	size_t n_suits;
	struct card *cards;
	size_t n_cards;
};

struct role {
	char *id, *title, *description;
	unsigned count; /* meaningful when !rest */
	bool rest;	/* count was "rest": everyone not yet placed */
	bool optional;
	struct pos pos;
};

enum capture {
	CAPTURE_ONE, /* the default */
	CAPTURE_NONE,
	CAPTURE_EACH,
	CAPTURE_ACTIONS, /* actions agreed: what, who, by when */
};

/* Deal targets that are not role ids. */
#define DEAL_TO_ALL "all"
#define DEAL_TO_GROUP "group"

struct deal {
	char *deck; /* a deck id */
	char *to;   /* role id, "all" or "group"; "group" when absent */
	unsigned count; /* per person, or to the table for "group"; >= 1 */
	char *suit; /* NULL: any suit */
	struct pos pos;
	struct pos deck_pos, suit_pos; /* of the values, for reference errors */
	bool listed; /* written inside an array of deals: its path is deal[i] */
};

struct phase {
	char *id, *title, *guidance;
	double minutes; /* 0: untimed */
	char *who;	/* role id, "all", or NULL */
	struct deal *deals;
	size_t n_deals;
	enum capture capture;
	struct strv prompts;
	struct pos pos;
};

struct flow {
	struct role *roles;
	size_t n_roles;
	struct phase *phases;
	size_t n_phases;
	unsigned rounds; /* >= 1 */
};

enum doc_kind {
	DOC_DECK,
	DOC_FLOW,
};

/* One loaded file: a deck or a flow. */
struct doc {
	enum doc_kind kind;
	char *path; /* as given to the loader */
	char *id, *title, *description, *lang, *version, *license;
	struct strv authors, sources;
	struct pos id_pos;
	struct deck deck; /* when kind == DOC_DECK */
	struct flow flow; /* when kind == DOC_FLOW */
};

void doc_free(struct doc *doc);

const char *doc_kind_name(enum doc_kind k);
const char *capture_name(enum capture c);

/* An example as one line, "[context] text" when it has a context; fresh string. */
char *example_line(const struct example *e);
/* Whether e accepts card_id besides its own card. */
bool example_accepts(const struct example *e, const char *card_id);
/* The value suit s gives facet name, or NULL. */
const char *suit_facet(const struct suit *s, const char *name);

/* Lookups by id; NULL / -1 when absent. */
const struct suit *deck_find_suit(const struct deck *d, const char *id);
long deck_find_card(const struct deck *d, const char *id);
long flow_find_role(const struct flow *f, const char *id);
long flow_find_phase(const struct flow *f, const char *id);
/* Number of cards in the deck that belong to suit (all cards when suit is NULL). */
size_t deck_count_suit(const struct deck *d, const char *suit);

/* The longest slug, in characters (all of them ASCII). */
#define SLUG_MAX 64
/* Whether c may be in a slug: a-z, 0-9 or '-' (which may not come first). */
bool slug_char(char c);
/* True when s matches ^[a-z0-9][a-z0-9-]{0,63}$. */
bool slug_valid(const char *s);

#endif
