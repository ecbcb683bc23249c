#!/usr/bin/env python3
"""Which build changed which answers of a blind set, without printing any question.

Usage: python3 tools/blind_attribute.py SET.jsonl INDEX_DIR BIN [BIN ...]
Runs every binary (oldest first) on the set over ../shared/corpus/bulk with the index in
INDEX_DIR (built on first use; every binary must share the extractor version), and prints,
for each question whose pass or answer kind differs between them, its id, its half (the
set's articles sorted, alternately A and B, as blind_halves.py splits them) and one column
per binary: P/f (passed or failed) and the first letter of the kind (fact, quote,
not_found). Only ids, halves and those letters: a B half stays unread while a rule that
loses answers on it is found (round 31 found one this way).
"""
import json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bulk = os.path.join(os.path.dirname(root), 'shared', 'corpus', 'bulk')
qa, index, bins = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = [json.loads(l) for l in open(qa) if l.strip()]
arts = sorted({l['article'] for l in lines})
half = {a: 'AB'[i % 2] for i, a in enumerate(arts)}
runs = []
for b in bins:
    out = subprocess.run([b, '--corpus', bulk, '--index', index, 'eval', '--json', qa],
                         capture_output=True, text=True).stdout
    runs.append({r['id']: (r['passed'], r['kind']) for r in json.loads(out)['results']})
for l in lines:
    seq = [run[l['id']] for run in runs]
    if len(set(seq)) > 1:
        cols = ' '.join(('P' if p else 'f') + k[0] for p, k in seq)
        print(f"{l['id']} {half[l['article']]} {cols}")
