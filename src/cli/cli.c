/* The command line: global options, the dispatcher, and what commands share. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/deck/load.h"

#ifndef RUCKSACK_VERSION
#define RUCKSACK_VERSION "unknown"
#endif
#ifndef RUCKSACK_SOURCE_TREE /* the folder it was built in; the Makefile says */
#define RUCKSACK_SOURCE_TREE NULL
#endif
#ifndef RUCKSACK_DATADIR
#define RUCKSACK_DATADIR "/usr/local/share/rucksack/decks"
#endif

static const char *cli_getenv(const char *name)
{
	return getenv(name);
}

/* What the user typed, safe to print in a message (free it). */
static char *cli_vis(const char *arg)
{
	return utf8_visible(arg ? arg : "", false);
}

static const struct cli_option cli_globals[] = {
	{0, "decks", NULL, CLI_STRING, "DIR", 0, 0,
	 "look for decks and flows in DIR first (may be repeated)"},
	{0, "no-color", NULL, CLI_FLAG, NULL, 0, 0,
	 "draw without colour (also when NO_COLOR is set)"},
	{0, "version", NULL, CLI_FLAG, NULL, 0, 0, "print the version"},
	{0},
};

static const struct cli_args_template cli_globals_template = {
	.options = cli_globals, .upper = -1, .stop_at_argument = true};

/* Fills ctx from what the global options gave; -1 after --help or --version. */
static int cli_globals_apply(struct cli_ctx *ctx, const struct cli_args *a)
{
	if (a->help) { /* the folders it names include those --decks gave */
		for (size_t i = 0; i < a->n_given; i++)
			if (cli_option_is(a->given[i].opt, "decks"))
				strv_push(&ctx->decks, a->given[i].value);
		cli_help_top(ctx, cli_globals);
		return -1;
	}
	for (size_t i = 0; i < a->n_given; i++) {
		const struct cli_given *g = &a->given[i];
		if (cli_option_is(g->opt, "decks"))
			strv_push(&ctx->decks, g->value);
		else if (cli_option_is(g->opt, "no-color"))
			ctx->no_color = true;
		else if (cli_option_is(g->opt, "version")) {
			fprintf(ctx->out, "rucksack %s\n", RUCKSACK_VERSION);
			return -1;
		}
	}
	return a->next;
}

int cli_parse_globals(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *nc = ctx->env("NO_COLOR");
	ctx->no_color = nc && *nc;
	struct cli_args a;
	int rc = cli_args_parse(ctx, NULL, &cli_globals_template, argc, argv, &a);
	int at = rc ? -2 : cli_globals_apply(ctx, &a);
	cli_args_free(&a);
	return at;
}

const struct cli_cmd_entry *cli_cmd_find(const struct cli_cmd_entry *const *table,
					 const char *name)
{
	for (; *table; table++)
		if (strcmp((*table)->name, name) == 0 ||
		    ((*table)->alias && strcmp((*table)->alias, name) == 0))
			return *table;
	return NULL;
}

int cli_cmd_run(struct cli_ctx *ctx, const struct cli_cmd_entry *e, int argc, char **argv)
{
	struct cli_args a;
	int rc = cli_args_parse(ctx, e->name, &e->args, argc, argv, &a);
	if (rc == 0 && a.help)
		cli_help_command(ctx->out, e);
	else if (rc == 0)
		rc = e->exec(ctx, &a);
	cli_args_free(&a);
	return rc;
}

static int cli_dispatch(struct cli_ctx *ctx, int argc, char **argv, int at)
{
	if (at >= argc) {
		char *only[] = {argv[0], NULL};
		return cli_cmd_run(ctx, &cli_default_entry, 1, only);
	}
	const struct cli_cmd_entry *e = cli_cmd_find(cli_table, argv[at]);
	if (!e) {
		char *name = cli_vis(argv[at]);
		fprintf(ctx->err, "rucksack: unknown command '%s'; see 'rucksack --help'\n", name);
		free(name);
		return 2;
	}
	return cli_cmd_run(ctx, e, argc - at, argv + at);
}

/* The settings file, its problems said on standard error when say: a bad
 * line is skipped, never fatal. */
static void cli_settings(struct cli_ctx *ctx, bool say)
{
	struct diags d = {0};
	settings_load(&ctx->settings, ctx->env, &d);
	if (say)
		diags_print_text(ctx->err, &d);
	diags_free(&d);
}

static int cli_run(int argc, char **argv, env_fn env, FILE *out, FILE *err, bool say_settings)
{
	struct cli_ctx ctx = {
		.env = env ? env : cli_getenv,
		.out = out,
		.err = err,
		.argc = argc,
		.argv = argv,
	};
	/* $RUCKSACK_DATADIR overrides, for running from elsewhere and for tests
	 * that must not see an installed copy; build/rucksack run from the
	 * source tree finds that tree's decks. */
	ctx.datadir = searchpath_datadir(ctx.env, RUCKSACK_DATADIR, RUCKSACK_SOURCE_TREE,
					 "/proc/self/exe");
	cli_settings(&ctx, say_settings);
	int at = cli_parse_globals(&ctx, argc, argv);
	int rc = at == -1 ? 0 : at == -2 ? 2 : cli_dispatch(&ctx, argc, argv, at);
	if (fflush(out) != 0 && rc == 0) {
		fprintf(err, "rucksack: cannot write the output\n");
		rc = 1;
	}
	cli_ctx_free(&ctx);
	return rc;
}

int cli_main(int argc, char **argv, env_fn env, FILE *out, FILE *err)
{
	return cli_run(argc, argv, env, out, err, true);
}

int cli_main_after_rucksack(int argc, char **argv, env_fn env, FILE *out, FILE *err)
{
	return cli_run(argc, argv, env, out, err, false);
}

void cli_ctx_free(struct cli_ctx *ctx)
{
	strv_free(&ctx->decks);
	free(ctx->datadir);
	ctx->datadir = NULL;
	settings_free(&ctx->settings);
	if (ctx->catalog_built)
		catalog_free(&ctx->catalog);
	ctx->catalog_built = false;
}

size_t cli_search_path(const struct cli_ctx *ctx, struct strv *out)
{
	return searchpath_build(out, &ctx->decks, &ctx->settings.decks, ctx->env, ctx->datadir);
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
	diags_print_text(ctx->err, &d);
	diags_free(&d);
	strv_free(&dirs);
	return &ctx->catalog;
}

void cli_quiet_catalog(const struct cli_ctx *ctx, struct catalog *c)
{
	struct strv dirs = {0};
	struct diags ignored = {0};
	cli_search_path(ctx, &dirs);
	catalog_load(c, &dirs, &ignored);
	strv_free(&dirs);
	diags_free(&ignored);
}

bool cli_is_path(const char *arg)
{
	size_t n = strlen(arg);
	return strchr(arg, '/') || (n >= 5 && strcmp(arg + n - 5, ".json") == 0);
}

/* The file at path, loaded into the catalog: see cli_find_doc. */
static const struct doc *cli_load_path(struct cli_ctx *ctx, const char *path)
{
	struct catalog *cat = (struct catalog *)cli_catalog(ctx);
	struct diags d = {0};
	struct doc *doc = NULL;
	if (load_file(path, &doc, &d) == 0 && doc->kind == DOC_FLOW &&
	    catalog_check_flow_refs(cat, doc, &d) > 0) {
		doc_free(doc);
		doc = NULL;
	}
	diags_print_text(ctx->err, &d);
	diags_free(&d);
	if (doc)
		catalog_add_first(cat, doc);
	return doc;
}

const struct doc *cli_find_doc(struct cli_ctx *ctx, const char *cmd, const char *arg)
{
	if (cli_is_path(arg))
		return cli_load_path(ctx, arg);
	const struct doc *doc = catalog_find(cli_catalog(ctx), arg);
	if (!doc)
		cli_unknown_id(ctx, cmd, arg);
	return doc;
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
	if (cmd)
		fprintf(ctx->err, "rucksack %s: %s; see 'rucksack %s --help'\n", cmd, vis, cmd);
	else
		fprintf(ctx->err, "rucksack: %s; see 'rucksack --help'\n", vis);
	free(vis);
	if (msg != small)
		free(msg);
	return 2;
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
