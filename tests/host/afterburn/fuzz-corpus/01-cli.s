	cli; sti
