/*
 * Listing the rounds in a sessions folder (and in the rescue folders) from
 * their journals alone (no catalog needed), newest first, each round once,
 * at its live place.
 */
#include <cJSON.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/round/session_summary.h"
#include "core/base/xalloc.h"

/* A folder listed: the names in it, sorted, so that what lies beside a
 * journal (a pointer, a lock, a draft) is known without asking the disk. */
struct list_folder {
	const char *dir;
	struct strv names;
	bool rescued; /* one of the rescue folders */
};

/* Which entry ids are notes, and the presenter's role, while reading one journal. */
struct list_notes {
	bool *is_note;
	size_t cap;
	long presenter; /* its index in the start record's roles, or -1 */
};

static void list_clear(struct session_info *si)
{
	free(si->id);
	free(si->path);
	free(si->flow_id);
	free(si->missing);
	free(si->found);
	strv_free(&si->people);
	strv_free(&si->presenters);
}

static long long list_int(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	/* in range, or the cast is undefined (C11 6.3.1.4); NaN fails both */
	return cJSON_IsNumber(v) && v->valuedouble >= -0x1p63 && v->valuedouble < 0x1p63
		       ? (long long)v->valuedouble
		       : 0;
}

/* Takes what the start record says; returns the index of the presenter's role, or -1. */
static long list_take_start(struct session_info *si, const cJSON *rec)
{
	const cJSON *flow = cJSON_GetObjectItemCaseSensitive(rec, "flow");
	si->flow_id = xstrdup(cJSON_IsString(flow) ? flow->valuestring : "?");
	si->started_at = list_int(rec, "at");
	si->n_phases = (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rec, "phases"));
	long long rounds = list_int(rec, "rounds");
	si->rounds = rounds > 0 && rounds <= SESSION_MAX_ROUNDS ? (unsigned)rounds : 1;
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "people"))
		if (cJSON_IsString(it))
			strv_push(&si->people, it->valuestring);
	struct strv roles = {0};
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "roles"))
		strv_push(&roles, cJSON_IsString(it) ? it->valuestring : "");
	long presenter = session_presenter_role(&roles);
	strv_free(&roles);
	return presenter;
}

static void list_count(struct session_info *si, struct list_notes *ln, const cJSON *rec, int dir)
{
	long long id = list_int(rec, "id");
	bool note;
	if (dir > 0) {
		note = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(rec, "note"));
		if (id > 0 && id < 10000000) {
			size_t old = ln->cap;
			xgrow((void **)&ln->is_note, &ln->cap, (size_t)id + 1, sizeof *ln->is_note);
			memset(ln->is_note + old, 0, (ln->cap - old) * sizeof *ln->is_note);
			ln->is_note[id] = note;
		}
	} else {
		note = id > 0 && (size_t)id < ln->cap && ln->is_note[id];
	}
	size_t *n = note ? &si->n_notes : &si->n_reflections;
	if (dir > 0)
		(*n)++;
	else if (*n > 0)
		(*n)--;
}

static void list_take(struct session_info *si, struct list_notes *ln, const cJSON *rec)
{
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(rec, "t");
	const char *type = cJSON_IsString(t) ? t->valuestring : "";
	long long at = list_int(rec, "at");
	if (at > si->last_at)
		si->last_at = at;
	if (!strcmp(type, "start") && !si->flow_id)
		ln->presenter = list_take_start(si, rec);
	else if (!strcmp(type, "seats") && si->flow_id)
		session_presenters_seats(si, ln->presenter, rec);
	else if (!strcmp(type, "entry"))
		list_count(si, ln, rec, 1);
	else if (!strcmp(type, "delete"))
		list_count(si, ln, rec, -1);
	else if (!strcmp(type, "end") || !strcmp(type, "reopen"))
		si->ended = !strcmp(type, "end");
	else if (!strcmp(type, "phase") && list_int(rec, "round") >= 0 && list_int(rec, "phase") >= 0)
		si->round = (size_t)list_int(rec, "round"), si->phase = (size_t)list_int(rec, "phase");
}

/* What a round that replays whole shows: the state its records build. */
static void list_take_session(struct session_info *si, const struct session *s)
{
	si->flow_id = xstrdup(s->flow_id);
	strv_copy(&si->people, &s->people);
	si->started_at = s->started_at;
	si->last_at = s->last_at;
	si->ended = s->ended_at != 0;
	si->round = s->round, si->phase = s->phase;
	si->n_phases = s->n_phases, si->rounds = s->rounds;
	for (size_t i = 0; i < s->n_entries; i++)
		if (!s->entries[i].deleted)
			(*(s->entries[i].note ? &si->n_notes : &si->n_reflections))++;
	session_presenters_of(si, s);
}

/* What a damaged journal shows: its records read one by one up to the
 * first line that replay refused (stop_line, file line numbers; 0: all). */
static void list_take_lines(struct session_info *si, const struct strv *lines, const int *linenos,
			    int stop_line)
{
	struct list_notes ln = {.presenter = -1};
	for (size_t i = 0; i < lines->n && (!stop_line || linenos[i] < stop_line); i++) {
		cJSON *rec = cJSON_Parse(lines->v[i]);
		list_take(si, &ln, rec);
		cJSON_Delete(rec);
	}
	free(ln.is_note);
}

/* Replays the records as resume and export would: 0, or the line number
 * replay refused (-1 when it names none) with its errors in local. */
static int list_replay(const char *path, const struct strv *lines, const int *linenos,
		       struct session_info *si, struct diags *local)
{
	struct session *s = NULL;
	struct diags rd = {0};
	if (session_replay(&s, NULL, path, lines, linenos, &rd) == 0) {
		list_take_session(si, s);
		session_free(s);
		diags_free(&rd); /* its warnings (a record type unknown...) are resume's to give */
		return 0;
	}
	int stop = -1;
	for (size_t i = 0; i < rd.n && stop < 0; i++)
		if (rd.v[i].severity == DIAG_ERROR && rd.v[i].line > 0)
			stop = rd.v[i].line;
	diags_move(local, &rd);
	return stop;
}

/* Reads si's journal (si->path): its records replayed as resume and
 * export do, so one they would refuse (a line that cannot be read, or a
 * record its round cannot take) is listed damaged, with counts up to the
 * damage and the damage warned of. */
static void list_read(struct session_info *si, struct diags *d)
{
	struct strv lines = {0};
	int *linenos = NULL;
	struct diags local = {0};
	int rc = journal_read_numbered(si->path, &lines, &linenos, &si->torn, &local);
	int stop = rc == 0 && lines.n ? list_replay(si->path, &lines, linenos, si, &local) : 0;
	if (rc != 0 || stop != 0 || lines.n == 0)
		list_take_lines(si, &lines, linenos, stop > 0 ? stop : 0);
	if (stop != 0)
		rc = -1;
	si->n_events = lines.n;
	free(linenos);
	strv_free(&lines);
	if (rc != 0) {
		/* what is damaged (file:line) is worth a warning here, not an error */
		for (size_t i = 0; i < local.n; i++)
			local.v[i].severity = DIAG_WARNING;
		diags_move(d, &local);
		si->damaged = true;
	}
	diags_free(&local);
}

/* Reads the journal at path; false (with a warning) when it holds no round.
 * With sm (the summaries of path's folder), a summary made from the journal
 * as it is now stands for reading it, and what is read is kept as one.  The
 * id shown is the file's name, which is what export and resume look for (it
 * is the start record's id unless the file was renamed). */
static bool list_one(const char *path, struct summaries *sm, struct session_info *si,
		     struct diags *d)
{
	memset(si, 0, sizeof *si);
	si->path = xstrdup(path);
	si->found = xstrdup(path);
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t len = strlen(name);
	si->id = xstrndup(name, len > 6 && !strcmp(name + len - 6, ".jsonl") ? len - 6 : len);
	struct stat st; /* taken first: a record appended while reading makes the summary stale */
	bool keep = sm && stat(path, &st) == 0 && S_ISREG(st.st_mode);
	if (keep && summaries_take(sm, name, &st, si))
		return true;
	list_read(si, d);
	bool round = si->flow_id != NULL;
	if (!round) {
		diags_warn(d, si->path, si->damaged ? 0 : 1, si->damaged ? 0 : 1, DIAG_SCHEMA,
			   si->damaged ? "not a readable round journal; skipped"
				       : "no round starts here (no \"start\" record); skipped");
		list_clear(si);
	} else if (keep && !si->damaged) {
		summaries_put(sm, name, &st, si);
	}
	return round;
}

/* Follows si's pointers: si then describes the journal they lead to, under
 * the id it was found by.  A live journal that cannot be read leaves si as it was. */
static void list_follow(struct session_info *si, const struct strv *rescue, struct diags *d)
{
	char *missing = NULL;
	char *live = session_follow(si->path, rescue, &missing);
	struct session_info there;
	if (strcmp(live, si->path) != 0 && list_one(live, NULL, &there, d)) {
		free(there.id);
		free(there.found);
		there.id = si->id;
		there.found = si->found;
		si->id = NULL;
		si->found = NULL;
		list_clear(si);
		*si = there;
		si->moved = true;
	}
	si->missing = missing;
	free(live);
}

static int list_cmp(const void *a, const void *b)
{
	const struct session_info *x = a, *y = b;
	if (x->started_at != y->started_at)
		return x->started_at > y->started_at ? -1 : 1;
	return strcmp(y->id, x->id);
}

static bool list_is_journal(const char *name)
{
	size_t n = strlen(name);
	return n > 6 && name[0] != '.' && !strcmp(name + n - 6, ".jsonl");
}

/* Whether a and b are the journal of one round (its id and start), and the same file. */
static bool list_same_round(const struct session_info *a, const struct session_info *b)
{
	return !strcmp(a->id, b->id) && a->started_at == b->started_at;
}

/* Of two copies of one round, whether a is the one to list: the one that
 * went further (more events, then the later last event), else the one found
 * where it is at home (not through a pointer, not a rescue copy). */
static bool list_better(const struct session_info *a, const struct session_info *b)
{
	if (a->n_events != b->n_events)
		return a->n_events > b->n_events;
	if (a->last_at != b->last_at)
		return a->last_at > b->last_at;
	return (a->moved + a->rescued) <= (b->moved + b->rescued);
}

/* A pointer says which copy lives: one reached through a pointer (kept
 * in a rescue folder while the old folder could not take it) beats one that
 * was not, unless that one went further. */
static bool list_pointed(const struct session_info *a, const struct session_info *b)
{
	return a->moved != b->moved && (a->moved ? a : b)->n_events >= (a->moved ? b : a)->n_events;
}

/* Whether copy is a rescue copy made from other's journal (its ID.from says so). */
static bool list_rescued_from(const struct session_info *copy, const struct session_info *other)
{
	if (!copy->rescued)
		return false;
	char *from = session_pointer_read(copy->path, ".from", "from");
	bool yes = from && session_same_file(from, other->path);
	free(from);
	return yes;
}

/* Says why x, a second copy of the round k, is not listed.  A rescue copy
 * listed over the journal it came from is what a rescue leaves (its line
 * says where it is, and resuming puts it back): nothing to warn of. */
static void list_say_not_listed(const struct session_info *k, const struct session_info *x,
				struct diags *d)
{
	if (list_rescued_from(k, x))
		return;
	if (list_rescued_from(x, k))
		diags_warn(d, x->path, 0, 0, DIAG_IO,
			   "this rescue copy of round %s (%zu events, its %s.from names where it was "
			   "made from) is not listed: %s has gone further since (%zu events)",
			   k->id, x->n_events, k->id, k->path, k->n_events);
	else
		diags_warn(d, x->path, 0, 0, DIAG_IO,
			   "round %s has two copies and no pointer from one to the other: "
			   "%s (%zu events) is listed, not this one (%zu events)",
			   k->id, k->path, k->n_events, x->n_events);
}

/* Keeps one line per round in v (n of them, one id); returns how many are left. */
static size_t list_once_id(struct session_info *v, size_t n, struct diags *d)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n;) {
			if (!list_same_round(&v[i], &v[j])) {
				j++;
				continue;
			}
			bool same = session_same_file(v[i].path, v[j].path);
			bool pointed = !same && list_pointed(&v[i], &v[j]);
			bool keep_i = pointed ? v[i].moved : list_better(&v[i], &v[j]);
			const struct session_info *k = keep_i ? &v[i] : &v[j], *x = keep_i ? &v[j] : &v[i];
			if (!same && !pointed)
				list_say_not_listed(k, x, d);
			if (!keep_i) {
				struct session_info t = v[i];
				v[i] = v[j];
				v[j] = t;
			}
			list_clear(&v[j]);
			v[j] = v[--n];
		}
	return n;
}

static int list_cmp_id(const void *a, const void *b)
{
	return strcmp(((const struct session_info *)a)->id, ((const struct session_info *)b)->id);
}

/* Keeps one line per round in v (n of them); returns how many are left.
 * Only rounds of one id can be one round: each run of an id is looked at
 * alone (a thousand rounds are not a million comparisons). */
static size_t list_once(struct session_info *v, size_t n, struct diags *d)
{
	if (n)
		qsort(v, n, sizeof *v, list_cmp_id);
	size_t kept = 0;
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && !strcmp(v[i].id, v[j].id); j++)
			;
		size_t left = list_once_id(v + i, j - i, d);
		memmove(v + kept, v + i, left * sizeof *v);
		kept += left;
	}
	return kept;
}

static int list_cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the names in f->dir (none when it is not there). */
static void list_names(struct list_folder *f)
{
	DIR *dh = opendir(f->dir);
	if (!dh)
		return; /* no folder yet: no rounds */
	for (struct dirent *de; (de = readdir(dh)) != NULL;)
		if (de->d_name[0] != '.')
			strv_push(&f->names, de->d_name);
	closedir(dh);
	if (f->names.n)
		qsort(f->names.v, f->names.n, sizeof *f->names.v, list_cmp_name);
}

/* Whether f holds stem + ext (stem: a journal's name without .jsonl). */
static bool list_has(const struct list_folder *f, const char *stem, size_t len, const char *ext)
{
	char buf[256], *name = buf;
	size_t ext_len = strlen(ext);
	if (len + ext_len >= sizeof buf) /* asked once a round: no allocation for the usual name */
		name = xcalloc(len + ext_len + 1, 1);
	memcpy(name, stem, len);
	memcpy(name + len, ext, ext_len + 1);
	bool has = f->names.n && bsearch(&name, f->names.v, f->names.n, sizeof *f->names.v,
					 list_cmp_name) != NULL;
	if (name != buf)
		free(name);
	return has;
}

/* The journal a name in a sessions folder stands for: itself (NAME.jsonl),
 * or NAME.jsonl for a pointer NAME.moved with no journal beside it (a round
 * saved elsewhere before its folder could be written); NULL for other files. */
static char *list_path(const struct list_folder *f, const char *name)
{
	size_t n = strlen(name);
	if (list_is_journal(name))
		return xasprintf("%s/%s", f->dir, name);
	if (n <= 6 || strcmp(name + n - 6, ".moved") != 0 || list_has(f, name, n - 6, ".jsonl"))
		return NULL; /* a pointer beside its journal is listed by the journal's name */
	return xasprintf("%s/%.*s.jsonl", f->dir, (int)(n - 6), name);
}

/* A pointer with no journal beside it (path: the journal it stands for):
 * the round where it leads, or nothing (with a warning) when that is not
 * there.  1 when si was filled. */
static size_t list_pointer_only(const char *path, const struct strv *rescue,
				struct session_info *si, struct diags *d)
{
	char *missing = NULL;
	char *live = session_follow(path, rescue, &missing);
	bool found = strcmp(live, path) != 0 && list_one(live, NULL, si, d);
	if (found) {
		const char *name = strrchr(path, '/') + 1;
		free(si->id);
		free(si->found);
		si->id = xstrndup(name, strlen(name) - 6);
		si->found = xstrdup(path);
		si->moved = true;
	} else {
		diags_warn(d, path, 0, 0, DIAG_IO,
			   "this round was saved elsewhere, in %s, which is not there now",
			   missing ? missing : live);
	}
	free(missing);
	free(live);
	return found;
}

/* Whether a pointer may lead the journal called name (in f) elsewhere: one
 * is beside it, or kept for it in a rescue folder.  Without one, following
 * would find the journal itself, and asking the disk is what takes time. */
static bool list_may_point(const struct list_folder *all, size_t n_all, const char *name)
{
	size_t len = strlen(name) - 6;
	for (size_t i = 0; i < n_all; i++)
		if (list_has(&all[i], name, len, ".moved"))
			return true;
	return false;
}

/* What lies beside si's journal: its draft, and its lock (whether another
 * window has it open).  f: the folder it was found in, whose names tell
 * when the journal is still there (not moved, not a link to elsewhere). */
static void list_beside(struct session_info *si, const struct list_folder *f, bool at_home)
{
	const char *name = strrchr(si->path, '/') + 1;
	size_t len = strlen(name) - 6;
	struct stat st;
	if (at_home && lstat(si->path, &st) == 0 && S_ISREG(st.st_mode)) {
		si->draft = list_has(f, name, len, ".draft");
		if (!list_has(f, name, len, ".lock"))
			return; /* no lock file: no one holds it */
	} else {
		char *draft = session_sibling(si->path, ".draft");
		si->draft = access(draft, F_OK) == 0;
		free(draft);
	}
	si->open_elsewhere = session_open_elsewhere(si->path, &si->open_pid);
}

/* Adds the round a name in folder all[k] stands for to *out, if any (sm:
 * the summaries of that folder, or NULL). */
static void list_name(const struct list_folder *all, size_t n_all, size_t k, const char *name,
		      const struct strv *rescue, struct summaries *sm, struct session_info *si,
		      size_t *n, struct diags *d)
{
	const struct list_folder *f = &all[k];
	char *path = list_path(f, name);
	if (!path)
		return;
	if (!list_is_journal(name)) {
		*n += list_pointer_only(path, rescue, si, d);
	} else if (list_one(path, sm, si, d)) {
		si->rescued = f->rescued;
		if (f->rescued || list_may_point(all, n_all, name))
			list_follow(si, rescue, d);
		(*n)++;
	}
	free(path);
}

int session_list(const char *dir, const struct strv *rescue, struct session_info **out, size_t *n,
		 struct diags *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0, n_all = 1 + (rescue ? rescue->n : 0);
	struct list_folder *all = xcalloc(n_all, sizeof *all);
	for (size_t k = 0; k < n_all; k++) {
		all[k] = (struct list_folder){.dir = k ? rescue->v[k - 1] : dir, .rescued = k > 0};
		list_names(&all[k]);
	}
	struct summaries *sm = summaries_load(dir);
	for (size_t k = 0; k < n_all; k++)
		for (size_t i = 0; i < all[k].names.n; i++) {
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
			size_t before = *n;
			list_name(all, n_all, k, all[k].names.v[i], rescue, k ? NULL : sm, &(*out)[*n],
				  n, d);
			if (*n > before)
				list_beside(&(*out)[before], &all[k],
					    !(*out)[before].moved && !(*out)[before].missing);
		}
	summaries_save(sm);
	*n = list_once(*out, *n, d);
	if (*n)
		qsort(*out, *n, sizeof **out, list_cmp);
	for (size_t k = 0; k < n_all; k++)
		strv_free(&all[k].names);
	free(all);
	return 0;
}

bool session_info_unsaved(const struct session_info *si)
{
	return si->draft || si->rescued;
}

void session_info_free(struct session_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		list_clear(&v[i]);
	free(v);
}

struct session_info *session_info_copy(const struct session_info *v, size_t n)
{
	struct session_info *out = n ? xcalloc(n, sizeof *out) : NULL;
	for (size_t i = 0; i < n; i++) {
		out[i] = v[i];
		out[i].id = xstrdup(v[i].id), out[i].path = xstrdup(v[i].path);
		out[i].flow_id = xstrdup(v[i].flow_id), out[i].missing = xstrdup(v[i].missing);
		out[i].found = xstrdup(v[i].found);
		out[i].people = out[i].presenters = (struct strv){0};
		strv_copy(&out[i].people, &v[i].people);
		strv_copy(&out[i].presenters, &v[i].presenters);
	}
	return out;
}

long session_newest_unfinished(const struct session_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		/* an older copy would fork the round; one open elsewhere is refused */
		if (!v[i].ended && !v[i].missing && !v[i].open_elsewhere)
			return (long)i;
	return -1;
}
