//! The site library: elements that several policies share (`library/library.yaml`),
//! translated once (`library/<locale>.yaml`).
//!
//! A policy includes an element with an item `- include: <id>` in the list the element
//! belongs to, and may override some of its fields on the lines below. Includes are
//! resolved on the text, before the policy is parsed: the policy then holds the element as
//! if it were written there, so validation, translations, diffs and releases need no special
//! case, and a released version keeps the text it was released with whatever the library
//! says later. [`Origins`] takes every problem in the resolved text back to the file, line
//! and column where it was written (the policy's or the library's).

use super::model::*;
use super::texts;
use super::translation::{self, Translation};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The library's folder, beside `content/`.
pub const LIBRARY_DIR: &str = "library";
/// The library's elements.
pub const LIBRARY_FILE: &str = "library/library.yaml";

/// The lists an element can be shared in, by their path in policy.yaml and library.yaml
/// (subsections are `sections` too).
pub const LISTS: &[&str] = &[
    "purposes",
    "data_categories",
    "features",
    "permissions",
    "third_parties",
    "storage.locations",
    "storage.transfers",
    "rights",
    "minors",
    "exceptions",
    "cookies",
    "sections",
];

/// The loaded library.
#[derive(Debug, Default)]
pub struct Library {
    /// Its lines, as written.
    lines: Vec<String>,
    /// Its elements by list and id.
    elements: BTreeMap<(String, String), Element>,
    /// Every text of its elements by translation key (the keys a policy that includes the
    /// element unchanged has for it).
    pub sources: BTreeMap<String, String>,
    /// Its translations by locale.
    pub translations: BTreeMap<String, Translation>,
}

/// Where one list item is written: its lines and the keys of its mapping.
#[derive(Debug, Clone)]
struct Element {
    /// First line, from 0.
    start: usize,
    /// One past the last line.
    end: usize,
    /// The column its mapping starts at, from 0: the first key, or the `{` of a flow mapping.
    col: usize,
    /// Whether it is written as block lines, one key per line (only then can a field be
    /// replaced line by line).
    block: bool,
    /// Its keys in written order.
    keys: Vec<Key>,
}

#[derive(Debug, Clone)]
struct Key {
    name: String,
    /// Where the key is written (1-based, as diagnostics count).
    pos: Pos,
    /// Its lines, from 0: from the key to the next key or the element's end.
    start: usize,
    end: usize,
}

/// The library as typed lists: parsing it so reports every problem of an element at its
/// place in library.yaml, whether or not a policy includes it yet.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Shared {
    #[serde(default)]
    purposes: Vec<Purpose>,
    #[serde(default)]
    data_categories: Vec<DataCategory>,
    #[serde(default)]
    features: Vec<Feature>,
    #[serde(default)]
    permissions: Vec<Permission>,
    #[serde(default)]
    third_parties: Vec<ThirdParty>,
    #[serde(default)]
    storage: Storage,
    #[serde(default)]
    rights: Vec<Right>,
    #[serde(default)]
    minors: Vec<MinorTier>,
    #[serde(default)]
    exceptions: Vec<ExceptionList>,
    #[serde(default)]
    cookies: Vec<Cookie>,
    #[serde(default)]
    sections: Vec<Section>,
}

/// Loads the library of the site at `root`, if it has one, with its translations.
pub fn load(
    root: &Path,
    config: &crate::config::Config,
    rtl: bool,
    diagnostics: &mut Diagnostics,
) -> Option<Library> {
    let path = root.join(LIBRARY_FILE);
    if !path.is_file() {
        if root.join(LIBRARY_DIR).is_dir() {
            diagnostics.push(
                Diagnostic::file(LIBRARY_DIR, "the library folder has no `library.yaml`")
                    .expected("`library/library.yaml` with the elements policies include"),
            );
        }
        return None;
    }
    let text = crate::yaml::read_text(&path, LIBRARY_FILE)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    let mut library = from_text(&text, rtl)
        .map_err(|problems| diagnostics.extend(problems))
        .ok()?;
    let known: BTreeSet<String> = library.sources.keys().cloned().collect();
    library.translations = translation::load_folder(
        &root.join(LIBRARY_DIR),
        LIBRARY_DIR,
        &known,
        &["library"],
        config,
        diagnostics,
    );
    Some(library)
}

impl Library {
    /// Adds to a policy's `translations` (of the draft `policy`, in `folder`) the library's
    /// translation of every text the draft has exactly as the library writes it and the
    /// policy's own file does not mention: an element included unchanged is translated
    /// once, for every policy; an overridden field is the policy's own text. Returns the
    /// keys of those texts, the library's own, whose translations belong in its files.
    pub fn serve(
        &self,
        translations: &mut BTreeMap<String, Translation>,
        policy: &Policy,
        folder: &str,
    ) -> BTreeSet<String> {
        let owned: Vec<texts::SourceText> = texts::list(policy)
            .into_iter()
            .filter(|s| self.sources.get(&s.key) == Some(&s.text))
            .collect();
        for (locale, shared) in &self.translations {
            for s in &owned {
                let Some(&at) = shared.keys.get(&s.key) else {
                    continue;
                };
                let t = translations
                    .entry(locale.clone())
                    .or_insert_with(|| Translation {
                        file: format!("{folder}/{locale}.yaml"),
                        ..Translation::default()
                    });
                // The policy's own file wins wherever it mentions the key, even as a stub.
                if t.keys.contains_key(&s.key) {
                    continue;
                }
                if let Some(text) = shared.texts.get(&s.key) {
                    t.texts.insert(s.key.clone(), text.clone());
                }
                let confirmed = shared.confirmed.as_ref();
                t.served.insert(
                    s.key.clone(),
                    translation::Served {
                        file: shared.file.clone(),
                        at,
                        confirmed: confirmed.and_then(|c| c.keys.get(&s.key)).cloned(),
                    },
                );
            }
        }
        owned.into_iter().map(|s| s.key).collect()
    }
}

/// Parses the text of `library/library.yaml`.
pub fn from_text(text: &str, rtl: bool) -> Result<Library, Vec<Diagnostic>> {
    let shared: Shared = crate::yaml::parse_in(LIBRARY_FILE, text, rtl).map_err(|d| vec![d])?;
    let lines: Vec<&str> = text.lines().collect();
    let tree: Node = crate::yaml::parse(LIBRARY_FILE, text).map_err(|d| vec![d])?;
    let mut library = Library {
        sources: sources(shared),
        ..Library::default()
    };
    let mut problems = Vec::new();
    for (path, item) in lists(&tree) {
        let Some(element) = element(&lines, item) else {
            continue;
        };
        let Some(id) = item_id(item) else {
            continue;
        };
        let key = (path.clone(), id.value.clone());
        if library.elements.contains_key(&key) {
            problems.push(
                Diagnostic::at(
                    LIBRARY_FILE,
                    pos(&id.referenced),
                    "duplicate id in the library",
                )
                .found(format!("`{}` in `{path}`", id.value))
                .expected("each id once per list of the library"),
            );
            continue;
        }
        library.elements.insert(key, element);
    }
    library.lines = lines.iter().map(|l| l.to_string()).collect();
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(problems)
    }
}

/// The library's texts by key, read through the one walk that knows the keys.
fn sources(shared: Shared) -> BTreeMap<String, String> {
    // The walk takes a policy; the library has no meta, so a stand-in is left out again.
    let Ok(meta) = crate::yaml::parse::<Meta>("", "title: t\nproduct: p\ncontroller: {name: c}\n")
    else {
        return BTreeMap::new();
    };
    let policy = Policy {
        translate: Default::default(),
        meta,
        purposes: shared.purposes,
        data_categories: shared.data_categories,
        features: shared.features,
        permissions: shared.permissions,
        third_parties: shared.third_parties,
        storage: shared.storage,
        rights: shared.rights,
        minors: shared.minors,
        exceptions: shared.exceptions,
        cookies: shared.cookies,
        sections: shared.sections,
        change_policy: None,
        compliance: None,
    };
    texts::list(&policy)
        .into_iter()
        .filter(|s| !s.key.starts_with("meta."))
        .map(|s| (s.key, s.text))
        .collect()
}

/// Where one line of a resolved policy was written: whether in the library, its line there
/// (from 1), and how many columns it moved to the right.
type Origin = (bool, usize, isize);

/// Where each line of a resolved policy was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    /// The policy file.
    file: String,
    /// Per line of the resolved text.
    lines: Vec<Origin>,
}

impl Origins {
    /// `d` pointed back at where its text was written, if it points into the resolved
    /// policy.
    pub fn remap(&self, mut d: Diagnostic) -> Diagnostic {
        if d.file != self.file || d.pos.line == 0 {
            return d;
        }
        let Some(&(library, line, shift)) = self.lines.get(d.pos.line - 1) else {
            return d;
        };
        if library {
            // A library element can be right in one policy and wrong in another.
            d.file = LIBRARY_FILE.to_string();
            d.message = format!("{} (as included by `{}`)", d.message, self.file);
        }
        d.pos.line = line;
        d.pos.column = (d.pos.column as isize - shift).max(1) as usize;
        d
    }

    /// The policy file these origins are of.
    pub fn file(&self) -> &str {
        &self.file
    }
}

/// A policy with its includes resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The text the policy is parsed from (and released as).
    pub text: String,
    /// Where each line of it was written.
    pub origins: std::sync::Arc<Origins>,
}

/// Resolves every include of the policy `file` (whose text is `text`) from `library`;
/// `None` when it has none, so a policy without includes is read exactly as before.
pub fn resolve(
    file: &str,
    text: &str,
    library: Option<&Library>,
) -> Result<Option<Resolved>, Vec<Diagnostic>> {
    resolve_within(file, text, library, crate::yaml::MAX_FILE_BYTES as usize)
}

/// [`resolve`], refusing a resolved text of more than `limit` bytes.
fn resolve_within(
    file: &str,
    text: &str,
    library: Option<&Library>,
    limit: usize,
) -> Result<Option<Resolved>, Vec<Diagnostic>> {
    if !text.contains("include") {
        return Ok(None);
    }
    // A text that does not parse has no includes to resolve: its parse error is reported
    // where it is read as a policy.
    let Ok(tree) = crate::yaml::parse::<Node>(file, text) else {
        return Ok(None);
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    let mut sites = Vec::new();
    find_includes(file, &tree, "", &mut sites, &mut problems);
    if sites.is_empty() && problems.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut next = 0;
    let mut seen = BTreeSet::new();
    let mut size = text.len();
    for site in &sites {
        let Some(item) = element(&lines, site.item) else {
            continue;
        };
        let id = &site.id;
        if !seen.insert((site.list_at, id.value.clone())) {
            problems.push(
                Diagnostic::at(
                    file,
                    pos(&id.referenced),
                    "the same element is included twice in one list",
                )
                .found(format!("`{}`", id.value))
                .expected("each library element at most once per list"),
            );
            continue;
        }
        let spliced = match splice(file, &lines, site, &item, library) {
            Ok(spliced) => spliced,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        // One large element included in many lists must not make an unbounded text.
        size += spliced
            .iter()
            .map(|(line, _)| line.len() + 1)
            .sum::<usize>();
        if size > limit {
            problems.push(too_large(file, id, limit));
            break;
        }
        let kept = lines.iter().enumerate().take(item.start).skip(next);
        out.extend(kept.map(|(n, line)| (line.to_string(), (false, n + 1, 0))));
        out.extend(spliced);
        next = item.end;
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (n, line) in lines.iter().enumerate().skip(next) {
        out.push((line.to_string(), (false, n + 1, 0)));
    }
    let mut resolved = String::with_capacity(text.len() * 2);
    let mut origins = Origins {
        file: file.to_string(),
        lines: Vec::with_capacity(out.len()),
    };
    for (line, origin) in out {
        resolved.push_str(&line);
        resolved.push('\n');
        origins.lines.push(origin);
    }
    Ok(Some(Resolved {
        text: resolved,
        origins: std::sync::Arc::new(origins),
    }))
}

/// One `- include: <id>` item in a policy.
struct Include<'a> {
    /// The list it stands in (`third_parties`, `storage.locations`, `sections`).
    list: String,
    /// Which list: the line its first item starts on, so that subsections of two sections
    /// are two lists.
    list_at: usize,
    /// The id it names.
    id: Spanned<String>,
    /// The item itself.
    item: &'a Spanned<Node>,
}

/// The lines that stand for `site` (written as `item`): the library's element, moved to
/// the item's place, with the item's overrides in place of the element's own lines for
/// those fields.
fn splice(
    file: &str,
    lines: &[&str],
    site: &Include,
    item: &Element,
    library: Option<&Library>,
) -> Result<Vec<(String, Origin)>, Diagnostic> {
    let id = &site.id;
    let at = pos(&id.referenced);
    let Some(library) = library else {
        return Err(Diagnostic::at(file, at, "include without a library")
            .found(format!("`{}`", id.value))
            .expected(format!(
                "`{LIBRARY_FILE}` with a `{}` element `{}`",
                site.list, id.value
            )));
    };
    let Some(element) = library.elements.get(&(site.list.clone(), id.value.clone())) else {
        return Err(unknown(file, at, site, library));
    };
    let overrides: Vec<&Key> = item.keys.iter().filter(|k| k.name != "include").collect();
    if let Some(k) = overrides.iter().find(|k| k.name == "id") {
        return Err(
            Diagnostic::at(file, k.pos, "an include cannot change the element's id")
                .found("`id:`")
                .expected(format!(
                    "the library's id `{}` (to give it another, copy the element into the policy)",
                    id.value
                )),
        );
    }
    if !overrides.is_empty() && !item.block {
        return Err(
            Diagnostic::at(file, at, "an include with overrides written on one line")
                .found("`{ include: … }` with more keys")
                .expected(
                    "`- include: <id>` with each field it overrides on a line of its own below it",
                ),
        );
    }
    if let Some(k) = overrides.first().filter(|_| !element.block) {
        return Err(Diagnostic::at(
            file,
            k.pos,
            "cannot override a field of a library element written on one line",
        )
        .found(format!("`{}` of `{}`", k.name, id.value))
        .expected(format!(
            "the element in `{LIBRARY_FILE}` written as block lines, one field per line"
        )));
    }
    let mut taken: Vec<(bool, usize, usize)> = Vec::new();
    if overrides.is_empty() {
        taken.extend((element.start..element.end).map(|n| (true, n, element.col)));
    } else {
        let replaced: BTreeSet<&str> = overrides.iter().map(|k| k.name.as_str()).collect();
        for k in element
            .keys
            .iter()
            .filter(|k| !replaced.contains(k.name.as_str()))
        {
            taken.extend((k.start..k.end).map(|n| (true, n, element.col)));
        }
        for k in overrides {
            taken.extend((k.start..k.end).map(|n| (false, n, item.col)));
        }
    }
    let prefix: String = lines[item.start].chars().take(item.col).collect();
    let mut out = Vec::with_capacity(taken.len());
    for (i, (from_library, n, col)) in taken.into_iter().enumerate() {
        let written = if from_library {
            library.lines[n].as_str()
        } else {
            lines[n]
        };
        let shift = item.col as isize - col as isize;
        let mut line = indent(written, shift);
        if i == 0 {
            // The first line takes the item's own start (`  - `) before the element's text.
            line = format!(
                "{prefix}{}",
                line.chars().skip(item.col).collect::<String>()
            );
        }
        out.push((line, (from_library, n + 1, shift)));
    }
    Ok(out)
}

fn too_large(file: &str, id: &Spanned<String>, limit: usize) -> Diagnostic {
    Diagnostic::at(
        file,
        pos(&id.referenced),
        "the policy is too large with its includes written out",
    )
    .found(format!(
        "more than {limit} bytes once `{}` is included here",
        id.value
    ))
    .expected(format!(
        "at most {limit} bytes, as for any policy.yaml (include large elements fewer times)"
    ))
}

fn unknown(file: &str, at: Pos, site: &Include, library: &Library) -> Diagnostic {
    let ids: Vec<&str> = library
        .elements
        .keys()
        .filter(|(list, _)| *list == site.list)
        .map(|(_, id)| id.as_str())
        .collect();
    let expected = match super::ids::closest(&site.id.value, ids.iter().copied()) {
        Some(near) => format!(
            "an id of the library's `{}`; did you mean `{near}`?",
            site.list
        ),
        None if ids.is_empty() => format!(
            "an element with this id under `{}:` in `{LIBRARY_FILE}` (it has none there)",
            site.list
        ),
        None => format!("one of the library's `{}`: {}", site.list, ids.join(", ")),
    };
    Diagnostic::at(
        file,
        at,
        format!("no `{}` element of this id in the library", site.list),
    )
    .found(format!("`{}`", site.id.value))
    .expected(expected)
}

/// `line` moved `shift` columns right (or left, removing only leading spaces).
fn indent(line: &str, shift: isize) -> String {
    if shift >= 0 {
        if line.trim().is_empty() {
            return line.to_string();
        }
        return format!("{}{line}", " ".repeat(shift as usize));
    }
    let spaces = line.chars().take_while(|c| *c == ' ').count();
    line[spaces.min(shift.unsigned_abs())..].to_string()
}

/// Every include of a policy, and a problem for each include in a list that takes none.
fn find_includes<'a>(
    file: &str,
    node: &'a Node,
    path: &str,
    found: &mut Vec<Include<'a>>,
    problems: &mut Vec<Diagnostic>,
) {
    match node {
        Node::Map(entries) => {
            for (key, value) in entries {
                let sub = match path {
                    "" => key.value.clone(),
                    p if p == "sections" && key.value == "sections" => "sections".to_string(),
                    p => format!("{p}.{}", key.value),
                };
                find_includes(file, &value.value, &sub, found, problems);
            }
        }
        Node::Seq(items) => {
            let list_at = items.first().map_or(0, |i| i.referenced.line() as usize);
            for item in items {
                let Node::Map(entries) = &item.value else {
                    find_includes(file, &item.value, path, found, problems);
                    continue;
                };
                let Some((key, value)) = entries.iter().find(|(k, _)| k.value == "include") else {
                    find_includes(file, &item.value, path, found, problems);
                    continue;
                };
                let at = pos(&key.referenced);
                if !LISTS.contains(&path) {
                    problems.push(
                        Diagnostic::at(
                            file,
                            at,
                            "`include` in a list that takes no library elements",
                        )
                        .found(format!("an include in `{path}`"))
                        .expected(format!("an include in one of: {}", LISTS.join(", "))),
                    );
                    continue;
                }
                let Node::Scalar(id) = &value.value else {
                    problems.push(
                        Diagnostic::at(file, pos(&value.referenced), "`include` names no element")
                            .expected("the id of a library element: `- include: <id>`"),
                    );
                    continue;
                };
                found.push(Include {
                    list: path.to_string(),
                    list_at,
                    id: Spanned {
                        value: id.clone(),
                        referenced: value.referenced,
                        defined: value.defined,
                    },
                    item,
                });
            }
        }
        Node::Scalar(_) => {}
    }
}

/// Every item of every list the library holds, with the list's path.
fn lists(tree: &Node) -> Vec<(String, &Spanned<Node>)> {
    let mut out = Vec::new();
    let Node::Map(top) = tree else {
        return out;
    };
    for (key, value) in top {
        let nested = match &value.value {
            Node::Map(entries) if key.value == "storage" => entries
                .iter()
                .map(|(k, v)| (format!("storage.{}", k.value), v))
                .collect(),
            _ => vec![(key.value.clone(), value)],
        };
        for (path, list) in nested {
            if let Node::Seq(items) = &list.value {
                out.extend(items.iter().map(|item| (path.clone(), item)));
            }
        }
    }
    out
}

fn item_id(item: &Spanned<Node>) -> Option<Spanned<String>> {
    let Node::Map(entries) = &item.value else {
        return None;
    };
    entries.iter().find_map(|(k, v)| match &v.value {
        Node::Scalar(id) if k.value == "id" => Some(Spanned {
            value: id.clone(),
            referenced: v.referenced,
            defined: v.defined,
        }),
        _ => None,
    })
}

/// Where the mapping `item` is written in `lines`: from its first key's line to the last
/// line indented under it (trailing blank lines and comments left of it are not its own).
fn element(lines: &[&str], item: &Spanned<Node>) -> Option<Element> {
    let Node::Map(entries) = &item.value else {
        return None;
    };
    let (first, _) = entries.first()?;
    let start = first.referenced.line() as usize - 1;
    let key_col = first.referenced.column() as usize - 1;
    let line = lines.get(start)?;
    let before: String = line.chars().take(key_col).collect();
    let flow = before.trim_end().ends_with('{');
    let col = if flow {
        before.trim_end().chars().count() - 1
    } else {
        key_col
    };
    let inside =
        |l: &str| l.trim().is_empty() || leading(l) >= col || l.trim_start().starts_with('#');
    let mut end = start + 1;
    while end < lines.len() && inside(lines[end]) {
        end += 1;
    }
    while end > start + 1 && (lines[end - 1].trim().is_empty() || leading(lines[end - 1]) < col) {
        end -= 1;
    }
    let mut keys: Vec<Key> = entries
        .iter()
        .map(|(k, _)| Key {
            name: k.value.clone(),
            pos: pos(&k.referenced),
            start: k.referenced.line() as usize - 1,
            end: 0,
        })
        .collect();
    let block = !flow
        && keys.windows(2).all(|w| w[0].start < w[1].start)
        && keys.iter().all(|k| k.pos.column - 1 == key_col);
    let starts: Vec<usize> = keys.iter().skip(1).map(|k| k.start).chain([end]).collect();
    for (k, next) in keys.iter_mut().zip(starts) {
        k.end = next.max(k.start + 1);
    }
    Some(Element {
        start,
        end,
        col,
        block,
        keys,
    })
}

fn leading(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

fn pos(location: &serde_saphyr::Location) -> Pos {
    Pos::from_location(location)
}

/// Any YAML value, with where each key and item is written.
#[derive(Debug)]
enum Node {
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
    Seq(Vec<Spanned<Node>>),
    Scalar(String),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(String::new()))
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(String::new()))
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<Spanned<String>, Spanned<Node>>()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIBRARY: &str = "\
third_parties:
  - id: crash-kit
    name: CrashKit
    kind: sdk
    purpose: Crash reports, so we can fix what breaks.
    data: [diagnostics]
    country: United States
  - { id: mailer, name: Mailer, kind: processor, purpose: Sends our e-mail., data: [account] }
sections:
  - id: security
    title: How we keep data safe
    body: |
      First paragraph.

      # A heading in the body
    sections:
      - id: breaches
        title: If something goes wrong
";

    fn resolved(policy: &str) -> Resolved {
        let library = from_text(LIBRARY, false).unwrap();
        resolve("p.yaml", policy, Some(&library)).unwrap().unwrap()
    }

    #[test]
    fn an_include_becomes_the_element_at_the_items_place() {
        let r =
            resolved("third_parties:\n    - include: crash-kit\n    - id: own\n      purpose: x\n");
        assert_eq!(
            r.text,
            "third_parties:\n    - id: crash-kit\n      name: CrashKit\n      kind: sdk\n      purpose: Crash reports, so we can fix what breaks.\n      data: [diagnostics]\n      country: United States\n    - id: own\n      purpose: x\n"
        );
        let d = r.origins.remap(Diagnostic::at(
            "p.yaml",
            Pos {
                line: 5,
                column: 16,
                len: 0,
            },
            "x",
        ));
        assert_eq!(
            (d.file.as_str(), d.pos.line, d.pos.column),
            (LIBRARY_FILE, 5, 14)
        );
        let d = r.origins.remap(Diagnostic::at(
            "p.yaml",
            Pos {
                line: 8,
                column: 7,
                len: 0,
            },
            "x",
        ));
        assert_eq!(
            (d.file.as_str(), d.pos.line, d.pos.column),
            ("p.yaml", 3, 7)
        );
    }

    #[test]
    fn overrides_replace_the_fields_they_name() {
        let r = resolved(
            "third_parties:\n- include: crash-kit\n  country: Germany\n  purpose: |\n    Ours.\n",
        );
        assert_eq!(
            r.text,
            "third_parties:\n- id: crash-kit\n  name: CrashKit\n  kind: sdk\n  data: [diagnostics]\n  country: Germany\n  purpose: |\n    Ours.\n"
        );
        let d = r.origins.remap(Diagnostic::at(
            "p.yaml",
            Pos {
                line: 6,
                column: 3,
                len: 0,
            },
            "x",
        ));
        assert_eq!(
            (d.file.as_str(), d.pos.line, d.pos.column),
            ("p.yaml", 3, 3)
        );
    }

    #[test]
    fn sections_come_with_their_subsections_and_markdown_headings() {
        let r = resolved(
            "sections:\n  - id: intro\n    title: Hi\n    sections:\n      - include: security\n  - id: end\n    title: End\n",
        );
        assert!(r.text.contains("      - id: security\n        title: How we keep data safe\n        body: |\n          First paragraph.\n\n          # A heading in the body\n        sections:\n          - id: breaches\n"), "{}", r.text);
        assert!(r.text.ends_with("  - id: end\n    title: End\n"));
    }

    #[test]
    fn a_flow_element_is_taken_whole() {
        let r = resolved("third_parties:\n  - { include: mailer }\n");
        assert_eq!(
            r.text,
            "third_parties:\n  - { id: mailer, name: Mailer, kind: processor, purpose: Sends our e-mail., data: [account] }\n"
        );
    }

    #[test]
    fn a_policy_without_includes_is_left_alone() {
        let library = from_text(LIBRARY, false).unwrap();
        assert_eq!(
            resolve("p.yaml", "sections: []\n", Some(&library)),
            Ok(None)
        );
    }

    #[test]
    fn library_texts_have_the_keys_a_policy_would_give_them() {
        let library = from_text(LIBRARY, false).unwrap();
        let keys: Vec<&str> = library.sources.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "sections.breaches.title",
                "sections.security.body",
                "sections.security.title",
                "third_parties.crash-kit.country",
                "third_parties.crash-kit.purpose",
                "third_parties.mailer.purpose"
            ]
        );
    }

    #[test]
    fn includes_cannot_make_a_policy_larger_than_any_policy_may_be() {
        let library = from_text(LIBRARY, false).unwrap();
        let policy = "sections:\n  - id: a\n    title: A\n    sections:\n      - include: security\n  - id: b\n    title: B\n    sections:\n      - include: security\n";
        assert!(resolve_within("p.yaml", policy, Some(&library), 4096).is_ok());
        let errors = resolve_within("p.yaml", policy, Some(&library), 400).unwrap_err();
        let found: Vec<_> = errors
            .iter()
            .map(|d| (d.pos.line, d.message.as_str(), d.found.as_deref()))
            .collect();
        assert_eq!(
            found,
            [(
                9,
                "the policy is too large with its includes written out",
                Some("more than 400 bytes once `security` is included here")
            )]
        );
    }

    #[test]
    fn problems_name_the_include() {
        let library = from_text(LIBRARY, false).unwrap();
        let errors = |text: &str| {
            resolve("p.yaml", text, Some(&library))
                .unwrap_err()
                .into_iter()
                .map(|d| {
                    format!(
                        "{}:{}: {} / {:?}",
                        d.pos.line, d.pos.column, d.message, d.expected
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            errors("third_parties:\n  - include: crash-kti\n"),
            [
                "2:14: no `third_parties` element of this id in the library / Some(\"an id of the library's `third_parties`; did you mean `crash-kit`?\")"
            ]
        );
        assert_eq!(
            errors("third_parties:\n  - include: crash-kit\n    id: other\n"),
            [
                "3:5: an include cannot change the element's id / Some(\"the library's id `crash-kit` (to give it another, copy the element into the policy)\")"
            ]
        );
        assert_eq!(
            errors("meta:\n  key_points:\n    - include: x\n"),
            [
                "3:7: `include` in a list that takes no library elements / Some(\"an include in one of: purposes, data_categories, features, permissions, third_parties, storage.locations, storage.transfers, rights, minors, exceptions, cookies, sections\")"
            ]
        );
        assert_eq!(
            errors("third_parties:\n  - include: mailer\n    country: France\n"),
            [
                "3:5: cannot override a field of a library element written on one line / Some(\"the element in `library/library.yaml` written as block lines, one field per line\")"
            ]
        );
        assert_eq!(
            errors("third_parties:\n  - include: mailer\n  - include: mailer\n"),
            [
                "3:14: the same element is included twice in one list / Some(\"each library element at most once per list\")"
            ]
        );
    }
}
