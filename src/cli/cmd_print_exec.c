/*
 * rucksack print, in rucksack: the arguments checked here (so --help and
 * usage errors are rucksack's own), then rucksack-print runs on the same
 * command line.  Pango and Cairo cost every start-up some 40 libraries and
 * 5 MB; only rucksack-print loads them.  It is looked for beside the
 * running binary first (a build folder, a copy moved whole), then where
 * `make install` puts it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/commands.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

#ifndef RUCKSACK_LIBEXECDIR /* the Makefile says: $(LIBEXECDIR)/rucksack */
#define RUCKSACK_LIBEXECDIR "/usr/local/libexec/rucksack"
#endif

#define PRINT_HELPER "rucksack-print"

/* The helper's path beside the running binary (free it), or NULL when the
 * binary's own path cannot be learnt. */
static char *print_helper_beside_self(void)
{
	char *self = realpath("/proc/self/exe", NULL);
	if (!self)
		return NULL;
	*strrchr(self, '/') = '\0'; /* realpath's answer is absolute */
	char *path = xasprintf("%s/%s", self, PRINT_HELPER);
	free(self);
	return path;
}

/* Replaces this process with the helper at path, given rucksack's own
 * arguments; returns only when that failed, after saying why. */
static void print_helper_exec(const struct cli_ctx *ctx, const char *path)
{
	char **argv = xmalloc(((size_t)ctx->argc + 1) * sizeof *argv);
	argv[0] = (char *)path;
	for (int i = 1; i <= ctx->argc; i++)
		argv[i] = ctx->argv[i]; /* argv[argc] is NULL */
	execv(path, argv);
	int e = errno;
	char *vis = utf8_visible(path, false);
	fprintf(ctx->err, "rucksack print: cannot run %s: %s\n", vis, strerror(e));
	free(vis);
	free(argv);
}

static void print_helper_missing(const struct cli_ctx *ctx, char *const *places, size_t n)
{
	fputs("rucksack print: cannot find " PRINT_HELPER ", which makes the PDFs; "
	      "looked for",
	      ctx->err);
	for (size_t i = 0, said = 0; i < n; i++) {
		if (!places[i])
			continue;
		char *vis = utf8_visible(places[i], false);
		fprintf(ctx->err, "%s %s", said++ ? " and" : "", vis);
		free(vis);
	}
	fputs("; reinstall rucksack\n", ctx->err);
}

int cmd_print_run(struct cli_ctx *ctx, const struct cli_args *args)
{
	(void)args; /* checked; rucksack-print reads them again from argv */
	char *places[] = {print_helper_beside_self(),
			  xasprintf("%s/%s", RUCKSACK_LIBEXECDIR, PRINT_HELPER)};
	size_t n = sizeof places / sizeof *places, i = 0;
	while (i < n && !(places[i] && access(places[i], X_OK) == 0))
		i++;
	if (i < n) {
		/* What is buffered would be lost with this process. */
		fflush(ctx->out);
		fflush(ctx->err);
		print_helper_exec(ctx, places[i]);
	} else {
		print_helper_missing(ctx, places, n);
	}
	for (size_t k = 0; k < n; k++)
		free(places[k]);
	return 1;
}
