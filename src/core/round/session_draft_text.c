/*
 * A round's draft given new text from outside the round: the text a
 * program left in the user's editor when it died goes back where it was
 * being typed (the draft keeps where, session_draft.c).
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* The draft's record with its text replaced, or NULL when it is not one. */
static char *draft_text_replaced(const char *line, const char *text)
{
	cJSON *o = cJSON_Parse(line);
	char *out = NULL;
	if (cJSON_IsObject(o) && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "text"))) {
		cJSON_ReplaceItemInObjectCaseSensitive(o, "text", cJSON_CreateString(text));
		cJSON_ReplaceItemInObjectCaseSensitive(o, "at",
						       cJSON_CreateNumber((double)now_wall_ms()));
		out = cJSON_PrintUnformatted(o);
	}
	cJSON_Delete(o);
	return out;
}

int session_draft_put_text(const char *draft, const char *text, struct diags *d)
{
	char *journal = xstrdup(draft);
	size_t n = strlen(journal);
	if (n > 6 && !strcmp(journal + n - 6, ".draft"))
		strcpy(journal + n - 6, ".jsonl");
	long pid = 0;
	int rc = -1;
	struct strv lines = {0};
	bool torn = false;
	if (session_open_elsewhere(journal, &pid)) {
		diags_error(d, draft, 0, 0, DIAG_IO, "its round is open in another window now (pid %ld)",
			    pid);
	} else if (journal_read(draft, &lines, &torn, d) == 0) {
		char *rec = lines.n == 1 && !torn ? draft_text_replaced(lines.v[0], text) : NULL;
		if (!rec)
			diags_error(d, draft, 0, 0, DIAG_SCHEMA, "not a draft that can be read back");
		strv_free(&lines);
		if (rec) {
			strv_push_owned(&lines, rec);
			rc = journal_write_all(draft, &lines, d);
		}
	}
	strv_free(&lines);
	free(journal);
	return rc;
}
