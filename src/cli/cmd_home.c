#include "cli/cmd_home.h"

#include "core/catalog.h"
#include "core/diag.h"
#include "tui/tui.h"

int cmd_home_run(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct strv dirs = {0};
	struct diags problems = {0};
	if (!ctx->catalog_built) {
		size_t named = cli_search_path(ctx, &dirs);
		catalog_load_named(&ctx->catalog, &dirs, named, &problems);
		ctx->catalog_built = true;
	}
	struct tui_opts o = {
		.cat = &ctx->catalog,
		.problems = &problems,
		.no_color = ctx->no_color,
		.env = ctx->env,
	};
	int status = tui_main(&o, ctx->err);
	diags_free(&problems);
	strv_free(&dirs);
	return status;
}
