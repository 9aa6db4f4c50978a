#ifndef RUCKSACK_STARTER_H
#define RUCKSACK_STARTER_H
/*
 * Starter files for `rucksack new deck ID` and `rucksack new flow ID`: a
 * deck of two suits and three cards, or a flow of two roles and three
 * phases dealing from the stock social-graces deck, each explained by
 * example in x- fields (which the loader ignores, as JSON has no comments)
 * and passing `lint --werror`.  starter_text.c holds the texts, starter.c
 * checks the id and writes the file.
 */
#include "core/base/diag.h"
#include "core/base/env.h"
#include "core/deck/catalog.h"
#include "core/deck/model.h"

/* The starter file of kind k for id (a valid id: starter_check_id), its
 * title made from the id ("team-huddle": "Team huddle"); free it. */
char *starter_text(enum doc_kind k, const char *id);

/*
 * 0 when id is a valid id (slug_valid, the loader's rule); else -1 and a
 * schema error whose column is the first wrong character's (counted in
 * characters, 1-based; the file is ""), saying in plain words what is
 * wrong there and suggesting an id made from it when one can be.
 */
int starter_check_id(const char *id, struct diags *d);

/*
 * Writes the starter file of kind k as ID.json in the user's deck folder,
 * $XDG_DATA_HOME/rucksack/decks (made 0700 with its parents when missing;
 * one that is there keeps its mode),
 * atomically and never over anything already at that name, nor when c
 * (the search path's catalog; NULL: not asked) says it would be of no use
 * (starter_check_place).  0 and *path
 * (freshly allocated) when written; -1 with an io error otherwise (*path
 * still set when the folder was found: an existing file is refused with
 * errnum EEXIST and a message naming it).
 */
int starter_create(env_fn env, const struct catalog *c, enum doc_kind k, const char *id,
		   char **path, struct diags *d);

/*
 * Whether a starter for id written at path, in folder (the user's deck
 * folder), would be read: -1 with an error naming the file when c has the
 * id in a folder before it on the search path (the new file would be
 * hidden) or in that folder under another name (a duplicate id, refused);
 * else 0, with a warning when the new file takes the place of one of a
 * later folder (a stock deck or flow, wherever its id is used).
 */
int starter_check_place(const struct catalog *c, const char *folder, const char *path,
			const char *id, struct diags *d);

#endif
