#!/usr/bin/env python3
"""Draws a seeded random sample of bulk-corpus sentences that carry a meeting cue, for hand
annotation of meeting facts (extraction precision and recall on news nobody tuned for).

Usage: python3 tools/sample_bulk_meetings.py [--n 80] [--seed 2026] [--exclude F.json] > sample.json

The measure (tests/fixtures/facts/bulk_sample.json) is seed 2026; a tuning sample drawn with
another seed and `--exclude` of the measure shares no sentence with it, so rules can be
tuned on one and judged on the other.

Reads ../shared/corpus/bulk (BBC .txt files and reuters-21578.jsonl), splits paragraphs at
blank lines and sentences at ". ", "! ", "? " before a capital, keeps sentences with a
meeting cue (CUE below), and prints JSON items: article id as attache names it
(`bbc/politics/001.txt`, `reuters-21578.jsonl#reuters-1`), 1-based paragraph, character
offsets of the sentence in the raw paragraph, and `hash`, the 64-bit FNV-1a of the
sentence's loose form (lower-case ASCII letters and digits, words joined by one space; the
same functions live in tests/facts/bulk_sample.rs). The text itself is never written: shared
articles stay out of the repository. Annotators fill `meetings` by hand.
"""
import argparse, json, os, random, re, unicodedata

# Phrases that usually tell of people meeting (the issue's "met with X / held talks with /
# talks with X"), plus planned meetings and calls; "received" or "hosted" alone are mostly
# about money and events in this corpus, so they are left out.
CUE = re.compile(r"\b(met (with )?[A-Z]\w+|meets [A-Z]\w+|meeting (with|between) [A-Z]|"
                 r"(held|hold|holds|holding) talks|talks with [A-Z]|"
                 r"spoke (by|on the) (phone|telephone)|telephone (call|conversation)|"
                 r"phone call|summit (with|between)|(will|to|due to) meet [A-Z])")
SENT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z])")


def loose(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def fnv1a(s):
    h = 0xCBF29CE484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def articles(bulk):
    bbc = os.path.join(bulk, "bbc")
    for dp, _, fn in sorted(os.walk(bbc)):
        for f in sorted(fn):
            if f.endswith(".txt"):
                p = os.path.join(dp, f)
                raw = open(p, "rb").read().decode("utf-8", errors="replace")
                paras = [x.strip() for x in re.split(r"\n\s*\n", raw) if x.strip()]
                # The first line is the headline; attache keeps it as the title.
                yield os.path.relpath(p, bulk), paras[1:]
    for line in open(os.path.join(bulk, "reuters-21578.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        paras = [x.strip() for x in re.split(r"\n\s*\n", o.get("text", "")) if x.strip()]
        yield f"reuters-21578.jsonl#{o['id']}", paras


def candidates(bulk):
    for aid, paras in articles(bulk):
        for pi, para in enumerate(paras, 1):
            start = 0
            for m in list(SENT.finditer(para)) + [None]:
                end = m.start() if m else len(para)
                sent = para[start:end].strip()
                if sent and CUE.search(sent):
                    s0 = para.index(sent, start)
                    yield {"article": aid, "paragraph": pi, "start": s0, "end": s0 + len(sent),
                           "hash": fnv1a(loose(sent))}
                start = m.end() if m else end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--exclude", help="a sample file whose sentences are left out")
    ap.add_argument("--bulk", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                   "shared", "corpus", "bulk"))
    a = ap.parse_args()
    pool = list(candidates(a.bulk))
    if a.exclude:
        taken = {(i["article"], i["hash"]) for i in json.load(open(a.exclude))["items"]}
        pool = [p for p in pool if (p["article"], p["hash"]) not in taken]
    random.Random(a.seed).shuffle(pool)
    sample = sorted(pool[: a.n], key=lambda x: (x["article"], x["paragraph"], x["start"]))
    for s in sample:
        s["meetings"] = []
    print(json.dumps({"seed": a.seed, "pool": len(pool), "items": sample}, indent=1))


if __name__ == "__main__":
    main()
