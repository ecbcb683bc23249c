#!/usr/bin/env python3
"""Scores dev2 by half (articles sorted by name, alternate files to A and B).

Usage: python3 tools/dev2_halves.py BIN [--show A|B|none]
Runs `BIN eval --json` on seed + dev + dev2 and prints, for each half, passed/total and the
confidently-wrong count (failed answers of kind `fact` or starting with "Yes"). With
--show A it prints the failures of half A (the half to tune on); half B stays unread.
"""
import json, os, subprocess, sys, tempfile
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), 'shared')
bin_ = sys.argv[1]
show = sys.argv[sys.argv.index('--show') + 1] if '--show' in sys.argv else 'none'
files = sorted(os.listdir(os.path.join(shared, 'corpus', 'dev2')))
half = {f: 'AB'[i % 2] for i, f in enumerate(files)}
qa = os.path.join(shared, 'qa', 'dev2.jsonl')
lines = [json.loads(l) for l in open(qa) if l.strip()]
art = {l['id']: l.get('article') for l in lines}
with tempfile.TemporaryDirectory() as tmp:
    out = subprocess.run([bin_, '--corpus', f'{shared}/corpus/seed', '--corpus', f'{shared}/corpus/dev',
                          '--corpus', f'{shared}/corpus/dev2', '--index', tmp, 'eval', '--json', qa],
                         capture_output=True, text=True).stdout
res = json.loads(out)['results']
score = {'A': [0, 0, 0], 'B': [0, 0, 0]}
for r in res:
    a = art.get(r['id'])
    hs = [half[a]] if a in half else ['A', 'B']
    cw = (not r['passed']) and (r['kind'] == 'fact' or r['answer'].startswith('Yes'))
    for h in hs:
        score[h][0] += r['passed']; score[h][1] += 1; score[h][2] += cw
for h in 'AB':
    p, n, cw = score[h]
    print(f'half {h}: {p}/{n} = {100*p/n:.1f}%, confidently wrong {cw}')
p = sum(r['passed'] for r in res); cw = sum((not r['passed']) and (r['kind'] == 'fact' or r['answer'].startswith('Yes')) for r in res)
print(f'dev2: {p}/{len(res)} = {100*p/len(res):.1f}%, confidently wrong {cw}')
if show in 'AB':
    q = {l['id']: l for l in lines}
    for r in res:
        a = art.get(r['id'])
        if r['passed'] or (a in half and half[a] != show):
            continue
        l = q[r['id']]
        print(f"\n--- {r['id']} [{r['kind']}] {a}\nQ: {r['question']}\nexpect: {l['expect']} forbid: {l['forbid']}\nevidence: {l.get('evidence')}\nnote: {l.get('note')}\nA: {r['answer']}")
