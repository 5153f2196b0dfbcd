#!/usr/bin/env python3
"""Checks ../gold.jsonl: valid JSON, fields present, speaker a non-empty list, stance valid, ids unique,
each anchor occurs exactly once (folded) in its article."""
import json, os, re, sys

def fold(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip().lower()

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
bad = 0
seen = set()
for n, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    g = json.loads(line)
    for f in ("id", "article", "anchor", "speaker", "entity", "stance"):
        if f not in g:
            print(f"line {n}: missing {f}"); bad += 1
    if g.get("id") in seen:
        print(f"line {n}: duplicate id {g.get('id')}"); bad += 1
    seen.add(g.get("id"))
    if not isinstance(g.get("speaker"), list) or not g.get("speaker"):
        print(f"line {n}: speaker must be a non-empty list"); bad += 1
    if g.get("stance") not in ("claim", "denial", "neutral", None):
        print(f"line {n}: bad stance {g.get('stance')}"); bad += 1
    text = fold(open(os.path.join(here, "articles", g["article"] + ".txt"), encoding="utf-8").read())
    c = text.count(fold(g["anchor"]))
    if c != 1:
        print(f"{g['id']}: anchor occurs {c} times: {g['anchor']}"); bad += 1
print("errors:", bad)
sys.exit(1 if bad else 0)
