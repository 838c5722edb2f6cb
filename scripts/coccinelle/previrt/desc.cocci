// SPDX-License-Identifier: GPL-2.0-only
///
/// previrt: wrap the native descriptor-table and TSS stores in memory
/// sites (asm/previrt_mem.h): GDT, LDT and IDT entry writes, the TLS
/// descriptors copied into the GDT on a context switch, and the TSS sp0
/// (the kernel stack for ring transitions).  A PV hypervisor must see all
/// of them: its guest cannot write these tables or the TSS directly.
///
/// The functions are found by a regular expression on their name (the
/// function around the access, the position's current_element), the
/// accesses by their form: memcpy() in native_write_{gdt,ldt,idt}_entry(),
/// stores of a struct desc_struct in native_load_tls(), this_cpu_write()
/// of a field named sp0 in a native_ function, and the stores of the TSS
/// I/O bitmap base in native_tss_{invalidate,update}_io_bitmap().  The
/// empty hooks paravirt_{alloc,free}_ldt() get a hook site (previrt_hook())
/// as their body.  With CONFIG_PREVIRT=n every macro is the C it replaces.
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

DESC_WRITE = r"^native_write_(gdt|ldt|idt)_entry$"
LOAD_TLS = r"^native_load_tls$"
NATIVE = r"^native_[a-z0-9_]+$"
IO_BITMAP = r"^native_tss_(invalidate|update)_io_bitmap$"
LDT_HOOK = r"^paravirt_(alloc|free)_ldt$"

def ldt_kind(fn):
	"""LDT_ALLOC for paravirt_alloc_ldt, LDT_FREE for paravirt_free_ldt."""
	return mem_kind("LDT_" + re.match(LDT_HOOK, str(fn)).group(1).upper())

// ---------------------------------------------------------------------------
// desc_copy: memcpy(&gdt[entry], desc, size) in native_write_gdt_entry()
// (and the LDT and IDT variants) becomes
// previrt_mem_copy(PREVIRT_KIND_MEM_GDT_WRITE, &gdt[entry], desc, size).

@m_desc_copy@
expression D, S, N;
position p : script:python () { in_fn(p, DESC_WRITE) };
@@

memcpy@p(D, S, N)

@script:python k_desc_copy@
p << m_desc_copy.p;
kind;
@@
t = re.match(DESC_WRITE, p[0].current_element).group(1)
coccinelle.kind = cocci.make_ident(mem_kind(t.upper() + "_WRITE"))

@desc_copy depends on patch@
position m_desc_copy.p;
identifier k_desc_copy.kind;
expression D, S, N;
@@

- memcpy@p(D, S, N)
+ previrt_mem_copy(kind, D, S, N)

@script:python depends on report@
p << m_desc_copy.p;
D << m_desc_copy.D;
N << m_desc_copy.N;
k << k_desc_copy.kind;
@@
site("desc_copy", p, "memcpy to %s, %s bytes" % (tidy(D), tidy(N)), k)

// ---------------------------------------------------------------------------
// tls_load: gdt[GDT_ENTRY_TLS_MIN + i] = t->tls_array[i] in
// native_load_tls() becomes
// previrt_mem_write(PREVIRT_KIND_MEM_TLS_LOAD, &gdt[...], t->tls_array[i]).

@m_tls_load@
struct desc_struct D;
expression S;
position p : script:python () { in_fn(p, LOAD_TLS) };
@@

D@p = S

@script:python k_tls_load@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("TLS_LOAD"))

@tls_load depends on patch@
position m_tls_load.p;
identifier k_tls_load.kind;
expression D, S;
@@

- D@p = S
+ previrt_mem_write(kind, &D, S)

@script:python depends on report@
p << m_tls_load.p;
D << m_tls_load.D;
k << k_tls_load.kind;
@@
site("tls_load", p, "store %s" % tidy(D), k)

// ---------------------------------------------------------------------------
// sp0_write: this_cpu_write(cpu_tss_rw.x86_tss.sp0, sp0) in a native_
// function (native_load_sp0()) becomes
// previrt_mem_this_cpu_write(PREVIRT_KIND_MEM_SP0_WRITE, ..., sp0).

@m_sp0_write@
expression E, V;
position p : script:python () { in_fn(p, NATIVE) };
@@

this_cpu_write@p(E.sp0, V)

@script:python k_sp0_write@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("SP0_WRITE"))

@sp0_write depends on patch@
position m_sp0_write.p;
identifier k_sp0_write.kind;
expression E, V;
@@

- this_cpu_write@p(E, V)
+ previrt_mem_this_cpu_write(kind, E, V)

@script:python depends on report@
p << m_sp0_write.p;
E << m_sp0_write.E;
k << k_sp0_write.kind;
@@
site("sp0_write", p, "this_cpu_write %s.sp0" % tidy(E), k)

// ---------------------------------------------------------------------------
// io_bitmap: the stores of the TSS I/O bitmap base in the native I/O
// bitmap functions: this_cpu_write(cpu_tss_rw.x86_tss.io_bitmap_base, V)
// in native_tss_invalidate_io_bitmap() and "*base = V" through a u16
// pointer in native_tss_update_io_bitmap().  The bitmap copy before the
// second store is not a site: a runtime that must see the bitmap (Xen's
// PHYSDEVOP_set_iobitmap) hands the whole bitmap over at the store that
// enables it.

@m_io_bitmap_pcp@
expression E, V;
position p : script:python () { in_fn(p, IO_BITMAP) };
@@

this_cpu_write@p(E.io_bitmap_base, V)

@script:python k_io_bitmap@
kind;
@@
coccinelle.kind = cocci.make_ident(mem_kind("IO_BITMAP"))

@io_bitmap depends on patch@
position m_io_bitmap_pcp.p;
identifier k_io_bitmap.kind;
expression E, V;
@@

- this_cpu_write@p(E, V)
+ previrt_mem_this_cpu_write(kind, E, V)

@m_io_bitmap_ptr@
typedef u16;
idexpression u16 *B;
expression V;
position p : script:python () { in_fn(p, IO_BITMAP) };
@@

 *B@p = V

@io_bitmap_ptr depends on patch@
position m_io_bitmap_ptr.p;
identifier k_io_bitmap.kind;
typedef u16;
idexpression u16 *B;
expression V;
@@

- *B@p = V
+ previrt_mem_write(kind, B, V)

@script:python depends on report@
p << m_io_bitmap_pcp.p;
E << m_io_bitmap_pcp.E;
k << k_io_bitmap.kind;
@@
site("io_bitmap", p, "this_cpu_write %s.io_bitmap_base" % tidy(E), k)

@script:python depends on report@
p << m_io_bitmap_ptr.p;
B << m_io_bitmap_ptr.B;
k << k_io_bitmap.kind;
@@
site("io_bitmap", p, "store *%s" % tidy(B), k)

// ---------------------------------------------------------------------------
// ldt_hook: static inline void paravirt_alloc_ldt(struct desc_struct *ldt,
// unsigned entries) {} (and paravirt_free_ldt()) gets
// previrt_hook(PREVIRT_KIND_MEM_LDT_ALLOC, ldt, entries) as its body: a
// PV hypervisor takes an LDT only from read-only pages, so it must learn
// when one is set up and before it is freed.

@m_ldt_hook@
identifier fn : script:python () { re.match(LDT_HOOK, fn) is not None };
type T1, T2;
identifier a, b;
position p;
@@

static inline void fn@p(T1 a, T2 b) { }

@script:python k_ldt_hook@
fn << m_ldt_hook.fn;
kind;
@@
coccinelle.kind = cocci.make_ident(ldt_kind(fn))

@ldt_hook depends on patch@
identifier m_ldt_hook.fn, m_ldt_hook.a, m_ldt_hook.b;
type m_ldt_hook.T1, m_ldt_hook.T2;
position m_ldt_hook.p;
identifier k_ldt_hook.kind;
@@

static inline void fn@p(T1 a, T2 b)
{
+	previrt_hook(kind, a, b);
}

@script:python depends on report@
p << m_ldt_hook.p;
a << m_ldt_hook.a;
b << m_ldt_hook.b;
k << k_ldt_hook.kind;
@@
site("ldt_hook", p, "empty hook (%s, %s)" % (a, b), k)

// ---------------------------------------------------------------------------
// The macros' header, once per touched file, before its first #include
// (spatch adds after the last #include of a file only, too late for a
// header whose inline functions use the macros).

@has_previrt_mem depends on patch@
@@

#include <asm/previrt_mem.h>

@depends on patch && !has_previrt_mem &&
	(desc_copy || tls_load || sp0_write || io_bitmap || io_bitmap_ptr ||
	 ldt_hook)@
@@

+#include <asm/previrt_mem.h>
#include <...>
