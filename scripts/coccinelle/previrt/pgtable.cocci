// SPDX-License-Identifier: GPL-2.0-only
///
/// previrt: wrap the native page-table entry operations in memory sites
/// (asm/previrt_mem.h): stores (set and clear), exchanges (get and clear),
/// compare-and-exchange, and the construction and extraction of entry
/// values (the __pte()/pte_val() macros and friends of a kernel without
/// pv-ops), where a PV hypervisor must translate frame numbers.
///
/// Accesses are found by the type of the pointer (pte_t *, pmd_t *,
/// pud_t *, p4d_t *, pgd_t *) inside functions whose name matches a
/// regular expression (native_*, and p[mu]dp_establish(), which has no
/// native_ variant); the memory kind follows from the type or from the
/// function name.  The function is the one around the access (the
/// position's current_element): a pattern over the whole function body
/// would miss bodies with #ifdef branches, such as
/// native_ptep_get_and_clear().  A value helper that only delegates to
/// another native_ helper (the folded p4d level, the 2- and 3-level
/// layouts) gets no site of its own.  With CONFIG_PREVIRT=n every macro is
/// the C it replaces.
///
/// Modes: patch (the edits; adds #include <asm/previrt_mem.h> once per
/// touched file) and report (one line per site, positions of the
/// unmodified file: "file:line: function: operation (rule NAME) ->
/// PREVIRT_KIND_MEM_X").
///
// Confidence: High
// Copyright: (C) 2026 previrt developers
// Comments: x86-64 only: leave out pgtable-2level.h, pgtable-3level*.h and
//  pgtable_32*.h.  Run by scripts/harness/cocci.sh (cocci_generate,
//  cocci_report, cocci_check).
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
from previrt_cocci import in_fn, mem_kind, site, tidy

# The functions whose page-table accesses are the native implementations.
NATIVE = r"^(native_[a-z0-9_]+|p[mu]dp_establish)$"

PT_LEVEL = {"pte_t": "PTE", "pmd_t": "PMD", "pud_t": "PUD",
	    "p4d_t": "P4D", "pgd_t": "PGD"}

def pt_level(t):
	"""PTE for pte_t (const or not), PMD for pmd_t, ...; else None."""
	return PT_LEVEL.get(re.sub(r"\bconst\b", "", str(t)).strip())

// ---------------------------------------------------------------------------
// pt_set: an entry store, WRITE_ONCE(*ptep, pte) or *ptep = pte, becomes
// previrt_mem_write(PREVIRT_KIND_MEM_<LEVEL>_SET, ptep, pte).

@m_pt_set@
type T : script:python () { pt_level(T) is not None };
T *P;
expression V;
position p : script:python () { in_fn(p, NATIVE) };
@@

\( WRITE_ONCE@p(*P, V) \| *P@p = V \)

@script:python k_pt_set@
T << m_pt_set.T;
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind(pt_level(T) + "_SET"))

@pt_set depends on patch@
position m_pt_set.p;
identifier k_pt_set.kind;
expression P, V;
@@

(
- WRITE_ONCE@p(*P, V)
+ previrt_mem_write(kind, P, V)
|
- *P@p = V
+ previrt_mem_write(kind, P, V)
)

@script:python depends on report@
p << m_pt_set.p;
P << m_pt_set.P;
k << k_pt_set.kind;
@@
site("pt_set", p, "store *%s" % tidy(P), k)

// ---------------------------------------------------------------------------
// pt_xchg: the exchange on the value field of an entry (get and clear),
// xchg(&xp->pte, 0), becomes previrt_mem_xchg(..._XCHG, &xp->pte, 0).

@m_pt_xchg@
type T : script:python () { pt_level(T) in ("PTE", "PMD", "PUD") };
T *P;
identifier F =~ "^(pte|pmd|pud)$";
expression V;
position p : script:python () { in_fn(p, NATIVE) };
@@

xchg@p(&P->F, V)

@script:python k_pt_xchg@
T << m_pt_xchg.T;
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind(pt_level(T) + "_XCHG"))

@pt_xchg depends on patch@
position m_pt_xchg.p;
identifier k_pt_xchg.kind;
expression P, V;
identifier F;
@@

- xchg@p(&P->F, V)
+ previrt_mem_xchg(kind, &P->F, V)

@script:python depends on report@
p << m_pt_xchg.p;
P << m_pt_xchg.P;
F << m_pt_xchg.F;
k << k_pt_xchg.kind;
@@
site("pt_xchg", p, "xchg &%s->%s" % (tidy(P), tidy(F)), k)

// ---------------------------------------------------------------------------
// pt_xchg_entry: the exchange of a whole entry, return xchg(pmdp, pmd),
// becomes the exchange of its value field (the macros take 8-byte
// scalars): pmd.pmd = previrt_mem_xchg(..._XCHG, &pmdp->pmd, pmd.pmd);
// return pmd.

@m_pt_xchg_entry@
type T : script:python () { pt_level(T) in ("PTE", "PMD", "PUD") };
T *P;
identifier V;
position p : script:python () { in_fn(p, NATIVE) };
@@

return xchg@p(P, V);

@script:python k_pt_xchg_entry@
T << m_pt_xchg_entry.T;
kind;
fld;
@@
coccinelle.kind = cocci.make_ident(mem_kind(pt_level(T) + "_XCHG"))
coccinelle.fld = cocci.make_ident(pt_level(T).lower())

@pt_xchg_entry depends on patch@
position m_pt_xchg_entry.p;
identifier k_pt_xchg_entry.kind, k_pt_xchg_entry.fld;
expression P;
identifier V;
@@

- return xchg@p(P, V);
+ V.fld = previrt_mem_xchg(kind, &P->fld, V.fld);
+ return V;

@script:python depends on report@
p << m_pt_xchg_entry.p;
P << m_pt_xchg_entry.P;
k << k_pt_xchg_entry.kind;
@@
site("pt_xchg_entry", p, "xchg *%s" % tidy(P), k)

// ---------------------------------------------------------------------------
// pt_cmpxchg: cmpxchg(&ptep->pte, old, new) becomes
// previrt_mem_cmpxchg(PREVIRT_KIND_MEM_PT_CMPXCHG, &ptep->pte, old, new).
// (No x86-64 native function of Linux 6.1 has one; pgtable-3level.h has.)

@m_pt_cmpxchg@
type T : script:python () { pt_level(T) is not None };
T *P;
identifier F =~ "^(pte|pmd|pud|p4d|pgd)$";
expression O, N;
position p : script:python () { in_fn(p, NATIVE) };
@@

cmpxchg@p(&P->F, O, N)

@script:python k_pt_cmpxchg@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("PT_CMPXCHG"))

@pt_cmpxchg depends on patch@
position m_pt_cmpxchg.p;
identifier k_pt_cmpxchg.kind;
expression P, O, N;
identifier F;
@@

- cmpxchg@p(&P->F, O, N)
+ previrt_mem_cmpxchg(kind, &P->F, O, N)

@script:python depends on report@
p << m_pt_cmpxchg.p;
P << m_pt_cmpxchg.P;
F << m_pt_cmpxchg.F;
k << k_pt_cmpxchg.kind;
@@
site("pt_cmpxchg", p, "cmpxchg &%s->%s" % (tidy(P), tidy(F)), k)

// ---------------------------------------------------------------------------
// pt_make, pt_val: the definitions of __pte() and pte_val() and friends for
// a kernel without pv-ops (arch/x86/include/asm/pgtable.h),
//	#define pte_val(x)	native_pte_val(x)
//	#define __pte(x)	native_make_pte(x)
// become
//	#define pte_val(x)	previrt_val(PREVIRT_KIND_MEM_PTE_VAL, native_pte_val(x))
//	#define __pte(x)	native_make_pte(previrt_val(PREVIRT_KIND_MEM_PTE_MAKE, x))
// These macros are exactly what pv_ops.mmu.pte_val and make_pte replace
// with CONFIG_PARAVIRT_XXL: the frame number goes in or out of an entry.
// The native_ helpers themselves stay plain, as pv-ops leaves them: the
// flag helpers (pte_flags(), pte_set_flags(), ...) use them directly, and
// flags need no translation, so a flag test costs no site.

@m_pt_make@
identifier M =~ "^__(pte|pmd|pud|p4d|pgd)$";
identifier F =~ "^native_make_(pte|pmd|pud|p4d|pgd)$";
identifier x;
position p;
@@

#define M(x) F@p(x)

@script:python k_pt_make@
M << m_pt_make.M;
F << m_pt_make.F;
kind;
@@
if F == "native_make_" + M[2:]:
	coccinelle.kind = cocci.make_ident(mem_kind(M[2:].upper() + "_MAKE"))
else:
	cocci.include_match(False)

@pt_make depends on patch@
identifier m_pt_make.M, m_pt_make.F, m_pt_make.x;
identifier k_pt_make.kind;
@@

#define M(x)
- F(x)
+ F(previrt_val(kind, x))

@script:python depends on report@
p << m_pt_make.p;
M << m_pt_make.M;
F << m_pt_make.F;
k << k_pt_make.kind;
@@
site("pt_make", p, "make an entry: %s()" % F, k, M)

@m_pt_val@
identifier M =~ "^(pte|pmd|pud|p4d|pgd)_val$";
identifier F =~ "^native_(pte|pmd|pud|p4d|pgd)_val$";
identifier x;
position p;
@@

#define M(x) F@p(x)

@script:python k_pt_val@
M << m_pt_val.M;
F << m_pt_val.F;
kind;
@@
if F == "native_" + M:
	coccinelle.kind = cocci.make_ident(mem_kind(M[:-4].upper() + "_VAL"))
else:
	cocci.include_match(False)

@pt_val depends on patch@
identifier m_pt_val.M, m_pt_val.F, m_pt_val.x;
identifier k_pt_val.kind;
@@

#define M(x)
- F(x)
+ previrt_val(kind, F(x))

@script:python depends on report@
p << m_pt_val.p;
M << m_pt_val.M;
F << m_pt_val.F;
k << k_pt_val.kind;
@@
site("pt_val", p, "value of an entry: %s()" % F, k, M)

// ---------------------------------------------------------------------------
// The macros' header, once per touched file, before its first #include
// (spatch adds after the last #include of a file only, too late for a
// header whose inline functions use the macros).

@has_previrt_mem depends on patch@
@@

#include <asm/previrt_mem.h>

@depends on patch && !has_previrt_mem &&
	(pt_set || pt_xchg || pt_xchg_entry || pt_cmpxchg || pt_make || pt_val)@
@@

+#include <asm/previrt_mem.h>
#include <...>
