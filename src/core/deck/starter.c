/*
 * rucksack new: the id checked by the loader's rule, said in plain words
 * where it breaks it, and the starter file written into the user's deck
 * folder, never over a file already there.
 */
#include "core/deck/starter.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/atomicfile.h"
#include "core/base/fileio.h"
#include "core/base/paths.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

#define STARTER_ID_RULE "an id is 1 to 64 of a-z, 0-9 and '-', not starting with '-'"

/* An id made of what was typed ("My Deck.json": "my-deck"), or NULL when
 * nothing of it can be one. */
static char *starter_suggest(const char *id)
{
	size_t len = strlen(id), n = 0;
	if (len > 5 && strcmp(id + len - 5, ".json") == 0)
		len -= 5;
	char *s = xmalloc(len + 1);
	for (size_t i = 0; i < len && n < SLUG_MAX; i++) {
		char c = id[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c == ' ' || c == '_' || c == '.')
			c = '-';
		if (slug_char(c) && !(c == '-' && (n == 0 || s[n - 1] == '-')))
			s[n++] = c;
	}
	while (n > 0 && s[n - 1] == '-')
		n--;
	s[n] = '\0';
	if (n == 0 || !slug_valid(s)) {
		free(s);
		return NULL;
	}
	return s;
}

/* What is wrong with the character at c (the first one not allowed) in words. */
static char *starter_char_problem(const char *c, bool first)
{
	if (*c == '-' && first)
		return xstrdup("it starts with '-'");
	if (*c >= 'A' && *c <= 'Z')
		return xasprintf("'%c' is a capital letter", *c);
	if (*c == ' ')
		return xstrdup("it has a space");
	size_t len = 1;
	while (c[len] && ((unsigned char)c[len] & 0xC0) == 0x80)
		len++;
	char *one = xstrndup(c, len), *vis = utf8_visible(one, false);
	char *why = xasprintf("'%s' is not allowed", vis);
	free(one);
	free(vis);
	return why;
}

/* The first character of id not allowed (1-based, in characters) and why;
 * 0 and NULL when each is allowed. */
static int starter_first_problem(const char *id, char **why)
{
	int col = 0;
	*why = NULL;
	for (const char *c = id; *c; c++) {
		if (((unsigned char)*c & 0xC0) == 0x80)
			continue; /* inside a character */
		col++;
		if (!slug_char(*c) || (*c == '-' && c == id)) {
			*why = starter_char_problem(c, c == id);
			return col;
		}
	}
	if (col > SLUG_MAX) {
		*why = xasprintf("it is %d characters long, more than %d", col, SLUG_MAX);
		return SLUG_MAX + 1;
	}
	return 0;
}

int starter_check_id(const char *id, struct diags *d)
{
	if (slug_valid(id))
		return 0;
	char *why = NULL, *vis = utf8_visible(id, false), *try = starter_suggest(id);
	int col = *id ? starter_first_problem(id, &why) : 1;
	char *tail = try ? xasprintf(": try '%s'", try) : xstrdup("");
	if (!*id)
		diags_error(d, "", 0, col, DIAG_SCHEMA, "the id is empty; " STARTER_ID_RULE);
	else
		diags_error(d, "", 0, col, DIAG_SCHEMA,
			    "'%s' is not a valid id: at character %d, %s; " STARTER_ID_RULE "%s",
			    vis, col, why, tail);
	free(why);
	free(vis);
	free(try);
	free(tail);
	return -1;
}

/*
 * The user's deck folder, made 0700 (with rucksack/) when missing.  One
 * that is there keeps its mode: decks are not private as rounds are, and a
 * champion may have opened the folder to a colleague on purpose.
 */
static char *starter_folder(env_fn env, struct diags *d)
{
	char *home = paths_data_home(env);
	if (!home) {
		diags_error(d, "", 0, 0, DIAG_IO,
			    "cannot find your deck folder: neither XDG_DATA_HOME nor HOME is set");
		return NULL;
	}
	char *dir = xasprintf("%s/rucksack/decks", home);
	free(home);
	if (paths_mkdirs(dir, 0700) != 0) {
		int e = errno;
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot make the folder %s: %s", dir,
			    fileio_why(e));
		diags_set_errnum(d, e);
		free(dir);
		return NULL;
	}
	return dir;
}

static int starter_put(FILE *f, void *text)
{
	return fputs(text, f) == EOF ? -1 : 0;
}

int starter_create(env_fn env, const struct catalog *c, enum doc_kind k, const char *id,
		   char **path, struct diags *d)
{
	*path = NULL;
	if (starter_check_id(id, d) != 0)
		return -1;
	char *dir = starter_folder(env, d);
	if (!dir)
		return -1;
	*path = xasprintf("%s/%s.json", dir, id);
	int placed = c ? starter_check_place(c, dir, *path, id, d) : 0;
	free(dir);
	if (placed != 0)
		return -1;
	char *text = starter_text(k, id);
	struct diags w = {0};
	int rc = atomic_write_new(*path, k == DOC_FLOW ? "the flow" : "the deck", starter_put,
				  text, &w);
	if (rc != 0 && w.n > 0 && w.v[w.n - 1].errnum == EEXIST) {
		diags_free(&w);
		diags_error(d, *path, 0, 0, DIAG_IO,
			    "%s already exists, and rucksack new never replaces a file: edit "
			    "that one, or choose another id", *path);
		diags_set_errnum(d, EEXIST);
	}
	diags_move(d, &w);
	free(text);
	return rc;
}
