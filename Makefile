# rucksack — plain Makefile.  `make run` and `make check` are the two commands
# the README promises; both install missing Debian packages first.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
DATADIR    ?= $(PREFIX)/share/rucksack
# rucksack-print, which `rucksack print` runs, is no command of its own.
LIBEXECDIR ?= $(PREFIX)/libexec
MANPREFIX  ?= $(PREFIX)/share/man
PKG_CONFIG ?= pkg-config
INSTALL    ?= install
CC         ?= cc
BUILD      ?= build
VERSION    := 0.1.0

# rucksack links curses, rucksack-print Pango and Cairo; neither the other.
PKGS       := ncursesw libcjson
PRINT_PKGS := libcjson pangocairo
WARN       := -Wall -Wextra -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wformat=2 -Wwrite-strings -Wpointer-arith \
              -Wno-format-nonliteral
# Warnings stop the build only when asked (WERROR=1, as .ci/run does): a
# newer compiler's new warning must not break a user's build.
ifeq ($(WERROR),1)
WARN       += -Werror
endif
# make check builds with this many jobs (the machine's processors), unless
# make was given its own -j, whose jobs the sub-make then shares.
JOBS       ?= $(shell nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
CHECK_JOBS  = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))
CFLAGS     ?= -O2 -g
override CFLAGS += -std=c11 $(WARN)
override CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
              -DRUCKSACK_VERSION='"$(VERSION)"' \
              -DRUCKSACK_DATADIR='"$(DATADIR)/decks"' \
              -DRUCKSACK_LIBEXECDIR='"$(LIBEXECDIR)/rucksack"' \
              -DRUCKSACK_SOURCE_TREE='"$(CURDIR)"' -Isrc

PC_CJSON_CFLAGS := $(shell $(PKG_CONFIG) --cflags libcjson 2>/dev/null)
# ncursesw's pkg-config flags carry their own -D_XOPEN_SOURCE=600, which would
# clash with ours; keep the include paths and ask for the wide API explicitly.
PC_CURSES_CFLAGS := $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)) \
              -D_XOPEN_SOURCE_EXTENDED
# Pango and Cairo for src/print alone; -isystem so their headers' own
# warnings are not ours.
PC_PRINT_CFLAGS := $(patsubst -I%,-isystem %,$(shell $(PKG_CONFIG) --cflags pangocairo 2>/dev/null))
PC_LIBS    := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
PC_PRINT_LIBS := $(shell $(PKG_CONFIG) --libs $(PRINT_PKGS) 2>/dev/null)
PC_ALL_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) $(PRINT_PKGS) 2>/dev/null)
PC_CHECK_CFLAGS := $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
PC_CHECK_LIBS := $(shell $(PKG_CONFIG) --libs check 2>/dev/null)

CORE_SRC   := $(sort $(wildcard src/core/*/*.c))
TUI_SRC    := $(sort $(wildcard src/tui/*.c))
PRINT_SRC  := $(sort $(wildcard src/print/*.c))
# `rucksack print` is cmd_print_run: in rucksack, running rucksack-print
# (cmd_print_exec.c); in rucksack-print and the unit tests, drawing
# (cmd_print.c, the one cli file that may include print/: tests/layering.sh).
PRINT_CLI_SRC := src/cli/cmd_print.c
EXEC_CLI_SRC := src/cli/cmd_print_exec.c
CLI_SRC    := $(filter-out $(PRINT_CLI_SRC) $(EXEC_CLI_SRC),$(sort $(wildcard src/cli/*.c)))
# What of the cli rucksack-print needs: the dispatcher, print's entry and
# what print uses (its main gives the table and the no-command entry).
PRINT_BIN_CLI_SRC := src/cli/cli.c src/cli/cli_args.c src/cli/cli_help.c \
              src/cli/cmd_print_entry.c src/cli/cmd_output.c src/cli/cmd_session_find.c \
              $(PRINT_CLI_SRC)
UNIT_SRC   := $(sort $(wildcard tests/unit/*/check_*.c))
# Helpers the suites share (a headless screen, fixtures): linked in, not suites.
UNIT_SUPPORT_SRC := $(sort $(wildcard tests/unit/support/*.c))

CORE_OBJ   := $(CORE_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ    := $(TUI_SRC:%.c=$(BUILD)/%.o)
PRINT_OBJ  := $(PRINT_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ    := $(CLI_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ   := $(BUILD)/src/main.o
PRINT_MAIN_OBJ := $(BUILD)/src/print_main.o
PRINT_CLI_OBJ := $(PRINT_CLI_SRC:%.c=$(BUILD)/%.o)
EXEC_CLI_OBJ := $(EXEC_CLI_SRC:%.c=$(BUILD)/%.o)
PRINT_BIN_OBJ := $(CORE_OBJ) $(PRINT_OBJ) $(PRINT_BIN_CLI_SRC:%.c=$(BUILD)/%.o) $(PRINT_MAIN_OBJ)
UNIT_OBJ   := $(UNIT_SRC:%.c=$(BUILD)/%.o) $(UNIT_SUPPORT_SRC:%.c=$(BUILD)/%.o) \
              $(BUILD)/tests/unit/runner.o
APP_OBJ    := $(CORE_OBJ) $(TUI_OBJ) $(CLI_OBJ)

BIN        := $(BUILD)/rucksack
PRINT_BIN  := $(BUILD)/rucksack-print
UNIT_BIN   := $(BUILD)/unit-tests

ifeq ($(V),1)
Q :=
else
Q := @
endif

.PHONY: FORCE all deps deps-test run check check-build check-unit check-asan asan-build \
        check-cli check-print check-e2e check-decks check-man check-layering check-headers \
        check-comments valgrind bench fuzz install uninstall clean

all: $(BIN) $(PRINT_BIN)

# --- dependencies ---------------------------------------------------------
# Installs what is missing on Debian; elsewhere says what to install.
deps:
	$(Q)sh tests/deps.sh build

deps-test:
	$(Q)sh tests/deps.sh test

# --- compile -------------------------------------------------------------
# Objects depend on the flags they were built with (the data folder comes
# from PREFIX), so `make install PREFIX=/opt` after a plain `make` rebuilds
# instead of installing a binary that looks for decks under /usr/local.
FLAGS_FILE := $(BUILD)/flags
FLAGS_TEXT := $(subst ','\'',$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS))
$(FLAGS_FILE): FORCE
	@mkdir -p $(@D)
	@printf '%s\n' '$(FLAGS_TEXT)' | cmp -s - $@ || printf '%s\n' '$(FLAGS_TEXT)' > $@
FORCE:

# The core is compiled without the curses flags: it must not need them.
$(BUILD)/src/core/%.o: src/core/%.c $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(PC_CJSON_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# The print layer: the core's flags and Pango's, never curses.
$(BUILD)/src/print/%.o: src/print/%.c $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(PC_CJSON_CFLAGS) $(PC_PRINT_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.c $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(PC_CURSES_CFLAGS) $(PC_CJSON_CFLAGS) $(PC_CHECK_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BIN): $(APP_OBJ) $(EXEC_CLI_OBJ) $(MAIN_OBJ)
	$(if $(Q),@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PC_LIBS) -lm

$(PRINT_BIN): $(PRINT_BIN_OBJ)
	$(if $(Q),@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PC_PRINT_LIBS) -lm

# Each tests/unit/PART/check_NAME.c defines Suite *NAME_suite(void); the runner
# learns the list from this generated file, so adding a suite is adding a file.
# Like $(FLAGS_FILE), it is compared on every run and rewritten only when the
# list changed, so deleting a suite drops it too (no stale list, no link error).
SUITES_TEXT := $(foreach f,$(UNIT_SRC),'SUITE($(patsubst check_%.c,%,$(notdir $(f))))')
$(BUILD)/tests/unit/suites.inc: FORCE
	@mkdir -p $(@D)
	@printf '%s\n' $(SUITES_TEXT) | cmp -s - $@ || printf '%s\n' $(SUITES_TEXT) > $@

$(BUILD)/tests/unit/runner.o: tests/unit/runner.c $(BUILD)/tests/unit/suites.inc $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) -I$(BUILD)/tests/unit $(PC_CHECK_CFLAGS) $(CFLAGS) -c -o $@ $<

$(UNIT_BIN): $(UNIT_OBJ) $(APP_OBJ) $(PRINT_OBJ) $(PRINT_CLI_OBJ)
	$(if $(Q),@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PC_ALL_LIBS) $(PC_CHECK_LIBS) -lm

# Every header compiles on its own (it includes what it uses), the core's
# without the curses flags like the core's sources.  One stamp per header,
# so a rerun checks only what changed.
HDR_SRC    := $(sort $(wildcard src/*/*.h src/core/*/*.h))
HDR_OK     := $(HDR_SRC:%.h=$(BUILD)/headers/%.ok)
HDR_CHECK   = printf '\#include "%s"\n' $< | $(CC) $(CPPFLAGS) $(1) $(CFLAGS) \
              -fsyntax-only -MMD -MF $(@:.ok=.d) -MT $@ -x c - \
              || { echo "check-headers: $< does not compile on its own" >&2; exit 1; }

$(BUILD)/headers/src/core/%.ok: src/core/%.h $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(Q)$(call HDR_CHECK,$(PC_CJSON_CFLAGS))
	@touch $@

$(BUILD)/headers/src/print/%.ok: src/print/%.h $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(Q)$(call HDR_CHECK,$(PC_CJSON_CFLAGS) $(PC_PRINT_CFLAGS))
	@touch $@

$(BUILD)/headers/%.ok: %.h $(FLAGS_FILE)
	@mkdir -p $(@D)
	$(Q)$(call HDR_CHECK,$(PC_CURSES_CFLAGS) $(PC_CJSON_CFLAGS))
	@touch $@

-include $(APP_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(PRINT_BIN_OBJ:.o=.d) $(EXEC_CLI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(HDR_OK:.ok=.d)

# --- the README's two commands ------------------------------------------
# The program finds this tree's decks itself (searchpath_datadir), behind
# the user's own, as an installed copy finds its stock decks.
run: deps
	$(Q)$(MAKE) --no-print-directory $(BIN) $(PRINT_BIN)
	$(BIN)

# First everything the groups need is built at once, JOBS in parallel (the
# program, the unit tests, the same under the sanitizers, the headers), so
# the tmux tests never share the machine with the compiler.  Then the groups
# run, JOBS at a time too: the sanitizer run, the longest and all CPU, first,
# beside the others, which mostly wait on the program; each group's output
# is printed whole when it ends (--output-sync).  -k: every group runs and
# reports, even after one has failed.  deps-test alone: tests/deps.sh test
# covers the build packages too, and two apt-get runs at once would fail on
# the dpkg lock.
CHECK_GROUPS := check-asan check-layering check-headers check-comments check-unit \
                check-cli check-print check-decks check-man check-e2e
check: deps-test
	$(Q)$(MAKE) -k $(CHECK_JOBS) --output-sync=target --no-print-directory check-build
	$(Q)$(MAKE) -k $(CHECK_JOBS) --output-sync=target --no-print-directory $(CHECK_GROUPS)
	@echo "make check: all test groups passed"

check-build: $(BIN) $(PRINT_BIN) $(UNIT_BIN) $(HDR_OK) asan-build

# The check itself, then its self-test on fake trees (it must refuse a back-edge).
check-layering:
	$(Q)sh tests/layering.sh
	$(Q)sh tests/layering_test.sh

check-comments:
	$(Q)sh tests/comment_files.sh

check-headers: $(HDR_OK)
	@echo "check-headers: $(words $(HDR_OK)) headers compile on their own"

# The unit tests link the objects, not the binary, so they do not wait for it.
# Check's per-test timeout is a guard against a hang, not a measure of speed:
# the headless screen tests press every key on every screen, which a shared,
# loaded machine (and ASan's slowdown) can stretch past Check's 4 s default.
CK_ENV := CK_DEFAULT_TIMEOUT=$${CK_DEFAULT_TIMEOUT:-60}
# The suites run as this many processes at once (tests/unit/shards.sh).
UNIT_SHARDS ?= 2

check-unit: $(UNIT_BIN)
	$(Q)RUCKSACK_SRCDIR=$(CURDIR) $(CK_ENV) sh tests/unit/shards.sh $(UNIT_SHARDS) $(UNIT_BIN)

# The same unit tests under AddressSanitizer and UndefinedBehaviorSanitizer,
# built in their own folder (by a sub-make that shares this one's jobs).
asan-build:
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" $(BUILD)/asan/unit-tests

check-asan: asan-build
	$(Q)RUCKSACK_SRCDIR=$(CURDIR) $(CK_ENV) CK_TIMEOUT_MULTIPLIER=$${CK_TIMEOUT_MULTIPLIER:-3} \
	    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    sh tests/unit/shards.sh $(UNIT_SHARDS) $(BUILD)/asan/unit-tests

check-cli: $(BIN) $(PRINT_BIN)
	$(Q)RUCKSACK=$(CURDIR)/$(BIN) sh tests/cli/run.sh

# rucksack print's PDFs read back with poppler (pdfinfo, pdftotext,
# pdftoppm against reference pictures), fonts fixed by tests/print/fonts.conf.in.
check-print: $(BIN) $(PRINT_BIN)
	$(Q)RUCKSACK=$(CURDIR)/$(BIN) sh tests/print/run.sh

check-e2e: $(BIN) $(PRINT_BIN)
	$(Q)RUCKSACK=$(CURDIR)/$(BIN) sh tests/e2e/run.sh

check-decks: $(BIN) $(PRINT_BIN)
	$(Q)RUCKSACK=$(CURDIR)/$(BIN) sh tests/decks/run.sh

check-man:
	$(Q)sh tests/man.sh

valgrind: $(UNIT_BIN)
	$(Q)RUCKSACK_SRCDIR=$(CURDIR) CK_FORK=no valgrind --error-exitcode=1 \
	    --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    --child-silent-after-fork=yes $(UNIT_BIN)

bench: $(BIN)
	$(Q)RUCKSACK=$(CURDIR)/$(BIN) BUILD=$(BUILD) CC="$(CC)" sh tests/bench/run.sh

# libFuzzer on the loader (clang); FUZZ_SECONDS=600 by default.
fuzz:
	$(Q)sh tests/deps.sh fuzz
	$(Q)BUILD=$(BUILD) WARN='$(WARN)' sh tests/fuzz/run.sh

# --- install -------------------------------------------------------------
install: $(BIN) $(PRINT_BIN)
	$(INSTALL) -m 0755 -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBEXECDIR)/rucksack \
	    $(DESTDIR)$(DATADIR)/decks \
	    $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	$(INSTALL) -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/rucksack
	$(INSTALL) -m 0755 $(PRINT_BIN) $(DESTDIR)$(LIBEXECDIR)/rucksack/rucksack-print
	$(INSTALL) -m 0644 decks/*.json $(DESTDIR)$(DATADIR)/decks
	$(INSTALL) -m 0644 man/rucksack.1 $(DESTDIR)$(MANPREFIX)/man1
	$(INSTALL) -m 0644 man/rucksack-deck.5 $(DESTDIR)$(MANPREFIX)/man5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rucksack $(DESTDIR)$(MANPREFIX)/man1/rucksack.1 \
	    $(DESTDIR)$(MANPREFIX)/man5/rucksack-deck.5
	rm -f $(addprefix $(DESTDIR)$(DATADIR)/decks/,$(notdir $(wildcard decks/*.json)))
	rm -f $(DESTDIR)$(LIBEXECDIR)/rucksack/rucksack-print
	-rmdir $(DESTDIR)$(DATADIR)/decks $(DESTDIR)$(DATADIR) $(DESTDIR)$(LIBEXECDIR)/rucksack

clean:
	rm -rf $(BUILD)
