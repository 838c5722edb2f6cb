# expect: bad-monitor.s:2: error: afterburn: invalid operand for monitor
	monitor (%rax), %ecx, %edx
