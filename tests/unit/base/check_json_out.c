/*
 * json_out: JSON printed for a terminal.  DEL, C1 controls and bytes that are
 * not UTF-8 come out as \u escapes (cJSON leaves them raw); everything else,
 * accents, CJK and emoji included, is printed as cJSON prints it.  And
 * diag_print_text shows a diagnostic's file and message with stand-ins.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/diag.h"
#include "core/base/json_out.h"

static const struct {
	const char *in, *out;
} jo_cases[] = {
	{"plain", "\"plain\""},
	{"Zoë 漢字 🎒", "\"Zoë 漢字 🎒\""},
	{"esc\x1b[31m bel\x07", "\"esc\\u001b[31m bel\\u0007\""},
	{"del\x7f", "\"del\\u007f\""},
	{"csi\xc2\x9b" "31m", "\"csi\\u009b31m\""},
	{"c1 \xc2\x80 \xc2\x9f, nbsp \xc2\xa0", "\"c1 \\u0080 \\u009f, nbsp \xc2\xa0\""},
	{"bad \xff byte \xc3", "\"bad \\ufffd byte \\ufffd\""},
};

START_TEST(test_json_out_escapes)
{
	cJSON *s = cJSON_CreateString(jo_cases[_i].in);
	char *got = json_out_print(s, false);
	ck_assert_str_eq(got, jo_cases[_i].out);
	/* valid UTF-8 reads back as the very same string */
	cJSON *back = cJSON_Parse(got);
	ck_assert_ptr_nonnull(back);
	if (!strstr(jo_cases[_i].out, "fffd"))
		ck_assert_str_eq(back->valuestring, jo_cases[_i].in);
	cJSON_Delete(back);
	free(got);
	cJSON_Delete(s);
}
END_TEST

START_TEST(test_json_out_formatted)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "path", "a\xc2\x9b.json");
	char *got = json_out_print(o, true);
	ck_assert_str_eq(got, "{\n\t\"path\":\t\"a\\u009b.json\"\n}");
	free(got);
	cJSON_Delete(o);
}
END_TEST

/* diag_print_text's output for one diagnostic, in a fresh string. */
static char *jo_print(const char *file, int line, const char *msg)
{
	struct diags d = {0};
	diags_error(&d, file, line, line ? 2 : 0, DIAG_SYNTAX, "%s", msg);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(f);
	diag_print_text(f, &d.v[0]);
	fclose(f);
	diags_free(&d);
	return buf;
}

START_TEST(test_diag_print_visible)
{
	char *got = jo_print("d/x\x1b]0;T\x07\xc2\x9b" "1m.json", 3, "bad \"\x1b[2J\"");
	ck_assert_str_eq(got, "d/x␛]0;T␇\xef\xbf\xbd" "1m.json:3:2: error: bad \"␛[2J\"\n");
	free(got);
	got = jo_print("Zoë/ok.json", 0, "fine");
	ck_assert_str_eq(got, "Zoë/ok.json: error: fine\n");
	free(got);
}
END_TEST

Suite *json_out_suite(void);
Suite *json_out_suite(void)
{
	Suite *s = suite_create("json_out");
	TCase *tc = tcase_create("json_out");
	tcase_add_loop_test(tc, test_json_out_escapes, 0, (int)(sizeof jo_cases / sizeof jo_cases[0]));
	tcase_add_test(tc, test_json_out_formatted);
	tcase_add_test(tc, test_diag_print_visible);
	suite_add_tcase(s, tc);
	return s;
}
