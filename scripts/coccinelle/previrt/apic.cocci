// SPDX-License-Identifier: GPL-2.0-only
///
/// previrt: wrap the native local APIC and IO-APIC MMIO accesses in memory
/// sites (previrt_mmio_read32()/previrt_mmio_write32() of
/// asm/previrt_mem.h), so that a hypervisor can emulate or redirect them
/// without trapping each access.
///
/// Local APIC: readl() in native_apic_mem_read(); the store in
/// native_apic_mem_write() is an alternative_io() (xchg on CPUs with the
/// 11AP erratum, which only 32-bit kernels set), so the site goes in front
/// of it under IS_ENABLED(CONFIG_PREVIRT) and the alternative stays as it
/// is for CONFIG_PREVIRT=n.  IO-APIC: readl() and writel() on a field of a
/// struct io_apic in the io_apic_*() and native_io_apic_*() functions.
/// Functions are found by a regular expression on their name (the
/// function around the access, the position's current_element).  With
/// CONFIG_PREVIRT=n every macro is the C it replaces.
///
/// Modes: patch (the edits; adds #include <asm/previrt_mem.h> once per
/// touched file) and report (one line per site, positions of the
/// unmodified file: "file:line: function: operation (rule NAME) ->
/// PREVIRT_KIND_MEM_X").
///
// Confidence: High
// Copyright: (C) 2026 previrt developers
// Comments: run by scripts/harness/cocci.sh (cocci_generate, cocci_report,
//  cocci_check)
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

APIC_READ = r"^native_apic_mem_read$"
APIC_WRITE = r"^native_apic_mem_write$"
IOAPIC = r"^(native_)?io_apic_[a-z0-9_]+$"

// ---------------------------------------------------------------------------
// apic_read: readl(addr) in native_apic_mem_read() becomes
// previrt_mmio_read32(PREVIRT_KIND_MEM_APIC_READ, addr).

@m_apic_read@
expression A;
position p : script:python () { in_fn(p, APIC_READ) };
@@

readl@p(A)

@script:python k_apic_read@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("APIC_READ"))

@apic_read depends on patch@
position m_apic_read.p;
identifier k_apic_read.kind;
expression A;
@@

- readl@p(A)
+ previrt_mmio_read32(kind, A)

@script:python depends on report@
p << m_apic_read.p;
A << m_apic_read.A;
k << k_apic_read.kind;
@@
site("apic_read", p, "readl %s" % tidy(A), k)

// ---------------------------------------------------------------------------
// apic_write: native_apic_mem_write(reg, v) stores v through
// volatile u32 *addr with alternative_io(); in front of it goes
// if (IS_ENABLED(CONFIG_PREVIRT)) {
//	previrt_mmio_write32(PREVIRT_KIND_MEM_APIC_WRITE, addr, v);
//	return;
// }

@m_apic_write@
identifier fn : script:python () { re.match(APIC_WRITE, fn) is not None };
identifier reg, v, addr;
type T1, T2;
typedef u32;
expression E;
position p;
@@

fn(T1 reg, T2 v) {
  ...
  volatile u32 *addr = E;
  ...
  alternative_io@p(...);
}

@script:python k_apic_write@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("APIC_WRITE"))

@apic_write depends on patch@
position m_apic_write.p;
identifier m_apic_write.addr, m_apic_write.v;
identifier k_apic_write.kind;
@@

+ if (IS_ENABLED(CONFIG_PREVIRT)) {
+	previrt_mmio_write32(kind, addr, v);
+	return;
+ }
  alternative_io@p(...);

@script:python depends on report@
p << m_apic_write.p;
addr << m_apic_write.addr;
k << k_apic_write.kind;
@@
site("apic_write", p, "store *%s (alternative_io)" % tidy(addr), k)

// ---------------------------------------------------------------------------
// ioapic_read: readl(&io_apic->data) becomes
// previrt_mmio_read32(PREVIRT_KIND_MEM_IOAPIC_READ, &io_apic->data).

@m_ioapic_read@
struct io_apic *P;
identifier F;
position p : script:python () { in_fn(p, IOAPIC) };
@@

readl@p(&P->F)

@script:python k_ioapic_read@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("IOAPIC_READ"))

@ioapic_read depends on patch@
position m_ioapic_read.p;
identifier k_ioapic_read.kind;
expression A;
@@

- readl@p(A)
+ previrt_mmio_read32(kind, A)

@script:python depends on report@
p << m_ioapic_read.p;
P << m_ioapic_read.P;
F << m_ioapic_read.F;
k << k_ioapic_read.kind;
@@
site("ioapic_read", p, "readl &%s->%s" % (tidy(P), tidy(F)), k)

// ---------------------------------------------------------------------------
// ioapic_write: writel(v, &io_apic->index) becomes
// previrt_mmio_write32(PREVIRT_KIND_MEM_IOAPIC_WRITE, &io_apic->index, v).

@m_ioapic_write@
struct io_apic *P;
identifier F;
expression V;
position p : script:python () { in_fn(p, IOAPIC) };
@@

writel@p(V, &P->F)

@script:python k_ioapic_write@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("IOAPIC_WRITE"))

@ioapic_write depends on patch@
position m_ioapic_write.p;
identifier k_ioapic_write.kind;
expression A, V;
@@

- writel@p(V, A)
+ previrt_mmio_write32(kind, A, V)

@script:python depends on report@
p << m_ioapic_write.p;
P << m_ioapic_write.P;
F << m_ioapic_write.F;
k << k_ioapic_write.kind;
@@
site("ioapic_write", p, "writel &%s->%s" % (tidy(P), tidy(F)), k)

// ---------------------------------------------------------------------------
// The macros' header, once per touched file, before its first #include
// (spatch adds after the last #include of a file only, too late for a
// header whose inline functions use the macros).

@has_previrt_mem depends on patch@
@@

#include <asm/previrt_mem.h>

@depends on patch && !has_previrt_mem &&
	(apic_read || apic_write || ioapic_read || ioapic_write)@
@@

+#include <asm/previrt_mem.h>
#include <...>
