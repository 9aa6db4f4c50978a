/*
 * Write it's draft file (practice_draft.h): one JSON object on one line,
 * {v, at, text}, written by journal_write_all like a round's draft.
 */
#include "core/practice/practice_draft.h"

#include <cJSON.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
#include "core/base/lockfile.h"
#include "core/base/strv.h"
#include "core/base/xalloc.h"
#include "core/practice/practice_store.h"

/* draft.json in the journal's folder; caller frees. */
static char *draft_path(const char *journal)
{
	const char *slash = strrchr(journal, '/');
	int dir = slash ? (int)(slash - journal + 1) : 0;
	return xasprintf("%.*sdraft.json", dir, journal);
}

int practice_draft_keep(const char *journal, const char *text, struct diags *d)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "v", 1);
	cJSON_AddNumberToObject(o, "at", (double)now_wall_s());
	cJSON_AddStringToObject(o, "text", text ? text : "");
	struct strv lines = {0};
	strv_push_owned(&lines, cJSON_PrintUnformatted(o));
	cJSON_Delete(o);
	char *path = draft_path(journal);
	int rc = journal_write_all(path, &lines, d);
	strv_free(&lines);
	free(path);
	return rc;
}

char *practice_draft_read(const char *journal, struct diags *d)
{
	char *path = draft_path(journal), *text = NULL;
	if (access(path, F_OK) != 0) {
		free(path);
		return NULL;
	}
	struct strv lines = {0};
	struct diags local = {0};
	bool torn = false;
	cJSON *o = journal_read(path, &lines, &torn, &local) == 0 && lines.n == 1
			   ? cJSON_Parse(lines.v[0]) : NULL;
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "text");
	if (cJSON_IsString(t))
		text = xstrdup(t->valuestring);
	else
		diags_error(d, path, 0, 0, DIAG_SCHEMA,
			    "the saved draft cannot be read back; it is left in place");
	cJSON_Delete(o);
	diags_free(&local);
	strv_free(&lines);
	free(path);
	return text;
}

void practice_draft_drop(const char *journal)
{
	char *path = draft_path(journal);
	unlink(path);
	free(path);
}

int practice_draft_put_text(const char *journal, const char *text, struct diags *d)
{
	char *lock = practice_lock_path(journal);
	long pid = 0;
	bool busy = lockfile_busy(lock, &pid);
	free(lock);
	if (busy) {
		diags_error(d, journal, 0, 0, DIAG_IO, "practice is open in another window now (pid %ld)",
			    pid);
		return -1;
	}
	return practice_draft_keep(journal, text, d);
}
