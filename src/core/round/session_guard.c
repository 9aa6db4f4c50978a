/*
 * What an export must never write over: a file of a round.  Known by what
 * it is (device and inode), so a link to a journal or another spelling of
 * its path is refused as the journal itself is.
 */
#include <stdlib.h>

#include "core/base/fileid.h"
#include "core/base/paths.h"
#include "core/round/session.h"

/* The files kept for a round: journal, draft, lock and pointers. */
static const char *const guard_exts[] = {".jsonl", ".draft", ".lock", ".moved", ".from", NULL};

/* The file of a round that id is, in the folders round files are kept in, or NULL. */
static char *guard_find(const struct fileid *id, const char *dir, const struct strv *rescue,
			const char *journal)
{
	char *which = NULL;
	if (journal) {
		char *own = paths_parent(journal);
		fileid_in_folder(id, own, guard_exts, &which);
		free(own);
	}
	if (!which && dir)
		fileid_in_folder(id, dir, guard_exts, &which);
	for (size_t i = 0; !which && rescue && i < rescue->n; i++)
		fileid_in_folder(id, rescue->v[i], guard_exts, &which);
	return which;
}

/* A new file named as a round's would be taken for one (a draft that cannot
 * be read back, a journal of no round): the folder of it, or NULL. */
static const char *guard_new_in(const char *out, const char *dir, const struct strv *rescue,
				const char *own)
{
	if (own && fileid_would_be_in(out, own, guard_exts))
		return own;
	if (dir && fileid_would_be_in(out, dir, guard_exts))
		return dir;
	for (size_t i = 0; rescue && i < rescue->n; i++)
		if (fileid_would_be_in(out, rescue->v[i], guard_exts))
			return rescue->v[i];
	return NULL;
}

static int guard_refuse_new(const char *out, const char *dir, const struct strv *rescue,
			    const char *journal, struct diags *d)
{
	char *own = journal ? paths_parent(journal) : NULL;
	const char *folder = guard_new_in(out, dir, rescue, own);
	if (folder)
		diags_error(d, out, 0, 0, DIAG_IO,
			    "not written: a file of this name in %s would be taken for a file "
			    "of a round; give another name or folder", folder);
	free(own);
	return folder ? -1 : 0;
}

int session_output_refuse(const char *out, const char *dir, const struct strv *rescue,
			  const char *journal, struct diags *d)
{
	struct fileid id;
	if (!fileid_get(out, &id))
		return guard_refuse_new(out, dir, rescue, journal, d);
	char *which = guard_find(&id, dir, rescue, journal);
	if (!which)
		return 0;
	diags_error(d, out, 0, 0, DIAG_IO,
		    "not written: this is %s, a file of a round, which it would replace; "
		    "give another file", which);
	free(which);
	return -1;
}
