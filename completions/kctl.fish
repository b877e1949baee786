# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kctl_global_optspecs
    string join \n kubeconfig= context= cluster= user= n/namespace= s/server= token= certificate-authority= insecure-skip-tls-verify request-timeout= v/v= warnings-as-errors h/help V/version
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
complete -c kctl -n "__fish_kctl_needs_command" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_needs_command" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_needs_command" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_needs_command" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_needs_command" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "watch" -d 'Print the current objects, then every change, as a stream that never ends silently'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "create" -d 'Create objects from files or stdin, or one object from a generator'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "delete" -d 'Delete objects by name, selector, file or `--all`, and wait until they are gone'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "__complete" -d 'Live completion candidates for the shell scripts (internal)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l field-selector -d 'Selector (field query) to filter on, e.g. `status.phase=Running`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l chunk-size -d 'Return large lists in chunks of this size; 0 disables chunking' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s o -l output -d 'Output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, custom-columns=HEADER:PATH,..., custom-columns-file=FILE' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand get" -l sort-by -d 'Sort by this field (a JSONPath such as `.metadata.name` or `{.spec.containers[0].resources.requests.cpu}`): numbers and quantities (`100m`, `1Gi`) by value, other strings byte by byte' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s L -l label-columns -d 'Labels to show as columns (`-L app,tier` or repeated)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand get" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s A -l all-namespaces -d 'List the requested objects across all namespaces'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l ignore-not-found -d 'If the requested object does not exist the command will return exit code 0'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-kind -d 'If present, list the resource type for the requested object(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-labels -d 'When printing, show all labels as the last column'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l no-headers -d 'When using the default or wide output format, don\'t print headers'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-managed-fields -d 'Keep the managedFields when printing objects in JSON or YAML format'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s w -l watch -d 'After listing/getting the requested object, watch for changes'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l watch-only -d 'Watch for changes to the requested object(s), without listing/getting first'
complete -c kctl -n "__fish_kctl_using_subcommand get" -l output-watch-events -d 'Output watch event objects when --watch or --watch-only is used'
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
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s A -l all-namespaces -d 'Watch the requested objects across all namespaces'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l watch-only -l since-now -d 'Skip the current objects: print only the changes from now on'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l show-labels -d 'When printing a table, show all labels as the last column'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l no-headers -d 'When printing a table, don\'t print the header'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l show-managed-fields -d 'Keep the managedFields when printing objects in JSON or YAML format'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s f -l filename -d 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) holding the objects to create' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s l -l selector -d 'Selector (label query) that the objects read from files must match' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l concurrency -d 'How many objects may be in flight at once' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l validate -d 'strict (or true): check every object against the server\'s schema and send nothing when one fails (on the server when it validates fields itself, else here); warn: the server warns about unknown or duplicate fields; ignore (or false): no schema validation' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
false\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l field-manager -d 'Name of the manager used to track field ownership' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "ns" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "cm" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "deploy" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "cj" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "svc" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "serviceaccount" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "sa" -d 'Create a service account'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace ns configmap cm secret deployment deploy job cronjob cj service svc serviceaccount sa help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ns" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cm" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "generic" -d 'A secret from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "tls" -d 'A TLS secret from a certificate and its key'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l image -d 'Image to run (repeatable: one container per image)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l replicas -d 'Number of replicas' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l port -d 'The container port to expose (on the first container)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deploy" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cj" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from svc" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l dry-run -d '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting' -r -f -a "none\t''
client\t''
server\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s o -l output -d 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''
jsonpath=\t''
jsonpath-file=\t''
jsonpath-as-json=\t''
custom-columns=\t''
custom-columns-file=\t''"
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l allow-missing-template-keys -d 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)' -r -f -a "true\t''
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
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l save-config -d 'Store the object\'s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from sa" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "serviceaccount" -d 'Create a service account'
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
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s R -l recursive -d 'Process the directories given with -f recursively'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l all -d 'Delete every object of the given types in the namespace'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s A -l all-namespaces -d 'With --all or -l: in every namespace'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l now -d 'Immediate shutdown: --grace-period=1'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l force -d 'With --grace-period=0 (the default with --force): remove the object at once, without waiting for it to stop'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l kubeconfig -d 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s n -l namespace -d 'If present, the namespace scope for this request' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l request-timeout -d 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
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
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s v -l v -d 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)' -r
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand __complete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "watch" -d 'Print the current objects, then every change, as a stream that never ends silently'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "create" -d 'Create objects from files or stdin, or one object from a generator'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "delete" -d 'Delete objects by name, selector, file or `--all`, and wait until they are gone'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "__complete" -d 'Live completion candidates for the shell scripts (internal)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get watch create delete completions __complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "namespace" -d 'Create a namespace'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "configmap" -d 'Create a config map from literals, files, directories or env files'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "secret" -d 'Create a secret'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "deployment" -d 'Create a deployment with the given image(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "job" -d 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "cronjob" -d 'Create a cron job with the given image and schedule'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "service" -d 'Create a service'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "serviceaccount" -d 'Create a service account'

# Live completion: resource types (from kctl's discovery cache) and the names of the objects
# of the type on the line (one metadata-only request).
function __kctl_live
    command kctl __complete -- (commandline -opc) (commandline -ct) 2>/dev/null
end
complete -c kctl -n "__fish_seen_subcommand_from get watch delete" -f -a "(__kctl_live)"
