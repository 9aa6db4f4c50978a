/* rucksack export: a round's transcript rebuilt from its journal alone. */
#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_session.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/round/transcript.h"

struct export_opts {
	const char *id, *output;
	enum transcript_format fmt;
	bool anonymise;
};

static void export_usage(FILE *out)
{
	fputs("usage: rucksack export ID [--format md|json] [--anonymise] [-o FILE]\n"
	      "Rebuilds a round's transcript from its journal and prints it, or writes it\n"
	      "to FILE (atomically, mode 0600; when FILE is a link, the file it leads to;\n"
	      "a device such as /dev/stdout is written into, not replaced).  ID is a\n"
	      "round's id as 'rucksack sessions' shows it, a prefix that matches one round\n"
	      "only, or the path of a journal.\n"
	      "  --format md|json  Markdown (the default) or one JSON object\n"
	      "  --anonymise       (or --anonymize) every person's name becomes P1, P2... (in\n"
	      "                    the order they were entered) and the facilitator's\n"
	      "                    'Facilitator', in the reflections too, in any case; no\n"
	      "                    initials are kept\n"
	      "  -o, --output FILE write FILE instead of standard output\n",
	      out);
}

/* 0 to go on, -1 after --help, 2 on bad usage. */
static int export_parse(struct cli_ctx *ctx, int argc, char **argv, struct export_opts *o)
{
	static const struct option longs[] = {
		{"format", required_argument, NULL, 'f'},
		{"anonymise", no_argument, NULL, 'a'},
		{"anonymize", no_argument, NULL, 'a'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	opterr = 0;
	optind = 0;
	for (int c; (c = getopt_long(argc, argv, ":ho:", longs, NULL)) != -1;) {
		if (c == 'h') {
			export_usage(ctx->out);
			return -1;
		} else if (c == 'a') {
			o->anonymise = true;
		} else if (c == 'o') {
			o->output = optarg;
		} else if (c == 'f' && (!strcmp(optarg, "md") || !strcmp(optarg, "json"))) {
			o->fmt = !strcmp(optarg, "json") ? TRANSCRIPT_JSON : TRANSCRIPT_MD;
		} else if (c == 'f') {
			return cli_usage_error(ctx, "export", "--format must be md or json");
		} else {
			return cli_bad_option(ctx, "export", c, argv);
		}
	}
	if (optind >= argc)
		return cli_usage_error(ctx, "export", "which round? give its ID");
	if (optind + 1 < argc)
		return cli_usage_error(ctx, "export", "give one ID only");
	o->id = argv[optind];
	return 0;
}

/* Decks and flows for titles; a file that fails to load is no reason not to
 * export (titles fall back to ids), so their problems are not shown here. */
static void export_catalog(struct cli_ctx *ctx, struct catalog *c)
{
	struct strv dirs = {0};
	struct diags ignored = {0};
	cli_search_path(ctx, &dirs);
	catalog_load(c, &dirs, &ignored);
	strv_free(&dirs);
	diags_free(&ignored);
}

static int export_write(const struct export_opts *o, const struct session *s, FILE *out,
			struct diags *d)
{
	if (o->output && strcmp(o->output, "-") != 0)
		return transcript_write_file(o->output, s, o->fmt, o->anonymise, d);
	int rc = o->fmt == TRANSCRIPT_JSON ? transcript_write_json(out, s, o->anonymise, d)
					   : transcript_write_md(out, s, o->anonymise, d);
	return fflush(out) == 0 ? rc : -1;
}

int cmd_export_run(struct cli_ctx *ctx, int argc, char **argv)
{
	struct export_opts o = {.fmt = TRANSCRIPT_MD};
	int rc = export_parse(ctx, argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	char *path = cmd_session_find(ctx, "export", o.id, false);
	if (!path)
		return 1;
	struct diags d = {0};
	struct catalog c = {0};
	struct session *s = NULL;
	export_catalog(ctx, &c);
	rc = 1;
	if (session_load(&s, &c, path, &d) == 0)
		rc = export_write(&o, s, ctx->out, &d) == 0 ? 0 : 1;
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(ctx->err, &d.v[i]);
	session_free(s);
	catalog_free(&c);
	diags_free(&d);
	free(path);
	return rc;
}
