#ifndef RUCKSACK_PRINT_MD_H
#define RUCKSACK_PRINT_MD_H
/*
 * A transcript's Markdown (as transcript_md.c writes it), one line at a
 * time, as paper shows it: what kind of line it is, and its text as Pango
 * markup — escaped, backslash escapes undone, **bold**, *italic* and
 * ~~struck~~ kept as such, `code` plain, a table row's cells spaced apart.
 * No drawing.
 */
enum print_md_kind {
	PRINT_MD_BLANK,
	PRINT_MD_TITLE,	     /* "# " */
	PRINT_MD_HEADING,    /* "## " */
	PRINT_MD_SUBHEADING, /* "### " */
	PRINT_MD_BULLET,     /* "- " */
	PRINT_MD_QUOTE,	     /* "  > ", a reflection's line under its bullet */
	PRINT_MD_MORE,	     /* another indented line continuing a bullet */
	PRINT_MD_TABLE,	     /* "| a | b |" */
	PRINT_MD_RULE,	     /* a table's "|---|---|": not printed */
	PRINT_MD_TEXT,
};

/* The kind of line (no newline at its end). */
enum print_md_kind print_md_kind(const char *line);
/* line's text without its marker, as Pango markup; caller frees. */
char *print_md_markup(const char *line);

#endif
