	.ifc abc,abc
	.code32
	.endif
	.ifnc \x,y
	cli
	.endif
	.ifb
	hlt
	.endif
	.code64
