#ifndef RUCKSACK_CLI_H
#define RUCKSACK_CLI_H
/*
 * src/cli: the command line.  Depends on the core and on the tui's entry
 * points (tui.h), never on curses: it parses and prints, and never draws.
 * Files: cli.c (global options, dispatch), cli_table.c (every command),
 * cli_args.c (arguments read against an entry), cli_help.c (--help from
 * the entries), cmd_*.c (one command each, their entries declared in
 * commands.h; cmd_session_find.c finds the round a command names;
 * print's entry is cmd_print_entry.c, run by cmd_print_exec.c in rucksack
 * and by cmd_print.c in rucksack-print, src/print_main.c), show_*.c,
 * columns.c and wrap.c (decks and tables as plain text).
 */
/*
 * The command line: global options, then a command.  Every command is one
 * entry (struct cli_cmd_entry, as tmux's cmd_entry) in its own file,
 * cmd_NAME.c, listed in the table in cli_table.c: its name, its options and
 * arguments described once (cli_args.h), its usage and summary for --help,
 * and the function that does it.  The dispatcher reads the arguments
 * against the template, answers --help from the entry and reports bad
 * usage; the function gets arguments already checked.  Exit statuses: 0 ok,
 * 1 bad input (a file with an error, an unknown id), 2 bad usage (one line
 * on ctx->err, as cli_usage_error writes it).
 */
#include <stdbool.h>
#include <stdio.h>

#include "core/deck/catalog.h"
#include "core/deck/searchpath.h"
#include "core/round/settings.h"
#include "core/base/strv.h"
#include "cli/cli_args.h"

/* What the global options and the environment decided, shared by commands. */
struct cli_ctx {
	struct strv decks;	/* --decks DIR, in the order given */
	env_fn env;		/* never NULL */
	char *datadir;		/* the stock decks' folder (searchpath_datadir) */
	struct settings settings; /* the settings file's (settings.h) */
	bool no_color;		/* --no-color, or NO_COLOR set and not empty */
	FILE *out, *err;
	int argc;		/* the whole command line, as cli_main got it */
	char **argv;
	struct catalog catalog; /* valid once catalog_built */
	bool catalog_built;
};

struct cli_cmd_entry {
	const char *name;
	const char *alias;		/* another name it answers to, or NULL */
	struct cli_args_template args;
	const char *usage;		/* after "rucksack NAME", one form a line */
	const char *summary;		/* one line for `rucksack --help` */
	const char *about;		/* what --help says before the options */
	int (*exec)(struct cli_ctx *ctx, const struct cli_args *args);
};

/* The commands, in the order `rucksack --help` lists them, ended by NULL. */
extern const struct cli_cmd_entry *const cli_table[];
/* What `rucksack` with no command runs (no arguments). */
extern const struct cli_cmd_entry cli_default_entry;

/* The entry of table called name (or by its alias), or NULL. */
const struct cli_cmd_entry *cli_cmd_find(const struct cli_cmd_entry *const *table,
					 const char *name);
/* Reads argv (argv[0] the command's name) against e's template and runs it,
 * or prints its --help; returns the exit status. */
int cli_cmd_run(struct cli_ctx *ctx, const struct cli_cmd_entry *e, int argc, char **argv);

/* --help of command e: its usage forms, what it does, and its options. */
void cli_help_command(FILE *out, const struct cli_cmd_entry *e);
/* `rucksack --help`: the usage, the commands of the table and the global options. */
void cli_help_top(const struct cli_ctx *ctx, const struct cli_option *globals);
/* The options of a template as --help lists them, -h, --help last. */
void cli_help_options(FILE *out, const struct cli_option *opts);

/* Parses the global options and runs the command; returns the exit status.
 * env NULL means getenv. */
int cli_main(int argc, char **argv, env_fn env, FILE *out, FILE *err);
/* cli_main for rucksack-print, which rucksack runs once it has read the
 * settings file and said what is wrong in it: not said a second time. */
int cli_main_after_rucksack(int argc, char **argv, env_fn env, FILE *out, FILE *err);

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
/* The catalog of the search path built into c (catalog_free it) for titles
 * and order only: a file that fails to load is left out without a word, as
 * it is no reason not to export, print or count (lint and list report it). */
void cli_quiet_catalog(const struct cli_ctx *ctx, struct catalog *c);

/* "rucksack CMD: MESSAGE; see 'rucksack CMD --help'" on err (cmd NULL:
 * "rucksack: ...; see 'rucksack --help'"); returns 2. */
int cli_usage_error(struct cli_ctx *ctx, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Whether arg names a file rather than an id: it holds a '/' or ends in
 * ".json" (an id can do neither), so a draft can be tried where it is. */
bool cli_is_path(const char *arg);
/*
 * The deck or flow arg names: by id, the catalog's; for a path (cli_is_path),
 * the file loaded, its problems printed on ctx->err as lint prints them, and
 * added to the catalog ahead of the search path, so that its id finds it for
 * the rest of the command; a flow's decks are looked for there too (its
 * refused references printed).  NULL after saying why (cli_unknown_id for an
 * id that is not there).
 */
const struct doc *cli_find_doc(struct cli_ctx *ctx, const char *cmd, const char *arg);

/* "rucksack CMD: no deck or flow 'ID'; see 'rucksack list'" on err; returns 1. */
int cli_unknown_id(struct cli_ctx *ctx, const char *cmd, const char *id);

/* Columns of the terminal on f (at least 20), or 80 when f is not a terminal. */
size_t cli_term_width(FILE *f);

#endif
