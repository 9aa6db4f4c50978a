#include "practice_setup.h"

#include "practice_deal.h"
#include "practice_flow.h"
#include "practice_items.h"

static int check_doc(const struct catalog *cat, const struct doc *doc, enum practice_mode mode,
		     const char *suit, struct diags *d)
{
	if (mode == PRACTICE_MODE_WRITE)
		return practice_write_check(doc, suit,
					    catalog_find_kind(cat, PRACTICE_VIGNETTE_DECK, DOC_DECK),
					    NULL, PRACTICE_VIGNETTE_DECK, d);
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
	return check_doc(cat, doc, setup->mode, setup->suit, d);
}

bool practice_deck_usable(const struct catalog *cat, const struct doc *doc,
			  enum practice_mode mode)
{
	if (doc->kind != DOC_DECK)
		return false;
	struct diags quiet = {0};
	int rc = check_doc(cat, doc, mode, NULL, &quiet);
	diags_free(&quiet);
	return rc == 0;
}
