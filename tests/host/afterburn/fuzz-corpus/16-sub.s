	.section ".init.text","ax"
	swapgs
	.text 1
	rdmsr
	.subsection 2
	wrmsr
