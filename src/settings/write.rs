//! The verbs that write: `create` and `delete` flags to [`CreateOptions`] and
//! [`DeleteOptions`]. The checks that need nothing but the command line happen here, in
//! kubectl's order and with its messages; those that depend on the inputs read or on
//! discovery stay in the verb, at the same point as in kubectl.

use crate::cli::{self, CreateArgs, CreateCommon, CreateGenerator, CreateSecret, CreateService, DeleteArgs};
use crate::cmd::DryRun;
use crate::cmd::create::{CommonOptions, CreateObjects, CreateOptions, CreatedOutput, Validation};
use crate::cmd::delete::{DeleteObjects, DeleteOptions, DeleteOutput, DeleteRequest, ListSelectors};
use crate::error::{Error, Result};
use crate::output::Template;
use crate::output::spec::{OutputFormat, OutputSpec};
use crate::resource::manifest::Inputs;
use crate::resource::resolve::split_args;
use crate::resource::selector::Selector;

const NO_RESOURCES: &str = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// `kctl create`: a generator's flags are checked by the generator; for `-f`, the inputs
/// are named, then `-o`, then `-l`.
pub(crate) fn create(args: &CreateArgs) -> Result<CreateOptions> {
    if let Some(CreateGenerator::Token(t)) = &args.generator {
        // `create token` has no --dry-run, --save-config or --field-manager.
        return Ok(CreateOptions {
            common: CommonOptions {
                dry_run: DryRun::None,
                output: created_output(t.output.as_ref(), t.allow_missing_template_keys)?,
                save_config: false,
                field_manager: String::new(),
            },
            objects: CreateObjects::Generator(CreateGenerator::Token(t.clone())),
        });
    }
    if let Some(generator) = &args.generator {
        // `create -f ... configmap x`: the generator has no -f, -R, -l (kubectl: an unknown
        // flag of the generator).
        let unknown = |flag: char| {
            Error::Plain(format!(
                "Error: unknown shorthand flag: '{flag}' in -{flag}\nSee 'kctl create {} --help' for usage.",
                generator_name(generator)
            ))
        };
        if !args.filenames.is_empty() {
            return Err(unknown('f'));
        }
        if args.recursive {
            return Err(unknown('R'));
        }
        if args.selector.is_some() {
            return Err(unknown('l'));
        }
        return Ok(CreateOptions {
            common: create_common(&before_generator(&args.common, common_of(generator)))?,
            objects: CreateObjects::Generator(generator.clone()),
        });
    }
    if args.filenames.is_empty() {
        return Err(Error::Usage("must specify one of -f and -k".into()));
    }
    let validation = Validation::parse(&args.validate).ok_or_else(|| {
        Error::Plain(format!(
            "error: invalid - validate option {:?}; must be one of: strict (or true), warn, ignore (or false)",
            args.validate
        ))
    })?;
    let common = create_common(&args.common)?;
    let selector = args.selector.as_deref().map(Selector::parse).transpose()?;
    Ok(CreateOptions {
        objects: CreateObjects::Files {
            inputs: Inputs {
                paths: args.filenames.clone(),
                recursive: args.recursive,
                selector,
            },
            concurrency: usize::from(args.concurrency.max(1)),
            validation,
        },
        common,
    })
}

/// The common flags given between `create` and the generator's name (`create --dry-run=client
/// configmap x`) count as the generator's own, as kubectl takes them; a flag given after
/// the name wins.
fn before_generator(before: &CreateCommon, own: &CreateCommon) -> CreateCommon {
    let defaults = CreateCommon {
        dry_run: cli::DryRun::None,
        output: None,
        template: None,
        allow_missing_template_keys: true,
        save_config: false,
        field_manager: "kctl-create".into(),
    };
    CreateCommon {
        dry_run: if own.dry_run == defaults.dry_run {
            before.dry_run
        } else {
            own.dry_run
        },
        output: own.output.clone().or_else(|| before.output.clone()),
        template: own.template.clone().or_else(|| before.template.clone()),
        allow_missing_template_keys: own.allow_missing_template_keys && before.allow_missing_template_keys,
        save_config: own.save_config || before.save_config,
        field_manager: if own.field_manager == defaults.field_manager {
            before.field_manager.clone()
        } else {
            own.field_manager.clone()
        },
    }
}

/// The generator's command, as its help names it.
fn generator_name(g: &CreateGenerator) -> &'static str {
    match g {
        CreateGenerator::Namespace(_) => "namespace",
        CreateGenerator::Serviceaccount(_) => "serviceaccount",
        CreateGenerator::Configmap(_) => "configmap",
        CreateGenerator::Secret(CreateSecret::Generic(_)) => "secret generic",
        CreateGenerator::Secret(CreateSecret::Tls(_)) => "secret tls",
        CreateGenerator::Secret(CreateSecret::DockerRegistry(_)) => "secret docker-registry",
        CreateGenerator::Role(_) => "role",
        CreateGenerator::Clusterrole(_) => "clusterrole",
        CreateGenerator::Rolebinding(_) => "rolebinding",
        CreateGenerator::Clusterrolebinding(_) => "clusterrolebinding",
        CreateGenerator::Quota(_) => "quota",
        CreateGenerator::Poddisruptionbudget(_) => "poddisruptionbudget",
        CreateGenerator::Priorityclass(_) => "priorityclass",
        CreateGenerator::Ingress(_) => "ingress",
        CreateGenerator::Token(_) => "token",
        CreateGenerator::Deployment(_) => "deployment",
        CreateGenerator::Job(_) => "job",
        CreateGenerator::Cronjob(_) => "cronjob",
        CreateGenerator::Service(CreateService::Clusterip(_)) => "service clusterip",
        CreateGenerator::Service(CreateService::Nodeport(_)) => "service nodeport",
        CreateGenerator::Service(CreateService::Loadbalancer(_)) => "service loadbalancer",
        CreateGenerator::Service(CreateService::Externalname(_)) => "service externalname",
    }
}

fn common_of(g: &CreateGenerator) -> &CreateCommon {
    match g {
        CreateGenerator::Namespace(a) | CreateGenerator::Serviceaccount(a) => &a.common,
        CreateGenerator::Configmap(a) => &a.common,
        CreateGenerator::Secret(CreateSecret::Generic(a)) => &a.common,
        CreateGenerator::Secret(CreateSecret::Tls(a)) => &a.common,
        CreateGenerator::Secret(CreateSecret::DockerRegistry(a)) => &a.common,
        CreateGenerator::Role(a) => &a.common,
        CreateGenerator::Clusterrole(a) => &a.common,
        CreateGenerator::Rolebinding(a) => &a.common,
        CreateGenerator::Clusterrolebinding(a) => &a.common,
        CreateGenerator::Quota(a) => &a.common,
        CreateGenerator::Poddisruptionbudget(a) => &a.common,
        CreateGenerator::Priorityclass(a) => &a.common,
        CreateGenerator::Ingress(a) => &a.common,
        CreateGenerator::Token(_) => unreachable!("create token is typed before"),
        CreateGenerator::Deployment(a) => &a.common,
        CreateGenerator::Job(a) => &a.common,
        CreateGenerator::Cronjob(a) => &a.common,
        CreateGenerator::Service(
            CreateService::Clusterip(a)
            | CreateService::Nodeport(a)
            | CreateService::Loadbalancer(a)
            | CreateService::Externalname(a),
        ) => &a.common,
    }
}

/// The flags every form of `create` takes.
fn create_common(c: &CreateCommon) -> Result<CommonOptions> {
    Ok(CommonOptions {
        dry_run: match c.dry_run {
            cli::DryRun::None => DryRun::None,
            cli::DryRun::Client => DryRun::Client,
            cli::DryRun::Server => DryRun::Server,
        },
        output: created_output(
            OutputSpec::with_template(c.output.clone(), c.template.as_deref()).as_ref(),
            c.allow_missing_template_keys,
        )?,
        save_config: c.save_config,
        field_manager: c.field_manager.clone(),
    })
}

/// The `-o` values `create` prints (kubectl has no table for it), with kubectl's errors
/// for the others.
fn created_output(output: Option<&OutputSpec>, allow_missing_keys: bool) -> Result<CreatedOutput> {
    match Template::from_output(output, allow_missing_keys, false)? {
        Some(Template::JsonPath(text, jp)) => return Ok(CreatedOutput::JsonPath(text, jp)),
        Some(Template::GoTemplate(t)) => return Ok(CreatedOutput::GoTemplate(t)),
        Some(Template::Columns(_)) => return Err(no_printer(output.expect("a template"))),
        None => {}
    }
    Ok(match output {
        Some(o @ OutputSpec::Simple(OutputFormat::Wide)) => return Err(no_printer(o)),
        Some(OutputSpec::Simple(OutputFormat::Name)) => CreatedOutput::Name,
        Some(OutputSpec::Simple(OutputFormat::Yaml)) => CreatedOutput::Yaml,
        Some(OutputSpec::Simple(OutputFormat::Json)) => CreatedOutput::Json,
        _ => CreatedOutput::Created,
    })
}

/// kubectl's error for an `-o` that `create` has no printer for.
fn no_printer(output: &OutputSpec) -> Error {
    let shown = match output {
        OutputSpec::Simple(OutputFormat::Wide) => "wide".to_string(),
        OutputSpec::CustomColumns(spec) => format!("custom-columns={spec}"),
        OutputSpec::CustomColumnsFile(path) => format!("custom-columns-file={path}"),
        _ => String::new(),
    };
    Error::Usage(format!(
        "unable to match a printer suitable for the output format \"{shown}\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"
    ))
}

/// `kctl delete`, checked in kubectl's order: the flags, then what picks the objects (`-o`
/// and `--force` are checked by the verb, once the types are resolved).
pub(crate) fn delete(args: &DeleteArgs) -> Result<DeleteOptions> {
    let (propagation, cascade_warning) = propagation(&args.cascade)?;
    if let Some(w) = cascade_warning {
        eprintln!("{w}");
    }
    let selecting = args.all || args.selector.is_some() || args.field_selector.is_some();
    let ignore_not_found = args.ignore_not_found.unwrap_or(selecting);
    let grace = grace_period(args)?;
    let dry_run = delete_dry_run(&args.dry_run)?;
    let timeout = match args.timeout.as_deref() {
        Some(t) => crate::time::parse_duration(t)?,
        None => None,
    };
    let names = args.args.len() > 1 || args.args.iter().any(|a| a.contains('/'));
    if args.all_namespaces && names {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    if args.all && (args.selector.is_some() || args.field_selector.is_some()) {
        return Err(Error::Usage(
            "setting 'all' parameter but found a non empty selector. ".into(),
        ));
    }
    Ok(DeleteOptions {
        objects: delete_objects(args, selecting, names)?,
        all_namespaces: args.all_namespaces,
        request: DeleteRequest {
            grace: (grace >= 0).then_some(grace),
            propagation,
            dry_run,
        },
        force: args.force,
        ignore_not_found,
        output: match args.output.as_deref() {
            None => DeleteOutput::Lines,
            Some("name") => DeleteOutput::Name,
            Some(other) => DeleteOutput::Unsupported(other.to_string()),
        },
        wait: args.wait,
        timeout,
        concurrency: usize::from(args.concurrency.max(1)),
    })
}

/// `-f` (with `-l`), or the resource arguments (with `-l`, `--field-selector` or `--all`).
fn delete_objects(args: &DeleteArgs, selecting: bool, names: bool) -> Result<DeleteObjects> {
    if !args.filenames.is_empty() {
        let selector = args.selector.as_deref().map(Selector::parse).transpose().map_err(|e| {
            let sel = args.selector.as_deref().unwrap_or_default();
            Error::Usage(format!(
                "the provided selector {sel:?} is not valid: {}",
                e.render().trim_start_matches("error: ")
            ))
        })?;
        return Ok(DeleteObjects::Files {
            inputs: Inputs {
                paths: args.filenames.clone(),
                recursive: args.recursive,
                selector,
            },
            with_args: !args.args.is_empty(),
        });
    }
    let types = split_args(&args.args)?;
    if types.is_empty() {
        if selecting {
            return Err(Error::Usage(
                "at least one resource must be specified to use a selector".into(),
            ));
        }
        return Err(Error::Plain(NO_RESOURCES.into()));
    }
    if selecting && args.args.iter().any(|a| a.contains('/')) {
        return Err(Error::Usage(
            "selectors and the all flag cannot be used when passing resource/name arguments".into(),
        ));
    }
    if selecting && names {
        return Err(Error::Usage(
            "name cannot be provided when a selector is specified".into(),
        ));
    }
    Ok(DeleteObjects::Types {
        types,
        names,
        list: selecting.then(|| ListSelectors {
            label: args.selector.clone(),
            field: args.field_selector.clone(),
        }),
    })
}

/// `--cascade`: the propagation policy, and kubectl's warning for the old boolean values.
fn propagation(value: &str) -> Result<(&'static str, Option<String>)> {
    let deprecated = |v: &str, new: &str| {
        Some(format!(
            "warning: --cascade={v} is deprecated (boolean value) and can be replaced with --cascade={new}."
        ))
    };
    match value {
        "background" => Ok(("Background", None)),
        "foreground" => Ok(("Foreground", None)),
        "orphan" => Ok(("Orphan", None)),
        "true" => Ok(("Background", deprecated("true", "background"))),
        "false" => Ok(("Orphan", deprecated("false", "orphan"))),
        other => Err(Error::Usage(format!(
            "invalid cascade value ({other}). Must be \"background\", \"foreground\", or \"orphan\""
        ))),
    }
}

/// `--grace-period`, `--now` and `--force` to the grace period sent (kubectl's rules:
/// `--grace-period=0` alone means 1; `--force` alone means 0).
fn grace_period(args: &DeleteArgs) -> Result<i64> {
    let mut grace = args.grace_period;
    if args.now {
        if grace != -1 {
            return Err(Error::Usage(
                "--now and --grace-period cannot be specified together".into(),
            ));
        }
        grace = 1;
    }
    if grace == 0 && !args.force {
        grace = 1;
    }
    if args.force && grace < 0 {
        grace = 0;
    }
    Ok(grace)
}

/// `delete --dry-run` (a string, as kubectl still takes a bare `--dry-run`).
fn delete_dry_run(value: &str) -> Result<DryRun> {
    match value {
        "none" => Ok(DryRun::None),
        "client" => Ok(DryRun::Client),
        // A bare `--dry-run`, as kubectl still takes it.
        "unchanged" => {
            eprintln!("warning: --dry-run is deprecated and can be replaced with --dry-run=client.");
            Ok(DryRun::Client)
        }
        "server" => Ok(DryRun::Server),
        other => Err(Error::Usage(format!(
            "Invalid dry-run value ({other}). Must be \"none\", \"server\", or \"client\"."
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &[&str]) -> DeleteArgs {
        let mut full = vec!["kctl", "delete"];
        full.extend_from_slice(line);
        match crate::cli::Cli::parse_from(full).command {
            crate::cli::Command::Delete(a) => a,
            _ => unreachable!(),
        }
    }

    fn create_of(line: &[&str]) -> Result<CreateOptions> {
        let mut full = vec!["kctl", "create"];
        full.extend_from_slice(line);
        match crate::cli::Cli::try_parse_from(full).expect("parses").command {
            crate::cli::Command::Create(a) => create(&a),
            _ => unreachable!(),
        }
    }

    /// Issue #16, item 1: global flags, and create's own, between `create` and the
    /// generator's name.
    #[test]
    fn flags_before_the_generator_name() {
        for line in [
            &["-n", "x", "configmap", "c", "--from-literal=a=b"][..],
            &["--namespace=x", "secret", "generic", "s"],
            &[
                "-s",
                "https://h:1",
                "--insecure-skip-tls-verify",
                "--context",
                "c",
                "service",
                "clusterip",
                "s",
            ],
            &["-n", "x", "deployment", "d", "--image=nginx"],
        ] {
            let opts = create_of(line).unwrap_or_else(|e| panic!("{line:?}: {}", e.render()));
            assert!(matches!(opts.objects, CreateObjects::Generator(_)), "{line:?}");
        }
        let opts = create_of(&["--dry-run=client", "-o", "yaml", "configmap", "c"]).unwrap();
        assert_eq!(opts.common.dry_run, DryRun::Client);
        assert!(matches!(opts.common.output, CreatedOutput::Yaml));
        // A flag after the name wins.
        let opts = create_of(&["-o", "yaml", "configmap", "c", "-o", "name"]).unwrap();
        assert!(matches!(opts.common.output, CreatedOutput::Name));
        let err = create_of(&["-f", "x.yaml", "configmap", "c"]).err().unwrap().render();
        assert_eq!(
            err,
            "Error: unknown shorthand flag: 'f' in -f\nSee 'kctl create configmap --help' for usage."
        );
    }

    #[test]
    fn grace_rules() {
        assert_eq!(grace_period(&args(&["pod", "x"])).unwrap(), -1);
        assert_eq!(grace_period(&args(&["pod", "x", "--now"])).unwrap(), 1);
        assert_eq!(grace_period(&args(&["pod", "x", "--grace-period=0"])).unwrap(), 1);
        assert_eq!(
            grace_period(&args(&["pod", "x", "--grace-period=0", "--force"])).unwrap(),
            0
        );
        assert_eq!(grace_period(&args(&["pod", "x", "--force"])).unwrap(), 0);
        assert_eq!(grace_period(&args(&["pod", "x", "--grace-period", "-5"])).unwrap(), -5);
        assert_eq!(
            grace_period(&args(&["pod", "x", "--grace-period=7", "--force"])).unwrap(),
            7
        );
        assert_eq!(
            grace_period(&args(&["pod", "x", "--now", "--grace-period=3"]))
                .unwrap_err()
                .render(),
            "error: --now and --grace-period cannot be specified together"
        );
    }

    #[test]
    fn cascade_values() {
        assert_eq!(propagation("background").unwrap(), ("Background", None));
        assert_eq!(propagation("orphan").unwrap().0, "Orphan");
        assert_eq!(
            propagation("false").unwrap(),
            (
                "Orphan",
                Some(
                    "warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan."
                        .into()
                )
            )
        );
        assert_eq!(
            propagation("bogus").unwrap_err().render(),
            "error: invalid cascade value (bogus). Must be \"background\", \"foreground\", or \"orphan\""
        );
        assert_eq!(args(&["pod", "x", "--cascade"]).cascade, "background");
        assert_eq!(args(&["pod", "x"]).ignore_not_found, None);
        assert_eq!(args(&["pod", "x", "--ignore-not-found"]).ignore_not_found, Some(true));
        assert!(!args(&["pod", "x", "--wait=false"]).wait);
        assert!(args(&["pod", "x", "--wait"]).wait);
    }
}
