/* The loader's model of example objects and suit facets (rucksack-deck(5)),
 * on the corpus file tests/data/lint/valid/deck-examples.json. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/deck/load.h"

/* Example objects and suit facets: each field where it belongs, plain strings as written. */
START_TEST(test_example_model)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	char path[1024];
	struct diags d = {0};
	struct doc *doc = NULL;

	snprintf(path, sizeof path, "%s/tests/data/lint/valid/deck-examples.json", src ? src : ".");
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	const struct suit *s = &doc->deck.suits[0];
	ck_assert_uint_eq(s->n_facets, 1); /* the x- key is an extension */
	ck_assert_str_eq(s->facets[0].name, "intent");
	ck_assert_str_eq(suit_facet(s, "intent"), "orienting");
	ck_assert_ptr_null(suit_facet(s, "assumptions"));
	ck_assert_str_eq(s->colour, "#1a2B3c");
	ck_assert_uint_eq(doc->deck.suits[1].n_facets, 0);
	ck_assert_ptr_null(doc->deck.suits[1].colour);
	const struct card *c = &doc->deck.cards[0];
	ck_assert_uint_eq(c->n_examples, 4);
	ck_assert_str_eq(c->examples[0].text, "[to a carer] Plain?");
	ck_assert_ptr_null(c->examples[0].context);
	ck_assert_ptr_null(c->examples[1].why);
	const struct example *e = &c->examples[2];
	ck_assert_str_eq(e->text, "Full?\nYes.");
	ck_assert_str_eq(e->context, "to a mother, at a review");
	ck_assert_str_eq(e->why, "Because\tso.");
	ck_assert_uint_eq(e->also.n, 1);
	ck_assert(example_accepts(e, "b"));
	ck_assert(!example_accepts(e, "a"));
	ck_assert_int_eq(e->pos.line, 12);
	ck_assert_int_eq(e->pos.col, 19);
	char *line = example_line(e);
	ck_assert_str_eq(line, "[to a mother, at a review] Full?\nYes.");
	free(line);
	line = example_line(&c->examples[0]);
	ck_assert_str_eq(line, "[to a carer] Plain?");
	free(line);
	ck_assert_str_eq(doc->deck.cards[1].examples[0].also.v[0], "a");
	doc_free(doc);
}
END_TEST

/* The message for a bad suit colour. */
static const char *colour_error(const char *colour)
{
	static char msg[256];
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	fprintf(f, "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"suits\": "
		   "[{\"id\": \"s\", \"title\": \"S\", \"colour\": \"%s\"}], \"cards\": "
		   "[{\"id\": \"a\", \"title\": \"A\", \"suit\": \"s\"}]}", colour);
	fclose(f);
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(load_buffer("t.json", buf, len, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	snprintf(msg, sizeof msg, "%s", d.v[0].message);
	diags_free(&d);
	free(buf);
	return msg;
}

/* A bad colour says how to write a good one; digits without "#" are told
 * to add it. */
START_TEST(test_colour_messages)
{
	ck_assert_str_eq(colour_error("red"),
			 "suit \"s\", colour: \"red\" is not a colour of the form \"#RRGGBB\": write "
			 "\"#\" and six hexadecimal digits (0-9, a-f), such as \"#2a6f97\"");
	ck_assert_str_eq(colour_error("2a6f97"),
			 "suit \"s\", colour: \"2a6f97\" is not a colour of the form \"#RRGGBB\": put "
			 "\"#\" in front, \"#2a6f97\"");
}
END_TEST

Suite *load_example_suite(void);
Suite *load_example_suite(void)
{
	Suite *s = suite_create("load_example");
	TCase *tc = tcase_create("model");
	tcase_add_test(tc, test_example_model);
	tcase_add_test(tc, test_colour_messages);
	suite_add_tcase(s, tc);
	return s;
}
