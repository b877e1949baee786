#!/usr/bin/env bash
# Runs every case of cases/ with the real kubectl against the cluster of $KUBECONFIG (the
# v1.20 test cluster: `scripts/test-cluster up DIR; . DIR/env`), each in its own namespace,
# and records stdout, stderr and exit code beside it; then saves the server's /openapi/v2
# (with the Widget CRD of case crd-create published) as openapi-v2.json. Then run
# make_docs.py and trim_openapi.py (which keeps only what the cases need).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kubectl version --client | head -1 > "$here/kubectl-version"
run="$(date +%s)"
kubectl delete crd widgets.example.com --ignore-not-found --wait >/dev/null
for d in "$here"/cases/*/; do
    n="$(basename "$d")"
    ns="v$run-${n%%-*}"
    kubectl create namespace "$ns" >/dev/null 2>&1
    kubectl config set-context --current --namespace="$ns" >/dev/null
    (cd "$d" && bash -c "$(cat cmd)" >stdout 2>stderr; echo $? >exit)
    echo "$n: exit $(cat "$d/exit")"
    if [ "$n" = 21-crd-create ]; then
        kubectl wait --for condition=established crd/widgets.example.com >/dev/null
        for _ in $(seq 60); do
            kubectl get --raw /openapi/v2 | grep -q '"com.example.v1.Widget"' && break
            sleep 1
        done
        sleep 2
    fi
done
kubectl config set-context --current --namespace=default >/dev/null
kubectl get --raw /openapi/v2 > "$here/openapi-v2.json"
