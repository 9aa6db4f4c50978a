/* `rucksack resume [ID]`: which round to reopen. */
#include "cmd_run.h"

#include <getopt.h>

int cmd_resume_parse(int argc, char **argv, struct resume_opts *o, FILE *err)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (struct resume_opts){0};
	opterr = 0;
	optind = 0; /* glibc: restart the scan completely */
	for (int c; (c = getopt_long(argc, argv, "h", longs, NULL)) != -1;) {
		if (c != 'h') {
			fprintf(err, "rucksack resume: unknown option\nusage: rucksack resume [ID]\n");
			return 2;
		}
		o->help = true;
	}
	if (optind < argc)
		o->id = argv[optind++];
	if (optind < argc) {
		fprintf(err, "rucksack resume: unexpected argument '%s'\nusage: rucksack resume [ID]\n",
			argv[optind]);
		return 2;
	}
	return 0;
}
