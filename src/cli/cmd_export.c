/* rucksack export: a round's transcript rebuilt from its journal alone. */
#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_session.h"
#include "core/catalog.h"
#include "core/paths.h"
#include "core/session.h"
#include "core/transcript.h"

struct export_opts {
	const char *id, *output;
	enum transcript_format fmt;
	bool anonymise;
};

static void export_usage(FILE *out)
{
	fputs("usage: rucksack export ID [--format md|json] [--anonymise] [-o FILE]\n"
	      "Rebuilds a round's transcript from its journal and prints it (or writes\n"
	      "FILE, atomically, mode 0600).  ID may be a unique prefix of the id shown by\n"
	      "`rucksack sessions`, or the path of a journal.  --anonymise replaces every\n"
	      "name with P1, P2... (the facilitator with \"Facilitator\"), in the text too.\n",
	      out);
}

static int export_bad(FILE *err, const char *msg)
{
	fprintf(err, "rucksack export: %s\n", msg);
	export_usage(err);
	return 2;
}

/* 1 after --help, 0 to go on, 2 on bad usage. */
static int export_parse(int argc, char **argv, struct export_opts *o, FILE *out, FILE *err)
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
	optind = 0; /* glibc: restart the scan completely (tests call us repeatedly) */
	for (int c; (c = getopt_long(argc, argv, ":ho:", longs, NULL)) != -1;) {
		if (c == 'h') {
			export_usage(out);
			return 1;
		} else if (c == 'a') {
			o->anonymise = true;
		} else if (c == 'o') {
			o->output = optarg;
		} else if (c == 'f' && (!strcmp(optarg, "md") || !strcmp(optarg, "json"))) {
			o->fmt = !strcmp(optarg, "json") ? TRANSCRIPT_JSON : TRANSCRIPT_MD;
		} else {
			return export_bad(err, c == 'f' ? "--format must be md or json"
							: "unknown option or missing argument");
		}
	}
	if (optind >= argc)
		return export_bad(err, "which round? give its ID");
	if (optind + 1 < argc)
		return export_bad(err, "give one ID only");
	o->id = argv[optind];
	return 0;
}

/* Decks and flows for titles; any problem with them is no reason not to export. */
static void export_catalog(struct catalog *c, env_fn env)
{
	struct strv dirs = {0};
	struct diags ignored = {0};
	searchpath_build(&dirs, NULL, env, RUCKSACK_DATADIR);
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

int cmd_export_run(int argc, char **argv, env_fn env, FILE *out, FILE *err)
{
	struct export_opts o = {.fmt = TRANSCRIPT_MD};
	int rc = export_parse(argc, argv, &o, out, err);
	if (rc)
		return rc == 1 ? 0 : rc;
	struct diags d = {0};
	char *dir = paths_private_dir(env, "sessions", 0, &d);
	char *path = cmd_session_find(dir, o.id, err);
	struct catalog c = {0};
	struct session *s = NULL;
	rc = 1;
	if (path) {
		export_catalog(&c, env);
		if (session_load(&s, &c, path, &d) == 0)
			rc = export_write(&o, s, out, &d) == 0 ? 0 : 1;
	}
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(err, &d.v[i]);
	session_free(s);
	catalog_free(&c);
	diags_free(&d);
	free(path);
	free(dir);
	return rc;
}
