/*
 * rucksack run and rucksack resume: a round in the full-screen program,
 * started from the command line (skipping setup) or reopened where it was.
 * Everything that can be checked without a screen is checked first, so a
 * bad flow or a name given twice is one line on standard error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cmd_run.h"
#include "cli/cmd_session.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tui/round_save.h"
#include "tui/round_setup.h"
#include "tui/tui.h"

static void run_usage(FILE *out)
{
	fputs("usage: rucksack run --flow ID --people \"Ana,Ben,Chi\" [--seed S] [--rounds N]\n"
	      "                    [--facilitator NAME]\n"
	      "Starts a round of flow ID at its first phase, skipping the setup screen.\n"
	      "  --flow ID           the flow to run (see 'rucksack list')\n"
	      "  --people NAMES      who is present, comma-separated, in seating order\n"
	      "  --seed S            deal the same cards as another round with this seed\n"
	      "  --rounds N          how many rounds (default: the flow's own), seats rotating\n"
	      "  --facilitator NAME  the facilitator's name, for the transcript\n",
	      out);
}

static void resume_usage(FILE *out)
{
	fputs("usage: rucksack resume [ID|PATH]\n"
	      "Reopens a round where it was left, with any text that was being typed:\n"
	      "the newest unfinished round, the one whose id starts with ID, or the one\n"
	      "whose journal is PATH (a file name with a '/' or ending in .jsonl).\n"
	      "A round saved elsewhere is reopened where it lives now: its old folder\n"
	      "keeps a pointer to it (ID.moved), which ID and PATH both follow.\n"
	      "The phase timer carries on where it was, counting the time the program\n"
	      "was not running (leaving a round with q pauses its timer instead).\n"
	      "A round open in another window is refused (its process id is named);\n"
	      "with no ID the newest unfinished round not open elsewhere is taken.\n",
	      out);
}

static struct tui_opts round_tui_opts(struct cli_ctx *ctx)
{
	return (struct tui_opts){.cat = cli_catalog(ctx), .no_color = ctx->no_color, .env = ctx->env};
}

/* The people and seats for the round; 0, or 1 with the problems on ctx->err. */
static int run_setup(struct cli_ctx *ctx, const struct run_opts *ro, struct rsetup *rs)
{
	struct diags d = {0};
	int bad = rsetup_add_list(rs, ro->people, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(ctx->err, "rucksack run: --people: %s\n", d.v[i].message);
	diags_free(&d);
	if (bad)
		return 1;
	if (!rs->seated) {
		fprintf(ctx->err, "rucksack run: flow '%s' needs at least %zu people; %zu given\n",
			rs->flow->id, rs->need, rs->people.n);
		return 1;
	}
	return 0;
}

int cmd_run_run(struct cli_ctx *ctx, int argc, char **argv)
{
	struct run_opts ro;
	if (cmd_run_parse(ctx, argc, argv, &ro) != 0)
		return 2;
	if (ro.help) {
		run_usage(ctx->out);
		return 0;
	}
	const struct doc *flow = catalog_find_kind(cli_catalog(ctx), ro.flow, DOC_FLOW);
	if (!flow)
		return cli_unknown_id(ctx, "run", ro.flow);
	struct rsetup rs;
	rsetup_init(&rs, flow);
	rs.has_seed = ro.has_seed;
	rs.seed = ro.seed;
	if (ro.facilitator && *ro.facilitator)
		rs.facilitator = xstrdup(ro.facilitator);
	int status = run_setup(ctx, &ro, &rs);
	struct session_opts so = {0};
	if (status == 0 && rsetup_opts(&rs, &so) == 0) {
		so.rounds = ro.rounds;
		so.env = ctx->env;
		struct tui_opts to = round_tui_opts(ctx);
		struct tui_round tr = {.start = &so};
		status = tui_round(&to, &tr, ctx->err);
	}
	rsetup_free(&rs);
	return status;
}

/* Why there is no round for resume to take: none unfinished, or the one
 * there is open in another window. */
static void resume_none(struct cli_ctx *ctx, const struct session_info *v, size_t n)
{
	size_t k = 0;
	while (k < n && (v[k].ended || !v[k].open_elsewhere))
		k++;
	if (k == n) {
		fputs("rucksack resume: no unfinished round; see 'rucksack sessions'\n", ctx->err);
		return;
	}
	char *id = utf8_visible(v[k].id, false), pid[32] = "";
	if (v[k].open_pid > 0)
		snprintf(pid, sizeof pid, " (pid %ld)", v[k].open_pid);
	fprintf(ctx->err, "rucksack resume: the unfinished round %s is open in another window%s; "
		"carry on there, or close it there first\n", id, pid);
	free(id);
}

/* The journal of the newest unfinished round, or NULL with a message. */
static char *resume_newest(struct cli_ctx *ctx)
{
	char *dir = cmd_session_dir(ctx, "resume");
	if (!dir)
		return NULL;
	struct diags d = {0};
	struct session_info *v = NULL;
	size_t n = 0;
	cmd_session_list(ctx, dir, &v, &n, &d);
	long i = rsave_newest_unfinished(v, n);
	char *path = i >= 0 ? xstrdup(v[i].path) : NULL;
	if (!path)
		resume_none(ctx, v, n);
	session_info_free(v, n);
	diags_free(&d);
	free(dir);
	return path;
}

int cmd_resume_run(struct cli_ctx *ctx, int argc, char **argv)
{
	struct resume_opts ro;
	if (cmd_resume_parse(ctx, argc, argv, &ro) != 0)
		return 2;
	if (ro.help) {
		resume_usage(ctx->out);
		return 0;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("rucksack: the full-screen program needs a terminal; try `rucksack sessions`\n",
		      ctx->err);
		return 1;
	}
	char *path = ro.id ? cmd_session_find(ctx, "resume", ro.id, true) : resume_newest(ctx);
	if (!path)
		return 1;
	struct tui_opts to = round_tui_opts(ctx);
	struct tui_round tr = {.journal = path};
	int status = tui_round(&to, &tr, ctx->err);
	free(path);
	return status;
}
