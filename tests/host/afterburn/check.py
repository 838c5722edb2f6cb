#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Differential checker for scripts/previrt/afterburn.

For every input .s file: run afterburn, check that the line count is
preserved and that the only textual changes are the inserted site/exempt
fragments (and the dispatch on macro arguments, whose blocks must each be
the statement as a site), assemble original and rewritten with `as --64`, and compare the
objects:

  (a) every sensitive instruction of the original (classified here from
      objdump's mnemonics and operands, independently of afterburn) has
      exactly one site of the right kind and operand byte, with
      site length == max(kind size, insn length), the right insn length and
      NOP padding; or lies in an exempt range, in .altinstr_replacement
      with --exempt, in a non-executable section, or was written with
      .byte (afterburn only makes sites of single .byte statements: a
      case's "# sites:" count pins those down); the records of sites in
      .altinstr_replacement are in .previrt.altsites, all others in
      .previrt.sites;
  (b) everything else is identical instruction by instruction: the two
      instruction streams are walked in step using the site map; non-branch
      instructions have identical bytes, branches and RIP-relative operands
      have targets that map through the same offset map; relocations and
      symbols are identical up to that map; non-executable sections are
      byte-identical (except the instrlen and replacementlen bytes of
      .altinstructions entries, which must be the mapped lengths);
  (c) bad inputs: non-zero exit, the expected message, no output left.

Case options go in leading comment lines:
  # args: --exempt            extra afterburn arguments
  # expect: file.s:3: error: afterburn: ...   (bad cases)
  # sites: N                  exactly N sites (in executable code, counted
  # alt: N                    by (a)), N of them in .altinstr_replacement
  # modes: M...               the code modes of the exempt records, in order

Usage: check.py --afterburn PATH [--kinds HEADER] [--bad] FILE_OR_DIR...
"""

import argparse
import bisect
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))


class Fail(Exception):
    pass


# ---------------------------------------------------------------------------
# Kinds, read from the header (not from afterburn)

def load_kinds(header):
    kinds = {}
    n = 0
    with open(header) as f:
        for m in re.finditer(r'^PREVIRT_KIND\((\w+),\s*(\d+),', f.read(), re.M):
            kinds[m.group(1)] = (n, int(m.group(2)))
            n += 1
    if 'CLI' not in kinds:
        raise SystemExit('cannot parse kinds from ' + header)
    return kinds


KINDS = {}
KIND_NAME = {}

OP_DECODE = 0xff
OP_PORT_DX = 0x04
OP_REP = 0x08

GPRS = {}
for i, names in enumerate([
        ('rax', 'eax', 'ax', 'al'), ('rcx', 'ecx', 'cx', 'cl'),
        ('rdx', 'edx', 'dx', 'dl'), ('rbx', 'ebx', 'bx', 'bl'),
        ('rsp', 'esp', 'sp', 'spl'), ('rbp', 'ebp', 'bp', 'bpl'),
        ('rsi', 'esi', 'si', 'sil'), ('rdi', 'edi', 'di', 'dil')]):
    for nm in names:
        GPRS[nm] = i
for i in range(8, 16):
    for suf in ('', 'd', 'w', 'b'):
        GPRS['r%d%s' % (i, suf)] = i
SEGS = {'es': 0, 'cs': 1, 'ss': 2, 'ds': 3, 'fs': 4, 'gs': 5}
PREFIXES = {'rep', 'repz', 'repnz', 'repe', 'repne', 'lock', 'data16', 'data32',
            'addr32', 'addr16', 'cs', 'ds', 'es', 'fs', 'gs', 'ss', 'notrack',
            'bnd', 'xacquire', 'xrelease', 'rex', 'rex64'}

SIMPLE = {
    'cli': 'CLI', 'sti': 'STI', 'pushf': 'PUSHF', 'pushfq': 'PUSHF', 'pushfw': 'PUSHF',
    'popf': 'POPF', 'popfq': 'POPF', 'popfw': 'POPF', 'clts': 'CLTS', 'lmsw': 'LMSW',
    'smsw': 'SMSW', 'lgdt': 'LGDT', 'lidt': 'LIDT', 'lldt': 'LLDT', 'ltr': 'LTR',
    'sgdt': 'SGDT', 'sidt': 'SIDT', 'sldt': 'SLDT', 'str': 'STR', 'lar': 'LAR',
    'lsl': 'LSL', 'verr': 'VERR', 'verw': 'VERW', 'swapgs': 'SWAPGS',
    'rdmsr': 'RDMSR', 'wrmsr': 'WRMSR', 'rdtsc': 'RDTSC', 'rdtscp': 'RDTSCP',
    'rdpmc': 'RDPMC', 'invlpg': 'INVLPG', 'invpcid': 'INVPCID', 'wbinvd': 'WBINVD',
    'invd': 'INVD', 'hlt': 'HLT', 'monitor': 'MONITOR', 'mwait': 'MWAIT',
    'iret': 'IRET', 'iretq': 'IRET', 'iretl': 'IRET', 'iretw': 'IRET',
    'sysret': 'SYSRET', 'sysretq': 'SYSRET', 'sysretl': 'SYSRET',
    'sysexit': 'SYSEXIT', 'sysexitq': 'SYSEXIT', 'sysexitl': 'SYSEXIT',
    'cpuid': 'CPUID', 'xsetbv': 'XSETBV',
    'lret': 'LRET', 'lretq': 'LRET', 'lretl': 'LRET', 'lretw': 'LRET',
    'ljmp': 'LJMP', 'ljmpl': 'LJMP', 'ljmpw': 'LJMP', 'ljmpq': 'LJMP',
    'lcall': 'LCALL', 'lcalll': 'LCALL', 'lcallw': 'LCALL', 'lcallq': 'LCALL',
    'lss': 'LSS', 'lfs': 'LFS', 'lgs': 'LGS',
    'xsaves': 'XSAVES', 'xsaves64': 'XSAVES', 'xrstors': 'XRSTORS', 'xrstors64': 'XRSTORS',
    'wbnoinvd': 'WBNOINVD', 'clac': 'CLAC', 'stac': 'STAC', 'encls': 'ENCLS',
    'rdpid': 'RDPID', 'syscall': 'SYSCALL', 'sysenter': 'SYSENTER',
}


def split_ops(s):
    ops, depth, cur = [], 0, ''
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            ops.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        ops.append(cur.strip())
    return ops


def classify(text):
    """objdump instruction text -> (kind name, operand byte) or None."""
    words = text.split()
    rep = False
    while words and (words[0] in PREFIXES or words[0].startswith('rex.')
                     or words[0].startswith('{')):
        rep |= words[0].startswith('rep')
        words = words[1:]
    if not words:
        return None
    mn = words[0]
    ops = split_ops(' '.join(words[1:]).split('#')[0].strip())
    regs = [o[1:] if re.fullmatch(r'%[a-z0-9]+', o) else None for o in ops]
    if mn in SIMPLE:
        return SIMPLE[mn], 0
    if mn == 'int1':
        return 'INT', 1
    if mn == 'int':
        return 'INT', int(ops[0][1:], 0)
    if mn.startswith('mov') and len(ops) == 2:
        for i, kind in ((0, 'READ'), (1, 'WRITE')):
            r = regs[i]
            other = regs[1 - i]
            if r is None:
                continue
            m = re.fullmatch(r'(cr|dr|db)(\d+)', r)
            if m:
                k = ('CR_' if m.group(1) == 'cr' else 'DR_') + kind
                return k, (int(m.group(2)) << 4) | GPRS.get(other, 0xf)
            if r in SEGS:
                if other in GPRS:
                    return 'SEG_' + kind, (SEGS[r] << 4) | GPRS[other]
                return 'SEG_' + kind, OP_DECODE
        return None
    if mn in ('push', 'pushq', 'pushw', 'pop', 'popq', 'popw') and len(ops) == 1:
        if regs[0] in ('fs', 'gs'):
            return ('PUSH_SEG' if mn.startswith('push') else 'POP_SEG'), SEGS[regs[0]]
        return None
    if mn in ('in', 'out'):
        acc = regs[1] if mn == 'in' else regs[0]
        port = ops[0] if mn == 'in' else ops[1]
        w = {'al': 0, 'ax': 1, 'eax': 2}[acc]
        dx = OP_PORT_DX if port == '(%dx)' else 0
        return mn.upper(), w | dx | (OP_REP if rep else 0)
    m = re.fullmatch(r'(ins|outs)([bwl])', mn)
    if m:
        w = {'b': 0, 'w': 1, 'l': 2}[m.group(2)]
        return m.group(1).upper(), w | OP_PORT_DX | (OP_REP if rep else 0)
    return None


def is_nop(text):
    words = [w for w in text.split() if w not in PREFIXES and not w.startswith('rex')]
    if not words:
        return False
    return words[0].startswith('nop') or text.strip() == 'xchg   %ax,%ax'


BRANCH = re.compile(r'^(j\w+|call\w*|loop\w*|jrcxz|jecxz|xbegin)$')


# ---------------------------------------------------------------------------
# Object parsing

def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, **kw)


def tool(cmd):
    r = run(cmd)
    if r.returncode:
        raise Fail('%s failed: %s' % (' '.join(cmd[:2]), r.stderr.strip()[:300]))
    return r.stdout


def name_is_code(name):
    """Sections executable by name when given without flags (the spec's rule)."""
    return name == '.text' or name.startswith('.text.') or name.endswith('.text')


class Obj:
    def __init__(self, path):
        self.path = path
        self.sections = {}      # name -> dict(size, exec, flags)
        self.order = []
        out = tool(['readelf', '-SW', path])
        for line in out.splitlines():
            m = re.match(r'\s*\[\s*(\d+)\]\s+(\S+)\s+(\S+)\s+\S+\s+\S+\s+([0-9a-f]+)'
                         r'\s+\S+\s*(\S*)', line)
            if not m or m.group(1) == '0':
                continue
            name = m.group(2)
            if name in self.sections:
                raise Fail('%s: duplicate section name %s (unsupported)' % (path, name))
            self.sections[name] = {'size': int(m.group(4), 16), 'type': m.group(3),
                                   'exec': 'X' in m.group(5) or (
                                       m.group(3) == 'PROGBITS' and name_is_code(name))}
            self.order.append(name)
        self.relocs = {}        # section -> list of (off, type, sym, addend)
        cur = None
        for line in tool(['readelf', '-rW', path]).splitlines():
            m = re.match(r"Relocation section '\.rela(.*)'", line)
            if m:
                cur = self.relocs.setdefault(m.group(1), [])
                continue
            m = re.match(r'([0-9a-f]{8,})\s+[0-9a-f]+\s+(R_\w+)\s+[0-9a-f]+\s+(.*?)\s*([+-])\s*'
                         r'([0-9a-f]+)$', line)
            if m and cur is not None:
                add = int(m.group(5), 16) * (-1 if m.group(4) == '-' else 1)
                cur.append((int(m.group(1), 16), m.group(2), m.group(3), add))
        self.contents = {}
        cur = None
        for line in tool(['objdump', '-s', path]).splitlines():
            m = re.match(r'Contents of section (.*):$', line)
            if m:
                cur = bytearray()
                self.contents[m.group(1)] = cur
                continue
            m = re.match(r' ([0-9a-f]{4,}) ((?:[0-9a-f]{2,8} ?)+)', line)
            if m and cur is not None:
                cur.extend(bytes.fromhex(m.group(2)[:35].replace(' ', '')))
        self.insns = {}         # section -> list of [off, bytes, text]
        cur = None
        cmd = ['objdump', '-d', '-w', path]
        for name, sec in self.sections.items():
            if sec['exec'] and name not in ('.text',):
                cmd = ['objdump', '-D', '-w', path] + sum(
                    (['-j', nm] for nm, se in self.sections.items() if se['exec']), [])
                break
        for line in tool(cmd).splitlines():
            m = re.match(r'Disassembly of section (.*):$', line)
            if m:
                cur = self.insns.setdefault(m.group(1), [])
                continue
            m = re.match(r'\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$', line)
            if m and cur is not None:
                cur.append([int(m.group(1), 16), bytes.fromhex(m.group(2).replace(' ', '')),
                            m.group(3).strip()])
        self.symbols = []
        for line in tool(['readelf', '-sW', path]).splitlines():
            m = re.match(r'\s*\d+:\s+([0-9a-f]+)\s+\d+\s+(\w+)\s+(\w+)\s+\w+\s+(\S+)\s*(\S*)',
                         line)
            if m and m.group(2) not in ('SECTION', 'FILE') and m.group(5):
                self.symbols.append((m.group(5), m.group(4), int(m.group(1), 16), m.group(2),
                                     m.group(3)))
        self.shndx_name = {}
        for i, name in enumerate(self.order, 1):
            self.shndx_name[str(i)] = name

    def records(self, secname, size):
        """Parse .previrt.sites / .previrt.exempt: list of (section, offset, payload)."""
        data = self.contents.get(secname, b'')
        rel = {r[0]: r for r in self.relocs.get(secname, [])}
        recs = []
        if len(data) % size:
            raise Fail('%s size %d is not a multiple of %d' % (secname, len(data), size))
        for off in range(0, len(data), size):
            r = rel.get(off)
            if not r or r[1] != 'R_X86_64_PC32':
                raise Fail('%s+%#x: missing PC32 relocation' % (secname, off))
            if int.from_bytes(data[off:off + 4], 'little'):
                raise Fail('%s+%#x: non-zero offset field' % (secname, off))
            recs.append((r[2], r[3], data[off + 4:off + size]))
        return recs


# ---------------------------------------------------------------------------
# .byte-written instructions in the source (invisible to afterburn)

def byte_blobs(src):
    blobs = []
    cur = bytearray()
    text = re.sub(r'/\*.*?\*/', ' ', src, flags=re.S)
    for line in text.splitlines():
        for stmt in re.split(r';', line.split('#')[0]):
            stmt = re.sub(r'^\s*(?:[\w.$]+:\s*)*', '', stmt)
            m = re.match(r'\.byte\s+(.*)$', stmt.strip())
            if not m:
                if stmt.strip():
                    if cur:
                        blobs.append(bytes(cur))
                    cur = bytearray()
                continue
            for v in m.group(1).split(','):
                try:
                    cur.append(int(v.strip(), 0) & 0xff)
                except ValueError:
                    cur.append(0)
    if cur:
        blobs.append(bytes(cur))
    return blobs


# ---------------------------------------------------------------------------
# The comparison

SITE_TAIL = (r'; 98762: \.nops -\(\(\(\d+\)-\(98762b-98761b\)\)>0\)\*\(\(\d+\)-\(98762b-98761b\)\); '
             r'98763: \.pushsection \.previrt\.(?:alt)?sites,"a"; \.long 98761b - \.; \.byte '
             r'98763b-98761b, 98762b-98761b, \d+, 0x[0-9a-f]{2}; \.popsection')
INSERT_RE = re.compile(
    r'98761: |' + SITE_TAIL + r'|98771: (?:; )?|(?:; )?98772: \.pushsection '
    r'\.previrt\.exempt,"a"; \.long 98771b - \.; \.long 98772b - 98771b \+ \([123] << 30\); '
    r'\.popsection(?:; )?')

# The dispatch on a macro argument: one block per operand-less sensitive
# mnemonic, each a complete site of the statement, then the statement.
DISPATCH_MNEMS = ('clac cli clts cpuid encls hlt icebp int1 invd iret iretl iretq iretw '
                  'lret lretl lretq lretw monitor mwait popf popfq popfw pushf pushfq pushfw '
                  'rdmsr rdpmc rdtsc rdtscp stac sti swapgs syscall sysenter sysexit '
                  'sysexitl sysexitq sysret sysretl sysretq wbinvd wbnoinvd wrmsr '
                  'xsetbv').split()
# ... then one block per .byte spelling of an operand-less 0f instruction.
DISPATCH_BYTES = [
    ('0x0f,0x01,0xc8', 'MONITOR'), ('0x0f,0x01,0xc9', 'MWAIT'), ('0x0f,0x01,0xca', 'CLAC'),
    ('0x0f,0x01,0xcb', 'STAC'), ('0x0f,0x01,0xcf', 'ENCLS'), ('0x0f,0x01,0xd1', 'XSETBV'),
    ('0x0f,0x01,0xf8', 'SWAPGS'), ('0x0f,0x01,0xf9', 'RDTSCP'), ('0x0f,0x05', 'SYSCALL'),
    ('0x0f,0x06', 'CLTS'), ('0x0f,0x07', 'SYSRET'), ('0x0f,0x08', 'INVD'),
    ('0xf3,0x0f,0x09', 'WBNOINVD'), ('0x0f,0x09', 'WBINVD'), ('0x0f,0x30', 'WRMSR'),
    ('0x0f,0x31', 'RDTSC'), ('0x0f,0x32', 'RDMSR'), ('0x0f,0x33', 'RDPMC'),
    ('0x0f,0x34', 'SYSENTER'), ('0x0f,0x35', 'SYSEXIT'), ('0x0f,0xa2', 'CPUID'),
]
DISPATCH_RE = re.compile(r'\.set \.Lpvm_, 0; (.*?)\.if \.Lpvm_ == 0; (.*?); \.endif')
BLOCK_RE = re.compile(r'\.ifc (\w+)~,(\\[\w.$]+)\\\(\)~; 98761: ([^;]*?)' + SITE_TAIL +
                      r'; \.set \.Lpvm_, 1; \.endif; ')
BYTES_RE = re.compile(r'\.ifeqs "\.byte ([0-9a-fx,]+)~","(\\[\w.$]+)\\\(\)~"; 98761: ([^;]*?)'
                      + SITE_TAIL.replace(r', \d+, 0x', r', (\d+), 0x') +
                      r'; \.set \.Lpvm_, 1; \.endif; ')


def strip_dispatch(m):
    blocks, stmt = m.group(1), m.group(2)
    norm = ' '.join(re.sub(r'/\*.*?\*/', ' ', stmt).split())
    got = []
    pos = 0
    for b in BLOCK_RE.finditer(blocks):
        if b.start() != pos:
            raise Fail('bad dispatch block %r' % blocks[pos:pos + 80])
        pos = b.end()
        got.append(b.group(1))
        if not norm.startswith(b.group(2)) or ' '.join(b.group(3).split()) != norm:
            raise Fail('dispatch block %r does not match statement %r' % (b.group(0)[:80], stmt))
        word = norm.split()[0]
        if word != b.group(2):
            raise Fail('dispatch on %r for statement %r' % (b.group(2), stmt))
    bgot = []
    for b in BYTES_RE.finditer(blocks, pos):
        if b.start() != pos:
            break
        pos = b.end()
        if ' '.join(b.group(3).split()) != norm or norm.split()[0] != b.group(2):
            raise Fail('dispatch block %r does not match statement %r' % (b.group(0)[:80], stmt))
        bgot.append((b.group(1), KIND_NAME.get(int(b.group(4)))))
    if pos != len(blocks) or got != DISPATCH_MNEMS or bgot != DISPATCH_BYTES:
        raise Fail('bad dispatch for %r: %s %s' % (stmt, got, bgot))
    return stmt


def check_text(orig, new):
    if orig.count('\n') != new.count('\n'):
        raise Fail('line count changed: %d -> %d' % (orig.count('\n'), new.count('\n')))
    new = DISPATCH_RE.sub(strip_dispatch, new)
    if INSERT_RE.sub('', new) != orig:
        a = orig.splitlines()
        b = INSERT_RE.sub('', new).splitlines()
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                raise Fail('text changed at line %d: %r -> %r' % (i + 1, x, y))
        raise Fail('text changed')


class Mapper:
    def __init__(self):
        self.m = {}

    def __call__(self, sec, off):
        m = self.m.get(sec)
        if m is None:
            return off
        if off not in m:
            raise Fail('%s+%#x: target is not an instruction boundary' % (sec, off))
        return m[off]


def compare(name, src, o, n, exempt_mode, stats):
    kinds = KINDS
    sites = {}          # (sec, new off) -> (site_len, insn_len, kind, op)
    altsites = set()    # the keys of sites recorded in .previrt.altsites
    for rsec in ('.previrt.sites', '.previrt.altsites'):
        for sec, off, pay in n.records(rsec, 8):
            if (sec, off) in sites:
                raise Fail('%s+%#x: two site records' % (sec, off))
            # A macro body is rewritten where it is defined: a macro that
            # is invoked inside .altinstr_replacement (entry_64.S's ZAP_GS
            # in an ALTERNATIVE) records its sites in .previrt.sites; the
            # kernel's patcher treats a site in a replacement as an altsite.
            if rsec == '.previrt.altsites' and sec != '.altinstr_replacement':
                raise Fail('%s+%#x: site recorded in %s' % (sec, off, rsec))
            sites[(sec, off)] = tuple(pay)
            if rsec == '.previrt.altsites':
                altsites.add((sec, off))
    exempt = {}
    for sec, off, pay in n.records('.previrt.exempt', 8):
        word = int.from_bytes(pay[:4], 'little')
        # the top two bits: the code mode, 1 (16-bit), 2 (32-bit), 3 (64-bit)
        if not word >> 30 or (exempt_mode and word >> 30 != 3 and '.code' not in src):
            raise Fail('%s+%#x: exempt range with code mode %d' % (sec, off, word >> 30))
        exempt.setdefault(sec, []).append((off, off + (word & 0x3fffffff)))
    if exempt_mode and sites:
        raise Fail('sites made in --exempt mode')
    for s in o.order:
        if s.startswith('.previrt'):
            raise Fail('original already has %s' % s)
    blobs = byte_blobs(src)
    has_macros = '\\' in src

    def in_exempt(sec, off, end):
        return any(a <= off and end <= b for a, b in exempt.get(sec, []))

    mapper = Mapper()
    pairs = {}
    used_sites = set()
    for sec in o.order:
        if sec not in n.sections:
            raise Fail('section %s missing from the rewritten object' % sec)
        if not o.sections[sec]['exec']:
            continue
        oi, ni = o.insns.get(sec, []), n.insns.get(sec, [])
        m = mapper.m.setdefault(sec, {})
        pl = pairs.setdefault(sec, [])
        j = 0
        for ins in oi:
            off, by, text = ins
            if is_nop(text):
                # alignment padding may differ: nops are not paired
                m[off] = ni[j][0] if j < len(ni) else n.sections[sec]['size']
                continue
            while j < len(ni) and is_nop(ni[j][2]) and (sec, ni[j][0]) not in sites:
                j += 1
            if j >= len(ni):
                raise Fail('%s: rewritten code ends early' % sec)
            noff, nby, ntext = ni[j]
            m[off] = noff
            cls = classify(text)
            site = sites.get((sec, noff))
            if site is not None:
                used_sites.add((sec, noff))
                if sec == '.altinstr_replacement':
                    stats['alt'] += 1
                slen, ilen, kind, op = site
                if cls is None:
                    raise Fail('%s+%#x: site on non-sensitive instruction %r' % (sec, off, text))
                want_kind, want_size = kinds[cls[0]]
                if kind != want_kind:
                    raise Fail('%s+%#x: %r: site kind %s, expected %s'
                               % (sec, off, text, KIND_NAME.get(kind, kind), cls[0]))
                # A memory operand written with .byte: PREVIRT_OP_DECODE, as
                # previrt_insn_operand() says for it
                if op != cls[1] and not (op == OP_DECODE and (
                        has_macros or cls[0] == 'INVPCID' or (cls[1] == 0 and '(' in text))):
                    raise Fail('%s+%#x: %r: operand byte %#x, expected %#x'
                               % (sec, off, text, op, cls[1]))
                if ilen != len(by) or nby != by:
                    raise Fail('%s+%#x: %r: insn length %d/bytes differ (actual %d)'
                               % (sec, off, text, ilen, len(by)))
                if slen != max(want_size, len(by)):
                    raise Fail('%s+%#x: %r: site length %d, expected %d'
                               % (sec, off, text, slen, max(want_size, len(by))))
                if in_exempt(sec, noff, noff + slen):
                    raise Fail('%s+%#x: site inside an exempt range' % (sec, off))
                j += 1
                end = noff + slen
                pos = noff + ilen
                while pos < end:
                    if j >= len(ni) or ni[j][0] != pos or not is_nop(ni[j][2]):
                        raise Fail('%s+%#x: bad padding after %r' % (sec, off, text))
                    pos += len(ni[j][1])
                    j += 1
                if pos != end:
                    raise Fail('%s+%#x: padding overruns the site' % (sec, off))
                stats['sites'] += 1
                pl.append((ins, None))
                continue
            if cls is not None:
                if sec == '.altinstr_replacement' and exempt_mode:
                    pass
                elif in_exempt(sec, noff, noff + len(nby)):
                    stats['exempt'] += 1
                elif any(by in b for b in blobs):
                    stats['invisible'] += 1
                else:
                    raise Fail('%s+%#x: sensitive instruction %r has no site'
                               % (sec, off, text))
            if exempt_mode and sec != '.altinstr_replacement' and \
                    not in_exempt(sec, noff, noff + len(nby)):
                raise Fail('%s+%#x: %r not covered by an exempt range' % (sec, off, text))
            pl.append((ins, ni[j]))
            j += 1
        while j < len(ni) and is_nop(ni[j][2]) and (sec, ni[j][0]) not in sites:
            j += 1
        if j != len(ni):
            raise Fail('%s: extra instructions in rewritten code at %#x' % (sec, ni[j][0]))
        m[o.sections[sec]['size']] = n.sections[sec]['size']
    if len(used_sites) != len(sites):
        extra = sorted(set(sites) - used_sites)
        raise Fail('site records not on an instruction: %s' % extra[:3])

    # (b) pairs of ordinary instructions
    for sec, pl in pairs.items():
        orel = {r[0]: r for r in o.relocs.get(sec, [])}
        for (ins, nins) in pl:
            if nins is None:
                continue
            off, by, text = ins
            noff, nby, ntext = nins
            mn = text.split()[0] if text else ''
            tgt = re.match(r'\S+\s+([0-9a-f]+) <', text)
            ntgt = re.match(r'\S+\s+([0-9a-f]+) <', ntext)
            rip = re.search(r'# ([0-9a-f]+) <', text)
            nrip = re.search(r'# ([0-9a-f]+) <', ntext)
            has_rel = any(off <= r < off + len(by) for r in orel)
            if BRANCH.match(mn) and tgt and not has_rel:
                if not ntgt or ntext.split()[0] != mn or \
                        mapper(sec, int(tgt.group(1), 16)) != int(ntgt.group(1), 16):
                    raise Fail('%s+%#x: branch %r -> %r does not map' % (sec, off, text, ntext))
            elif rip and not has_rel:
                if not nrip or ntext.split()[0] != mn or len(nby) != len(by) or \
                        mapper(sec, int(rip.group(1), 16)) != int(nrip.group(1), 16):
                    raise Fail('%s+%#x: %r -> %r does not map' % (sec, off, text, ntext))
            elif nby != by:
                raise Fail('%s+%#x: %r changed to %r' % (sec, off, text, ntext))

    # relocations
    def map_reloc_offset(sec, off):
        if sec not in pairs:
            return off
        return mapper_offset_inside(sec, off)

    starts = {sec: [p[0][0] for p in pl] for sec, pl in pairs.items()}

    def mapper_offset_inside(sec, off):
        i = bisect.bisect_right(starts[sec], off) - 1
        if i >= 0:
            s, by, _ = pairs[sec][i][0]
            if s <= off < s + len(by):
                return mapper(sec, s) + (off - s)
        raise Fail('%s+%#x: relocation outside any instruction' % (sec, off))

    for sec in o.order:
        if sec.startswith('.rela') or sec.startswith('.previrt') or sec.startswith('.debug') \
                or sec == '.eh_frame':
            continue
        orl = o.relocs.get(sec, [])
        nrl = {r[0]: r for r in n.relocs.get(sec, [])}
        if len(orl) != len(nrl):
            raise Fail('%s: %d relocations, rewritten has %d' % (sec, len(orl), len(nrl)))
        for off, typ, sym, add in orl:
            noff = map_reloc_offset(sec, off)
            r = nrl.get(noff)
            if not r or r[1] != typ or r[2] != sym:
                raise Fail('%s+%#x: relocation %s %s%+d not found in rewritten object'
                           % (sec, off, typ, sym, add))
            if sym in pairs:
                ok = False
                for k in (0, 4, 8):
                    try:
                        if mapper(sym, add + k) - k == r[3]:
                            ok = True
                    except Fail:
                        pass
                if not ok:
                    raise Fail('%s+%#x: relocation %s+%#x -> %s+%#x does not map'
                               % (sec, off, sym, add, sym, r[3]))
            elif r[3] != add:
                raise Fail('%s+%#x: relocation addend %d -> %d' % (sec, off, add, r[3]))

    # non-executable sections
    for sec in o.order:
        if o.sections[sec]['exec'] or sec.startswith('.rela') or sec.startswith('.debug') \
                or sec in ('.eh_frame', '.symtab', '.strtab', '.shstrtab'):
            continue
        a, b = o.contents.get(sec, b''), n.contents.get(sec, b'')
        if o.sections[sec]['size'] != n.sections[sec]['size']:
            raise Fail('%s: size changed' % sec)
        if a == b:
            continue
        if sec == '.altinstructions' and len(a) % 12 == 0:
            # struct alt_instr: s32 instr_offset, s32 repl_offset, u16 cpuid,
            # u8 instrlen, u8 replacementlen; both lengths must map
            rel = {r[0]: r for r in o.relocs.get(sec, [])}
            for i in range(0, len(a), 12):
                if a[i:i + 10] != b[i:i + 10]:
                    raise Fail('%s+%#x: entry changed' % (sec, i))
                for roff, loff, what in ((0, 10, 'instrlen'), (4, 11, 'replacementlen')):
                    r = rel[i + roff]
                    want = a[i + loff]
                    if r[2] in pairs:
                        want = mapper(r[2], r[3] + a[i + loff]) - mapper(r[2], r[3])
                    if b[i + loff] != want:
                        raise Fail('%s+%#x: %s %d, expected %d'
                                   % (sec, i, what, b[i + loff], want))
            continue
        for i in range(min(len(a), len(b))):
            if a[i] != b[i]:
                raise Fail('%s+%#x: data changed' % (sec, i))

    # symbols
    nsyms = {(s[0], n.shndx_name.get(s[1], s[1])): s for s in n.symbols}
    for s in o.symbols:
        sec = o.shndx_name.get(s[1], s[1])
        t = nsyms.get((s[0], sec))
        if not t:
            raise Fail('symbol %s (section %s) missing' % (s[0], sec))
        want = mapper(sec, s[2]) if sec in pairs else s[2]
        if t[2] != want:
            raise Fail('symbol %s: value %#x, expected %#x' % (s[0], t[2], want))

    # exempt mode: every executable section fully covered
    if exempt_mode:
        for sec in o.order:
            if o.sections[sec]['exec'] and sec != '.altinstr_replacement' and \
                    o.sections[sec]['size'] and not n.insns.get(sec):
                raise Fail('%s: not disassembled' % sec)


def case_args(src):
    args, expect, counts = [], None, {}
    for line in src.splitlines()[:5]:
        m = re.match(r'\s*#\s*args:\s*(.*)$', line)
        if m:
            args += m.group(1).split()
        m = re.match(r'\s*#\s*(sites|alt):\s*(\d+)\s*$', line)
        if m:
            counts[m.group(1)] = int(m.group(2))
        m = re.match(r'\s*#\s*modes:\s*([\d ]+?)\s*$', line)
        if m:
            counts['modes'] = [int(x) for x in m.group(1).split()]
        m = re.match(r'\s*#\s*expect:\s*(.*?)\s*$', line)
        if m:
            expect = m.group(1)
    return args, expect, counts


def check_one(afterburn, path, bad, tmpdir):
    name = os.path.basename(path)
    with open(path, errors='surrogateescape') as f:
        src = f.read()
    args, expect, counts = case_args(src)
    out = os.path.join(tmpdir, name + '.out.s')
    stats = {'sites': 0, 'alt': 0, 'exempt': 0, 'invisible': 0}
    if bad:
        if expect is None:
            raise Fail('bad case without "# expect:" line')
        with open(out, 'w') as f:
            f.write('stale\n')
        r = run([afterburn] + args + ['-o', out, path], cwd=os.path.dirname(path))
        if r.returncode == 0:
            raise Fail('afterburn succeeded on a bad input')
        if expect not in r.stderr:
            raise Fail('expected %r, got %r' % (expect, r.stderr.strip()))
        left = [f for f in os.listdir(tmpdir) if f.startswith(name + '.out.s')]
        if left:
            raise Fail('output left behind: %s' % left)
        return 'error ok'
    r = run([afterburn] + args + ['-o', out, path])
    if r.returncode:
        raise Fail('afterburn failed: %s' % r.stderr.strip())
    with open(out, errors='surrogateescape') as f:
        new = f.read()
    check_text(src, new)
    oo, no = out + '.orig.o', out + '.new.o'
    r = run(['as', '--64', '-o', oo, path])
    if r.returncode:
        raise Fail('original does not assemble: %s' % r.stderr.strip()[:300])
    r = run(['as', '--64', '-o', no, out])
    if r.returncode:
        raise Fail('rewritten does not assemble: %s' % r.stderr.strip()[:500])
    compare(name, src, Obj(oo), Obj(no), '--exempt' in args, stats)
    if 'modes' in counts:
        got = [int.from_bytes(pay[:4], 'little') >> 30
               for _, _, pay in Obj(no).records('.previrt.exempt', 8)]
        want = counts.pop('modes')
        if got != want:
            raise Fail('exempt range modes %s, expected %s' % (got, want))
    for k, v in counts.items():
        if stats[k] != v:
            raise Fail('%d %s, expected %d' % (stats[k], 'sites' if k == 'sites' else
                                               'sites in .altinstr_replacement', v))
    return '%d sites (%d alt), %d exempt, %d .byte' % (
        stats['sites'], stats['alt'], stats['exempt'], stats['invisible'])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--afterburn', required=True)
    ap.add_argument('--kinds', default=os.path.join(ROOT, 'arch/x86/include/asm/previrt_kind_list.h'))
    ap.add_argument('--bad', action='store_true', help='inputs must be rejected')
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('paths', nargs='+')
    a = ap.parse_args()
    KINDS.update(load_kinds(a.kinds))
    KIND_NAME.update({v[0]: k for k, v in KINDS.items()})
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith('.s'))
        else:
            files.append(p)
    afterburn = os.path.abspath(a.afterburn)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='afterburn-check.') as tmp:
        def job(path):
            d = tempfile.mkdtemp(dir=tmp)
            try:
                return path, True, check_one(afterburn, os.path.abspath(path), a.bad, d)
            except Fail as e:
                return path, False, str(e)
            except Exception as e:  # a checker bug must not look like a pass
                return path, False, 'checker error: %r' % e
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
            for path, ok, msg in ex.map(job, files):
                label = os.path.relpath(path, HERE) if path.startswith(HERE) else path
                if ok:
                    passed += 1
                    print('ok %s%s' % (label, (' (%s)' % msg) if a.verbose else ''))
                else:
                    failed += 1
                    print('FAIL %s: %s' % (label, msg))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
