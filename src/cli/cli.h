#ifndef RUCKSACK_CLI_H
#define RUCKSACK_CLI_H
/*
 * The command line: global options, then a command from the table in
 * cli_commands.c.  Every command is one row there (name, function, one-line
 * summary) and one file: int fn(struct cli_ctx *, int argc, char **argv),
 * where argv[0] is the command's name and the return value is the exit
 * status: 0 ok, 1 bad input (a file with an error, an unknown id), 2 bad
 * usage (with a one-line hint on ctx->err).  A command resets getopt with
 * optind = 0 before parsing its own options.
 */
#include <stdbool.h>
#include <stdio.h>

#include "core/deck/catalog.h"
#include "core/deck/searchpath.h"
#include "core/base/strv.h"

/* What the global options and the environment decided, shared by commands. */
struct cli_ctx {
	struct strv decks;	/* --decks DIR, in the order given */
	env_fn env;		/* never NULL */
	const char *datadir;	/* $RUCKSACK_DATADIR, or the compiled-in decks folder */
	bool no_color;		/* --no-color, or NO_COLOR set and not empty */
	FILE *out, *err;
	struct catalog catalog; /* valid once catalog_built */
	bool catalog_built;
};

typedef int (*cli_cmd_fn)(struct cli_ctx *ctx, int argc, char **argv);

struct cli_command {
	const char *name;    /* NULL only for cli_default_command */
	cli_cmd_fn run;
	const char *summary; /* one line for `rucksack --help` */
};

/* The commands, ended by a row with a NULL name. */
extern const struct cli_command cli_commands[];
/* What `rucksack` with no command runs (argv is just "rucksack"). */
extern const struct cli_command cli_default_command;

/* Parses the global options and runs the command; returns the exit status.
 * env NULL means getenv. */
int cli_main(int argc, char **argv, env_fn env, FILE *out, FILE *err);

/*
 * Fills ctx from the global options at the front of argv (ctx's streams and
 * env must be set).  Returns the index of the command word (argc when there
 * is none), -1 when --help or --version was answered (exit 0), or -2 after
 * a usage message on ctx->err (exit 2).
 */
int cli_parse_globals(struct cli_ctx *ctx, int argc, char **argv);
/* Frees what ctx owns (the --decks list and the catalog). */
void cli_ctx_free(struct cli_ctx *ctx);

/* The full search path for this run (--decks folders first); free with
 * strv_free.  Returns how many of its first folders the user named
 * (--decks, RUCKSACK_PATH), for catalog_load_named. */
size_t cli_search_path(const struct cli_ctx *ctx, struct strv *out);
/* The catalog of the search path, built on first use.  A file that fails to
 * load is reported on ctx->err (file:line:col) and left out; the rest load.
 * A folder named by --decks or RUCKSACK_PATH that is missing is warned of there. */
const struct catalog *cli_catalog(struct cli_ctx *ctx);

/*
 * The one-line hint for bad usage of a command, after getopt_long returned
 * ch ('?' unknown option, ':' missing argument); argv and optind as getopt
 * left them.  Always returns 2.
 */
int cli_bad_option(struct cli_ctx *ctx, const char *cmd, int ch, char **argv);
/* "rucksack CMD: MESSAGE; see 'rucksack CMD --help'" on err; returns 2. */
int cli_usage_error(struct cli_ctx *ctx, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Reads the value of --format: 0 and *json set, or 2 after the usage hint. */
int cli_format_arg(struct cli_ctx *ctx, const char *cmd, const char *arg, bool *json);
/*
 * Parses the options of a command (argv[0]) that takes only --format=text|json
 * and --help, and no arguments: 0 to go on, -1 after printing usage for
 * --help, 2 after a usage hint.
 */
int cli_parse_format_only(struct cli_ctx *ctx, int argc, char **argv, void (*usage)(FILE *),
			  bool *json);

/* "rucksack CMD: no deck or flow 'ID'; see 'rucksack list'" on err; returns 1. */
int cli_unknown_id(struct cli_ctx *ctx, const char *cmd, const char *id);

/* Columns of the terminal on f (at least 20), or 80 when f is not a terminal. */
size_t cli_term_width(FILE *f);

#endif
