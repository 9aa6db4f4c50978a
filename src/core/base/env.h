#ifndef RUCKSACK_ENV_H
#define RUCKSACK_ENV_H
/*
 * Environment lookup, injectable so tests need not touch the real
 * environment.  Its own header because every part of the core that finds a
 * folder (the deck search path, the private data folders) takes one.
 */
typedef const char *(*env_fn)(const char *name);

#endif
