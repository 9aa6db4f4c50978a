#ifndef RUCKSACK_CMD_PRACTICE_H
#define RUCKSACK_CMD_PRACTICE_H
/*
 * `rucksack practice` and `rucksack stats`: argument parsing and the parts
 * that need no screen (stats, Markdown export).  argv[0] is the command name.
 * Return values are exit statuses: 0 ok, 1 bad input / io, 2 bad usage.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/searchpath.h"

enum practice_mode {
	PRACTICE_MODE_NAME,
	PRACTICE_MODE_WRITE,
};

struct practice_opts {
	const char *deck;     /* default "tomm-questions" */
	bool deck_given;      /* --deck was given (export filters only then) */
	const char *suit;     /* NULL: every suit */
	enum practice_mode mode;
	size_t n;	      /* items (name) or exercises (write); default 10 */
	uint64_t seed;
	bool have_seed;
	bool export_md;	      /* --export: print written questions as Markdown */
	const char *output;   /* -o FILE for --export; NULL: stdout */
	bool help;
};

#define PRACTICE_DEFAULT_DECK "tomm-questions"
#define PRACTICE_VIGNETTE_DECK "vignettes"

/* Parses practice's options into o.  0, or 2 after printing a usage error to
 * err.  --help sets o->help (and prints nothing). */
int practice_opts_parse(int argc, char **argv, struct practice_opts *o, FILE *err);
void practice_usage(FILE *out);
/* `rucksack practice --export [-o FILE] [--deck ID]`. */
int cmd_practice_export(const struct practice_opts *o, env_fn env, FILE *out, FILE *err);
/* `rucksack stats [--deck ID] [--format=text|json]`. */
int cmd_stats_run(int argc, char **argv, env_fn env, FILE *out, FILE *err);

#endif
