/*
 * The fixture the round screens' suites share (check_round_views.c,
 * check_round_keep.c, check_round_screens.c): a headless screen, a catalog
 * of the stock decks and tests/data/round, an app on it, and rounds kept in
 * the scratch folder rv_home.
 */
#ifndef RUCKSACK_TESTS_ROUND_VIEWS_H
#define RUCKSACK_TESTS_ROUND_VIEWS_H

#include <stdbool.h>

#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "tui/app.h"
#include "tui/round_int.h"

extern struct catalog rv_cat;
extern struct tui_opts rv_opts;
extern struct app rv_app;
extern char rv_home[64];
extern unsigned rv_data_lookups; /* XDG_DATA_HOME asked for: each listing of the rounds asks */
/* The window sizes each screen is drawn at (rows, columns). */
extern const int rv_sizes[3][2];

/* The environment the app sees: XDG_DATA_HOME and TMPDIR are rv_home. */
const char *rv_env(const char *name);
/* The checked fixture: the screen, the catalog, the app and rv_home made, then gone. */
void rv_setup(void);
void rv_teardown(void);
/* Fails the test unless the key line's message holds want. */
void ck_message(const char *want);
/* A Bells that Ring round for people (comma-separated), in the scratch sessions folder. */
struct session *rv_session(const char *people);
/* The phase screen on the Interview (phase 3), with reflections and notes
 * enough that its body never fits, even at 200x60; pushed and drawn. */
struct round *rv_phase_screen(const char *people);
/* Fails the test unless v drew nothing outside its area. */
void ck_within_area(const struct view *v);
/* Whether some row of the screen is exactly want. */
bool rv_has_row(const char *want);
/* Gives s to the top view as a paste. */
void rv_paste(const char *s);

#endif
