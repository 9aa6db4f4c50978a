/*
 * What the transcript formats share: names (anonymised or not), titles with
 * id fallbacks, local times, and writing a transcript file atomically.
 */
#include "core/round/transcript.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wctype.h>

#include "core/base/atomicfile.h"
#include "core/deck/catalog.h"
#include "core/round/transcript_int.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* A part of a name is replaced on its own only when capitalised, so particles
 * such as "de" or "van" do not take words out of the text. */
static bool tx_part_worth(const char *p, size_t len)
{
	return len >= 2 && !(*p >= 'a' && *p <= 'z');
}

static void tx_add_find(struct tx *t, size_t *cap, const char *text, size_t len, const char *label)
{
	xgrow((void **)&t->find, cap, t->n_find + 1, sizeof *t->find);
	t->find[t->n_find] = (struct tx_name){.text = text, .len = len, .label = label,
					      .order = t->n_find};
	t->n_find++;
}

/* The whole name, and each worthwhile space-separated part of a longer one. */
static void tx_add_name(struct tx *t, size_t *cap, const char *name, const char *label)
{
	size_t n = name ? strlen(name) : 0;
	if (n == 0)
		return;
	tx_add_find(t, cap, name, n, label);
	if (!strchr(name, ' '))
		return;
	for (const char *p = name; *p;) {
		size_t len = strcspn(p, " ");
		if (tx_part_worth(p, len))
			tx_add_find(t, cap, p, len, label);
		p += len;
		p += strspn(p, " ");
	}
}

static int tx_find_cmp(const void *a, const void *b)
{
	const struct tx_name *x = a, *y = b;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

void tx_init(struct tx *t, const struct session *s, bool anon)
{
	*t = (struct tx){.s = s, .anon = anon};
	t->names = xcalloc(s->people.n + 1, sizeof *t->names);
	for (size_t i = 0; i < s->people.n; i++)
		t->names[i] = anon ? xasprintf("P%zu", i + 1) : xstrdup(s->people.v[i]);
	t->facilitator = s->facilitator && anon ? "Facilitator" : s->facilitator;
	if (!anon)
		return;
	size_t cap = 0;
	for (size_t i = 0; i < s->people.n; i++)
		tx_add_name(t, &cap, s->people.v[i], t->names[i]);
	tx_add_name(t, &cap, s->facilitator, "Facilitator");
	/* stable: a person's own name beats the facilitator's part of the same length */
	if (t->n_find)
		qsort(t->find, t->n_find, sizeof *t->find, tx_find_cmp);
}

void tx_fini(struct tx *t)
{
	for (size_t i = 0; i < t->s->people.n; i++)
		free(t->names[i]);
	free(t->names);
	free(t->find);
}

const char *tx_person(const struct tx *t, int p)
{
	return p >= 0 && (size_t)p < t->s->people.n ? t->names[p] : "the group";
}

/*
 * Whether cp continues a word, so that a name next to it is part of a longer
 * word ("Anabel" is not "Ana").  Letters of the scripts written with spaces
 * between words do; punctuation, symbols and the scripts written without
 * spaces (CJK, Thai...) do not, so a name is found there too: better a word
 * too many replaced than a name left in.
 */
static bool tx_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '_' || (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	if (cp == 0xD7 || cp == 0xF7 || (cp >= 0x0E00 && cp <= 0x0EFF) ||
	    (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF))
		return false;
	return (cp >= 0xC0 && cp <= 0x1FFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* Whether the character ending at text+i (before) or starting there (after) is a word's. */
static bool tx_word_at(const char *text, size_t i, bool before)
{
	uint32_t cp = 0;
	if (before) {
		if (i == 0)
			return false;
		size_t p = utf8_prev(text, i);
		return utf8_decode(text + p, i - p, &cp) > 0 && tx_word_cp(cp);
	}
	return text[i] && utf8_decode(text + i, strlen(text + i), &cp) > 0 && tx_word_cp(cp);
}

/* Unicode simple case folding, as the locale's tables give it (the program
 * runs under a UTF-8 LC_CTYPE): upper then lower, so that final sigma and
 * sigma, or dotless i and I, fold alike. */
static uint32_t tx_fold(uint32_t cp)
{
	return (uint32_t)towlower(towupper((wint_t)cp));
}

/* The length in text's bytes of name f at text+i (of tlen bytes), matched
 * character by character with case folded ("ana", "ANA", "Ana"); 0 when it
 * is not there.  A byte that is not UTF-8 matches only itself. */
static size_t tx_match(const char *text, size_t tlen, size_t i, const struct tx_name *f)
{
	size_t a = i, b = 0;
	while (b < f->len) {
		uint32_t x, y;
		size_t nx = a < tlen ? utf8_decode(text + a, tlen - a, &x) : 0;
		size_t ny = utf8_decode(f->text + b, f->len - b, &y);
		if (nx && ny && (x == y || tx_fold(x) == tx_fold(y))) {
			a += nx, b += ny;
		} else if (!nx && !ny && a < tlen && text[a] == f->text[b]) {
			a++, b++;
		} else {
			return 0;
		}
	}
	return a - i;
}

/* The label of the longest name at text+i on word boundaries (its length in *len), or NULL. */
static const char *tx_name_at(const struct tx *t, const char *text, size_t tlen, size_t i,
			      size_t *len)
{
	for (size_t k = 0; k < t->n_find; k++) {
		const struct tx_name *f = &t->find[k];
		size_t m = tx_match(text, tlen, i, f);
		if (m == 0 || tx_word_at(text, i, true) || tx_word_at(text, i + m, false))
			continue;
		*len = m;
		return f->label;
	}
	return NULL;
}

char *tx_anon_text(const struct tx *t, const char *text)
{
	size_t tlen = strlen(text), cap = tlen + 16, n = 0;
	char *out = xmalloc(cap);
	for (size_t i = 0; text[i];) {
		size_t len = 1;
		const char *rep = t->n_find ? tx_name_at(t, text, tlen, i, &len) : NULL;
		size_t rl = rep ? strlen(rep) : 1;
		xgrow((void **)&out, &cap, n + rl + 1, 1);
		memcpy(out + n, rep ? rep : text + i, rl);
		n += rl;
		i += len;
	}
	out[n] = '\0';
	return out;
}

static const struct doc *tx_deck(const struct tx *t, const char *deck)
{
	return t->s->catalog && deck ? catalog_find_kind(t->s->catalog, deck, DOC_DECK) : NULL;
}

const char *tx_deck_title(const struct tx *t, const char *deck)
{
	const struct doc *dk = tx_deck(t, deck);
	return dk && dk->title ? dk->title : deck;
}

const char *tx_card_title(const struct tx *t, const char *deck, const char *card)
{
	const struct doc *dk = tx_deck(t, deck);
	long i = dk ? deck_find_card(&dk->deck, card) : -1;
	return i >= 0 && dk->deck.cards[i].title ? dk->deck.cards[i].title : card;
}

const char *tx_phase_title(const struct tx *t, size_t phase)
{
	const struct session *s = t->s;
	if (s->flow && phase < s->flow->flow.n_phases && s->flow->flow.phases[phase].title)
		return s->flow->flow.phases[phase].title;
	return phase < s->phase_ids.n ? s->phase_ids.v[phase] : "phase";
}

const char *tx_role_title(const struct tx *t, int role)
{
	const struct session *s = t->s;
	if (role < 0)
		return "not seated";
	if (s->flow && (size_t)role < s->flow->flow.n_roles && s->flow->flow.roles[role].title)
		return s->flow->flow.roles[role].title;
	return (size_t)role < s->role_ids.n ? s->role_ids.v[role] : "role";
}

static const char *tx_strftime(int64_t at_ms, const char *fmt, char *buf)
{
	time_t tt = (time_t)(at_ms / 1000);
	struct tm tm;
	localtime_r(&tt, &tm);
	strftime(buf, 16, fmt, &tm);
	return buf;
}

const char *tx_hhmm(int64_t at_ms, char *buf)
{
	return tx_strftime(at_ms, "%H:%M", buf);
}

const char *tx_date(int64_t at_ms, char *buf)
{
	return tx_strftime(at_ms, "%Y-%m-%d", buf);
}

bool tx_phase_used(const struct tx *t, size_t round, size_t phase)
{
	const struct session *s = t->s;
	if (s->entered && s->entered[round * s->n_phases + phase])
		return true;
	for (size_t i = 0; i < s->n_entries; i++)
		if (s->entries[i].round == round && s->entries[i].phase == phase && !s->entries[i].deleted)
			return true;
	return false;
}

struct tx_file {
	const struct session *s;
	enum transcript_format fmt;
	bool anonymise;
	struct diags *d;
};

static int tx_file_fn(FILE *f, void *data)
{
	const struct tx_file *t = data;
	return t->fmt == TRANSCRIPT_JSON ? transcript_write_json(f, t->s, t->anonymise, t->d)
					 : transcript_write_md(f, t->s, t->anonymise, t->d);
}

int transcript_write_file(const char *path, const struct session *s, enum transcript_format fmt,
			  bool anonymise, struct diags *d)
{
	struct tx_file t = {s, fmt, anonymise, d};
	return atomic_write_output(path, "the transcript", tx_file_fn, &t, d);
}

int transcript_save(const struct session *s, struct diags *d)
{
	char *path = session_sibling(s->journal_path, ".md");
	int rc = transcript_write_file(path, s, TRANSCRIPT_MD, false, d);
	free(path);
	return rc;
}
