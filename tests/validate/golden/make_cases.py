#!/usr/bin/env python3
"""Writes tests/golden/cases/NN-name/{cmd,FILES} from the table below. `cmd` is run by
capture.sh from inside the case directory, against the v1.20 test cluster, with the
kubeconfig's namespace set to the case's own namespace."""
import os, shutil, textwrap

CASES = []
def case(name, cmd, files, stdin=None):
    CASES.append((name, cmd, files, stdin))

DEPLOY = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: %(name)s}
spec:
  selector: {matchLabels: {app: %(name)s}}
  template:
    metadata: {labels: {app: %(name)s}}
    spec:
      containers:
      - name: c
        image: nginx
"""

TYPO = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: typo}
spec:
  replica: 3
  selector: {matchLabels: {app: typo}}
  template:
    metadata: {labels: {app: typo}}
    spec:
      containers:
      - name: c
        image: nginx
        resources:
          limts: {cpu: 100m}
"""

case("typo-deployment", "kubectl create -f typo.yaml", {"typo.yaml": TYPO})
case("service-port-eighty", "kubectl create -f svc.yaml", {"svc.yaml": """\
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: "eighty"}]
"""})
case("pod-missing-containers", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: empty}
spec: {}
"""})
case("pod-missing-container-name", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: noname}
spec:
  containers:
  - image: nginx
  - name: second
"""})
case("nested-arrays", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: nested}
spec:
  containers:
  - name: a
    image: nginx
    ports: [{containerPort: 80}, {containerPort: "81", protocl: TCP}]
  - name: b
    image: nginx
    env:
    - name: X
      valueFrom: {secretKeyRef: {name: s, key: k, optinal: true}}
    - {name: Y, value: 5}
    args: [a, [b], {c: d}]
  initContainers:
  - name: i
    image: busybox
    volumeMounts: [{name: v}]
"""})
case("int-or-string", "kubectl create -f svc.yaml", {"svc.yaml": """\
apiVersion: v1
kind: Service
metadata: {name: ios}
spec:
  ports:
  - {name: a, port: 80, targetPort: http}
  - {name: b, port: 81, targetPort: 8081}
  - {name: c, port: 82, targetPort: {port: 1}}
  - {name: d, port: 83, targetPort: [1]}
  - {name: e, port: 84, targetPort: true}
"""})
case("int-or-string-deploy", "kubectl create -f d.yaml", {"d.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: ios}
spec:
  selector: {matchLabels: {app: ios}}
  strategy:
    rollingUpdate: {maxSurge: 25%, maxUnavailable: [1]}
  template:
    metadata: {labels: {app: ios}}
    spec:
      containers:
      - name: c
        image: nginx
        livenessProbe: {httpGet: {port: {name: x}}}
"""})
case("quantities", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: q}
spec:
  containers:
  - name: c
    image: nginx
    resources:
      limits: {cpu: 1, memory: {size: 1Gi}}
      requests: {cpu: [1], memory: 1.5}
"""})
case("maps", "kubectl create -f cm.yaml", {"cm.yaml": """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: maps
  labels: {a: 1, b: {c: d}, e: [f]}
  annotations: [x]
data: {k: {v: 1}, n: 2, t: true}
"""})
case("map-wrong-type", "kubectl create -f cm.yaml", {"cm.yaml": """\
apiVersion: v1
kind: ConfigMap
metadata: {name: mapstr}
data: "a=b"
binaryData: 5
"""})
case("null-values", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata:
  name: nulls
  labels: {a: null, b: x}
  annotations:
spec:
  nodeSelector: {disk: ~}
  containers:
  - name: c
    image: nginx
    args: [a, null, b]
  - null
  volumes:
"""})
case("unknown-top-level", "kubectl create -f cm.yaml", {"cm.yaml": """\
apiVersion: v1
kind: ConfigMap
metadata: {name: top}
spec: {a: b}
Data: {a: b}
zzz: 1
"""})
case("wrong-apiversion", "kubectl create -f d.yaml", {"d.yaml": (DEPLOY % {"name": "v2"}).replace("apps/v1", "apps/v2")})
case("wrong-kind", "kubectl create -f d.yaml", {"d.yaml": (DEPLOY % {"name": "kind"}).replace("kind: Deployment", "kind: Deploymnt")})
case("missing-apiversion", "kubectl create -f cm.yaml", {"cm.yaml": "kind: ConfigMap\nmetadata: {name: noapi}\n"})
case("missing-kind", "kubectl create -f cm.yaml", {"cm.yaml": "apiVersion: v1\nmetadata: {name: nokind}\n"})
case("apiversion-number", "kubectl create -f cm.yaml", {"cm.yaml": "apiVersion: 1\nkind: ConfigMap\nmetadata: {name: n}\n"})
case("kind-not-string", "kubectl create -f cm.yaml", {"cm.yaml": "apiVersion: v1\nkind: [ConfigMap]\nmetadata: {name: n}\n"})
case("apiversion-three-parts", "kubectl create -f cm.yaml", {"cm.yaml": "apiVersion: a/b/c\nkind: ConfigMap\nmetadata: {name: n}\n"})
case("both-missing", "kubectl create -f cm.yaml", {"cm.yaml": "metadata: {name: n}\ndata: {a: b}\n"})

CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, listKind: WidgetList}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer}
              color: {type: string, enum: [red, blue]}
              enabled: {type: boolean}
              ratio: {type: number}
              ports:
                type: array
                items:
                  type: object
                  required: [port]
                  properties:
                    port: {type: integer}
                    name: {type: string}
              tags: {type: object, additionalProperties: {type: string}}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
              free:
                type: object
                x-kubernetes-preserve-unknown-fields: true
                properties:
                  known: {type: integer}
              value: {x-kubernetes-int-or-string: true}
              opt: {type: string, nullable: true}
              list: {type: array, items: {type: string}}
              nested:
                type: object
                properties:
                  deep:
                    type: object
                    properties:
                      x: {type: number}
"""
case("crd-create", "kubectl create -f crd.yaml", {"crd.yaml": CRD})
CR = """\
apiVersion: example.com/v1
kind: Widget
metadata: {name: %s}
spec:
%s"""
def cr(name, body):
    return CR % (name, textwrap.indent(textwrap.dedent(body), "  "))
case("cr-valid", "kubectl create -f cr.yaml", {"cr.yaml": cr("ok", """\
    size: 3
    color: red
    extra: {anything: [1, {x: y}]}
    free: {known: 1, unknown: 2}
    value: 5
    opt: null
""")})
case("cr-wrong-type", "kubectl create -f cr.yaml", {"cr.yaml": cr("wt", """\
    size: "three"
    enabled: "yes"
    ratio: "1.5"
    ports: [{port: "80"}, {name: x}]
    tags: {a: 1, b: [c]}
    list: "x"
""")})
case("cr-unknown-field", "kubectl create -f cr.yaml", {"cr.yaml": cr("uf", """\
    size: 1
    colour: red
    nested: {deep: {x: 1, y: 2}, other: 3}
    free: {known: "k", unknown: 2}
""")})
case("cr-int-or-string-and-nullable", "kubectl create -f cr.yaml", {"cr.yaml": cr("ios", """\
    size: 1
    value: {a: 1}
    opt: 5
    extra: [1]
""")})
case("cr-missing-required", "kubectl create -f cr.yaml", {"cr.yaml": cr("mr", """\
    color: blue
""").replace("spec:\n  color", "spec:\n  color") + "status: {a: 1}\nextraTop: 1\n"})
case("cr-spec-not-object", "kubectl create -f cr.yaml", {"cr.yaml": "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: sno}\nspec: 5\n"})

case("list", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: l1}
  data: {a: 1, b: [2]}
- apiVersion: v1
  kind: Service
  metadata: {name: l2}
  spec: {ports: [{port: x}], typo: 1}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: l3}
  spec: {replica: 1}
"""})
case("list-item-missing-kind", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  metadata: {name: lk}
- kind: ConfigMap
  metadata: {name: lk2}
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: lk3}
  bogus: 1
"""})
case("list-items-not-array", "kubectl create -f list.yaml", {"list.yaml": "apiVersion: v1\nkind: List\nitems: {a: 1}\n"})
case("typed-list", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: v1
kind: ConfigMapList
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: tl1}
  data: {a: [1]}
  extra: 1
"""})
MULTI_OK = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {a: b}\n"
MULTI_BAD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {a: [b]}\nbad: 1\n"
case("multi-doc-second-bad", "kubectl create -f multi.yaml", {"multi.yaml":
     MULTI_OK % "m1" + "---\n" + MULTI_BAD % "m2" + "---\n" + MULTI_BAD % "m3" + "---\n" + MULTI_OK % "m4"})
case("multi-doc-first-bad", "kubectl create -f multi.yaml", {"multi.yaml":
     MULTI_BAD % "f1" + "---\n" + MULTI_OK % "f2"})
case("two-files-bad", "kubectl create -f a.yaml -f b.yaml -f c.yaml", {
     "a.yaml": MULTI_BAD % "a1", "b.yaml": MULTI_OK % "b1", "c.yaml": TYPO})
case("directory", "kubectl create -f dir/", {
     "dir/1.yaml": MULTI_BAD % "d1", "dir/2.yaml": MULTI_OK % "d2", "dir/3.json":
     '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "d3"}, "data": {"a": 1.0}, "x": 1}\n'})
case("stdin", "kubectl create -f - < typo.yaml", {"typo.yaml": TYPO})
case("validate-warn", "kubectl create --validate=warn -f typo.yaml", {"typo.yaml": TYPO})
case("validate-warn-multi", "kubectl create --validate=warn -f multi.yaml", {"multi.yaml":
     MULTI_BAD % "w1" + "---\n" + MULTI_BAD % "w2" + "---\napiVersion: v1\nkind: List\nitems: []\n"})
case("validate-ignore", "kubectl create --validate=ignore -f typo.yaml", {"typo.yaml": TYPO})
case("validate-false", "kubectl create --validate=false -f typo.yaml", {"typo.yaml": TYPO})
case("validate-true", "kubectl create --validate=true -f typo.yaml", {"typo.yaml": TYPO})
case("validate-strict", "kubectl create --validate=strict -f typo.yaml", {"typo.yaml": TYPO})
case("validate-bare", "kubectl create --validate -f typo.yaml", {"typo.yaml": TYPO})
case("json-numbers", "kubectl create -f d.json", {"d.json": """\
{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "jn"},
 "spec": {"replicas": "3", "paused": 1.0, "revisionHistoryLimit": 1.5, "minReadySeconds": true,
  "progressDeadlineSeconds": 1e3, "selector": 1e3,
  "template": {"metadata": {"labels": {"app": "jn"}}, "spec": {"containers": [{"name": "c", "image": 7}]}}}}
"""})
case("yaml-numbers", "kubectl create -f d.yaml", {"d.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: yn}
spec:
  paused: 1
  replicas: 1.5
  minReadySeconds: 1e30
  revisionHistoryLimit: 2.0
  strategy: 1.0
  selector: 1.5
  template: 12345678901234567890
"""})
case("spec-scalar", "kubectl create -f d.yaml", {"d.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: x\nspec: 5\nstatus: [1]\n"})
case("statefulset-deep", "kubectl create -f ss.yaml", {"ss.yaml": """\
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: ss}
spec:
  serviceName: ss
  selector: {matchLabels: {app: ss}}
  template:
    metadata: {labels: {app: ss}}
    spec:
      containers: [{name: c, image: nginx}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: ReadWriteOnce
      resources: {requests: {storage: {}}}
"""})
case("order-of-errors", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: order}
spec:
  zeta: 1
  Alpha: 2
  containers:
  - zzz: 1
    Image: x
    aaa: 2
    _u: 3
    ports: [{}]
  - {name: b, image: x, env: [{}]}
  alpha: 3
  volumes: [{name: v, hostPath: {}}, {configMap: {items: [{}]}}]
"""})
case("quoted-source-name", "kubectl create -f 'my file.yaml'", {"my file.yaml": TYPO})
case("duplicate-label-json", "kubectl create -f cm.json", {"cm.json":
     '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "dup", "labels": {"a": "1", "a": "2"}}, "data": {"x": 1}, "y": 2}\n'})
case("cronjob-nested", "kubectl create -f cj.yaml", {"cj.yaml": """\
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      backoffLimit: "x"
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox, command: sleep}]
"""})
case("ingress-deprecated-wrong", "kubectl create -f ing.yaml", {"ing.yaml": """\
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: ing}
spec:
  rules:
  - http:
      paths:
      - backend: {serviceName: s, servicePort: 80}
        pathType: Prefix
        path: 1
        extra: x
"""})
case("scalar-document", "kubectl create -f s.yaml", {"s.yaml": "just a string\n"})
case("valid-deployment", "kubectl create -f d.yaml", {"d.yaml": DEPLOY % {"name": "good"}})
case("valid-and-invalid-files", "kubectl create -f good.yaml -f bad.yaml", {
     "good.yaml": DEPLOY % {"name": "good2"}, "bad.yaml": MULTI_BAD % "bad2"})
case("dedupe", "kubectl create -f pod.yaml", {"pod.yaml": """\
apiVersion: v1
kind: Pod
metadata: {name: dd}
spec:
  containers:
  - {name: a, image: x, bogus: 1}
  - {name: b, image: x, ports: [{bogus: 1}, {bogus: 2}]}
"""})
case("many-files-mixed", "kubectl create -f x.yaml -f y.yaml", {
     "x.yaml": MULTI_OK % "x1" + "---\n" + TYPO, "y.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: y}\nspec: {ports: [{port: eighty}]}\n"})
case("apply-typo", "kubectl apply -f typo.yaml", {"typo.yaml": TYPO})
case("replace-typo", "kubectl replace -f typo.yaml", {"typo.yaml": TYPO})

case("list-null-and-scalar-items", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: v1
kind: List
items:
- null
- just a string
- {apiVersion: v1, kind: ConfigMap, metadata: {name: lns}, data: {a: {}}}
"""})
case("validate-warn-missing-kind", "kubectl create --validate=warn -f multi.yaml", {"multi.yaml":
     MULTI_OK % "wk1" + "---\napiVersion: v1\nmetadata: {name: wk2}\n---\n" + MULTI_OK % "wk3"})
case("validate-ignore-missing-kind", "kubectl create --validate=ignore -f cm.yaml", {"cm.yaml": "apiVersion: v1\nmetadata: {name: ik}\n"})
case("empty-documents", "kubectl create -f multi.yaml", {"multi.yaml":
     "---\n---\n# only a comment\n---\n" + MULTI_BAD % "e1" + "---\n"})
case("yaml-1-1-keys", "kubectl create -f cm.yaml", {"cm.yaml": """\
apiVersion: v1
kind: ConfigMap
metadata: {name: yes-keys, labels: {y: "1", on: "2", n: x}}
data: {yes: "a", no: b, 'y': c}
"""})
case("json-multi-doc-stream", "kubectl create -f s.json", {"s.json":
     '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "js1"}, "data": {"a": "b"}}\n'
     '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "js2"}, "data": {"a": 1.5}, "q": 1}\n'})
case("validation-and-mapping-error", "kubectl create -f bad.yaml -f nokind.yaml", {
     "bad.yaml": MULTI_BAD % "vm1", "nokind.yaml": "apiVersion: v1\nkind: Gadget\nmetadata: {name: g}\n"})
case("list-of-crs", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: v1
kind: List
items:
- {apiVersion: example.com/v1, kind: Widget, metadata: {name: lw1}, spec: {size: 1, tags: {a: [b]}}}
- {apiVersion: example.com/v1, kind: Widget, metadata: {name: lw2}, spec: {colr: red}}
"""})
case("cr-typed-list", "kubectl create -f list.yaml", {"list.yaml": """\
apiVersion: example.com/v1
kind: WidgetList
items:
- {apiVersion: example.com/v1, kind: Widget, metadata: {name: tw1}, spec: {size: x}}
"""})
case("crd-schema-wrong-types", "kubectl create -f crd.yaml", {"crd.yaml": """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gizmos.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: gizmos, kind: Gizmo}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: x
            properties:
              a: {type: [string], maxLength: "5", items: [{type: string}]}
              b: {properties: {c: {x-kubernetes-int-or-string: "yes", enum: {}}}}
            additionalProperties: 5
"""})

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
if os.path.exists(root):
    shutil.rmtree(root)
for i, (name, cmd, files, stdin) in enumerate(CASES):
    d = os.path.join(root, "%02d-%s" % (i + 1, name))
    os.makedirs(d)
    with open(os.path.join(d, "cmd"), "w") as f:
        f.write(cmd + "\n")
    for fn, content in files.items():
        p = os.path.join(d, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(content)
print(len(CASES), "cases")
