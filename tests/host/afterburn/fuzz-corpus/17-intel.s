	.intel_syntax noprefix
