#!/usr/bin/env python3
"""Writes cases/*/docs.json: what kubectl reads for each case, as JSON the Rust test can
load without a YAML parser: the sources in kubectl's order, each with its syntax and its
documents (YAML converted as kubectl's sigs.k8s.io/yaml does: 1.0 stays a float here and the
test's Syntax::Yaml makes it an integer)."""
import json, os, re, shlex, yaml

class Loader(yaml.SafeLoader):
    pass
# Keep timestamps as strings (kubectl's YAML→JSON does).
# kubectl reads YAML with go-yaml v2 (YAML 1.1 as go-yaml has it): keep timestamps as strings,
# take y/Y/n/N as booleans, and floats without a dot (1e30) as floats; PyYAML differs there.
Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v
                                      if t not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:float")]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:y|Y|n|N)$"), list("yYnN"))
Loader.add_implicit_resolver("tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
def bool_v2(loader, node):
    return loader.construct_scalar(node) in ("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE")
Loader.add_constructor("tag:yaml.org,2002:bool", bool_v2)

def read(path):
    text = open(path).read()
    if text.lstrip().startswith("{"):
        dec = json.JSONDecoder()
        docs, i = [], 0
        while True:
            while i < len(text) and text[i].isspace():
                i += 1
            if i >= len(text):
                break
            obj, i = dec.raw_decode(text, i)
            docs.append(obj)
        return "json", docs
    return "yaml", [d for d in yaml.load_all(text, Loader=Loader) if d is not None]

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
for name in sorted(os.listdir(root)):
    d = os.path.join(root, name)
    words = shlex.split(open(os.path.join(d, "cmd")).read())
    files = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "-f":
            files.append(words[i + 1]); i += 2; continue
        i += 1
    sources = []
    for f in files:
        if f == "-":
            syntax, docs = read(os.path.join(d, words[words.index("<") + 1]))
            sources.append({"source": "STDIN", "syntax": syntax, "docs": docs})
        elif os.path.isdir(os.path.join(d, f)):
            for g in sorted(os.listdir(os.path.join(d, f))):
                if g.endswith((".yaml", ".yml", ".json")):
                    p = os.path.join(f, g).replace("//", "/")
                    syntax, docs = read(os.path.join(d, p))
                    sources.append({"source": p, "syntax": syntax, "docs": docs})
        else:
            syntax, docs = read(os.path.join(d, f))
            sources.append({"source": f, "syntax": syntax, "docs": docs})
    with open(os.path.join(d, "docs.json"), "w") as out:
        json.dump({"args": words, "sources": sources}, out, indent=1)
        out.write("\n")
