#!/usr/bin/env python3
"""Scores a blind question set by half over the bulk corpus.

Usage: python3 tools/blind_halves.py BIN QUESTIONS.jsonl [--index DIR] [--show A]
Every line of the set carries `article` (a bulk article id, `bbc/politics/123.txt` or
`reuters-21578.jsonl#<id>`); the set's articles, sorted, go alternately to half A (the half
rules may be written from) and half B (never read). Runs `BIN eval --json` over
../shared/corpus/bulk and prints, per half, passed/total and the confidently-wrong count
(failed answers of kind `fact` or starting with "Yes"). With --show A it prints half A's
failures; half B's are never printed.
"""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bulk = os.path.join(os.path.dirname(root), 'shared', 'corpus', 'bulk')
bin_, qa = sys.argv[1], sys.argv[2]
show = sys.argv[sys.argv.index('--show') + 1] if '--show' in sys.argv else 'none'
lines = [json.loads(l) for l in open(qa) if l.strip()]
arts = sorted({l['article'] for l in lines})
half = {a: 'AB'[i % 2] for i, a in enumerate(arts)}
art = {l['id']: l['article'] for l in lines}
with tempfile.TemporaryDirectory() as tmp:
    index = sys.argv[sys.argv.index('--index') + 1] if '--index' in sys.argv else tmp
    p = subprocess.run([bin_, '--corpus', bulk, '--index', index, 'eval', '--json', qa],
                       capture_output=True, text=True)
res = json.loads(p.stdout)['results']
score = {'A': [0, 0, 0], 'B': [0, 0, 0]}
for r in res:
    h = half[art[r['id']]]
    cw = (not r['passed']) and (r['kind'] == 'fact' or r['answer'].startswith('Yes'))
    score[h][0] += r['passed']; score[h][1] += 1; score[h][2] += cw
for h in 'AB':
    a, n, cw = score[h]
    print(f'half {h}: {a}/{n} = {100*a/n:.1f}%, confidently wrong {cw}')
if show == 'A':
    q = {l['id']: l for l in lines}
    for r in res:
        if r['passed'] or half[art[r['id']]] != 'A':
            continue
        l = q[r['id']]
        print(f"\n--- {r['id']} [{r['kind']}] {l['article']}\nQ: {r['question']}\n"
              f"expect: {l['expect']} forbid: {l['forbid']}\nevidence: {l.get('evidence')}\n"
              f"note: {l.get('note')}\nA: {r['answer']}")
