/*
 * The small files kept beside a journal (<journal minus .jsonl><ext>), and
 * among them the pointers: one JSON object naming another journal by its
 * absolute path (.moved: where the round went; .from: where a rescue copy
 * came from).  Written atomically, so a pointer is whole or absent.
 */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

char *session_sibling(const char *journal, const char *ext)
{
	size_t n = strlen(journal);
	if (n > 6 && !strcmp(journal + n - 6, ".jsonl"))
		n -= 6;
	return xasprintf("%.*s%s", (int)n, journal, ext);
}

char *session_pointer_read(const char *journal, const char *ext, const char *key)
{
	char *path = session_sibling(journal, ext);
	struct strv lines = {0};
	struct diags quiet = {0};
	bool torn = false;
	char *target = NULL;
	if (access(path, F_OK) == 0 && journal_read(path, &lines, &torn, &quiet) == 0 && lines.n) {
		cJSON *o = cJSON_Parse(lines.v[lines.n - 1]);
		const char *t = session_get_str(o, key);
		if (t && *t == '/')
			target = xstrdup(t);
		cJSON_Delete(o);
	}
	strv_free(&lines);
	diags_free(&quiet);
	free(path);
	return target;
}

int session_pointer_write(const char *journal, const char *ext, const char *key,
			  const char *target, struct diags *d)
{
	return session_pointer_write_for(journal, ext, key, target, NULL, d);
}

int session_pointer_write_for(const char *journal, const char *ext, const char *key,
			      const char *target, const char *origin, struct diags *d)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "v", 1);
	cJSON_AddNumberToObject(o, "at", (double)now_wall_ms());
	cJSON_AddStringToObject(o, key, target);
	if (origin)
		cJSON_AddStringToObject(o, "for", origin);
	struct strv lines = {0};
	strv_push_owned(&lines, cJSON_PrintUnformatted(o));
	cJSON_Delete(o);
	char *path = session_sibling(journal, ext);
	int rc = journal_write_all(path, &lines, d);
	free(path);
	strv_free(&lines);
	return rc;
}
