/* Where a round's own transcript is: beside its journal, as <id>.md. */
#include <stdlib.h>
#include <sys/stat.h>

#include "core/round/transcript.h"

char *transcript_path(const struct session *s)
{
	return session_sibling(session_journal_path(s), ".md");
}

char *transcript_find(const struct session *s, time_t *written)
{
	struct stat st;
	char *path = transcript_path(s);
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(path);
		return NULL;
	}
	*written = st.st_mtime;
	return path;
}
