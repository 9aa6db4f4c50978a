#include "core/practice/practice_store.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/base/journal.h"
#include "core/base/lockfile.h"
#include "core/base/paths.h"
#include "core/base/xalloc.h"

#define PRACTICE_VERSION 1

static char *record_finish(cJSON *o)
{
	char *s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	char *r = xstrdup(s);
	cJSON_free(s);
	return r;
}

static cJSON *record_start(const char *type, int64_t ts, const char *deck)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "v", PRACTICE_VERSION);
	cJSON_AddStringToObject(o, "type", type);
	cJSON_AddNumberToObject(o, "ts", (double)ts);
	cJSON_AddStringToObject(o, "deck", deck);
	return o;
}

char *practice_answer_record(const struct practice_answer *a)
{
	cJSON *o = record_start("answer", a->ts, a->deck);
	cJSON_AddStringToObject(o, "item", a->item);
	cJSON_AddStringToObject(o, "suit", a->suit);
	cJSON_AddStringToObject(o, "card", a->card);
	cJSON_AddStringToObject(o, "given_suit", a->given_suit);
	if (a->given_card)
		cJSON_AddStringToObject(o, "given_card", a->given_card);
	else
		cJSON_AddNullToObject(o, "given_card");
	cJSON_AddBoolToObject(o, "suit_ok", a->suit_ok);
	cJSON_AddBoolToObject(o, "card_ok", a->card_ok);
	cJSON_AddBoolToObject(o, "retry", a->retry);
	if (a->named)
		cJSON_AddStringToObject(o, "named", a->named);
	else
		cJSON_AddNullToObject(o, "named");
	cJSON_AddBoolToObject(o, "also", a->also);
	return record_finish(o);
}

static void add_mark(cJSON *o, enum practice_mark m)
{
	if (m == MARK_NONE)
		cJSON_AddNullToObject(o, "on_target");
	else
		cJSON_AddBoolToObject(o, "on_target", m == MARK_ON_TARGET);
}

char *practice_written_record(const struct practice_written *w)
{
	cJSON *o = record_start("written", w->ts, w->deck);
	cJSON_AddStringToObject(o, "card", w->card);
	cJSON_AddStringToObject(o, "vignettes", w->vignettes ? w->vignettes : "vignettes");
	cJSON_AddStringToObject(o, "vignette", w->vignette);
	if (w->id)
		cJSON_AddStringToObject(o, "id", w->id);
	cJSON_AddStringToObject(o, "text", w->text);
	add_mark(o, w->mark);
	return record_finish(o);
}

char *practice_mark_record(int64_t ts, const char *deck, const char *id, enum practice_mark m)
{
	cJSON *o = record_start("mark", ts, deck);
	cJSON_AddStringToObject(o, "id", id);
	add_mark(o, m);
	return record_finish(o);
}

char *practice_note_record(const struct practice_note *n)
{
	cJSON *o = record_start("note", n->ts, n->deck);
	cJSON_AddStringToObject(o, "card", n->card);
	cJSON_AddStringToObject(o, "vignettes", n->vignettes);
	cJSON_AddStringToObject(o, "vignette", n->vignette);
	cJSON_AddStringToObject(o, "flow", n->flow);
	cJSON_AddStringToObject(o, "step", n->step);
	cJSON_AddStringToObject(o, "id", n->id);
	cJSON_AddStringToObject(o, "text", n->text);
	return record_finish(o);
}

/* A required string field; NULL (and *ok cleared) when absent. */
static char *field_str(const cJSON *o, const char *name, bool *ok)
{
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, name);
	if (cJSON_IsString(f))
		return xstrdup(f->valuestring);
	*ok = false;
	return NULL;
}

static bool field_bool(const cJSON *o, const char *name, bool *ok)
{
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, name);
	if (!cJSON_IsBool(f))
		*ok = false;
	return cJSON_IsTrue(f);
}

static void answer_free(struct practice_answer *a)
{
	free(a->deck);
	free(a->item);
	free(a->suit);
	free(a->card);
	free(a->given_suit);
	free(a->given_card);
	free(a->named);
}

static void written_free(struct practice_written *w)
{
	free(w->id);
	free(w->vignettes);
	free(w->deck);
	free(w->card);
	free(w->vignette);
	free(w->text);
}

static void note_free(struct practice_note *n)
{
	free(n->deck);
	free(n->card);
	free(n->vignettes);
	free(n->vignette);
	free(n->flow);
	free(n->step);
	free(n->id);
	free(n->text);
}

static bool parse_note(struct practice_log *log, const cJSON *o, int64_t ts)
{
	bool ok = true;
	struct practice_note n = {.ts = ts};
	n.deck = field_str(o, "deck", &ok);
	n.card = field_str(o, "card", &ok);
	n.vignettes = field_str(o, "vignettes", &ok);
	n.vignette = field_str(o, "vignette", &ok);
	n.flow = field_str(o, "flow", &ok);
	n.step = field_str(o, "step", &ok);
	n.id = field_str(o, "id", &ok);
	n.text = field_str(o, "text", &ok);
	if (!ok) {
		note_free(&n);
		return false;
	}
	xgrow((void **)&log->notes, &log->cap_notes, log->n_notes + 1, sizeof *log->notes);
	log->notes[log->n_notes++] = n;
	return true;
}

static bool parse_answer(struct practice_log *log, const cJSON *o, int64_t ts)
{
	bool ok = true;
	struct practice_answer a = {.ts = ts};
	a.deck = field_str(o, "deck", &ok);
	a.item = field_str(o, "item", &ok);
	a.suit = field_str(o, "suit", &ok);
	a.card = field_str(o, "card", &ok);
	a.given_suit = field_str(o, "given_suit", &ok);
	const cJSON *gc = cJSON_GetObjectItemCaseSensitive(o, "given_card");
	a.given_card = cJSON_IsString(gc) ? xstrdup(gc->valuestring) : NULL;
	a.suit_ok = field_bool(o, "suit_ok", &ok);
	a.card_ok = field_bool(o, "card_ok", &ok);
	a.retry = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "retry"));
	const cJSON *named = cJSON_GetObjectItemCaseSensitive(o, "named");
	a.named = cJSON_IsString(named) ? xstrdup(named->valuestring) : NULL;
	a.also = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "also"));
	if (!ok) {
		answer_free(&a);
		return false;
	}
	xgrow((void **)&log->a, &log->cap_a, log->n_a + 1, sizeof *log->a);
	log->a[log->n_a++] = a;
	return true;
}

/* on_target: true, false, or (only where allowed) null for "not marked yet". */
static enum practice_mark field_mark(const cJSON *o, bool null_ok, bool *ok)
{
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, "on_target");
	if (cJSON_IsBool(f))
		return cJSON_IsTrue(f) ? MARK_ON_TARGET : MARK_NOT_YET;
	if (!null_ok || !cJSON_IsNull(f))
		*ok = false;
	return MARK_NONE;
}

static bool parse_written(struct practice_log *log, const cJSON *o, int64_t ts)
{
	bool ok = true;
	struct practice_written w = {.ts = ts};
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
	w.id = cJSON_IsString(id) ? xstrdup(id->valuestring) : NULL;
	w.deck = field_str(o, "deck", &ok);
	w.card = field_str(o, "card", &ok);
	const cJSON *vd = cJSON_GetObjectItemCaseSensitive(o, "vignettes");
	w.vignettes = xstrdup(cJSON_IsString(vd) ? vd->valuestring : "vignettes");
	w.vignette = field_str(o, "vignette", &ok);
	w.text = field_str(o, "text", &ok);
	w.mark = field_mark(o, w.id != NULL, &ok);
	if (!ok) {
		written_free(&w);
		return false;
	}
	xgrow((void **)&log->w, &log->cap_w, log->n_w + 1, sizeof *log->w);
	log->w[log->n_w++] = w;
	return true;
}

/* A mark applies to the question with its id (the newest, should ids repeat). */
static bool parse_mark(struct practice_log *log, const cJSON *o)
{
	bool ok = true;
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
	enum practice_mark m = field_mark(o, false, &ok);
	if (!ok || !cJSON_IsString(id))
		return false;
	for (size_t i = log->n_w; i-- > 0;)
		if (log->w[i].id && strcmp(log->w[i].id, id->valuestring) == 0) {
			log->w[i].mark = m;
			return true;
		}
	return false;
}

/* false when the record is one of ours but malformed. */
static bool parse_line(struct practice_log *log, const char *line)
{
	cJSON *o = cJSON_Parse(line);
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "v");
	const cJSON *type = cJSON_GetObjectItemCaseSensitive(o, "type");
	const cJSON *ts = cJSON_GetObjectItemCaseSensitive(o, "ts");
	bool ok = true;
	if (!cJSON_IsNumber(v) || v->valueint != PRACTICE_VERSION || !cJSON_IsString(type))
		ok = o != NULL; /* another version or type: skip quietly */
	else if (!cJSON_IsNumber(ts) || !(ts->valuedouble >= -0x1p63 && ts->valuedouble < 0x1p63))
		ok = false; /* no time, or one no int64_t holds (1e300): a damaged line */
	else if (strcmp(type->valuestring, "answer") == 0)
		ok = parse_answer(log, o, (int64_t)ts->valuedouble);
	else if (strcmp(type->valuestring, "written") == 0)
		ok = parse_written(log, o, (int64_t)ts->valuedouble);
	else if (strcmp(type->valuestring, "mark") == 0)
		ok = parse_mark(log, o);
	else if (strcmp(type->valuestring, "note") == 0)
		ok = parse_note(log, o, (int64_t)ts->valuedouble);
	cJSON_Delete(o);
	return ok;
}

void practice_log_parse(struct practice_log *log, const struct strv *lines,
			const int *linenos, const char *file, struct diags *d)
{
	for (size_t i = 0; i < lines->n; i++) {
		int line = linenos ? linenos[i] : (int)i + 1;
		if (!parse_line(log, lines->v[i]))
			diags_warn(d, file, line, 1, DIAG_SCHEMA,
				   "practice record on line %d lacks a field or names no "
				   "question written; skipped", line);
	}
}

/* A damaged line stops practice, stats and export alike: say how to go on. */
static int store_read(const char *path, struct strv *lines, int **linenos, bool *torn,
		      struct diags *d)
{
	int rc = journal_read_numbered(path, lines, linenos, torn, d);
	if (rc != 0 && access(path, F_OK) == 0)
		diags_error(d, path, 0, 0, DIAG_SYNTAX,
			    "the practice journal is damaged and was left as it is: correct or "
			    "remove that line in a text editor, then practise again");
	return rc;
}

int practice_log_load(struct practice_log *log, const char *path, bool *torn,
		      struct diags *d)
{
	*torn = false;
	if (access(path, F_OK) != 0)
		return 0;
	struct strv lines = {0};
	int *linenos = NULL;
	int rc = store_read(path, &lines, &linenos, torn, d);
	if (rc == 0)
		practice_log_parse(log, &lines, linenos, path, d);
	strv_free(&lines);
	free(linenos);
	return rc;
}

void practice_log_boxes(const struct practice_log *log, const char *deck,
			struct practice_boxes *b)
{
	for (size_t i = 0; i < log->n_a; i++) {
		const struct practice_answer *a = &log->a[i];
		if (!deck || strcmp(a->deck, deck) == 0)
			practice_sched_answer(b, a->item, a->suit_ok && a->card_ok, a->retry, a->ts);
	}
}

void practice_log_free(struct practice_log *log)
{
	for (size_t i = 0; i < log->n_a; i++)
		answer_free(&log->a[i]);
	for (size_t i = 0; i < log->n_w; i++)
		written_free(&log->w[i]);
	for (size_t i = 0; i < log->n_notes; i++)
		note_free(&log->notes[i]);
	free(log->a);
	free(log->w);
	free(log->notes);
	*log = (struct practice_log){0};
}

char *practice_journal_path(env_fn env, int create, struct diags *d)
{
	char *dir = paths_private_dir(env, "practice", create, d);
	if (!dir)
		return NULL;
	char *p = xasprintf("%s/journal.jsonl", dir);
	free(dir);
	return p;
}

/* The locks this process holds on practice journals, each shared by the
 * stores of that journal (the write flow opens the drill's store inside its
 * own): one window is one process, and its stores never rewrite the file
 * under one another.  A few slots, because a process may have more than one
 * journal open at once (tests do), and each must stay locked. */
#define STORE_LOCKS 8
static struct store_held {
	char *path; /* the lock file's */
	struct lockfile *lock;
	unsigned refs;
	pid_t pid; /* the process that took it (a child made by fork holds none of it) */
} store_held[STORE_LOCKS];

char *practice_lock_path(const char *path)
{
	size_t n = strlen(path);
	return xasprintf("%.*s.lock", (int)(n > 6 && !strcmp(path + n - 6, ".jsonl") ? n - 6 : n),
			 path);
}

/* The slot holding lp's lock in this process, or NULL.  Slots inherited
 * through fork are forgotten first: the parent's locks are not ours. */
static struct store_held *store_held_find(const char *lp)
{
	struct store_held *found = NULL;
	for (size_t i = 0; i < STORE_LOCKS; i++) {
		struct store_held *h = &store_held[i];
		if (h->refs && h->pid != getpid())
			*h = (struct store_held){0};
		if (h->refs && !strcmp(h->path, lp))
			found = h;
	}
	return found;
}

static struct store_held *store_held_free_slot(void)
{
	for (size_t i = 0; i < STORE_LOCKS; i++)
		if (!store_held[i].refs)
			return &store_held[i];
	return NULL;
}

/* The error for a journal another window has locked. */
static int store_busy(const char *path, long pid, struct diags *d)
{
	char held[40] = "";
	if (pid > 0)
		snprintf(held, sizeof held, " (pid %ld)", pid);
	diags_error(d, path, 0, 0, DIAG_IO,
		    "practice is open in another window%s; carry on there, or close it there first",
		    held);
	return -1;
}

/* Locks the journal at path for s before it is read, so that no second
 * window rewrites it (dropping a torn line) under the first: 0 (*shared
 * when this process held it already), or -1 with an error naming the
 * window that has it. */
static int store_lock(struct practice_store *s, const char *path, bool *shared, struct diags *d)
{
	char *lp = practice_lock_path(path);
	struct store_held *h = store_held_find(lp);
	*shared = h != NULL;
	if (h) {
		h->refs++;
		s->locked = true;
		free(lp);
		return 0;
	}
	long pid = 0;
	struct lockfile *l = NULL;
	enum lockfile_status st = lockfile_take(lp, &l, &pid);
	h = store_held_free_slot();
	if (st == LOCKFILE_HELD && h) {
		*h = (struct store_held){.path = lp, .lock = l, .refs = 1, .pid = getpid()};
		s->locked = true;
		return 0;
	}
	free(lp);
	lockfile_release(l); /* more journals open at once than slots: left unlocked */
	/* a folder that cannot hold the lock cannot hold the journal either */
	return st == LOCKFILE_BUSY ? store_busy(path, pid, d) : 0;
}

static void store_unlock(struct practice_store *s)
{
	if (!s->locked || !s->path)
		return;
	char *lp = practice_lock_path(s->path);
	struct store_held *h = store_held_find(lp);
	free(lp);
	if (!h || --h->refs)
		return;
	lockfile_release(h->lock);
	free(h->path);
	*h = (struct store_held){0};
}

int practice_store_open(struct practice_store *s, const char *path, struct diags *d)
{
	*s = (struct practice_store){.path = xstrdup(path)};
	struct strv lines = {0};
	int *linenos = NULL;
	bool torn = false;
	bool shared = false;
	int rc = store_lock(s, path, &shared, d);
	if (rc == 0 && access(path, F_OK) == 0)
		rc = store_read(path, &lines, &linenos, &torn, d);
	if (rc == 0 && torn && shared) { /* replacing it would lose the other store's appends */
		diags_error(d, path, 0, 0, DIAG_IO,
			    "its last line is torn; leave practice and start it again to mend it");
		rc = -1;
	} else if (rc == 0 && torn) {
		rc = journal_write_all(path, &lines, d);
	}
	if (rc == 0) {
		practice_log_parse(&s->log, &lines, linenos, path, d);
		rc = journal_open(&s->journal, path, d);
	}
	strv_free(&lines);
	free(linenos);
	if (rc != 0)
		practice_store_close(s);
	return rc;
}

void practice_store_close(struct practice_store *s)
{
	if (s->journal)
		journal_close(s->journal);
	store_unlock(s); /* after the journal is closed: nothing more is written */
	practice_log_free(&s->log);
	free(s->path);
	*s = (struct practice_store){0};
}
