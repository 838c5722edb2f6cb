/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the previrt Xen runtimes share: the Xen ABI as a guest without
 * CONFIG_XEN sees it (hypercalls, shared_info and vcpu_info, 2-level
 * event channels, the PV console ring).
 *
 * The interface structures are Xen's public headers in include/xen/interface/;
 * only the code that uses them is previrt's, since the kernel's Xen
 * support (arch/x86/xen, drivers/xen) needs CONFIG_PARAVIRT.
 */
#ifndef _ASM_X86_PREVIRT_XEN_H
#define _ASM_X86_PREVIRT_XEN_H

#include <linux/linkage.h>
#include <linux/percpu-defs.h>
#include <linux/previrt.h>
#include <linux/spinlock_types.h>
#include <linux/types.h>
#include <xen/interface/xen.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/io/console.h>

/**
 * struct previrt_xen_console - a PV console ring and its event channel
 * @ring:	the ring page, mapped
 * @evtchn:	the event channel the backend (xenconsoled) listens on
 * @unnotified:	bytes written since the backend was last notified
 */
struct previrt_xen_console {
	struct xencons_interface *ring;
	evtchn_port_t evtchn;
	unsigned int unnotified;
};

extern struct shared_info *previrt_xen_shared_info;

void previrt_xen_init_hypercalls(void);
void previrt_xen_use_syscall(void);
long previrt_xen_hypercall(unsigned int op, unsigned long a1, unsigned long a2,
			   unsigned long a3);

int previrt_xen_features(u32 *features);
int previrt_xen_hvm_get_param(unsigned int index, u64 *value);
int previrt_xen_hvm_set_param(unsigned int index, u64 value);
int previrt_xen_map_shared_info(struct shared_info *page);
int previrt_xen_evtchn_send(evtchn_port_t port);
int previrt_xen_evtchn_unmask(evtchn_port_t port);
DECLARE_PER_CPU(unsigned int, previrt_xen_vcpu_id);
DECLARE_PER_CPU(struct vcpu_info *, previrt_xen_vcpu_info);
DECLARE_PER_CPU(unsigned long, previrt_xen_ports);
unsigned long previrt_xen_evtchn_ack(void);
int previrt_xen_bind_virq(unsigned int virq, unsigned int vcpu, evtchn_port_t *port);
int previrt_xen_bind_ipi(unsigned int vcpu, evtchn_port_t *port);
int previrt_xen_vcpu_op(int cmd, unsigned int vcpu, void *arg);
u64 previrt_xen_system_time(void);
int previrt_xen_timer_start(int irq);
void previrt_xen_timer_event(unsigned long ev);
bool previrt_xen_timer_on(void);
int previrt_xen_shutdown(unsigned int reason);
struct timespec64;
void previrt_xen_power_init(void);
void previrt_xen_panic_init(void);
void previrt_xen_read_wallclock(struct timespec64 *ts);

bool previrt_xen_console_putc(struct previrt_xen_console *con, u8 c);
void previrt_xen_console_notify(struct previrt_xen_console *con);
bool previrt_xen_console_pending(const struct previrt_xen_console *con);
int previrt_xen_console_getc(struct previrt_xen_console *con);

/* xen-pv: the callbacks of arch/x86/previrt/xen_pv_head.S until there are real ones. */
void previrt_xen_pv_event_stub(void);
void previrt_xen_pv_failsafe_stub(void);
/* xen-pv: the vCPU's interrupt flag, and what its sites call (xen_pv_head.S). */
DECLARE_PER_CPU_ALIGNED(struct vcpu_info, previrt_xen_pv_vcpu);
void previrt_xen_pv_thunks(void);
void previrt_xen_pv_pushf_fix(void);
void previrt_xen_pv_popf(void);
void previrt_xen_pv_sti(void);
void previrt_xen_pv_sti_halt(void);
DECLARE_PER_CPU(u8, previrt_xen_pv_idle);
DECLARE_PER_CPU(u64, previrt_xen_pv_iret_frame[9]);
void previrt_xen_pv_cpuid(void);
void previrt_xen_pv_hlt(void);
void previrt_xen_pv_lidt_thunk(void);
void previrt_xen_pv_idt_write_thunk(void);
void previrt_xen_pv_invlpg_thunk(void);
void previrt_xen_pv_lgdt_thunk(void);
void previrt_xen_pv_gdt_write_thunk(void);
void previrt_xen_pv_lldt_thunk(void);
void previrt_xen_pv_load_gs_thunk(void);
void previrt_xen_pv_set_thunk(void);
void previrt_xen_pv_set_top_thunk(void);
void previrt_xen_pv_alloc_thunk(void);
void previrt_xen_pv_release_thunk(void);
void previrt_xen_pv_pgd_alloc_thunk(void);
void previrt_xen_pv_pgd_free_thunk(void);
void previrt_xen_pv_mm_exit_thunk(void);
void previrt_xen_pv_ldt_alloc_thunk(void);
void previrt_xen_pv_ldt_free_thunk(void);
void previrt_xen_pv_iret(void);
void previrt_xen_pv_syscall(void);
void previrt_xen_pv_failsafe(void);
void previrt_xen_pv_gp_filter(void);
void previrt_xen_pv_swapgs(void);
void previrt_xen_pv_sysret(void);
void previrt_xen_pv_load_sp0_thunk(void);
void previrt_xen_pv_io_bitmap_thunk(void);
void previrt_xen_pv_thunks_end(void);
/* By register number (ModRM order), NULL for %rsp. */
extern void *const previrt_xen_pv_make_thunks[16];
extern void *const previrt_xen_pv_val_thunks[16];
extern void *const previrt_xen_pv_write_cr3_thunks[16];
asmlinkage u64 previrt_xen_pv_make(u64 val);
asmlinkage u64 previrt_xen_pv_val(u64 val);
asmlinkage void previrt_xen_pv_write_cr3(unsigned long cr3);
asmlinkage void previrt_xen_pv_halt(unsigned long ret);
struct desc_ptr;
asmlinkage void previrt_xen_pv_lidt(const struct desc_ptr *dtr);
asmlinkage void previrt_xen_pv_idt_write(unsigned long addr);
asmlinkage void previrt_xen_pv_invlpg(unsigned long addr);
asmlinkage void previrt_xen_pv_lgdt(const struct desc_ptr *dtr);
asmlinkage void previrt_xen_pv_gdt_write(unsigned long addr, u64 val);
asmlinkage void previrt_xen_pv_lldt(unsigned long sel);
asmlinkage void previrt_xen_pv_load_gs(unsigned long sel);
asmlinkage void previrt_xen_pv_set(unsigned long ptr, u64 val);
asmlinkage void previrt_xen_pv_set_top(unsigned long ptr, u64 val);
asmlinkage void previrt_xen_pv_pgd_alloc(unsigned long mm);
asmlinkage void previrt_xen_pv_load_sp0(unsigned long sp0);
asmlinkage void previrt_xen_pv_io_bitmap(void);
asmlinkage void previrt_xen_pv_pgd_free(unsigned long mm, unsigned long pgd);
asmlinkage void previrt_xen_pv_alloc(unsigned long mm, unsigned long pfn);
asmlinkage void previrt_xen_pv_release(unsigned long pfn);
asmlinkage void previrt_xen_pv_mm_exit(unsigned long mm);
asmlinkage void previrt_xen_pv_ldt_alloc(unsigned long ldt, unsigned long ents);
asmlinkage void previrt_xen_pv_ldt_free(unsigned long ldt, unsigned long ents);
/* Where the runtime writes stubs. */
extern u8 previrt_xen_pv_stubs[], previrt_xen_pv_stubs_end[];

/* COM1 as a 16550A on the console ring (xen.c), for xen-pvh and xen-pv. */
#define PREVIRT_XEN_COM1_BASE		0x3f8
#define PREVIRT_XEN_COM1_IRQ		4
#define PREVIRT_XEN_PIC_MASTER_CMD	0x20

/**
 * struct previrt_xen_uart - the 16550A model's state
 * @lock:	serializes the model (the thunks run with any context)
 * @con:	the console ring behind it, NULL until a runtime attaches one
 * @raise:	raises IRQ 4 when the interrupt line goes high, or NULL
 * @ier:	interrupt enable register
 * @lcr:	line control register
 * @mcr:	modem control register
 * @scr:	scratch register
 * @dll:	divisor latch, low byte
 * @dlm:	divisor latch, high byte
 * @fcr:	FIFO control register (its enable and trigger bits)
 * @thre:	a transmitter-empty interrupt is pending
 * @line:	the interrupt line as last computed
 */
struct previrt_xen_uart {
	raw_spinlock_t lock;
	struct previrt_xen_console *con;
	void (*raise)(void);
	u8 ier, lcr, mcr, scr, dll, dlm, fcr;
	bool thre;
	bool line;
};

extern struct previrt_xen_uart previrt_xen_uart;
void previrt_xen_uart_attach(struct previrt_xen_console *con, void (*raise)(void));
void previrt_xen_uart_event(void);
enum previrt_outcome previrt_xen_io_patch(const struct previrt_site_desc *site, bool pic);

/* The thunks of arch/x86/previrt/xen_io.S and what they call. */
void previrt_xen_io_outb_dx(void);
void previrt_xen_io_outw_dx(void);
void previrt_xen_io_outl_dx(void);
void previrt_xen_io_inb_dx(void);
void previrt_xen_io_inw_dx(void);
void previrt_xen_io_inl_dx(void);
void previrt_xen_io_pic_thunk(void);
asmlinkage u32 previrt_xen_uart_in(u16 port, unsigned int size);
asmlinkage void previrt_xen_uart_out(u16 port, u32 val, unsigned int size);
asmlinkage void previrt_xen_pic_cmd(u8 val);

#endif /* _ASM_X86_PREVIRT_XEN_H */
