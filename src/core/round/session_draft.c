/*
 * Drafts: the text being typed before it is saved as a reflection or note,
 * kept next to the journal (<journal minus .jsonl>.draft) so a crash loses
 * nothing typed.  One draft per round, replaced whole each time (temp file,
 * fsync, rename), mode 0600 like the journal.  The file is one JSON object:
 *   {v, at, round, phase, person, note, edit, deck?, card?, text,
 *    kind?, fields?[]}
 * kind "action" or "case": a form's draft, its texts in fields[] (text is
 * then ""; edit the action's id); absent: a reflection or note, as drafts
 * written before forms had them.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

static char *draft_path(const struct session *s)
{
	return session_sibling(s->journal_path, ".draft");
}

static cJSON *draft_record(const struct session_draft *dr)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "v", 1);
	cJSON_AddNumberToObject(o, "at", (double)now_wall_ms());
	cJSON_AddNumberToObject(o, "round", (double)dr->round);
	cJSON_AddNumberToObject(o, "phase", (double)dr->phase);
	cJSON_AddNumberToObject(o, "person", dr->person);
	cJSON_AddBoolToObject(o, "note", dr->note);
	cJSON_AddNumberToObject(o, "edit", dr->edit_id);
	if (dr->deck && dr->card) {
		cJSON_AddStringToObject(o, "deck", dr->deck);
		cJSON_AddStringToObject(o, "card", dr->card);
	}
	cJSON_AddStringToObject(o, "text", dr->text ? dr->text : "");
	if (dr->kind != SESSION_DRAFT_TEXT) {
		cJSON_AddStringToObject(o, "kind", dr->kind == SESSION_DRAFT_ACTION ? "action" : "case");
		cJSON *f = cJSON_AddArrayToObject(o, "fields");
		for (size_t i = 0; i < dr->n_fields && i < SESSION_DRAFT_FIELDS; i++)
			cJSON_AddItemToArray(f, cJSON_CreateString(dr->fields[i] ? dr->fields[i] : ""));
	}
	return o;
}

/* A form's kind and texts from a parsed draft; false when they do not fit. */
static bool draft_take_form(const cJSON *o, struct session_draft *out)
{
	const char *kind = session_get_str(o, "kind");
	if (!kind)
		return true; /* a reflection or note */
	out->kind = !strcmp(kind, "action") ? SESSION_DRAFT_ACTION
		    : !strcmp(kind, "case") ? SESSION_DRAFT_CASE : SESSION_DRAFT_TEXT;
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, "fields"), *it;
	size_t want = out->kind == SESSION_DRAFT_ACTION ? 3 : 2;
	if (out->kind == SESSION_DRAFT_TEXT || !cJSON_IsArray(f) || (size_t)cJSON_GetArraySize(f) != want)
		return false;
	cJSON_ArrayForEach(it, f)
	{
		if (!cJSON_IsString(it))
			return false;
		out->fields[out->n_fields++] = xstrdup(it->valuestring);
	}
	return true;
}

int session_draft_save(struct session *s, const struct session_draft *dr, struct diags *d)
{
	if (s->read_only) {
		diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA, "this round was opened for reading only");
		return -1;
	}
	cJSON *o = draft_record(dr);
	struct strv lines = {0};
	strv_push_owned(&lines, cJSON_PrintUnformatted(o));
	cJSON_Delete(o);
	char *path = draft_path(s);
	int rc = journal_write_all(path, &lines, d);
	free(s->draft_unsaved);
	s->draft_unsaved = NULL;
	if (rc == 0)
		s->draft_stale = false;
	else /* kept for session_retry_save and session_rescue */
		s->draft_unsaved = xstrdup(lines.v[0]);
	strv_free(&lines);
	free(path);
	return rc;
}

int session_draft_write_unsaved(struct session *s, const char *journal, struct diags *d)
{
	if (!s->draft_unsaved)
		return 0;
	struct strv lines = {0};
	strv_push(&lines, s->draft_unsaved);
	char *path = session_sibling(journal, ".draft");
	int rc = journal_write_all(path, &lines, d);
	strv_free(&lines);
	free(path);
	if (rc == 0 && !strcmp(journal, s->journal_path)) {
		free(s->draft_unsaved);
		s->draft_unsaved = NULL;
	}
	return rc;
}

/* Fills out from a parsed draft; false when it does not fit the round. */
static bool draft_take(const struct session *s, const cJSON *o, struct session_draft *out)
{
	long long round = session_get_int(o, "round", -1), phase = session_get_int(o, "phase", -1);
	long long person = session_get_int(o, "person", -3), edit = session_get_int(o, "edit", 0);
	const char *text = session_get_str(o, "text");
	if (!text || round < 0 || (unsigned long long)round >= s->rounds || phase < 0 ||
	    (size_t)phase >= s->n_phases || !session_author_ok(s, person) ||
	    edit < 0 || edit > 0xffffffffLL)
		return false;
	*out = (struct session_draft){.round = (size_t)round, .phase = (size_t)phase,
				      .person = (int)person, .edit_id = (unsigned)edit,
				      .at = session_get_int(o, "at", 0)};
	out->note = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "note"));
	out->deck = xstrdup(session_get_str(o, "deck"));
	out->card = xstrdup(session_get_str(o, "card"));
	out->text = xstrdup(text);
	return draft_take_form(o, out);
}

int session_draft_load(const struct session *s, struct session_draft *out, struct diags *d)
{
	*out = (struct session_draft){.person = -1};
	char *path = draft_path(s);
	struct strv lines = {0};
	bool torn = false;
	struct diags local = {0};
	int rc = 0;
	if (access(path, F_OK) == 0) {
		rc = journal_read(path, &lines, &torn, &local);
		cJSON *o = rc == 0 && lines.n == 1 ? cJSON_Parse(lines.v[0]) : NULL;
		rc = o && draft_take(s, o, out) ? 1 : -1;
		if (rc < 0)
			session_draft_free(out);
		cJSON_Delete(o);
	}
	if (rc < 0)
		diags_error(d, path, 0, 0, DIAG_SCHEMA,
			    "the saved draft cannot be read back; it is left in place");
	diags_free(&local);
	strv_free(&lines);
	free(path);
	return rc;
}

void session_draft_clear(struct session *s)
{
	char *path = draft_path(s);
	unlink(path);
	free(path);
	s->draft_stale = false;
	free(s->draft_unsaved);
	s->draft_unsaved = NULL;
}

/* Only the file goes: it holds text now saved in the journal.  A draft kept
 * in memory (draft_unsaved) was typed after that commit (committing drops
 * the one before), so it stays for session_draft_write_unsaved to write. */
void session_draft_clear_saved(struct session *s)
{
	if (!s->draft_stale)
		return;
	char *path = draft_path(s);
	unlink(path);
	free(path);
	s->draft_stale = false;
}

void session_draft_free(struct session_draft *dr)
{
	free(dr->deck);
	free(dr->card);
	free(dr->text);
	for (size_t i = 0; i < dr->n_fields && i < SESSION_DRAFT_FIELDS; i++)
		free(dr->fields[i]);
	*dr = (struct session_draft){.person = -1};
}
