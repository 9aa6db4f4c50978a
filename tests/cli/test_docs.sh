#!/bin/sh
# The docs agree with the command table, as --help prints it (cli_help.c
# writes --help from the table alone):
#  - the commands: those 'rucksack --help' lists are those rucksack(1) has an
#    entry for and the README's table has a row for, and no others;
#  - each command's usage forms ('usage: rucksack CMD ...', one a line) are,
#    word for word and in order, the forms in rucksack(1)'s SYNOPSIS, the
#    heads of its entries under COMMANDS, and the README's rows;
#  - the options: each long option a command's --help lists is in its
#    rucksack(1) entry and the other way round (another command's option
#    named in passing, as in "run --flow ID", aside), with the same
#    placeholder (--seed S);
#  - the global options of 'rucksack --help' are those of the top SYNOPSIS
#    line, the GLOBAL OPTIONS section and the README's usage line.
. "$SRCDIR/tests/cli/lib.sh"
/usr/bin/python3 - "$RUCKSACK" "$SRCDIR/man/rucksack.1" "$SRCDIR/README.md" <<'PY' || fail "docs and the command table disagree"
import re, subprocess, sys
rs, man, readme = sys.argv[1:4]
def run(*args):
    return subprocess.run([rs, *args], capture_output=True, text=True).stdout
top = run("--help")
cmds = re.findall(r"^  ([a-z]+)  ", top.split("Commands:")[1].split("\n\n")[0], re.M)
assert len(cmds) >= 10, cmds

def help_forms(c, h):
    """The usage forms of 'rucksack c --help', continuation lines joined."""
    forms = []
    for line in h.split("\n"):
        m = re.match(r"^(?:usage: |       )rucksack %s(?: (.*))?$" % c, line)
        if m:
            forms.append(m.group(1) or "")
        elif forms and re.match(r"^ {8,}\S", line) and not line.strip().startswith("-"):
            forms[-1] += " " + line.strip()
        elif forms:
            break
    return forms

def plain(s):
    s = re.sub(r"\\f[BIRP]", "", s).replace("\\-", "-")
    return re.sub(r"^\.[A-Z]{1,2} ?", "", s)

lines = open(man, encoding="utf-8").read().split("\n")
def section(name):
    sec = lines[lines.index(".SH " + name) + 1:]
    return sec[:next(i for i, l in enumerate(sec) if l.startswith(".SH "))]

# rucksack(1) SYNOPSIS: the global form, then ".B rucksack CMD FORM" lines.
syn_of, syn_global = {}, []
for l in section("SYNOPSIS"):
    m = re.match(r"^\.B rucksack ([a-z]+)(?: (.*))?$", l)
    if m:
        syn_of.setdefault(m.group(1), []).append(plain(m.group(2) or ""))
    elif not syn_of and l not in (".nh", ".br", ".B rucksack"):
        syn_global.append(re.sub(r'"', "", plain(l)).replace(" ", ""))

# rucksack(1) COMMANDS: one entry per ".TP / .B CMD FORM"; its text follows.
sec = section("COMMANDS")
man_of, head_of, cur = {}, {}, None
for i, l in enumerate(sec):
    m = re.match(r"^\.B ([a-z]+)(?: (.*))?$", l)
    if l == ".TP" or (m and i > 0 and sec[i - 1] == ".TP"):
        if m:
            cur = m.group(1)
            head_of.setdefault(cur, []).append(plain(m.group(2) or ""))
            man_of.setdefault(cur, []).append(plain(m.group(2) or ""))
        continue
    if l.startswith(".SS"):
        cur = None
    elif cur:
        man_of[cur].append(plain(l))

# README: the rows of the commands table, "| `rucksack CMD ...` | ... |".
text = open(readme, encoding="utf-8").read()
readme_of = {}
for m in re.finditer(r"^\| `rucksack ([a-z]+)(?: ([^`]*))?` \|", text, re.M):
    readme_of.setdefault(m.group(1), []).append((m.group(2) or "").replace("\\|", "|"))

bad = []
for where, got in (("rucksack(1) SYNOPSIS", syn_of), ("rucksack(1) COMMANDS", head_of),
                   ("the README", readme_of)):
    bad += [f"{c}: in {where}, not a command of --help" for c in sorted(set(got) - set(cmds))]

LONG = r"--[a-z][a-z-]*[a-z]"
META = r"(--[a-z][a-z-]*[a-z])(?:,? | \(or [^)]*\) )([A-Z][A-Z]*)\b"
for c in cmds:
    h = run(c, "--help")
    forms = help_forms(c, h)
    if not forms:
        bad.append(f"{c}: --help has no usage line")
    for where, got in (("rucksack(1) SYNOPSIS", syn_of), ("rucksack(1) COMMANDS", head_of),
                       ("the README", readme_of)):
        if got.get(c, []) != forms:
            bad.append(f"{c}: usage {forms} in --help, {got.get(c, [])} in {where}")
    m = "\n".join(man_of.get(c, []))
    # another command's option named in passing ("run --flow ID") is that command's
    others = "|".join(o for o in cmds if o != c)
    m = re.sub(r"\b(%s) +--[a-z][a-z-]*" % others, r"\1", m)
    opts = h.split("\n\n")[-1]  # the option lines close --help
    ho, mo = (set(re.findall(LONG, t)) - {"--help"} for t in (opts, m))
    bad += [f"{c}: {o} in --help, not in rucksack(1)" for o in sorted(ho - mo)]
    bad += [f"{c}: {o} in rucksack(1), not in --help" for o in sorted(mo - ho)]
    hm, mm = (dict(re.findall(META, t)) for t in (opts, m))
    bad += [f"{c}: {o} {hm[o]} in --help, {o} {mm[o]} in rucksack(1)"
            for o in sorted(set(hm) & set(mm)) if hm[o] != mm[o]]

# The global options: --help's list, its usage line, the SYNOPSIS, GLOBAL
# OPTIONS, and the README's usage line.
glob = top.split("Global options (before the command):\n")[1].split("\n\n")[0]
gh = set(re.findall(LONG, glob))
usage = top.split("\n")[0].replace("usage: ", "")
gu = set(re.findall(LONG, usage))
gs = set(re.findall(LONG, " ".join(syn_global)))
gm = set(re.findall(LONG, "\n".join(plain(l) for l in section("GLOBAL OPTIONS")
                                    if l.startswith(".B"))))
if gh != gm:
    bad.append(f"global options {sorted(gh)} in --help, {sorted(gm)} in GLOBAL OPTIONS")
if gu != gs:
    bad.append(f"global usage {sorted(gu)} in --help, {sorted(gs)} in the SYNOPSIS")
if not gu <= gh:
    bad.append(f"global usage names {sorted(gu - gh)}, not listed in --help")
if "\n    " + usage + "\n" not in text:
    bad.append(f"README: no usage line '    {usage}'")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
exit 0
