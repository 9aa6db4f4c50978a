/* rucksack stats: accuracy per suit per ISO week, most-confused pairs. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_practice.h"
#include "core/base/diag.h"
#include "core/practice/practice_stats.h"

static void stats_usage(FILE *out)
{
	fputs("usage: rucksack stats [--deck ID] [--format=text|json]\n"
	      "Accuracy per suit per week, and the suits most often taken for each other,\n"
	      "from your practice records.  \"right\" is the type (suit) named right; the\n"
	      "subtypes are counted apart, where the type was right and has subtypes.\n",
	      out);
}

static void stats_print_diags(FILE *err, const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		diag_print_text(err, &d->v[i]);
}

static int stats_parse(int argc, char **argv, const char **deck, bool *json, FILE *out,
		       FILE *err)
{
	static const struct option longs[] = {
		{"deck", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	opterr = 0;
	optind = 0; /* glibc: a full reset; the global options were parsed before */
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;) {
		if (c == 'd') {
			*deck = optarg;
		} else if (c == 'f' && (strcmp(optarg, "text") == 0 || strcmp(optarg, "json") == 0)) {
			*json = strcmp(optarg, "json") == 0;
		} else if (c == 'h') {
			stats_usage(out);
			return -1;
		} else {
			fprintf(err, "rucksack stats: %s\n",
				c == 'f' ? "--format must be text or json"
					 : c == ':' ? "an option is missing its argument"
						    : "unknown option");
			stats_usage(err);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(err, "rucksack stats: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	return 0;
}

int cmd_stats_run(int argc, char **argv, env_fn env, const struct catalog *cat, FILE *out,
		  FILE *err)
{
	const char *deck = NULL;
	bool json = false;
	int rc = stats_parse(argc, argv, &deck, &json, out, err);
	if (rc != 0)
		return rc < 0 ? 0 : rc;
	struct diags d = {0};
	char *path = practice_journal_path(env, 0, &d);
	rc = path && practice_stats_report(out, path, deck, cat, json, &d) == 0 ? 0 : 1;
	stats_print_diags(err, &d);
	diags_free(&d);
	free(path);
	return rc;
}
