/*
 * The catalog of decks and flows on the search path.  Folders are read in
 * search-path order and each folder's *.json files in byte order of their
 * names, so the result does not depend on the locale or the file system.
 * Skipped: names starting with '.' (editor lock and swap files) and
 * schema.json, the JSON Schema of the format that is installed beside the
 * stock decks for editors and is not a deck.
 */
#include "core/deck/catalog.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/item_name.h"
#include "core/deck/load.h"
#include "core/deck/load_report.h"
#include "core/deck/version.h"
#include "core/base/nearest.h"
#include "core/base/xalloc.h"

static bool wanted(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0 &&
	       strcmp(name, "schema.json") != 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The wanted file names of dir, sorted; -1 (and errno) when it cannot be read. */
static int list_dir(const char *dir, struct strv *names)
{
	DIR *dp = opendir(dir);
	struct dirent *e;

	if (!dp)
		return -1;
	while ((e = readdir(dp)) != NULL)
		if (wanted(e->d_name))
			strv_push(names, e->d_name);
	closedir(dp);
	if (names->n > 1)
		qsort(names->v, names->n, sizeof *names->v, cmp_names);
	return 0;
}

int catalog_folder_files(const char *dir, struct strv *paths)
{
	struct strv names = {0};
	if (list_dir(dir, &names) != 0) {
		int e = errno;
		strv_free(&names);
		errno = e;
		return -1;
	}
	size_t n = strlen(dir);
	for (size_t i = 0; i < names.n; i++) {
		strv_push_owned(paths, xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/",
						 names.v[i]));
	}
	strv_free(&names);
	return 0;
}

/* The first entry with this id that is not shadowed, or NULL. */
static struct catalog_entry *find_entry(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n; i++)
		if (!c->v[i].shadowed && strcmp(c->v[i].doc->id, id) == 0)
			return &c->v[i];
	return NULL;
}

static void append(struct catalog *c, struct doc *doc, size_t dir)
{
	bool shadowed = find_entry(c, doc->id) != NULL;

	xgrow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = (struct catalog_entry){ .doc = doc, .dir = dir, .shadowed = shadowed };
}

bool catalog_named_for_id(const char *path, const char *id)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = strlen(id);
	return strncmp(base, id, n) == 0 && strcmp(base + n, ".json") == 0;
}

/* The doc of docs (n of them, NULL for files that failed) that folder uses
 * for id: the first named after it, else the first. */
static const struct doc *folder_winner(struct doc *const *docs, size_t n, const char *id)
{
	const struct doc *first = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!docs[i] || strcmp(docs[i]->id, id) != 0)
			continue;
		if (catalog_named_for_id(docs[i]->path, id))
			return docs[i];
		if (!first)
			first = docs[i];
	}
	return first;
}

/*
 * Adds the docs of folder dir, in name order, one for each id.  Of two with
 * one id, the file named after the id is kept: the other is most likely a
 * copy (genogram-copy.json), which sorts first, and the one being edited
 * must not be the one reported and left out.  Takes the docs.
 */
static void add_folder(struct catalog *c, struct doc **docs, size_t n, size_t dir,
		       struct diags *d)
{
	for (size_t i = 0; i < n; i++) {
		struct doc *doc = docs[i];
		const struct doc *used = doc ? folder_winner(docs, n, doc->id) : NULL;
		if (used == doc) {
			if (doc)
				append(c, doc, dir);
			continue;
		}
		diags_add(d, doc->path, doc->id_pos.line, doc->id_pos.col, DIAG_ERROR, DIAG_SCHEMA,
			  "id: duplicate id \"%s\" in this folder (rucksack uses %s)", doc->id,
			  used->path);
		/* Leaving out one that does not win leaves the winner as it was. */
		doc_free(doc);
		docs[i] = NULL;
	}
}

/* The id a file that failed claims: the one it got as far as, else its
 * name without folder and ".json". */
static char *broken_id(const char *path, const char *claimed)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = strlen(base);

	if (claimed)
		return xstrdup(claimed);
	if (n > 5 && strcmp(base + n - 5, ".json") == 0)
		n -= 5;
	return xstrndup(base, n);
}

/* Notes a file that failed, at place at of the list. */
static void add_broken(struct catalog *c, size_t at, const char *path, const char *claimed)
{
	xgrow((void **)&c->broken, &c->cap_broken, c->n_broken + 1, sizeof *c->broken);
	memmove(c->broken + at + 1, c->broken + at, (c->n_broken - at) * sizeof *c->broken);
	c->n_broken++;
	c->broken[at] = (struct catalog_broken){ xstrdup(path), broken_id(path, claimed) };
}

void catalog_add_broken_first(struct catalog *c, const char *path, const char *claimed)
{
	add_broken(c, c->n_broken_named++, path, claimed);
}

/* Whether a loaded doc has id; only those named directly when named_only. */
static bool has_loaded(const struct catalog *c, const char *id, bool named_only)
{
	for (size_t i = 0; i < c->n; i++)
		if ((!named_only || c->v[i].dir == (size_t)-1) && strcmp(c->v[i].doc->id, id) == 0)
			return true;
	return false;
}

/* Files named directly come first, as they shadow the search path. */
const char *catalog_find_broken(const struct catalog *c, const char *id)
{
	for (size_t pass = 0; pass < 2; pass++) {
		size_t from = pass ? c->n_broken_named : 0;
		size_t to = pass ? c->n_broken : c->n_broken_named;
		if (has_loaded(c, id, pass == 0))
			return NULL;
		for (size_t i = from; i < to; i++)
			if (strcmp(c->broken[i].id, id) == 0)
				return c->broken[i].path;
	}
	return NULL;
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* A folder the user named but that is not there: a mistyped --decks would
 * otherwise show the stock decks (or nothing) with no hint why. */
static void missing_dir(struct catalog *c, const char *path, int e, struct diags *d)
{
	diags_add(d, path, 0, 0, DIAG_WARNING, DIAG_IO,
		  "%s (named by --decks, RUCKSACK_PATH or the settings file); no decks or "
		  "flows are read from it",
		  e == ENOTDIR ? "not a folder" : "no such folder");
	strv_push(&c->missing, path);
}

static void load_dir(struct catalog *c, size_t dir, bool named, struct diags *d)
{
	const char *path = c->dirs.v[dir];
	struct strv names = {0};

	if (list_dir(path, &names) < 0) {
		int e = errno;
		if (e != ENOENT && e != ENOTDIR)
			diags_add(d, path, 0, 0, DIAG_ERROR, DIAG_IO, "cannot read folder: %s",
				  strerror(e));
		else if (named)
			missing_dir(c, path, e, d);
		strv_free(&names);
		return;
	}
	struct doc **docs = xcalloc(names.n + 1, sizeof *docs);
	for (size_t i = 0; i < names.n; i++) {
		char *file = join(path, names.v[i]);
		char *claimed = NULL;
		if (load_file_claim(file, true, &docs[i], &claimed, d) != 0)
			add_broken(c, c->n_broken, file, claimed);
		free(claimed);
		free(file);
	}
	add_folder(c, docs, names.n, dir, d);
	free(docs);
	strv_free(&names);
}

/* After entries were removed: each is shadowed when an earlier one has its id. */
static void reshadow(struct catalog *c)
{
	for (size_t i = 0; i < c->n; i++) {
		c->v[i].shadowed = false;
		for (size_t j = 0; j < i && !c->v[i].shadowed; j++)
			c->v[i].shadowed = strcmp(c->v[j].doc->id, c->v[i].doc->id) == 0;
	}
}

/*
 * A flow that deals from a deck or suit that is not there could only fail
 * when a round starts, so it is refused like any file with an error; a flow
 * it shadowed takes its place (and is checked in turn).
 */
static void drop_broken_flows(struct catalog *c, struct diags *d)
{
	for (bool dropped = true; dropped;) {
		dropped = false;
		for (size_t i = 0; i < c->n; i++) {
			struct catalog_entry *e = &c->v[i];
			if (e->shadowed || e->doc->kind != DOC_FLOW ||
			    catalog_check_flow_refs(c, e->doc, d) == 0)
				continue;
			doc_free(e->doc);
			memmove(e, e + 1, (c->n - i - 1) * sizeof *e);
			c->n--;
			dropped = true;
			break;
		}
		if (dropped)
			reshadow(c);
	}
}

void catalog_load_named(struct catalog *c, const struct strv *dirs, size_t named,
			struct diags *d)
{
	size_t first = c->dirs.n;

	for (size_t i = 0; i < dirs->n; i++)
		strv_push(&c->dirs, dirs->v[i]);
	for (size_t i = first; i < c->dirs.n; i++)
		load_dir(c, i, i - first < named, d);
	drop_broken_flows(c, d);
}

void catalog_load(struct catalog *c, const struct strv *dirs, struct diags *d)
{
	catalog_load_named(c, dirs, 0, d);
}

void catalog_add_first(struct catalog *c, struct doc *doc)
{
	size_t at = 0;

	while (at < c->n && c->v[at].dir == (size_t)-1)
		at++;
	xgrow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
	memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
	c->n++;
	c->v[at] = (struct catalog_entry){ .doc = doc, .dir = (size_t)-1 };
	/* Shadowed means "an earlier entry has the same id": only this id's entries change. */
	for (size_t i = 0; i < at && !c->v[at].shadowed; i++)
		c->v[at].shadowed = strcmp(c->v[i].doc->id, doc->id) == 0;
	for (size_t i = at + 1; i < c->n; i++)
		if (strcmp(c->v[i].doc->id, doc->id) == 0)
			c->v[i].shadowed = true;
}

const struct doc *catalog_find(const struct catalog *c, const char *id)
{
	const struct catalog_entry *e = id ? find_entry(c, id) : NULL;
	return e ? e->doc : NULL;
}

const struct doc *catalog_find_kind(const struct catalog *c, const char *id, enum doc_kind k)
{
	const struct doc *doc = catalog_find(c, id);
	return doc && doc->kind == k ? doc : NULL;
}

const struct catalog_entry *catalog_hidden_newer(const struct catalog *c, size_t i)
{
	const struct doc *used = c->v[i].doc;
	const struct catalog_entry *newest = NULL;

	if (c->v[i].shadowed || !used->version)
		return NULL;
	for (size_t j = i + 1; j < c->n; j++) {
		const struct doc *o = c->v[j].doc;
		if (o->kind != used->kind || !o->version || strcmp(o->id, used->id) != 0 ||
		    version_cmp(o->version, newest ? newest->doc->version : used->version) <= 0)
			continue;
		newest = &c->v[j];
	}
	return newest;
}

void catalog_free(struct catalog *c)
{
	for (size_t i = 0; i < c->n; i++)
		doc_free(c->v[i].doc);
	free(c->v);
	for (size_t i = 0; i < c->n_broken; i++) {
		free(c->broken[i].path);
		free(c->broken[i].id);
	}
	free(c->broken);
	strv_free(&c->dirs);
	strv_free(&c->missing);
	*c = (struct catalog){0};
}

/* The nearest deck id to a misspelt one, or the decks when few. */
static const char *near_deck(const struct catalog *c, const char *id, char *buf, size_t size)
{
	struct nearest n;

	nearest_init(&n, id);
	for (size_t i = 0; i < c->n; i++)
		if (!c->v[i].shadowed && c->v[i].doc->kind == DOC_DECK)
			nearest_offer(&n, c->v[i].doc->id);
	return nearest_hint(&n, "decks", buf, size);
}

/* The nearest suit of a deck to a misspelt one, or its suits when few. */
static const char *near_suit(const struct deck *dk, const char *id, char *buf, size_t size)
{
	struct nearest n;

	nearest_init(&n, id);
	for (size_t i = 0; i < dk->n_suits; i++)
		nearest_offer(&n, dk->suits[i].id);
	return nearest_hint(&n, "its suits", buf, size);
}

/* One deal's deck and suit. */
static size_t check_deal(const struct catalog *c, const struct doc *flow, size_t p, size_t k,
			 struct diags *d)
{
	const struct phase *ph = &flow->flow.phases[p];
	const struct deal *dl = &ph->deals[k];
	const struct doc *deck = catalog_find(c, dl->deck);
	const struct pos *at = &dl->deck_pos, *suit_at = &dl->suit_pos;
	char phase[LREP_QUOTE_SIZE + 32], deal[32], where[sizeof phase + sizeof deal + 4];
	char hint[160];

	/* Named as the loader names places: phase "talk", the 2nd deal, deck. */
	item_name(phase, sizeof phase, "phases", p, ph->id);
	item_name(deal, sizeof deal, "deal", k, NULL);
	if (dl->listed)
		snprintf(where, sizeof where, "%s, %s, ", phase, deal);
	else
		snprintf(where, sizeof where, "%s, deal.", phase);
	const char *broken = catalog_find_broken(c, dl->deck);
	if (broken) {
		diags_add(d, flow->path, at->line, at->col, DIAG_ERROR, DIAG_REFERENCE,
			  "%sdeck: deck \"%s\" failed to load: %s has errors; fix them first",
			  where, dl->deck, broken);
		return 1;
	}
	if (!deck) {
		diags_add(d, flow->path, at->line, at->col, DIAG_ERROR, DIAG_REFERENCE,
			  "%sdeck: no deck \"%s\" on the search path or among the files named%s",
			  where, dl->deck, near_deck(c, dl->deck, hint, sizeof hint));
		return 1;
	}
	if (deck->kind != DOC_DECK) {
		diags_add(d, flow->path, at->line, at->col, DIAG_ERROR, DIAG_REFERENCE,
			  "%sdeck: \"%s\" is a flow (%s), not a deck", where, dl->deck, deck->path);
		return 1;
	}
	if (dl->suit && !deck_find_suit(&deck->deck, dl->suit)) {
		diags_add(d, flow->path, suit_at->line, suit_at->col, DIAG_ERROR, DIAG_REFERENCE,
			  "%ssuit: deck \"%s\" has no suit \"%s\"%s", where, dl->deck, dl->suit,
			  near_suit(&deck->deck, dl->suit, hint, sizeof hint));
		return 1;
	}
	if (dl->suit && deck_count_suit(&deck->deck, dl->suit) == 0) {
		diags_add(d, flow->path, suit_at->line, suit_at->col, DIAG_ERROR, DIAG_REFERENCE,
			  "%ssuit: suit \"%s\" of deck \"%s\" has no cards", where, dl->suit,
			  dl->deck);
		return 1;
	}
	return 0;
}

size_t catalog_check_flow_refs(const struct catalog *c, const struct doc *flow,
			       struct diags *d)
{
	size_t errors = 0;

	if (flow->kind != DOC_FLOW)
		return 0;
	for (size_t p = 0; p < flow->flow.n_phases; p++)
		for (size_t k = 0; k < flow->flow.phases[p].n_deals; k++)
			errors += check_deal(c, flow, p, k, d);
	return errors;
}
