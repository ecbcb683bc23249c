#!/usr/bin/env python3
"""Quote-the-best-BM25-paragraph baseline of blind question sets, by half, beside attache.

Usage: python3 tools/quote_baseline.py ATTACHE_BIN EXAMPLE_BIN INDEX_DIR SET.jsonl [SET.jsonl ...]
EXAMPLE_BIN is the built `retrieval` example (cargo build --release --example retrieval),
whose `best` field is the text of the first paragraph the whole question finds. A
baseline answer passes when that text matches every `expect` and no `forbid` pattern.
Halves as in tools/blind_halves.py (articles sorted, alternately A and B). Prints counts
only: questions, attache passed, baseline passed, passed by the baseline alone.
"""
import json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bulk = os.path.join(os.path.dirname(root), 'shared', 'corpus', 'bulk')
attache, example, index, sets = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
for qa in sets:
    lines = {json.loads(l)['id']: json.loads(l) for l in open(qa) if l.strip()}
    arts = sorted({l['article'] for l in lines.values()})
    half = {a: 'AB'[i % 2] for i, a in enumerate(arts)}
    out = subprocess.run([example, index, qa, bulk], capture_output=True, text=True, check=True)
    base = {}
    for r in map(json.loads, out.stdout.splitlines()):
        q, t = lines[r['id']], r['best'] or ''
        base[r['id']] = (all(re.search(e, t) for e in q['expect'])
                         and not any(re.search(f, t) for f in q['forbid']))
    ev = subprocess.run([attache, '--corpus', bulk, '--index', index, 'eval', '--json', qa],
                        capture_output=True, text=True)
    got = {r['id']: r['passed'] for r in json.loads(ev.stdout)['results']}
    for h in 'AB':
        ids = [i for i, l in lines.items() if half[l['article']] == h]
        a = sum(got[i] for i in ids)
        b = sum(base.get(i, False) for i in ids)
        only = sum(base.get(i, False) and not got[i] for i in ids)
        print(f'{os.path.basename(qa)} half {h}: {len(ids)} questions, attache {a}, '
              f'baseline {b}, baseline only {only}')
