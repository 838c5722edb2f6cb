# args: --source foo/bar.S
	.text
	cli
