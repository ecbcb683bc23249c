#!/usr/bin/env python3
"""Code metrics of src/ (tests aside): functions over 80 lines and word-list lines (a line
holding three or more string literals of up to 40 characters, or a single such literal).
Usage: python3 tools/code_metrics.py [src]"""
import re, sys, os
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
lit = re.compile(r'"(?:[^"\\]|\\.){0,40}"')
single = re.compile(r'^\s*"(?:[^"\\]|\\.){0,40}",?\s*(//.*)?$')
wl = 0; wl_files = {}
longf = []
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith('.rs'): continue
        p = os.path.join(dp, f)
        lines = open(p, encoding='utf-8').read().split('\n')
        # skip test modules: crude - stop at '#[cfg(test)]'
        end = len(lines)
        for i, l in enumerate(lines):
            # Tests start at a `#[cfg(test)]` module (a test-only `use` line is not one).
            if l.strip() == '#[cfg(test)]' and i + 1 < len(lines) and 'mod ' in lines[i + 1]:
                end = i; break
        if p.endswith('tests.rs'): end = 0
        for l in lines[:end]:
            s = l.strip()
            if s.startswith('//'): continue
            if single.match(l) or len(lit.findall(l)) >= 3:
                wl += 1; wl_files[p] = wl_files.get(p, 0) + 1
        # functions: find 'fn name' at some indent and matching closing brace at same indent
        i = 0
        while i < end:
            m = re.match(r'^(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?fn\s+(\w+)', lines[i])
            if m and not lines[i].rstrip().endswith(';'):
                ind = m.group(1)
                j = i + 1
                while j < end and not (lines[j].startswith(ind + '}') and len(lines[j]) - len(lines[j].lstrip()) == len(ind)):
                    j += 1
                n = j - i + 1
                if n > 80: longf.append((n, p, m.group(6)))
            i += 1
print('word-list lines:', wl)
for p, n in sorted(wl_files.items(), key=lambda x: -x[1])[:15]: print('  ', n, p)
print('functions > 80 lines:', len(longf))
for n, p, name in sorted(longf, reverse=True): print('  ', n, p, name)
