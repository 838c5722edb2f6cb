	int $(1 << 3) | 2 ! 0 >= -1
	.ifgt 0x10 % 3 - !1 <> 2 && 1 || 0b101 <= 07
	.endif
	.iflt 8 >> 1
	.endif
