/*
 * The one Check runner.  Suites are listed in suites.inc, generated from the
 * file names tests/unit/PART/check_NAME.c.  CK_RUN_SUITE / CK_RUN_CASE pick a
 * subset and CK_FORK=no runs in-process (for gdb and valgrind), as Check's
 * manual describes; --no-fork and --verbose do the same from the command line.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#define SUITE(name) Suite *name##_suite(void);
#include "suites.inc"
#undef SUITE

int main(int argc, char **argv)
{
	enum print_output mode = CK_NORMAL;
	SRunner *sr = srunner_create(NULL);
#define SUITE(name) srunner_add_suite(sr, name##_suite());
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
