/*
 * rucksack new: whether the starter file would be of any use where it goes.
 * The search path's first file with an id wins (searchpath.h), and two
 * files of one folder with one id make the second an error, so a starter
 * whose id is taken before the user's deck folder, or in it, would never be
 * read; one whose id a later folder has (a stock deck or flow) takes that
 * one's place everywhere, which may be meant, and is said.
 */
#include "core/deck/starter.h"

#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>

/* The index of folder in c's search path (the same folder, however spelt), or -1. */
static long place_dir(const struct catalog *c, const char *folder)
{
	struct stat want, st;
	if (stat(folder, &want) != 0)
		return -1;
	for (size_t i = 0; i < c->dirs.n; i++)
		if (stat(c->dirs.v[i], &st) == 0 && st.st_dev == want.st_dev && st.st_ino == want.st_ino)
			return (long)i;
	return -1;
}

static const char *place_kind(const struct doc *doc)
{
	return doc->kind == DOC_FLOW ? "flow" : "deck";
}

int starter_check_place(const struct catalog *c, const char *folder, const char *path,
			const char *id, struct diags *d)
{
	long k = place_dir(c, folder);
	for (size_t i = 0; i < c->n; i++) {
		const struct catalog_entry *e = &c->v[i];
		if (strcmp(e->doc->id, id) != 0 || (e->doc->path && !strcmp(e->doc->path, path)))
			continue; /* a file at that very name: the write refuses it, saying so */
		if (k < 0 || (long)e->dir < k || e->dir == (size_t)-1) {
			diags_error(d, e->doc->path, 0, 0, DIAG_IO,
				    "the %s %s in %s comes before your deck folder on the search path, "
				    "so a new file with that id would never be read: choose another id, "
				    "or change that one", place_kind(e->doc), id, e->doc->path);
			return -1;
		}
		if ((long)e->dir == k) {
			diags_error(d, e->doc->path, 0, 0, DIAG_IO,
				    "%s in your deck folder has the id %s already, and two files of "
				    "one folder cannot share an id: edit that one, or choose another id",
				    e->doc->path, id);
			return -1;
		}
		if (!e->shadowed)
			diags_warn(d, e->doc->path, 0, 0, DIAG_IO,
				   "the new file takes the place of the %s %s in %s, wherever "
				   "the id %s is used (the first file with an id wins): if that is not "
				   "what you want, delete the new file and choose another id",
				   place_kind(e->doc), id, e->doc->path, id);
	}
	return 0;
}
