# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kctl_global_optspecs
    string join \n kubeconfig= context= cluster= user= n/namespace= s/server= token= certificate-authority= insecure-skip-tls-verify request-timeout= v/v= h/help V/version
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
complete -c kctl -n "__fish_kctl_needs_command" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_needs_command" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s l -l selector -d 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l field-selector -d 'Selector (field query) to filter on, e.g. `status.phase=Running`' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l chunk-size -d 'Return large lists in chunks of this size; 0 disables chunking' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s o -l output -d 'Output format: wide, yaml, json, name' -r -f -a "wide\t''
yaml\t''
json\t''
name\t''"
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
complete -c kctl -n "__fish_kctl_using_subcommand get" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s V -l version -d 'Print version'
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
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get completions help" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
