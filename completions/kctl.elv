
use builtin;
use str;

set edit:completion:arg-completer[kctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kctl'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'If present, the namespace scope for this request'
            cand --namespace 'If present, the namespace scope for this request'
            cand -s 'The address and port of the Kubernetes API server'
            cand --server 'The address and port of the Kubernetes API server'
            cand --token 'Bearer token for authentication to the API server'
            cand --certificate-authority 'Path to a cert file for the certificate authority'
            cand --request-timeout 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds'
            cand -v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand --v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand --insecure-skip-tls-verify 'If true, the server''s certificate will not be checked for validity'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Display one or many resources'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;get'= {
            cand -l 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`'
            cand --selector 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`'
            cand --field-selector 'Selector (field query) to filter on, e.g. `status.phase=Running`'
            cand --chunk-size 'Return large lists in chunks of this size; 0 disables chunking'
            cand -o 'Output format: wide, yaml, json, name'
            cand --output 'Output format: wide, yaml, json, name'
            cand --kubeconfig 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'If present, the namespace scope for this request'
            cand --namespace 'If present, the namespace scope for this request'
            cand -s 'The address and port of the Kubernetes API server'
            cand --server 'The address and port of the Kubernetes API server'
            cand --token 'Bearer token for authentication to the API server'
            cand --certificate-authority 'Path to a cert file for the certificate authority'
            cand --request-timeout 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds'
            cand -v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand --v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand -A 'List the requested objects across all namespaces'
            cand --all-namespaces 'List the requested objects across all namespaces'
            cand --ignore-not-found 'If the requested object does not exist the command will return exit code 0'
            cand --show-kind 'If present, list the resource type for the requested object(s)'
            cand --show-labels 'When printing, show all labels as the last column'
            cand --no-headers 'When using the default or wide output format, don''t print headers'
            cand --show-managed-fields 'Keep the managedFields when printing objects in JSON or YAML format'
            cand --insecure-skip-tls-verify 'If true, the server''s certificate will not be checked for validity'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;completions'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'If present, the namespace scope for this request'
            cand --namespace 'If present, the namespace scope for this request'
            cand -s 'The address and port of the Kubernetes API server'
            cand --server 'The address and port of the Kubernetes API server'
            cand --token 'Bearer token for authentication to the API server'
            cand --certificate-authority 'Path to a cert file for the certificate authority'
            cand --request-timeout 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds'
            cand -v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand --v 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)'
            cand --insecure-skip-tls-verify 'If true, the server''s certificate will not be checked for validity'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;help'= {
            cand get 'Display one or many resources'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;help;get'= {
        }
        &'kctl;help;completions'= {
        }
        &'kctl;help;help'= {
        }
    ]
    $completions[$command]
}
