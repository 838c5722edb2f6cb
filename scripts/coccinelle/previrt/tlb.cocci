// SPDX-License-Identifier: GPL-2.0-only
///
/// previrt: make the remote TLB flush a call site (previrt_call2() of
/// asm/previrt_mem.h), so that a hypervisor runtime can put its own
/// flush in front of the native one, as pv_ops.mmu.flush_tlb_multi lets a
/// pv-ops guest do: KVM's PV TLB flush leaves a preempted vCPU out of the
/// IPIs and has KVM flush its TLB when it runs again.
///
/// flush_tlb_multi() of arch/x86/mm/tlb.c calls __flush_tlb_multi(), which
/// is native_flush_tlb_multi() without CONFIG_PARAVIRT and pv_ops' member
/// with it.  In front of that call goes
/// if (IS_ENABLED(CONFIG_PREVIRT)) {
///	previrt_call2(PREVIRT_KIND_MEM_TLB_FLUSH_MULTI,
///		      native_flush_tlb_multi, cpumask, info);
///	return;
/// }
/// (CONFIG_PREVIRT excludes CONFIG_PARAVIRT, so the site calls what
/// __flush_tlb_multi() would); with CONFIG_PREVIRT=n nothing changes.
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
import sys

# The helpers shared by the rules, from previrt_cocci.py next to this file.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(cocci.cocci_file)))
from previrt_cocci import in_fn, mem_kind, site, tidy

FLUSH = r"^flush_tlb_multi$"

// ---------------------------------------------------------------------------
// tlb_multi: __flush_tlb_multi(M, I) in flush_tlb_multi().

@m_tlb_multi@
expression M, I;
position p : script:python () { in_fn(p, FLUSH) };
@@

__flush_tlb_multi@p(M, I);

@script:python k_tlb_multi@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("TLB_FLUSH_MULTI"))

@tlb_multi depends on patch@
position m_tlb_multi.p;
expression m_tlb_multi.M, m_tlb_multi.I;
identifier k_tlb_multi.kind;
@@

+ if (IS_ENABLED(CONFIG_PREVIRT)) {
+	previrt_call2(kind, native_flush_tlb_multi, M, I);
+	return;
+ }
  __flush_tlb_multi@p(M, I);

@script:python depends on report@
p << m_tlb_multi.p;
M << m_tlb_multi.M;
I << m_tlb_multi.I;
k << k_tlb_multi.kind;
@@
site("tlb_multi", p, "call native_flush_tlb_multi(%s, %s)" % (tidy(M), tidy(I)), k)

// ---------------------------------------------------------------------------
// The macros' header, once per touched file, before its first #include.

@has_previrt_mem depends on patch@
@@

#include <asm/previrt_mem.h>

@depends on patch && !has_previrt_mem && tlb_multi@
@@

+#include <asm/previrt_mem.h>
#include <...>
