# Altsites in an ET_EXEC (see altsite-exec.lds): the table is found through
# __start_previrt_altsites and __stop_previrt_altsites.
	.include "site.inc"
	.text

	func write_msr
	alternative "", "altsite WRMSR, 0, wrmsr"
	ret
	.size write_msr, . - write_msr

	func native_irq_disable
	site CLI, 0, cli
	ret
	.size native_irq_disable, . - native_irq_disable

	func read_msr
	alternative ".nops 12", "altsite RDMSR, 0, rdmsr"
	ret
	.size read_msr, . - read_msr
