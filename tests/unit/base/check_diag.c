/* Diagnostics sorted for reading: files in the order they first came up, then by place. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/base/diag.h"

START_TEST(test_sort_by_file_then_place)
{
	struct diags d = {0};
	diags_error(&d, "b.json", 3, 1, DIAG_SCHEMA, "b3");
	diags_error(&d, "a.json", 9, 2, DIAG_SCHEMA, "a9");
	diags_error(&d, "b.json", 1, 5, DIAG_SCHEMA, "b1c5");
	diags_error(&d, "a.json", 1, 1, DIAG_SYNTAX, "a1");
	diags_error(&d, "b.json", 1, 5, DIAG_SCHEMA, "b1c5 again");
	diags_error(&d, "b.json", 1, 2, DIAG_SCHEMA, "b1c2");
	diags_sort(&d);
	static const char *const want[] = {"b1c2", "b1c5", "b1c5 again", "b3", "a1", "a9"};
	ck_assert_uint_eq(d.n, 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_str_eq(d.v[i].message, want[i]);
	diags_free(&d);
	diags_sort(&d); /* nothing to sort */
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

/* A problem of no file (no HOME to keep files under) is said as the
 * program's, not after an empty name (": error: ..."). */
START_TEST(test_print_without_file)
{
	struct diags d = {0};
	diags_error(&d, "", 0, 0, DIAG_IO, "no place");
	diags_error(&d, "a.json", 0, 0, DIAG_IO, "whole file");
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(f, &d.v[i]);
	fclose(f);
	ck_assert_str_eq(buf, "rucksack: error: no place\na.json: error: whole file\n");
	free(buf);
	diags_free(&d);
}
END_TEST

Suite *diag_suite(void);
Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("diag");
	tcase_add_test(tc, test_sort_by_file_then_place);
	tcase_add_test(tc, test_print_without_file);
	suite_add_tcase(s, tc);
	return s;
}
