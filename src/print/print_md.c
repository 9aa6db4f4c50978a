/* Markdown lines of a transcript into Pango markup, for paper. */
#include "print/print_md.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

static bool is_rule(const char *line)
{
	return line[0] == '|' && strspn(line, "|-: ") == strlen(line);
}

enum print_md_kind print_md_kind(const char *line)
{
	size_t indent = strspn(line, " ");
	if (line[indent] == '\0')
		return PRINT_MD_BLANK;
	if (indent)
		return line[indent] == '>' ? PRINT_MD_QUOTE : PRINT_MD_MORE;
	if (!strncmp(line, "# ", 2))
		return PRINT_MD_TITLE;
	if (!strncmp(line, "## ", 3))
		return PRINT_MD_HEADING;
	if (!strncmp(line, "### ", 4))
		return PRINT_MD_SUBHEADING;
	if (!strncmp(line, "- ", 2))
		return PRINT_MD_BULLET;
	if (is_rule(line))
		return PRINT_MD_RULE;
	return line[0] == '|' ? PRINT_MD_TABLE : PRINT_MD_TEXT;
}

static const char *strip_marker(const char *line)
{
	const char *p = line + strspn(line, " ");
	switch (print_md_kind(line)) {
	case PRINT_MD_TITLE:
	case PRINT_MD_HEADING:
	case PRINT_MD_SUBHEADING:
		return strchr(line, ' ') + 1;
	case PRINT_MD_BULLET:
		return line + 2;
	case PRINT_MD_QUOTE:
		return p[1] == ' ' ? p + 2 : p + 1;
	default:
		return p;
	}
}

/* Which of bold, italic and struck text is open. */
struct md_style {
	bool bold, ital, struck;
};

/* The tag a mark at s opens or closes ("**" bold, "~~" struck, "*"
 * italic); the mark's length, or 0 when s starts none. */
static size_t put_mark(FILE *b, const char *s, struct md_style *st)
{
	if (!strncmp(s, "**", 2))
		fputs(st->bold ? "</b>" : "<b>", b), st->bold = !st->bold;
	else if (!strncmp(s, "~~", 2))
		fputs(st->struck ? "</s>" : "<s>", b), st->struck = !st->struck;
	else if (s[0] == '*')
		fputs(st->ital ? "</i>" : "<i>", b), st->ital = !st->ital;
	else
		return 0;
	return s[0] == '*' && s[1] != '*' ? 1 : 2;
}

static void put_plain(FILE *b, char c, bool table)
{
	if (c == '&')
		fputs("&amp;", b);
	else if (c == '<')
		fputs("&lt;", b);
	else if (c == '>')
		fputs("&gt;", b);
	else if (table && c == '|')
		fputs("   ", b);
	else if (c != '`')
		fputc(c, b);
}

static void put_text(FILE *b, const char *p, const char *end, bool table)
{
	struct md_style st = {0};
	while (p < end) {
		size_t mark = put_mark(b, p, &st);
		if (mark) {
			p += mark;
			continue;
		}
		if (p[0] == '\\' && p + 1 < end) { /* escaped: the character itself */
			put_plain(b, p[1], false);
			p += 2;
			continue;
		}
		put_plain(b, *p++, table);
	}
	fputs(st.struck ? "</s>" : "", b);
	fputs(st.ital ? "</i>" : "", b);
	fputs(st.bold ? "</b>" : "", b);
}

char *print_md_markup(const char *line)
{
	bool table = print_md_kind(line) == PRINT_MD_TABLE;
	const char *p = strip_marker(line), *end = p + strlen(p);
	if (table)
		p += strspn(p, "| ");
	while (end > p && strchr(table ? "| " : " ", end[-1]))
		end--;
	char *text = NULL;
	size_t len = 0;
	FILE *b = xcheck(open_memstream(&text, &len));
	put_text(b, p, end, table);
	fclose(b);
	return text;
}
