/*
 * `rucksack run`: the options that skip setup and start a round at its first
 * phase.  The names in --people are checked by the setup rules later
 * (round_setup.h), where the flow is known.
 */
#include "cmd_run.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>

/* A whole decimal number in [lo, hi]; false for anything else (signs, blanks, junk). */
static bool run_number(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
	if (!s || *s < '0' || *s > '9')
		return false;
	char *end = NULL;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = (uint64_t)v;
	return true;
}

static int run_one(struct cli_ctx *ctx, int c, struct run_opts *o, char **argv)
{
	uint64_t v;
	switch (c) {
	case 'f': o->flow = optarg; return 0;
	case 'p': o->people = optarg; return 0;
	case 'F': o->facilitator = optarg; return 0;
	case 'h': o->help = true; return 0;
	case 's':
		if (!run_number(optarg, 0, UINT64_MAX, &o->seed))
			return cli_usage_error(ctx, "run", "--seed needs a whole number");
		o->has_seed = true;
		return 0;
	case 'r':
		if (!run_number(optarg, 1, 1000, &v))
			return cli_usage_error(ctx, "run", "--rounds needs a whole number from 1 to 1000");
		o->rounds = (unsigned)v;
		return 0;
	default: return cli_bad_option(ctx, "run", c, argv);
	}
}

int cmd_run_parse(struct cli_ctx *ctx, int argc, char **argv, struct run_opts *o)
{
	static const struct option longs[] = {
		{"flow", required_argument, NULL, 'f'},
		{"people", required_argument, NULL, 'p'},
		{"seed", required_argument, NULL, 's'},
		{"rounds", required_argument, NULL, 'r'},
		{"facilitator", required_argument, NULL, 'F'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (struct run_opts){0};
	opterr = 0;
	optind = 0; /* glibc: 0 restarts the scan completely, so parsing twice works */
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;)
		if (run_one(ctx, c, o, argv) != 0)
			return 2;
	if (o->help)
		return 0;
	if (optind < argc)
		return cli_usage_error(ctx, "run", "unexpected argument '%s'", argv[optind]);
	if (!o->flow || !*o->flow)
		return cli_usage_error(ctx, "run", "which flow? give --flow ID (rucksack list shows them)");
	if (!o->people || !*o->people)
		return cli_usage_error(ctx, "run", "who is present? give --people \"Ana,Ben,Chi\"");
	return 0;
}
