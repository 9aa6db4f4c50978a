/*
 * The case, the presenter's question, and reopening an ended round: records
 * "case" and "reopen" (session.h lists them), made and applied here.
 */
#include <stdlib.h>
#include <string.h>

#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* Both are one-line fields shown on every phase: a line break or tab pasted
 * into one (or any other control character) becomes one space, so the journal
 * holds what the screen and the transcript show. */
static char *case_one_line(const char *text, size_t n)
{
	char *out = xmalloc(n + 1);
	size_t k = 0;
	bool pending = false; /* control characters seen since the last text */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c < 0x20 || c == 0x7f) {
			pending = true;
			continue;
		}
		if (pending && c != ' ' && k > 0 && out[k - 1] != ' ')
			out[k++] = ' ';
		pending = false;
		out[k++] = (char)c;
	}
	out[k] = '\0';
	return out;
}

/* Leading and trailing blanks go, so "  " is no case at all. */
static char *case_trimmed(const char *text)
{
	if (!text)
		return NULL;
	text += strspn(text, " \t\n\r");
	size_t n = strlen(text);
	while (n > 0 && strchr(" \t\n\r", text[n - 1]))
		n--;
	return n ? case_one_line(text, n) : NULL;
}

static bool case_same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

enum session_status session_set_case(struct session *s, const char *case_ref, const char *question,
				     struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	if (s->ended_at)
		return session_refuse(s, d, "this round has ended: reopen it to change it");
	char *ref = case_trimmed(case_ref), *q = case_trimmed(question);
	enum session_status st = SESSION_OK;
	if (!case_same(ref, s->case_ref) || !case_same(q, s->question)) {
		cJSON *rec = session_rec_new("case");
		if (ref)
			cJSON_AddStringToObject(rec, "case", ref);
		if (q)
			cJSON_AddStringToObject(rec, "question", q);
		st = session_commit(s, rec, d);
	}
	free(ref);
	free(q);
	return st;
}

enum session_status session_reopen(struct session *s, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	if (!s->ended_at)
		return session_refuse(s, d, "this round has not ended");
	return session_commit(s, session_rec_new("reopen"), d);
}

/* A case record holds both fields; one absent is cleared. */
int session_case_apply(struct session *s, const cJSON *rec, const char *file, int line,
		       struct diags *d)
{
	const cJSON *ref = cJSON_GetObjectItemCaseSensitive(rec, "case");
	const cJSON *q = cJSON_GetObjectItemCaseSensitive(rec, "question");
	if ((ref && !cJSON_IsString(ref)) || (q && !cJSON_IsString(q))) {
		diags_error(d, file, line, 1, DIAG_SCHEMA, "a \"case\" record whose case or question is no text");
		return -1;
	}
	free(s->case_ref);
	free(s->question);
	s->case_ref = xstrdup(session_get_str(rec, "case"));
	s->question = xstrdup(session_get_str(rec, "question"));
	return 0;
}

int session_reopen_apply(struct session *s, const cJSON *rec, const char *file, int line,
			 struct diags *d)
{
	if (!s->ended_at) {
		diags_error(d, file, line, 1, DIAG_SCHEMA, "a \"reopen\" record for a round that has not ended");
		return -1;
	}
	if (!s->first_ended_at) {
		s->first_ended_at = s->ended_at;
		s->first_end_seq = s->ended_seq;
	}
	s->ended_at = 0;
	s->reopened_at = session_get_int(rec, "at", 0);
	return 0;
}

const char *session_case_ref(const struct session *s)
{
	return s->case_ref;
}

const char *session_question(const struct session *s)
{
	return s->question;
}

int64_t session_first_ended_at(const struct session *s)
{
	return s->first_ended_at;
}

bool session_after_end(const struct session *s, size_t seq)
{
	return s->first_end_seq && seq > s->first_end_seq;
}
