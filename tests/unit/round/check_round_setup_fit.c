/* Setup's time: the planned length, fitting it to a slot (and back), what
 * session_start is given, and the slot as typed. */
#include <check.h>
#include <string.h>

#include "core/round/round_setup.h"

static struct role sf_roles[1] = {{.id = (char *)"all", .title = (char *)"All", .rest = true}};
static struct phase sf_phases[4];
static struct doc sf_doc;

static void sf_fixture(void)
{
	memset(sf_phases, 0, sizeof sf_phases);
	double m[] = {3, 8, 0, 15};
	for (size_t i = 0; i < 4; i++)
		sf_phases[i].minutes = m[i];
	memset(&sf_doc, 0, sizeof sf_doc);
	sf_doc.kind = DOC_FLOW;
	sf_doc.id = (char *)"f";
	sf_doc.path = (char *)"f.json";
	sf_doc.flow.roles = sf_roles;
	sf_doc.flow.n_roles = 1;
	sf_doc.flow.phases = sf_phases;
	sf_doc.flow.n_phases = 4;
	sf_doc.flow.rounds = 1;
}

START_TEST(test_fit_and_back)
{
	struct rsetup s;
	rsetup_init(&s, &sf_doc);
	struct diags d = {0};
	ck_assert_double_eq(rsetup_total_minutes(&s), 26.0);
	ck_assert_int_eq(rsetup_fit(&s, 13, &d), 0);
	ck_assert_double_eq(rsetup_total_minutes(&s), 13.0);
	ck_assert_double_eq(rsetup_phase_minutes(&s, 2), 0.0); /* untimed stays untimed */
	ck_assert_double_eq(rsetup_phase_minutes(&s, 3), 7.0);
	ck_assert_int_eq(rsetup_add(&s, "Ana", &d), 0);
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&s, &o), 0);
	ck_assert_ptr_nonnull(o.minutes);
	ck_assert_uint_eq(o.minutes[0] + o.minutes[1] + o.minutes[2] + o.minutes[3], 13);
	ck_assert_int_eq(rsetup_fit(&s, 0, &d), 0);
	ck_assert_double_eq(rsetup_total_minutes(&s), 26.0);
	ck_assert_int_eq(rsetup_opts(&s, &o), 0);
	ck_assert_ptr_null(o.minutes);
	ck_assert_uint_eq(d.n, 0);
	rsetup_free(&s);
}
END_TEST

START_TEST(test_fit_refused)
{
	struct rsetup s;
	rsetup_init(&s, &sf_doc);
	struct diags d = {0};
	ck_assert_int_eq(rsetup_fit(&s, 20, &d), 0);
	ck_assert_int_eq(rsetup_fit(&s, 1441, &d), -1);
	ck_assert_double_eq(rsetup_total_minutes(&s), 20.0); /* nothing changed */
	for (size_t i = 0; i < 4; i++)
		sf_phases[i].minutes = 0;
	ck_assert_int_eq(rsetup_fit(&s, 45, &d), -1);
	ck_assert_uint_eq(d.n, 2);
	diags_free(&d);
	rsetup_free(&s);
}
END_TEST

static const struct {
	const char *text;
	int rc;
	unsigned want;
} sf_slots[] = {
	{"45", 0, 45},	  {" 45 ", 0, 45}, {"45m", 0, 45},   {"45 min", 0, 45}, {"1h", 0, 60},
	{"1h30", 0, 90},  {"1:30", 0, 90}, {"", 0, 0},	     {"0", 0, 0},	{"1440", 0, 1440},
	{"1441", -1, 0},  {"1:75", -1, 0}, {"1:", -1, 0},    {"-5", -1, 0},	{"45x", -1, 0},
	{"4 5", -1, 0},	  {"h", -1, 0},	   {"99999999", -1, 0},
};

START_TEST(test_parse_slot)
{
	unsigned out = 12345;
	ck_assert_msg(rsetup_parse_slot(sf_slots[_i].text, &out) == sf_slots[_i].rc, "\"%s\"",
		      sf_slots[_i].text);
	if (sf_slots[_i].rc == 0)
		ck_assert_uint_eq(out, sf_slots[_i].want);
}
END_TEST

Suite *round_setup_fit_suite(void);
Suite *round_setup_fit_suite(void)
{
	Suite *s = suite_create("round_setup_fit");
	TCase *tc = tcase_create("fit");
	tcase_add_checked_fixture(tc, sf_fixture, NULL);
	tcase_add_test(tc, test_fit_and_back);
	tcase_add_test(tc, test_fit_refused);
	tcase_add_loop_test(tc, test_parse_slot, 0, (int)(sizeof sf_slots / sizeof sf_slots[0]));
	suite_add_tcase(s, tc);
	return s;
}
