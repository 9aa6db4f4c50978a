/*
 * What an export must never write over: a file of the practice store (its
 * journal, its lock), known by what it is (device and inode), not by name.
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/fileid.h"
#include "core/base/xalloc.h"
#include "core/practice/practice_store.h"

/* The practice folder is the store's alone: a new file there would be
 * read as one of its own (a draft, a journal).  Frees dir. */
static int practice_refuse_new(const char *out, const char *folder, char *dir, struct diags *d)
{
	bool in = fileid_would_be_in(out, folder, NULL);
	if (in)
		diags_error(d, out, 0, 0, DIAG_IO,
			    "not written: %s is the practice store's folder, which holds only "
			    "its own files; give another folder", folder);
	free(dir);
	return in ? -1 : 0;
}

int practice_output_refuse(const char *out, const char *journal, struct diags *d)
{
	struct fileid id;
	if (!journal)
		return 0;
	const char *slash = strrchr(journal, '/');
	char *dir = slash ? xstrndup(journal, (size_t)(slash - journal)) : xstrdup(".");
	if (!fileid_get(out, &id))
		return practice_refuse_new(out, *dir ? dir : "/", dir, d);
	char *which = NULL;
	/* the practice folder is the store's alone: every file in it is one of its own */
	if (fileid_is(&id, journal))
		which = xstrdup(journal);
	else
		fileid_in_folder(&id, *dir ? dir : "/", NULL, &which);
	free(dir);
	if (!which)
		return 0;
	diags_error(d, out, 0, 0, DIAG_IO,
		    "not written: this is %s, a file of the practice store, which it would "
		    "replace; give another file", which);
	free(which);
	return -1;
}
