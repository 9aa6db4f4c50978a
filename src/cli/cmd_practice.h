#ifndef RUCKSACK_CMD_PRACTICE_H
#define RUCKSACK_CMD_PRACTICE_H
/*
 * `rucksack practice` and `rucksack stats`: practice's options read without
 * a screen, its Markdown export, and the catalogue both use for titles and
 * order.  Return values are exit statuses: 0 ok, 1 bad input / io, 2 bad
 * usage.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/cli.h"
#include "core/practice/practice_setup.h"
#include "core/deck/searchpath.h"

struct practice_opts {
	struct practice_setup run; /* deck default tomm-questions (write: NULL, the
				      flow's); n by mode (write: 0, by its steps) */
	bool deck_given;	   /* --deck was given (export filters only then) */
	bool mode_given;	   /* --mode was given */
	bool have_seed;		   /* --seed was given (else a fresh one) */
	bool export_md;		   /* --export: print written questions as Markdown */
	const char *output;	   /* -o FILE for --export; NULL: stdout */
	bool help;		   /* --help was given: nothing else was read */
};

/* Parses practice's arguments (argv[0] "practice") into o, its strings
 * pointing into argv.  0, or 2 after a one-line usage error on ctx->err. */
int practice_opts_parse(struct cli_ctx *ctx, int argc, char **argv, struct practice_opts *o);
/* `rucksack practice --export [-o FILE] [--deck ID]`, titles from cat (may be NULL). */
int cmd_practice_export(const struct practice_opts *o, env_fn env, const struct catalog *cat,
			FILE *out, FILE *err);

#endif
