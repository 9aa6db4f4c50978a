/* --help, written from the command table: nothing here names a command. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/base/utf8.h"

/* Usage lines longer than this wrap, before a '['. */
#define HELP_WIDTH 79

/* One usage form: "LEAD rucksack NAME FORM", wrapped under its first word. */
static void help_form(FILE *out, const char *lead, const char *name, const char *form,
		      size_t len)
{
	int indent = fprintf(out, "%srucksack %s", lead, name), col = indent;
	const char *end = form + len;
	while (form < end) {
		/* a chunk runs to the next " [" */
		const char *next = form + 1;
		while (next < end && !(next[0] == ' ' && next + 1 < end && next[1] == '['))
			next++;
		int n = (int)(next - form);
		if (col > indent && col + 1 + n > HELP_WIDTH) {
			fprintf(out, "\n%*s", indent, "");
			col = indent;
		}
		col += fprintf(out, " %.*s", n, form);
		form = next < end ? next + 1 : end;
	}
	fputc('\n', out);
}

static void help_usage(FILE *out, const struct cli_cmd_entry *e)
{
	const char *lead = "usage: ";
	for (const char *form = e->usage; *form;) {
		size_t n = strcspn(form, "\n");
		help_form(out, lead, e->name, form, n);
		lead = "       ";
		form += n + (form[n] == '\n');
	}
}

/* "-o, --output FILE" into buf. */
static int help_spelling(char *buf, size_t size, const struct cli_option *o)
{
	char s[4] = "";
	if (o->short_name)
		snprintf(s, sizeof s, "-%c", o->short_name);
	return snprintf(buf, size, "%s%s%s%s%s%s", s, o->short_name && o->long_name ? ", " : "",
			o->long_name ? "--" : "", o->long_name ? o->long_name : "",
			o->meta ? " " : "", o->meta ? o->meta : "");
}

static void help_option(FILE *out, const struct cli_option *o, int width)
{
	char spelling[80];
	help_spelling(spelling, sizeof spelling, o);
	fprintf(out, "  %-*s  ", width, spelling);
	if (o->alias)
		fprintf(out, "(or --%s) ", o->alias);
	for (const char *line = o->help; *line;) {
		size_t n = strcspn(line, "\n");
		fprintf(out, "%.*s\n", (int)n, line);
		line += n;
		if (*line == '\n' && *++line)
			fprintf(out, "  %-*s  ", width, "");
	}
}

void cli_help_options(FILE *out, const struct cli_option *opts)
{
	char spelling[80];
	int width = help_spelling(spelling, sizeof spelling, &cli_help_option);
	for (const struct cli_option *o = opts; o->short_name || o->long_name; o++) {
		int w = help_spelling(spelling, sizeof spelling, o);
		width = w > width ? w : width;
	}
	for (const struct cli_option *o = opts; o->short_name || o->long_name; o++)
		help_option(out, o, width);
	help_option(out, &cli_help_option, width);
}

void cli_help_command(FILE *out, const struct cli_cmd_entry *e)
{
	help_usage(out, e);
	fprintf(out, "%s\n\n", e->about);
	cli_help_options(out, e->args.options);
}

/* Where decks are looked for, as this run would look: a champion whose deck
 * is not found, or a program run from the source tree, sees why. */
static void help_folders(const struct cli_ctx *ctx)
{
	struct strv dirs = {0};
	cli_search_path(ctx, &dirs);
	fputs("\nDecks and flows are looked for in these folders, in this order (of files\n"
	      "with one id, the first found is used):\n", ctx->out);
	for (size_t i = 0; i < dirs.n; i++) {
		char *vis = utf8_visible(dirs.v[i], false);
		fprintf(ctx->out, "  %s\n", vis);
		free(vis);
	}
	strv_free(&dirs);
}

void cli_help_top(const struct cli_ctx *ctx, const struct cli_option *globals)
{
	FILE *out = ctx->out;
	fputs("usage: rucksack [--decks DIR]... [--no-color] [COMMAND [OPTIONS] [ARGS]]\n"
	      "Card decks and flows for systemic group supervision.\n\n",
	      out);
	fprintf(out, "%s\n\nCommands:\n", cli_default_entry.summary);
	for (const struct cli_cmd_entry *const *e = cli_table; *e; e++)
		fprintf(out, "  %-10s %s%s%s%s\n", (*e)->name, (*e)->summary,
			(*e)->alias ? " (or " : "", (*e)->alias ? (*e)->alias : "",
			(*e)->alias ? ")" : "");
	fputs("\nGlobal options (before the command):\n", out);
	cli_help_options(out, globals);
	help_folders(ctx);
	fputs("\n'rucksack COMMAND --help' describes a command; see also rucksack(1)\n"
	      "and rucksack-deck(5).\n",
	      out);
}
