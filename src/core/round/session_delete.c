/*
 * Deleting a round for good (session_delete): every copy of it the listing
 * would find, and what is kept beside each.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* More places than this is pointers gone round in circles, not one round. */
#define DELETE_MAX_PLACES 64

/* What is kept beside a journal, the journal last: while anything of the
 * round is left, the listing still finds it by its journal. */
static const char *const delete_exts[] = {".draft", ".md", ".moved", ".from", ".lock", ".jsonl"};

/* Adds journal to places unless it is there already (spelt another way too). */
static void delete_add(struct strv *places, const char *journal)
{
	if (!journal || places->n >= DELETE_MAX_PLACES)
		return;
	for (size_t i = 0; i < places->n; i++)
		if (!strcmp(places->v[i], journal) || session_same_file(places->v[i], journal))
			return;
	strv_push(places, journal);
}

/* Every place of the round found at found: those its pointers lead to
 * (.moved), those it was rescued from (.from), and its name in each rescue
 * folder, each followed in turn. */
static void delete_places(const char *found, const struct strv *rescue, struct strv *places)
{
	const char *slash = strrchr(found, '/');
	const char *name = slash ? slash + 1 : found;
	delete_add(places, found);
	for (size_t i = 0; rescue && i < rescue->n; i++) {
		char *there = xasprintf("%s/%s", rescue->v[i], name);
		char *pointer = session_sibling(there, ".moved");
		if (access(there, F_OK) == 0 || access(pointer, F_OK) == 0)
			delete_add(places, there);
		free(pointer);
		free(there);
	}
	for (size_t i = 0; i < places->n; i++) {
		char *to = session_pointer_read(places->v[i], ".moved", "to");
		char *from = session_pointer_read(places->v[i], ".from", "from");
		delete_add(places, to);
		delete_add(places, from);
		free(to);
		free(from);
	}
}

/* Removes journal and what is kept beside it; false after an error in d. */
static bool delete_place(const char *journal, struct diags *d)
{
	bool ok = true;
	for (size_t i = 0; i < sizeof delete_exts / sizeof delete_exts[0]; i++) {
		char *path = session_sibling(journal, delete_exts[i]);
		if (unlink(path) != 0 && errno != ENOENT) {
			diags_error(d, path, 0, 0, DIAG_IO, "cannot remove it: %s", strerror(errno));
			diags_set_errnum(d, errno);
			ok = false;
		}
		free(path);
	}
	return ok;
}

int session_delete(const char *found, const struct strv *rescue, struct diags *d)
{
	struct strv places = {0};
	delete_places(found, rescue, &places);
	for (size_t i = 0; i < places.n; i++) {
		long pid = 0;
		if (!session_open_elsewhere(places.v[i], &pid))
			continue;
		if (pid > 0)
			diags_error(d, places.v[i], 0, 0, DIAG_IO,
				    "this round is open in another window (pid %ld); close it there "
				    "first", pid);
		else
			diags_error(d, places.v[i], 0, 0, DIAG_IO,
				    "this round is open in another window; close it there first");
		strv_free(&places);
		return -1;
	}
	bool ok = true;
	for (size_t i = 0; i < places.n; i++)
		ok = delete_place(places.v[i], d) && ok;
	strv_free(&places);
	return ok ? 0 : -1;
}
