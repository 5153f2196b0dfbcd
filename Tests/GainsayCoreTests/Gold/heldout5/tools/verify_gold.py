#!/usr/bin/env python3
"""Checks ../gold.jsonl: valid JSON, fields present and well typed, ids unique, each anchor occurs
exactly once (folded) in its article. One documented exception: fnc1-1880-03 anchors a photo
caption that the body prints twice, word for word (it is optional)."""
import json, os, re, sys

ALLOWED_REPEATS = {"fnc1-1880-03": 2}
STANCES = {"claim", "denial", "neutral", None}

def fold(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip().lower()

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
bad = 0
seen = set()
for n, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    try:
        g = json.loads(line)
    except json.JSONDecodeError as err:
        print(f"line {n}: not JSON: {err}"); bad += 1; continue
    for f in ("id", "article", "anchor", "speaker", "entity", "stance"):
        if f not in g:
            print(f"line {n}: missing {f}"); bad += 1
    if g.get("id") in seen:
        print(f"line {n}: duplicate id {g.get('id')}"); bad += 1
    seen.add(g.get("id"))
    if g.get("stance") not in STANCES:
        print(f"{g['id']}: bad stance {g.get('stance')!r}"); bad += 1
    if not isinstance(g.get("speaker"), list) or not g["speaker"] or not all(isinstance(s, str) and s for s in g["speaker"]):
        print(f"{g['id']}: speaker must be a non-empty list of names"); bad += 1
    if "via" in g and (not isinstance(g["via"], list) or not g["via"]):
        print(f"{g['id']}: via must be a non-empty list"); bad += 1
    if "optional" in g and g["optional"] is not True:
        print(f"{g['id']}: optional must be true when present"); bad += 1
    path = os.path.join(here, "articles", g["article"] + ".txt")
    if not os.path.exists(path):
        print(f"{g['id']}: no article {path}"); bad += 1; continue
    text = fold(open(path, encoding="utf-8").read())
    c = text.count(fold(g["anchor"]))
    if c != ALLOWED_REPEATS.get(g["id"], 1):
        print(f"{g['id']}: anchor occurs {c} times: {g['anchor']}"); bad += 1
print("errors:", bad)
sys.exit(1 if bad else 0)
