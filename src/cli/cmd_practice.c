/* rucksack practice: options, and the Markdown export of written questions. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_practice.h"
#include "core/diag.h"
#include "core/practice_store.h"

void practice_usage(FILE *out)
{
	fputs("usage: rucksack practice [--deck ID] [--mode name|write] [--suit S] [-n N]\n"
	      "                         [--seed S]\n"
	      "       rucksack practice --export [-o FILE] [--deck ID]\n"
	      "Practise naming question types (name) or writing them (write); --export\n"
	      "prints the questions you have written as Markdown for a supervision log.\n",
	      out);
}

/* A whole decimal number in [lo, hi]; false otherwise. */
static bool parse_u64(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
	char *end;
	errno = 0;
	if (!*s || *s == '-')
		return false;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static int opts_bad(FILE *err, const char *what)
{
	fprintf(err, "rucksack practice: %s\n", what);
	practice_usage(err);
	return 2;
}

static int opts_one(int c, struct practice_opts *o, FILE *err)
{
	uint64_t v;
	switch (c) {
	case 'd': o->deck = optarg; o->deck_given = true; return 0;
	case 's': o->suit = optarg; return 0;
	case 'o': o->output = optarg; return 0;
	case 'e': o->export_md = true; return 0;
	case 'h': o->help = true; return 0;
	case 'm':
		if (strcmp(optarg, "name") && strcmp(optarg, "write"))
			return opts_bad(err, "--mode must be name or write");
		o->mode = strcmp(optarg, "write") == 0 ? PRACTICE_MODE_WRITE : PRACTICE_MODE_NAME;
		return 0;
	case 'n':
		if (!parse_u64(optarg, 1, 1000, &v))
			return opts_bad(err, "-n needs a number from 1 to 1000");
		o->n = (size_t)v;
		return 0;
	case 'S':
		if (!parse_u64(optarg, 0, UINT64_MAX, &o->seed))
			return opts_bad(err, "--seed needs a whole number");
		o->have_seed = true;
		return 0;
	case ':': return opts_bad(err, "an option is missing its argument");
	default: return opts_bad(err, "unknown option");
	}
}

int practice_opts_parse(int argc, char **argv, struct practice_opts *o, FILE *err)
{
	static const struct option longs[] = {
		{"deck", required_argument, NULL, 'd'},
		{"mode", required_argument, NULL, 'm'},
		{"suit", required_argument, NULL, 's'},
		{"seed", required_argument, NULL, 'S'},
		{"export", no_argument, NULL, 'e'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (struct practice_opts){.deck = PRACTICE_DEFAULT_DECK, .n = 10};
	opterr = 0;
	optind = 1;
	for (int c; (c = getopt_long(argc, argv, ":n:o:h", longs, NULL)) != -1;)
		if (opts_one(c, o, err) != 0)
			return 2;
	if (optind < argc) {
		fprintf(err, "rucksack practice: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	if (o->output && !o->export_md)
		return opts_bad(err, "-o is for --export");
	return 0;
}

static int export_to(FILE *f, const struct practice_opts *o, env_fn env, FILE *err)
{
	struct diags d = {0};
	char *path = practice_journal_path(env, 0, &d);
	struct practice_log log = {0};
	bool torn;
	int rc = path && practice_log_load(&log, path, &torn, &d) == 0 ? 0 : 1;
	if (rc == 0)
		practice_export_markdown(f, &log, o->deck_given ? o->deck : NULL);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(err, &d.v[i]);
	practice_log_free(&log);
	diags_free(&d);
	free(path);
	return rc;
}

int cmd_practice_export(const struct practice_opts *o, env_fn env, FILE *out, FILE *err)
{
	if (!o->output)
		return export_to(out, o, env, err);
	FILE *f = fopen(o->output, "w");
	if (!f) {
		fprintf(err, "%s: cannot write: %s\n", o->output, strerror(errno));
		return 1;
	}
	int rc = export_to(f, o, env, err);
	if (fclose(f) != 0 && rc == 0) {
		fprintf(err, "%s: cannot write: %s\n", o->output, strerror(errno));
		rc = 1;
	}
	return rc;
}
