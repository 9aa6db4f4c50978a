#ifndef RUCKSACK_CATALOG_H
#define RUCKSACK_CATALOG_H
/*
 * The catalog: every deck and flow found on the search path.  Each folder is
 * read in name order (*.json only).  A file that fails to load is reported in
 * diags and skipped; the others load.  Two files in one folder with the same
 * id: one is an error (`schema`, at its id, naming the one used), the second
 * in name order unless only it is named after the id (x.json for "x").  A file
 * in a later folder with an id already seen is kept but marked shadowed.
 * A flow dealing from a deck or suit the catalog lacks is refused too
 * (`reference` errors at the deal's values), and what it shadowed counts.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/model.h"
#include "core/base/strv.h"

struct catalog_entry {
	struct doc *doc; /* owned */
	size_t dir;	 /* index into the search path; (size_t)-1 for files named directly */
	bool shadowed;	 /* an earlier entry has the same id */
};

/* A file that failed to load, and the id it claims (or its name says). */
struct catalog_broken {
	char *path, *id;
};

struct catalog {
	struct catalog_entry *v;
	size_t n, cap;
	/* Files that failed, files named directly first: a flow dealing from
	 * one is told the deck failed to load, not that there is none. */
	struct catalog_broken *broken;
	size_t n_broken, cap_broken, n_broken_named;
	struct strv dirs; /* the search path the catalog was built from */
	struct strv missing; /* folders the user named that are missing or no folder */
};

/* Whether path's file name is id + ".json", which wins a duplicate. */
bool catalog_named_for_id(const char *path, const char *id);

/* Loads every folder of dirs in order.  A folder that does not exist is skipped silently. */
void catalog_load(struct catalog *c, const struct strv *dirs, struct diags *d);
/* The same, but the first named folders of dirs are ones the user named
 * (searchpath_build's count): one of those that does not exist or is not a
 * folder is skipped with a warning (io, at the folder) and kept in c->missing. */
void catalog_load_named(struct catalog *c, const struct strv *dirs, size_t named,
			struct diags *d);

/*
 * Adds an already-loaded doc named directly (lint FILE...), ahead of the
 * search path: it shadows search-path files with the same id.
 */
void catalog_add_first(struct catalog *c, struct doc *doc);

/* Appends to paths the files of folder dir that the catalog reads (its
 * *.json, but for schema.json and names starting with '.'), as dir/NAME in
 * byte order of their names: `lint FOLDER` checks what the program would
 * load.  0, or -1 with errno when the folder cannot be read. */
int catalog_folder_files(const char *dir, struct strv *paths);

/*
 * Notes that path, named directly ahead of the search path, failed to load;
 * claimed is the id it got as far as (load_file_claim), else NULL and the
 * file's name says it (lenses.json: "lenses").
 */
void catalog_add_broken_first(struct catalog *c, const char *path, const char *claimed);
/* The file that failed and claims id, if no loaded doc wins it; else NULL. */
const char *catalog_find_broken(const struct catalog *c, const char *id);

/* The winning (non-shadowed) doc with this id, or NULL. */
const struct doc *catalog_find(const struct catalog *c, const char *id);
/* The same, only if it is of the given kind. */
const struct doc *catalog_find_kind(const struct catalog *c, const char *id, enum doc_kind k);

/*
 * For entry i in use (not shadowed) with a version: the newest entry of its
 * id and kind that it hides whose version is newer than its own, else NULL.
 * A team that shares a folder wants to know when an old copy of a deck,
 * earlier on the search path, keeps the new one out.
 */
const struct catalog_entry *catalog_hidden_newer(const struct catalog *c, size_t i);

void catalog_free(struct catalog *c);

/*
 * Checks what a flow refers to outside its own file: each deal's deck exists
 * and is a deck, and its suit (if any) is a suit of that deck with at least
 * one card.  A deck that failed to load (see catalog_find_broken) is named
 * as such, with its file.  Problems are `reference` errors at the deal.  Returns the
 * number of errors added.
 */
size_t catalog_check_flow_refs(const struct catalog *c, const struct doc *flow,
			       struct diags *d);

#endif
