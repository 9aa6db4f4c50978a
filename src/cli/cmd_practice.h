#ifndef RUCKSACK_CMD_PRACTICE_H
#define RUCKSACK_CMD_PRACTICE_H
/*
 * `rucksack practice` and `rucksack stats`: argument parsing, the parts that
 * need no screen (stats, Markdown export), and the start of the practice
 * screens.  argv[0] is the command name.  Return values are exit statuses:
 * 0 ok, 1 bad input / io, 2 bad usage.
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
	bool help;
};

/* Parses practice's options into o (strings point into argv).  0, or 2
 * after a one-line usage error on ctx->err.  --help sets o->help. */
int practice_opts_parse(struct cli_ctx *ctx, int argc, char **argv, struct practice_opts *o);
void practice_usage(FILE *out);
/* `rucksack practice`: the practice screens, or --export. */
int cmd_practice_run(struct cli_ctx *ctx, int argc, char **argv);
/* `rucksack practice --export [-o FILE] [--deck ID]`, titles from cat (may be NULL). */
int cmd_practice_export(const struct practice_opts *o, env_fn env, const struct catalog *cat,
			FILE *out, FILE *err);
/* `rucksack stats [--deck ID] [--format=text|json]`, suits in the order of
 * their decks in cat (may be NULL: by id). */
int cmd_stats_run(int argc, char **argv, env_fn env, const struct catalog *cat, FILE *out,
		  FILE *err);
/* The catalog of ctx's search path for titles and order only: files that
 * fail to load are left out without a word. */
void practice_quiet_catalog(struct cli_ctx *ctx, struct catalog *c);

#endif
