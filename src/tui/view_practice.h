#ifndef RUCKSACK_VIEW_PRACTICE_H
#define RUCKSACK_VIEW_PRACTICE_H
/*
 * "Practise alone", the home screen's way in: pick what to do (name the type
 * of examples, write questions for a vignette, or see your progress) and the
 * deck (tomm-questions first when it is there; d goes on to the next deck
 * that can be practised).  Each run starts with a fresh seed.
 */
#include "app.h"
#include "core/practice/practice_setup.h"

/* The practice menu. */
struct view *practice_menu_open(struct app *a);
/* The run p asks for, by its mode (`rucksack practice` opens this); NULL
 * with the reason on the key line when it cannot start. */
struct view *practice_run_open(struct app *a, const struct practice_setup *p);

#endif
