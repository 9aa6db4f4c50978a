/*
 * rucksack resume: a round reopened in the full-screen program where it was
 * left, found by its id, its journal's path, or as the newest unfinished.
 */
#include "cli/cmd_run.h"

#include <stdlib.h>
#include <unistd.h>

#include "cli/cmd_session.h"
#include "cli/commands.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tui/tui.h"

int cmd_resume_parse(struct cli_ctx *ctx, int argc, char **argv, struct resume_opts *o)
{
	struct cli_args args;
	int rc = cli_args_parse(ctx, "resume", &cmd_resume_entry.args, argc, argv, &args);
	*o = (struct resume_opts){.help = args.help, .id = args.n_pos ? args.pos[0] : NULL};
	cli_args_free(&args);
	return rc;
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
	long i = session_newest_unfinished(v, n);
	char *path = i >= 0 ? xstrdup(v[i].path) : NULL;
	if (!path)
		resume_none(ctx, v, n);
	session_info_free(v, n);
	diags_free(&d);
	free(dir);
	return path;
}

static int cmd_resume(struct cli_ctx *ctx, const struct cli_args *args)
{
	const char *id = args->n_pos ? args->pos[0] : NULL;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("rucksack: the full-screen program needs a terminal; try `rucksack sessions`\n",
		      ctx->err);
		return 1;
	}
	char *path = id ? cmd_session_find(ctx, "resume", id, true) : resume_newest(ctx);
	if (!path)
		return 1;
	struct tui_opts to = {.cat = cli_catalog(ctx), .no_color = ctx->no_color, .env = ctx->env};
	struct tui_round tr = {.journal = path};
	int status = tui_round(&to, &tr, ctx->err);
	free(path);
	return status;
}

const struct cli_cmd_entry cmd_resume_entry = {
	.name = "resume",
	.args = {
		.options = (const struct cli_option[]){{0}},
		.upper = 1,
		.extra = "unexpected argument '%s' (one round at a time)",
	},
	.usage = "[ID|PATH]",
	.summary = "reopen an unfinished round where it was left",
	.about = "Reopens a round where it was left, with any text that was being typed:\n"
		 "the newest unfinished round, the one whose id starts with ID, or the one\n"
		 "whose journal is PATH (a file name with a '/' or ending in .jsonl).\n"
		 "A round saved elsewhere is reopened where it lives now: its old folder\n"
		 "keeps a pointer to it (ID.moved; or a rescue folder keeps it, while the\n"
		 "old folder cannot), which ID and PATH both follow; while the place it\n"
		 "leads to is not there, the copy left behind is refused by ID.\n"
		 "The phase timer carries on where it was, counting the time the program\n"
		 "was not running (leaving a round with q pauses its timer instead).\n"
		 "A round open in another window is refused (its process id is named);\n"
		 "with no ID the newest unfinished round not open elsewhere is taken.",
	.exec = cmd_resume,
};
