/*
 * The one Check runner.  Suites are listed in suites.inc, generated from the
 * file names tests/unit/PART/check_NAME.c.  CK_RUN_SUITE / CK_RUN_CASE pick a
 * subset and CK_FORK=no runs in-process (for gdb and valgrind), as Check's
 * manual describes; --no-fork and --verbose do the same from the command line.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUITE(name) Suite *name##_suite(void);
#include "suites.inc"
#undef SUITE

/*
 * UNIT_SHARD=K/N runs only every Nth suite from the Kth (K from 0), so
 * make check-unit can run the suites as N processes at once: most of a run
 * is forks and waits, not work.
 */
static int shard_k, shard_n = 1, suite_i;

static void shard_read(void)
{
	const char *s = getenv("UNIT_SHARD");
	if (s && sscanf(s, "%d/%d", &shard_k, &shard_n) == 2 && shard_n > 0 && shard_k >= 0 &&
	    shard_k < shard_n)
		return;
	shard_k = 0;
	shard_n = 1;
}

static void add_suite(SRunner *sr, Suite *(*make)(void))
{
	if (suite_i++ % shard_n == shard_k)
		srunner_add_suite(sr, make());
}

int main(int argc, char **argv)
{
	enum print_output mode = CK_NORMAL;
	SRunner *sr = srunner_create(NULL);
	shard_read();
#define SUITE(name) add_suite(sr, name##_suite);
#include "suites.inc"
#undef SUITE
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--no-fork") == 0)
			srunner_set_fork_status(sr, CK_NOFORK);
		else if (strcmp(argv[i], "--verbose") == 0)
			mode = CK_VERBOSE;
	}
	srunner_run_all(sr, mode);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
