// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for scripts/previrt/afterburn.c: feeds arbitrary input
 * to afterburn_buffer() in both modes and checks the one invariant that
 * holds for any accepted input: the output has the same number of lines.
 */
#define AFTERBURN_NO_MAIN
#include "../../../scripts/previrt/afterburn.c"

static size_t count_nl(const char *p, size_t n)
{
	size_t c = 0;

	while (n--)
		c += *p++ == '\n';
	return c;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	int mode;

	afterburn_errfile = NULL;
	for (mode = 0; mode < 2; mode++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);
		int ret;

		if (!out)
			abort();
		ret = afterburn_buffer("fuzz.s", (const char *)data, size, out, mode);
		fclose(out);
		if (ret == 0 && count_nl(buf, len) != count_nl((const char *)data, size))
			abort();
		if (ret == 0 && len < size)
			abort();
		free(buf);
	}
	return 0;
}
