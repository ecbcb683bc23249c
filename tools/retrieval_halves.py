#!/usr/bin/env python3
"""Retrieval recall of blind question sets by half: how often the whole question's search
finds the question's article in its first 1, 5 and 10 paragraphs.

Usage: python3 tools/retrieval_halves.py EXAMPLE_BIN INDEX_DIR SET.jsonl [SET.jsonl ...]
EXAMPLE_BIN is the built `retrieval` example (cargo build --release --example retrieval).
Halves as in tools/blind_halves.py (articles sorted, alternately A and B); first turns of
a conversation and follow-ups are counted apart (a follow-up often names nobody). Prints
counts only.
"""
import json, os, subprocess, sys, collections

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bulk = os.path.join(os.path.dirname(root), 'shared', 'corpus', 'bulk')
bin_, index, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
tally = collections.defaultdict(lambda: [0, 0, 0, 0])
for qa in sets:
    lines = [json.loads(l) for l in open(qa) if l.strip()]
    arts = sorted({l['article'] for l in lines})
    half = {a: 'AB'[i % 2] for i, a in enumerate(arts)}
    out = subprocess.run([bin_, index, qa, bulk], capture_output=True, text=True, check=True)
    seen = set()
    for r in map(json.loads, out.stdout.splitlines()):
        turn = 'follow' if r['conversation'] in seen else 'first'
        seen.add(r['conversation'])
        t = tally[(half[r['article']], turn)]
        t[0] += 1
        for i, k in enumerate((1, 5, 10)):
            t[i + 1] += 0 < r['rank'] <= k
for (h, turn), (n, r1, r5, r10) in sorted(tally.items()):
    print(f'half {h} {turn:6}: {n:3} questions, article at 1: {r1:3}, in 5: {r5:3}, in 10: {r10:3}')
