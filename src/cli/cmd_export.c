/* rucksack export: a round's transcript rebuilt from its journal alone. */
#include <stdbool.h>
#include <stdlib.h>

#include "cli/cmd_output.h"
#include "cli/cmd_session.h"
#include "cli/commands.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/round/transcript.h"

struct export_opts {
	const char *id, *output;
	enum transcript_format fmt;
	bool anonymise;
};

static int export_write(struct cli_ctx *ctx, const struct export_opts *o, const char *journal,
			const struct session *s, struct diags *d)
{
	struct transcript_job t = {s, o->fmt, o->anonymise, d};
	const struct cmd_output out = {ctx->env, ctx->out, journal, "the transcript", 0600,
				       transcript_job_write, &t};
	return cmd_output_write(&out, o->output, d);
}

/* Names the anonymiser was not told of stay in the text: show what may be one. */
static void export_check_names(FILE *err, const struct session *s)
{
	struct strv found = {0};
	transcript_check_names(s, &found);
	for (size_t i = 0; i < found.n; i++)
		fprintf(err, "rucksack export: not replaced, check it is not a name: %s\n",
			found.v[i]);
	strv_free(&found);
}

static int cmd_export(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct export_opts o = {
		.id = args->pos[0],
		.output = cli_args_value(args, "output"),
		.fmt = cli_args_value_is(args, "format", "json") ? TRANSCRIPT_JSON : TRANSCRIPT_MD,
		.anonymise = cli_args_has(args, "anonymise"),
	};
	int rc;
	char *path = cmd_session_find(ctx, "export", o.id, false);
	if (!path)
		return 1;
	struct diags d = {0};
	struct catalog c = {0};
	struct session *s = NULL;
	cli_quiet_catalog(ctx, &c); /* titles fall back to ids */
	rc = 1;
	if (session_load(&s, &c, path, &d) == 0)
		rc = export_write(ctx, &o, path, s, &d) == 0 ? 0 : 1;
	if (rc == 0 && o.anonymise)
		export_check_names(ctx->err, s);
	diags_print_text(ctx->err, &d);
	session_free(s);
	catalog_free(&c);
	diags_free(&d);
	free(path);
	return rc;
}

const struct cli_cmd_entry cmd_export_entry = {
	.name = "export",
	.args = {
		.options = (const struct cli_option[]){
			{0, "format", NULL, CLI_CHOICE, "md|json", 0, 0,
			 "Markdown (the default) or one JSON object"},
			{0, "anonymise", "anonymize", CLI_FLAG, NULL, 0, 0,
			 "every person's name becomes P1, P2...\n"
			 "(in the order they were entered) and the facilitator's\n"
			 "'Facilitator', in the reflections too: every part, in\n"
			 "any case, with or without accents, and initials; words\n"
			 "that look like other names are listed on standard\n"
			 "error to check, as names it was not told of stay"},
			{'o', "output", NULL, CLI_STRING, "FILE", 0, 0,
			 "write FILE instead of standard output"},
			{0},
		},
		.lower = 1,
		.upper = 1,
		.missing = "which round? give its ID",
		.extra = "give one ID only",
	},
	.usage = "ID [--format md|json] [--anonymise] [-o FILE]",
	.summary = "rebuild a round's transcript (Markdown or JSON, --anonymise)",
	.about = "Rebuilds a round's transcript from its journal and prints it, or writes it\n"
		 "to FILE (atomically, mode 0600; when FILE is a link, the file it leads to;\n"
		 "a device such as /dev/stdout is written into, not replaced).  FILE is never\n"
		 "a file of a round or of the practice store (a journal, draft, lock or\n"
		 "pointer, under any name or link), nor a new file that would be taken for\n"
		 "one (named as a round's files are, in a folder rounds are kept in; any\n"
		 "name in the practice store's folder): that is refused, nothing written.\n"
		 "ID is a round's id as 'rucksack sessions' shows it, a prefix that matches\n"
		 "one round only, or the path of a journal.",
	.exec = cmd_export,
};
