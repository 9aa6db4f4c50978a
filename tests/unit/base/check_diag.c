/* Diagnostics sorted for reading: files in the order they first came up, then by place. */
#include <check.h>

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

Suite *diag_suite(void);
Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("diag");
	tcase_add_test(tc, test_sort_by_file_then_place);
	suite_add_tcase(s, tc);
	return s;
}
