# expect: bad-rept-eof.s:4: error: afterburn: missing .endr at end of file
	.rept 3
	cli
