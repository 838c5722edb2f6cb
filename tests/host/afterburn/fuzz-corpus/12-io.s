	in $0x80, %al
	outb %al, (%dx)
	int $0x80
	int $3
