/* rucksack print FLOW: a facilitator's sheet, on one or two pages. */
#include <stdio.h>
#include <string.h>

#include "print/print_column.h"

/* Sizes tried, largest first, until the sheet takes two pages at most:
 * the text in points and the room to write under each phase in mm. */
static const struct {
	double pt, notes;
} sizes[] = {{10.5, 28}, {10, 24}, {9.5, 20}, {9, 16}, {8.5, 14}, {8, 12}, {7.5, 10}};
#define N_SIZES (sizeof sizes / sizeof *sizes)

static char *escaped(const char *text)
{
	return g_markup_escape_text(text ? text : "", -1);
}

static char *role_line(const struct role *r)
{
	char count[48];
	if (r->rest)
		snprintf(count, sizeof count, "everyone else");
	else
		snprintf(count, sizeof count, "%u", r->count);
	char *title = escaped(r->title), *desc = escaped(r->description);
	char *line = g_strdup_printf("• <b>%s</b> (%s%s)%s%s", title, count,
				     r->optional ? ", optional" : "", desc[0] ? " — " : "", desc);
	g_free(title), g_free(desc);
	return line;
}

static char *phase_head(const struct phase *p, size_t i)
{
	char *title = escaped(p->title);
	char *line = p->minutes > 0 ? g_strdup_printf("%zu. %s — %g min", i + 1, title, p->minutes)
				    : g_strdup_printf("%zu. %s — untimed", i + 1, title);
	g_free(title);
	return line;
}

static void put(struct print_column *c, char *markup, double pt, bool bold, double indent,
		double before)
{
	column_text(c, markup, pt, bold, indent, before);
	g_free(markup);
}

static void sheet_head(struct print_column *c, const struct doc *flow, double pt)
{
	put(c, escaped(flow->title), pt * 1.6, true, 0, 0);
	if (flow->description)
		put(c, escaped(flow->description), pt, false, 0, pt * 0.3);
	if (flow->flow.rounds > 1)
		put(c, g_strdup_printf("Rounds: %u", flow->flow.rounds), pt, false, 0, pt * 0.2);
	put(c, g_strdup("Roles"), pt * 1.2, true, 0, pt * 0.6);
	for (size_t i = 0; i < flow->flow.n_roles; i++)
		put(c, role_line(&flow->flow.roles[i]), pt, false, 0, pt * 0.15);
}

static void sheet_phase(struct print_column *c, const struct phase *p, size_t i, double pt,
			double notes)
{
	put(c, phase_head(p, i), pt * 1.2, true, 0, pt * 0.6);
	if (p->guidance)
		put(c, escaped(p->guidance), pt, false, 0, pt * 0.2);
	for (size_t k = 0; k < p->prompts.n; k++) {
		char *e = escaped(p->prompts.v[k]);
		put(c, g_strdup_printf("• <i>%s</i>", e), pt, false, 4, pt * 0.15);
		g_free(e);
	}
	column_ruled(c, notes);
}

static size_t sheet(struct print_pdf *pdf, const struct doc *flow, struct print_size page,
		    size_t size, bool draw)
{
	struct print_column c;
	column_start(&c, pdf, page, draw);
	sheet_head(&c, flow, sizes[size].pt);
	for (size_t i = 0; i < flow->flow.n_phases; i++)
		sheet_phase(&c, &flow->flow.phases[i], i, sizes[size].pt, sizes[size].notes);
	return column_end(&c);
}

int print_flow(const struct doc *flow, enum print_paper paper, struct print_bytes *out,
	       struct diags *d)
{
	struct print_pdf pdf;
	struct print_size page = print_paper_size(paper);
	if (print_pdf_open(&pdf, out, page, flow->title) != 0) {
		diags_error(d, flow->path, 0, 0, DIAG_IO, "cannot make the PDF");
		return -1;
	}
	size_t size = 0;
	while (size + 1 < N_SIZES && sheet(&pdf, flow, page, size, false) > 2)
		size++;
	size_t pages = sheet(&pdf, flow, page, size, true);
	if (pages > 2)
		diags_warn(d, flow->path, 0, 0, DIAG_LIMIT,
			   "the sheet of flow %s takes %zu pages even in %.1f pt type", flow->id, pages,
			   sizes[size].pt);
	return print_pdf_close(&pdf, flow->path, d);
}
