/*
 * `rucksack` with no command: the full-screen program's home screen, on the
 * decks and flows of the search path.  Files that fail to load are counted
 * on the home screen (not printed, which the full screen would hide).
 * Refuses with one line when stdin or stdout is not a terminal.
 */
#include "cli/cli.h"

#include "core/deck/catalog.h"
#include "core/base/diag.h"
#include "tui/tui.h"

/* What reloading needs: the search path as it was read at the start. */
struct home_reload {
	struct cli_ctx *ctx;
	const struct strv *dirs;
	size_t named;
	struct diags *problems;
};

/* Reads the search path again into the same catalog and problems (tui_opts.reload). */
static void home_reload(void *data)
{
	struct home_reload *r = data;
	struct catalog fresh = {0};
	struct diags d = {0};
	catalog_load_named(&fresh, r->dirs, r->named, &d);
	catalog_free(&r->ctx->catalog);
	r->ctx->catalog = fresh;
	diags_free(r->problems);
	*r->problems = d;
}

static int cmd_home(struct cli_ctx *ctx, const struct cli_args *args)
{
	(void)args;
	struct strv dirs = {0};
	struct diags problems = {0};
	size_t named = cli_search_path(ctx, &dirs);
	if (!ctx->catalog_built) {
		catalog_load_named(&ctx->catalog, &dirs, named, &problems);
		ctx->catalog_built = true;
	}
	struct home_reload reload = {ctx, &dirs, named, &problems};
	struct tui_opts o = {
		.cat = &ctx->catalog,
		.problems = &problems,
		.no_color = ctx->no_color,
		.env = ctx->env,
		.reload = home_reload,
		.reload_data = &reload,
	};
	int status = tui_main(&o, ctx->err);
	diags_free(&problems);
	strv_free(&dirs);
	return status;
}

const struct cli_cmd_entry cli_default_entry = {
	.name = "rucksack",
	.args = {.options = (const struct cli_option[]){{0}}},
	.usage = "",
	.summary = "With no command, rucksack opens the full-screen program (in a terminal).",
	.about = "",
	.exec = cmd_home,
};
