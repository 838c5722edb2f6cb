# args: --exempt
# modes: 3 2 3
# In an object that is exempt as a whole, 64-bit stretches say mode 3.
	.text
	cli
	.code32
	cli
	.code64
	sti
