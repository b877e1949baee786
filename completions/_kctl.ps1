
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kctl' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Display one or many resources')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print the current objects, then every change, as a stream that never ends silently')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create objects from files or stdin, or one object from a generator')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete objects by name, selector, file or `--all`, and wait until they are gone')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, 'Live completion candidates for the shell scripts (internal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;get' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--field-selector', '--field-selector', [CompletionResultType]::ParameterName, 'Selector (field query) to filter on, e.g. `status.phase=Running`')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Return large lists in chunks of this size; 0 disables chunking')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, custom-columns=HEADER:PATH,..., custom-columns-file=FILE')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE, custom-columns=HEADER:PATH,..., custom-columns-file=FILE')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by this field (a JSONPath such as `.metadata.name` or `{.spec.containers[0].resources.requests.cpu}`): numbers and quantities (`100m`, `1Gi`) by value, other strings byte by byte')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'Labels to show as columns (`-L app,tier` or repeated)')
            [CompletionResult]::new('--label-columns', '--label-columns', [CompletionResultType]::ParameterName, 'Labels to show as columns (`-L app,tier` or repeated)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested objects across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested objects across all namespaces')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'If the requested object does not exist the command will return exit code 0')
            [CompletionResult]::new('--show-kind', '--show-kind', [CompletionResultType]::ParameterName, 'If present, list the resource type for the requested object(s)')
            [CompletionResult]::new('--show-labels', '--show-labels', [CompletionResultType]::ParameterName, 'When printing, show all labels as the last column')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'When using the default or wide output format, don''t print headers')
            [CompletionResult]::new('--show-managed-fields', '--show-managed-fields', [CompletionResultType]::ParameterName, 'Keep the managedFields when printing objects in JSON or YAML format')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes')
            [CompletionResult]::new('--watch-only', '--watch-only', [CompletionResultType]::ParameterName, 'Watch for changes to the requested object(s), without listing/getting first')
            [CompletionResult]::new('--output-watch-events', '--output-watch-events', [CompletionResultType]::ParameterName, 'Output watch event objects when --watch or --watch-only is used')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;watch' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--field-selector', '--field-selector', [CompletionResultType]::ParameterName, 'Selector (field query) to filter on, e.g. `status.phase=Running`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: wide, yaml, json (one line per event), name')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: wide, yaml, json (one line per event), name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Stop after this long with exit 0 (with --for: exit 1), e.g. `30s`, `5m`')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Stop with exit 0 once the object (or every selected object) meets this: `delete`, `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Return large lists in chunks of this size; 0 disables chunking')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Watch the requested objects across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Watch the requested objects across all namespaces')
            [CompletionResult]::new('--watch-only', '--watch-only', [CompletionResultType]::ParameterName, 'Skip the current objects: print only the changes from now on')
            [CompletionResult]::new('--since-now', '--since-now', [CompletionResultType]::ParameterName, 'Skip the current objects: print only the changes from now on')
            [CompletionResult]::new('--show-labels', '--show-labels', [CompletionResultType]::ParameterName, 'When printing a table, show all labels as the last column')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'When printing a table, don''t print the header')
            [CompletionResult]::new('--show-managed-fields', '--show-managed-fields', [CompletionResultType]::ParameterName, 'Keep the managedFields when printing objects in JSON or YAML format')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) holding the objects to create')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) holding the objects to create')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Selector (label query) that the objects read from files must match')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Selector (label query) that the objects read from files must match')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many objects may be in flight at once')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'strict (or true): check every object against the server''s schema and send nothing when one fails (on the server when it validates fields itself, else here); warn: the server warns about unknown or duplicate fields; ignore (or false): no schema validation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Process the directories given with -f recursively')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Process the directories given with -f recursively')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Create a config map from literals, files, directories or env files')
            [CompletionResult]::new('cm', 'cm', [CompletionResultType]::ParameterValue, 'Create a config map from literals, files, directories or env files')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create a secret')
            [CompletionResult]::new('deployment', 'deployment', [CompletionResultType]::ParameterValue, 'Create a deployment with the given image(s)')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Create a deployment with the given image(s)')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)')
            [CompletionResult]::new('cronjob', 'cronjob', [CompletionResultType]::ParameterValue, 'Create a cron job with the given image and schedule')
            [CompletionResult]::new('cj', 'cj', [CompletionResultType]::ParameterValue, 'Create a cron job with the given image and schedule')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Create a service')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Create a service')
            [CompletionResult]::new('serviceaccount', 'serviceaccount', [CompletionResultType]::ParameterValue, 'Create a service account')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Create a service account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;namespace' {
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;ns' {
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;configmap' {
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, '`key=value` to add (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, '`[key=]path`: a file (key defaults to its name) or a directory (each regular file in it)')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'A file of `KEY=VALUE` lines (repeatable)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;cm' {
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, '`key=value` to add (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, '`[key=]path`: a file (key defaults to its name) or a directory (each regular file in it)')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'A file of `KEY=VALUE` lines (repeatable)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;secret' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generic', 'generic', [CompletionResultType]::ParameterValue, 'A secret from literals, files, directories or env files')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'A TLS secret from a certificate and its key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;secret;generic' {
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, '`key=value` to add (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, '`[key=]path`: a file (key defaults to its name) or a directory (each regular file in it)')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'A file of `KEY=VALUE` lines (repeatable)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The secret''s type')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;secret;tls' {
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'PEM certificate (chain) file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key file matching the certificate')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;secret;help' {
            [CompletionResult]::new('generic', 'generic', [CompletionResultType]::ParameterValue, 'A secret from literals, files, directories or env files')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'A TLS secret from a certificate and its key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;secret;help;generic' {
            break
        }
        'kctl;create;secret;help;tls' {
            break
        }
        'kctl;create;secret;help;help' {
            break
        }
        'kctl;create;deployment' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run (repeatable: one container per image)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The container port to expose (on the first container)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;deploy' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run (repeatable: one container per image)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The container port to expose (on the first container)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;job' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The resource to create the job from: `cronjob/NAME`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;cronjob' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Schedule in cron format')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'The job''s restart policy: OnFailure or Never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;cj' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Schedule in cron format')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'The job''s restart policy: OnFailure or Never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;service' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;svc' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;service;clusterip' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;svc;clusterip' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;service;nodeport' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;svc;nodeport' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;service;loadbalancer' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;svc;loadbalancer' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;service;externalname' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;svc;externalname' {
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, '`port[:targetPort]` (repeatable)')
            [CompletionResult]::new('--clusterip', '--clusterip', [CompletionResultType]::ParameterName, 'ClusterIP to assign (`None` for a headless service; clusterip only)')
            [CompletionResult]::new('--node-port', '--node-port', [CompletionResultType]::ParameterName, 'Port on each node (nodeport only)')
            [CompletionResult]::new('--external-name', '--external-name', [CompletionResultType]::ParameterName, 'External name (externalname only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;service;help' {
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;service;help;clusterip' {
            break
        }
        'kctl;create;service;help;nodeport' {
            break
        }
        'kctl;create;service;help;loadbalancer' {
            break
        }
        'kctl;create;service;help;externalname' {
            break
        }
        'kctl;create;service;help;help' {
            break
        }
        'kctl;create;svc;help' {
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;svc;help;clusterip' {
            break
        }
        'kctl;create;svc;help;nodeport' {
            break
        }
        'kctl;create;svc;help;loadbalancer' {
            break
        }
        'kctl;create;svc;help;externalname' {
            break
        }
        'kctl;create;svc;help;help' {
            break
        }
        'kctl;create;serviceaccount' {
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;sa' {
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE (the created objects as the server returned them)')
            [CompletionResult]::new('--allow-missing-template-keys', '--allow-missing-template-keys', [CompletionResultType]::ParameterName, 'With jsonpath templates: a missing field prints nothing (true) or is an error (false)')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'Name of the manager used to track field ownership')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--save-config', '--save-config', [CompletionResultType]::ParameterName, 'Store the object''s configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;create;help' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Create a config map from literals, files, directories or env files')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create a secret')
            [CompletionResult]::new('deployment', 'deployment', [CompletionResultType]::ParameterValue, 'Create a deployment with the given image(s)')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)')
            [CompletionResult]::new('cronjob', 'cronjob', [CompletionResultType]::ParameterValue, 'Create a cron job with the given image and schedule')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Create a service')
            [CompletionResult]::new('serviceaccount', 'serviceaccount', [CompletionResultType]::ParameterValue, 'Create a service account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;create;help;namespace' {
            break
        }
        'kctl;create;help;configmap' {
            break
        }
        'kctl;create;help;secret' {
            [CompletionResult]::new('generic', 'generic', [CompletionResultType]::ParameterValue, 'A secret from literals, files, directories or env files')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'A TLS secret from a certificate and its key')
            break
        }
        'kctl;create;help;secret;generic' {
            break
        }
        'kctl;create;help;secret;tls' {
            break
        }
        'kctl;create;help;deployment' {
            break
        }
        'kctl;create;help;job' {
            break
        }
        'kctl;create;help;cronjob' {
            break
        }
        'kctl;create;help;service' {
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            break
        }
        'kctl;create;help;service;clusterip' {
            break
        }
        'kctl;create;help;service;nodeport' {
            break
        }
        'kctl;create;help;service;loadbalancer' {
            break
        }
        'kctl;create;help;service;externalname' {
            break
        }
        'kctl;create;help;serviceaccount' {
            break
        }
        'kctl;create;help;help' {
            break
        }
        'kctl;delete' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to delete')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to delete')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`')
            [CompletionResult]::new('--field-selector', '--field-selector', [CompletionResultType]::ParameterName, 'Selector (field query) to filter on, e.g. `metadata.name=x`')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'What happens to dependents: `background` (default), `foreground` (they go first) or `orphan` (they stay)')
            [CompletionResult]::new('--grace-period', '--grace-period', [CompletionResultType]::ParameterName, 'Seconds given to the object to terminate gracefully; negative: the object''s own default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '`none` deletes; `client` only prints what would be deleted; `server` asks the server to check without deleting')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'A missing object is not an error (the default with --all, -l and --field-selector)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: `name` (`pod/x`)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: `name` (`pod/x`)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the objects are gone (`--wait=false`: return after the requests)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the objects to be gone, e.g. `30s`, `5m` (default: no limit)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many deletions (and waits) may be in flight at once')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Process the directories given with -f recursively')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Process the directories given with -f recursively')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every object of the given types in the namespace')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'With --all or -l: in every namespace')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'With --all or -l: in every namespace')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Immediate shutdown: --grace-period=1')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --grace-period=0 (the default with --force): remove the object at once, without waiting for it to stop')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;completions' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;__complete' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'If present, the namespace scope for this request')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the server''s certificate will not be checked for validity')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Treat warnings received from the server as errors and exit with a non-zero exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Display one or many resources')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print the current objects, then every change, as a stream that never ends silently')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create objects from files or stdin, or one object from a generator')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete objects by name, selector, file or `--all`, and wait until they are gone')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, 'Live completion candidates for the shell scripts (internal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;help;get' {
            break
        }
        'kctl;help;watch' {
            break
        }
        'kctl;help;create' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Create a config map from literals, files, directories or env files')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create a secret')
            [CompletionResult]::new('deployment', 'deployment', [CompletionResultType]::ParameterValue, 'Create a deployment with the given image(s)')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Create a job with the given image, or from a cron job (`--from=cronjob/NAME`)')
            [CompletionResult]::new('cronjob', 'cronjob', [CompletionResultType]::ParameterValue, 'Create a cron job with the given image and schedule')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Create a service')
            [CompletionResult]::new('serviceaccount', 'serviceaccount', [CompletionResultType]::ParameterValue, 'Create a service account')
            break
        }
        'kctl;help;create;namespace' {
            break
        }
        'kctl;help;create;configmap' {
            break
        }
        'kctl;help;create;secret' {
            [CompletionResult]::new('generic', 'generic', [CompletionResultType]::ParameterValue, 'A secret from literals, files, directories or env files')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'A TLS secret from a certificate and its key')
            break
        }
        'kctl;help;create;secret;generic' {
            break
        }
        'kctl;help;create;secret;tls' {
            break
        }
        'kctl;help;create;deployment' {
            break
        }
        'kctl;help;create;job' {
            break
        }
        'kctl;help;create;cronjob' {
            break
        }
        'kctl;help;create;service' {
            [CompletionResult]::new('clusterip', 'clusterip', [CompletionResultType]::ParameterValue, 'A ClusterIP service')
            [CompletionResult]::new('nodeport', 'nodeport', [CompletionResultType]::ParameterValue, 'A NodePort service')
            [CompletionResult]::new('loadbalancer', 'loadbalancer', [CompletionResultType]::ParameterValue, 'A LoadBalancer service')
            [CompletionResult]::new('externalname', 'externalname', [CompletionResultType]::ParameterValue, 'An ExternalName service')
            break
        }
        'kctl;help;create;service;clusterip' {
            break
        }
        'kctl;help;create;service;nodeport' {
            break
        }
        'kctl;help;create;service;loadbalancer' {
            break
        }
        'kctl;help;create;service;externalname' {
            break
        }
        'kctl;help;create;serviceaccount' {
            break
        }
        'kctl;help;delete' {
            break
        }
        'kctl;help;completions' {
            break
        }
        'kctl;help;__complete' {
            break
        }
        'kctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
