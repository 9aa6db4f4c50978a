/*
 * Reflections and notes, ending a round, saving what is pending, and the
 * read-only queries the interface asks.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* Commits a record carrying typed text; once it is on the disk, the draft it
 * came from is no longer needed. */
static enum session_status entries_commit_typed(struct session *s, cJSON *rec, struct diags *d)
{
	enum session_status st = session_commit(s, rec, d);
	if (st == SESSION_OK)
		session_draft_clear(s);
	else if (st == SESSION_UNSAVED) {
		s->draft_stale = true; /* pending now holds its text: clear it once saved */
		free(s->draft_unsaved);
		s->draft_unsaved = NULL;
	}
	return st;
}

enum session_status session_add_entry(struct session *s, bool note, int person, const char *deck,
				      const char *card, const char *text, unsigned *id_out,
				      struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	if (!text || !session_author_ok(s, person))
		return session_refuse(s, d,
				      "a reflection needs its text and a person of the round");
	unsigned id = s->next_entry_id;
	cJSON *rec = session_rec_new("entry");
	cJSON_AddNumberToObject(rec, "id", id);
	cJSON_AddBoolToObject(rec, "note", note);
	cJSON_AddNumberToObject(rec, "round", (double)s->round);
	cJSON_AddNumberToObject(rec, "phase", (double)s->phase);
	cJSON_AddNumberToObject(rec, "person", person);
	if (deck && card) {
		cJSON_AddStringToObject(rec, "deck", deck);
		cJSON_AddStringToObject(rec, "card", card);
	}
	cJSON_AddStringToObject(rec, "text", text);
	if (id_out)
		*id_out = id;
	return entries_commit_typed(s, rec, d);
}

static enum session_status entries_change(struct session *s, const char *type, unsigned id,
					  const char *text, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	const struct entry *e = session_find_entry(s, id);
	if (!e || e->deleted)
		return session_refuse(s, d, "no such reflection (it may have been deleted)");
	cJSON *rec = session_rec_new(type);
	cJSON_AddNumberToObject(rec, "id", id);
	if (!text)
		return session_commit(s, rec, d); /* a delete: any draft is someone's new text */
	cJSON_AddStringToObject(rec, "text", text);
	return entries_commit_typed(s, rec, d);
}

enum session_status session_edit_entry(struct session *s, unsigned id, const char *text, struct diags *d)
{
	if (!text)
		return session_refuse(s, d, "an edit needs its text");
	return entries_change(s, "edit", id, text, d);
}

enum session_status session_delete_entry(struct session *s, unsigned id, struct diags *d)
{
	return entries_change(s, "delete", id, NULL, d);
}

enum session_status session_end(struct session *s, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	if (s->ended_at)
		return session_refuse(s, d, "this round has already ended");
	return session_commit(s, session_rec_new("end"), d);
}

enum session_status session_retry_save(struct session *s, struct diags *d)
{
	if (!session_flush(s, d))
		return SESSION_UNSAVED;
	session_draft_clear_saved(s);
	session_moved_retry(s);
	return session_draft_write_unsaved(s, s->journal_path, d) == 0 ? SESSION_OK : SESSION_UNSAVED;
}

/* path itself, or <path>/<id>.jsonl when path is a folder. */
static char *entries_target(const struct session *s, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return xasprintf("%s/%s.jsonl", path, s->id);
	return xstrdup(path);
}

/* The draft being kept beside the old journal goes beside the new one (a
 * draft whose text is now saved is removed instead). */
static void entries_move_draft(struct session *s, const char *old)
{
	char *from = session_sibling(old, ".draft");
	char *to = session_sibling(s->journal_path, ".draft");
	struct strv lines = {0};
	struct diags quiet = {0}; /* the draft is also kept where it was */
	bool torn = false;
	if (s->draft_stale)
		unlink(from);
	else if (strcmp(from, to) != 0 && access(from, F_OK) == 0 &&
		 journal_read(from, &lines, &torn, &quiet) == 0 && lines.n == 1 &&
		 journal_write_all(to, &lines, &quiet) == 0)
		unlink(from);
	s->draft_stale = false;
	strv_free(&lines);
	diags_free(&quiet);
	free(from);
	free(to);
}

enum session_status session_save_as(struct session *s, const char *path, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	char *target = entries_target(s, path);
	/* the round is locked where it goes before anything is written there: a
	 * journal of it open in another window must not be written over */
	size_t locks = s->n_locks;
	if (session_lock(s, target, d) != 0) {
		free(target);
		return SESSION_UNSAVED;
	}
	struct strv all = {0};
	strv_copy(&all, &s->saved);
	for (size_t i = 0; i < s->pending.n; i++)
		strv_push(&all, s->pending.v[i]);
	struct journal *j = NULL;
	if (journal_write_all(target, &all, d) != 0 || journal_open(&j, target, d) != 0) {
		session_unlock_from(s, locks);
		strv_free(&all);
		free(target);
		return SESSION_UNSAVED;
	}
	journal_close(s->journal);
	s->journal = j;
	char *old = s->journal_path;
	char *abs = realpath(target, NULL); /* a pointer must lead here from anywhere */
	s->journal_path = abs ? abs : target;
	if (abs)
		free(target);
	s->rewrite_first = false;
	strv_free(&s->saved);
	strv_free(&s->pending);
	s->saved = all;
	entries_move_draft(s, old);
	/* the journal is what matters: a draft that still cannot be written is
	 * said and kept in memory (for a retry or rescue), not fatal */
	session_draft_write_unsaved(s, s->journal_path, d);
	session_moved_from(s, old, d);
	free(old);
	return SESSION_OK;
}

const struct phase *session_phase(const struct session *s)
{
	return s->flow && s->phase < s->flow->flow.n_phases ? &s->flow->flow.phases[s->phase] : NULL;
}

const struct role *session_role_of(const struct session *s, size_t person)
{
	if (!s->flow || person >= s->people.n || !s->seats[s->round])
		return NULL;
	int r = s->seats[s->round][person];
	return r >= 0 && (size_t)r < s->flow->flow.n_roles ? &s->flow->flow.roles[r] : NULL;
}

const struct doc *session_deck(const struct session *s, const char *deck_id)
{
	return session_deck_doc(s, deck_id);
}

/* Entries are kept in increasing id order (session_apply refuses any other),
 * so a binary search finds one even in a very long round.  Its index, or
 * n_entries when there is none. */
static size_t entries_index(const struct session *s, unsigned id)
{
	size_t lo = 0, hi = s->n_entries;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->entries[mid].id == id)
			return mid;
		if (s->entries[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return s->n_entries;
}

const struct entry *session_find_entry(const struct session *s, unsigned id)
{
	size_t i = entries_index(s, id);
	return i < s->n_entries ? &s->entries[i] : NULL;
}

struct entry *session_entry_by_id(struct session *s, unsigned id)
{
	size_t i = entries_index(s, id);
	return i < s->n_entries ? &s->entries[i] : NULL;
}
