/* The command line: global options, the dispatcher, and what commands share. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

#ifndef RUCKSACK_VERSION
#define RUCKSACK_VERSION "unknown"
#endif
#ifndef RUCKSACK_DATADIR
#define RUCKSACK_DATADIR "/usr/local/share/rucksack/decks"
#endif

static const char *cli_getenv(const char *name)
{
	return getenv(name);
}

static void cli_help(FILE *out)
{
	fputs("usage: rucksack [--decks DIR]... [--no-color] [COMMAND [OPTIONS] [ARGS]]\n"
	      "Card decks and flows for systemic group supervision.\n\n", out);
	fprintf(out, "%s\n\nCommands:\n", cli_default_command.summary);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fputs("\nGlobal options (before the command):\n"
	      "  --decks DIR  look for decks and flows in DIR first (may be repeated)\n"
	      "  --no-color   draw without colour (also when NO_COLOR is set)\n"
	      "  -h, --help   print this help\n"
	      "  --version    print the version\n\n"
	      "'rucksack COMMAND --help' describes a command; see also rucksack(1)\n"
	      "and rucksack-deck(5).\n",
	      out);
}

/* What the user typed, safe to print in a message (free it). */
static char *cli_vis(const char *arg)
{
	return utf8_visible(arg ? arg : "", false);
}

static int cli_global_bad(struct cli_ctx *ctx, int ch, char **argv)
{
	char *opt = cli_vis(optind > 0 ? argv[optind - 1] : NULL);
	fprintf(ctx->err, "rucksack: %s '%s'%s; see 'rucksack --help'\n",
		ch == ':' ? "option" : "unknown option", opt,
		ch == ':' ? " needs an argument" : "");
	free(opt);
	return -2;
}

int cli_parse_globals(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option longs[] = {
		{"decks", required_argument, NULL, 'd'},
		{"no-color", no_argument, NULL, 'C'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *nc = ctx->env("NO_COLOR");
	ctx->no_color = nc && *nc;
	opterr = 0;
	optind = 0; /* glibc: a full reset, so parsing twice (tests) works */
	/* '+': stop at the command word; what follows is the command's. */
	for (int c; (c = getopt_long(argc, argv, "+:h", longs, NULL)) != -1;) {
		switch (c) {
		case 'd': strv_push(&ctx->decks, optarg); break;
		case 'C': ctx->no_color = true; break;
		case 'h': cli_help(ctx->out); return -1;
		case 'V': fprintf(ctx->out, "rucksack %s\n", RUCKSACK_VERSION); return -1;
		default: return cli_global_bad(ctx, c, argv);
		}
	}
	return optind;
}

static const struct cli_command *cli_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static int cli_dispatch(struct cli_ctx *ctx, int argc, char **argv, int at)
{
	if (at >= argc) {
		char *only[] = {argv[0], NULL};
		return cli_default_command.run(ctx, 1, only);
	}
	const struct cli_command *c = cli_find(argv[at]);
	if (!c) {
		char *name = cli_vis(argv[at]);
		fprintf(ctx->err, "rucksack: unknown command '%s'; see 'rucksack --help'\n", name);
		free(name);
		return 2;
	}
	return c->run(ctx, argc - at, argv + at);
}

int cli_main(int argc, char **argv, env_fn env, FILE *out, FILE *err)
{
	struct cli_ctx ctx = {
		.env = env ? env : cli_getenv,
		.out = out,
		.err = err,
	};
	/* An override of the compiled-in folder, for running from elsewhere and
	 * for tests that must not see an installed copy. */
	const char *dd = ctx.env("RUCKSACK_DATADIR");
	ctx.datadir = dd && *dd ? dd : RUCKSACK_DATADIR;
	int at = cli_parse_globals(&ctx, argc, argv);
	int rc = at == -1 ? 0 : at == -2 ? 2 : cli_dispatch(&ctx, argc, argv, at);
	if (fflush(out) != 0 && rc == 0) {
		fprintf(err, "rucksack: cannot write the output\n");
		rc = 1;
	}
	cli_ctx_free(&ctx);
	return rc;
}

void cli_ctx_free(struct cli_ctx *ctx)
{
	strv_free(&ctx->decks);
	if (ctx->catalog_built)
		catalog_free(&ctx->catalog);
	ctx->catalog_built = false;
}

size_t cli_search_path(const struct cli_ctx *ctx, struct strv *out)
{
	return searchpath_build(out, &ctx->decks, ctx->env, ctx->datadir);
}

const struct catalog *cli_catalog(struct cli_ctx *ctx)
{
	if (ctx->catalog_built)
		return &ctx->catalog;
	struct strv dirs = {0};
	struct diags d = {0};
	size_t named = cli_search_path(ctx, &dirs);
	ctx->catalog = (struct catalog){0};
	catalog_load_named(&ctx->catalog, &dirs, named, &d);
	ctx->catalog_built = true;
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(ctx->err, &d.v[i]);
	diags_free(&d);
	strv_free(&dirs);
	return &ctx->catalog;
}

int cli_bad_option(struct cli_ctx *ctx, const char *cmd, int ch, char **argv)
{
	char *opt = cli_vis(optind > 0 ? argv[optind - 1] : NULL);
	if (ch == ':')
		cli_usage_error(ctx, cmd, "option '%s' needs an argument", opt);
	else
		cli_usage_error(ctx, cmd, "unknown option '%s'", opt);
	free(opt);
	return 2;
}

/* The message may quote what the user typed: shown with control characters
 * made visible, as everything else rucksack prints. */
int cli_usage_error(struct cli_ctx *ctx, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	char *msg = small;
	if (n >= (int)sizeof small) {
		msg = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	char *vis = cli_vis(n < 0 ? "" : msg);
	fprintf(ctx->err, "rucksack %s: %s; see 'rucksack %s --help'\n", cmd, vis, cmd);
	free(vis);
	if (msg != small)
		free(msg);
	return 2;
}

int cli_format_arg(struct cli_ctx *ctx, const char *cmd, const char *arg, bool *json)
{
	if (strcmp(arg, "text") != 0 && strcmp(arg, "json") != 0)
		return cli_usage_error(ctx, cmd, "--format must be text or json");
	*json = strcmp(arg, "json") == 0;
	return 0;
}

int cli_parse_format_only(struct cli_ctx *ctx, int argc, char **argv, void (*usage)(FILE *),
			  bool *json)
{
	static const struct option longs[] = {
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *cmd = argv[0];
	opterr = 0;
	optind = 0;
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;) {
		if (c == 'h') {
			usage(ctx->out);
			return -1;
		}
		int rc = c == 'f' ? cli_format_arg(ctx, cmd, optarg, json)
				  : cli_bad_option(ctx, cmd, c, argv);
		if (rc)
			return rc;
	}
	if (optind < argc)
		return cli_usage_error(ctx, cmd, "unexpected argument '%s'", argv[optind]);
	return 0;
}

int cli_unknown_id(struct cli_ctx *ctx, const char *cmd, const char *id)
{
	char *vis = cli_vis(id);
	fprintf(ctx->err, "rucksack %s: no deck or flow '%s'; see 'rucksack list'\n", cmd, vis);
	free(vis);
	return 1;
}

size_t cli_term_width(FILE *f)
{
	struct winsize ws;
	int fd = fileno(f);
	if (fd < 0 || !isatty(fd) || ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
		return 80;
	return ws.ws_col < 20 ? 20 : ws.ws_col;
}
