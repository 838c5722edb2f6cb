/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The previrt memory-site kinds of x86-64: PREVIRT_MEM_KIND(name, size,
 * description), one per line, numbered from PREVIRT_KIND_MEM_FIRST in this
 * order.  Memory sites annotate ordinary loads and stores that a hypervisor
 * must see; scripts/coccinelle/previrt/ puts them into the native
 * implementations with the macros of asm/previrt_mem.h.  size is the
 * minimum site size, as in asm/previrt_kind_list.h.  No include guard.
 */
PREVIRT_MEM_KIND(PTE_SET,	8, "page-table entry store")
PREVIRT_MEM_KIND(PMD_SET,	8, "PMD entry store")
PREVIRT_MEM_KIND(PUD_SET,	8, "PUD entry store")
PREVIRT_MEM_KIND(P4D_SET,	8, "P4D entry store")
PREVIRT_MEM_KIND(PGD_SET,	8, "PGD entry store")
PREVIRT_MEM_KIND(PTE_XCHG,	8, "page-table entry exchange (get and clear)")
PREVIRT_MEM_KIND(PMD_XCHG,	8, "PMD entry exchange")
PREVIRT_MEM_KIND(PUD_XCHG,	8, "PUD entry exchange")
PREVIRT_MEM_KIND(PT_CMPXCHG,	8, "page-table entry compare-and-exchange")
PREVIRT_MEM_KIND(PTE_VAL,	8, "pte_val(): frame number out of an entry")
PREVIRT_MEM_KIND(PMD_VAL,	8, "pmd_val()")
PREVIRT_MEM_KIND(PUD_VAL,	8, "pud_val()")
PREVIRT_MEM_KIND(P4D_VAL,	8, "p4d_val()")
PREVIRT_MEM_KIND(PGD_VAL,	8, "pgd_val()")
PREVIRT_MEM_KIND(PTE_MAKE,	8, "__pte(): frame number into an entry")
PREVIRT_MEM_KIND(PMD_MAKE,	8, "__pmd()")
PREVIRT_MEM_KIND(PUD_MAKE,	8, "__pud()")
PREVIRT_MEM_KIND(P4D_MAKE,	8, "__p4d()")
PREVIRT_MEM_KIND(PGD_MAKE,	8, "__pgd()")
PREVIRT_MEM_KIND(PTE_ALLOC,	5, "a page becomes a page table (PTE level)")
PREVIRT_MEM_KIND(PMD_ALLOC,	5, "a page becomes a PMD page")
PREVIRT_MEM_KIND(PUD_ALLOC,	5, "a page becomes a PUD page")
PREVIRT_MEM_KIND(P4D_ALLOC,	5, "a page becomes a P4D page")
PREVIRT_MEM_KIND(PTE_RELEASE,	5, "a PTE page is freed")
PREVIRT_MEM_KIND(PMD_RELEASE,	5, "a PMD page is freed")
PREVIRT_MEM_KIND(PUD_RELEASE,	5, "a PUD page is freed")
PREVIRT_MEM_KIND(P4D_RELEASE,	5, "a P4D page is freed")
PREVIRT_MEM_KIND(PGD_ALLOC,	5, "a PGD is set up for an mm")
PREVIRT_MEM_KIND(PGD_FREE,	5, "a PGD is freed")
PREVIRT_MEM_KIND(GDT_WRITE,	8, "GDT entry store")
PREVIRT_MEM_KIND(LDT_WRITE,	8, "LDT entry store")
PREVIRT_MEM_KIND(IDT_WRITE,	8, "IDT entry store")
PREVIRT_MEM_KIND(TLS_LOAD,	8, "TLS descriptor store into the GDT")
PREVIRT_MEM_KIND(SP0_WRITE,	8, "TSS sp0 store (kernel stack for ring transitions)")
PREVIRT_MEM_KIND(IO_BITMAP,	8, "TSS I/O bitmap base store (ioperm/iopl)")
PREVIRT_MEM_KIND(APIC_READ,	8, "local APIC MMIO load")
PREVIRT_MEM_KIND(APIC_WRITE,	8, "local APIC MMIO store")
PREVIRT_MEM_KIND(IOAPIC_READ,	8, "IO-APIC MMIO load")
PREVIRT_MEM_KIND(IOAPIC_WRITE,	8, "IO-APIC MMIO store")
PREVIRT_MEM_KIND(TLB_FLUSH_MULTI,	5, "call of native_flush_tlb_multi(): remote TLB flush")
