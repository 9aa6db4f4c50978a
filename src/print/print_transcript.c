/* rucksack print --transcript: a round's Markdown transcript on paper. */
#include <stdlib.h>
#include <string.h>

#include "print/print_column.h"
#include "print/print_md.h"

#define BODY_PT 9.5

struct line_style {
	double pt, indent, before;
	bool bold;
};

static struct line_style style_of(enum print_md_kind k)
{
	switch (k) {
	case PRINT_MD_TITLE:
		return (struct line_style){BODY_PT * 1.6, 0, 0, true};
	case PRINT_MD_HEADING:
		return (struct line_style){BODY_PT * 1.3, 0, 5, true};
	case PRINT_MD_SUBHEADING:
		return (struct line_style){BODY_PT * 1.1, 0, 4, true};
	case PRINT_MD_BULLET:
		return (struct line_style){BODY_PT, 0, 1.2, false};
	case PRINT_MD_QUOTE:
		return (struct line_style){BODY_PT, 8, 0.3, false};
	case PRINT_MD_MORE:
		return (struct line_style){BODY_PT, 4, 0.3, false};
	default:
		return (struct line_style){BODY_PT, 0, 1.5, false};
	}
}

static void md_line(struct print_column *c, const char *line)
{
	enum print_md_kind k = print_md_kind(line);
	if (k == PRINT_MD_BLANK || k == PRINT_MD_RULE)
		return;
	struct line_style st = style_of(k);
	char *markup = print_md_markup(line);
	char *shown = g_strconcat(k == PRINT_MD_BULLET ? "• " : "", markup, NULL);
	column_text(c, shown, st.pt, st.bold, st.indent, st.before);
	g_free(shown);
	free(markup);
}

/* The transcript down the pages; their number. */
static size_t transcript_pass(struct print_pdf *pdf, struct print_size page, const char *name,
			      const char *markdown, size_t total)
{
	struct print_column c;
	column_start(&c, pdf, page, total > 0);
	c.footer = name;
	c.total = total;
	char *text = g_strdup(markdown), *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		md_line(&c, line);
	g_free(text);
	return column_end(&c);
}

int print_transcript(const char *name, const char *round, const char *markdown,
		     enum print_paper paper, struct print_bytes *out, struct diags *d)
{
	struct print_pdf pdf;
	struct print_size page = print_paper_size(paper);
	char *footer = g_strdup_printf("Round %s", round);
	if (print_pdf_open(&pdf, out, page, footer) != 0) {
		diags_error(d, name, 0, 0, DIAG_IO, "cannot make the PDF");
		g_free(footer);
		return -1;
	}
	transcript_pass(&pdf, page, footer, markdown, transcript_pass(&pdf, page, footer, markdown, 0));
	g_free(footer);
	return print_pdf_close(&pdf, name, d);
}
