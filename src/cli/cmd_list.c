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

static void list_text(FILE *out, const struct catalog *c)
{
	struct columns t;
	columns_init(&t, 6, "lllrll");
	columns_add(&t, (const char *const[]){"ID", "KIND", "TITLE", "SIZE", "FILE", ""});
	for (size_t i = 0; i < c->n; i++) {
		const struct doc *doc = c->v[i].doc;
		char *size = list_size(doc);
		columns_add(&t, (const char *const[]){doc->id, doc_kind_name(doc->kind), doc->title,
						      size, doc->path,
						      c->v[i].shadowed ? "(shadowed)" : ""});
		free(size);
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
		cJSON_AddStringToObject(o, "path", doc->path);
		cJSON_AddBoolToObject(o, "shadowed", c->v[i].shadowed);
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
		 "kind, title, number of cards or phases, and file.  A file hidden by an\n"
		 "earlier one with the same id is marked shadowed.  Files that fail to load\n"
		 "are reported on standard error; the rest are listed.",
	.exec = cmd_list,
};
