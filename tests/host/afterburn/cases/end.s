# args: --exempt
	.text
	cli
	.end
	this is ignored by gas: cli
