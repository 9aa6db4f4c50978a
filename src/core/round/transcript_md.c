/*
 * The Markdown transcript.  Everything that came from a person or a file is
 * escaped, and reflections sit in block quotes line by line, so no text can
 * change the document's structure.
 */
#include <stdlib.h>
#include <string.h>

#include "core/round/transcript.h"
#include "core/round/transcript_int.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* Inline text: Markdown's punctuation is backslash-escaped, newlines become
 * spaces, and control characters are shown (utf8_visible), never sent. */
static void md_inline(FILE *out, const char *text)
{
	if (!text)
		return;
	char *vis = utf8_visible(text, true);
	for (const char *s = vis; *s; s++) {
		if (strchr("\\`*_[]<>#|~!", *s))
			fputc('\\', out);
		fputc(*s == '\n' ? ' ' : *s, out);
	}
	free(vis);
}

/* An id as a code span: shown (utf8_visible), and fenced with one backtick
 * more than the longest run inside it, so no backtick in it ends the span. */
static void md_code(FILE *out, const char *text)
{
	char *vis = utf8_visible(text ? text : "", false);
	size_t run = 0, longest = 0;
	for (const char *s = vis; *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		longest = run > longest ? run : longest;
	}
	bool pad = longest && (vis[0] == '`' || vis[strlen(vis) - 1] == '`');
	for (size_t i = 0; i <= longest; i++)
		fputc('`', out);
	fprintf(out, "%s%s%s", pad ? " " : "", vis, pad ? " " : "");
	for (size_t i = 0; i <= longest; i++)
		fputc('`', out);
	free(vis);
}

/* Block text as a quote, line by line; a line start that would open a list
 * ("- ", "+ ", "1. ") or underline a heading ("=") is escaped too. */
static void md_quote(FILE *out, const char *text)
{
	char *vis = utf8_visible(text, true);
	const char *s = vis;
	fputs("  > ", out);
	bool bol = true, digits = false;
	for (; *s; s++) {
		if (*s == '\n') {
			fputs("  \n  > ", out); /* a hard break keeps the author's lines */
			bol = true;
			digits = false;
			continue;
		}
		bool digit = *s >= '0' && *s <= '9';
		if ((bol && strchr("-+=", *s)) || (digits && strchr(".)", *s)) ||
		    strchr("\\`*_[]<>#|~!", *s))
			fputc('\\', out);
		fputc(*s, out);
		digits = digit && (bol || digits);
		bol = bol && (*s == ' ' || *s == '\t'); /* "  - x" opens a list too */
	}
	fputc('\n', out);
	free(vis);
}

/* A line "- Label: text" with the text escaped and names anonymised. */
static void md_field(FILE *out, const struct tx *t, const char *label, const char *text)
{
	char *shown = tx_anon_text(t, text);
	fprintf(out, "- %s: ", label);
	md_inline(out, shown);
	fputc('\n', out);
	free(shown);
}

static void md_case(FILE *out, const struct tx *t)
{
	if (session_case_ref(t->s))
		md_field(out, t, "Case", session_case_ref(t->s));
	if (session_question(t->s))
		md_field(out, t, "Presenter's question", session_question(t->s));
	if (session_first_ended_at(t->s)) {
		char hm[16];
		fprintf(out, "- First ended: %s, then reopened\n",
			tx_hhmm(session_first_ended_at(t->s), hm));
	}
}

static void md_header(FILE *out, const struct tx *t)
{
	const struct session *s = t->s;
	const char *version = session_flow_version(s);
	const struct strv *ids = session_deck_ids(s), *versions = session_deck_versions(s);
	char b1[16], b2[16];
	fputs("# ", out);
	md_inline(out, session_flow_title(s));
	fputs(" (", out);
	md_code(out, session_flow_id(s));
	fputs(")\n\n", out);
	fprintf(out, "- Date: %s\n", tx_date(session_started_at(s), b1));
	fprintf(out, "- Started: %s\n", tx_hhmm(session_started_at(s), b1));
	if (session_ended_at(s))
		fprintf(out, "- Ended: %s\n", tx_hhmm(session_ended_at(s), b2));
	else
		fputs("- Ended: not ended (unfinished round)\n", out);
	char *time = tx_round_time_text(t);
	fprintf(out, "- Time: %s\n", time);
	free(time);
	fputs("- Facilitator: ", out);
	md_inline(out, t->facilitator ? t->facilitator : "not named");
	if (session_attendance_changed(s)) { /* else "People and roles" says it all, as before */
		char *present = tx_present(t);
		fputs("\n- Present: ", out);
		md_inline(out, present);
		free(present);
	}
	if (session_apologies(s)->n) { /* left out when none: as transcripts before it */
		char *absent = tx_apologies(t);
		fputs("\n- Apologies: ", out);
		md_inline(out, absent);
		free(absent);
	}
	fputs("\n- Round id: ", out);
	md_code(out, session_id(s));
	if (version && *version)
		fputs("\n- Flow version: ", out), md_inline(out, version);
	fputc('\n', out);
	fputs("- Decks:", out);
	for (size_t i = 0; i < ids->n; i++) {
		fputs(i ? ", " : " ", out);
		md_inline(out, tx_deck_title(t, ids->v[i]));
		fputs(" (", out);
		md_code(out, ids->v[i]);
		if (*versions->v[i])
			fputs(" version ", out), md_inline(out, versions->v[i]);
		fputc(')', out);
	}
	fputs(ids->n ? "\n" : " none\n", out);
	md_case(out, t);
}

static void md_people(FILE *out, const struct tx *t)
{
	const struct session *s = t->s;
	fputs("\n## People and roles\n\n", out);
	for (size_t r = 0; r < session_rounds(s); r++) {
		const int *seat = session_seats(s, r);
		if (!seat)
			continue;
		fprintf(out, "- Round %zu:", r + 1);
		for (size_t p = 0; p < session_people(s)->n; p++) {
			fputs(p ? "; " : " ", out);
			md_inline(out, tx_person(t, (int)p));
			fputs(" — ", out);
			md_inline(out, tx_role_title(t, seat[p]));
		}
		fputc('\n', out);
	}
}

static void md_cards(FILE *out, const struct tx *t, size_t round, size_t phase)
{
	const struct session *s = t->s;
	bool any = false;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *x = session_dealt(s, i);
		if (x->round != round || x->phase != phase || x->put_back)
			continue;
		if (!any)
			fputs("\nCards dealt:\n\n", out);
		any = true;
		fputs("- ", out);
		fputs(x->withdrawn ? "~~" : "**", out);
		md_inline(out, tx_card_title(t, x->deck, x->card));
		fputs(x->withdrawn ? "~~" : "**", out);
		fputs(" (", out);
		md_inline(out, tx_deck_title(t, x->deck));
		fputs(") — to ", out);
		md_inline(out, tx_person(t, x->person));
		fputs(x->by_hand ? ", chosen by hand" : "", out);
		if (tx_dealt_on_arrival(t, x)) {
			char hm[16];
			fprintf(out, ", dealt on arrival at %s", tx_hhmm(x->at, hm));
		}
		if (x->withdrawn)
			fputs(x->replaced_by_hand ? " — replaced by hand" : " — redealt", out);
		fputc('\n', out);
	}
}

/* " (role)" after an author's name, when they held one ("Facilitator"
 * needs no "(facilitator)"). */
static void md_role(FILE *out, const struct tx *t, const struct entry *e)
{
	const char *role = tx_author_role(t, e);
	bool plain = e->person == SESSION_FACILITATOR && !strcmp(tx_person(t, e->person), "Facilitator");
	if (role && !plain) {
		char *inline_role = tx_role_inline(role);
		fputs(" (", out), md_inline(out, inline_role), fputc(')', out);
		free(inline_role);
	}
}

static void md_entry(FILE *out, const struct tx *t, const struct entry *e)
{
	char hm[16];
	if (e->note) {
		fputs("- **Note**", out);
		if (e->person != -1)
			fputs(" by ", out), md_inline(out, tx_person(t, e->person));
	} else {
		fputs("- **", out);
		md_inline(out, tx_person(t, e->person));
		fputs("**", out);
	}
	md_role(out, t, e);
	if (e->card) {
		fputs(", on *", out);
		md_inline(out, tx_card_title(t, e->deck, e->card));
		fputc('*', out);
	}
	fprintf(out, ", %s%s:\n", tx_hhmm(e->at, hm), e->revisions ? " (edited)" : "");
	char *text = tx_anon_text(t, e->text);
	md_quote(out, text);
	free(text);
}

static void md_phase(FILE *out, const struct tx *t, size_t round, size_t phase)
{
	const struct session *s = t->s;
	fprintf(out, "\n### %zu. ", phase + 1); /* numbered as the flow and the screens number them */
	md_inline(out, tx_phase_title(t, phase));
	char *time = tx_phase_time_text(t, round, phase);
	fputs(time, out);
	free(time);
	fputc('\n', out);
	md_cards(out, t, round, phase);
	bool any = false;
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (e->deleted || e->round != round || e->phase != phase ||
		    session_after_end(s, e->seq))
			continue;
		if (!any)
			fputs("\nReflections:\n\n", out);
		any = true;
		md_entry(out, t, e);
	}
}

/* One action's who: the person's shown name, the name typed, or a dash. */
static void md_action_who(FILE *out, const struct tx *t, const struct round_action *a)
{
	char *who = a->person >= 0 ? xstrdup(tx_person(t, a->person))
				   : a->who ? tx_anon_text(t, a->who) : xstrdup("—");
	md_inline(out, who);
	free(who);
}

static void md_action_text(FILE *out, const struct tx *t, const char *text)
{
	char *shown = tx_anon_text(t, text);
	md_inline(out, *shown ? shown : "—");
	free(shown);
}

/* The actions agreed before the end, as a table: what | who | by when. */
static void md_actions(FILE *out, const struct tx *t)
{
	bool any = false;
	for (size_t i = 0; i < session_n_actions(t->s); i++) {
		const struct round_action *a = session_action(t->s, i);
		if (a->deleted || session_after_end(t->s, a->seq))
			continue;
		if (!any)
			fputs("\n## Actions agreed\n\n| what | who | by when |\n|---|---|---|\n", out);
		any = true;
		fputs("| ", out);
		md_action_text(out, t, a->what);
		fputs(session_after_end(t->s, a->edited_seq) ? " (changed after the end)" : "", out);
		fputs(" | ", out);
		md_action_who(out, t, a);
		fputs(" | ", out);
		md_action_text(out, t, a->by);
		fputs(" |\n", out);
	}
}

/* What was written or agreed after the round first ended (it was reopened). */
static void md_after_end(FILE *out, const struct tx *t)
{
	const struct session *s = t->s;
	if (!session_first_ended_at(s))
		return;
	fputs("\n## Added after the end\n\n", out);
	bool any = false;
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (!e->deleted && session_after_end(s, e->seq))
			md_entry(out, t, e), any = true;
	}
	for (size_t i = 0; i < session_n_actions(s); i++) {
		const struct round_action *a = session_action(s, i);
		if (a->deleted || !session_after_end(s, a->seq))
			continue;
		char hm[16];
		fprintf(out, "- %s, **Action**: ", tx_hhmm(a->at, hm));
		md_action_text(out, t, a->what);
		fputs(" — ", out);
		md_action_who(out, t, a);
		fputs(", by ", out);
		md_action_text(out, t, a->by);
		fputc('\n', out);
		any = true;
	}
	if (!any)
		fputs("Nothing was added after the end.\n", out);
}

int transcript_write_md(FILE *out, const struct session *s, bool anonymise, struct diags *d)
{
	struct tx t;
	tx_init(&t, s, anonymise);
	md_header(out, &t);
	md_people(out, &t);
	for (size_t r = 0; r < session_rounds(s); r++) {
		bool header = false;
		for (size_t p = 0; p < session_n_phases(s); p++) {
			if (!tx_phase_used(&t, r, p))
				continue;
			if (!header)
				fprintf(out, "\n## Round %zu\n", r + 1);
			header = true;
			md_phase(out, &t, r, p);
		}
	}
	md_actions(out, &t);
	md_after_end(out, &t);
	tx_fini(&t);
	if (ferror(out)) {
		diags_error(d, "", 0, 0, DIAG_IO, "cannot write the transcript");
		return -1;
	}
	return 0;
}

char *transcript_md_text(const struct session *s, bool anonymise, struct diags *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = xcheck(open_memstream(&text, &len));
	int rc = transcript_write_md(f, s, anonymise, d);
	if (fclose(f) != 0 || rc != 0) {
		free(text);
		return NULL;
	}
	return text;
}
