#!/usr/bin/env python3
"""Trims openapi-v2.json (the server's whole /openapi/v2, 3.8 MB) to what the cases need: the
definitions of every group-version-kind the cases' documents name (and of Deployment,
Namespace, Service, Widget for the detection tests), everything they reference, and the PATCH
operation of their paths (field-validation detection). Run after capture.sh and make_docs.py.
The whole document is exercised by the integration tests, which fetch it from the server."""
import glob
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
full = json.load(open(os.path.join(here, "openapi-v2.json")))
kinds = set()


def walk(o):
    if isinstance(o, dict):
        av, k = o.get("apiVersion"), o.get("kind")
        if isinstance(av, str) and isinstance(k, str):
            g, v = av.split("/", 1) if "/" in av else ("", av)
            kinds.add((g, v, k))
        if isinstance(o.get("items"), list):
            for x in o["items"]:
                walk(x)


for f in glob.glob(os.path.join(here, "cases/*/docs.json")):
    for s in json.load(open(f))["sources"]:
        for doc in s["docs"]:
            walk(doc)
kinds |= {("apps", "v1", "Deployment"), ("", "v1", "Namespace"), ("example.com", "v1", "Widget"), ("", "v1", "Service")}
defs = full["definitions"]
todo = [n for n, d in defs.items()
        if any((x.get("group", ""), x.get("version"), x.get("kind")) in kinds
               for x in d.get("x-kubernetes-group-version-kind", []))]
keep = set()
while todo:
    n = todo.pop()
    if n in keep:
        continue
    keep.add(n)
    for part in json.dumps(defs[n]).split('"#/definitions/')[1:]:
        todo.append(part.split('"')[0])
paths = {}
for p, item in full["paths"].items():
    patch = item.get("patch") if isinstance(item, dict) else None
    if patch:
        g = patch.get("x-kubernetes-group-version-kind", {})
        if (g.get("group", ""), g.get("version"), g.get("kind")) in kinds:
            paths[p] = {"patch": patch}
out = {k: v for k, v in full.items() if k not in ("definitions", "paths")}
out["paths"] = paths
out["definitions"] = {n: d for n, d in defs.items() if n in keep}
with open(os.path.join(here, "openapi-v2.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
