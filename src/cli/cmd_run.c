/*
 * `rucksack run`: the options that skip setup and start a round at its first
 * phase.  The names in --people are checked by the setup rules later
 * (round_setup.h), where the flow is known.
 */
#include "cmd_run.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>

static int run_bad(FILE *err, const char *msg)
{
	fprintf(err, "rucksack run: %s\n", msg);
	fprintf(err, "usage: rucksack run --flow ID --people \"Ana,Ben,Chi\" [--seed N] "
		     "[--rounds N] [--facilitator NAME]\n");
	return 2;
}

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

static int run_one(int c, struct run_opts *o, FILE *err)
{
	uint64_t v;
	switch (c) {
	case 'f': o->flow = optarg; return 0;
	case 'p': o->people = optarg; return 0;
	case 'F': o->facilitator = optarg; return 0;
	case 'h': o->help = true; return 0;
	case 's':
		if (!run_number(optarg, 0, UINT64_MAX, &o->seed))
			return run_bad(err, "--seed needs a whole number");
		o->has_seed = true;
		return 0;
	case 'r':
		if (!run_number(optarg, 1, 1000, &v))
			return run_bad(err, "--rounds needs a whole number from 1 to 1000");
		o->rounds = (unsigned)v;
		return 0;
	case ':': return run_bad(err, "an option is missing its argument");
	default: return run_bad(err, "unknown option");
	}
}

int cmd_run_parse(int argc, char **argv, struct run_opts *o, FILE *err)
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
		if (run_one(c, o, err) != 0)
			return 2;
	if (o->help)
		return 0;
	if (optind < argc) {
		fprintf(err, "rucksack run: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	if (!o->flow || !*o->flow)
		return run_bad(err, "--flow is required (see `rucksack flows`)");
	if (!o->people || !*o->people)
		return run_bad(err, "--people is required, e.g. --people \"Ana,Ben,Chi\"");
	return 0;
}
