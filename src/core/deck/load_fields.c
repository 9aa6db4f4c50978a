/*
 * Typed readers for the fields of the format, driven by lfield tables, and
 * the helpers that give their problems a place and a JSON path.
 */
#include <float.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/deck/item_name.h"
#include "core/deck/load.h"
#include "core/deck/load_int.h"
#include "core/base/nearest.h"
#include "core/base/strv.h"
#include "core/base/utf8_spoof.h"

const struct jpos *lc_at(const struct lctx *c, const cJSON *node)
{
	return &c->pos->v[posmap_get(&c->map, node, false)];
}

const struct jpos *lc_key_at(const struct lctx *c, const cJSON *node)
{
	return &c->pos->v[posmap_get(&c->map, node, true)];
}

struct pos lc_pos(const struct lctx *c, const cJSON *node)
{
	const struct jpos *p = lc_at(c, node);
	return (struct pos){ (int)p->line, (int)p->col };
}

/* Appends to buf (holding k bytes, room n) as snprintf does; the new length. */
static size_t lpath_put(char *buf, size_t n, size_t k, const char *fmt, const char *s)
{
	int w;

	if (k >= n - 1)
		return k;
	w = snprintf(buf + k, n - k, fmt, s);
	return w < 0 ? k : k + (size_t)w >= n ? n - 1 : k + (size_t)w;
}

/*
 * Spells out a path as a champion reads the file: an item of a list by its
 * name (card "a", the 3rd deal), which stands for the list's key too, then
 * ", " and its fields joined by dots: card "a", examples.also.  Returns the
 * length written (cut at n - 1).
 */
static size_t lpath_format(char *buf, size_t n, const struct lpath *p)
{
	const struct lpath *list = p->key || !p->up || p->up->key == NULL ? NULL : p->up;
	const struct lpath *before = list ? list->up : p->up;
	size_t k = before ? lpath_format(buf, n, before) : 0;
	char item[LREP_QUOTE_SIZE + 32];

	if (k > 0)
		k = lpath_put(buf, n, k, "%s", before->key ? "." : ", ");
	if (p->key)
		return lpath_put(buf, n, k, "%s", p->key);
	item_name(item, sizeof item, list ? list->key : NULL, p->index, p->name);
	return lpath_put(buf, n, k, "%s", item);
}

const char *lc_id_of(const cJSON *node)
{
	const cJSON *id = cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, "id") : NULL;
	return cJSON_IsString(id) ? id->valuestring : NULL;
}

static void lc_vadd(struct lctx *c, const struct jpos *p, enum diag_severity sev,
		    enum diag_kind kind, const struct lpath *path, const char *fmt, va_list ap)
{
	char msg[400], where[160] = "";

	vsnprintf(msg, sizeof msg, fmt, ap);
	if (path)
		lpath_format(where, sizeof where, path);
	lrep_add(c->rep, (int)p->line, (int)p->col, sev, kind, "%s%s%s", where,
		 *where ? ": " : "", msg);
}

void lc_error(struct lctx *c, const struct jpos *p, enum diag_kind kind,
	      const struct lpath *path, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	lc_vadd(c, p, DIAG_ERROR, kind, path, fmt, ap);
	va_end(ap);
}

void lc_warn(struct lctx *c, const struct jpos *p, enum diag_kind kind,
	     const struct lpath *path, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	lc_vadd(c, p, DIAG_WARNING, kind, path, fmt, ap);
	va_end(ap);
}

static const char *type_name(const cJSON *node)
{
	if (cJSON_IsString(node))
		return "a string";
	if (cJSON_IsNumber(node))
		return "a number";
	if (cJSON_IsBool(node))
		return "a boolean";
	if (cJSON_IsNull(node))
		return "null";
	if (cJSON_IsArray(node))
		return "an array";
	return "an object";
}

void lf_type_error(struct lctx *c, const cJSON *node, const struct lpath *path, const char *expected)
{
	lc_error(c, lc_at(c, node), DIAG_SCHEMA, path, "expected %s, found %s", expected,
		 type_name(node));
}

/*
 * cJSON allocates with malloc unless cJSON_InitHooks says otherwise, which
 * this program never calls, so a string can change hands without a copy: the
 * node forgets it and cJSON_Delete skips it.
 */
char *lf_take_string(cJSON *node)
{
	char *s = node->valuestring;
	node->valuestring = NULL;
	return s;
}

bool lf_array(struct lctx *c, const cJSON *node, const struct lpath *path, bool nonempty)
{
	if (!cJSON_IsArray(node)) {
		lf_type_error(c, node, path, "an array");
		return false;
	}
	if (nonempty && !node->child) {
		lc_error(c, lc_at(c, node), DIAG_SCHEMA, path, "must hold at least one item");
		return false;
	}
	return true;
}

bool lf_posint(struct lctx *c, const cJSON *node, const struct lpath *path, unsigned *out)
{
	const struct jpos *p = lc_at(c, node);
	double v = node->valuedouble;

	if (!cJSON_IsNumber(node)) {
		lf_type_error(c, node, path, "a positive integer");
		return false;
	}
	/* Mathematically whole, as JSON Schema counts integers: 3.0 and 3e0 are 3. */
	if (!(v >= 1 && v <= (double)UINT_MAX && (double)(unsigned)v == v)) {
		const char *t = c->text + p->off;
		int n = (int)strspn(t, "0123456789+-.eE");
		if (v > UINT_MAX)
			lc_error(c, p, DIAG_SCHEMA, path, "%.*s is too large (at most %u)",
				 n > 32 ? 32 : n, t, UINT_MAX);
		else
			lc_error(c, p, DIAG_SCHEMA, path, "expected a positive integer, found %.*s",
				 n > 32 ? 32 : n, t);
		return false;
	}
	*out = (unsigned)v;
	return true;
}

bool lf_count(struct lctx *c, const cJSON *node, const struct lpath *path, unsigned *out)
{
	unsigned v;

	if (!lf_posint(c, node, path, &v))
		return false;
	if (v > LOAD_MAX_COUNT) {
		lc_error(c, lc_at(c, node), DIAG_LIMIT, path, "%u is more than a round can use "
			 "(at most %u)", v, LOAD_MAX_COUNT);
		return false;
	}
	*out = v;
	return true;
}

static bool lang_valid(const char *s)
{
	size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
	if (n < 2 || n > 8)
		return false;
	for (s += n; *s; s += n) {
		if (*s++ != '-')
			return false;
		n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
		if (n < 1 || n > 8)
			return false;
	}
	return true;
}

/* Direction overrides and invisible characters (utf8_spoof.h): refused in an
 * id, where two that look alike must be the same id, and warned of in text,
 * which they can make read otherwise than it is.  False after an error. */
static bool check_spoof(struct lctx *c, const cJSON *node, const struct lpath *path,
			enum lf_type t)
{
	/* The strict check saw every character: most strings hold none of
	 * them, and lint would otherwise scan each string again. */
	if (!(lc_at(c, node)->flags & JPOS_SPOOF))
		return true;
	const char *s = node->valuestring;
	size_t len = strlen(s);
	uint32_t cp = 0;
	bool text = t == LF_TEXT || t == LF_LINE;
	size_t at = utf8_spoof_find(s, len, text, &cp);
	if (at == len)
		return true;
	struct jpos p = *lc_at(c, node);
	p.col = json_strict_cp_col(c->text, &p, utf8_count_cps(s, at));
	if (!text) {
		lc_error(c, &p, DIAG_ENCODING, path, "U+%04X %s in an id (an id is 1 to 64 of "
			 "a-z, 0-9 and '-'; this character would make ids that look alike)",
			 (unsigned)cp, utf8_spoof_name(cp));
		return false;
	}
	lc_warn(c, &p, DIAG_ENCODING, path, "U+%04X %s: invisible, it can make the text read "
		"otherwise than it is (list and show print it as <U+%04X>)", (unsigned)cp,
		utf8_spoof_name(cp), (unsigned)cp);
	return true;
}

/* Checks a string's content for its type; false after reporting a problem. */
static bool check_string(struct lctx *c, const cJSON *node, const struct lpath *path, enum lf_type t)
{
	const struct jpos *p = lc_at(c, node);
	char q[LREP_QUOTE_SIZE];

	if (!cJSON_IsString(node)) {
		lf_type_error(c, node, path, t == LF_SLUG ? "a string (an id)" : "a string");
		return false;
	}
	if (!check_spoof(c, node, path, t))
		return false;
	if (t == LF_SLUG && !slug_valid(node->valuestring)) {
		lc_error(c, p, DIAG_SCHEMA, path,
			 "%s is not a valid id (1 to 64 of a-z, 0-9 and '-', not starting with '-')",
			 lrep_quote(q, node->valuestring));
		return false;
	}
	if (t == LF_LANG && !lang_valid(node->valuestring)) {
		lc_error(c, p, DIAG_SCHEMA, path, "%s is not a language tag such as \"en-GB\"",
			 lrep_quote(q, node->valuestring));
		return false;
	}
	if (t != LF_TEXT && (p->flags & JPOS_NLTAB)) {
		struct jpos at = *p;
		at.col = json_strict_nltab_col(c->text, p);
		lc_error(c, &at, DIAG_ENCODING, path, "line break or tab in a one-line field (\\n "
			 "and \\t belong in description, body, guidance, prompts and examples only)");
		return false;
	}
	return true;
}

bool lf_string(struct lctx *c, const cJSON *node, const struct lpath *path, enum lf_type t)
{
	return check_string(c, node, path, t);
}

static void read_strings(struct lctx *c, cJSON *node, const struct lpath *path, enum lf_type t,
			 struct strv *out)
{
	size_t i = 0;

	if (!lf_array(c, node, path, false))
		return;
	for (cJSON *it = node->child; it; it = it->next, i++)
		if (check_string(c, it, LP_INDEX(path, i), t))
			strv_push_owned(out, lf_take_string(it));
}

static void read_field(struct lctx *c, cJSON *node, const struct lpath *path, const struct lfield *f,
		       char *target)
{
	void *at = target + f->offset;

	switch (f->type) {
	case LF_SLUG: case LF_LINE: case LF_TEXT: case LF_LANG:
		if (check_string(c, node, path, f->type))
			*(char **)at = lf_take_string(node);
		break;
	case LF_TEXTS: case LF_LINES: case LF_SLUGS:
		read_strings(c, node, path,
			     f->type == LF_TEXTS ? LF_TEXT : f->type == LF_LINES ? LF_LINE : LF_SLUG,
			     at);
		break;
	case LF_POSINT:
		lf_posint(c, node, path, at);
		break;
	case LF_COUNT:
		lf_count(c, node, path, at);
		break;
	case LF_MINUTES:
		if (!cJSON_IsNumber(node))
			lf_type_error(c, node, path, "a number of minutes");
		else if (!(node->valuedouble >= 0 && node->valuedouble <= DBL_MAX))
			lc_error(c, lc_at(c, node), DIAG_SCHEMA, path,
				 "minutes must be a finite number, 0 or more");
		else if (node->valuedouble > LOAD_MAX_MINUTES)
			lc_error(c, lc_at(c, node), DIAG_LIMIT, path,
				 "a phase of more than a day (%g minutes; at most %g)",
				 node->valuedouble, LOAD_MAX_MINUTES);
		else
			*(double *)at = node->valuedouble + 0.0; /* + 0.0 turns -0 into 0 */
		break;
	case LF_BOOL:
		if (!cJSON_IsBool(node))
			lf_type_error(c, node, path, "true or false");
		else
			*(bool *)at = cJSON_IsTrue(node);
		break;
	case LF_STRING:
		check_string(c, node, path, LF_LINE);
		break;
	case LF_CUSTOM: case LF_ELSEWHERE:
		break;
	}
}

size_t lf_index(const struct lfield *f, const char *key)
{
	size_t i = 0;
	while (f[i].key && (f[i].key[0] != key[0] || strcmp(f[i].key, key) != 0))
		i++;
	return i;
}

/* "; did you mean ...?" for an unknown key, when a field here is close to it. */
static const char *near_field(const struct lfield *f, const char *key, char *buf, size_t size)
{
	struct nearest n;

	nearest_init(&n, key);
	for (size_t i = 0; f[i].key; i++)
		nearest_offer(&n, f[i].key);
	if (!n.best)
		buf[0] = '\0';
	else
		nearest_hint(&n, "", buf, size);
	return buf;
}

/* One member of an object: extension, unknown, duplicate or a field to read. */
static void lf_member(struct lctx *c, cJSON *m, const struct lpath *path, const struct lfield *f,
		      void *target, cJSON *found[])
{
	char q[LREP_QUOTE_SIZE], hint[96];
	size_t i;

	if (m->string[0] == 'x' && m->string[1] == '-')
		return;
	i = lf_index(f, m->string);
	if (!f[i].key) {
		lc_warn(c, lc_key_at(c, m), DIAG_SCHEMA, path, "unknown field %s%s",
			lrep_quote(q, m->string), near_field(f, m->string, hint, sizeof hint));
	} else if (found[i]) {
		const struct jpos *first = lc_key_at(c, found[i]);
		lc_error(c, lc_key_at(c, m), DIAG_SCHEMA, path, "duplicate key %s (first at %u:%u)",
			 lrep_quote(q, m->string), (unsigned)first->line, (unsigned)first->col);
	} else if (f[i].type == LF_ELSEWHERE) {
		found[i] = m;
		lc_warn(c, lc_key_at(c, m), DIAG_SCHEMA, path, "field %s belongs in a %s, not here",
			lrep_quote(q, m->string), doc_kind_name((enum doc_kind)f[i].offset));
	} else {
		found[i] = m;
		read_field(c, m, LP_KEY(path, m->string), &f[i], target);
	}
}

bool lf_object(struct lctx *c, cJSON *obj, const struct lpath *path, const struct lfield *f,
	       void *target, cJSON *found[LF_MAX_FIELDS])
{
	size_t nf = lf_index(f, "");

	for (size_t i = 0; i < nf; i++)
		found[i] = NULL;
	if (!cJSON_IsObject(obj)) {
		lf_type_error(c, obj, path, "an object");
		return false;
	}
	for (cJSON *m = obj->child; m; m = m->next)
		lf_member(c, m, path, f, target, found);
	for (size_t i = 0; i < nf; i++)
		if (f[i].required && !found[i])
			lc_error(c, lc_at(c, obj), DIAG_SCHEMA, path, "missing field \"%s\"",
				 f[i].key);
	return true;
}

size_t lc_array_len(const cJSON *a)
{
	size_t n = 0;
	for (const cJSON *it = a->child; it; it = it->next)
		n++;
	return n;
}
