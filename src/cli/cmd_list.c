/* rucksack list: the decks and flows on the search path, in its order. */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/columns.h"
#include "core/base/json_out.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/deck/version.h"

static size_t list_count(const struct doc *doc)
{
	return doc->kind == DOC_DECK ? doc->deck.n_cards : doc->flow.n_phases;
}

static char *list_size(const struct doc *doc)
{
	size_t n = list_count(doc);
	const char *what = doc->kind == DOC_DECK ? (n == 1 ? "card" : "cards")
						 : (n == 1 ? "phase" : "phases");
	return xasprintf("%zu %s", n, what);
}

/* What the last column says of entry i: hidden, and by an older copy, or
 * hiding a newer one (the case a team sharing a folder must hear of). */
static char *list_note(const struct catalog *c, size_t i)
{
	const struct doc *doc = c->v[i].doc;
	if (c->v[i].shadowed) {
		const struct doc *used = catalog_find(c, doc->id);
		if (used && used->kind == doc->kind && used->version && doc->version &&
		    version_cmp(used->version, doc->version) < 0)
			return xasprintf("(shadowed by older %s)", used->version);
		return xstrdup("(shadowed)");
	}
	const struct catalog_entry *newer = catalog_hidden_newer(c, i);
	return newer ? xasprintf("(hides newer %s)", newer->doc->version) : xstrdup("");
}

static void list_text(FILE *out, const struct catalog *c)
{
	struct columns t;
	columns_init(&t, 7, "llllrll");
	columns_add(&t, (const char *const[]){"ID", "KIND", "VERSION", "TITLE", "SIZE", "FILE", ""});
	for (size_t i = 0; i < c->n; i++) {
		const struct doc *doc = c->v[i].doc;
		char *size = list_size(doc), *note = list_note(c, i);
		columns_add(&t, (const char *const[]){doc->id, doc_kind_name(doc->kind),
						      doc->version ? doc->version : "-", doc->title,
						      size, doc->path, note});
		free(size);
		free(note);
	}
	columns_print(out, &t, 2);
	columns_free(&t);
}

static void list_json(FILE *out, const struct catalog *c)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < c->n; i++) {
		const struct doc *doc = c->v[i].doc;
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "id", doc->id);
		cJSON_AddStringToObject(o, "kind", doc_kind_name(doc->kind));
		cJSON_AddStringToObject(o, "title", doc->title);
		cJSON_AddNumberToObject(o, doc->kind == DOC_DECK ? "cards" : "phases",
					(double)list_count(doc));
		if (doc->version)
			cJSON_AddStringToObject(o, "version", doc->version);
		else
			cJSON_AddNullToObject(o, "version");
		cJSON_AddStringToObject(o, "path", doc->path);
		cJSON_AddBoolToObject(o, "shadowed", c->v[i].shadowed);
		const struct catalog_entry *newer = catalog_hidden_newer(c, i);
		if (newer)
			cJSON_AddStringToObject(o, "hides_newer", newer->doc->path);
		cJSON_AddItemToArray(arr, o);
	}
	char *s = json_out_print(arr, true);
	fprintf(out, "%s\n", s);
	free(s);
	cJSON_Delete(arr);
}

/* Nothing found: say where we looked, so a mistyped --decks is obvious. */
static void list_none(struct cli_ctx *ctx)
{
	struct strv dirs = {0};
	cli_search_path(ctx, &dirs);
	fputs("No decks or flows found.  Looked in:\n", ctx->out);
	for (size_t i = 0; i < dirs.n; i++) {
		char *vis = utf8_visible(dirs.v[i], false);
		fprintf(ctx->out, "  %s\n", vis);
		free(vis);
	}
	strv_free(&dirs);
}

static int cmd_list(struct cli_ctx *ctx, const struct cli_args *args)
{
	const struct catalog *c = cli_catalog(ctx);
	if (cli_args_value_is(args, "format", "json"))
		list_json(ctx->out, c);
	else if (c->n == 0)
		list_none(ctx);
	else
		list_text(ctx->out, c);
	return 0;
}

const struct cli_cmd_entry cmd_list_entry = {
	.name = "list",
	.args = {.options = (const struct cli_option[]){
			 {0, "format", NULL, CLI_CHOICE, "text|json", 0, 0,
			  "text (the default), or one JSON array"},
			 {0},
		 }},
	.usage = "[--format=text|json]",
	.summary = "list the decks and flows found",
	.about = "Lists the decks and flows found on the search path, in its order: id,\n"
		 "kind, version, title, number of cards or phases, and file.  A file hidden\n"
		 "by an earlier one with the same id is marked shadowed (\"shadowed by older\n"
		 "1.2.0\" when the one in use has an older version), and the one in use\n"
		 "then \"hides newer 1.3.0\".  Files that fail to load are reported on\n"
		 "standard error; the rest are listed.",
	.exec = cmd_list,
};
