/*
 * A round's life: starting, resuming, rebuilding for export, freeing, and the
 * one path every change takes (session_commit: journal first, then apply).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/deck/dealer.h"
#include "core/base/journal.h"
#include "core/base/lockfile.h"
#include "core/base/paths.h"
#include "core/base/rng.h"
#include "core/deck/seating.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

int session_worst(int a, int b)
{
	return a == SESSION_INVALID || b == SESSION_INVALID ? SESSION_INVALID : a > b ? a : b;
}

cJSON *session_rec_new(const char *type)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "t", type);
	cJSON_AddNumberToObject(o, "at", (double)now_wall_ms());
	return o;
}

void session_rec_add_rng(cJSON *rec, const struct dealer *dl)
{
	struct rng st;
	dealer_get_rng(dl, &st);
	cJSON *arr = cJSON_AddArrayToObject(rec, "rng");
	for (int i = 0; i < 4; i++) {
		char buf[24];
		snprintf(buf, sizeof buf, "%llu", (unsigned long long)st.s[i]);
		cJSON_AddItemToArray(arr, cJSON_CreateString(buf));
	}
}

/* Moves the first n pending records to saved, keeping their order. */
static void session_mark_saved(struct session *s, size_t n)
{
	if (n == 0)
		return; /* pending.v may be NULL, and memmove must not see it */
	for (size_t i = 0; i < n; i++)
		strv_push_owned(&s->saved, s->pending.v[i]);
	memmove(s->pending.v, s->pending.v + n, (s->pending.n - n) * sizeof *s->pending.v);
	s->pending.n -= n;
}

/* Opens the journal if it is not open, first taking its lock (once) and
 * making a torn file whole again (so nothing is ever appended after a torn
 * line). */
static bool session_open_journal(struct session *s, struct diags *d)
{
	if (s->journal)
		return true;
	if (session_lock(s, s->journal_path, d) != 0)
		return false;
	if (s->rewrite_first && journal_write_all(s->journal_path, &s->saved, d) != 0)
		return false;
	s->rewrite_first = false;
	return journal_open(&s->journal, s->journal_path, d) == 0;
}

bool session_flush(struct session *s, struct diags *d)
{
	if (!session_open_journal(s, d))
		return false;
	size_t done = 0;
	while (done < s->pending.n && journal_append(s->journal, s->pending.v[done], d) == 0)
		done++;
	session_mark_saved(s, done);
	return s->pending.n == 0;
}

enum session_status session_commit(struct session *s, cJSON *rec, struct diags *d)
{
	char *line = cJSON_PrintUnformatted(rec);
	/* Pending records go first, so the journal keeps the order things happened. */
	bool saved = session_flush(s, d) && journal_append(s->journal, line, d) == 0;
	strv_push(saved ? &s->saved : &s->pending, line);
	cJSON_free(line);
	if (saved && s->moved_pending.n)
		session_moved_retry(s); /* the old folder may take its pointer now */
	/* The mutators checked the record against the state, so it applies. */
	int rc = session_apply(s, rec, s->journal_path, 0, d);
	cJSON_Delete(rec);
	if (rc != 0)
		return SESSION_INVALID;
	return saved ? SESSION_OK : SESSION_UNSAVED;
}

static struct session *session_blank(const struct catalog *c)
{
	struct session *s = xcalloc(1, sizeof *s);
	s->catalog = c;
	return s;
}

void session_free(struct session *s)
{
	if (!s)
		return;
	journal_close(s->journal);
	session_unlock_from(s, 0);
	dealer_free(s->dealer);
	for (size_t i = 0; i < s->n_dealt; i++) {
		free(s->dealt[i].deck);
		free(s->dealt[i].card);
	}
	free(s->dealt);
	for (size_t i = 0; i < s->n_entries; i++) {
		free(s->entries[i].deck);
		free(s->entries[i].card);
		free(s->entries[i].text);
	}
	free(s->entries);
	for (size_t r = 0; s->seats && r < s->rounds; r++)
		free(s->seats[r]);
	free(s->seats);
	free(s->entered);
	free(s->clocks);
	free(s->planned);
	free(s->id), free(s->journal_path), free(s->flow_id), free(s->flow_version);
	free(s->facilitator), free(s->flow_title);
	strv_free(&s->deck_ids), strv_free(&s->deck_versions), strv_free(&s->people);
	strv_free(&s->apologies);
	free(s->joined_at), free(s->left_at), free(s->away);
	strv_free(&s->pending), strv_free(&s->saved);
	strv_free(&s->phase_ids), strv_free(&s->role_ids);
	strv_free(&s->moved_pending);
	strv_free(&s->rescue_dirs);
	free(s->draft_unsaved);
	session_actions_free(s);
	free(s);
}

/* Applies line i of the journal (lineno in the file). */
static int session_replay_one(struct session *s, const char *path, const char *line, int lineno,
			      struct diags *d)
{
	cJSON *rec = cJSON_Parse(line);
	int rc;
	if (!cJSON_IsObject(rec)) {
		diags_error(d, path, lineno, 1, DIAG_SYNTAX,
			    "line %d of the journal is not a JSON object (the file is damaged)", lineno);
		rc = -1;
	} else {
		rc = session_apply(s, rec, path, lineno, d);
	}
	cJSON_Delete(rec);
	return rc;
}

int session_replay(struct session **out, const struct catalog *c, const char *path,
		   const struct strv *lines, const int *linenos, struct diags *d)
{
	struct session *s = session_blank(c);
	s->journal_path = xstrdup(path);
	int rc = 0;
	for (size_t i = 0; i < lines->n && rc == 0; i++) {
		int lineno = linenos ? linenos[i] : (int)i + 1;
		/* A write whose fsync failed and whose undo failed too is written
		 * again by the retry, right after itself: the copy is skipped. */
		if (i > 0 && !strcmp(lines->v[i], lines->v[i - 1])) {
			diags_warn(d, path, lineno, 1, DIAG_SCHEMA,
				   "line %d repeats the line before it (a retried save); skipped", lineno);
			continue;
		}
		rc = session_replay_one(s, path, lines->v[i], lineno, d);
		strv_push(&s->saved, lines->v[i]);
	}
	if (rc == 0 && !s->id) {
		diags_error(d, path, 0, 0, DIAG_SCHEMA, "the journal holds no round (it is empty)");
		rc = -1;
	}
	if (rc != 0) {
		session_free(s);
		s = NULL;
	}
	*out = s;
	return rc;
}

int session_load(struct session **out, const struct catalog *c, const char *journal_path,
		 struct diags *d)
{
	struct strv lines = {0};
	int *linenos = NULL;
	bool torn = false;
	*out = NULL;
	int rc = journal_read_numbered(journal_path, &lines, &linenos, &torn, d);
	if (rc == 0)
		rc = session_replay(out, c, journal_path, &lines, linenos, d);
	if (rc == 0) {
		(*out)->torn_tail = torn;
		(*out)->read_only = true;
	}
	strv_free(&lines);
	free(linenos);
	return rc;
}

/* The flow must be there, and still the same shape, to carry on a round. */
static int session_resume_check(const struct session *s, struct diags *d)
{
	if (s->flow)
		return 0;
	const struct doc *f = s->catalog ? catalog_find(s->catalog, s->flow_id) : NULL;
	if (f && f->kind == DOC_FLOW)
		diags_error(d, s->journal_path, 1, 1, DIAG_REFERENCE,
			    "flow \"%s\" has changed since this round began (%zu phases, now %zu); "
			    "the round can still be exported (rucksack export %s)",
			    s->flow_id, s->n_phases, f->flow.n_phases, s->id);
	else
		diags_error(d, s->journal_path, 1, 1, DIAG_REFERENCE,
			    "flow \"%s\" is not found on the search path; the round can still "
			    "be exported (rucksack export %s)",
			    s->flow_id, s->id);
	return -1;
}

/* A crash between a round's first records leaves it with no phase entered
 * (and maybe unseated): finish starting it as session_start would have. */
static int session_resume_repair(struct session *s, struct diags *d)
{
	for (size_t i = 0; i < (size_t)s->rounds * s->n_phases; i++)
		if (s->entered[i])
			return SESSION_OK;
	return session_goto(s, 0, 0, d);
}

int session_resume(struct session **out, const struct catalog *c, const char *journal_path,
		   struct diags *d)
{
	struct session *s;
	struct lockfile *lock = NULL;
	*out = NULL;
	/* locked before it is read: a second window must not replay, and then
	 * write over, what the first goes on appending to */
	if (session_lock_take(journal_path, &lock, d) != 0)
		return SESSION_INVALID;
	if (session_load(&s, c, journal_path, d) != 0) {
		lockfile_release(lock);
		return SESSION_INVALID;
	}
	session_lock_keep(s, lock);
	if (session_resume_check(s, d) != 0) {
		session_free(s);
		return SESSION_INVALID;
	}
	s->read_only = false;
	s->rewrite_first = s->torn_tail;
	*out = s;
	/* A folder that cannot be written still lets the round go on in memory. */
	int st = session_open_journal(s, d) ? SESSION_OK : SESSION_UNSAVED;
	return session_worst(st, session_resume_repair(s, d));
}
