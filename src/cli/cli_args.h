#ifndef RUCKSACK_CLI_ARGS_H
#define RUCKSACK_CLI_ARGS_H
/*
 * Arguments read against a template, as tmux's cmd_entry.args: a command
 * describes its options (with what their values must be) and how many
 * positional arguments it takes once, and this one parser reads argv,
 * checks values and counts, and reports bad usage in one wording.
 *
 * What is read, as getopt_long reads it: options and arguments in any order;
 * `--` ends the options; a long option by its name or a prefix of it that
 * names one option only, its value as `--name=VALUE` or the next argument;
 * short options alone (`-n 5`), joined to their value (`-n5`) or clustered;
 * `-h` and `--help` on every template.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cli_ctx;

enum cli_value {
	CLI_FLAG,   /* no value */
	CLI_STRING, /* any text */
	CLI_NUMBER, /* a whole decimal number in [lo, hi] */
	CLI_CHOICE, /* one of the words of meta, split at '|' ("text|json") */
};

struct cli_option {
	char short_name;       /* 'o' for -o, or 0 */
	const char *long_name; /* "output" for --output, or NULL */
	const char *alias;     /* another long name ("anonymize"), or NULL */
	enum cli_value kind;
	const char *meta;      /* the value's placeholder in help ("FILE"), NULL for a flag */
	uint64_t lo, hi;       /* CLI_NUMBER's range */
	const char *help;      /* for --help; a '\n' starts an indented line */
};

struct cli_args_template {
	const struct cli_option *options; /* ended by an entry with neither name */
	int lower, upper;     /* how many positional arguments; upper -1: any number */
	const char *missing;  /* the message when fewer than lower are given */
	const char *extra;    /* the message when more than upper, a format of the first
				 one too many; NULL: "unexpected argument '%s'" */
	bool stop_at_argument; /* the first positional argument ends the options
				  (the global options before a command word) */
};

/* -h, --help: every template takes it, after its own options. */
extern const struct cli_option cli_help_option;

/* One option as given, in the order given. */
struct cli_given {
	const struct cli_option *opt;
	const char *value; /* from argv; NULL for a flag */
	uint64_t number;   /* CLI_NUMBER's value */
};

struct cli_args {
	struct cli_given *given;
	size_t n_given;
	char **pos; /* the positional arguments, from argv */
	int n_pos;
	int next;   /* with stop_at_argument: argv's index of the first argument */
	bool help;  /* -h or --help was given: nothing after it was read */
};

/*
 * Reads argv[1..argc) against t (argv[0] is the command's name, cmd; NULL
 * for the global options).  0, or 2 after the one-line usage message on
 * ctx->err.  Frees nothing of argv; free args with cli_args_free either way.
 */
int cli_args_parse(struct cli_ctx *ctx, const char *cmd, const struct cli_args_template *t,
		   int argc, char **argv, struct cli_args *args);
void cli_args_free(struct cli_args *args);

/* The option of args's template named key (its long name, or its short name
 * as a one-letter string): whether it was given, its last value (NULL if
 * never given), its last number (dflt if never given). */
bool cli_args_has(const struct cli_args *args, const char *key);
const char *cli_args_value(const struct cli_args *args, const char *key);
uint64_t cli_args_number(const struct cli_args *args, const char *key, uint64_t dflt);
/* Whether key's last value is word. */
bool cli_args_value_is(const struct cli_args *args, const char *key, const char *word);
/* Whether opt is the option named key. */
bool cli_option_is(const struct cli_option *opt, const char *key);

#endif
