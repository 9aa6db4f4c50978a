#include "core/practice/practice_stats.h"

#include <cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/json_out.h"
#include "core/practice/practice_score.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

void practice_iso_week(int64_t ts, char *buf, size_t n)
{
	time_t t = (time_t)ts;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%G-W%V", &tm);
}

static struct practice_week_row *row_get(struct practice_stats *st, const char *week,
					 const char *suit)
{
	for (size_t i = 0; i < st->n_rows; i++)
		if (strcmp(st->rows[i].week, week) == 0 && strcmp(st->rows[i].suit, suit) == 0)
			return &st->rows[i];
	xgrow((void **)&st->rows, &st->cap_rows, st->n_rows + 1, sizeof *st->rows);
	struct practice_week_row *r = &st->rows[st->n_rows++];
	*r = (struct practice_week_row){.suit = xstrdup(suit)};
	snprintf(r->week, sizeof r->week, "%s", week);
	return r;
}

static void pair_add(struct practice_stats *st, const char *right, const char *given)
{
	for (size_t i = 0; i < st->n_pairs; i++)
		if (strcmp(st->pairs[i].right, right) == 0 &&
		    strcmp(st->pairs[i].given, given) == 0) {
			st->pairs[i].count++;
			return;
		}
	xgrow((void **)&st->pairs, &st->cap_pairs, st->n_pairs + 1, sizeof *st->pairs);
	st->pairs[st->n_pairs++] =
		(struct practice_confused){.right = xstrdup(right), .given = xstrdup(given), .count = 1};
}

static int order_cmp(size_t a, size_t b, const char *ida, const char *idb)
{
	if (a != b)
		return a < b ? -1 : 1;
	return strcmp(ida, idb);
}

static int row_cmp(const void *a, const void *b)
{
	const struct practice_week_row *x = a, *y = b;
	int c = strcmp(x->week, y->week);
	return c ? c : order_cmp(x->order, y->order, x->suit, y->suit);
}

static int pair_cmp(const void *a, const void *b)
{
	const struct practice_confused *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	int c = order_cmp(x->order_right, y->order_right, x->right, y->right);
	return c ? c : order_cmp(x->order_given, y->order_given, x->given, y->given);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The suits of the decks answered (only deck when not NULL) that cat knows,
 * deck by deck (by id), each deck's suits in its order, into out. */
static void suit_order(struct strv *out, const struct practice_log *log, const char *deck,
		       const struct catalog *cat)
{
	struct strv decks = {0};
	for (size_t i = 0; i < log->n_a; i++)
		if ((!deck || strcmp(log->a[i].deck, deck) == 0) &&
		    strv_find(&decks, log->a[i].deck) < 0)
			strv_push(&decks, log->a[i].deck);
	if (decks.n)
		qsort(decks.v, decks.n, sizeof *decks.v, str_cmp);
	for (size_t i = 0; i < decks.n; i++) {
		const struct doc *doc = cat ? catalog_find_kind(cat, decks.v[i], DOC_DECK) : NULL;
		for (size_t k = 0; doc && k < doc->deck.n_suits; k++)
			if (strv_find(out, doc->deck.suits[k].id) < 0)
				strv_push(out, doc->deck.suits[k].id);
	}
	strv_free(&decks);
}

/* A suit's place in order; every suit not in it after all that are. */
static size_t suit_place(const struct strv *order, const char *suit)
{
	long i = strv_find(order, suit);
	return i < 0 ? order->n : (size_t)i;
}

static void stats_sort(struct practice_stats *st, const struct practice_log *log,
		       const char *deck, const struct catalog *cat)
{
	struct strv order = {0};
	suit_order(&order, log, deck, cat);
	for (size_t i = 0; i < st->n_rows; i++)
		st->rows[i].order = suit_place(&order, st->rows[i].suit);
	for (size_t i = 0; i < st->n_pairs; i++) {
		st->pairs[i].order_right = suit_place(&order, st->pairs[i].right);
		st->pairs[i].order_given = suit_place(&order, st->pairs[i].given);
	}
	strv_free(&order);
	if (st->n_rows)
		qsort(st->rows, st->n_rows, sizeof *st->rows, row_cmp);
	if (st->n_pairs)
		qsort(st->pairs, st->n_pairs, sizeof *st->pairs, pair_cmp);
}

void practice_stats_build(struct practice_stats *st, const struct practice_log *log,
			  const char *deck, const struct catalog *cat)
{
	*st = (struct practice_stats){0};
	for (size_t i = 0; i < log->n_a; i++) {
		const struct practice_answer *a = &log->a[i];
		if (deck && strcmp(a->deck, deck) != 0)
			continue;
		char week[12];
		practice_iso_week(a->ts, week, sizeof week);
		struct practice_week_row *r = row_get(st, week, a->suit);
		bool sub = a->suit_ok && a->given_card; /* the card was asked of the right suit */
		r->asked++;
		r->right += a->suit_ok;
		r->sub_asked += sub;
		r->sub_right += sub && a->card_ok;
		st->asked++;
		st->right += a->suit_ok;
		st->sub_asked += sub;
		st->sub_right += sub && a->card_ok;
		if (!a->suit_ok)
			pair_add(st, a->suit, a->given_suit);
	}
	stats_sort(st, log, deck, cat);
}

/* "Overall: 2 of 5 types right (40%)", and "; 1 of 2 subtypes right (50%)"
 * where subtypes were asked (fresh string). */
char *practice_stats_overall(const struct practice_stats *st)
{
	char *types = xasprintf("Overall: %u of %u type%s right (%d%%)", st->right, st->asked,
				st->asked == 1 ? "" : "s",
				st->asked ? practice_percent(st->right, st->asked) : 0);
	if (!st->sub_asked)
		return types;
	char *line = xasprintf("%s; %u of %u subtype%s right (%d%%)", types, st->sub_right,
			       st->sub_asked, st->sub_asked == 1 ? "" : "s",
			       practice_percent(st->sub_right, st->sub_asked));
	free(types);
	return line;
}

void practice_stats_print_text(FILE *out, const struct practice_stats *st,
			       size_t max_pairs)
{
	if (st->asked == 0) {
		fputs("No practice answers yet.\n", out);
		return;
	}
	fprintf(out, "%-9s %-20s %7s %7s %9s %9s\n", "week", "suit", "asked", "right",
		"accuracy", "subtypes");
	for (size_t i = 0; i < st->n_rows; i++) {
		const struct practice_week_row *r = &st->rows[i];
		char sub[24] = "-";
		if (r->sub_asked)
			snprintf(sub, sizeof sub, "%u/%u", r->sub_right, r->sub_asked);
		char *suit = utf8_visible(r->suit, false); /* from the journal: never raw */
		fprintf(out, "%-9s %-20s %7u %7u %8d%% %9s\n", r->week, suit, r->asked,
			r->right, practice_percent(r->right, r->asked), sub);
		free(suit);
	}
	char *overall = practice_stats_overall(st);
	fprintf(out, "\n%s\n", overall);
	free(overall);
	if (st->n_pairs == 0) {
		fputs("No suit was taken for another.\n", out);
		return;
	}
	fputs("\nMost confused (right suit -> answer given):\n", out);
	for (size_t i = 0; i < st->n_pairs && i < max_pairs; i++) {
		char *right = utf8_visible(st->pairs[i].right, false);
		char *given = utf8_visible(st->pairs[i].given, false);
		fprintf(out, "  %-20s -> %-20s %u\n", right, given, st->pairs[i].count);
		free(right);
		free(given);
	}
}

static cJSON *rows_json(const struct practice_stats *st)
{
	cJSON *a = cJSON_CreateArray();
	for (size_t i = 0; i < st->n_rows; i++) {
		const struct practice_week_row *r = &st->rows[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "week", r->week);
		cJSON_AddStringToObject(o, "suit", r->suit);
		cJSON_AddNumberToObject(o, "asked", r->asked);
		cJSON_AddNumberToObject(o, "right", r->right);
		cJSON_AddNumberToObject(o, "subtypes_asked", r->sub_asked);
		cJSON_AddNumberToObject(o, "subtypes_right", r->sub_right);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

void practice_stats_print_json(FILE *out, const struct practice_stats *st)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "answers", st->asked);
	cJSON_AddNumberToObject(o, "right", st->right);
	cJSON_AddNumberToObject(o, "subtypes_asked", st->sub_asked);
	cJSON_AddNumberToObject(o, "subtypes_right", st->sub_right);
	cJSON_AddItemToObject(o, "weeks", rows_json(st));
	cJSON *p = cJSON_AddArrayToObject(o, "confused");
	for (size_t i = 0; i < st->n_pairs; i++) {
		cJSON *e = cJSON_CreateObject();
		cJSON_AddStringToObject(e, "right", st->pairs[i].right);
		cJSON_AddStringToObject(e, "given", st->pairs[i].given);
		cJSON_AddNumberToObject(e, "count", st->pairs[i].count);
		cJSON_AddItemToArray(p, e);
	}
	char *s = json_out_print(o, false);
	fprintf(out, "%s\n", s);
	free(s);
	cJSON_Delete(o);
}

void practice_stats_free(struct practice_stats *st)
{
	for (size_t i = 0; i < st->n_rows; i++)
		free(st->rows[i].suit);
	for (size_t i = 0; i < st->n_pairs; i++) {
		free(st->pairs[i].right);
		free(st->pairs[i].given);
	}
	free(st->rows);
	free(st->pairs);
	*st = (struct practice_stats){0};
}

/* "No practice answers yet" would be wrong when other decks have answers:
 * name the deck asked for, and say when no such deck is installed, as a
 * misspelt --deck would otherwise look like an empty record. */
static void stats_print_none_for(FILE *out, const char *deck, const struct catalog *cat)
{
	char *shown = utf8_visible(deck, false);
	fprintf(out, "No practice answers for deck \"%s\".\n", shown);
	if (cat && !catalog_find(cat, deck))
		fprintf(out, "No deck \"%s\" is on the search path (rucksack list names them).\n",
			shown);
	free(shown);
}

int practice_stats_report(FILE *out, const char *path, const char *deck,
			  const struct catalog *cat, bool json, struct diags *d)
{
	struct practice_log log = {0};
	bool torn;
	if (practice_log_load(&log, path, &torn, d) != 0)
		return -1;
	struct practice_stats st;
	practice_stats_build(&st, &log, deck, cat);
	if (json)
		practice_stats_print_json(out, &st);
	else if (deck && st.asked == 0)
		stats_print_none_for(out, deck, cat);
	else
		practice_stats_print_text(out, &st, 5);
	practice_stats_free(&st);
	practice_log_free(&log);
	return 0;
}
