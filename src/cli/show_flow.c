/* Flows as text: roles, then phases with their timing, deals and prompts. */
#include "cli/show.h"

#include <stdlib.h>
#include <string.h>

#include "cli/wrap.h"
#include "core/base/xalloc.h"

static char *show_role_count(const struct role *r)
{
	const char *opt = r->optional ? ", optional" : "";
	if (r->rest)
		return xasprintf("everyone not yet placed%s", opt);
	return xasprintf("%u %s%s", r->count, r->count == 1 ? "person" : "people", opt);
}

static void show_roles(FILE *out, const struct flow *f, size_t width)
{
	fputs("\nRoles:\n", out);
	for (size_t i = 0; i < f->n_roles; i++) {
		const struct role *r = &f->roles[i];
		char *count = show_role_count(r);
		char *line = xasprintf("%s (%s): %s", r->title, r->id, count);
		wrap_print(out, line, 2, NULL, width);
		wrap_print(out, r->description, 4, NULL, width);
		free(line);
		free(count);
	}
}

/* A role id as people read it: the role's title, "everyone" or "the table". */
static const char *show_whom(const struct flow *f, const char *id)
{
	if (strcmp(id, DEAL_TO_ALL) == 0)
		return "everyone";
	if (strcmp(id, DEAL_TO_GROUP) == 0)
		return "the table";
	long r = flow_find_role(f, id);
	return r >= 0 ? f->roles[r].title : id;
}

static char *show_deal(const struct flow *f, const struct deal *d)
{
	const char *to = d->to ? d->to : DEAL_TO_GROUP;
	bool table = strcmp(to, DEAL_TO_GROUP) == 0;
	return xasprintf("%u card%s%s from %s%s%s%s to %s", d->count, d->count == 1 ? "" : "s",
			 table ? "" : " each", d->deck, d->suit ? " (suit " : "",
			 d->suit ? d->suit : "", d->suit ? ")" : "", show_whom(f, to));
}

/* "10 min, who: Presenter, capture: each" */
static char *show_phase_facts(const struct flow *f, const struct phase *p)
{
	char *time = p->minutes > 0 ? xasprintf("%g min", p->minutes) : xstrdup("untimed");
	char *s = xasprintf("%s%s%s, capture: %s", time, p->who ? ", who: " : "",
			    p->who ? show_whom(f, p->who) : "", capture_name(p->capture));
	free(time);
	return s;
}

static void show_phase(FILE *out, const struct flow *f, size_t i, size_t width)
{
	const struct phase *p = &f->phases[i];
	char *head = xasprintf("%zu. %s (%s)", i + 1, p->title, p->id);
	char *facts = show_phase_facts(f, p);
	if (i > 0)
		fputc('\n', out);
	wrap_print(out, head, 2, NULL, width);
	wrap_print(out, facts, 5, NULL, width);
	for (size_t k = 0; k < p->n_deals; k++) {
		char *deal = show_deal(f, &p->deals[k]);
		wrap_print(out, deal, 5, "Deal: ", width);
		free(deal);
	}
	wrap_print(out, p->guidance, 5, NULL, width);
	show_list(out, "Prompts", &p->prompts, 5, width);
	free(facts);
	free(head);
}

void show_flow(FILE *out, const struct doc *flow, size_t width)
{
	const struct flow *f = &flow->flow;
	char *rounds = f->rounds > 1 ? xasprintf(", %u rounds", f->rounds) : xstrdup("");
	char *summary = xasprintf("flow %s, %zu role%s, %zu phase%s%s%s%s%s%s", flow->id,
				  f->n_roles, f->n_roles == 1 ? "" : "s", f->n_phases,
				  f->n_phases == 1 ? "" : "s", rounds,
				  flow->version ? ", version " : "", flow->version ? flow->version : "",
				  flow->lang ? ", " : "", flow->lang ? flow->lang : "");
	show_head(out, flow, summary, width);
	show_roles(out, f, width);
	fputs("\nPhases:\n", out);
	for (size_t i = 0; i < f->n_phases; i++)
		show_phase(out, f, i, width);
	free(summary);
	free(rounds);
}
