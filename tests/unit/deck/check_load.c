/*
 * The loader beyond the corpus: limits (generated here rather than committed
 * as 16 MiB files), I/O problems, buffers without a NUL, the diagnostic cap,
 * and what a valid file turns into (every field, every default).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/xalloc.h"
#include "core/deck/load.h"

static const char ld_deck_head[] = "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", "
				   "\"cards\": [{\"id\": \"a\", \"title\": \"A\"}], \"x-big\": ";

/* A deck whose "x-big" extension holds the given JSON text. */
static char *ld_with_extension(const char *ext, size_t ext_len, size_t *len)
{
	size_t h = strlen(ld_deck_head);
	char *s = malloc(h + ext_len + 2);
	memcpy(s, ld_deck_head, h);
	memcpy(s + h, ext, ext_len);
	s[h + ext_len] = '}';
	*len = h + ext_len + 1;
	s[*len] = '\0';
	return s;
}

/* "[[[...0...]]]" nested depth levels deep. */
static char *ld_nested(int depth, size_t *len)
{
	char *s = malloc((size_t)depth * 2 + 2);
	size_t n = 0;
	for (int i = 0; i < depth; i++)
		s[n++] = '[';
	s[n++] = '0';
	for (int i = 0; i < depth; i++)
		s[n++] = ']';
	*len = n;
	return s;
}

static int ld_load(const char *buf, size_t len, struct doc **doc, struct diags *d)
{
	return load_buffer("mem.json", buf, len, doc, d);
}

/* Depth counts the top-level object as 1: 31 arrays inside it reach 32. */
START_TEST(test_depth_limit)
{
	int depth = _i == 0 ? LOAD_MAX_DEPTH - 1 : LOAD_MAX_DEPTH;
	size_t elen, len;
	char *ext = ld_nested(depth, &elen);
	char *s = ld_with_extension(ext, elen, &len);
	struct diags d = {0};
	struct doc *doc = NULL;
	int rc = ld_load(s, len, &doc, &d);

	if (_i == 0) {
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(d.n, 0);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_ptr_null(doc);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
		ck_assert_int_eq(d.v[0].line, 1);
		/* the 32nd '[' (the 33rd level) */
		ck_assert_int_eq(d.v[0].col, (int)strlen(ld_deck_head) + LOAD_MAX_DEPTH);
	}
	doc_free(doc);
	diags_free(&d);
	free(ext);
	free(s);
}
END_TEST

/* A deep document is refused at the limit, never walked to the bottom. */
START_TEST(test_depth_hostile)
{
	size_t len;
	char *s = ld_nested(1000000, &len);
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(ld_load(s, len, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
	ck_assert_int_eq(d.v[0].col, LOAD_MAX_DEPTH + 1);
	diags_free(&d);
	free(s);
}
END_TEST

/* Strings: 64 KiB of decoded bytes pass, one more is a limit; escapes count decoded. */
START_TEST(test_string_limit)
{
	static const struct {
		const char *unit; /* as written in JSON */
		size_t bytes;	  /* decoded */
		size_t extra;	  /* decoded bytes beyond the limit */
		bool ok;
	} t[] = {
		{ "a", 1, 0, true },
		{ "a", 1, 1, false },
		{ "\\u00e9", 2, 0, true }, /* 6 characters of text, 2 bytes decoded */
		{ "\\u00e9", 2, 2, false },
		{ "\xe5\xad\x97", 3, 1, false }, /* 字 */
	};
	size_t units = (LOAD_MAX_STRING_BYTES + t[_i].extra + t[_i].bytes - 1) / t[_i].bytes;
	size_t ul = strlen(t[_i].unit), len;
	char *ext = malloc(units * ul + 3);
	size_t n = 0;
	ext[n++] = '"';
	for (size_t k = 0; k < units; k++, n += ul)
		memcpy(ext + n, t[_i].unit, ul);
	ext[n++] = '"';
	char *s = ld_with_extension(ext, n, &len);
	struct diags d = {0};
	struct doc *doc = NULL;
	int rc = ld_load(s, len, &doc, &d);

	ck_assert_int_eq(rc, t[_i].ok ? 0 : -1);
	if (!t[_i].ok) {
		ck_assert_uint_eq(d.n, 1);
		ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
		ck_assert_int_eq(d.v[0].col, (int)strlen(ld_deck_head) + 1);
	} else {
		ck_assert_uint_eq(d.n, 0);
	}
	doc_free(doc);
	diags_free(&d);
	free(ext);
	free(s);
}
END_TEST

/* Keys are strings too. */
START_TEST(test_key_limit)
{
	size_t n = LOAD_MAX_STRING_BYTES + 1, len;
	char *ext = malloc(n + 16);
	struct diags d = {0};
	struct doc *doc = NULL;
	ext[0] = '{', ext[1] = '"';
	memset(ext + 2, 'k', n);
	memcpy(ext + 2 + n, "\": 1}", 5);
	char *s = ld_with_extension(ext, n + 7, &len);
	ck_assert_int_eq(ld_load(s, len, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
	ck_assert_int_eq(d.v[0].col, (int)strlen(ld_deck_head) + 2);
	diags_free(&d);
	free(ext);
	free(s);
}
END_TEST

/* Exactly 16 MiB is read; one byte more is refused before any parsing. */
START_TEST(test_file_limit)
{
	size_t len = LOAD_MAX_FILE_BYTES + (size_t)_i;
	char *s = malloc(len);
	struct diags d = {0};
	struct doc *doc = NULL;
	size_t h = strlen(ld_deck_head);

	memcpy(s, ld_deck_head, h);
	s[h] = '"';
	memset(s + h + 1, ' ', len - h - 1); /* spaces after the string: not part of it */
	s[h + 1] = '"';
	s[len - 1] = '}';
	int rc = ld_load(s, len, &doc, &d);
	if (_i == 0) {
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(d.n, 0);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
		ck_assert_int_eq(d.v[0].line, 0);
	}
	doc_free(doc);
	diags_free(&d);
	free(s);
}
END_TEST

/* load_file refuses a big file by its size, and reads pipes within the limit. */
START_TEST(test_file_limit_on_disk)
{
	char path[] = "/tmp/rucksack-load-XXXXXX";
	int fd = mkstemp(path);
	struct diags d = {0};
	struct doc *doc = NULL;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)LOAD_MAX_FILE_BYTES + 1), 0);
	close(fd);
	ck_assert_int_eq(load_file(path, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
	ck_assert_str_eq(d.v[0].file, path);
	unlink(path);
	diags_free(&d);
}
END_TEST

START_TEST(test_io_errors)
{
	struct diags d = {0};
	struct doc *doc = (struct doc *)1;

	ck_assert_int_eq(load_file("/nonexistent/deck.json", &doc, &d), -1);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(load_file("/tmp", &doc, &d), -1);
	ck_assert_uint_eq(d.n, 2);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(d.v[i].kind, DIAG_IO);
		ck_assert_int_eq(d.v[i].line, 0);
		ck_assert_int_eq(d.v[i].severity, DIAG_ERROR);
	}
	ck_assert_str_eq(d.v[0].file, "/nonexistent/deck.json");
	ck_assert_ptr_nonnull(strstr(d.v[1].message, "directory"));
	diags_free(&d);
}
END_TEST

/* A FIFO with no writer reads as empty: an error, not a wait for ever. */
START_TEST(test_fifo_no_writer)
{
	char path[64] = "/tmp/rucksack-fifo-XXXXXX";
	struct diags d = {0};
	struct doc *doc = NULL;

	ck_assert_ptr_nonnull(mkdtemp(path));
	strcat(path, "/f.json");
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	ck_assert_int_eq(load_file(path, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_SYNTAX);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "empty"));
	unlink(path);
	*strrchr(path, '/') = '\0';
	rmdir(path);
	diags_free(&d);
}
END_TEST

/* A file found in a folder (load_found_file): a pipe is refused at once
 * for what it is, a writer or none; a link to a deck is followed. */
START_TEST(test_found_file_pipe_refused)
{
	char dir[64] = "/tmp/rucksack-found-XXXXXX";
	struct diags d = {0};
	struct doc *doc = NULL;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *pipe = xasprintf("%s/p.json", dir), *deck = xasprintf("%s/d.json", dir);
	char *link_at = xasprintf("%s/l.json", dir);
	ck_assert_int_eq(mkfifo(pipe, 0600), 0);
	ck_assert_int_eq(load_found_file(pipe, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_str_eq(d.v[0].message, "cannot open: it is a pipe or device, not a file");
	FILE *f = fopen(deck, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"format\": 1, \"id\": \"t\", \"title\": \"T\", "
	      "\"cards\": [{\"id\": \"a\", \"title\": \"A\"}]}", f);
	fclose(f);
	ck_assert_int_eq(symlink("d.json", link_at), 0);
	ck_assert_int_eq(load_found_file(link_at, &doc, &d), 0);
	ck_assert_str_eq(doc->id, "t");
	doc_free(doc);
	unlink(pipe);
	unlink(deck);
	unlink(link_at);
	rmdir(dir);
	free(pipe);
	free(deck);
	free(link_at);
	diags_free(&d);
}
END_TEST

/* A buffer need not end in NUL: nothing past len is read (ASan would see it). */
START_TEST(test_buffer_not_terminated)
{
	static const char text[] = "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", "
				   "\"cards\": [{\"id\": \"a\", \"title\": \"A\"}]}";
	size_t len = sizeof text - 1;
	char *exact = malloc(len);
	struct diags d = {0};
	struct doc *doc = NULL;

	memcpy(exact, text, len);
	ck_assert_int_eq(load_buffer("mem", exact, len, &doc, &d), 0);
	ck_assert_str_eq(doc->path, "mem");
	doc_free(doc);
	/* cut short: the same bytes minus the last brace */
	ck_assert_int_eq(load_buffer("mem", exact, len - 1, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_SYNTAX);
	ck_assert_int_eq(d.v[0].col, (int)len);
	diags_free(&d);
	free(exact);
}
END_TEST

/*
 * The run through a string looks at 8 bytes at a time: a stop byte at every
 * offset within and across those words is found at its exact column.
 */
START_TEST(test_string_scan_offsets)
{
	static const struct {
		const char *stop;
		enum diag_kind kind;
	} cls[] = {
		{ "\x01", DIAG_SYNTAX },	       /* raw control: fatal */
		{ "\x7f", DIAG_ENCODING },	       /* DEL */
		{ "\xc2\x85", DIAG_ENCODING },    /* C1 in UTF-8 */
		{ "\\u0007", DIAG_ENCODING },     /* escaped control */
		{ "\xff", DIAG_ENCODING },	       /* invalid UTF-8 */
		{ "\\q", DIAG_SYNTAX },	       /* bad escape */
	};
	for (size_t c = 0; c < sizeof cls / sizeof cls[0]; c++) {
		for (int k = 0; k < 20; k++) {
			/* k characters before the stop, some of them two-byte ones */
			char text[256];
			int n = snprintf(text, sizeof text, "{\"x-s\": \"");
			for (int i = 0; i < k; i++)
				n += snprintf(text + n, sizeof text - (size_t)n, "%s",
					      i % 3 == 2 ? "\xc3\xa9" : "a");
			n += snprintf(text + n, sizeof text - (size_t)n, "%s\"}", cls[c].stop);
			struct diags d = {0};
			struct doc *doc = NULL;
			ck_assert_int_eq(ld_load(text, (size_t)n, &doc, &d), -1);
			ck_assert_uint_ge(d.n, 1);
			ck_assert_msg(d.v[0].kind == cls[c].kind && d.v[0].line == 1 &&
					      d.v[0].col == 10 + k,
				      "class %zu, offset %d: %s at %d:%d", c, k,
				      diag_kind_name(d.v[0].kind), d.v[0].line, d.v[0].col);
			diags_free(&d);
		}
	}
}
END_TEST

/* Thousands of problems: a capped list, the file still refused, quickly. */
START_TEST(test_diag_cap)
{
	size_t n = 20000, len;
	char *ext = malloc(n * 12 + 4);
	size_t k = 0;
	struct diags d = {0};
	struct doc *doc = NULL;

	ext[k++] = '[';
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(ext + k, "%s\"\\u0001\"", i ? "," : "");
	ext[k++] = ']';
	char *s = ld_with_extension(ext, k, &len);
	ck_assert_int_eq(ld_load(s, len, &doc, &d), -1);
	ck_assert_ptr_null(doc);
	ck_assert_uint_eq(d.n, 101);
	ck_assert_int_eq(d.v[100].line, 0);
	ck_assert_ptr_nonnull(strstr(d.v[100].message, "not shown"));
	diags_free(&d);
	free(ext);
	free(s);
}
END_TEST

/* Unknown keys by the thousand are warnings; the file loads. */
START_TEST(test_many_unknown_keys)
{
	size_t n = 50000;
	char *s = malloc(n * 16 + 256);
	size_t k = (size_t)sprintf(s, "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", "
				      "\"cards\": [{\"id\": \"a\", \"title\": \"A\"}]");
	struct diags d = {0};
	struct doc *doc = NULL;
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(s + k, ",\"k%zu\":%zu", i, i);
	s[k++] = '}';
	ck_assert_int_eq(ld_load(s, k, &doc, &d), 0);
	ck_assert_uint_eq(d.n, 101);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	doc_free(doc);
	diags_free(&d);
	free(s);
}
END_TEST

/* Many cards with one duplicate at the end: found (by hashing, not n^2). */
START_TEST(test_many_cards_duplicate)
{
	size_t n = 100000;
	char *s = malloc(n * 40 + 256);
	size_t k = (size_t)sprintf(s, "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"cards\": [");
	struct diags d = {0};
	struct doc *doc = NULL;
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(s + k, "%s{\"id\":\"c%zu\",\"title\":\"C\"}", i ? "," : "", i);
	k += (size_t)sprintf(s + k, ",{\"id\":\"c7\",\"title\":\"C\"}]}");
	ck_assert_int_eq(ld_load(s, k, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "duplicate card id \"c7\""));
	diags_free(&d);
	free(s);
}
END_TEST

/* A BOM is set aside: columns after it count from 1 as an editor shows them. */
START_TEST(test_bom_columns)
{
	static const char text[] = "\xEF\xBB\xBF{\"format\": 1, \"id\": \"T\", \"title\": \"T\", "
				   "\"cards\": [{\"id\": \"a\", \"title\": \"A\"}]}";
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(ld_load(text, sizeof text - 1, &doc, &d), -1);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	ck_assert_int_eq(d.v[0].kind, DIAG_ENCODING);
	ck_assert_int_eq(d.v[1].col, 21); /* "T" of "id" */
	diags_free(&d);
}
END_TEST

/* The model of a full deck: every field copied, defaults filled. */
START_TEST(test_deck_model)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	char path[1024];
	struct diags d = {0};
	struct doc *doc = NULL;

	snprintf(path, sizeof path, "%s/tests/data/lint/valid/deck-full.json", src ? src : ".");
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	ck_assert_int_eq(doc->kind, DOC_DECK);
	ck_assert_str_eq(doc->id, "full-deck-2");
	ck_assert_str_eq(doc->title,
			 "A full deck \xe2\x80\x94 with \xc3\xbcn\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9, "
			 "\xe5\xad\x97 and \xf0\x9f\x98\x80 \xf0\x9f\x98\x80");
	ck_assert_str_eq(doc->description, "Paragraph one.\n\nParagraph two,\twith a tab; "
					   "quotes \" and \\ and / escaped.");
	ck_assert_str_eq(doc->lang, "de-AT");
	ck_assert_str_eq(doc->version, "1.2.0");
	ck_assert_str_eq(doc->license, "CC-BY-4.0");
	ck_assert_uint_eq(doc->authors.n, 2);
	ck_assert_str_eq(doc->authors.v[1], "B\xc3\xb6");
	ck_assert_str_eq(doc->sources.v[0], "Burnham (2012)");
	ck_assert_int_eq(doc->id_pos.line, 5);
	ck_assert_int_eq(doc->id_pos.col, 9);
	ck_assert_uint_eq(doc->deck.n_suits, 2);
	ck_assert_str_eq(doc->deck.suits[0].description, "Who\nis there");
	ck_assert_ptr_null(doc->deck.suits[1].description);
	ck_assert_int_eq(doc->deck.suits[1].pos.line, 16);
	ck_assert_int_eq(doc->deck.suits[1].pos.col, 5);
	ck_assert_uint_eq(doc->deck.n_cards, 3);
	const struct card *c = &doc->deck.cards[0];
	ck_assert_str_eq(c->suit, "people");
	ck_assert_str_eq(c->body, "Whose view\nhas not been heard?");
	ck_assert_uint_eq(c->prompts.n, 2);
	ck_assert_str_eq(c->prompts.v[1], "");
	ck_assert_uint_eq(c->n_examples, 1);
	ck_assert_str_eq(c->examples[0].text, "[to the worker] Who else has a view?");
	ck_assert_ptr_null(c->examples[0].context);
	ck_assert_uint_eq(c->tags.n, 2);
	ck_assert_uint_eq(c->weight, 3);
	ck_assert_int_eq(c->pos.line, 19);
	ck_assert_int_eq(c->pos.col, 5);
	ck_assert_uint_eq(doc->deck.cards[1].weight, 2);
	ck_assert_ptr_null(doc->deck.cards[1].body);
	ck_assert_uint_eq(doc->deck.cards[1].prompts.n, 0);
	ck_assert_uint_eq(doc->deck.cards[2].weight, 10);
	ck_assert_uint_eq(deck_count_suit(&doc->deck, "time"), 2);
	ck_assert_uint_eq(d.n, 0);
	doc_free(doc);
}
END_TEST

/* The model of a full flow, with the defaults of roles, phases and deals. */
START_TEST(test_flow_model)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	char path[1024];
	struct diags d = {0};
	struct doc *doc = NULL;

	snprintf(path, sizeof path, "%s/tests/data/lint/valid/flow-full.json", src ? src : ".");
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	const struct flow *f = &doc->flow;
	ck_assert_int_eq(doc->kind, DOC_FLOW);
	ck_assert_uint_eq(f->rounds, 2);
	ck_assert_uint_eq(f->n_roles, 3);
	ck_assert_uint_eq(f->roles[0].count, 1);
	ck_assert(!f->roles[0].rest && !f->roles[0].optional);
	ck_assert_str_eq(f->roles[0].description, "Brings\ta case");
	ck_assert_uint_eq(f->roles[1].count, 2);
	ck_assert(f->roles[1].optional);
	ck_assert(f->roles[2].rest && !f->roles[2].optional);
	ck_assert_uint_eq(f->n_phases, 3);
	const struct phase *p = &f->phases[0];
	ck_assert_str_eq(p->who, "presenter");
	ck_assert(p->minutes == 5.0);
	ck_assert_str_eq(p->guidance, "Tell it.\nBriefly.");
	ck_assert_int_eq(p->capture, CAPTURE_ONE);
	ck_assert_uint_eq(p->n_deals, 1);
	ck_assert_str_eq(p->deals[0].deck, "full-deck-2");
	ck_assert_str_eq(p->deals[0].to, "listener");
	ck_assert_str_eq(p->deals[0].suit, "people");
	ck_assert_uint_eq(p->deals[0].count, 2);
	ck_assert_int_eq(p->deals[0].pos.line, 15);
	ck_assert_int_eq(p->deals[0].pos.col, 14);
	ck_assert_uint_eq(p->prompts.n, 1);
	p = &f->phases[1];
	ck_assert_str_eq(p->who, "all");
	ck_assert(p->minutes == 2.5);
	ck_assert_int_eq(p->capture, CAPTURE_EACH);
	ck_assert_uint_eq(p->n_deals, 3);
	ck_assert_str_eq(p->deals[0].to, "group");
	ck_assert_str_eq(p->deals[1].to, "all");
	ck_assert_str_eq(p->deals[2].to, "group"); /* the default */
	ck_assert_uint_eq(p->deals[2].count, 1);
	ck_assert_ptr_null(p->deals[2].suit);
	p = &f->phases[2];
	ck_assert_ptr_null(p->who);
	ck_assert(p->minutes == 0.0);
	ck_assert_int_eq(p->capture, CAPTURE_NONE);
	ck_assert_uint_eq(p->n_deals, 0);
	ck_assert_uint_eq(d.n, 0);
	doc_free(doc);
}
END_TEST

/* Defaults when a flow says little: rounds 1, count 1, capture one. */
START_TEST(test_flow_defaults)
{
	static const char text[] =
		"{\"format\":1,\"kind\":\"flow\",\"id\":\"f\",\"title\":\"F\","
		"\"roles\":[{\"id\":\"r\",\"title\":\"R\"}],"
		"\"phases\":[{\"id\":\"p\",\"title\":\"P\",\"minutes\":-0}]}";
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(ld_load(text, sizeof text - 1, &doc, &d), 0);
	ck_assert_uint_eq(doc->flow.rounds, 1);
	ck_assert_uint_eq(doc->flow.roles[0].count, 1);
	ck_assert_int_eq(doc->flow.phases[0].capture, CAPTURE_ONE);
	ck_assert(doc->flow.phases[0].minutes == 0.0);
	ck_assert_ptr_null(doc->flow.phases[0].deals);
	doc_free(doc);
}
END_TEST


/*
 * Counts, rounds and minutes a round could never use are refused as limits,
 * at the value; the largest allowed still loads.  Each case: the flow's
 * rounds, the role's count, the deal's count, the phase's minutes, and the
 * text just before the one value out of range (NULL: none).
 */
static const struct {
	const char *rounds, *role, *deal, *minutes, *before;
} ld_limits[] = {
	{"1000", "1000", "1000", "1440", NULL},
	{"1001", "1", "1", "5", "\"rounds\":"},
	{"1", "1001", "1", "5", "\"R\",\"count\":"},
	{"1", "1", "1001", "5", "\"d\",\"count\":"},
	{"1", "1", "1", "1440.5", "\"minutes\":"},
	{"1", "1", "4294967295", "5", "\"d\",\"count\":"},
};

START_TEST(test_flow_limits)
{
	char text[512];
	int n = snprintf(text, sizeof text,
			 "{\"format\":1,\"kind\":\"flow\",\"id\":\"f\",\"title\":\"F\",\"rounds\":%-4s,"
			 "\"roles\":[{\"id\":\"r\",\"title\":\"R\",\"count\":%-4s}],\"phases\":[{\"id\":"
			 "\"p\",\"title\":\"P\",\"minutes\":%-6s,\"deal\":{\"deck\":\"d\",\"count\":%s}}]}",
			 ld_limits[_i].rounds, ld_limits[_i].role, ld_limits[_i].minutes,
			 ld_limits[_i].deal);
	struct diags d = {0};
	struct doc *doc = NULL;
	int rc = ld_load(text, (size_t)n, &doc, &d);
	if (!ld_limits[_i].before) {
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(doc->flow.rounds, 1000);
		ck_assert_uint_eq(doc->flow.phases[0].deals[0].count, 1000);
		doc_free(doc);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_int_eq(d.v[0].kind, DIAG_LIMIT);
		ck_assert_int_eq(d.v[0].line, 1);
		const char *before = strstr(text, ld_limits[_i].before);
		ck_assert_int_eq(d.v[0].col, (int)(before - text + strlen(ld_limits[_i].before)) + 1);
	}
	diags_free(&d);
}
END_TEST

/* A refused file reports every schema problem it has, not just the first. */
START_TEST(test_all_schema_problems)
{
	static const char text[] =
		"{\"format\":1,\"id\":\"T\",\"title\":5,\n"
		"\"cards\":[{\"id\":\"a\",\"title\":\"A\",\"weight\":0},{\"title\":\"B\"}]}";
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(ld_load(text, sizeof text - 1, &doc, &d), -1);
	ck_assert_uint_eq(diags_count_errors(&d, false), 4);
	diags_sort(&d);
	ck_assert_int_eq(d.v[0].col, 18);
	ck_assert_int_eq(d.v[1].col, 30);
	ck_assert_int_eq(d.v[2].line, 2);
	ck_assert_int_eq(d.v[2].col, 41);
	ck_assert_int_eq(d.v[3].col, 44);
	ck_assert_ptr_nonnull(strstr(d.v[3].message, "the 2nd card: missing field \"id\""));
	diags_free(&d);
}
END_TEST

Suite *load_suite(void);
Suite *load_suite(void)
{
	Suite *s = suite_create("load");
	TCase *lim = tcase_create("limits");
	TCase *io = tcase_create("io");
	TCase *model = tcase_create("model");

	tcase_set_timeout(lim, 60);
	tcase_add_loop_test(lim, test_depth_limit, 0, 2);
	tcase_add_test(lim, test_depth_hostile);
	tcase_add_loop_test(lim, test_string_limit, 0, 5);
	tcase_add_test(lim, test_key_limit);
	tcase_add_loop_test(lim, test_file_limit, 0, 2);
	tcase_add_test(lim, test_file_limit_on_disk);
	tcase_add_test(lim, test_diag_cap);
	tcase_add_test(lim, test_string_scan_offsets);
	tcase_add_test(lim, test_many_unknown_keys);
	tcase_add_test(lim, test_many_cards_duplicate);
	tcase_add_test(io, test_io_errors);
	tcase_add_test(io, test_fifo_no_writer);
	tcase_add_test(io, test_found_file_pipe_refused);
	tcase_add_test(io, test_buffer_not_terminated);
	tcase_add_test(io, test_bom_columns);
	tcase_add_test(model, test_deck_model);
	tcase_add_test(model, test_flow_model);
	tcase_add_test(model, test_flow_defaults);
	tcase_add_loop_test(model, test_flow_limits, 0, sizeof ld_limits / sizeof ld_limits[0]);
	tcase_add_test(model, test_all_schema_problems);
	suite_add_tcase(s, lim);
	suite_add_tcase(s, io);
	suite_add_tcase(s, model);
	return s;
}
