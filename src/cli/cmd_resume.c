/* `rucksack resume [ID|PATH]`: which round to reopen. */
#include "cmd_run.h"

#include <getopt.h>

int cmd_resume_parse(struct cli_ctx *ctx, int argc, char **argv, struct resume_opts *o)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (struct resume_opts){0};
	opterr = 0;
	optind = 0; /* glibc: restart the scan completely */
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;) {
		if (c != 'h')
			return cli_bad_option(ctx, "resume", c, argv);
		o->help = true;
	}
	if (optind < argc)
		o->id = argv[optind++];
	if (optind < argc)
		return cli_usage_error(ctx, "resume", "unexpected argument '%s' (one round at a time)",
				       argv[optind]);
	return 0;
}
