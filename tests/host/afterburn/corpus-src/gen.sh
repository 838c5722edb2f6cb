#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Regenerate ../corpus/*.s from the C files here (GCC -S, kernel-like flags).
set -e
cd "$(dirname "$0")"
flags="-O2 -S -mcmodel=kernel -mno-red-zone -fno-pic -ffreestanding -nostdinc
	-fno-asynchronous-unwind-tables -fno-stack-protector -mno-sse -mno-mmx
	-fcf-protection=none -Wall"
gcc $flags -o ../corpus/irqflags-msr.s irqflags-msr.c
gcc $flags -mharden-sls=all -o ../corpus/special-insns.s special-insns.c
gcc $flags -g -o ../corpus/io-segment.s io-segment.c
gcc $flags -ffunction-sections -fno-jump-tables -o ../corpus/special-insns-fs.s special-insns.c
