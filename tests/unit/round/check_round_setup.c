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
	ck_assert_int_eq(s.seats[2], 3); /* nobody seated as mentor: the mentor stays empty */
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
	ck_assert_int_eq(s.seats[2], 3); /* five people: still no mentor unless one is seated */
	ck_assert_int_eq(rsetup_place(&s, 2, 2, &(struct diags){0}), 0); /* Chi mentors */
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

/* Seats name as the mentor, or (with no name) takes the mentor's seat back. */
static void rs_op_mentor(struct rsetup *s, const char *name)
{
	if (name) {
		ck_assert_int_eq(rsetup_place(s, (size_t)strv_find(&s->people, name), 2, &(struct diags){0}), 0);
		return;
	}
	for (size_t p = 0; p < s->people.n; p++)
		if (rsetup_placed_role(s, p) == 2)
			ck_assert_int_eq(rsetup_place(s, p, -1, &(struct diags){0}), 0);
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
	ck_assert_int_eq(rs_role(&s, "Wang"), 3); /* no mentor until one is seated */
	rsetup_swap(&s, 0, 5);
	ck_assert_int_eq(rs_role(&s, "David"), 0);
	ck_assert_int_eq(rs_role(&s, "Zoë"), 3);
	/* Wang seated as mentor, taken out, seated again: only Wang moves */
	char *m = rs_after(&s, rs_op_mentor, "Wang");
	ck_assert_str_eq(m, "Wang is now Mentor");
	free(m);
	m = rs_after(&s, rs_op_mentor, NULL);
	ck_assert_str_eq(m, "Wang is now Observer");
	free(m);
	m = rs_after(&s, rs_op_mentor, "Wang");
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

/* Seating the consultant as mentor: the next in the list consults, and both are named. */
START_TEST(test_moved_when_a_role_fills)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	const char *names[] = {"Ana", "Ben", "Chi", "Dee"};
	rs_add_all(&s, names, 4);
	ck_assert_ptr_null(rs_after(&s, rs_op_add, "Eve")); /* a fifth person observes */
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
	char *m = rs_after(&s, rs_op_mentor, "Ben");
	ck_assert_str_eq(m, "Ben is now Mentor, Chi is now Consultant");
	free(m);
	ck_assert_int_eq(rs_role(&s, "Dee"), 3);
	/* from too few people to seated is a first seating, not a move */
	rsetup_free(&s);
	rsetup_init(&s, &rs_doc);
	rs_add_all(&s, names, 2);
	ck_assert_ptr_null(m = rs_after(&s, rs_op_add, "Chi"));
	ck_assert_ptr_null(m = rs_after(&s, rs_op_remove, "Chi"));
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
	ck_assert_int_eq(rsetup_add_list(&s, ",,,", &d), -1);
	ck_assert_uint_eq(d.n, 1); /* one "cannot be empty", not four */
	diags_free(&d);
	rsetup_free(&s);
}
END_TEST

/* A column of names pasted from an email or a sheet (one a line, CR LF or
 * LF, blank lines, a comma list on one of them) adds each name; a line
 * break is a comma, and blank lines are no empty names. */
START_TEST(test_people_pasted_lines)
{
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	struct diags d = {0};
	ck_assert_int_eq(rsetup_add_list(&s, "\r\nAna Lopez,\r\nZoë\n \n李明, Ben\r\n", &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(s.people.n, 4);
	ck_assert_str_eq(s.people.v[0], "Ana Lopez");
	ck_assert_str_eq(s.people.v[1], "Zoë");
	ck_assert_str_eq(s.people.v[2], "李明");
	ck_assert_str_eq(s.people.v[3], "Ben");
	ck_assert_int_eq(rsetup_add_apologies(&s, "Eve\nFay", &d), 0);
	ck_assert_uint_eq(s.apologies.n, 2);
	ck_assert_int_eq(rsetup_add_list(&s, "", &d), -1); /* still: no name given */
	ck_assert_uint_eq(d.n, 1);
	diags_free(&d);
	rsetup_free(&s);
}
END_TEST


/* The mentor is seated only by choice, takes nobody from the required roles'
 * count, and reaches the session's seats; out again, the seat is empty. */
START_TEST(test_mentor_by_choice)
{
	static const char *const names[] = {"Ana", "Ben", "Chi", "Dee"};
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	rs_add_all(&s, names, 4);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0); /* no mentor by group size */
	char *u = rsetup_unfilled(&s);
	ck_assert_str_eq(u, "Mentor");
	free(u);
	ck_assert_int_eq(rsetup_place(&s, 3, 2, &(struct diags){0}), 0);
	ck_assert(s.seated && s.seats[3] == 2 && rsetup_placed_role(&s, 3) == 2);
	ck_assert_uint_eq(s.need, 4); /* three for the required roles, and the mentor */
	/* a second mentor: the role holds one */
	struct diags d = {0};
	ck_assert_int_eq(rsetup_place(&s, 0, 2, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "held already (Dee)"));
	diags_free(&d);
	ck_assert_int_eq(rsetup_place(&s, 0, 0, &d), -1); /* presenter is not optional */
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "not an optional role"));
	diags_free(&d);
	/* the mentor stays as people come and go, and reaches the session */
	ck_assert_int_eq(rsetup_move(&s, 3, -1), 2);
	ck_assert_int_eq(rs_role(&s, "Dee"), 2);
	ck_assert_int_eq(rsetup_add(&s, "Fay", &d), 0);
	rsetup_remove(&s, 0);
	ck_assert_int_eq(rs_role(&s, "Dee"), 2);
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&s, &o), 0);
	ck_assert_int_eq(o.seats[strv_find(&s.people, "Dee")], 2);
	/* three left with a mentor: too few for the required roles */
	rsetup_remove(&s, 0);
	ck_assert(!s.seated);
	ck_assert_uint_eq(s.need, 4);
	ck_assert_int_eq(rsetup_place(&s, (size_t)strv_find(&s.people, "Dee"), -1, &d), 0);
	ck_assert(s.seated);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
	/* a swap passes the chosen seat on; removing the mentor frees it */
	ck_assert_int_eq(rsetup_add(&s, "Gus", &d), 0);
	ck_assert_int_eq(rsetup_place(&s, 0, 2, &d), 0);
	const char *was = s.people.v[0], *other = s.people.v[3];
	int other_role = s.seats[3];
	rsetup_swap(&s, 0, 3);
	ck_assert_int_eq(rs_role(&s, other), 2);
	ck_assert_int_eq(rs_role(&s, was), other_role);
	ck_assert_int_eq(rsetup_placed_role(&s, 0), 2);
	rsetup_remove(&s, 0);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2), 0);
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

/* o with two optional roles: each press seats the person in the next one
 * with room, then back to the list's seat; a role held by another is passed. */
START_TEST(test_two_optional_roles)
{
	static const char *const names[] = {"Ana", "Ben", "Chi", "Dee", "Eli", "Fay"};
	struct rsetup s;
	rs2_fixture();
	rsetup_init(&s, &rs2_doc);
	ck_assert(rsetup_has_optional(&s));
	rs_add_all(&s, names, 6);
	ck_assert_uint_eq(rsetup_role_filled(&s, 2) + rsetup_role_filled(&s, 3), 0);
	ck_assert_int_eq(rsetup_next_optional(&s, 5), 2);
	rsetup_place(&s, 5, 2, &(struct diags){0});
	ck_assert_int_eq(rsetup_next_optional(&s, 5), 3);
	rsetup_place(&s, 5, 3, &(struct diags){0});
	ck_assert_int_eq(s.seats[5], 3);
	ck_assert_int_eq(rsetup_next_optional(&s, 5), -1); /* then back */
	ck_assert_int_eq(rsetup_next_optional(&s, 4), 2);  /* the scribe is Fay's */
	rsetup_place(&s, 4, 2, &(struct diags){0});
	ck_assert_int_eq(rsetup_next_optional(&s, 4), -1);
	ck_assert_int_eq(rsetup_next_optional(&s, 0), -1); /* both held */
	ck_assert_int_eq(rsetup_next_optional(&s, 5), -1);
	rsetup_free(&s);
	/* a flow without optional roles */
	rs_roles[2].optional = false;
	rsetup_init(&s, &rs_doc);
	ck_assert(!rsetup_has_optional(&s));
	rsetup_free(&s);
}
END_TEST

static const struct {
	const char *list;
	const char *msg; /* NULL: accepted */
} rs_seat_lists[] = {
	{"mentor=Dee", NULL},
	{" mentor = Dee ", NULL},
	{"mentor", "give ROLE=NAME"},
	{"mentor=", "give ROLE=NAME"},
	{"=Dee", "give ROLE=NAME"},
	{"presenter=Dee", "no optional role \"presenter\""},
	{"mentr=Dee", "no optional role \"mentr\""},
	{"mentor=Zed", "\"Zed\" is not among the people present"},
	{"mentor=Dee,mentor=Ana", "held already (Dee)"},
};

/* run --seat: ROLE=NAME pairs, with a message for each way they go wrong. */
START_TEST(test_place_list)
{
	static const char *const names[] = {"Ana", "Ben", "Chi", "Dee"};
	struct rsetup s;
	rsetup_init(&s, &rs_doc);
	rs_add_all(&s, names, 4);
	struct diags d = {0};
	int rc = rsetup_place_list(&s, rs_seat_lists[_i].list, &d);
	if (!rs_seat_lists[_i].msg) {
		ck_assert_int_eq(rc, 0);
		ck_assert_int_eq(rs_role(&s, "Dee"), 2);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_msg(strstr(d.v[0].message, rs_seat_lists[_i].msg), "%s", d.v[0].message);
	}
	diags_free(&d);
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
	tcase_add_test(tc, test_people_pasted_lines);
	tcase_add_test(tc, test_mentor_by_choice);
	tcase_add_test(tc, test_two_optional_roles);
	tcase_add_loop_test(tc, test_place_list, 0, (int)(sizeof rs_seat_lists / sizeof rs_seat_lists[0]));
	tcase_add_test(tc, test_flow_minutes);
	suite_add_tcase(s, tc);
	return s;
}
