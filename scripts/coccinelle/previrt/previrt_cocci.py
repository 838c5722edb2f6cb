# SPDX-License-Identifier: GPL-2.0-only
"""Helpers shared by the semantic patches of scripts/coccinelle/previrt/.

Each rule file loads them in its @initialize:python@ block from the
directory it is in (spatch puts only the current directory on the path):

	import os
	import sys
	sys.dont_write_bytecode = True
	sys.path.insert(0, os.path.dirname(os.path.abspath(cocci.cocci_file)))
	from previrt_cocci import in_fn, mem_kind, site, tidy
"""

import re


def in_fn(p, regexp):
	"""The access at position p is in a function whose name matches
	regexp (the position's current_element)."""
	return re.match(regexp, p[0].current_element) is not None


def tidy(s):
	"""Coccinelle prints tokens space-separated: make it read like C."""
	s = re.sub(r"\s+", " ", str(s)).strip()
	s = re.sub(r"\s*(->|\.)\s*", r"\1", s)
	s = re.sub(r"([(\[])\s+", r"\1", s)
	s = re.sub(r"\s+([)\],])", r"\1", s)
	s = re.sub(r"(\w)\s+([\[(])", r"\1\2", s)
	s = re.sub(r"\)\s+\(", ")(", s)
	s = re.sub(r"(^|[(,\[] ?)([&*]) ", r"\1\2", s)
	return s


def mem_kind(name):
	"""The memory kind NAME of asm/previrt_mem_kind_list.h as the name of
	its enumerator; a rule makes it an identifier with cocci.make_ident()."""
	return "PREVIRT_KIND_MEM_" + name


def site(rule, p, op, k, where=None):
	"""One line of report mode,
	"file:line: function: operation (rule NAME) -> PREVIRT_KIND_MEM_X",
	at position p.  where: the function or macro (default: the function
	around p; a #define has none)."""
	print("%s:%s: %s: %s (rule %s) -> %s" %
	      (p[0].file, p[0].line, where or p[0].current_element, op, rule, k))


def _first_include_conditional(lines):
	"""The first #include of lines is inside an #if block other than the
	include guard (#ifndef X / #define X at the top of a header)."""
	depth, guard = 0, None
	for i, line in enumerate(lines):
		m = re.match(r"\s*#\s*(\w+)\s*(\w*)", line)
		if not m:
			continue
		d, arg = m.group(1), m.group(2)
		if d in ("if", "ifdef", "ifndef"):
			nxt = lines[i + 1] if i + 1 < len(lines) else ""
			if (guard is None and depth == 0 and d == "ifndef" and
			    re.match(r"\s*#\s*define\s+%s\b" % re.escape(arg), nxt)):
				guard = arg
			depth += 1
		elif d == "endif":
			depth -= 1
		elif d == "include":
			return depth > (1 if guard else 0)
	return False


def local_include(path, fn, regexp):
	"""An empty hook fn of the file at path gets the #include of the
	macros in front of it, not before the file's first #include: that one
	is inside an #if block (asm/paravirt.h: #ifdef CONFIG_PARAVIRT), where
	the configuration that has the empty hooks does not see it.  Only the
	first empty hook of the file (by regexp on its name) gets one."""
	with open(path) as f:
		text = f.read()
	if not _first_include_conditional(text.splitlines()):
		return False
	for m in re.finditer(r"static\s+inline\s+[\w\s*]*?\b(\w+)\s*\([^)]*\)\s*"
			     r"\{\s*(?:return\s+\w+\s*;\s*)?\}", text):
		if re.match(regexp, m.group(1)):
			return m.group(1) == str(fn)
	return False
