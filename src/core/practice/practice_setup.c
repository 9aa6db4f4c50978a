#include "core/practice/practice_setup.h"

#include "core/practice/practice_flow.h"
#include "core/practice/practice_items.h"

/* Whether Name it can drill doc's deck (suit alone when not NULL); why not in d. */
static int name_check(const struct doc *doc, const char *suit, struct diags *d)
{
	struct practice_items items;
	int rc = practice_items_build(&items, &doc->deck, doc->path, suit, d);
	practice_items_free(&items);
	return rc;
}

int practice_setup_check(const struct catalog *cat, const struct practice_setup *setup,
			 struct diags *d)
{
	if (setup->mode == PRACTICE_MODE_WRITE) {
		struct practice_steps steps;
		int rc = practice_steps_choose(cat, setup, &steps, d);
		if (rc == 0)
			practice_steps_free(&steps);
		return rc;
	}
	const struct doc *doc = catalog_find(cat, setup->deck);
	if (!doc || doc->kind != DOC_DECK) {
		diags_error(d, setup->deck, 0, 0, DIAG_REFERENCE, "%s",
			    doc ? "this is a flow, not a deck" : "no such deck; see 'rucksack list'");
		return -1;
	}
	return name_check(doc, setup->suit, d);
}

bool practice_deck_usable(const struct doc *doc)
{
	if (doc->kind != DOC_DECK)
		return false;
	struct diags quiet = {0};
	int rc = name_check(doc, NULL, &quiet);
	diags_free(&quiet);
	return rc == 0;
}
