# An instruction behind Xen's or KVM's forced-emulation prefix (ud2 and the
# signature "xen" or "kvm") is a request to the hypervisor, which emulates
# it; natively it is #UD.  It needs no site.  Without the exact prefix the
# cpuid is an ordinary one.
	.include "site.inc"
	.text

	func xen_fep_cpuid
	.byte 0x0f, 0x0b, 0x78, 0x65, 0x6e	# ud2; .ascii "xen"
	cpuid
	ret
	.size xen_fep_cpuid, . - xen_fep_cpuid

	func kvm_fep_cpuid
	.byte 0x0f, 0x0b, 0x6b, 0x76, 0x6d	# ud2; .ascii "kvm"
	cpuid
	ret
	.size kvm_fep_cpuid, . - kvm_fep_cpuid

	func ud2_then_cpuid
	ud2
	cpuid
	ret
	.size ud2_then_cpuid, . - ud2_then_cpuid
