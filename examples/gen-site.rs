//! Generates a synthetic Clause site for benchmarks, deterministically from a seed.
//!
//! cargo run --release --example gen-site -- --policies P --locales L --versions V --out DIR [--seed N]
//!
//! Each policy version in each locale has about 25 KB of prose in 12 sections with
//! subsections, lists and links, 10 data categories, 8 permissions, 6 third parties, 4
//! purposes, 5 rights; versions are released, sealed in clause.lock, with summaries.
//! Non-English locales get text in their own scripts. Policy pages = P × L × V.

use clause::content::texts;
use clause::versions::lock::{Lock, Seal, hash_folder, save};
use std::fmt::Write as _;
use std::path::Path;

const LOCALES: &[&str] = &[
    "en", "zh-Hans", "ar", "ru", "fr", "ja", "de", "ko", "es", "pt-BR", "zh-Hant", "it", "pl",
    "tr", "nl", "sv", "uk", "he", "hi", "vi",
];

/// splitmix64: tiny, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A word in the script of `locale`.
fn word(rng: &mut Rng, locale: &str) -> String {
    let len = 2 + rng.below(6) as u32;
    let pick = |rng: &mut Rng, from: u32, span: u32| {
        char::from_u32(from + rng.below(span as u64) as u32).unwrap_or('x')
    };
    let latin = |rng: &mut Rng| {
        const SYL: &[&str] = &[
            "da", "ta", "pri", "vo", "ne", "cy", "ser", "vi", "ce", "ac", "count", "con", "sent",
            "re", "ten", "tion", "lo", "ca", "é", "ü", "ç",
        ];
        (0..len.div_ceil(2))
            .map(|_| SYL[rng.below(SYL.len() as u64) as usize])
            .collect::<String>()
    };
    match locale.split('-').next().unwrap_or("en") {
        "zh" | "ja" => (0..len / 2 + 1)
            .map(|_| pick(rng, 0x4E00, 0x0800))
            .collect(),
        "ko" => (0..len / 2 + 1)
            .map(|_| pick(rng, 0xAC00, 0x1000))
            .collect(),
        "ar" => (0..len).map(|_| pick(rng, 0x0627, 0x23)).collect(),
        "he" => (0..len).map(|_| pick(rng, 0x05D0, 0x1B)).collect(),
        "ru" | "uk" => (0..len).map(|_| pick(rng, 0x0430, 0x20)).collect(),
        "hi" => (0..len).map(|_| pick(rng, 0x0915, 0x25)).collect(),
        _ => latin(rng),
    }
}

fn sentence(rng: &mut Rng, locale: &str, words: usize) -> String {
    let cjk = matches!(locale.split('-').next(), Some("zh" | "ja"));
    let sep = if cjk { "" } else { " " };
    let mut s: Vec<String> = (0..words).map(|_| word(rng, locale)).collect();
    if !cjk && let Some(first) = s.first_mut() {
        let mut chars = first.chars();
        if let Some(c) = chars.next() {
            *first = c.to_uppercase().chain(chars).collect();
        }
    }
    format!("{}{}", s.join(sep), if cjk { "。" } else { "." })
}

/// About `bytes` of Markdown: paragraphs, a list and a link.
fn prose(rng: &mut Rng, locale: &str, bytes: usize) -> String {
    let mut out = String::new();
    while out.len() < bytes {
        for _ in 0..4 {
            out.push_str(&sentence(rng, locale, 12));
            out.push(' ');
        }
        out.push_str(&format!(
            "[{}](https://example.com/{})\n\n",
            word(rng, locale),
            rng.below(1000)
        ));
        for _ in 0..3 {
            out.push_str(&format!("- {}\n", sentence(rng, locale, 6)));
        }
        out.push('\n');
    }
    out
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn block(s: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::from("|\n");
    for line in s.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{pad}{line}");
        }
    }
    out
}

/// The draft of policy `p` as it is at version `v`.
fn policy_yaml(rng: &mut Rng, p: usize, v: usize) -> String {
    let mut y = String::new();
    let l = "en";
    let _ = writeln!(
        y,
        "meta:\n  title: Privacy Policy\n  product: {}\n  controller: {{ name: Company {p} Ltd. }}\n  contact: {{ email: privacy@p{p}.example, response_time: P30D }}\n  key_points:",
        quoted(&format!("Product {p}"))
    );
    for k in 0..3 {
        let _ = writeln!(
            y,
            "    - {{ id: k{k}, text: {} }}",
            quoted(&sentence(rng, l, 10))
        );
    }
    y.push_str("purposes:\n");
    for i in 0..4 {
        let _ = writeln!(
            y,
            "  - {{ id: pu{i}, name: {}, description: {} }}",
            quoted(&sentence(rng, l, 3)),
            quoted(&sentence(rng, l, 10))
        );
    }
    y.push_str("data_categories:\n");
    let kinds = [
        "basic",
        "contact",
        "device",
        "usage",
        "content",
        "location",
        "financial",
        "identity",
        "advertising",
        "other",
    ];
    for (i, kind) in kinds.iter().enumerate() {
        let _ = writeln!(
            y,
            "  - id: d{i}\n    name: {}\n    items: [{{ id: a, name: {} }}, {{ id: b, name: {} }}]\n    kind: {kind}\n    source: user\n    purposes: [pu{}]\n    retention: {{ duration: P{}D }}",
            quoted(&sentence(rng, l, 3)),
            quoted(&sentence(rng, l, 2)),
            quoted(&sentence(rng, l, 2)),
            i % 4,
            30 + 10 * v + i
        );
    }
    y.push_str("features:\n");
    for i in 0..4 {
        let _ = writeln!(
            y,
            "  - {{ id: f{i}, name: {}, data: [d{i}], permissions: [pe{i}] }}",
            quoted(&sentence(rng, l, 3))
        );
    }
    y.push_str("permissions:\n");
    for i in 0..8 {
        let platform = if i % 2 == 0 { "android" } else { "ios" };
        let _ = writeln!(
            y,
            "  - {{ id: pe{i}, platform: {platform}, identifier: PERMISSION_{i}, name: {}, use: {} }}",
            quoted(&sentence(rng, l, 2)),
            quoted(&sentence(rng, l, 8))
        );
    }
    y.push_str("third_parties:\n");
    for i in 0..6 {
        let _ = writeln!(
            y,
            "  - {{ id: t{i}, name: Vendor {i}, kind: processor, purpose: {}, data: [d{i}], country: DE }}",
            quoted(&sentence(rng, l, 8))
        );
    }
    y.push_str("rights:\n");
    for (i, kind) in [
        "access",
        "correction",
        "deletion",
        "portability",
        "complaint",
    ]
    .iter()
    .enumerate()
    {
        let _ = writeln!(
            y,
            "  - {{ id: r{i}, kind: {kind}, name: {}, description: {}, steps: [{{ id: s1, text: {} }}, {{ id: s2, text: {} }}] }}",
            quoted(&sentence(rng, l, 3)),
            quoted(&sentence(rng, l, 10)),
            quoted(&sentence(rng, l, 6)),
            quoted(&sentence(rng, l, 6))
        );
    }
    y.push_str("sections:\n");
    let blocks = [
        "key-points",
        "data-table",
        "purposes",
        "features",
        "permissions",
        "third-parties",
        "retention-table",
        "rights",
        "contact",
        "change-policy",
        "storage",
        "key-points",
    ];
    for (i, b) in blocks.iter().enumerate() {
        let _ = write!(
            y,
            "  - id: s{i}\n    title: {}\n    body: {}    blocks: [{b}]\n    sections:\n      - id: s{i}-sub\n        title: {}\n        body: {}",
            quoted(&sentence(rng, l, 4)),
            block(&prose(rng, l, 1500), 6),
            quoted(&sentence(rng, l, 4)),
            block(&prose(rng, l, 450), 10)
        );
    }
    y.push_str("change_policy:\n  material: [new-purpose, new-data-kind]\n  notify: [email]\n  notice_days: 30\n");
    y
}

/// A translation of every text of `policy_yaml` into `locale`, same lengths, own script.
/// Each text has its own seed (from `seed` and its key), so a text that is the same in two
/// versions is translated the same, as it is in real sites.
fn translation(seed: u64, policy_yaml: &str, locale: &str) -> String {
    let policy: clause::content::model::Policy =
        clause::yaml::parse("policy.yaml", policy_yaml).expect("generated YAML parses");
    let mut out = String::new();
    for t in texts::list(&policy) {
        let rng = &mut Rng(seed ^ key_seed(&t.key));
        let words = t.text.split_whitespace().count().max(1);
        let text = if t.text.len() > 200 {
            prose(rng, locale, t.text.len())
        } else {
            sentence(rng, locale, words)
        };
        let _ = writeln!(
            out,
            "{}: {}",
            t.key,
            if text.contains('\n') {
                block(&text, 2)
            } else {
                quoted(&text)
            }
        );
    }
    out
}

/// FNV-1a of a key.
fn key_seed(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Version `v`'s edit of one section: a new title and a new opening sentence in its body.
fn revise(yaml: &str, v: usize) -> String {
    let id = format!("  - id: s{}\n    title: ", v % 12);
    let Some(at) = yaml.find(&id) else {
        return yaml.to_string();
    };
    let mut out = yaml.replacen(&id, &format!("{id}Revised {v} "), 1);
    let body = "    body: |\n      ";
    if let Some(b) = out[at..].find(body) {
        let sentence = sentence(&mut Rng(v as u64), "en", 9);
        out.insert_str(at + b + body.len(), &format!("{sentence} "));
    }
    out
}
fn arg(args: &[String], name: &str, default: &str) -> String {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| default.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let policies: usize = arg(&args, "--policies", "10").parse().unwrap();
    let locales: usize = arg(&args, "--locales", "5")
        .parse::<usize>()
        .unwrap()
        .clamp(1, LOCALES.len());
    let versions: usize = arg(&args, "--versions", "2")
        .parse::<usize>()
        .unwrap()
        .max(1);
    let seed: u64 = arg(&args, "--seed", "42").parse().unwrap();
    let out = std::path::PathBuf::from(arg(&args, "--out", "synthetic-site"));
    if out.exists() {
        eprintln!("{} exists; choose a new folder", out.display());
        std::process::exit(2);
    }
    let locales = &LOCALES[..locales];
    std::fs::create_dir_all(out.join("content")).unwrap();
    std::fs::write(
        out.join("clause.yaml"),
        format!(
            "title: Synthetic site\nbase_url: https://synthetic.example/\nlocales: [{}]\n",
            locales.join(", ")
        ),
    )
    .unwrap();
    let mut lock = Lock::default();
    for p in 0..policies {
        let mut rng = Rng(seed ^ (p as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let dir = out.join("content").join(format!("p{p}"));
        for v in 1..=versions {
            // Versions share their text, as real ones do: the same seed gives the same prose,
            // and each version rewords one section (title and opening) and changes retention
            // periods.
            let mut text_rng = Rng(seed ^ (p as u64).wrapping_mul(0x9E37_79B9));
            let yaml = revise(&policy_yaml(&mut text_rng, p, v), v);
            let vdir = dir.join("versions").join(v.to_string());
            std::fs::create_dir_all(&vdir).unwrap();
            std::fs::write(vdir.join("policy.yaml"), &yaml).unwrap();
            let mut summary = String::from("summary:\n");
            for l in locales {
                let _ = writeln!(summary, "  {l}: {}", quoted(&sentence(&mut rng, l, 12)));
                if *l != "en" {
                    let text = translation(seed ^ p as u64 ^ key_seed(l), &yaml, l);
                    std::fs::write(vdir.join(format!("{l}.yaml")), text).unwrap();
                }
            }
            let date = |d: usize| format!("2020-{:02}-{:02}", 1 + (d / 28) % 12, 1 + d % 28);
            let release = format!(
                "released: \"{}\"\neffective: \"{}\"\nmaterial: {}\n{summary}",
                date(v * 3),
                date(v * 3 + 1),
                v % 2 == 1
            );
            std::fs::write(vdir.join("release.yaml"), release).unwrap();
            let seal = Seal::new(hash_folder(&vdir).unwrap());
            lock.policies
                .entry(format!("p{p}"))
                .or_default()
                .insert(v.to_string(), seal);
            if v == versions {
                for entry in std::fs::read_dir(&vdir).unwrap() {
                    let entry = entry.unwrap();
                    let name = entry.file_name();
                    if name != "release.yaml" {
                        std::fs::copy(entry.path(), dir.join(&name)).unwrap();
                    }
                }
            }
        }
    }
    save(&out, &lock).unwrap();
    let _ = Path::new("");
    println!(
        "{} policies × {} locales × {} versions = {} policy pages in {}",
        policies,
        locales.len(),
        versions,
        policies * locales.len() * versions,
        out.display()
    );
}
