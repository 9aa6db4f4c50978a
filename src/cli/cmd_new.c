/*
 * rucksack new deck|flow ID: a starter file in the user's deck folder
 * (core/deck/starter.h), and where it went and the exact command that
 * checks it, so a champion never starts from a blank file.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/deck/starter.h"

/* Whether path can be typed into a shell as it is. */
static bool new_plain_word(const char *path)
{
	for (const char *c = path; *c; c++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._+-,:@%=",
			    *c))
			return false;
	return *path != '\0';
}

/* path as a shell word: as it is, or in single quotes ('\'' for a quote). */
static void new_print_word(FILE *out, const char *path)
{
	char *vis = utf8_visible(path, false);
	if (new_plain_word(vis)) {
		fputs(vis, out);
	} else {
		fputc('\'', out);
		for (const char *c = vis; *c; c++)
			fputs(*c == '\'' ? "'\\''" : (char[]){*c, '\0'}, out);
		fputc('\'', out);
	}
	free(vis);
}

static void new_said(struct cli_ctx *ctx, const char *what, const char *id, const char *path)
{
	fprintf(ctx->out, "Wrote a starter %s: ", what);
	new_print_word(ctx->out, path);
	fprintf(ctx->out, "\nChange it in a text editor, then check it with:\n    rucksack lint ");
	new_print_word(ctx->out, path);
	fprintf(ctx->out, "\nand read it with:\n    rucksack show %s\n"
			  "The program shows it too (press r on its home screen to reload).\n", id);
}

static int cmd_new(struct cli_ctx *ctx, const struct cli_args *args)
{
	const char *what = args->pos[0], *id = args->pos[1];
	enum doc_kind k;
	if (strcmp(what, "deck") == 0)
		k = DOC_DECK;
	else if (strcmp(what, "flow") == 0)
		k = DOC_FLOW;
	else
		return cli_usage_error(ctx, "new", "'deck' or 'flow', not '%s'", what);
	struct diags d = {0};
	char *path = NULL;
	struct catalog c = {0}; /* a file that does not load is lint's to report */
	cli_quiet_catalog(ctx, &c);
	int rc = starter_create(ctx->env, &c, k, id, &path, &d);
	catalog_free(&c);
	for (size_t i = 0; i < d.n; i++) {
		char *vis = utf8_visible(d.v[i].message, false);
		fprintf(ctx->err, "rucksack new: %s%s\n",
			d.v[i].severity == DIAG_WARNING ? "warning: " : "", vis);
		free(vis);
	}
	if (rc == 0)
		new_said(ctx, what, id, path);
	diags_free(&d);
	free(path);
	return rc == 0 ? 0 : 1;
}

const struct cli_cmd_entry cmd_new_entry = {
	.name = "new",
	.args = {
		.options = (const struct cli_option[]){{0}},
		.lower = 2,
		.upper = 2,
		.missing = "what to make? give 'deck ID' or 'flow ID'",
	},
	.usage = "deck ID\nflow ID",
	.summary = "write a starter deck or flow to change into your own",
	.about = "Writes a starter file into your deck folder, $XDG_DATA_HOME/rucksack/decks\n"
		 "(default ~/.local/share/rucksack/decks; made, mode 0700, when missing):\n"
		 "a deck of two suits and three cards, or a flow of two roles and three\n"
		 "phases dealing from the stock deck social-graces, as ID.json.  Notes in\n"
		 "fields named x-how-to say what each part is for.  It says where the file\n"
		 "went and the command that checks it, and never replaces a file: one\n"
		 "already at that name is left as it is (exit status 1).  Nor does it\n"
		 "write one that would never be read: when a folder before yours on the\n"
		 "search path (named on the command line or in RUCKSACK_PATH), or\n"
		 "another file in your folder, has that id already (exit status 1).\n"
		 "When a later folder has it (a stock deck or flow), the new file takes\n"
		 "its place wherever that id is used, and a warning says so.  ID is 1 to\n"
		 "64 of a-z, 0-9 and '-', not starting with '-'.",
	.exec = cmd_new,
};
