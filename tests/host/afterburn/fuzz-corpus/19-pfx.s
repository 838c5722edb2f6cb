	{disp32} mov %cr0, %rax
	rex.W cli
	gs; sti
