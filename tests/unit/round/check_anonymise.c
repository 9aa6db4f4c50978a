/* The anonymiser: every part of every name, in any case and spelling, and
 * nothing inside other words; words that look like names it was not told of. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/anonymise.h"

static struct anon an;

static void an_setup(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	anon_init(&an);
	anon_add(&an, "Mary-Jane Smith", "P1");
	anon_add(&an, "Jean-Luc Picard", "P2");
	anon_add(&an, "Siobhán O'Neill", "P3");
	anon_add(&an, "Zoë", "P4");
	anon_add(&an, "Ben", "P5");
	anon_add(&an, "Maximilian von Hohenberg-Ratibor", "P6");
	anon_add(&an, "Rose", "P7");
	anon_add(&an, "ana de la Cruz", "P8");
	anon_add(&an, "Dr Fay Okafor", "Facilitator");
}

static void an_teardown(void)
{
	anon_free(&an);
}

static const struct {
	const char *text, *want;
} an_case[] = {
	/* parts split at spaces and hyphens, in any case */
	{"Mary said", "P1 said"},
	{"and Jane said", "and P1 said"},
	{"Mary-Jane Smith came", "P1 came"},
	{"mary-jane came", "P1 came"},
	{"MARY JANE", "P1 P1"},
	{"Jean and Luc", "P2 and P2"},
	{"JEAN-LUC", "P2"},
	{"Jean\u2010Luc with a Unicode hyphen", "P2 with a Unicode hyphen"},
	{"Jean-Pierre", "P2-Pierre"},
	{"Picard.", "P2."},
	{"Maximilian", "P6"},
	{"Hohenberg and Ratibor", "P6 and P6"},
	{"hohenberg-ratibor", "P6"},
	/* possessives, straight and curly */
	{"Smith's idea", "P1's idea"},
	{"Smith\u2019s idea", "P1\u2019s idea"},
	{"BEN'S", "P5'S"},
	/* apostrophes inside names, straight or curly */
	{"O'Neill", "P3"},
	{"O\u2019Neill", "P3"},
	{"Neill's", "P3's"},
	/* accents: with or without, composed or decomposed */
	{"Siobhan", "P3"},
	{"siobhán", "P3"},
	{"SIOBHÁN", "P3"},
	{"Siobha\u0301n", "P3"},
	{"Zoë", "P4"},
	{"Zoe\u0308 left", "P4 left"},
	{"Zoe", "P4"},
	{"ZOË", "P4"},
	{"zoë’s", "P4’s"},
	/* initials written as a word, in capitals, with or without full stops */
	{"MJ said", "P1 said"},
	{"M.J. said", "P1 said"},
	{"MS and MJS", "P1 and P1"},
	{"JL, JP and JLP", "P2, P2 and P2"},
	{"FO noticed", "Facilitator noticed"},
	{"mj and ms stay: initials count in capitals", "mj and ms stay: initials count in capitals"},
	/* a name that is also a common word is still replaced */
	{"a rose and Rose", "a P7 and P7"},
	/* names inside other words stay */
	{"Bench and Benjamin", "Bench and Benjamin"},
	{"Zoey, Roses, Smithson, Marymount", "Zoey, Roses, Smithson, Marymount"},
	{"Max stays; Maximilians stays", "Max stays; Maximilians stays"},
	/* particles written in lower case and one letter stay on their own */
	{"de la Cruz", "de la P8"},
	{"von here, van there", "von here, van there"},
	{"A I O", "A I O"},
	/* nor does a title before a name */
	{"Dr Okafor and the dr", "Dr Facilitator and the dr"},
	/* a name typed in lower case is a name in any case */
	{"Ana and ANA", "P8 and P8"},
	{"Cruz's", "P8's"},
	/* the facilitator */
	{"Okafor and fay", "Facilitator and Facilitator"},
	/* punctuation and lines around names */
	{"(Ben) “Mary” [Zoë]", "(P5) “P1” [P4]"},
	{"Ana\nMary", "P8\nP1"},
	{"Ben—and Zoë.", "P5—and P4."},
};

START_TEST(test_anon_table)
{
	char *got = anon_text(&an, an_case[_i].text);
	ck_assert_msg(strcmp(got, an_case[_i].want) == 0, "\"%s\" gave \"%s\", not \"%s\"",
		      an_case[_i].text, got, an_case[_i].want);
	free(got);
}
END_TEST

/* Names in scripts without spaces are found inside the text; labels of one
 * length go to the name told first; nothing is lost around the names. */
START_TEST(test_anon_other_scripts)
{
	struct anon a;
	anon_init(&a);
	anon_add(&a, "李明", "P1");
	anon_add(&a, "Ana Smith", "P2");
	anon_add(&a, "Bo Smith", "P3");
	char *got = anon_text(&a, "你好李明，谢谢 Smith");
	ck_assert_str_eq(got, "你好P1，谢谢 P2");
	free(got);
	got = anon_text(&a, "");
	ck_assert_str_eq(got, "");
	free(got);
	got = anon_text(&a, "no one \xff here");
	ck_assert_str_eq(got, "no one \xff here");
	free(got);
	anon_free(&a);
}
END_TEST

struct an_seen {
	char words[8][32];
	size_t lines[8], n;
};

static void an_collect(void *ctx, const char *word, size_t wlen, size_t line,
		       const char *line_text, size_t line_len)
{
	struct an_seen *s = ctx;
	ck_assert_uint_lt(s->n, 8);
	ck_assert_uint_lt(wlen, 32);
	ck_assert(word >= line_text && word + wlen <= line_text + line_len);
	memcpy(s->words[s->n], word, wlen);
	s->words[s->n][wlen] = '\0';
	s->lines[s->n++] = line;
}

/* Capitalised words that are not the names told, the deck's words nor a
 * common word at a sentence's start are pointed out, with their line. */
START_TEST(test_anon_suspects)
{
	anon_know(&an, "Curiosity: what did the Family Court say?");
	struct an_seen s = {0};
	char *text = anon_text(&an, "Mary said Tom was upset. The Family Court met.\n"
				    "She saw Curiosity in P1's and Smith\u2019s room. Later I met Mrs Khan's "
				    "sister on Monday, and Mum.\nKai’s mum came. \u201cThey\u201d did.");
	anon_suspects(&an, text, an_collect, &s);
	static const char *const want[] = {"Tom", "Khan's", "Kai’s"};
	static const size_t want_line[] = {1, 2, 3};
	ck_assert_uint_eq(s.n, 3);
	for (size_t i = 0; i < 3; i++) {
		ck_assert_str_eq(s.words[i], want[i]);
		ck_assert_uint_eq(s.lines[i], want_line[i]);
	}
	free(text);
}
END_TEST

Suite *anonymise_suite(void);
Suite *anonymise_suite(void)
{
	Suite *s = suite_create("anonymise");
	TCase *tc = tcase_create("anonymise");
	tcase_add_checked_fixture(tc, an_setup, an_teardown);
	tcase_add_loop_test(tc, test_anon_table, 0, sizeof an_case / sizeof an_case[0]);
	tcase_add_test(tc, test_anon_other_scripts);
	tcase_add_test(tc, test_anon_suspects);
	suite_add_tcase(s, tc);
	return s;
}
