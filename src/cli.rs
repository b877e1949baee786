//! Every flag kctl accepts, as clap types. Behaviour lives in `cmd/`.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::output::spec::OutputSpec;

/// A fast, script-friendly Kubernetes command-line client.
#[derive(Debug, Parser)]
#[command(name = "kctl", version, about, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The clap command, for completions and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Flags that every verb accepts, as kubectl's global flags: listed after a verb's own
/// flags in its help, under their own heading.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options (every verb, before or after it)")]
pub(crate) struct GlobalArgs {
    /// Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config).
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) kubeconfig: Option<PathBuf>,

    /// The name of the kubeconfig context to use.
    #[arg(long, global = true)]
    pub(crate) context: Option<String>,

    /// The name of the kubeconfig cluster to use.
    #[arg(long, global = true)]
    pub(crate) cluster: Option<String>,

    /// The name of the kubeconfig user to use.
    #[arg(long, global = true)]
    pub(crate) user: Option<String>,

    /// If present, the namespace scope for this request.
    #[arg(short = 'n', long, global = true)]
    pub(crate) namespace: Option<String>,

    /// The address and port of the Kubernetes API server.
    #[arg(short = 's', long, global = true)]
    pub(crate) server: Option<String>,

    /// Bearer token for authentication to the API server.
    #[arg(long, global = true)]
    pub(crate) token: Option<String>,

    /// Path to a cert file for the certificate authority.
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) certificate_authority: Option<PathBuf>,

    /// If true, the server's certificate will not be checked for validity.
    #[arg(long, global = true)]
    pub(crate) insecure_skip_tls_verify: bool,

    /// How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds.
    #[arg(long, global = true, default_value = "0", value_name = "DURATION")]
    pub(crate) request_timeout: String,

    /// Username to impersonate for the operation (a user or `system:serviceaccount:NS:NAME`).
    #[arg(long = "as", global = true, value_name = "USER")]
    pub(crate) as_user: Option<String>,

    /// Group to impersonate for the operation (repeatable).
    #[arg(long = "as-group", global = true, value_name = "GROUP")]
    pub(crate) as_group: Vec<String>,

    /// UID to impersonate for the operation.
    #[arg(long = "as-uid", global = true, value_name = "UID")]
    pub(crate) as_uid: Option<String>,

    /// Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted).
    #[arg(short = 'v', long = "v", global = true, default_value_t = 0, value_name = "LEVEL")]
    pub(crate) verbosity: u8,

    /// kubectl's kustomize directory: not supported (kctl says what to run instead).
    #[arg(short = 'k', long, global = true, hide = true, value_name = "DIR")]
    pub(crate) kustomize: Option<String>,
    /// Treat warnings received from the server as errors and exit with a non-zero exit code.
    #[arg(long, global = true)]
    pub(crate) warnings_as_errors: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Display one or many resources.
    Get(GetArgs),
    /// Print the current objects, then every change, as a stream that never ends silently.
    Watch(WatchArgs),
    /// Create objects from files or stdin, or one object from a generator.
    Create(CreateArgs),
    /// Delete objects by name, selector, file or `--all`, and wait until they are gone.
    Delete(DeleteArgs),
    /// Wait for a condition on one or many objects, as kubectl wait (and fail fast with --fail-on).
    Wait(WaitArgs),
    /// Print the supported API resources on the server.
    ApiResources(ApiResourcesArgs),
    /// Print the supported API versions on the server, in the form of "group/version".
    ApiVersions(ApiVersionsArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Live completion candidates for the shell scripts (internal).
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
}

/// `kctl get`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  # List all pods in ps output format\n  kctl get pods\n\n  # List pods and services in every namespace\n  kctl get pods,services -A\n\n  # List a single deployment in YAML\n  kctl get deployment/web -o yaml\n\n  # List pods of the core group's v1 with a label, names only\n  kctl get pods.v1. -l app=web -o name\n\n  # List a custom resource with its printer columns, more of them\n  kctl get widgets.example.com -o wide\n\n  # Print the names and phases of pods, one per line\n  kctl get pods -o jsonpath='{range .items[*]}{.metadata.name} {.status.phase}{\"\\n\"}{end}'\n\n  # Watch pods and print each change\n  kctl get pods -w"
)]
pub(crate) struct GetArgs {
    /// TYPE[,TYPE...] [NAME...] or TYPE/NAME...
    #[arg(value_name = "TYPE[.VERSION][.GROUP] [NAME...] | TYPE/NAME")]
    pub(crate) args: Vec<String>,

    /// List the requested objects across all namespaces.
    #[arg(short = 'A', long)]
    pub(crate) all_namespaces: bool,

    /// Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`.
    #[arg(short = 'l', long)]
    pub(crate) selector: Option<String>,

    /// Selector (field query) to filter on, e.g. `status.phase=Running`.
    #[arg(long)]
    pub(crate) field_selector: Option<String>,

    /// Return large lists in chunks of this size; 0 disables chunking.
    #[arg(long, default_value_t = 500)]
    pub(crate) chunk_size: u32,

    /// If the requested object does not exist the command will return exit code 0.
    #[arg(long)]
    pub(crate) ignore_not_found: bool,

    /// Output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE,
    /// jsonpath-as-json=TEMPLATE, go-template=TEMPLATE, go-template-file=FILE (also `template=`,
    /// `templatefile=`), custom-columns=HEADER:PATH,..., custom-columns-file=FILE.
    #[arg(short = 'o', long, value_name = "FORMAT", value_parser = OutputParser)]
    pub(crate) output: Option<OutputSpec>,

    /// Template for -o go-template (the default format when -o is not given) or a -o jsonpath
    /// named without one: Go's text/template syntax (see the README).
    #[arg(long, value_name = "TEMPLATE")]
    pub(crate) template: Option<String>,

    /// Sort by this field (a JSONPath such as `.metadata.name` or `{.spec.containers[0].resources.requests.cpu}`):
    /// numbers and quantities (`100m`, `1Gi`) by value, other strings byte by byte.
    #[arg(long, value_name = "JSONPATH")]
    pub(crate) sort_by: Option<String>,

    /// Labels to show as columns (`-L app,tier` or repeated).
    #[arg(short = 'L', long = "label-columns", value_name = "LABEL")]
    pub(crate) label_columns: Vec<String>,

    /// With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) allow_missing_template_keys: bool,

    /// If present, list the resource type for the requested object(s).
    #[arg(long)]
    pub(crate) show_kind: bool,

    /// When printing, show all labels as the last column.
    #[arg(long)]
    pub(crate) show_labels: bool,

    /// When using the default or wide output format, don't print headers.
    #[arg(long)]
    pub(crate) no_headers: bool,

    /// Keep the managedFields when printing objects in JSON or YAML format.
    #[arg(long)]
    pub(crate) show_managed_fields: bool,

    /// After listing/getting the requested object, watch for changes.
    #[arg(short = 'w', long)]
    pub(crate) watch: bool,

    /// Watch for changes to the requested object(s), without listing/getting first.
    #[arg(long)]
    pub(crate) watch_only: bool,

    /// Output watch event objects when --watch or --watch-only is used.
    #[arg(long)]
    pub(crate) output_watch_events: bool,

    /// Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to get.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub(crate) filenames: Vec<String>,

    /// Process the directories given with -f recursively.
    #[arg(short = 'R', long)]
    pub(crate) recursive: bool,

    /// GET this server path (`/healthz`, `/apis/...`, `/metrics`) and print the body as the server sent it.
    #[arg(long, value_name = "PATH")]
    pub(crate) raw: Option<String>,

    /// Print the server's table (true) or kubectl's client-side NAME/AGE table (false).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) server_print: bool,
}

/// `watch`'s `-o` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    Wide,
    Yaml,
    Json,
    Name,
}

/// Parses `-o` without ever failing (kubectl reports bad formats itself) and offers the
/// formats to shell completion.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OutputParser;

impl clap::builder::TypedValueParser for OutputParser {
    type Value = OutputSpec;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<OutputSpec, clap::Error> {
        Ok(OutputSpec::parse(&value.to_string_lossy()))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            [
                "wide",
                "yaml",
                "json",
                "name",
                "jsonpath=",
                "jsonpath-file=",
                "jsonpath-as-json=",
                "go-template=",
                "go-template-file=",
                "custom-columns=",
                "custom-columns-file=",
            ]
            .into_iter()
            .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `kctl __complete -- WORDS...`: the words of the command line up to the one being completed.
#[derive(Debug, Clone, Args)]
pub(crate) struct CompleteArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub(crate) words: Vec<String>,
}

/// `kctl completions`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to generate the script for.
    pub(crate) shell: clap_complete::Shell,
}

/// `kctl watch`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Output: a table with an EVENT column; -o json: one line per event, {\"type\":\"ADDED\",\"object\":{...}};\n-o yaml: one document per event (`object:` and `type:`), separated by `---`; -o name: `ADDED pod/x`.\n\nExamples:\n  # Stream pods: the current ones, then every change\n  kctl watch pods\n\n  # One JSON object a line, for jq\n  kctl watch pods -o json | jq -c .type\n\n  # Wait for a deployment to be available\n  kctl watch deployment/web --for=condition=Available --timeout=2m\n\n  # Wait for a job to complete\n  kctl watch job/migrate --for=condition=Complete --timeout=10m\n\n  # Wait for a pod to be gone\n  kctl watch pod/x --for=delete --timeout=60s"
)]
pub(crate) struct WatchArgs {
    /// TYPE [NAME] or TYPE/NAME
    #[arg(value_name = "TYPE[.VERSION][.GROUP] [NAME] | TYPE/NAME")]
    pub(crate) args: Vec<String>,

    /// Watch the requested objects across all namespaces.
    #[arg(short = 'A', long)]
    pub(crate) all_namespaces: bool,

    /// Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`.
    #[arg(short = 'l', long)]
    pub(crate) selector: Option<String>,

    /// Selector (field query) to filter on, e.g. `status.phase=Running`.
    #[arg(long)]
    pub(crate) field_selector: Option<String>,

    /// Skip the current objects: print only the changes from now on.
    #[arg(long, visible_alias = "since-now")]
    pub(crate) watch_only: bool,

    /// Output format: wide, yaml, json (one line per event), name.
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub(crate) output: Option<OutputFormat>,

    /// Stop after this long with exit 0 (with --for: exit 1), e.g. `30s`, `5m`.
    #[arg(long, value_name = "DURATION")]
    pub(crate) timeout: Option<String>,

    /// Stop with exit 0 once the object (or every selected object) meets this:
    /// `delete`, `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`.
    #[arg(long = "for", value_name = "CONDITION")]
    pub(crate) for_condition: Option<String>,

    /// With --for: stop with exit 1 as soon as a watched object meets this (repeatable):
    /// `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`.
    #[arg(long = "fail-on", value_name = "CONDITION")]
    pub(crate) fail_on: Vec<String>,

    /// Return large lists in chunks of this size; 0 disables chunking.
    #[arg(long, default_value_t = 500)]
    pub(crate) chunk_size: u32,

    /// When printing a table, show all labels as the last column.
    #[arg(long)]
    pub(crate) show_labels: bool,

    /// When printing a table, don't print the header.
    #[arg(long)]
    pub(crate) no_headers: bool,

    /// Keep the managedFields when printing objects in JSON or YAML format.
    #[arg(long)]
    pub(crate) show_managed_fields: bool,
}

/// `kctl create`: `-f FILE...`, or a generator (`kctl create configmap NAME ...`).
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  # Create a pod from a file\n  kctl create -f pod.yaml\n\n  # Create every manifest below a folder\n  kctl create -f manifests/ -R\n\n  # Create from standard input\n  cat pod.json | kctl create -f -\n\n  # Print a config map without creating it\n  kctl create configmap app --from-literal=mode=fast --dry-run=client -o yaml\n\n  # Create a deployment of three nginx pods\n  kctl create deployment web --image=nginx --replicas=3"
)]
pub(crate) struct CreateArgs {
    #[command(subcommand)]
    pub(crate) generator: Option<CreateGenerator>,

    /// Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) holding the objects to create.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub(crate) filenames: Vec<String>,

    /// Process the directories given with -f recursively.
    #[arg(short = 'R', long)]
    pub(crate) recursive: bool,

    /// Selector (label query) that the objects read from files must match.
    #[arg(short = 'l', long)]
    pub(crate) selector: Option<String>,

    /// How many objects may be in flight at once.
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) concurrency: u16,

    /// POST the file given with -f to this server path (`/api/v1/namespaces/x/pods`) and print the answer as sent.
    #[arg(long, value_name = "PATH")]
    pub(crate) raw: Option<String>,
    /// strict (or true): check every object against the server's schema and send nothing when
    /// one fails (on the server when it validates fields itself, else here); warn: the server
    /// warns about unknown or duplicate fields; ignore (or false): no schema validation.
    #[arg(long, default_value = "strict", num_args = 0..=1, require_equals = true, default_missing_value = "strict", value_name = "MODE")]
    pub(crate) validate: String,

    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// Flags every form of `create` takes.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateCommon {
    /// `none` creates; `client` only prints what would be sent; `server` asks the server to check without persisting.
    #[arg(long, value_enum, default_value = "none", value_name = "none|client|server")]
    pub(crate) dry_run: DryRun,

    /// Output format: yaml, json, name, jsonpath=TEMPLATE, jsonpath-file=FILE, jsonpath-as-json=TEMPLATE,
    /// go-template=TEMPLATE, go-template-file=FILE (the created objects as the server returned them).
    #[arg(short = 'o', long, value_name = "FORMAT", value_parser = OutputParser)]
    pub(crate) output: Option<OutputSpec>,

    /// Template for -o go-template (the default format when -o is not given) or a -o jsonpath
    /// named without one.
    #[arg(long, value_name = "TEMPLATE")]
    pub(crate) template: Option<String>,

    /// With jsonpath and go-template templates: a missing field prints nothing (true) or is an error (false).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) allow_missing_template_keys: bool,

    /// Store the object's configuration in its `kubectl.kubernetes.io/last-applied-configuration` annotation.
    #[arg(long)]
    pub(crate) save_config: bool,

    /// Name of the manager used to track field ownership.
    #[arg(long, default_value = "kctl-create")]
    pub(crate) field_manager: String,
}

/// `--dry-run` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DryRun {
    None,
    Client,
    Server,
}

/// `kctl create KIND NAME ...`.
#[derive(Debug, Clone, Subcommand)]
pub(crate) enum CreateGenerator {
    /// Create a namespace.
    #[command(visible_alias = "ns")]
    Namespace(CreateNamed),
    /// Create a config map from literals, files, directories or env files.
    #[command(visible_alias = "cm")]
    Configmap(CreateConfigMap),
    /// Create a secret.
    #[command(subcommand)]
    Secret(CreateSecret),
    /// Create a deployment with the given image(s).
    #[command(visible_alias = "deploy")]
    Deployment(CreateDeployment),
    /// Create a job with the given image, or from a cron job (`--from=cronjob/NAME`).
    Job(CreateJob),
    /// Create a cron job with the given image and schedule.
    #[command(visible_alias = "cj")]
    Cronjob(CreateCronJob),
    /// Create a service.
    #[command(subcommand, visible_alias = "svc")]
    Service(CreateService),
    /// Create a service account.
    #[command(visible_alias = "sa")]
    Serviceaccount(CreateNamed),
    /// Create a role with a single rule.
    Role(CreateRole),
    /// Create a cluster role.
    Clusterrole(CreateClusterRole),
    /// Create a role binding for a particular role or cluster role.
    Rolebinding(CreateRoleBinding),
    /// Create a cluster role binding for a particular cluster role.
    Clusterrolebinding(CreateClusterRoleBinding),
    /// Create a quota with the specified name.
    #[command(visible_alias = "resourcequota")]
    Quota(CreateQuota),
    /// Create a pod disruption budget with the specified name.
    #[command(visible_alias = "pdb")]
    Poddisruptionbudget(CreatePdb),
    /// Create a priority class with the specified name.
    #[command(visible_alias = "pc")]
    Priorityclass(CreatePriorityClass),
    /// Create an ingress with the specified name.
    #[command(visible_alias = "ing")]
    Ingress(CreateIngress),
    /// Request a service account token (printed alone, without a newline when piped).
    Token(CreateToken),
}

/// `create role`: one rule (`--verb` and `--resource` comma lists or repeated).
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateRole {
    pub(crate) name: String,
    /// Verb that applies to the resources contained in the rule.
    #[arg(long, value_delimiter = ',')]
    pub(crate) verb: Vec<String>,
    /// Resource that the rule applies to: `resource[.group][/subresource]`.
    #[arg(long, value_delimiter = ',')]
    pub(crate) resource: Vec<String>,
    /// Resource in the white list that the rule applies to (repeatable).
    #[arg(long)]
    pub(crate) resource_name: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create clusterrole`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateClusterRole {
    pub(crate) name: String,
    /// Verb that applies to the resources contained in the rule.
    #[arg(long, value_delimiter = ',')]
    pub(crate) verb: Vec<String>,
    /// Resource that the rule applies to: `resource[.group][/subresource]`.
    #[arg(long, value_delimiter = ',')]
    pub(crate) resource: Vec<String>,
    /// Resource in the white list that the rule applies to (repeatable).
    #[arg(long)]
    pub(crate) resource_name: Vec<String>,
    /// A partial url that user should have access to.
    #[arg(long, value_delimiter = ',')]
    pub(crate) non_resource_url: Vec<String>,
    /// An aggregation label selector for combining ClusterRoles: `key=value[,key=value]`.
    #[arg(long)]
    pub(crate) aggregation_rule: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// The subjects of a role binding. `--user` here names a subject, as in kubectl (the global
/// `--user` does not apply to these two generators).
#[derive(Debug, Clone, Args)]
pub(crate) struct BindingSubjects {
    /// Usernames to bind to the role (repeatable).
    #[arg(long = "user", id = "user")]
    pub(crate) users: Vec<String>,
    /// Groups to bind to the role (repeatable).
    #[arg(long = "group")]
    pub(crate) groups: Vec<String>,
    /// Service accounts to bind to the role, as `<namespace>:<name>` (repeatable).
    #[arg(long = "serviceaccount")]
    pub(crate) serviceaccounts: Vec<String>,
}

/// `create rolebinding`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateRoleBinding {
    pub(crate) name: String,
    /// ClusterRole this RoleBinding should reference.
    #[arg(long)]
    pub(crate) clusterrole: Option<String>,
    /// Role this RoleBinding should reference.
    #[arg(long)]
    pub(crate) role: Option<String>,
    #[command(flatten)]
    pub(crate) subjects: BindingSubjects,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create clusterrolebinding`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateClusterRoleBinding {
    pub(crate) name: String,
    /// ClusterRole this ClusterRoleBinding should reference.
    #[arg(long, required = true)]
    pub(crate) clusterrole: String,
    #[command(flatten)]
    pub(crate) subjects: BindingSubjects,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create quota`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateQuota {
    pub(crate) name: String,
    /// A comma-delimited set of `resource=quantity` pairs that define a hard limit.
    #[arg(long, default_value = "")]
    pub(crate) hard: String,
    /// A comma-delimited set of quota scopes that must all match each object tracked by the quota.
    #[arg(long, default_value = "")]
    pub(crate) scopes: String,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create poddisruptionbudget`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreatePdb {
    pub(crate) name: String,
    /// The minimum number or percentage of available pods this budget requires.
    #[arg(long, default_value = "")]
    pub(crate) min_available: String,
    /// The maximum number or percentage of unavailable pods this budget requires.
    #[arg(long, default_value = "")]
    pub(crate) max_unavailable: String,
    /// A label selector to use for this budget.
    #[arg(long, default_value = "")]
    pub(crate) selector: String,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create priorityclass`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreatePriorityClass {
    pub(crate) name: String,
    /// The value of this priority class.
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    pub(crate) value: i32,
    /// If true, this priority class is the cluster's default.
    #[arg(long, default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) global_default: bool,
    /// The description of this priority class (what it is for).
    #[arg(long, default_value = "")]
    pub(crate) description: String,
    /// The policy for preempting pods of lower priority.
    #[arg(long, default_value = "PreemptLowerPriority")]
    pub(crate) preemption_policy: String,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create ingress`.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateIngress {
    pub(crate) name: String,
    /// Ingress class to be used.
    #[arg(long, default_value = "")]
    pub(crate) class: String,
    /// `host/path=service:port[,tls[=secret]]`; a path ending in `*` is pathType Prefix (repeatable).
    #[arg(long)]
    pub(crate) rule: Vec<String>,
    /// Default service for backend, as `svcname:port`.
    #[arg(long, default_value = "")]
    pub(crate) default_backend: String,
    /// Annotation to insert in the ingress object, as `annotation=value` (repeatable).
    #[arg(long)]
    pub(crate) annotation: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `create token`: no `--dry-run`; `-o` prints the whole TokenRequest.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateToken {
    /// The service account.
    #[arg(value_name = "SERVICE_ACCOUNT_NAME")]
    pub(crate) name: String,
    /// Audience of the requested token (repeatable; default: the API server's).
    #[arg(long)]
    pub(crate) audience: Vec<String>,
    /// Requested lifetime of the token (`10m`, `1h`; 0: the server decides).
    #[arg(long, default_value = "0s")]
    pub(crate) duration: String,
    /// Kind of an object to bind the token to: Node, Pod or Secret.
    #[arg(long, default_value = "")]
    pub(crate) bound_object_kind: String,
    /// Name of an object to bind the token to (requires --bound-object-kind).
    #[arg(long, default_value = "")]
    pub(crate) bound_object_name: String,
    /// UID of an object to bind the token to (requires --bound-object-kind and --bound-object-name).
    #[arg(long, default_value = "")]
    pub(crate) bound_object_uid: String,
    /// Output format: yaml, json, name, jsonpath=TEMPLATE... (the TokenRequest).
    #[arg(short = 'o', long, value_name = "FORMAT", value_parser = OutputParser)]
    pub(crate) output: Option<OutputSpec>,
    /// With jsonpath templates: a missing field prints nothing (true) or is an error (false).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) allow_missing_template_keys: bool,
}

/// A generator that takes only a name.
#[derive(Debug, Clone, Args)]
pub(crate) struct CreateNamed {
    pub(crate) name: String,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `--from-literal`, `--from-file` and `--from-env-file`.
#[derive(Debug, Clone, Args)]
pub(crate) struct DataSources {
    /// `key=value` to add (repeatable).
    #[arg(long = "from-literal", value_name = "KEY=VALUE")]
    pub(crate) from_literal: Vec<String>,
    /// `[key=]path`: a file (key defaults to its name) or a directory (each regular file in it).
    #[arg(long = "from-file", value_name = "[KEY=]PATH")]
    pub(crate) from_file: Vec<String>,
    /// A file of `KEY=VALUE` lines (repeatable).
    #[arg(long = "from-env-file", value_name = "PATH")]
    pub(crate) from_env_file: Vec<String>,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateConfigMap {
    pub(crate) name: String,
    #[command(flatten)]
    pub(crate) sources: DataSources,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Subcommand)]
pub(crate) enum CreateSecret {
    /// A secret from literals, files, directories or env files.
    Generic(CreateSecretGeneric),
    /// A TLS secret from a certificate and its key.
    Tls(CreateSecretTls),
    /// A secret for use with a Docker registry.
    DockerRegistry(CreateSecretDockerRegistry),
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateSecretDockerRegistry {
    pub(crate) name: String,
    /// Username for Docker registry authentication.
    #[arg(long, default_value = "")]
    pub(crate) docker_username: String,
    /// Password for Docker registry authentication.
    #[arg(long, default_value = "")]
    pub(crate) docker_password: String,
    /// Email for Docker registry.
    #[arg(long, default_value = "")]
    pub(crate) docker_email: String,
    /// Server location for Docker registry.
    #[arg(long, default_value = "https://index.docker.io/v1/")]
    pub(crate) docker_server: String,
    /// `[key=]path` of a `.dockerconfigjson` file (the key defaults to `.dockerconfigjson`).
    #[arg(long, value_delimiter = ',', value_name = "[KEY=]PATH")]
    pub(crate) from_file: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateSecretGeneric {
    pub(crate) name: String,
    #[command(flatten)]
    pub(crate) sources: DataSources,
    /// The secret's type.
    #[arg(long = "type")]
    pub(crate) secret_type: Option<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateSecretTls {
    pub(crate) name: String,
    /// PEM certificate (chain) file.
    #[arg(long, required = true)]
    pub(crate) cert: PathBuf,
    /// PEM private key file matching the certificate.
    #[arg(long, required = true)]
    pub(crate) key: PathBuf,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateDeployment {
    pub(crate) name: String,
    /// Image to run (repeatable: one container per image).
    #[arg(long, required = true)]
    pub(crate) image: Vec<String>,
    /// Number of replicas.
    #[arg(long, default_value_t = 1)]
    pub(crate) replicas: i32,
    /// The container port to expose (on the first container).
    #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
    pub(crate) port: i32,
    /// `-- COMMAND [ARGS...]` for the container.
    #[arg(last = true, value_name = "COMMAND")]
    pub(crate) command: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateJob {
    pub(crate) name: String,
    /// Image to run.
    #[arg(long)]
    pub(crate) image: Option<String>,
    /// The resource to create the job from: `cronjob/NAME`.
    #[arg(long)]
    pub(crate) from: Option<String>,
    /// `-- COMMAND [ARGS...]` for the container.
    #[arg(last = true, value_name = "COMMAND")]
    pub(crate) command: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateCronJob {
    pub(crate) name: String,
    /// Image to run.
    #[arg(long, required = true)]
    pub(crate) image: String,
    /// Schedule in cron format.
    #[arg(long, required = true)]
    pub(crate) schedule: String,
    /// The job's restart policy: OnFailure or Never.
    #[arg(long)]
    pub(crate) restart: Option<String>,
    /// `-- COMMAND [ARGS...]` for the container.
    #[arg(last = true, value_name = "COMMAND")]
    pub(crate) command: Vec<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

#[derive(Debug, Clone, Subcommand)]
pub(crate) enum CreateService {
    /// A ClusterIP service.
    Clusterip(CreateServiceArgs),
    /// A NodePort service.
    Nodeport(CreateServiceArgs),
    /// A LoadBalancer service.
    Loadbalancer(CreateServiceArgs),
    /// An ExternalName service.
    Externalname(CreateServiceArgs),
}

#[derive(Debug, Clone, Args)]
pub(crate) struct CreateServiceArgs {
    pub(crate) name: String,
    /// `port[:targetPort]` (repeatable).
    #[arg(long, value_name = "PORT[:TARGET]")]
    pub(crate) tcp: Vec<String>,
    /// ClusterIP to assign (`None` for a headless service; clusterip only).
    #[arg(long)]
    pub(crate) clusterip: Option<String>,
    /// Port on each node (nodeport only).
    #[arg(long, default_value_t = 0)]
    pub(crate) node_port: i32,
    /// External name (externalname only).
    #[arg(long)]
    pub(crate) external_name: Option<String>,
    #[command(flatten)]
    pub(crate) common: CreateCommon,
}

/// `kctl delete`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  # Delete a pod and wait until it is gone\n  kctl delete pod my-pod\n\n  # Delete two pods without waiting\n  kctl delete pods/a pods/b --wait=false\n\n  # Delete the objects a folder of manifests names\n  kctl delete -f manifests/ -R\n\n  # Delete config maps by label\n  kctl delete configmaps -l bulk=yes\n\n  # Delete a deployment's pods first, then the deployment\n  kctl delete deployment web --cascade=foreground --timeout=2m\n\n  # Delete every pod in a namespace\n  kctl delete pods --all -n scratch"
)]
pub(crate) struct DeleteArgs {
    /// TYPE[,TYPE...] NAME... or TYPE/NAME...
    #[arg(value_name = "TYPE[.VERSION][.GROUP] [NAME...] | TYPE/NAME")]
    pub(crate) args: Vec<String>,

    /// Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects to delete.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub(crate) filenames: Vec<String>,

    /// Process the directories given with -f recursively.
    #[arg(short = 'R', long)]
    pub(crate) recursive: bool,

    /// Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`.
    #[arg(short = 'l', long)]
    pub(crate) selector: Option<String>,

    /// Selector (field query) to filter on, e.g. `metadata.name=x`.
    #[arg(long)]
    pub(crate) field_selector: Option<String>,

    /// Delete every object of the given types in the namespace.
    #[arg(long)]
    pub(crate) all: bool,

    /// With --all or -l: in every namespace.
    #[arg(short = 'A', long)]
    pub(crate) all_namespaces: bool,

    /// What happens to dependents: `background` (default), `foreground` (they go first) or `orphan` (they stay).
    #[arg(long, default_value = "background", num_args = 0..=1, require_equals = true, default_missing_value = "background", value_name = "background|foreground|orphan")]
    pub(crate) cascade: String,

    /// Seconds given to the object to terminate gracefully; negative: the object's own default.
    #[arg(long, default_value_t = -1, allow_negative_numbers = true, value_name = "SECONDS")]
    pub(crate) grace_period: i64,

    /// Immediate shutdown: --grace-period=1.
    #[arg(long)]
    pub(crate) now: bool,

    /// With --grace-period=0 (the default with --force): remove the object at once, without waiting for it to stop.
    #[arg(long)]
    pub(crate) force: bool,

    /// `none` deletes; `client` only prints what would be deleted; `server` asks the server to check without deleting.
    #[arg(long, default_value = "none", num_args = 0..=1, require_equals = true, default_missing_value = "unchanged", value_name = "none|client|server")]
    pub(crate) dry_run: String,

    /// A missing object is not an error (the default with --all, -l and --field-selector).
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) ignore_not_found: Option<bool>,

    /// Output format: `name` (`pod/x`).
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub(crate) output: Option<String>,

    /// Wait until the objects are gone (`--wait=false`: return after the requests).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) wait: bool,

    /// How long to wait for the objects to be gone, e.g. `30s`, `5m` (default: no limit).
    #[arg(long, value_name = "DURATION")]
    pub(crate) timeout: Option<String>,

    /// How many deletions (and waits) may be in flight at once.
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) concurrency: u16,

    /// Send DELETE to this server path and print the answer as sent.
    #[arg(long, value_name = "PATH")]
    pub(crate) raw: Option<String>,
}

/// `kctl wait`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Exit status: 0 when every object meets every --for; 1 when one times out, meets a --fail-on, is not\nfound, or another error occurs; 130 on Ctrl-C.\n\nExamples:\n  # Wait for the pod \"busybox1\" to contain the status condition of type \"Ready\"\n  kctl wait --for=condition=Ready pod/busybox1\n\n  # The default value of status condition is true; you can wait for other targets after an equal delimiter\n  kctl wait --for=condition=Ready=false pod/busybox1\n\n  # Wait for the pod \"busybox1\" to contain the status phase to be \"Running\"\n  kctl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1\n\n  # Wait for a job to complete, and fail at once when it fails\n  kctl wait --for=condition=Complete --fail-on=condition=Failed job/migrate --timeout=10m\n\n  # Wait for the secret \"busybox1\" to be created, with a timeout of 30s\n  kctl wait --for=create secret/busybox1 --timeout=30s\n\n  # Wait for the pod \"busybox1\" to be deleted, with a timeout of 60s\n  kctl wait --for=delete pod/busybox1 --timeout=60s"
)]
pub(crate) struct WaitArgs {
    /// TYPE/NAME..., TYPE NAME..., or TYPE with -l, --field-selector or --all
    #[arg(value_name = "TYPE[.VERSION][.GROUP] [NAME...] | TYPE/NAME")]
    pub(crate) args: Vec<String>,

    /// Files, directories (`.yaml`, `.yml`, `.json`) or `-` (stdin) naming the objects.
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub(crate) filenames: Vec<String>,

    /// Process the directories given with -f recursively.
    #[arg(short = 'R', long)]
    pub(crate) recursive: bool,

    /// Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`.
    #[arg(short = 'l', long)]
    pub(crate) selector: Option<String>,

    /// Selector (field query) to filter on, e.g. `metadata.name=x`.
    #[arg(long)]
    pub(crate) field_selector: Option<String>,

    /// Select every object of the given types in the namespace.
    #[arg(long)]
    pub(crate) all: bool,

    /// With -l, --field-selector or --all: in every namespace.
    #[arg(short = 'A', long)]
    pub(crate) all_namespaces: bool,

    /// The condition to wait on (repeatable: all must hold): `create`, `delete`,
    /// `condition=NAME[=VALUE]` (default value true, compared case-insensitively),
    /// `jsonpath=EXPR[=VALUE]`.
    #[arg(long = "for", value_name = "CONDITION")]
    pub(crate) for_condition: Vec<String>,

    /// Stop with exit 1 as soon as an object meets this (repeatable): `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`.
    #[arg(long = "fail-on", value_name = "CONDITION")]
    pub(crate) fail_on: Vec<String>,

    /// How long to wait: `30s`, `5m`; 0 checks once, negative waits a week.
    #[arg(long, default_value = "30s", allow_hyphen_values = true, value_name = "DURATION")]
    pub(crate) timeout: String,

    /// Output format: `name` (`pod/x`).
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub(crate) output: Option<String>,
}

/// `kctl api-resources`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  # Print the supported API resources\n  kctl api-resources\n\n  # Print the supported API resources with more information\n  kctl api-resources -o wide\n\n  # Print the supported API resources sorted by a column\n  kctl api-resources --sort-by=name\n\n  # Print the supported namespaced resources\n  kctl api-resources --namespaced=true\n\n  # Print the supported non-namespaced resources\n  kctl api-resources --namespaced=false\n\n  # Print the supported API resources with a specific APIGroup\n  kctl api-resources --api-group=rbac.authorization.k8s.io\n\n  # Every listable type, one name a line\n  kctl api-resources --verbs=list -o name"
)]
pub(crate) struct ApiResourcesArgs {
    /// Output format: wide or name.
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub(crate) output: Option<String>,

    /// Limit to resources in the specified API group (`""`: the core group).
    #[arg(long, value_name = "GROUP")]
    pub(crate) api_group: Option<String>,

    /// If false, non-namespaced resources will be returned, otherwise namespaced ones.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub(crate) namespaced: Option<bool>,

    /// Limit to resources that support the specified verbs (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "VERB")]
    pub(crate) verbs: Vec<String>,

    /// Limit to resources that belong to the specified categories (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORY")]
    pub(crate) categories: Vec<String>,

    /// If non-empty, sort the list of resources using the specified field: `name` or `kind`.
    #[arg(long, value_name = "name|kind")]
    pub(crate) sort_by: Option<String>,

    /// When using the default or custom-column output format, don't print headers.
    #[arg(long)]
    pub(crate) no_headers: bool,

    /// Use the cached list of resources if available.
    #[arg(long)]
    pub(crate) cached: bool,
}

/// `kctl api-versions`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  # Print the supported API versions\n  kctl api-versions")]
pub(crate) struct ApiVersionsArgs {}
