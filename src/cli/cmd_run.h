#ifndef RUCKSACK_CMD_RUN_H
#define RUCKSACK_CMD_RUN_H
/*
 * `rucksack run` and `rucksack resume`: their arguments, read against their
 * entries' templates without a screen, so they can be tested alone.  argv[0]
 * is the command name.  Return values are exit statuses: 0 ok, 2 bad usage
 * (one line on ctx->err, as cli_usage_error writes it).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/cli.h"

/* rucksack run --flow ID --people NAMES [--seed S] [--rounds N] [--facilitator NAME]
 *              [--case REF] [--question TEXT] [--apologies NAMES] [--seat ROLE=NAME] */
struct run_opts {
	const char *flow;	 /* required */
	const char *people;	 /* required: comma-separated names, as given */
	bool has_seed;
	uint64_t seed;
	unsigned rounds;	 /* 0: the flow's own */
	const char *facilitator; /* NULL: none */
	const char *case_ref, *question; /* NULL: none (session_set_case) */
	const char *apologies;	 /* comma-separated, expected but absent; NULL: none */
	const char *seat;	 /* comma-separated ROLE=NAME for optional roles; NULL: none */
	bool help;		 /* --help was given: nothing else was read */
};

/* Fills o from argv (borrowing its strings).  0, or 2 with the usage line on ctx->err. */
int cmd_run_parse(struct cli_ctx *ctx, int argc, char **argv, struct run_opts *o);

/* rucksack resume [ID|PATH]: ID (a prefix will do), a journal's path, or NULL for the newest unfinished round. */
struct resume_opts {
	const char *id;
	bool help;
};

/* Fills o from argv.  0, or 2 with the usage line on ctx->err. */
int cmd_resume_parse(struct cli_ctx *ctx, int argc, char **argv, struct resume_opts *o);

#endif
