# expect: bad-lgdt.s:2: error: afterburn: lgdt takes one operand
	lgdt (%rax), (%rbx)
