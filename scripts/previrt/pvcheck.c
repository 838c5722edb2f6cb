// SPDX-License-Identifier: GPL-2.0
/*
 * pvcheck - the previrt coverage checker
 *
 * Decodes every executable section of an x86-64 ELF object (vmlinux, a .o
 * or a module) with the kernel's own instruction decoder and checks that
 * each sensitive instruction lies inside a previrt site (.previrt.sites),
 * inside exempt code (.previrt.exempt), or, in .altinstr_replacement, inside
 * an altsite (.previrt.altsites) or in a replacement that every alternative
 * using it copies into a site of the instruction's own kind, whole.  It
 * also checks every site and altsite record against the code it describes:
 * the recorded instruction length and kind, the NOP padding and the minimum
 * site size of the kind.
 *
 * The sweep decodes each executable section from start to end, in step
 * with every known boundary (symbols, sites, exempt ranges, alternatives).
 * Bytes that do not decode and instructions that run across a boundary are
 * errors: the kernel has no data in its code.  Like objtool, it follows
 * every direct jmp, jcc and call: a target inside an instruction of the
 * sweep starts another decoding there, whose instructions are checked too,
 * until it falls in step with the sweep again.
 *
 * Exempt ranges are afterburn's claims and are verified: a range must lie
 * in code declared to run in 16- or 32-bit mode, or to be left native on
 * purpose (builtin_exempt_code, --exempt-code), and its bytes must decode
 * in that mode up to its exact end.  A record may say its mode in the top
 * two bits of its length (1: 16-bit, 2: 32-bit, 3: 64-bit); it must then
 * agree with the declaration.
 *
 * Altsites are sites in .altinstr_replacement, in the same record format.
 * An altsite must lie in .altinstr_replacement, inside the replacement of
 * an alternative (.altinstructions), and every alternative using that
 * replacement must have a destination long enough for the whole padded
 * site (instrlen >= the end of the altsite within the replacement).  Its
 * padding must not end in a one-byte NOP that apply_alternatives() would
 * merge with the NOPs following it into one longer NOP crossing the end of
 * the site.
 *
 * Errors look like objtool's, with the address in an ET_EXEC:
 *
 *   vmlinux: error: previrt: ffffffff81001234 native_write_cr3()+0x4:
 *            unannotated mov %crN write (0f 22 d8)
 *
 * (on one line).
 *
 * int3 and ud2 outside sites are counted but not reported: the kernel pads
 * with int3 and emits ud2 for BUG() and WARN().
 *
 * Usage: pvcheck [--raw] [--quiet] [--counts] [--exempt-code=SYM:MODE]... FILE...
 *
 *   --raw     ignore .previrt.sites, .previrt.altsites, .previrt.exempt and
 *             .altinstructions and count every sensitive instruction (in the
 *             "uncovered" column); never fails.  For raw counts of a stock
 *             kernel.
 *   --quiet   no summary, errors only.
 *   --counts  instead of the summary, one line per kind:
 *             "kind NAME sites N uncovered N exempt N" (sites includes
 *             instructions covered by altsites or through alternatives,
 *             uncovered includes int3/ud2 outside sites), then
 *             "altsites N" (altsite records; 0 with --raw); "file PATH"
 *             first if several files.
 *   --exempt-code=SYM:MODE
 *             exempt ranges may cover the code of symbol SYM, which runs
 *             in MODE-bit mode (16, 32, or 64 for code left native on
 *             purpose: 'AFTERBURN_foo.o := exempt').
 *
 * Exit status: 0 no errors, 1 errors, 2 bad usage or unreadable input.
 *
 * Build (see tests/host/pvcheck/run.sh), one translation unit that
 * includes the tools/ copy of the decoder:
 *
 *   cc -O2 -I tools/arch/x86/lib -I tools/arch/x86/include -I tools/include \
 *      -I <dir of generated inat-tables.c> -I arch/x86/include \
 *      pvcheck.c -o pvcheck
 *
 * The order matters: <asm/insn.h> must be the tools/ copy, arch/x86/include
 * only provides <asm/previrt_kinds.h> and <asm/previrt_classify.h>.
 */

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <asm/insn.h>
#include <inat.c>
#include <insn.c>

#include <asm/previrt_kinds.h>
#include <asm/previrt_classify.h>

#define SITE_RECORD_SIZE	8
#define EXEMPT_RECORD_SIZE	8
#define ALT_RECORD_SIZE		12	/* struct alt_instr of Linux 6.1 */

static const struct {
	const char *name;
	unsigned int size;	/* minimum site size */
} kind_info[] = {
#define PREVIRT_KIND(name, size, desc)	{ #name, size },
#include <asm/previrt_kind_list.h>
#undef PREVIRT_KIND
};

#define MEM_KIND_NR	(PREVIRT_KIND_MEM_END - PREVIRT_KIND_MEM_FIRST)

static const struct {
	const char *name;
	unsigned int size;	/* minimum site size */
} mem_kind_info[MEM_KIND_NR] = {
#define PREVIRT_MEM_KIND(name, size, desc)	{ "MEM_" #name, size },
#include <asm/previrt_mem_kind_list.h>
#undef PREVIRT_MEM_KIND
};

static bool is_mem_kind(int kind)
{
	return kind >= PREVIRT_KIND_MEM_FIRST && kind < PREVIRT_KIND_MEM_END;
}

/* How an error names a kind, when the lower-case kind name will not do. */
static const char * const kind_what_override[PREVIRT_KIND_NR] = {
	[PREVIRT_KIND_CR_READ]		= "mov %crN read",
	[PREVIRT_KIND_CR_WRITE]		= "mov %crN write",
	[PREVIRT_KIND_DR_READ]		= "mov %drN read",
	[PREVIRT_KIND_DR_WRITE]		= "mov %drN write",
	[PREVIRT_KIND_SEG_READ]		= "mov %sreg read",
	[PREVIRT_KIND_SEG_WRITE]	= "mov %sreg write",
	[PREVIRT_KIND_PUSH_SEG]		= "push %fs/%gs",
	[PREVIRT_KIND_POP_SEG]		= "pop %fs/%gs",
};

static bool opt_raw, opt_quiet, opt_counts;
static struct exempt_code *opt_exempt_code;	/* --exempt-code */
static size_t nr_opt_exempt_code;

struct reloc {
	u64 offset;
	u64 target;
	bool ok;
};

struct section {
	const char *name;
	const Elf64_Shdr *hdr;
	const u8 *data;		/* NULL for SHT_NOBITS and empty sections */
	u64 addr;		/* sh_addr, or a synthetic base in ET_REL */
	u64 size;
	bool exec;
	bool replacement;	/* .altinstr_replacement */
	u8 *starts;		/* exec: bitmap of instruction starts */
	u8 *chained;		/* exec: bitmap of branch-chain starts */
	struct reloc *relocs;	/* exec in ET_REL: PC-relative, sorted */
	size_t nr_relocs;
};

struct symbol {
	u64 addr;
	u64 size;		/* st_size, 0 if unknown */
	const char *name;
	unsigned int shndx;
	bool func;
	bool global;
};

struct site {
	u64 addr;
	u64 field;		/* address of the record, for messages */
	u8 len;
	u8 insn_len;
	u8 kind;
	u8 operand;
};

/*
 * Code modes of exempt ranges: the top two bits of the length of an exempt
 * record may say which mode the range is in (1: 16-bit, 2: 32-bit, 3: 64-bit
 * code of an object declared exempt); 0 leaves it to the declaration.
 */
#define EXEMPT_MODE_SHIFT	30
#define EXEMPT_LEN_MASK		((1u << EXEMPT_MODE_SHIFT) - 1)

struct range {
	u64 start;
	u64 end;
	u64 field;		/* address of the record, for messages */
	u8 mode;		/* 16, 32 or 64; 0 in a record: not said */
};

/*
 * Code that is linked into vmlinux but runs in 16- or 32-bit mode (or that
 * is left native on purpose): the only code exempt ranges may cover.  As
 * objtool's lists of exceptions, by symbol; --exempt-code adds to it.
 */
struct exempt_code {
	const char *name;
	u8 mode;
};

static const struct exempt_code builtin_exempt_code[] = {
	/* arch/x86/platform/pvh/head.S: Xen PVH entry, protected mode */
	{ "pvh_start_xen", 32 },
};

/* A branch whose target is to be decoded, or a label (@from 0). */
struct branch {
	u64 target;
	u64 from;
};

struct alt {
	u64 instr;
	u64 repl;
	u8 instrlen;
	u8 repllen;
};

/* A table of records with 32-bit self-relative fields. */
struct table {
	const char *name;
	unsigned int shndx;
	u64 addr;
	const u8 *data;
	u64 size;
	struct reloc *relocs;	/* ET_REL only, sorted by offset */
	size_t nr_relocs;
};

struct counts {
	unsigned long sites[PREVIRT_KIND_NR];
	unsigned long uncovered[PREVIRT_KIND_NR];
	unsigned long exempt[PREVIRT_KIND_NR];
	unsigned long mem[MEM_KIND_NR];		/* memory sites per kind */
};

struct elf_file {
	const char *path;
	const u8 *map;
	size_t size;
	bool is_exec;		/* ET_EXEC: real addresses */

	const Elf64_Ehdr *ehdr;
	const Elf64_Shdr *shdr;
	unsigned int shnum;
	struct section *secs;

	const Elf64_Sym *syms;
	size_t nr_elf_syms;
	const char *strtab;
	u64 strtab_size;
	const u32 *sym_shndx;	/* SHT_SYMTAB_SHNDX, or NULL */

	struct symbol *symbols;	/* code symbols, by section then address */
	size_t nr_symbols;

	struct site *sites;
	size_t nr_sites;
	struct site *altsites;	/* sites in .altinstr_replacement */
	size_t nr_altsites;
	struct range *exempt;
	size_t nr_exempt;
	struct alt *alts;	/* sorted by replacement address */
	size_t nr_alts;

	u64 *bounds;		/* known instruction boundaries, sorted */
	size_t nr_bounds;

	struct branch *branches;	/* targets to decode from */
	size_t nr_branches;

	struct counts counts;
	unsigned long unchecked;	/* int3/ud2 outside sites */
	unsigned long alt_covered;
	unsigned long altsite_covered;
	unsigned long mem_sites;
	unsigned long decode_failures;
	unsigned long resyncs;
	unsigned long branch_targets;	/* followed */
	unsigned long inner_targets;	/* inside a swept instruction */
	unsigned long inner_labels;	/* labels inside one */
	unsigned long errors;
};

static void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p) {
		perror("pvcheck");
		exit(2);
	}
	return p;
}

static void *xrealloc(void *p, size_t nmemb, size_t size)
{
	p = realloc(p, (nmemb ? nmemb : 1) * size);
	if (!p) {
		perror("pvcheck");
		exit(2);
	}
	return p;
}

/* qsort() that accepts an empty, unallocated array */
static void sort(void *base, size_t nmemb, size_t size,
		 int (*cmp)(const void *, const void *))
{
	if (nmemb)
		qsort(base, nmemb, size, cmp);
}

static u32 get_u32(const u8 *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24;
}

static const char *kind_name(int kind)
{
	if (kind >= 0 && kind < PREVIRT_KIND_NR)
		return kind_info[kind].name;
	if (is_mem_kind(kind))
		return mem_kind_info[kind - PREVIRT_KIND_MEM_FIRST].name;
	return "UNKNOWN";
}

static const char *kind_what(int kind)
{
	static char buf[32];
	const char *name;
	size_t i;

	if (kind <= 0 || kind >= PREVIRT_KIND_NR)
		return kind == 0 ? "not sensitive" : kind_name(kind);
	if (kind_what_override[kind])
		return kind_what_override[kind];

	name = kind_info[kind].name;
	for (i = 0; name[i] && i < sizeof(buf) - 1; i++)
		buf[i] = name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' :
			 name[i];
	buf[i] = '\0';
	return buf;
}

/* ---- ELF access ------------------------------------------------------- */

static int find_section_by_addr(struct elf_file *f, u64 addr)
{
	unsigned int i;

	if (!f->is_exec) {
		i = addr >> 32;
		if (i && i < f->shnum && addr - f->secs[i].addr < f->secs[i].size)
			return i;
		return -1;
	}

	for (i = 1; i < f->shnum; i++) {
		const struct section *s = &f->secs[i];

		if (!(s->hdr->sh_flags & SHF_ALLOC) || !s->addr)
			continue;
		if (addr >= s->addr && addr - s->addr < s->size)
			return i;
	}
	return -1;
}

/* The bytes at [addr, addr + len) if one section holds all of them. */
static const u8 *addr_bytes(struct elf_file *f, u64 addr, u64 len, int *shndx)
{
	int i = find_section_by_addr(f, addr);
	const struct section *s;

	if (i < 0 && len == 0 && f->is_exec) {
		/* An empty table may sit at the very end of a section. */
		unsigned int j;

		for (j = 1; j < f->shnum; j++)
			if ((f->secs[j].hdr->sh_flags & SHF_ALLOC) &&
			    f->secs[j].data && f->secs[j].addr &&
			    f->secs[j].addr + f->secs[j].size == addr)
				i = j;
	}
	if (i < 0)
		return NULL;
	s = &f->secs[i];
	if (!s->data || addr + len - s->addr > s->size)
		return NULL;
	if (shndx)
		*shndx = i;
	return s->data + (addr - s->addr);
}

static unsigned int sym_section(struct elf_file *f, size_t idx)
{
	const Elf64_Sym *sym = &f->syms[idx];

	if (sym->st_shndx == SHN_XINDEX && f->sym_shndx)
		return f->sym_shndx[idx];
	if (sym->st_shndx >= SHN_LORESERVE)
		return 0;
	return sym->st_shndx;
}

static const char *sym_name(struct elf_file *f, const Elf64_Sym *sym)
{
	if (!f->strtab || sym->st_name >= f->strtab_size)
		return "";
	return f->strtab + sym->st_name;
}

/* The address of symbol @idx, or false if it is not defined in a section. */
static bool sym_addr(struct elf_file *f, size_t idx, u64 *addr)
{
	unsigned int shndx = sym_section(f, idx);

	if (!shndx || shndx >= f->shnum)
		return false;
	*addr = f->syms[idx].st_value;
	if (!f->is_exec)
		*addr += f->secs[shndx].addr;
	return true;
}

static bool lookup_symbol(struct elf_file *f, const char *name, u64 *addr)
{
	size_t i;

	for (i = 1; i < f->nr_elf_syms; i++) {
		if (strcmp(sym_name(f, &f->syms[i]), name))
			continue;
		/* Linker script symbols outside sections are absolute. */
		if (f->is_exec && f->syms[i].st_shndx == SHN_ABS) {
			*addr = f->syms[i].st_value;
			return true;
		}
		return sym_addr(f, i, addr);
	}
	return false;
}

static int cmp_symbol(const void *a, const void *b)
{
	const struct symbol *x = a, *y = b;

	if (x->shndx != y->shndx)
		return x->shndx < y->shndx ? -1 : 1;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	/* The preferred name of an address sorts last. */
	if (x->func != y->func)
		return x->func ? 1 : -1;
	if (x->global != y->global)
		return x->global ? 1 : -1;
	return strcmp(y->name, x->name);
}

static void load_symbols(struct elf_file *f)
{
	size_t i;

	f->symbols = xcalloc(f->nr_elf_syms, sizeof(*f->symbols));
	for (i = 1; i < f->nr_elf_syms; i++) {
		const Elf64_Sym *sym = &f->syms[i];
		int type = ELF64_ST_TYPE(sym->st_info);
		unsigned int shndx = sym_section(f, i);
		struct symbol *s;
		const char *name = sym_name(f, sym);

		if (type != STT_FUNC && type != STT_NOTYPE)
			continue;
		if (!shndx || shndx >= f->shnum || !f->secs[shndx].exec ||
		    !*name)
			continue;

		s = &f->symbols[f->nr_symbols++];
		s->name = name;
		s->shndx = shndx;
		s->func = type == STT_FUNC;
		s->size = sym->st_size;
		s->global = ELF64_ST_BIND(sym->st_info) != STB_LOCAL;
		sym_addr(f, i, &s->addr);
	}
	sort(f->symbols, f->nr_symbols, sizeof(*f->symbols), cmp_symbol);
}

/* The nearest code symbol at or before @addr in section @shndx. */
static const struct symbol *find_symbol(struct elf_file *f, int shndx,
					u64 addr)
{
	const struct symbol *best = NULL;
	size_t lo = 0, hi = f->nr_symbols;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct symbol *s = &f->symbols[mid];

		if (s->shndx < (unsigned int)shndx ||
		    (s->shndx == (unsigned int)shndx && s->addr <= addr)) {
			if (s->shndx == (unsigned int)shndx)
				best = s;
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return best;
}

/* "ffffffff81001234 func()+0x4" (ET_EXEC) or "func()+0x4" (ET_REL) */
static void format_location(struct elf_file *f, u64 addr, char *buf,
			    size_t size)
{
	int shndx = find_section_by_addr(f, addr);
	const struct symbol *sym = NULL;
	int n = 0;

	if (f->is_exec)
		n = snprintf(buf, size, "%016llx ", (unsigned long long)addr);
	if (shndx >= 0)
		sym = find_symbol(f, shndx, addr);

	if (sym)
		snprintf(buf + n, size - n, "%s%s+0x%llx", sym->name,
			 sym->func ? "()" : "",
			 (unsigned long long)(addr - sym->addr));
	else if (shndx >= 0)
		snprintf(buf + n, size - n, "%s+0x%llx", f->secs[shndx].name,
			 (unsigned long long)(addr - f->secs[shndx].addr));
	else if (!f->is_exec)
		snprintf(buf + n, size - n, "<unknown 0x%llx>",
			 (unsigned long long)addr);
	else if (n > 0)
		buf[n - 1] = '\0';
}

static void format_bytes(const u8 *p, int len, char *buf, size_t size)
{
	size_t n = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < len && n + 4 < size; i++)
		n += snprintf(buf + n, size - n, "%s%02x", i ? " " : "", p[i]);
}

static void __printf(3, 4)
report(struct elf_file *f, u64 addr, const char *fmt, ...)
{
	char loc[512];
	va_list ap;

	/* --raw counts, it does not check */
	if (opt_raw)
		return;
	format_location(f, addr, loc, sizeof(loc));
	fprintf(stderr, "%s: error: previrt: %s: ", f->path, loc);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	f->errors++;
}

static void __printf(2, 3)
report_file(struct elf_file *f, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: error: previrt: ", f->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	f->errors++;
}

static bool section_in_file(struct elf_file *f, const Elf64_Shdr *sh)
{
	if (sh->sh_type == SHT_NOBITS)
		return true;
	return sh->sh_offset <= f->size && sh->sh_size <= f->size - sh->sh_offset;
}

static int open_elf(struct elf_file *f)
{
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *symtab = NULL, *strsh;
	unsigned int i, shstrndx;
	u64 shnum;
	struct stat st;
	void *map;
	int fd;

	fd = open(f->path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) < 0) {
		fprintf(stderr, "%s: error: previrt: %s\n", f->path,
			strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	f->size = st.st_size;
	if (f->size < sizeof(Elf64_Ehdr)) {
		close(fd);
		goto bad;
	}
	map = mmap(NULL, f->size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		fprintf(stderr, "%s: error: previrt: mmap: %s\n", f->path,
			strerror(errno));
		return -1;
	}
	f->map = map;

	f->ehdr = map;
	eh = f->ehdr;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_machine != EM_X86_64 ||
	    (eh->e_type != ET_EXEC && eh->e_type != ET_REL) ||
	    eh->e_shentsize != sizeof(Elf64_Shdr) || !eh->e_shoff ||
	    eh->e_shoff > f->size || eh->e_shoff % 8)
		goto bad;
	f->is_exec = eh->e_type == ET_EXEC;

	f->shdr = (const Elf64_Shdr *)(f->map + eh->e_shoff);
	if (f->size - eh->e_shoff < sizeof(Elf64_Shdr))
		goto bad;
	shnum = eh->e_shnum ? eh->e_shnum : f->shdr[0].sh_size;
	shstrndx = eh->e_shstrndx == SHN_XINDEX ? f->shdr[0].sh_link :
		   eh->e_shstrndx;
	if (!shnum || shnum > (f->size - eh->e_shoff) / sizeof(Elf64_Shdr) ||
	    shstrndx >= shnum)
		goto bad;
	f->shnum = shnum;
	strsh = &f->shdr[shstrndx];
	if (strsh->sh_type != SHT_STRTAB || !strsh->sh_size ||
	    !section_in_file(f, strsh) ||
	    f->map[strsh->sh_offset + strsh->sh_size - 1])
		goto bad;

	f->secs = xcalloc(f->shnum, sizeof(*f->secs));
	for (i = 0; i < f->shnum; i++) {
		const Elf64_Shdr *sh = &f->shdr[i];
		struct section *s = &f->secs[i];

		if (!section_in_file(f, sh) || sh->sh_name >= strsh->sh_size)
			goto bad;
		s->hdr = sh;
		s->name = (const char *)f->map + strsh->sh_offset + sh->sh_name;
		s->size = sh->sh_size;
		s->addr = f->is_exec ? sh->sh_addr : (u64)i << 32;
		if (sh->sh_type != SHT_NOBITS && sh->sh_size)
			s->data = f->map + sh->sh_offset;
		s->exec = i && sh->sh_type == SHT_PROGBITS &&
			  (sh->sh_flags & SHF_EXECINSTR) && s->data;
		s->replacement = !strcmp(s->name, ".altinstr_replacement");
		if (sh->sh_type == SHT_SYMTAB && !symtab)
			symtab = sh;
	}

	if (symtab && symtab->sh_entsize == sizeof(Elf64_Sym) &&
	    symtab->sh_offset % 8 == 0 &&
	    symtab->sh_link < f->shnum &&
	    f->shdr[symtab->sh_link].sh_type == SHT_STRTAB) {
		f->syms = (const Elf64_Sym *)(f->map + symtab->sh_offset);
		f->nr_elf_syms = symtab->sh_size / sizeof(Elf64_Sym);
		f->strtab = (const char *)f->map + f->shdr[symtab->sh_link].sh_offset;
		f->strtab_size = f->shdr[symtab->sh_link].sh_size;
		/* Names are used as C strings: the table must end in a NUL. */
		if (!f->strtab_size || f->strtab[f->strtab_size - 1])
			f->strtab = NULL;
		for (i = 1; i < f->shnum; i++)
			if (f->shdr[i].sh_type == SHT_SYMTAB_SHNDX &&
			    f->shdr[i].sh_link == (u32)(symtab - f->shdr) &&
			    f->shdr[i].sh_size / 4 >= f->nr_elf_syms &&
			    f->shdr[i].sh_offset % 4 == 0)
				f->sym_shndx = (const u32 *)(f->map + f->shdr[i].sh_offset);
	}
	load_symbols(f);
	return 0;

bad:
	fprintf(stderr, "%s: error: previrt: not an x86-64 ELF64 object or executable\n",
		f->path);
	return -1;
}

/* ---- decoding --------------------------------------------------------- */

static bool is_legacy_prefix(u8 b)
{
	switch (b) {
	case 0x26: case 0x2e: case 0x36: case 0x3e: case 0x64: case 0x65:
	case 0x66: case 0x67: case 0xf0: case 0xf2: case 0xf3:
		return true;
	}
	return false;
}

/*
 * The decoder accepts any one-byte opcode, but these are invalid in 64-bit
 * mode (push/pop of es, cs, ss, ds, the BCD instructions, pusha/popa, 82,
 * far call/jmp with an immediate pointer, into, salc): #UD, not code.
 */
static bool invalid64(const struct insn *insn)
{
	if (insn->opcode.nbytes != 1 || insn->vex_prefix.nbytes)
		return false;
	switch (insn->opcode.bytes[0]) {
	case 0x06: case 0x07: case 0x0e: case 0x16: case 0x17: case 0x1e:
	case 0x1f: case 0x27: case 0x2f: case 0x37: case 0x3f: case 0x60:
	case 0x61: case 0x82: case 0x9a: case 0xce: case 0xd4: case 0xd5:
	case 0xd6: case 0xea:
		return true;
	}
	return false;
}

/*
 * Decode one instruction of @mode-bit code (16, 32 or 64) at @p, with
 * @avail bytes there.  The decoder knows 32- and 64-bit code only, but
 * 16-bit code is 32-bit code with the meaning of the operand- and
 * address-size prefixes (66, 67) swapped: it is decoded as 32-bit code with
 * the two prefixes toggled, and the length corrected.
 */
static bool decode_mode(const u8 *p, u64 avail, int mode, struct insn *insn)
{
	int len = avail > MAX_INSN_SIZE ? MAX_INSN_SIZE : (int)avail;
	u8 buf[MAX_INSN_SIZE + 2];
	int i, n = 0, nprefix, added = 0, removed = 0;
	bool has66 = false, has67 = false;

	if (mode == 64)
		return !insn_decode(insn, p, len, INSN_MODE_64) && !invalid64(insn);
	if (mode == 32)
		return !insn_decode(insn, p, len, INSN_MODE_32);

	for (nprefix = 0; nprefix < len && is_legacy_prefix(p[nprefix]);
	     nprefix++) {
		has66 |= p[nprefix] == 0x66;
		has67 |= p[nprefix] == 0x67;
	}
	if (!has66)
		buf[n++] = 0x66, added++;
	if (!has67)
		buf[n++] = 0x67, added++;
	for (i = 0; i < len; i++) {
		if (i < nprefix && (p[i] == 0x66 || p[i] == 0x67))
			removed++;
		else
			buf[n++] = p[i];
	}
	if (insn_decode(insn, buf, n, INSN_MODE_32))
		return false;
	if ((int)insn->length - added + removed > len)
		return false;
	insn->length = insn->length - added + removed;
	insn->kaddr = p;
	return true;
}

static bool decode(const u8 *p, u64 avail, struct insn *insn)
{
	return decode_mode(p, avail, 64, insn);
}

static void add_branch(struct elf_file *f, u64 target, u64 from)
{
	f->branches = xrealloc(f->branches, f->nr_branches + 1,
			       sizeof(*f->branches));
	f->branches[f->nr_branches].target = target;
	f->branches[f->nr_branches].from = from;
	f->nr_branches++;
}

/* ---- tables ----------------------------------------------------------- */

static int cmp_reloc(const void *a, const void *b)
{
	const struct reloc *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return 0;
}

/* Collect the PC-relative relocations applying to table section @t. */
static void load_relocs(struct elf_file *f, struct table *t)
{
	unsigned int i;

	for (i = 1; i < f->shnum; i++) {
		const Elf64_Shdr *sh = &f->shdr[i];
		const Elf64_Rela *rela;
		size_t j, n;

		if (sh->sh_type != SHT_RELA || sh->sh_info != t->shndx ||
		    sh->sh_entsize != sizeof(Elf64_Rela) || sh->sh_offset % 8)
			continue;
		rela = (const Elf64_Rela *)(f->map + sh->sh_offset);
		n = sh->sh_size / sizeof(Elf64_Rela);
		t->relocs = xrealloc(t->relocs, t->nr_relocs + n,
				     sizeof(*t->relocs));
		for (j = 0; j < n; j++) {
			struct reloc *r = &t->relocs[t->nr_relocs++];
			size_t symidx = ELF64_R_SYM(rela[j].r_info);
			unsigned int type = ELF64_R_TYPE(rela[j].r_info);
			u64 s;

			r->offset = rela[j].r_offset;
			r->ok = false;
			if (type != R_X86_64_PC32 && type != R_X86_64_PLT32)
				continue;
			if (symidx >= f->nr_elf_syms || !sym_addr(f, symidx, &s))
				continue;
			/* .long L - . : S + A - P, so the target is S + A */
			r->target = s + rela[j].r_addend;
			r->ok = true;
		}
	}
	sort(t->relocs, t->nr_relocs, sizeof(*t->relocs), cmp_reloc);
}

/*
 * Resolve the self-relative 32-bit field at offset @off of table @t.
 * Returns false if a relocation exists that cannot be resolved.
 */
static bool table_field(struct table *t, u64 off, u64 *target)
{
	size_t lo = 0, hi = t->nr_relocs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->relocs[mid].offset == off) {
			*target = t->relocs[mid].target;
			return t->relocs[mid].ok;
		}
		if (t->relocs[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	*target = t->addr + off + (s64)(s32)get_u32(t->data + off);
	return true;
}

/* The PC-relative relocations of the code in section @sec of an ET_REL. */
static void load_section_relocs(struct elf_file *f, struct section *sec)
{
	struct table t = { .shndx = sec - f->secs };

	load_relocs(f, &t);
	sec->relocs = t.relocs;
	sec->nr_relocs = t.nr_relocs;
}

static void free_table(struct table *t)
{
	free(t->relocs);
	t->relocs = NULL;
	t->nr_relocs = 0;
}

static void add_site_record(struct elf_file *f, struct table *t, u64 off,
			    struct site **sites, size_t *nr_sites)
{
	const u8 *rec = t->data + off;
	struct site *s;
	u64 addr;

	if (!table_field(t, off, &addr)) {
		report_file(f, "%s+0x%llx: %s record refers to an undefined symbol",
			    t->name, (unsigned long long)off,
			    sites == &f->altsites ? "altsite" : "site");
		return;
	}
	*sites = xrealloc(*sites, *nr_sites + 1, sizeof(**sites));
	s = &(*sites)[(*nr_sites)++];
	s->addr = addr;
	s->field = t->addr + off;
	s->len = rec[4];
	s->insn_len = rec[5];
	s->kind = rec[6];
	s->operand = rec[7];
}

static void add_site(struct elf_file *f, struct table *t, u64 off)
{
	add_site_record(f, t, off, &f->sites, &f->nr_sites);
}

static void add_altsite(struct elf_file *f, struct table *t, u64 off)
{
	add_site_record(f, t, off, &f->altsites, &f->nr_altsites);
}

static void add_exempt(struct elf_file *f, struct table *t, u64 off)
{
	static const u8 modes[] = { 0, 16, 32, 64 };
	u32 word = get_u32(t->data + off + 4);
	u32 len = word & EXEMPT_LEN_MASK;
	struct range *r;
	u64 start;

	if (!table_field(t, off, &start)) {
		report_file(f, "%s+0x%llx: exempt record refers to an undefined symbol",
			    t->name, (unsigned long long)off);
		return;
	}
	if (!len)
		return;
	f->exempt = xrealloc(f->exempt, f->nr_exempt + 1, sizeof(*f->exempt));
	r = &f->exempt[f->nr_exempt++];
	r->start = start;
	r->end = start + len;
	r->field = t->addr + off;
	r->mode = modes[word >> EXEMPT_MODE_SHIFT];
}

static void add_alt(struct elf_file *f, struct table *t, u64 off)
{
	const u8 *rec = t->data + off;
	struct alt *a;
	u64 instr, repl;

	if (!table_field(t, off, &instr) || !table_field(t, off + 4, &repl))
		return;
	f->alts = xrealloc(f->alts, f->nr_alts + 1, sizeof(*f->alts));
	a = &f->alts[f->nr_alts++];
	a->instr = instr;
	a->repl = repl;
	a->instrlen = rec[10];
	a->repllen = rec[11];
}

static void load_table(struct elf_file *f, struct table *t, size_t recsize,
		       void (*add)(struct elf_file *, struct table *, u64))
{
	u64 off;

	if (t->size % recsize)
		report_file(f, "%s: size 0x%llx is not a multiple of %zu",
			    t->name, (unsigned long long)t->size, recsize);
	for (off = 0; off + recsize <= t->size; off += recsize)
		add(f, t, off);
}

/* Tables of an ET_EXEC found through their __start_ and __stop_ symbols. */
static bool load_symbol_table(struct elf_file *f, const char *name,
			      size_t recsize,
			      void (*add)(struct elf_file *, struct table *, u64))
{
	char sym[128];
	struct table t = { .name = name };
	u64 start, stop;
	int shndx = 0;

	snprintf(sym, sizeof(sym), "__start_%s", name);
	if (!lookup_symbol(f, sym, &start))
		return false;
	snprintf(sym, sizeof(sym), "__stop_%s", name);
	if (!lookup_symbol(f, sym, &stop))
		return false;
	if (stop < start) {
		report_file(f, "__stop_%s is below __start_%s", name, name);
		return true;
	}
	t.addr = start;
	t.size = stop - start;
	t.data = addr_bytes(f, start, t.size, &shndx);
	if (!t.data && t.size) {
		report_file(f, "%s: table at %llx is not in the file", name,
			    (unsigned long long)start);
		return true;
	}
	t.shndx = shndx;
	load_table(f, &t, recsize, add);
	return true;
}

/* Tables in sections of that name, relocated if this is an ET_REL. */
static void load_section_tables(struct elf_file *f, const char *secname,
				size_t recsize,
				void (*add)(struct elf_file *, struct table *,
					    u64))
{
	unsigned int i;

	for (i = 1; i < f->shnum; i++) {
		struct section *s = &f->secs[i];
		struct table t = {
			.name = secname,
			.shndx = i,
			.addr = s->addr,
			.data = s->data,
			.size = s->data ? s->size : 0,
		};

		if (strcmp(s->name, secname) || f->shdr[i].sh_type == SHT_NOBITS)
			continue;
		if (!f->is_exec)
			load_relocs(f, &t);
		load_table(f, &t, recsize, add);
		free_table(&t);
	}
}

static int cmp_site(const void *a, const void *b)
{
	const struct site *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->field < y->field ? -1 : x->field > y->field;
}

static int cmp_range(const void *a, const void *b)
{
	const struct range *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

static int cmp_alt(const void *a, const void *b)
{
	const struct alt *x = a, *y = b;

	if (x->repl != y->repl)
		return x->repl < y->repl ? -1 : 1;
	return x->instr < y->instr ? -1 : x->instr > y->instr;
}

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static void load_tables(struct elf_file *f)
{
	if (!opt_raw) {
		if (!f->is_exec ||
		    !load_symbol_table(f, "previrt_sites", SITE_RECORD_SIZE,
				       add_site))
			load_section_tables(f, ".previrt.sites",
					    SITE_RECORD_SIZE, add_site);
		if (!f->is_exec ||
		    !load_symbol_table(f, "previrt_altsites", SITE_RECORD_SIZE,
				       add_altsite))
			load_section_tables(f, ".previrt.altsites",
					    SITE_RECORD_SIZE, add_altsite);
		if (!f->is_exec ||
		    !load_symbol_table(f, "previrt_exempt", EXEMPT_RECORD_SIZE,
				       add_exempt))
			load_section_tables(f, ".previrt.exempt",
					    EXEMPT_RECORD_SIZE, add_exempt);
		load_section_tables(f, ".altinstructions", ALT_RECORD_SIZE,
				    add_alt);
	}

	sort(f->sites, f->nr_sites, sizeof(*f->sites), cmp_site);
	sort(f->altsites, f->nr_altsites, sizeof(*f->altsites), cmp_site);
	sort(f->alts, f->nr_alts, sizeof(*f->alts), cmp_alt);
	sort(f->exempt, f->nr_exempt, sizeof(*f->exempt), cmp_range);
}

/*
 * Where decoding must be in step: functions, sites, exempt code,
 * alternatives.  Other code symbols (labels: SYM_CODE_START,
 * SYM_INNER_LABEL) are entry points, decoded from like branch targets: the
 * return thunks (retbleed_untrain_ret, srso_untrain_ret) put one inside an
 * instruction on purpose.
 */
static void load_bounds(struct elf_file *f)
{
	size_t i, n;

	n = f->nr_symbols +
	    2 * (f->nr_sites + f->nr_altsites + f->nr_exempt + f->nr_alts);
	f->bounds = xcalloc(n, sizeof(*f->bounds));
	for (i = 0; i < f->nr_symbols; i++) {
		if (f->symbols[i].func)
			f->bounds[f->nr_bounds++] = f->symbols[i].addr;
		else
			add_branch(f, f->symbols[i].addr, 0);
	}
	for (i = 0; i < f->nr_sites; i++) {
		f->bounds[f->nr_bounds++] = f->sites[i].addr;
		f->bounds[f->nr_bounds++] = f->sites[i].addr + f->sites[i].len;
	}
	for (i = 0; i < f->nr_altsites; i++) {
		f->bounds[f->nr_bounds++] = f->altsites[i].addr;
		f->bounds[f->nr_bounds++] = f->altsites[i].addr +
					    f->altsites[i].len;
	}
	for (i = 0; i < f->nr_exempt; i++) {
		f->bounds[f->nr_bounds++] = f->exempt[i].start;
		f->bounds[f->nr_bounds++] = f->exempt[i].end;
	}
	for (i = 0; i < f->nr_alts; i++) {
		f->bounds[f->nr_bounds++] = f->alts[i].instr;
		f->bounds[f->nr_bounds++] = f->alts[i].repl;
	}
	sort(f->bounds, f->nr_bounds, sizeof(*f->bounds), cmp_u64);
}

/* ---- lookups ---------------------------------------------------------- */

/* The last of the @n sorted @sites starting at or before @addr, or NULL. */
static const struct site *site_before(const struct site *sites, size_t n,
				      u64 addr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sites[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &sites[lo - 1] : NULL;
}

static bool in_site(struct elf_file *f, u64 addr, unsigned int len)
{
	const struct site *s = site_before(f->sites, f->nr_sites, addr);

	return s && addr + len <= s->addr + s->len;
}

static bool in_altsite(struct elf_file *f, u64 addr, unsigned int len)
{
	const struct site *s = site_before(f->altsites, f->nr_altsites, addr);

	return s && addr + len <= s->addr + s->len;
}

/* The exempt range holding @addr, or NULL. */
static const struct range *exempt_at(struct elf_file *f, u64 addr)
{
	size_t lo = 0, hi = f->nr_exempt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f->exempt[mid].start <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo && addr < f->exempt[lo - 1].end ? &f->exempt[lo - 1] : NULL;
}

static bool in_exempt(struct elf_file *f, u64 addr, unsigned int len)
{
	const struct range *r = exempt_at(f, addr);

	return r && addr + len <= r->end;
}

/*
 * The alternatives whose replacement contains @addr, one by one: start with
 * *@i = f->nr_alts + 1, returns NULL after the last.
 */
static const struct alt *next_alt_at(struct elf_file *f, u64 addr, size_t *i)
{
	if (*i > f->nr_alts) {
		size_t lo = 0, hi = f->nr_alts;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (f->alts[mid].repl <= addr)
				lo = mid + 1;
			else
				hi = mid;
		}
		*i = lo;
	}
	/* Replacements are at most 255 bytes long. */
	while (*i > 0 && f->alts[*i - 1].repl + 256 > addr) {
		const struct alt *a = &f->alts[--*i];

		if (addr < a->repl + a->repllen)
			return a;
	}
	*i = 0;
	return NULL;
}

/* ---- checks ----------------------------------------------------------- */

static bool insn_is_nop(const struct insn *insn)
{
	const u8 *op = insn->opcode.bytes;
	int rex = previrt_insn_rex(insn);

	if (insn->vex_prefix.nbytes)
		return false;
	/* 90, 66 90; but not pause (f3 90) or xchg %r8,%rax (41 90) */
	if (insn->opcode.nbytes == 1 && op[0] == 0x90)
		return !X86_REX_B(rex) && !previrt_insn_has_prefix(insn, 0xf3);
	/* 0f 1f /0: nopl, nopw, with any number of 66 and 2e prefixes */
	return insn->opcode.nbytes == 2 && op[0] == 0x0f && op[1] == 0x1f &&
	       X86_MODRM_REG(insn->modrm.bytes[0]) == 0;
}

/*
 * Check a site or altsite record against the code.  Returns false if the
 * record is malformed or not in code, true otherwise (even with errors).
 * @last_nop is set if the site ends in padding whose last instruction is a
 * one-byte NOP (0x90).
 */
static bool check_site(struct elf_file *f, const struct site *s,
		       const struct site *prev, bool alt, bool *last_nop)
{
	const char *what = alt ? "altsite" : "site";
	char bytes[64];
	struct insn insn;
	int shndx = -1, kind;
	const u8 *p;
	u64 pos, end = s->addr + s->len;

	*last_nop = false;
	if (prev && prev->addr + prev->len > s->addr) {
		char loc[512];

		format_location(f, prev->addr, loc, sizeof(loc));
		report(f, s->addr, "%s overlaps the %s at %s", what, what, loc);
	}

	/* Memory hooks (previrt_hook()) are padding only. */
	if ((!s->insn_len && !is_mem_kind(s->kind)) || s->insn_len > s->len ||
	    s->len > PREVIRT_SITE_MAX) {
		report(f, s->addr, "malformed %s record (len %u, insn_len %u)",
		       what, s->len, s->insn_len);
		return false;
	}
	p = addr_bytes(f, s->addr, s->len, &shndx);
	if (!p || !f->secs[shndx].exec) {
		report(f, s->addr, "%s (len %u) is not in executable code",
		       what, s->len);
		return false;
	}
	if (s->kind >= PREVIRT_KIND_MEM_FIRST) {
		if (!is_mem_kind(s->kind)) {
			report(f, s->addr, "%s has unknown memory kind 0x%02x", what, s->kind);
			return true;
		}
		if (alt)
			report(f, s->addr, "memory kind %s recorded as an altsite",
			       kind_name(s->kind));
		f->mem_sites++;
		f->counts.mem[s->kind - PREVIRT_KIND_MEM_FIRST]++;
		if (s->len < mem_kind_info[s->kind - PREVIRT_KIND_MEM_FIRST].size)
			report(f, s->addr, "%s is %u bytes, kind %s needs %u", what, s->len,
			       kind_name(s->kind),
			       mem_kind_info[s->kind - PREVIRT_KIND_MEM_FIRST].size);
		if (!s->insn_len) {
			insn.length = 0;
			goto padding;
		}
	}

	if (!decode(p, s->len, &insn)) {
		format_bytes(p, s->insn_len, bytes, sizeof(bytes));
		report(f, s->addr, "%s instruction does not decode (%s)", what,
		       bytes);
		return true;
	}
	format_bytes(p, insn.length, bytes, sizeof(bytes));
	if (insn.length != s->insn_len) {
		report(f, s->addr, "%s records insn_len %u, the instruction decodes to %u (%s)",
		       what, s->insn_len, insn.length, bytes);
		return true;
	}

	kind = previrt_classify_insn(&insn);
	if (s->kind >= PREVIRT_KIND_MEM_FIRST) {
		if (kind)
			report(f, s->addr, "memory %s holds a sensitive instruction: %s (%s)",
			       what, kind_what(kind), bytes);
	} else if (!s->kind || s->kind >= PREVIRT_KIND_NR) {
		report(f, s->addr, "%s has unknown kind %u (%s)", what, s->kind,
		       bytes);
		return true;
	} else if (kind != s->kind) {
		report(f, s->addr, "%s records kind %s but the instruction is %s (%s)",
		       what, kind_name(s->kind),
		       kind ? kind_name(kind) : "not sensitive", bytes);
	} else {
		int op = previrt_insn_operand(&insn, kind);

		if (op != PREVIRT_OP_DECODE && s->operand != PREVIRT_OP_DECODE &&
		    op != s->operand)
			report(f, s->addr, "%s records operand 0x%02x, expected 0x%02x (%s)",
			       what, s->operand, op, bytes);
	}

	if (s->kind < PREVIRT_KIND_NR && s->len < kind_info[s->kind].size)
		report(f, s->addr, "%s is %u bytes, kind %s needs %u",
		       what, s->len, kind_name(s->kind), kind_info[s->kind].size);

padding:
	for (pos = s->addr + s->insn_len; pos < end; pos += insn.length) {
		const u8 *q = p + (pos - s->addr);

		if (!decode(q, end - pos, &insn) || !insn_is_nop(&insn)) {
			format_bytes(q, end - pos > 8 ? 8 : end - pos, bytes,
				     sizeof(bytes));
			report(f, s->addr, "%s padding at +0x%llx is not a NOP (%s)",
			       what, (unsigned long long)(pos - s->addr), bytes);
			return true;
		}
		*last_nop = insn.length == 1 && *q == 0x90;
	}
	return true;
}

/*
 * An altsite must lie in a replacement, and each alternative using that
 * replacement must copy the whole site to a destination long enough for
 * it.  apply_alternatives() fills the destination beyond the replacement
 * with 0x90 and merges runs of 0x90 into longer NOPs: a site ending in a
 * 0x90 followed by another 0x90 would end in the middle of a NOP.
 */
static void check_altsite(struct elf_file *f, const struct site *s,
			  const struct site *prev)
{
	u64 end = s->addr + s->len;
	bool last_nop, used = false;
	size_t i = f->nr_alts + 1;
	const struct alt *a;
	char loc[512];
	int shndx;

	if (!check_site(f, s, prev, true, &last_nop))
		return;
	shndx = find_section_by_addr(f, s->addr);
	if (shndx < 0 || !f->secs[shndx].replacement) {
		report(f, s->addr, "altsite is not in .altinstr_replacement");
		return;
	}

	while ((a = next_alt_at(f, s->addr, &i))) {
		u64 off = end - a->repl;
		const u8 *next;

		used = true;
		format_location(f, a->instr, loc, sizeof(loc));
		if (off > a->repllen) {
			report(f, s->addr,
			       "altsite ends past the replacement for %s (+0x%llx > +0x%x)",
			       loc, (unsigned long long)off, a->repllen);
			continue;
		}
		if (off > a->instrlen) {
			report(f, s->addr,
			       "altsite needs %llu bytes, the alternative for %s has %u",
			       (unsigned long long)off, loc, a->instrlen);
			continue;
		}
		if (!last_nop || off == a->instrlen)
			continue;
		next = off < a->repllen ? addr_bytes(f, end, 1, NULL) : NULL;
		if (off >= a->repllen || (next && *next == 0x90))
			report(f, s->addr,
			       "altsite ends in 0x90; alternative for %s merges it into a longer NOP",
			       loc);
	}
	if (!used)
		report(f, s->addr, "altsite in a replacement no alternative uses");
}

/* ---- exempt ranges ---------------------------------------------------- */

static const struct exempt_code *exempt_declared(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(builtin_exempt_code); i++)
		if (!strcmp(builtin_exempt_code[i].name, name))
			return &builtin_exempt_code[i];
	for (i = 0; i < nr_opt_exempt_code; i++)
		if (!strcmp(opt_exempt_code[i].name, name))
			return &opt_exempt_code[i];
	return NULL;
}

/* The index of the first code symbol at or after @addr in section @shndx. */
static size_t symbol_from(struct elf_file *f, unsigned int shndx, u64 addr)
{
	size_t lo = 0, hi = f->nr_symbols;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct symbol *s = &f->symbols[mid];

		if (s->shndx < shndx || (s->shndx == shndx && s->addr < addr))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The end of the code of symbol f->symbols[@i]. */
static u64 symbol_end(struct elf_file *f, size_t i)
{
	const struct symbol *s = &f->symbols[i];
	const struct section *sec = &f->secs[s->shndx];

	if (s->size)
		return s->addr + s->size;
	for (i++; i < f->nr_symbols && f->symbols[i].shndx == s->shndx; i++)
		if (f->symbols[i].addr > s->addr)
			return f->symbols[i].addr;
	return sec->addr + sec->size;
}

/*
 * An exempt record is a claim made by afterburn, which reads the assembler
 * source and can be wrong (or be fooled).  It is only believed for code that
 * is declared to run in 16/32-bit mode or to be left native (see
 * builtin_exempt_code and --exempt-code): every symbol the range touches
 * must be declared, in one mode, which the record must not contradict; the
 * bytes before the first of them must be padding; and the range must not
 * end past the last of them.  The sweep then decodes the range in that mode
 * (scan_section()): it must decode cleanly and end exactly at the end of the
 * range.  Returns false if the range is not believed.
 */
static bool check_exempt_range(struct elf_file *f, struct range *r)
{
	const struct exempt_code *decl = NULL, *d;
	int shndx = find_section_by_addr(f, r->start);
	const struct site *site;
	const struct section *sec;
	const char *name;
	size_t i, j, first, last = 0;
	struct insn insn;
	char what[64];
	u64 pos;

	snprintf(what, sizeof(what), "exempt range of %llu byte%s",
		 (unsigned long long)(r->end - r->start),
		 r->end - r->start == 1 ? "" : "s");
	sec = shndx >= 0 ? &f->secs[shndx] : NULL;
	if (!sec || !sec->exec || r->end - sec->addr > sec->size) {
		report(f, r->start, "%s is not in executable code", what);
		return false;
	}
	if (sec->replacement) {
		report(f, r->start, "%s in .altinstr_replacement", what);
		return false;
	}

	/* The symbol holding the start, or else the first one after it. */
	first = symbol_from(f, shndx, r->start);
	if (first < f->nr_symbols && f->symbols[first].shndx == (unsigned int)shndx &&
	    f->symbols[first].addr == r->start)
		;
	else if (first && f->symbols[first - 1].shndx == (unsigned int)shndx &&
		 symbol_end(f, first - 1) > r->start)
		first--;
	while (first && f->symbols[first - 1].shndx == (unsigned int)shndx &&
	       f->symbols[first - 1].addr == f->symbols[first].addr)
		first--;

	/* Each address with symbols needs one of its names declared. */
	for (i = first; i < f->nr_symbols &&
	     f->symbols[i].shndx == (unsigned int)shndx &&
	     f->symbols[i].addr < r->end; i = j) {
		const struct symbol *s = &f->symbols[i];

		d = NULL;
		for (j = i; j < f->nr_symbols && f->symbols[j].shndx == s->shndx &&
		     f->symbols[j].addr == s->addr; j++)
			if (!d)
				d = exempt_declared(f->symbols[j].name);
		/* The preferred name of an address sorts last. */
		s = &f->symbols[j - 1];
		if (!d) {
			report(f, r->start,
			       "%s covers %s%s, which is not declared 16/32-bit or exempt code",
			       what, s->name, s->func ? "()" : "");
			return false;
		}
		if (decl && d->mode != decl->mode) {
			report(f, r->start, "%s covers %u-bit and %u-bit code",
			       what, decl->mode, d->mode);
			return false;
		}
		decl = d;
		last = j - 1;
	}
	if (!decl) {
		report(f, r->start,
		       "%s covers no code declared 16/32-bit or exempt", what);
		return false;
	}
	name = f->symbols[last].name;
	if (r->mode && r->mode != decl->mode) {
		report(f, r->start, "%s records %u-bit code, %s is declared %u-bit",
		       what, r->mode, name, decl->mode);
		return false;
	}
	r->mode = decl->mode;

	/* Before the first symbol: alignment padding only. */
	for (pos = r->start; pos < f->symbols[first].addr; pos += insn.length) {
		const u8 *p = sec->data + (pos - sec->addr);

		insn.length = 1;
		if (*p == 0xcc)
			continue;
		if (!decode_mode(p, f->symbols[first].addr - pos, r->mode, &insn) ||
		    !insn_is_nop(&insn)) {
			report(f, r->start, "%s starts before %s, in code that is not padding",
			       what, f->symbols[first].name);
			return false;
		}
	}
	if (r->end > symbol_end(f, last)) {
		report(f, r->start, "%s ends past the end of %s", what, name);
		return false;
	}

	/* afterburn makes sites in 64-bit code only, never in exempt code. */
	site = site_before(f->sites, f->nr_sites, r->end - 1);
	if (site && site->addr + site->len > r->start) {
		char loc[512];

		format_location(f, site->addr, loc, sizeof(loc));
		report(f, r->start, "%s covers the site at %s", what, loc);
		return false;
	}
	return true;
}

/*
 * Believe the exempt ranges that check_exempt_range() accepts and merge
 * those that overlap (the same code in the same mode).
 */
static void check_exempt(struct elf_file *f)
{
	size_t i, n;

	for (i = 0, n = 0; i < f->nr_exempt; i++) {
		struct range *r = &f->exempt[i];

		if (!check_exempt_range(f, r))
			continue;
		if (n && r->start < f->exempt[n - 1].end) {
			struct range *prev = &f->exempt[n - 1];

			if (prev->mode != r->mode) {
				report(f, r->start, "exempt range of %u-bit code overlaps one of %u-bit code",
				       r->mode, prev->mode);
				continue;
			}
			if (r->end > prev->end)
				prev->end = r->end;
			continue;
		}
		f->exempt[n++] = *r;
	}
	f->nr_exempt = n;
}

/* The code mode at @addr: 64, or that of the exempt range holding it. */
static int mode_at(struct elf_file *f, u64 addr)
{
	const struct range *r = exempt_at(f, addr);

	return r ? r->mode : 64;
}

/*
 * A sensitive instruction at @addr in .altinstr_replacement that no altsite
 * covers is fine only if apply_alternatives() copies it into a site of its
 * own kind, whole: for each alternative using the replacement, the copy at
 * the destination (the same offset from its start) must lie inside the
 * destination and inside one site of kind @kind.  Reports each alternative
 * for which it does not; returns false if there was one, or none at all.
 */
static bool check_alt_insn(struct elf_file *f, u64 addr, const struct insn *insn,
			   int kind, const char *bytes, bool quiet)
{
	size_t i = f->nr_alts + 1;
	const struct alt *a;
	bool used = false, ok = true;
	char loc[512], sloc[512];

	while ((a = next_alt_at(f, addr, &i))) {
		u64 off = addr - a->repl, dest = a->instr + off;
		const struct site *s = site_before(f->sites, f->nr_sites, dest);
		char dloc[512];

		used = true;
		if (s && dest >= s->addr + s->len)
			s = NULL;
		if (off + insn->length <= a->repllen &&
		    off + insn->length <= a->instrlen && s && s->kind == kind &&
		    dest + insn->length <= s->addr + s->len)
			continue;
		ok = false;
		if (quiet)
			continue;
		format_location(f, a->instr, loc, sizeof(loc));
		format_location(f, dest, dloc, sizeof(dloc));
		if (s)
			format_location(f, s->addr, sloc, sizeof(sloc));
		if (off + insn->length > a->repllen)
			report(f, addr, "%s runs past the end of the replacement for %s (%s)",
			       kind_what(kind), loc, bytes);
		else if (off + insn->length > a->instrlen)
			report(f, addr, "%s does not fit in the %u bytes of the alternative for %s (%s)",
			       kind_what(kind), a->instrlen, loc, bytes);
		else if (!s)
			report(f, addr, "unannotated %s in alternative for %s: lands at %s, not in a site (%s)",
			       kind_what(kind), loc, dloc, bytes);
		else if (s->kind != kind)
			report(f, addr, "unannotated %s in alternative for %s: lands at %s, in the %s site at %s (%s)",
			       kind_what(kind), loc, dloc, kind_name(s->kind), sloc,
			       bytes);
		else
			report(f, addr, "unannotated %s in alternative for %s: lands at %s, runs past the end of the site at %s (%s)",
			       kind_what(kind), loc, dloc, sloc, bytes);
	}
	if (!used && !quiet)
		report(f, addr, "unannotated %s in a replacement no alternative uses (%s)",
		       kind_what(kind), bytes);
	return used && ok;
}

/* ", inside another instruction, reached by the branch at foo()+0x4" */
static void format_via(struct elf_file *f, const struct branch *via, char *buf,
		       size_t size)
{
	char loc[512];

	if (via->from) {
		format_location(f, via->from, loc, sizeof(loc));
		snprintf(buf, size, ", inside another instruction, reached by the branch at %s",
			 loc);
	} else {
		snprintf(buf, size, ", inside another instruction, at a label");
	}
}

/*
 * Check the instruction at @addr.  @via is the branch that led to it if it
 * is not on the sweep's path (hidden inside another instruction).
 */
static void check_insn(struct elf_file *f, const struct section *sec,
		       u64 addr, const struct insn *insn,
		       const struct branch *via)
{
	char bytes[64], how[600] = "";
	int kind = previrt_classify_insn(insn);
	bool unchecked;

	if (!kind)
		return;
	if (opt_raw) {
		f->counts.uncovered[kind]++;
		return;
	}
	if (in_site(f, addr, insn->length)) {
		f->counts.sites[kind]++;
		return;
	}
	if (in_exempt(f, addr, insn->length)) {
		f->counts.exempt[kind]++;
		return;
	}
	if (sec->replacement && in_altsite(f, addr, insn->length)) {
		f->counts.sites[kind]++;
		f->altsite_covered++;
		return;
	}

	unchecked = kind == PREVIRT_KIND_INT3 || kind == PREVIRT_KIND_UD2;
	format_bytes(insn->kaddr, insn->length, bytes, sizeof(bytes));
	if (sec->replacement && !via) {
		if (check_alt_insn(f, addr, insn, kind, bytes, unchecked)) {
			if (unchecked) {
				f->counts.sites[kind]++;
				f->alt_covered++;
				return;
			}
			/*
			 * It lands whole in a site of its kind, but the site
			 * is in the destination of the alternative that
			 * installs it: the patcher counts that site replaced
			 * and hands over only the replacement's own sites.
			 */
			f->counts.uncovered[kind]++;
			report(f, addr, "%s in a replacement is not an altsite: the site it lands in is replaced, not patched (%s)",
			       kind_what(kind), bytes);
			return;
		}
		f->counts.uncovered[kind]++;
		if (unchecked)
			f->unchecked++;
		return;
	}

	f->counts.uncovered[kind]++;
	if (unchecked) {
		f->unchecked++;
		return;
	}
	if (via)
		format_via(f, via, how, sizeof(how));
	report(f, addr, "unannotated %s%s (%s)", kind_what(kind), how, bytes);
}

/* ---- the sweep and the branches --------------------------------------- */

static bool test_bit8(const u8 *map, u64 i)
{
	return map[i / 8] & (1u << (i % 8));
}

static void set_bit8(u8 *map, u64 i)
{
	map[i / 8] |= 1u << (i % 8);
}

static struct reloc *find_reloc(const struct section *sec, u64 off)
{
	size_t lo = 0, hi = sec->nr_relocs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sec->relocs[mid].offset == off)
			return &sec->relocs[mid];
		if (sec->relocs[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * The target of a direct jmp, jcc, call, loop or jrcxz at @addr.  In an
 * ET_REL the rel32 of a branch to a symbol is a relocation (S + A - P, P
 * the address of the field): the target is S + A plus the distance from
 * the field to the end of the instruction.
 */
static bool branch_target(const struct section *sec, u64 addr,
			  const struct insn *insn, u64 *target)
{
	const u8 *op = insn->opcode.bytes;
	u64 next = addr + insn->length;
	const struct reloc *r;

	if (insn->opcode.nbytes == 1) {
		if (op[0] != 0xe8 && op[0] != 0xe9 && op[0] != 0xeb &&
		    (op[0] < 0x70 || op[0] > 0x7f) &&
		    (op[0] < 0xe0 || op[0] > 0xe3))
			return false;
	} else if (insn->opcode.nbytes != 2 || op[0] != 0x0f ||
		   (op[1] & 0xf0) != 0x80) {
		return false;
	}
	if (!insn->immediate.nbytes)
		return false;

	/* The displacement is the last field of these instructions. */
	r = find_reloc(sec, next - insn->immediate.nbytes - sec->addr);
	if (r) {
		if (!r->ok)
			return false;
		*target = r->target + insn->immediate.nbytes;
		return true;
	}
	*target = next + (s64)insn->immediate.value;
	return true;
}

/* Is this the last instruction of a straight line of code? */
static bool insn_ends_flow(const struct insn *insn)
{
	const u8 *op = insn->opcode.bytes;

	if (insn->opcode.nbytes == 1) {
		switch (op[0]) {
		case 0xe9: case 0xeb:		/* jmp */
		case 0xc2: case 0xc3:		/* ret */
		case 0xca: case 0xcb:		/* lret */
		case 0xcf:			/* iret */
		case 0xea:			/* ljmp */
		case 0xcc:			/* int3 */
			return true;
		case 0xff:			/* jmp *, ljmp * */
			return X86_MODRM_REG(insn->modrm.bytes[0]) == 4 ||
			       X86_MODRM_REG(insn->modrm.bytes[0]) == 5;
		}
		return false;
	}
	/* ud2, sysret */
	return insn->opcode.nbytes == 2 && op[0] == 0x0f &&
	       (op[1] == 0x0b || op[1] == 0x07);
}

static const char *mode_what(int mode)
{
	return mode == 16 ? " as 16-bit code" : mode == 32 ? " as 32-bit code" : "";
}

/*
 * 64-bit code decodes as 32-bit (or 16-bit) code almost always, with the
 * same instruction boundaries too: its REX prefixes become one-byte inc and
 * dec instructions (40-4f).  Exempt 16/32-bit code must not use those (gas
 * takes "addl $1, %eax" as well), so that 64-bit code claimed to be 16/32-bit
 * code shows.
 */
static bool looks_like_rex(const struct insn *insn)
{
	return insn->opcode.nbytes == 1 && (insn->opcode.bytes[0] & 0xf0) == 0x40;
}

/*
 * Decode the executable section @sec from start to end, resynchronising at
 * every known boundary (symbols, sites, exempt ranges, alternatives).  Code
 * has no data in it here: bytes that do not decode, and an instruction that
 * runs across a boundary, are errors.  Exempt ranges are decoded in their
 * mode.  Direct branches are collected for follow_branches().
 */
static void scan_section(struct elf_file *f, struct section *sec)
{
	u64 start = sec->addr, end = sec->addr + sec->size, pos = start;
	size_t b = 0, lo = 0, hi = f->nr_bounds;
	u64 bad = 0, bad_start = 0;
	struct insn insn;
	char bytes[64], loc[512];

	sec->starts = xcalloc(sec->size / 8 + 1, 1);
	sec->chained = xcalloc(sec->size / 8 + 1, 1);

	/* The first boundary above the section start. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f->bounds[mid] <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	b = lo;

	while (pos < end) {
		const u8 *p = sec->data + (pos - start);
		int mode = mode_at(f, pos);
		u64 limit, target;

		while (b < f->nr_bounds && f->bounds[b] <= pos)
			b++;
		limit = b < f->nr_bounds && f->bounds[b] < end ? f->bounds[b] : end;

		if (!decode_mode(p, end - pos, mode, &insn)) {
			if (!bad++)
				bad_start = pos;
			f->decode_failures++;
			pos++;
			if (pos < limit)
				continue;
		}
		if (bad) {
			const u8 *q = sec->data + (bad_start - start);

			format_bytes(q, bad > 8 ? 8 : bad, bytes, sizeof(bytes));
			report(f, bad_start, "%llu byte%s that do not decode%s (%s%s)",
			       (unsigned long long)bad, bad == 1 ? "" : "s",
			       mode_what(mode_at(f, bad_start)), bytes,
			       bad > 8 ? " ..." : "");
			bad = 0;
			if (pos >= limit)
				continue;
		}
		if (pos + insn.length > limit) {
			/* Out of step with a known boundary: resync there. */
			f->resyncs++;
			format_bytes(p, insn.length, bytes, sizeof(bytes));
			format_location(f, limit, loc, sizeof(loc));
			if (mode != 64 && exempt_at(f, pos)->end == limit)
				report(f, pos, "instruction%s runs past the end of the exempt range at %s (%s)",
				       mode_what(mode), loc, bytes);
			else
				report(f, pos, "instruction%s runs across the boundary at %s (%s)",
				       mode_what(mode), loc, bytes);
			pos = limit;
			continue;
		}
		if (mode != 64 && looks_like_rex(&insn))
			report(f, pos, "0x%02x%s is a one-byte inc/dec, which exempt code does not use: 64-bit code (a REX prefix)?",
			       *p, mode_what(mode));
		set_bit8(sec->starts, pos - start);
		check_insn(f, sec, pos, &insn, NULL);
		if (branch_target(sec, pos, &insn, &target))
			add_branch(f, target, pos);
		pos += insn.length;
	}
}

/*
 * A branch may target the middle of what the sweep decoded as one
 * instruction, and the CPU then runs instructions the sweep never saw.
 * Decode from every branch target that is not an instruction start of the
 * sweep, as objtool follows jumps, until the decoding falls in step with
 * the sweep again or the straight line of code ends; check what is found
 * there like the sweep's own instructions, and follow its branches too.
 * Targets outside the executable sections are not followed.
 */
static void follow_branches(struct elf_file *f)
{
	size_t i;

	for (i = 0; i < f->nr_branches; i++) {
		struct branch br = f->branches[i];
		u64 pos = br.target, target;
		struct section *sec;
		struct insn insn;
		char bytes[64], how[600];
		int shndx;

		shndx = find_section_by_addr(f, pos);
		if (shndx < 0 || !f->secs[shndx].exec || !f->secs[shndx].starts)
			continue;
		sec = &f->secs[shndx];
		if (br.from)
			f->branch_targets++;
		if (test_bit8(sec->starts, pos - sec->addr))
			continue;
		if (test_bit8(sec->chained, pos - sec->addr))
			;
		else if (br.from)
			f->inner_targets++;
		else
			f->inner_labels++;

		while (pos < sec->addr + sec->size) {
			u64 off = pos - sec->addr;
			int mode = mode_at(f, pos);

			if (test_bit8(sec->starts, off) ||
			    test_bit8(sec->chained, off))
				break;
			set_bit8(sec->chained, off);
			if (!decode_mode(sec->data + off, sec->size - off, mode,
					 &insn)) {
				format_bytes(sec->data + off,
					     sec->size - off > 8 ? 8 : sec->size - off,
					     bytes, sizeof(bytes));
				format_via(f, &br, how, sizeof(how));
				report(f, pos, "bytes that do not decode%s%s (%s)",
				       mode_what(mode), how, bytes);
				break;
			}
			check_insn(f, sec, pos, &insn, &br);
			if (branch_target(sec, pos, &insn, &target))
				add_branch(f, target, pos);
			if (insn_ends_flow(&insn))
				break;
			pos += insn.length;
		}
	}
}

/* ---- output ----------------------------------------------------------- */

static void print_counts(struct elf_file *f)
{
	const struct counts *c = &f->counts;
	int k;

	for (k = 1; k < PREVIRT_KIND_NR; k++)
		printf("kind %s sites %lu uncovered %lu exempt %lu\n",
		       kind_info[k].name, c->sites[k], c->uncovered[k], c->exempt[k]);
	for (k = 0; k < MEM_KIND_NR; k++)
		printf("kind %s sites %lu uncovered 0 exempt 0\n", mem_kind_info[k].name,
		       c->mem[k]);
	printf("altsites %zu\n", f->nr_altsites);
}

static void print_summary(struct elf_file *f)
{
	const struct counts *c = &f->counts;
	unsigned long ts = 0, tu = 0, te = 0;
	int k;

	if (opt_raw) {
		printf("%s: previrt: sensitive instructions (site tables ignored)\n",
		       f->path);
		printf("  %-10s %9s\n", "kind", "count");
		for (k = 1; k < PREVIRT_KIND_NR; k++) {
			if (!c->uncovered[k])
				continue;
			printf("  %-10s %9lu\n", kind_info[k].name, c->uncovered[k]);
			tu += c->uncovered[k];
		}
		printf("  %-10s %9lu\n", "total", tu);
	} else {
		printf("%s: previrt: %zu sites (%lu memory), %zu altsites, ",
		       f->path, f->nr_sites, f->mem_sites, f->nr_altsites);
		printf("%zu exempt ranges, %zu alternatives\n", f->nr_exempt,
		       f->nr_alts);
		printf("  %-10s %9s %9s %9s\n", "kind", "sites", "uncovered",
		       "exempt");
		for (k = 1; k < PREVIRT_KIND_NR; k++) {
			if (!c->sites[k] && !c->uncovered[k] && !c->exempt[k])
				continue;
			printf("  %-10s %9lu %9lu %9lu\n", kind_info[k].name,
			       c->sites[k], c->uncovered[k], c->exempt[k]);
			ts += c->sites[k];
			tu += c->uncovered[k];
			te += c->exempt[k];
		}
		printf("  %-10s %9lu %9lu %9lu\n", "total", ts, tu, te);
		for (k = 0; k < MEM_KIND_NR; k++)
			if (c->mem[k])
				printf("  %-16s %9lu\n", mem_kind_info[k].name, c->mem[k]);
		printf("  int3/ud2 (not checked): %lu\n", f->unchecked);
		if (f->alt_covered)
			printf("  covered through alternatives: %lu\n",
			       f->alt_covered);
		if (f->altsite_covered)
			printf("  covered by altsites: %lu\n",
			       f->altsite_covered);
	}
	if (f->decode_failures || f->resyncs)
		printf("  undecodable bytes: %lu, resyncs: %lu\n",
		       f->decode_failures, f->resyncs);
	printf("  branch targets: %lu, inside instructions: %lu; labels inside instructions: %lu\n",
	       f->branch_targets, f->inner_targets, f->inner_labels);
	if (!opt_raw)
		printf("%s: previrt: %lu error%s\n", f->path, f->errors,
		       f->errors == 1 ? "" : "s");
}

static void close_elf(struct elf_file *f)
{
	unsigned int i;

	if (f->map)
		munmap((void *)f->map, f->size);
	for (i = 0; f->secs && i < f->shnum; i++) {
		free(f->secs[i].starts);
		free(f->secs[i].chained);
		free(f->secs[i].relocs);
	}
	free(f->secs);
	free(f->branches);
	free(f->symbols);
	free(f->sites);
	free(f->altsites);
	free(f->exempt);
	free(f->alts);
	free(f->bounds);
}

/* Returns 0 if clean, 1 on errors, 2 if the file could not be checked. */
static int check_file(const char *path, bool many)
{
	struct elf_file f = { .path = path };
	bool last_nop;
	unsigned int i;
	size_t j;
	int ret;

	if (open_elf(&f)) {
		close_elf(&f);
		return 2;
	}
	load_tables(&f);
	if (!opt_raw)
		check_exempt(&f);
	load_bounds(&f);

	for (j = 0; j < f.nr_sites; j++)
		check_site(&f, &f.sites[j], j ? &f.sites[j - 1] : NULL, false,
			   &last_nop);
	for (j = 0; j < f.nr_altsites; j++)
		check_altsite(&f, &f.altsites[j], j ? &f.altsites[j - 1] : NULL);
	for (i = 1; i < f.shnum; i++) {
		if (!f.secs[i].exec)
			continue;
		if (!f.is_exec)
			load_section_relocs(&f, &f.secs[i]);
		scan_section(&f, &f.secs[i]);
	}
	follow_branches(&f);

	if (opt_counts) {
		if (many)
			printf("file %s\n", path);
		print_counts(&f);
	} else if (!opt_quiet) {
		print_summary(&f);
	}

	ret = f.errors ? 1 : 0;
	close_elf(&f);
	return ret;
}

static void print_usage(FILE *out)
{
	fprintf(out,
		"usage: pvcheck [--raw] [--quiet] [--counts] [--exempt-code=SYM:MODE]... FILE...\n"
		"  Check that every sensitive instruction of the x86-64 ELF\n"
		"  files (vmlinux, .o, .ko) is a previrt site or exempt.\n"
		"  --raw     ignore the site tables, count sensitive instructions\n"
		"  --quiet   print errors only\n"
		"  --counts  print 'kind NAME sites N uncovered N exempt N' lines\n"
		"            and an 'altsites N' line\n"
		"  --exempt-code=SYM:MODE\n"
		"            exempt ranges may cover symbol SYM, MODE-bit code\n"
		"            (16, 32; 64: code left native on purpose)\n"
		"Exit status: 0 clean, 1 errors found, 2 bad usage or input.\n");
}

/* --exempt-code=NAME:MODE */
static bool parse_exempt_code(const char *arg)
{
	const char *colon = strrchr(arg, ':');
	struct exempt_code *e;
	char *end;
	long mode;

	if (!colon || colon == arg)
		return false;
	mode = strtol(colon + 1, &end, 10);
	if (*end || (mode != 16 && mode != 32 && mode != 64))
		return false;
	opt_exempt_code = xrealloc(opt_exempt_code, nr_opt_exempt_code + 1,
				   sizeof(*opt_exempt_code));
	e = &opt_exempt_code[nr_opt_exempt_code++];
	e->name = strndup(arg, colon - arg);
	e->mode = mode;
	return e->name;
}

static bool parse_option(const char *arg)
{
	if (!strncmp(arg, "--exempt-code=", 14))
		return parse_exempt_code(arg + 14);
	if (!strcmp(arg, "--raw"))
		opt_raw = true;
	else if (!strcmp(arg, "--quiet"))
		opt_quiet = true;
	else if (!strcmp(arg, "--counts"))
		opt_counts = true;
	else
		return false;
	return true;
}

int main(int argc, char **argv)
{
	const char **files = xcalloc(argc, sizeof(*files));
	int i, nfiles = 0, ret = 0;
	bool dashdash = false;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (dashdash || arg[0] != '-' || !arg[1]) {
			files[nfiles++] = arg;
			continue;
		}
		if (!strcmp(arg, "--")) {
			dashdash = true;
			continue;
		}
		if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
			print_usage(stdout);
			return 0;
		}
		if (!parse_option(arg)) {
			fprintf(stderr, "pvcheck: unknown option %s\n", arg);
			print_usage(stderr);
			return 2;
		}
	}
	if (!nfiles) {
		print_usage(stderr);
		return 2;
	}

	for (i = 0; i < nfiles; i++) {
		int r = check_file(files[i], nfiles > 1);

		if (r > ret)
			ret = r;
	}
	free(files);
	return ret;
}
