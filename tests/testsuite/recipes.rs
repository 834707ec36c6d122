//! The recipes users copy: the GitHub Action (its script run as the runner runs it), the
//! example workflows, the deploy configurations and the Dockerfile. What can be run here is
//! run; the rest is checked against the command line and the action it uses, so that none
//! of them can drift from what Clause is.

#[cfg(unix)]
use crate::common::*;
use std::path::{Path, PathBuf};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn yaml(rel: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(repo(rel)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Whether a `clause …` command line parses as Clause's own command line does.
fn parses(line: &str) -> Result<(), String> {
    use clap::Parser;
    clause::cmd::Cli::try_parse_from(words(line))
        .map(|_| ())
        .map_err(|e| format!("`{line}`: {e}"))
}

/// A command line's words, as a shell splits them (quotes, no expansions).
fn words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quote) = (Vec::new(), None::<String>, None);
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    words
}

/// The `clause …` commands in a shell text: each line's commands after `;`, `&&` or `||`,
/// up to a redirection or comment.
fn clause_commands(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|l| l.split([';', '&', '|']))
        .map(|c| c.trim().trim_start_matches("- ").trim_start_matches("$ "))
        .filter(|c| c.starts_with("clause "))
        .map(|c| {
            c.split(" #")
                .next()
                .unwrap()
                .split(" >")
                .next()
                .unwrap()
                .to_string()
        })
        .map(|c| c.trim().trim_end_matches('"').to_string())
        .collect()
}

/// Runs the Action's script as the runner would: in the repository, with the inputs in
/// the environment and `clause` on the PATH.
#[cfg(unix)]
fn run_action(repository: &Path, inputs: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("clause");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg(repo("ci/github-action.sh"))
        .current_dir(repository)
        .env("PATH", path)
        .env("GITHUB_OUTPUT", repository.join("github-output"))
        .env("GITHUB_STEP_SUMMARY", repository.join("step-summary"))
        .env_remove("SOURCE_DATE_EPOCH")
        .envs(inputs.iter().copied())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr(&out),
    )
}

#[cfg(unix)]
#[test]
fn the_action_annotates_each_error_on_its_line_in_the_repository() {
    let repository = tempfile::tempdir().unwrap();
    copy_tree(
        &fixture("errors/unknown-reference"),
        &repository.path().join("privacy"),
    );
    let (code, stdout, _) = run_action(repository.path(), &[("CLAUSE_ROOT", "privacy")]);
    assert_eq!(code, Some(1));
    let annotations: Vec<&str> = stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(
        annotations,
        [
            "::group::clause check",
            "::error file=privacy/content/app/policy.yaml,line=16,col=21,title=clause::reference to an unknown purpose%0Afound: `marketing`%0Aexpected: one of `run`",
            "::error file=privacy/content/app/policy.yaml,line=26,col=12,title=clause::reference to an unknown data category%0Afound: `acount`%0Aexpected: one of `account`",
            "::error file=privacy/content/app/policy.yaml,line=32,col=12,title=clause::reference to an unknown data category%0Afound: `location`%0Aexpected: one of `account`",
            "::endgroup::",
        ]
    );
    assert!(!repository.path().join("privacy/public").exists());
}

#[cfg(unix)]
#[test]
fn the_action_builds_for_pages_and_says_where() {
    let repository = tempfile::tempdir().unwrap();
    let example = example_site();
    copy_tree(example.path(), &repository.path().join("site"));
    let (code, _, stderr) = run_action(
        repository.path(),
        &[
            ("CLAUSE_ROOT", "site"),
            ("CLAUSE_DATE", "2026-12-04"),
            ("CLAUSE_BASE_URL", "https://owner.github.io/privacy/"),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let read = |rel: &str| std::fs::read_to_string(repository.path().join(rel)).unwrap();
    assert_eq!(read("github-output"), "output=site/public\n");
    let summary = read("step-summary");
    assert!(
        summary.starts_with(&format!(
            "### Clause\n\nBuilt 186 pages ({} files, 0 unchanged) into site/public in ",
            example_files(&repository.path().join("site/public"))
        )),
        "{summary}"
    );
    assert!(
        read("site/public/index.html")
            .contains("<link rel=\"canonical\" href=\"https://owner.github.io/privacy/\">")
    );
}

#[test]
fn action_yml_passes_every_input_to_the_script_that_reads_it() {
    let action = yaml("action.yml");
    let inputs: Vec<&String> = action["inputs"].as_object().unwrap().keys().collect();
    let steps = action["runs"]["steps"].as_array().unwrap();
    let script = steps
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains("ci/github-action.sh"))
        })
        .expect("a step runs ci/github-action.sh");
    let text = std::fs::read_to_string(repo("ci/github-action.sh")).unwrap();
    let env = script["env"].as_object().unwrap();
    for (name, value) in env {
        assert!(
            text.contains(&format!("${{{name}")),
            "the script never reads {name}"
        );
        let input = value
            .as_str()
            .and_then(|v| v.strip_prefix("${{ inputs."))
            .and_then(|v| v.strip_suffix(" }}"))
            .unwrap();
        assert!(inputs.iter().any(|i| *i == input), "no input {input}");
    }
    // Every input is used by some step.
    let all = serde_json::to_string(steps).unwrap();
    for input in inputs {
        assert!(
            all.contains(&format!("inputs.{input}")),
            "input {input} is unused"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(repo("ci/github-action.sh"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "the script is executable");
    }
}

#[test]
fn the_example_workflows_use_the_action_and_commands_as_they_are() {
    let action = yaml("action.yml");
    let workflow = yaml("examples/ci/github-pages.yml");
    let mut uses_action = false;
    for job in workflow["jobs"].as_object().unwrap().values() {
        for step in job["steps"].as_array().unwrap() {
            if !step["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("clause-ssg/clause@"))
            {
                continue;
            }
            uses_action = true;
            for key in step["with"].as_object().into_iter().flat_map(|w| w.keys()) {
                assert!(
                    action["inputs"].get(key).is_some(),
                    "the action has no input {key}"
                );
            }
        }
    }
    assert!(uses_action);
    let gitlab = std::fs::read_to_string(repo("examples/ci/gitlab-pages.yml")).unwrap();
    let netlify = std::fs::read_to_string(repo("examples/deploy/netlify.toml")).unwrap();
    let docs = std::fs::read_to_string(repo("docs/deploy.md")).unwrap()
        + &std::fs::read_to_string(repo("docs/install.md")).unwrap();
    let commands: Vec<String> = [gitlab, netlify, docs]
        .iter()
        .flat_map(|t| clause_commands(t))
        .collect();
    assert!(commands.len() > 10, "{commands:?}");
    let wrong: Vec<String> = commands.iter().filter_map(|c| parses(c).err()).collect();
    assert_eq!(wrong, Vec::<String>::new());
}

/// What a linter would say of the Dockerfile: known instructions, pinned base images, exec
/// form for the entry point, stages that exist; and its build step is the one CI runs.
#[test]
fn the_dockerfile_is_sound_and_builds_as_ci_does() {
    let text = std::fs::read_to_string(repo("Dockerfile")).unwrap();
    let known = [
        "FROM",
        "RUN",
        "COPY",
        "WORKDIR",
        "ENTRYPOINT",
        "CMD",
        "ENV",
        "ARG",
        "LABEL",
        "USER",
    ];
    let mut stages = vec!["scratch".to_string()];
    let mut builds = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (instruction, rest) = line.split_once(' ').unwrap();
        assert!(known.contains(&instruction), "unknown instruction: {line}");
        match instruction {
            "FROM" => {
                let image = rest.split_whitespace().next().unwrap();
                assert!(
                    image == "scratch" || image.contains(':') && !image.ends_with(":latest"),
                    "unpinned base image: {line}"
                );
                if let Some(name) = rest.split(" AS ").nth(1) {
                    stages.push(name.trim().to_string());
                }
            }
            "COPY" => {
                if let Some(stage) = rest.strip_prefix("--from=") {
                    let stage = stage.split_whitespace().next().unwrap();
                    assert!(stages.iter().any(|s| s == stage), "no stage {stage}");
                }
            }
            "ENTRYPOINT" | "CMD" => {
                let exec: Vec<String> = serde_json::from_str(rest).expect("exec form");
                assert!(!exec.is_empty());
            }
            "RUN" if rest.starts_with("cargo build") => builds.push(rest.to_string()),
            _ => {}
        }
    }
    assert_eq!(builds, ["cargo build --release --locked"]);
    let ci = std::fs::read_to_string(repo(".ci/run")).unwrap();
    assert!(
        ci.lines().any(|l| l == builds[0]),
        ".ci/run does not run `{}`",
        builds[0]
    );
    let ignored = std::fs::read_to_string(repo(".dockerignore")).unwrap();
    for folder in ["target", "public", ".clause-cache"] {
        assert!(
            ignored.lines().any(|l| l == folder),
            "{folder} is sent to the daemon"
        );
    }
}
