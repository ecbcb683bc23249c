#!/usr/bin/env bash
# snapshot_answers.sh BIN OUTDIR: every answer of the seed, dev and dev2 question sets
# (eval --json) and the facts of seed + dev + dev2 (facts --json), for diffing two builds.
set -u
B=$1; O=$2; S=$(cd "$(dirname "$0")/../.." && pwd)/shared; mkdir -p $O; W=$(mktemp -d)
$B --corpus $S/corpus/seed --index $W/seed eval --json $S/qa/seed.jsonl 2>/dev/null | python3 -c "import json,sys;d=json.load(sys.stdin);[print(json.dumps([r['id'],r['passed'],r['kind'],r['answer']])) for r in d['results']]" > $O/seed.txt
$B --corpus $S/corpus/seed --corpus $S/corpus/dev --index $W/dev eval --json $S/qa/dev.jsonl 2>/dev/null | python3 -c "import json,sys;d=json.load(sys.stdin);[print(json.dumps([r['id'],r['passed'],r['kind'],r['answer']])) for r in d['results']]" > $O/dev.txt
$B --corpus $S/corpus/seed --corpus $S/corpus/dev --corpus $S/corpus/dev2 --index $W/dev2 eval --json $S/qa/dev2.jsonl 2>/dev/null | python3 -c "import json,sys;d=json.load(sys.stdin);[print(json.dumps([r['id'],r['passed'],r['kind'],r['answer']])) for r in d['results']]" > $O/dev2.txt
$B --corpus $S/corpus/seed --corpus $S/corpus/dev --corpus $S/corpus/dev2 --index $W/dev2 facts --json > $O/facts.json 2>/dev/null
for f in seed dev dev2; do echo "$f: $(grep -c ', true,' $O/$f.txt)/$(wc -l < $O/$f.txt)"; done
rm -rf $W
