/*
 * What an export must never write over: a file of a round.  Known by what
 * it is (device and inode), so a link to a journal or another spelling of
 * its path is refused as the journal itself is.
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/fileid.h"
#include "core/base/xalloc.h"
#include "core/round/session.h"

/* The files kept for a round: journal, draft, lock and pointers. */
static const char *const guard_exts[] = {".jsonl", ".draft", ".lock", ".moved", ".from", NULL};

/* The folder journal is in ("." for a bare name); caller frees. */
static char *guard_folder(const char *journal)
{
	const char *slash = strrchr(journal, '/');
	if (!slash)
		return xstrdup(".");
	return slash == journal ? xstrdup("/") : xstrndup(journal, (size_t)(slash - journal));
}

/* The file of a round that id is, in the folders round files are kept in, or NULL. */
static char *guard_find(const struct fileid *id, const char *dir, const struct strv *rescue,
			const char *journal)
{
	char *which = NULL;
	if (journal) {
		char *own = guard_folder(journal);
		fileid_in_folder(id, own, guard_exts, &which);
		free(own);
	}
	if (!which && dir)
		fileid_in_folder(id, dir, guard_exts, &which);
	for (size_t i = 0; !which && rescue && i < rescue->n; i++)
		fileid_in_folder(id, rescue->v[i], guard_exts, &which);
	return which;
}

int session_output_refuse(const char *out, const char *dir, const struct strv *rescue,
			  const char *journal, struct diags *d)
{
	struct fileid id;
	if (!fileid_get(out, &id))
		return 0; /* nothing there yet: nothing of a round */
	char *which = guard_find(&id, dir, rescue, journal);
	if (!which)
		return 0;
	diags_error(d, out, 0, 0, DIAG_IO,
		    "not written: this is %s, a file of a round, which it would replace; "
		    "give another file", which);
	free(which);
	return -1;
}
