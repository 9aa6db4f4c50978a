/*
 * A catalog of folders of the source tree, as the suites load the stock
 * decks and their test data: the tree is $RUCKSACK_SRCDIR, else the current
 * folder (the Makefile runs the tests from the top of the tree).
 */
#ifndef RUCKSACK_TESTS_CATALOG_FIXTURE_H
#define RUCKSACK_TESTS_CATALOG_FIXTURE_H

#include "core/deck/catalog.h"

/* Loads into c (overwritten: catalog_free it) the folders dirs names,
 * relative to the source tree, in order, up to a NULL; an error in any file
 * fails the test, naming the first problem. */
void cfx_load(struct catalog *c, const char *const *dirs);
/* cfx_load of the folders given: CFX_LOAD(&cat, "decks", "tests/data/round"). */
#define CFX_LOAD(c, ...) cfx_load((c), (const char *const[]){__VA_ARGS__, NULL})

#endif
