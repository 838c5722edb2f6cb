# Prefixes on the same statement, standalone on the same line and on the
# previous line; pseudo-prefixes; prefix separated by '/'.
	.text
p:	rep outsb
	rep insb
	rep; outsw
	rep ; insl
	repz
	outsb
	rep
	# comment between prefix and instruction
	insw
	rep
	movsb
	lock; incl (%rax)
	ds cli
	rex.W cli
	rex64 sti
	data16 cli
	addr32 sti
	{disp32} mov %cr0, %rax
	{vex} vpaddd %xmm0, %xmm1, %xmm2
	rep/outsl
	gs; cli
	lock
foo:	cli
	xacquire lock incl (%rax)
	outsb; rep outsb; outsl %ds:(%rsi), (%dx)
	ret
