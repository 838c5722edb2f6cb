// SPDX-License-Identifier: GPL-2.0-only
///
/// previrt: give the native no-op page-table and mm hooks a hook site
/// (previrt_hook() of asm/previrt_mem.h), so that a PV hypervisor learns
/// when a page becomes or stops being a page table (it must pin it or make
/// it read-only), when an mm gets or drops its PGD, and when an mm is
/// activated, duplicated (fork) or torn down (it may pin or unpin the
/// mm's tables there).
///
/// The hooks are the empty static inline functions
/// paravirt_{alloc,release}_{pte,pmd,pud,p4d}(), paravirt_pgd_free(),
/// paravirt_activate_mm(), paravirt_arch_dup_mmap(),
/// paravirt_arch_exit_mmap() (and paravirt_enter_mmap() of later trees),
/// and __paravirt_pgd_alloc(), which returns a constant; they are found by
/// a regular expression on the name and by their empty body.  The kind
/// follows from the name (paravirt_alloc_pte: PTE_ALLOC, ...,
/// paravirt_arch_exit_mmap: MM_EXIT).  The hook gets the first two
/// arguments, or the only one and 0.  With CONFIG_PREVIRT=n previrt_hook()
/// is empty: the functions stay no-ops.  paravirt_alloc_pmd_clone()
/// (32-bit PAE only) is left alone.
///
/// Modes: patch (the edits; adds #include <asm/previrt_mem.h> once per
/// touched file) and report (one line per site, positions of the
/// unmodified file: "file:line: function: operation (rule NAME) ->
/// PREVIRT_KIND_MEM_X").
///
// Confidence: High
// Copyright: (C) 2026 previrt developers
// Comments: spatch leaves two blank lines after each rewritten one-line
//  function; scripts/harness/cocci.sh (cocci_generate) squeezes blank
//  lines that the rules added next to another blank line.  A file whose
//  first #include is conditional (asm/paravirt.h) gets the #include in
//  front of its first hook instead (previrt_cocci.local_include()).
// Options: --include-headers --no-includes
//

virtual patch
virtual report

@initialize:python@
@@
import os
import re
import sys

# The helpers shared by the rules, from previrt_cocci.py next to this file.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(cocci.cocci_file)))
from previrt_cocci import local_include, mem_kind, site

# The mm hooks' kinds by name (paravirt_enter_mmap(): Linux 6.4 and later,
# in place of paravirt_activate_mm() and paravirt_arch_dup_mmap()).
MM_HOOKS = {
	"activate_mm": "MM_ACTIVATE",
	"arch_dup_mmap": "MM_DUP",
	"arch_exit_mmap": "MM_EXIT",
	"enter_mmap": "MM_ENTER",
}

HOOK = (r"^_*paravirt_(?:(alloc|release)_(pte|pmd|pud|p4d)|(pgd)_(alloc|free)|(%s))$" %
	"|".join(MM_HOOKS))

def hook_kind(fn):
	"""PTE_ALLOC for paravirt_alloc_pte, PGD_FREE for paravirt_pgd_free,
	MM_EXIT for paravirt_arch_exit_mmap."""
	m = re.match(HOOK, str(fn))
	if m.group(1):
		return mem_kind(("%s_%s" % (m.group(2), m.group(1))).upper())
	if m.group(5):
		return mem_kind(MM_HOOKS[m.group(5)])
	return mem_kind(("%s_%s" % (m.group(3), m.group(4))).upper())

def hook_include(p):
	"""The hook at p gets the #include of the macros in front of it."""
	return local_include(p[0].file, p[0].current_element, HOOK)

// ---------------------------------------------------------------------------
// pt_hook: static inline void paravirt_alloc_pte(struct mm_struct *mm,
// unsigned long pfn) {} gets previrt_hook(PREVIRT_KIND_MEM_PTE_ALLOC,
// mm, pfn) as its body.

@m_pt_hook@
identifier fn : script:python () { re.match(HOOK, fn) is not None };
type T1, T2;
identifier a, b;
position p : script:python () { not hook_include(p) };
@@

static inline void fn@p(T1 a, T2 b) { }

@script:python k_pt_hook@
fn << m_pt_hook.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(hook_kind(fn))

@pt_hook depends on patch@
identifier m_pt_hook.fn, m_pt_hook.a, m_pt_hook.b;
type m_pt_hook.T1, m_pt_hook.T2;
position m_pt_hook.p;
identifier k_pt_hook.kind;
@@

+ static inline void fn(T1 a, T2 b)
+ {
+	previrt_hook(kind, a, b);
+ }
- static inline void fn@p(T1 a, T2 b) { }

@m_pt_hook_inc@
identifier fn : script:python () { re.match(HOOK, fn) is not None };
type T1, T2;
identifier a, b;
position p : script:python () { hook_include(p) };
@@

static inline void fn@p(T1 a, T2 b) { }

@script:python k_pt_hook_inc@
fn << m_pt_hook_inc.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(hook_kind(fn))

@pt_hook_inc depends on patch@
identifier m_pt_hook_inc.fn, m_pt_hook_inc.a, m_pt_hook_inc.b;
type m_pt_hook_inc.T1, m_pt_hook_inc.T2;
position m_pt_hook_inc.p;
identifier k_pt_hook_inc.kind;
@@

+ #include <asm/previrt_mem.h>
+
+ static inline void fn(T1 a, T2 b)
+ {
+	previrt_hook(kind, a, b);
+ }
- static inline void fn@p(T1 a, T2 b) { }

@script:python depends on report@
p << m_pt_hook.p;
a << m_pt_hook.a;
b << m_pt_hook.b;
fn << m_pt_hook.fn;
@@
site("pt_hook", p, "empty hook (%s, %s)" % (a, b), hook_kind(fn))

@script:python depends on report@
p << m_pt_hook_inc.p;
a << m_pt_hook_inc.a;
b << m_pt_hook_inc.b;
fn << m_pt_hook_inc.fn;
@@
site("pt_hook", p, "empty hook (%s, %s)" % (a, b), hook_kind(fn))

// ---------------------------------------------------------------------------
// pt_hook_1: static inline void paravirt_release_pte(unsigned long pfn) {}
// gets previrt_hook(PREVIRT_KIND_MEM_PTE_RELEASE, pfn, 0) as its body.

@m_pt_hook_1@
identifier fn : script:python () { re.match(HOOK, fn) is not None };
type T1;
identifier a;
position p : script:python () { not hook_include(p) };
@@

static inline void fn@p(T1 a) { }

@script:python k_pt_hook_1@
fn << m_pt_hook_1.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(hook_kind(fn))

@pt_hook_1 depends on patch@
identifier m_pt_hook_1.fn, m_pt_hook_1.a;
type m_pt_hook_1.T1;
position m_pt_hook_1.p;
identifier k_pt_hook_1.kind;
@@

+ static inline void fn(T1 a)
+ {
+	previrt_hook(kind, a, 0);
+ }
- static inline void fn@p(T1 a) { }

@m_pt_hook_1_inc@
identifier fn : script:python () { re.match(HOOK, fn) is not None };
type T1;
identifier a;
position p : script:python () { hook_include(p) };
@@

static inline void fn@p(T1 a) { }

@script:python k_pt_hook_1_inc@
fn << m_pt_hook_1_inc.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(hook_kind(fn))

@pt_hook_1_inc depends on patch@
identifier m_pt_hook_1_inc.fn, m_pt_hook_1_inc.a;
type m_pt_hook_1_inc.T1;
position m_pt_hook_1_inc.p;
identifier k_pt_hook_1_inc.kind;
@@

+ #include <asm/previrt_mem.h>
+
+ static inline void fn(T1 a)
+ {
+	previrt_hook(kind, a, 0);
+ }
- static inline void fn@p(T1 a) { }

@script:python depends on report@
p << m_pt_hook_1.p;
a << m_pt_hook_1.a;
fn << m_pt_hook_1.fn;
@@
site("pt_hook_1", p, "empty hook (%s)" % a, hook_kind(fn))

@script:python depends on report@
p << m_pt_hook_1_inc.p;
a << m_pt_hook_1_inc.a;
fn << m_pt_hook_1_inc.fn;
@@
site("pt_hook_1", p, "empty hook (%s)" % a, hook_kind(fn))

// ---------------------------------------------------------------------------
// pt_hook_ret: static inline int __paravirt_pgd_alloc(struct mm_struct *mm)
// { return 0; } gets previrt_hook(PREVIRT_KIND_MEM_PGD_ALLOC, mm, 0) before
// its return.

@m_pt_hook_ret@
identifier fn : script:python () { re.match(HOOK, fn) is not None };
type R, T1;
identifier a;
constant C;
position p;
@@

static inline R fn@p(T1 a) { return C; }

@script:python k_pt_hook_ret@
fn << m_pt_hook_ret.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(hook_kind(fn))

@pt_hook_ret depends on patch@
identifier m_pt_hook_ret.fn, m_pt_hook_ret.a;
type m_pt_hook_ret.R, m_pt_hook_ret.T1;
constant m_pt_hook_ret.C;
position m_pt_hook_ret.p;
identifier k_pt_hook_ret.kind;
@@

+ static inline R fn(T1 a)
+ {
+	previrt_hook(kind, a, 0);
+	return C;
+ }
- static inline R fn@p(T1 a) { return C; }

@script:python depends on report@
p << m_pt_hook_ret.p;
a << m_pt_hook_ret.a;
C << m_pt_hook_ret.C;
k << k_pt_hook_ret.kind;
@@
site("pt_hook_ret", p, "hook (%s) returning %s" % (a, C), k)

// ---------------------------------------------------------------------------
// The macros' header, once per touched file, before its first #include
// (spatch adds after the last #include of a file only, too late for a
// header whose inline functions use the macros); in front of the first
// hook instead (pt_hook_inc, pt_hook_1_inc) where that #include is
// conditional.

@has_previrt_mem depends on patch@
@@

#include <asm/previrt_mem.h>

@depends on patch && !has_previrt_mem && !pt_hook_inc && !pt_hook_1_inc &&
	(pt_hook || pt_hook_1 || pt_hook_ret)@
@@

+#include <asm/previrt_mem.h>
#include <...>
