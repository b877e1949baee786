# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kctl_global_optspecs
    string join \n kubeconfig= context= cluster= user= n/namespace= s/server= token= certificate-authority= insecure-skip-tls-verify request-timeout= as= as-group= as-uid= v/v= k/kustomize= warnings-as-errors h/help V/version
end

function __fish_kctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kctl_using_subcommand
    set -l cmd (__fish_kctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kctl -n "__fish_kctl_needs_command" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_needs_command" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_needs_command" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_needs_command" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_needs_command" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_needs_command" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_needs_command" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_needs_command" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_needs_command" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_needs_command" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_needs_command" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "watch" -d 'Print the current objects, then every change, as a stream that never ends silently'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "create" -d 'Create objects from files or stdin, or one object from a generator'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "delete" -d 'Delete objects by name, selector, file or `--all`, and wait until they are gone'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "wait" -d 'Wait for a condition on one or many objects, as kubectl wait (and fail fast with --fail-on)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "api-versions" -d 'Print the supported API versions on the server, in the form of "group/version"'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "__complete" -d 'Live completion candidates for the shell scripts (internal)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l field-selector -d 'Selector (field query) to filter on, e.g. `status.phase=Running`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l chunk-size -d 'Return large lists in chunks of this size; 0 disables chunking' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s o -l output -d 'Output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (also `template=`, `templatefile=`), custom-columns=HEADER:PATH,..., custom-columns-file=FILE' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand get" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one: Go\'s text/template syntax (see the README)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l sort-by -d 'Sort by this field (a JSONPath such as `.metadata.name` or `{.spec.containers[0].resources.requests.cpu}`): numbers and quantities (`100m`, `1Gi`) by value, other strings byte by byte' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s L -l label-columns -d 'Labels to show as columns (`-L app,tier` or repeated)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand get" -s f -l filename -d 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to get' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l raw -d 'GET this server path (`/healthz`, `/apis/...`, `/metrics`) and print the body as the server sent it' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l server-print -d 'Print the server\'s table (true) or kubectl\'s client-side NAME/AGE table (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand get" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand get" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand get" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s A -l all-namespaces -d 'List the requested objects across all namespaces'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l ignore-not-found -d 'If the requested object does not exist the command will return exit code 0'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-kind -d 'If present, list the resource type for the requested object(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-labels -d 'When printing, show all labels as the last column'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l no-headers -d 'When using the default or wide output format, don\'t print headers'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-managed-fields -d 'Keep the managedFields when printing objects in JSON or YAML format'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s w -l watch -d 'After listing/getting the requested object, watch for changes'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l watch-only -d 'Watch for changes to the requested object(s), without listing/getting first'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l output-watch-events -d 'Output watch event objects when --watch or --watch-only is used'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l field-selector -d 'Selector (field query) to filter on, e.g. `status.phase=Running`' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s o -l output -d 'Output format: wide, yaml, json (one line per event), name' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''"
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l timeout -d 'Stop after this long with exit 0 (with --for: exit 1), e.g. `30s`, `5m`' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l for -d 'Stop with exit 0 once the object (or every selected object) meets this: `delete`, `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l fail-on -d 'With --for: stop with exit 1 as soon as a watched object meets this (repeatable): `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l chunk-size -d 'Return large lists in chunks of this size; 0 disables chunking' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s A -l all-namespaces -d 'Watch the requested objects across all namespaces'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l watch-only -l since-now -d 'Skip the current objects: print only the changes from now on'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l show-labels -d 'When printing a table, show all labels as the last column'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l no-headers -d 'When printing a table, don\'t print the header'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l show-managed-fields -d 'Keep the managedFields when printing objects in JSON or YAML format'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s f -l filename -d 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) holding the objects to create' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s l -l selector -d 'Selector (label query) that the objects read from files must match' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l concurrency -d 'How many objects may be in flight at once' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l raw -d 'POST the file given with -f to this server path (`/api/v1/namespaces/x/pods`) and print the answer as sent' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l validate -d 'strict (or true): check every object against the server\'s schema and send nothing when one fails (on the server when it validates fields itself, else here); warn: the server warns about unknown or duplicate fields; ignore (or false): no schema validation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "ns" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "cm" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "deploy" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "cj" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "svc" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "serviceaccount" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "sa" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "role" -d 'Create a role with a single rule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "resourcequota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "pdb" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "pc" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "ing" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "token" -d 'Request a service account token (printed alone, without a newline when piped)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa role clusterrole rolebinding clusterrolebinding quota resourcequota poddisruptionbudget pdb priorityclass pc ingress ing token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-literal -d '`key=value` to add (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-file -d '`[key=]path`: a file (key defaults to its name) or a directory (each regular file in it)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-env-file -d 'A file of `KEY=VALUE` lines (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l from-literal -d '`key=value` to add (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l from-file -d '`[key=]path`: a file (key defaults to its name) or a directory (each regular file in it)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l from-env-file -d 'A file of `KEY=VALUE` lines (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "generic" -d 'A secret from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "tls" -d 'A TLS secret from a certificate and its key'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "docker-registry" -d 'A secret for use with a Docker registry'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l image -d 'Image to run (repeatable: one container per image)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l replicas -d 'Number of replicas' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l port -d 'The container port to expose (on the first container)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l image -d 'Image to run (repeatable: one container per image)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l replicas -d 'Number of replicas' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l port -d 'The container port to expose (on the first container)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l image -d 'Image to run' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l from -d 'The resource to create the job from: `cronjob/NAME`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l image -d 'Image to run' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l schedule -d 'Schedule in cron format' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l restart -d 'The job\'s restart policy: OnFailure or Never' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l image -d 'Image to run' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l schedule -d 'Schedule in cron format' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l restart -d 'The job\'s restart policy: OnFailure or Never' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "clusterip" -d 'A ClusterIP service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "nodeport" -d 'A NodePort service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "loadbalancer" -d 'A LoadBalancer service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "externalname" -d 'An ExternalName service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -f -a "clusterip" -d 'A ClusterIP service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -f -a "nodeport" -d 'A NodePort service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -f -a "loadbalancer" -d 'A LoadBalancer service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -f -a "externalname" -d 'An ExternalName service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l verb -d 'Verb that applies to the resources contained in the rule' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l resource -d 'Resource that the rule applies to: `resource[.group][/subresource]`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l resource-name -d 'Resource in the white list that the rule applies to (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l verb -d 'Verb that applies to the resources contained in the rule' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l resource -d 'Resource that the rule applies to: `resource[.group][/subresource]`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l resource-name -d 'Resource in the white list that the rule applies to (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l non-resource-url -d 'A partial url that user should have access to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l aggregation-rule -d 'An aggregation label selector for combining ClusterRoles: `key=value[,key=value]`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l clusterrole -d 'ClusterRole this RoleBinding should reference' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l role -d 'Role this RoleBinding should reference' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l user -d 'Usernames to bind to the role (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l group -d 'Groups to bind to the role (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l serviceaccount -d 'Service accounts to bind to the role, as `<namespace>:<name>` (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l clusterrole -d 'ClusterRole this ClusterRoleBinding should reference' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l user -d 'Usernames to bind to the role (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l group -d 'Groups to bind to the role (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l serviceaccount -d 'Service accounts to bind to the role, as `<namespace>:<name>` (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l hard -d 'A comma-delimited set of `resource=quantity` pairs that define a hard limit' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l scopes -d 'A comma-delimited set of quota scopes that must all match each object tracked by the quota' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l hard -d 'A comma-delimited set of `resource=quantity` pairs that define a hard limit' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l scopes -d 'A comma-delimited set of quota scopes that must all match each object tracked by the quota' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from resourcequota" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l min-available -d 'The minimum number or percentage of available pods this budget requires' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l max-unavailable -d 'The maximum number or percentage of unavailable pods this budget requires' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l selector -d 'A label selector to use for this budget' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l min-available -d 'The minimum number or percentage of available pods this budget requires' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l max-unavailable -d 'The maximum number or percentage of unavailable pods this budget requires' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l selector -d 'A label selector to use for this budget' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pdb" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l value -d 'The value of this priority class' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l global-default -d 'If true, this priority class is the cluster\'s default' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l description -d 'The description of this priority class (what it is for)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l preemption-policy -d 'The policy for preempting pods of lower priority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l value -d 'The value of this priority class' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l global-default -d 'If true, this priority class is the cluster\'s default' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l description -d 'The description of this priority class (what it is for)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l preemption-policy -d 'The policy for preempting pods of lower priority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from pc" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l class -d 'Ingress class to be used' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l rule -d '`host/path=service:port[,tls[=secret]]`; a path ending in `*` is pathType Prefix (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l default-backend -d 'Default service for backend, as `svcname:port`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l annotation -d 'Annotation to insert in the ingress object, as `annotation=value` (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l class -d 'Ingress class to be used' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l rule -d '`host/path=service:port[,tls[=secret]]`; a path ending in `*` is pathType Prefix (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l default-backend -d 'Default service for backend, as `svcname:port`' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l annotation -d 'Annotation to insert in the ingress object, as `annotation=value` (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l template -d 'Template for -o go-template (the default format when -o is not given) or a -o jsonpath named without one' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l allow-missing-template-keys -d 'With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ing" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l audience -d 'Audience of the requested token (repeatable; default: the API server\'s)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l duration -d 'Requested lifetime of the token (`10m`, `1h`; 0: the server decides)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-kind -d 'Kind of an object to bind the token to: Node, Pod or Secret' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-name -d 'Name of an object to bind the token to (requires --bound-object-kind)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-uid -d 'UID of an object to bind the token to (requires --bound-object-kind and --bound-object-name)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE... (the TokenRequest)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
go-template=\t''
go-template-file=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "serviceaccount" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "role" -d 'Create a role with a single rule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "token" -d 'Request a service account token (printed alone, without a newline when piped)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s f -l filename -d 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to delete' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l field-selector -d 'Selector (field query) to filter on, e.g. `metadata.name=x`' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cascade -d 'What happens to dependents: `background` (default), `foreground` (they go first) or `orphan` (they stay)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l grace-period -d 'Seconds given to the object to terminate gracefully; negative: the object\'s own default' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l dry-run -d '`none` deletes; `client` only prints what would be deleted; `server` asks the server to check without deleting' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l ignore-not-found -d 'A missing object is not an error (the default with --all, -l and --field-selector)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s o -l output -d 'Output format: `name` (`pod/x`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l wait -d 'Wait until the objects are gone (`--wait=false`: return after the requests)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l timeout -d 'How long to wait for the objects to be gone, e.g. `30s`, `5m` (default: no limit)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l concurrency -d 'How many deletions (and waits) may be in flight at once' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l raw -d 'Send DELETE to this server path and print the answer as sent' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l all -d 'Delete every object of the given types in the namespace'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s A -l all-namespaces -d 'With --all or -l: in every namespace'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l now -d 'Immediate shutdown: --grace-period=1'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l force -d 'With --grace-period=0 (the default with --force): remove the object at once, without waiting for it to stop'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s f -l filename -d 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l field-selector -d 'Selector (field query) to filter on, e.g. `metadata.name=x`' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l for -d 'The condition to wait on (repeatable: all must hold): `create`, `delete`, `condition=NAME[=VALUE]` (default value true, compared case-insensitively), `jsonpath=EXPR[=VALUE]`' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l fail-on -d 'Stop with exit 1 as soon as an object meets this (repeatable): `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l timeout -d 'How long to wait: `30s`, `5m`; 0 checks once, negative waits a week' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s o -l output -d 'Output format: `name` (`pod/x`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l all -d 'Select every object of the given types in the namespace'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s A -l all-namespaces -d 'With -l, --field-selector or --all: in every namespace'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand wait" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s o -l output -d 'Output format: wide or name' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l api-group -d 'Limit to resources in the specified API group (`""`: the core group)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l namespaced -d 'If false, non-namespaced resources will be returned, otherwise namespaced ones' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l verbs -d 'Limit to resources that support the specified verbs (comma-separated or repeated)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l categories -d 'Limit to resources that belong to the specified categories (comma-separated or repeated)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l sort-by -d 'If non-empty, sort the list of resources using the specified field: `name` or `kind`' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l no-headers -d 'When using the default or custom-column output format, don\'t print headers'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l cached -d 'Use the cached list of resources if available'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand api-versions" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l as -d 'Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`)' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s k -l kustomize -d 'kubectl\'s kustomize directory: not supported (kctl says what to run instead)' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "watch" -d 'Print the current objects, then every change, as a stream that never ends silently'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "create" -d 'Create objects from files or stdin, or one object from a generator'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "delete" -d 'Delete objects by name, selector, file or `--all`, and wait until they are gone'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "wait" -d 'Wait for a condition on one or many objects, as kubectl wait (and fail fast with --fail-on)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "api-versions" -d 'Print the supported API versions on the server, in the form of "group/version"'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "__complete" -d 'Live completion candidates for the shell scripts (internal)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete wait api-resources api-versions completions __complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "serviceaccount" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "role" -d 'Create a role with a single rule'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "token" -d 'Request a service account token (printed alone, without a newline when piped)'

# Live completion: resource types (from kctl's discovery cache) and the names of the objects
# of the type on the line (one metadata-only request).
function __kctl_live
    command kctl __complete -- (commandline -opc) (commandline -ct) 2>/dev/null
end
complete -c kctl -n "__fish_seen_subcommand_from get watch delete" -f -a "(__kctl_live)"
