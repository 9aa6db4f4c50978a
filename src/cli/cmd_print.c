/*
 * rucksack print: a deck's cards, a flow's facilitator's sheet, or a
 * round's transcript as a PDF (src/print draws it, in memory), written
 * atomically to a file or to standard output.  Linked into rucksack-print
 * (and the unit tests) only: rucksack itself runs that (cmd_print_exec.c),
 * so that only print loads Pango and Cairo.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "cli/cmd_output.h"
#include "cli/cmd_session.h"
#include "cli/commands.h"
#include "core/base/fileid.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/deck/load.h"
#include "core/round/transcript.h"
#include "print/print.h"

/* What print makes: the bytes, where they go and how they may be read. */
struct print_job {
	struct cli_ctx *ctx;
	const char *output;   /* -o, or NULL */
	const char *name;     /* without -o, the file is NAME.pdf here */
	const char *source;   /* a file printed, kept from being replaced */
	const char *journal;  /* a round printed: its files are never replaced */
	mode_t mode;
	struct print_bytes pdf;
	struct diags d;
};

static int write_bytes(FILE *f, void *data)
{
	const struct print_bytes *b = data;
	return fwrite(b->v, 1, b->n, f) == b->n ? 0 : -1;
}

static bool same_file(const char *a, const char *b)
{
	struct fileid id;
	return a && b && fileid_get(a, &id) && fileid_is(&id, b);
}

/* The PDF to standard output (-o -) or, atomically, to its file. */
static int print_save(struct print_job *j)
{
	const struct cmd_output o = {j->ctx->env, j->ctx->out, j->journal, "the PDF", j->mode,
				     write_bytes, &j->pdf};
	if (j->output && !strcmp(j->output, "-"))
		return cmd_output_write(&o, "-", &j->d);
	char *path = j->output ? xstrdup(j->output) : xasprintf("%s.pdf", j->name);
	int rc = -1;
	if (same_file(path, j->source))
		diags_error(&j->d, path, 0, 0, DIAG_IO,
			    "cannot write the PDF over the file it is printed from");
	else
		rc = cmd_output_write(&o, path, &j->d);
	if (rc == 0)
		fprintf(j->ctx->err, "rucksack print: wrote %s\n", path);
	free(path);
	return rc;
}

/* Reports the job's problems, saves when drawing went well; the exit status. */
static int print_finish(struct print_job *j, int drawn)
{
	int rc = drawn == 0 && print_save(j) == 0 ? 0 : 1;
	for (size_t i = 0; i < j->d.n; i++)
		diag_print_text(j->ctx->err, &j->d.v[i]);
	diags_free(&j->d);
	print_bytes_free(&j->pdf);
	return rc;
}

/* The deck or flow arg names: loaded from its file (*owned, to free), or
 * found in the catalog; NULL after a message. */
static const struct doc *print_doc(struct cli_ctx *ctx, const char *arg, struct doc **owned)
{
	*owned = NULL;
	if (!cli_is_path(arg)) {
		const struct doc *doc = catalog_find(cli_catalog(ctx), arg);
		if (!doc)
			cli_unknown_id(ctx, "print", arg);
		return doc;
	}
	struct diags d = {0};
	load_file(arg, owned, &d);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(ctx->err, &d.v[i]);
	diags_free(&d);
	return *owned;
}

static const char *const deck_only[] = {"card", "suit", "backs", "no-crop", "examples", NULL};

/* A deck's options given for a flow or a transcript, or --anonymise
 * without --transcript: bad usage. */
static int print_misused(struct cli_ctx *ctx, const struct cli_args *args, const char *what)
{
	for (size_t i = 0; deck_only[i]; i++)
		if (cli_args_has(args, deck_only[i]))
			return cli_usage_error(ctx, "print", "--%s is for decks, not %s", deck_only[i],
					       what);
	return 0;
}

static int print_unknown_suit(struct cli_ctx *ctx, const struct doc *doc, const char *suit)
{
	char *vis = utf8_visible(suit, false);
	fprintf(ctx->err, "rucksack print: deck '%s' has no suit '%s'; its suits:", doc->id, vis);
	for (size_t i = 0; i < doc->deck.n_suits; i++)
		fprintf(ctx->err, "%s %s", i ? "," : "", doc->deck.suits[i].id);
	fprintf(ctx->err, "%s\n", doc->deck.n_suits ? "" : " none");
	free(vis);
	return 1;
}

static int print_cards(struct print_job *j, const struct doc *doc, const struct cli_args *args)
{
	struct print_deck_opts o = {
		.suit = cli_args_value(args, "suit"),
		.backs = cli_args_has(args, "backs"),
		.crop = !cli_args_has(args, "no-crop"),
		.examples = !cli_args_value_is(args, "examples", "none"),
	};
	print_paper_parse(cli_args_value(args, "paper"), &o.paper);
	print_card_parse(cli_args_value(args, "card"), &o.card);
	if (o.suit && !deck_find_suit(&doc->deck, o.suit))
		return print_unknown_suit(j->ctx, doc, o.suit);
	return print_finish(j, print_deck(doc, &o, &j->pdf, &j->d));
}

static int print_deck_or_flow(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct doc *owned;
	const struct doc *doc = print_doc(ctx, args->pos[0], &owned);
	if (!doc)
		return 1;
	struct print_job j = {ctx, cli_args_value(args, "output"), doc->id,
			      doc->path, NULL, 0644, {0}, {0}};
	int rc;
	if (doc->kind == DOC_DECK) {
		rc = print_cards(&j, doc, args);
	} else if ((rc = print_misused(ctx, args, "flows")) == 0) {
		enum print_paper paper;
		print_paper_parse(cli_args_value(args, "paper"), &paper);
		rc = print_finish(&j, print_flow(doc, paper, &j.pdf, &j.d));
	}
	doc_free(owned);
	return rc;
}

static int print_round(struct cli_ctx *ctx, const struct cli_args *args, const char *journal)
{
	struct catalog c = {0};
	struct session *s = NULL;
	struct print_job j = {ctx, cli_args_value(args, "output"), NULL, NULL, journal, 0600,
			      {0}, {0}};
	enum print_paper paper;
	int drawn = -1;
	print_paper_parse(cli_args_value(args, "paper"), &paper);
	cli_quiet_catalog(ctx, &c); /* titles fall back to ids */
	if (session_load(&s, &c, journal, &j.d) == 0) {
		j.name = session_id(s);
		char *md = transcript_md_text(s, cli_args_has(args, "anonymise"), &j.d);
		drawn = md ? print_transcript(journal, j.name, md, paper, &j.pdf, &j.d) : -1;
		free(md);
	}
	int rc = print_finish(&j, drawn);
	session_free(s);
	catalog_free(&c);
	return rc;
}

int cmd_print_run(struct cli_ctx *ctx, const struct cli_args *args)
{
	if (!cli_args_has(args, "transcript")) {
		if (cli_args_has(args, "anonymise"))
			return cli_usage_error(ctx, "print", "--anonymise is for --transcript");
		return print_deck_or_flow(ctx, args);
	}
	int rc = print_misused(ctx, args, "transcripts");
	if (rc != 0)
		return rc;
	char *journal = cmd_session_find(ctx, "print", args->pos[0], false);
	if (!journal)
		return 1;
	rc = print_round(ctx, args, journal);
	free(journal);
	return rc;
}
