/* Round setup: adding people, reordering, removing, the seat preview, swaps, seed, --people. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/round/round_setup.h"

static struct role rs_roles[4];
static struct doc rs_doc;

/* Bells-like: presenter 1, consultant 1, mentor 1 optional, observer rest. */
static void rs_fixture(void)
{
	memset(rs_roles, 0, sizeof rs_roles);
	memset(&rs_doc, 0, sizeof rs_doc);
	rs_roles[0] = (struct role){.id = (char *)"presenter", .title = (char *)"Presenter", .count = 1};
	rs_roles[1] = (struct role){.id = (char *)"consultant", .title = (char *)"Consultant", .count = 1};
	rs_roles[2] = (struct role){.id = (char *)"mentor", .title = (char *)"Mentor", .count = 1,
				    .optional = true};
	rs_roles[3] = (struct role){.id = (char *)"observer", .title = (char *)"Observer", .rest = true};
	rs_doc.kind = DOC_FLOW;
	rs_doc.id = (char *)"bells";
	rs_doc.path = (char *)"bells.json";
	rs_doc.flow.roles = rs_roles;
	rs_doc.flow.n_roles = 4;
	rs_doc.flow.rounds = 1;
}

static void rs_add_all(struct rsetup *s, const char *const *names, size_t n)
{
	struct diags d = {0};
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(rsetup_add(s, names[i], &d), 0);
	ck_assert_uint_eq(d.n, 0);
}

START_TEST(test_too_few_then_seated)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	ck_assert_uint_eq(s.need, 3);
	const char *names[] = {"Ana", "Zoë"};
	rs_add_all(&s, names, 2);
	ck_assert(!s.seated);
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&s, &o), -1);
	ck_assert_ptr_null(o.people);
	struct diags d = {0};
	ck_assert_int_eq(rsetup_add(&s, "李明", &d), 0);
	ck_assert(s.seated);
	ck_assert_int_eq(s.seats[0], 0);
	ck_assert_int_eq(s.seats[1], 1);
	ck_assert_int_eq(s.seats[2], 3); /* mentor left empty so one observer remains */
	char *u = rsetup_unfilled(&s);
	ck_assert_str_eq(u, "Mentor");
	free(u);
	rsetup_free(&s);
}
END_TEST

static const struct {
	const char *name;
	const char *msg; /* NULL: accepted */
} rs_names[] = {
	{"  Ana  ", "already present"}, /* trims to the Ana already there */
	{"Zoë", NULL},
	{"ana", "add a surname or an initial"},	 /* case alone */
	{"Āna", "add a surname or an initial"},	 /* an accent alone */
	{"ANA\u0301", "add a surname or an initial"}, /* a combining accent */
	{"Ana B.", NULL},
	{"\t", "cannot be empty"},
	{"", "cannot be empty"},
	{"Ana", "already present"},
	{"Ben\x1b[2J", "control characters"},
	{"Ben\nCarl", "control characters"},
	{"Ben\x7f", "control characters"},
	{"Ben\xc2\x9b" "2J", "control characters"}, /* C1 CSI: moves a terminal as ESC [ does */
	{"Ben\xc2\x85", "control characters"},      /* C1 NEL */
	{"Ben\xc2\x80", "control characters"},      /* the first C1 */
	{"Ben\xc2\xa0", NULL},		      /* U+00A0, no control */
	{"مريم", NULL},
};

START_TEST(test_add_rules)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	rsetup_add(&s, "Ana", &(struct diags){0});
	struct diags d = {0};
	int rc = rsetup_add(&s, rs_names[_i].name, &d);
	if (!rs_names[_i].msg) {
		ck_assert_int_eq(rc, 0);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_ptr_nonnull(strstr(d.v[0].message, rs_names[_i].msg));
		ck_assert_uint_eq(s.people.n, 1);
	}
	diags_free(&d);
	rsetup_free(&s);
}
END_TEST

START_TEST(test_trim_kept_inner_blanks)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	struct diags d = {0};
	ck_assert_int_eq(rsetup_add(&s, "  Mary Ann \t", &d), 0);
	ck_assert_str_eq(s.people.v[0], "Mary Ann");
	rsetup_free(&s);
}
END_TEST

/* The role index person name holds (-1: not seated, or not present). */
static int rs_role(const struct rsetup *s, const char *name)
{
	long p = strv_find(&s->people, name);
	return p >= 0 && s->seated ? s->seats[p] : -1;
}

START_TEST(test_move_and_remove_reseat)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	const char *names[] = {"Ana", "Ben", "Chi", "Dee", "Eve"};
	rs_add_all(&s, names, 5);
	ck_assert_int_eq(s.seats[2], 2); /* five people: the mentor is filled */
	ck_assert_uint_eq(rsetup_move(&s, 1, -1), 0);
	ck_assert_str_eq(s.people.v[0], "Ben");
	ck_assert_str_eq(s.people.v[1], "Ana");
	ck_assert_uint_eq(rsetup_move(&s, 0, -1), 0);	/* already first */
	ck_assert_uint_eq(rsetup_move(&s, 4, +1), 4);	/* already last */
	ck_assert_uint_eq(rsetup_move(&s, 3, +1), 4);
	ck_assert_str_eq(s.people.v[4], "Dee");
	rsetup_remove(&s, 0); /* Ben presented: the last observer takes his place, and seat */
	rsetup_remove(&s, 99);
	ck_assert_uint_eq(s.people.n, 4);
	ck_assert_str_eq(s.people.v[0], "Dee");
	ck_assert_int_eq(s.seats[0], 0);
	ck_assert_int_eq(rs_role(&s, "Ana"), 1); /* the others keep theirs */
	ck_assert_int_eq(rs_role(&s, "Chi"), 2);
	ck_assert_int_eq(s.seats[3], 3);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 1);
	rsetup_remove(&s, 0);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0); /* three left: mentor empty again */
	rsetup_free(&s);
}
END_TEST

START_TEST(test_swap_reaches_opts)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	const char *names[] = {"Ana", "Ben", "Chi", "Dee"};
	rs_add_all(&s, names, 4);
	rsetup_swap(&s, 0, 3);
	ck_assert_int_eq(rs_role(&s, "Ana"), 3);
	ck_assert_int_eq(rs_role(&s, "Dee"), 0);
	ck_assert_str_eq(s.people.v[0], "Dee"); /* places in the list swapped */
	s.has_seed = true;
	s.seed = 42;
	s.facilitator = strdup("Fay");
	s.case_ref = strdup("J (7)");
	s.question = strdup("Why now?");
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&s, &o), 0);
	ck_assert_str_eq(o.case_ref, "J (7)");
	ck_assert_str_eq(o.question, "Why now?");
	ck_assert_str_eq(o.flow_id, "bells");
	ck_assert_ptr_eq(o.people, &s.people);
	ck_assert_str_eq(o.people->v[0], "Dee");
	ck_assert_int_eq(o.seats[0], 0);
	ck_assert(o.has_seed);
	ck_assert_uint_eq(o.seed, 42);
	ck_assert_str_eq(o.facilitator, "Fay");
	rsetup_free(&s);
}
END_TEST

/* What rsetup_moved says after op, freed; NULL when no one moved. */
static char *rs_after(struct rsetup *s, void (*op)(struct rsetup *s, const char *arg), const char *arg)
{
	struct rsetup_snap before;
	rsetup_snap(s, &before);
	op(s, arg);
	char *moved = rsetup_moved(s, &before);
	rsetup_snap_free(&before);
	return moved;
}

static void rs_op_add(struct rsetup *s, const char *name)
{
	ck_assert_int_eq(rsetup_add(s, name, &(struct diags){0}), 0);
}

static void rs_op_remove(struct rsetup *s, const char *name)
{
	long p = strv_find(&s->people, name);
	ck_assert_int_ge(p, 0);
	rsetup_remove(s, (size_t)p);
}

static void rs_op_empty(struct rsetup *s, const char *on)
{
	rsetup_set_empty(s, 2, on != NULL);
}

static void rs_op_up(struct rsetup *s, const char *name)
{
	rsetup_move(s, (size_t)strv_find(&s->people, name), -1);
}

/* QA F1: a swap lasts through every later change, and whenever someone
 * else's seat moves, rsetup_moved says whose. */
START_TEST(test_swap_lasts)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	const char *names[] = {"Zoë", "José", "Wang", "Sam", "Maryam", "David"};
	rs_add_all(&s, names, 6);
	ck_assert_int_eq(rs_role(&s, "Wang"), 2); /* the mentor */
	rsetup_swap(&s, 0, 5);
	ck_assert_int_eq(rs_role(&s, "David"), 0);
	ck_assert_int_eq(rs_role(&s, "Zoë"), 3);
	/* o, o: the mentor left empty, then filled again by the same person */
	char *m = rs_after(&s, rs_op_empty, "on");
	ck_assert_str_eq(m, "Wang is now Observer");
	free(m);
	m = rs_after(&s, rs_op_empty, NULL);
	ck_assert_str_eq(m, "Wang is now Mentor");
	free(m);
	ck_assert_int_eq(rs_role(&s, "David"), 0);
	/* a late arrival observes; nobody else moves */
	ck_assert_ptr_null(m = rs_after(&s, rs_op_add, "Late"));
	ck_assert_int_eq(rs_role(&s, "Late"), 3);
	ck_assert_int_eq(rs_role(&s, "David"), 0);
	ck_assert_int_eq(rs_role(&s, "Zoë"), 3);
	/* an observer leaves: nobody moves */
	ck_assert_ptr_null(m = rs_after(&s, rs_op_remove, "Sam"));
	/* the presenter leaves: one observer takes the seat, no one else moves */
	m = rs_after(&s, rs_op_remove, "David");
	ck_assert_ptr_nonnull(m);
	ck_assert_msg(!strchr(m, ','), "more than one moved: %s", m);
	ck_assert_ptr_nonnull(strstr(m, " is now Presenter"));
	free(m);
	ck_assert_int_eq(rs_role(&s, "José"), 1);
	ck_assert_int_eq(rs_role(&s, "Wang"), 2);
	ck_assert_uint_eq(rsetup_role_filled(&s, 0), 1);
	/* moving someone up is meant to move seats: both moved are named */
	m = rs_after(&s, rs_op_up, "José");
	ck_assert_ptr_nonnull(m);
	ck_assert_ptr_nonnull(strstr(m, "José is now Presenter"));
	free(m);
	rsetup_free(&s);
}
END_TEST

/* A person added so that an optional role is filled: the one who moves to it is named. */
START_TEST(test_moved_when_a_role_fills)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	const char *names[] = {"Ana", "Ben", "Chi"};
	rs_add_all(&s, names, 3);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
	char *m = rs_after(&s, rs_op_add, "Dee");
	ck_assert_str_eq(m, "Chi is now Mentor");
	free(m);
	ck_assert_int_eq(rs_role(&s, "Dee"), 3);
	/* from too few people to seated is a first seating, not a move */
	rsetup_free(&s);
	rsetup_init(&s, &rs_doc);
	rs_add_all(&s, names, 2);
	ck_assert_ptr_null(m = rs_after(&s, rs_op_add, "Chi"));
	/* and back to too few: no seats to compare */
	ck_assert_ptr_null(m = rs_after(&s, rs_op_remove, "Ana"));
	rsetup_free(&s);
}
END_TEST

static const struct {
	const char *text;
	int rc;
	unsigned long long want;
} rs_seeds[] = {
	{"0", 0, 0},
	{"42", 0, 42},
	{"18446744073709551615", 0, 18446744073709551615ULL},
	{"18446744073709551616", -1, 0},
	{"-1", -1, 0},
	{" 4", -1, 0},
	{"4x", -1, 0},
	{"", -1, 0},
};

START_TEST(test_seed)
{
	uint64_t v = 7;
	ck_assert_int_eq(rsetup_parse_seed(rs_seeds[_i].text, &v), rs_seeds[_i].rc);
	ck_assert_uint_eq(v, rs_seeds[_i].rc == 0 ? rs_seeds[_i].want : 7);
}
END_TEST

START_TEST(test_people_list)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	struct diags d = {0};
	ck_assert_int_eq(rsetup_add_list(&s, "Ana, Zoë ,李明,Ben", &d), 0);
	ck_assert_uint_eq(s.people.n, 4);
	ck_assert_str_eq(s.people.v[1], "Zoë");
	ck_assert_str_eq(s.people.v[2], "李明");
	ck_assert(s.seated);
	ck_assert_int_eq(rsetup_add_list(&s, "Eve,,Ana", &d), -1);
	ck_assert_uint_eq(s.people.n, 5);
	ck_assert_uint_eq(d.n, 2); /* the empty name and the second Ana */
	diags_free(&d);
	rsetup_free(&s);
}
END_TEST


/* The facilitator leaves the optional mentor empty with five people: that person observes. */
START_TEST(test_leave_optional_empty)
{
	static const char *const names[] = {"Ana", "Ben", "Chi", "Dee", "Eli"};
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	rs_add_all(&s, names, 5);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 1); /* the rules seat a mentor */
	ck_assert_int_eq(s.seats[2], 2);
	rsetup_set_empty(&s, 2, true);
	ck_assert(rsetup_is_empty(&s, 2));
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
	ck_assert_int_eq(s.seats[2], 3); /* Chi observes instead */
	ck_assert_uint_eq(rsetup_role_filled(&s, 3), 3);
	char *u = rsetup_unfilled(&s);
	ck_assert_str_eq(u, "Mentor");
	free(u);
	/* it stays empty as people change, and reaches the session's seats */
	ck_assert_int_eq(rsetup_add(&s, "Fay", &(struct diags){0}), 0);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&s, &o), 0);
	for (size_t i = 0; i < 6; i++)
		ck_assert_int_ne(o.seats[i], 2);
	rsetup_set_empty(&s, 2, false);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 1);
	rsetup_set_empty(&s, 0, true); /* not optional: ignored */
	ck_assert(!rsetup_is_empty(&s, 0));
	ck_assert_uint_eq(rsetup_role_filled(&s, 0), 1);
	rsetup_free(&s);
}
END_TEST

/* Two optional roles: presenter, consultant, mentor (optional), scribe (optional), observers. */
static struct role rs2_roles[5];
static struct doc rs2_doc;

static void rs2_fixture(void)
{
	rs2_doc = rs_doc;
	memcpy(rs2_roles, rs_roles, 3 * sizeof *rs2_roles);
	rs2_roles[3] = (struct role){.id = (char *)"scribe", .title = (char *)"Scribe", .count = 1,
				     .optional = true};
	rs2_roles[4] = rs_roles[3];
	rs2_doc.flow.roles = rs2_roles;
	rs2_doc.flow.n_roles = 5;
}

static long rs_target(const struct rsetup *s, size_t sel, bool want_empty)
{
	bool empty = !want_empty;
	long r = rsetup_optional_target(s, sel, &empty);
	if (r >= 0)
		ck_assert_int_eq(empty, want_empty);
	return r;
}

/* o with two optional roles: it acts on the selected person's own optional
 * role, fills the ones left empty again one by one, and never guesses which
 * of two filled roles to empty. */
START_TEST(test_two_optional_roles)
{
	static const char *const names[] = {"Ana", "Ben", "Chi", "Dee", "Eli", "Fay"};
	struct rsetup s;
	rs2_fixture();
	rsetup_init(&s, &rs2_doc);
	rs_add_all(&s, names, 6);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 1);
	ck_assert_uint_eq(rsetup_role_filled(&s, 3), 1);
	size_t mentor = 0, scribe = 0, observer = 0;
	for (size_t p = 0; p < 6; p++) {
		mentor = s.seats[p] == 2 ? p : mentor;
		scribe = s.seats[p] == 3 ? p : scribe;
		observer = s.seats[p] == 4 ? p : observer;
	}
	/* the selected person's role, whichever of the two it is */
	ck_assert_int_eq(rs_target(&s, scribe, true), 3);
	ck_assert_int_eq(rs_target(&s, mentor, true), 2);
	/* someone outside both: no guessing which to empty */
	ck_assert_int_eq(rs_target(&s, observer, true), -1);
	ck_assert_int_eq(rs_target(&s, 0, true), -1);
	rsetup_set_empty(&s, 3, true); /* scribe left empty */
	rsetup_set_empty(&s, 2, true); /* then the mentor */
	ck_assert_uint_eq(rsetup_role_filled(&s, 2) + rsetup_role_filled(&s, 3), 0);
	/* o on anyone outside an optional role fills them again, in the flow's order */
	ck_assert_int_eq(rs_target(&s, 0, false), 2);
	rsetup_set_empty(&s, 2, false);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 1);
	ck_assert_int_eq(rs_target(&s, 0, false), 3);
	rsetup_set_empty(&s, 3, false);
	ck_assert_uint_eq(rsetup_role_filled(&s, 3), 1);
	/* with one of the two held by nobody for want of people, the other is the one */
	rsetup_remove(&s, 5);
	rsetup_remove(&s, 4);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2) + rsetup_role_filled(&s, 3), 1);
	long only = rsetup_role_filled(&s, 2) ? 2 : 3;
	ck_assert_int_eq(rs_target(&s, 0, true), only);
	rsetup_free(&s);
	/* no optional role filled at all (too few people): nothing to act on */
	rsetup_init(&s, &rs2_doc);
	rs_add_all(&s, names, 3);
	ck_assert(s.seated);
	ck_assert_int_eq(rs_target(&s, 0, true), -1);
	rsetup_free(&s);
}
END_TEST

START_TEST(test_flow_minutes)
{
	struct phase ph[3] = {{.minutes = 3}, {.minutes = 0}, {.minutes = 7.5}};
	struct flow f = {.phases = ph, .n_phases = 3, .rounds = 2};
	ck_assert_double_eq(rsetup_flow_minutes(&f, 0), 21.0);
	ck_assert_double_eq(rsetup_flow_minutes(&f, 1), 10.5);
	f.n_phases = 0;
	ck_assert_double_eq(rsetup_flow_minutes(&f, 0), 0.0);
}
END_TEST

Suite *round_setup_suite(void);
Suite *round_setup_suite(void)
{
	Suite *s = suite_create("round_setup");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, rs_fixture, NULL);
	tcase_add_test(tc, test_too_few_then_seated);
	tcase_add_loop_test(tc, test_add_rules, 0, (int)(sizeof rs_names / sizeof rs_names[0]));
	tcase_add_test(tc, test_trim_kept_inner_blanks);
	tcase_add_test(tc, test_move_and_remove_reseat);
	tcase_add_test(tc, test_swap_reaches_opts);
	tcase_add_test(tc, test_swap_lasts);
	tcase_add_test(tc, test_moved_when_a_role_fills);
	tcase_add_loop_test(tc, test_seed, 0, (int)(sizeof rs_seeds / sizeof rs_seeds[0]));
	tcase_add_test(tc, test_people_list);
	tcase_add_test(tc, test_leave_optional_empty);
	tcase_add_test(tc, test_two_optional_roles);
	tcase_add_test(tc, test_flow_minutes);
	suite_add_tcase(s, tc);
	return s;
}
