#!/usr/bin/env python3
"""Prints the counts quoted in ../README.md."""
import json, os, itertools, collections
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
G = [json.loads(l) for l in open(os.path.join(here, "gold.jsonl"), encoding="utf-8")]
req = [g for g in G if not g.get("optional")]
print("statements:", len(G), "required:", len(req), "optional:", len(G) - len(req))
print("stance (all):", dict(collections.Counter(str(g["stance"]) for g in G)))
print("stance (required):", dict(collections.Counter(str(g["stance"]) for g in req)))
props = collections.defaultdict(list)
for g in req:
    if g.get("proposition"):
        props[g["proposition"]].append(g["stance"])
both = sorted(p for p, s in props.items() if "claim" in s and "denial" in s)
pairs = sum(1 for a, b in itertools.combinations([g for g in req if g.get("proposition")], 2)
            if a["proposition"] == b["proposition"] and {a["stance"], b["stance"]} == {"claim", "denial"})
print("propositions (required):", len(props), "with claim and denial:", len(both), both, "pairs:", pairs)
print("with via:", sum(1 for g in G if g.get("via")), "(required:", sum(1 for g in req if g.get("via")), ")")
print("entities:", len({(g["article"], g["entity"]) for g in G}), "distinct ids:", len({g["entity"] for g in G}))
per = collections.OrderedDict()
for g in G:
    a = per.setdefault(g["article"].split("-")[1], [0, 0, 0])
    a[0] += 1; a[1] += not g.get("optional"); a[2] += (g["stance"] == "denial" and not g.get("optional"))
print("per article (all/required/required denials):", ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in per.items()))
