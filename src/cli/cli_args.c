/* The one argument parser: argv read against a command's template. */
#include "cli/cli_args.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/base/xalloc.h"

const struct cli_option cli_help_option = {'h', "help", NULL, CLI_FLAG, NULL, 0, 0,
					   "print this help"};

/* The state of one parse: where it is and what it reports as. */
struct parse {
	struct cli_ctx *ctx;
	const char *cmd;
	const struct cli_args_template *t;
	int argc;
	char **argv;
	int i; /* the argument being read */
	struct cli_args *args;
};

bool cli_option_is(const struct cli_option *opt, const char *key)
{
	if (opt->long_name && strcmp(opt->long_name, key) == 0)
		return true;
	return !opt->long_name && opt->short_name && key[0] == opt->short_name && !key[1];
}

/* How opt is named in a message: "--seed", else "-n". */
static const char *option_spelling(const struct cli_option *opt, char *buf, size_t size)
{
	if (opt->long_name)
		snprintf(buf, size, "--%s", opt->long_name);
	else
		snprintf(buf, size, "-%c", opt->short_name);
	return buf;
}

/* The words of a choice for a message: "text|json" is "text or json", "a|b|c"
 * "a, b or c". */
static char *choice_words(const char *meta)
{
	const char *last = strrchr(meta, '|');
	char *words = xcalloc(4 * strlen(meta) + 1, 1), *w = words;
	for (const char *c = meta; *c; c++)
		if (*c != '|')
			*w++ = *c;
		else
			w += sprintf(w, "%s", c == last ? " or " : ", ");
	return words;
}

static int usage_bad_value(struct parse *p, const struct cli_option *opt)
{
	char buf[64];
	const char *name = option_spelling(opt, buf, sizeof buf);
	if (opt->kind == CLI_NUMBER && opt->lo == 0 && opt->hi == UINT64_MAX)
		return cli_usage_error(p->ctx, p->cmd, "%s needs a whole number", name);
	if (opt->kind == CLI_NUMBER)
		return cli_usage_error(p->ctx, p->cmd, "%s needs a whole number from %llu to %llu",
				       name, (unsigned long long)opt->lo, (unsigned long long)opt->hi);
	char *words = choice_words(opt->meta);
	cli_usage_error(p->ctx, p->cmd, "%s must be %s", name, words);
	free(words);
	return 2;
}

/* A whole decimal number in [lo, hi]; false for signs, blanks or junk. */
static bool read_number(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
	if (*s < '0' || *s > '9')
		return false;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = (uint64_t)v;
	return true;
}

/* Whether value is one of the words of meta ("text|json"). */
static bool read_choice(const char *meta, const char *value)
{
	size_t n = strlen(value);
	for (const char *w = meta; w; w = strchr(w, '|') ? strchr(w, '|') + 1 : NULL)
		if (strncmp(w, value, n) == 0 && (w[n] == '|' || w[n] == '\0'))
			return true;
	return false;
}

/* Records opt as given with value, after checking the value. */
static int given(struct parse *p, const struct cli_option *opt, const char *value)
{
	struct cli_given g = {opt, value, 0};
	if (opt->kind == CLI_NUMBER && !read_number(value, opt->lo, opt->hi, &g.number))
		return usage_bad_value(p, opt);
	if (opt->kind == CLI_CHOICE && !read_choice(opt->meta, value))
		return usage_bad_value(p, opt);
	if (opt == &cli_help_option)
		p->args->help = true;
	struct cli_args *a = p->args;
	a->given = xrealloc(a->given, (a->n_given + 1) * sizeof *a->given);
	a->given[a->n_given++] = g;
	return 0;
}

/* Whether name (n bytes) is opt's long name or alias, or starts one. */
static int long_match(const struct cli_option *opt, const char *name, size_t n)
{
	const char *names[] = {opt->long_name, opt->alias};
	int best = 0;
	for (int k = 0; k < 2; k++) {
		if (!names[k] || strncmp(names[k], name, n) != 0)
			continue;
		if (!names[k][n])
			return 2; /* exact */
		best = 1;
	}
	return best;
}

/* The option named name (n bytes): exact, or the one it starts; NULL when none
 * or several (*ambiguous). */
static const struct cli_option *find_long(const struct cli_args_template *t, const char *name,
					  size_t n, bool *ambiguous)
{
	const struct cli_option *prefix = NULL;
	size_t prefixes = 0;
	const struct cli_option *o = t->options;
	for (bool last = false; !last; o++) {
		if (!o->short_name && !o->long_name)
			o = &cli_help_option; /* after the template's own */
		last = o == &cli_help_option;
		int m = long_match(o, name, n);
		if (m == 2)
			return o;
		if (m == 1) {
			prefix = o;
			prefixes++;
		}
	}
	*ambiguous = prefixes > 1;
	return prefixes == 1 ? prefix : NULL;
}

static const struct cli_option *find_short(const struct cli_args_template *t, char c)
{
	for (const struct cli_option *o = t->options; o->short_name || o->long_name; o++)
		if (o->short_name == c)
			return o;
	return c == 'h' ? &cli_help_option : NULL;
}

/* --name, --name=VALUE or --name VALUE at p->i. */
static int parse_long(struct parse *p)
{
	char *arg = p->argv[p->i] + 2, *eq = strchr(arg, '=');
	size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
	bool ambiguous = false;
	const struct cli_option *opt = find_long(p->t, arg, n, &ambiguous);
	if (!opt && ambiguous)
		return cli_usage_error(p->ctx, p->cmd, "option '--%.*s' is ambiguous", (int)n, arg);
	if (!opt)
		return cli_usage_error(p->ctx, p->cmd, "unknown option '%s'", p->argv[p->i]);
	if (opt->kind == CLI_FLAG && eq)
		return cli_usage_error(p->ctx, p->cmd, "option '--%s' takes no value", opt->long_name);
	if (opt->kind == CLI_FLAG)
		return given(p, opt, NULL);
	if (eq)
		return given(p, opt, eq + 1);
	if (p->i + 1 >= p->argc)
		return cli_usage_error(p->ctx, p->cmd, "option '%s' needs an argument", p->argv[p->i]);
	return given(p, opt, p->argv[++p->i]);
}

/* -x, -xVALUE, -x VALUE, or a cluster of flags (-ab) at p->i. */
static int parse_short(struct parse *p)
{
	for (const char *c = p->argv[p->i] + 1; *c; c++) {
		const struct cli_option *opt = find_short(p->t, *c);
		if (!opt)
			return cli_usage_error(p->ctx, p->cmd, "unknown option '-%c'", *c);
		if (opt->kind == CLI_FLAG) {
			int rc = given(p, opt, NULL);
			if (rc || p->args->help)
				return rc;
			continue;
		}
		if (c[1])
			return given(p, opt, c + 1);
		if (p->i + 1 >= p->argc)
			return cli_usage_error(p->ctx, p->cmd, "option '-%c' needs an argument", *c);
		return given(p, opt, p->argv[++p->i]);
	}
	return 0;
}

static int check_count(struct parse *p)
{
	const struct cli_args_template *t = p->t;
	struct cli_args *a = p->args;
	if (a->n_pos < t->lower)
		return cli_usage_error(p->ctx, p->cmd, "%s", t->missing);
	if (t->upper >= 0 && a->n_pos > t->upper)
		return cli_usage_error(p->ctx, p->cmd,
				       t->extra ? t->extra : "unexpected argument '%s'",
				       a->pos[t->upper]);
	return 0;
}

/* Reads the arguments from p->i on; 0 when they end or the options stop. */
static int parse_all(struct parse *p)
{
	struct cli_args *a = p->args;
	bool options = true;
	for (; p->i < p->argc && !a->help; p->i++) {
		char *arg = p->argv[p->i];
		bool option = options && arg[0] == '-' && arg[1];
		if (option && strcmp(arg, "--") == 0) {
			options = false;
			if (p->t->stop_at_argument)
				break;
			continue;
		}
		if (!option && p->t->stop_at_argument)
			break;
		if (!option) {
			a->pos[a->n_pos++] = arg;
			continue;
		}
		int rc = arg[1] == '-' ? parse_long(p) : parse_short(p);
		if (rc)
			return rc;
	}
	if (p->i < p->argc && strcmp(p->argv[p->i], "--") == 0 && !a->help)
		p->i++;
	a->next = p->i;
	return 0;
}

int cli_args_parse(struct cli_ctx *ctx, const char *cmd, const struct cli_args_template *t,
		   int argc, char **argv, struct cli_args *args)
{
	*args = (struct cli_args){.pos = xcalloc((size_t)(argc > 0 ? argc : 1), sizeof(char *))};
	struct parse p = {ctx, cmd, t, argc, argv, 1, args};
	int rc = parse_all(&p);
	if (rc || args->help || t->stop_at_argument)
		return rc;
	return check_count(&p);
}

void cli_args_free(struct cli_args *args)
{
	free(args->given);
	free(args->pos);
	*args = (struct cli_args){0};
}

static const struct cli_given *last_given(const struct cli_args *args, const char *key)
{
	for (size_t i = args->n_given; i-- > 0;)
		if (cli_option_is(args->given[i].opt, key))
			return &args->given[i];
	return NULL;
}

bool cli_args_has(const struct cli_args *args, const char *key)
{
	return last_given(args, key) != NULL;
}

const char *cli_args_value(const struct cli_args *args, const char *key)
{
	const struct cli_given *g = last_given(args, key);
	return g ? g->value : NULL;
}

uint64_t cli_args_number(const struct cli_args *args, const char *key, uint64_t dflt)
{
	const struct cli_given *g = last_given(args, key);
	return g ? g->number : dflt;
}

bool cli_args_value_is(const struct cli_args *args, const char *key, const char *word)
{
	const char *v = cli_args_value(args, key);
	return v && strcmp(v, word) == 0;
}
