// Every kind of page of the example site in headless Chromium, in English, Chinese and
// Arabic: an axe-core audit (zero violations, light and dark, phone and desktop width),
// screenshots at 360, 768 and 1280 px in light and dark mode, no sideways scrolling at 320 px,
// tables that fit their container with no squeezed cell at 320, 390, 768, 1280 and 1920 px,
// keyboard access (the skip link comes first and shows its focus), printing to PDF, and
// Lighthouse's accessibility and best-practices scores where Lighthouse is installed.
//
// Usage: node pages.mjs OUTPUT ARTIFACTS [DOCS_SCREENSHOTS]
// OUTPUT is a built site; ARTIFACTS receives every screenshot and PDF; DOCS_SCREENSHOTS, when
// given, receives one screenshot per page kind and language for the documentation.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";

const [output, artifacts, docs] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
if (docs) mkdirSync(docs, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// A static server on loopback for the built site; it stops when this script ends.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml" };
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (path.includes("..")) { res.writeHead(400); return res.end(); }
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = readFileSync(join(output, path));
    res.writeHead(200, { "content-type": types[extname(path)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404); res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}/`;

const locales = ["en", "zh-Hant", "ar"];
const kinds = {
  chooser: () => "",
  policy: (l) => `${l}/lumen-notes/`,
  archived: (l) => `${l}/lumen-notes/1/`,
  history: (l) => `${l}/lumen-notes/history/`,
  notice: (l) => `${l}/lumen-notes/changes/5/`,
  app: (l) => `app/${l}/lumen-notes/index.html`,
  "app-notice": (l) => `app/${l}/lumen-notes/changes/5.html`,
};
const pages = [];
for (const [kind, path] of Object.entries(kinds)) {
  for (const locale of kind === "chooser" ? ["en"] : locales) pages.push({ kind, locale, path: path(locale) });
}
// The documentation's shot of each page kind and language: every width and both modes occur.
const docShot = { en: [1280, "light"], "zh-Hant": [768, "dark"], ar: [360, "light"] };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const problems = [];
let audits = 0, shots = 0;

async function open(url, options) {
  const context = await browser.newContext({ deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`${url}: console error: ${m.text()}`); });
  page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`${url}: request to ${r.url()}`); });
  await page.goto(origin + url);
  return { context, page };
}

async function axe(page, label) {
  // axe runs in the page; the pages' CSP forbids scripts, so this context bypasses it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
  audits++;
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
    problems.push(`${label}: axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
  }
}

for (const p of pages) {
  const name = `${p.kind}-${p.locale}`;
  for (const width of [360, 768, 1280]) {
    for (const colorScheme of ["light", "dark"]) {
      const label = `${name} ${width}px ${colorScheme}`;
      const { context, page } = await open(p.path, { viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) problems.push(`${label}: ${scroll} px wide, scrolls sideways`);
      const file = join(artifacts, `${name}-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      shots++;
      const [w, s] = docShot[p.locale];
      if (docs && w === width && s === colorScheme) copyFileSync(file, join(docs, `${name}.png`));
      if (width !== 768) await axe(page, label);
      await context.close();
    }
  }
  // The documentation's shot of a redline: the changed sections of a notice, at real size.
  if (docs && p.kind === "notice") {
    const { context, page } = await open(p.path, { viewport: { width: 1280, height: 900 } });
    await page.locator(".notice-text").screenshot({ path: join(docs, `redline-${p.locale}.png`) });
    await context.close();
  }
  // The narrowest phones.
  {
    const { context, page } = await open(p.path, { viewport: { width: 320, height: 640 } });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > 320) problems.push(`${name}: ${scroll} px wide, scrolls sideways at 320 px`);
    await context.close();
  }
  // Tables fit at every width from phone to wide desktop: none is wider than its container
  // (clipped, or scrolled with its scrollbar far below), and no caption or cell is squeezed
  // narrower than a few characters (one letter per line).
  if (p.kind !== "chooser") {
    for (const width of [320, 390, 768, 1280, 1920]) {
      const { context, page } = await open(p.path, { viewport: { width, height: 900 } });
      const found = await page.evaluate(() => {
        const out = [];
        const shown = (e) => {
          for (let a = e; a; a = a.parentElement) {
            if (getComputedStyle(a).display === "none" || a.getBoundingClientRect().width <= 1) return false;
          }
          return true;
        };
        for (const t of document.querySelectorAll("table")) {
          if (!shown(t)) continue;
          const name = (t.querySelector("caption")?.textContent || t.className || "table").trim().slice(0, 40);
          const box = t.parentElement.getBoundingClientRect().width;
          const own = t.getBoundingClientRect().width;
          if (own > box + 1) out.push(`table "${name}" is ${Math.round(own)} px wide in ${Math.round(box)} px`);
          for (const c of t.querySelectorAll("caption, th, td")) {
            const text = c.textContent.trim();
            if (!text || !shown(c)) continue;
            const em = parseFloat(getComputedStyle(c).fontSize);
            const w = c.getBoundingClientRect().width;
            if (w < 2.5 * em && text.length > 3) out.push(`${c.tagName.toLowerCase()} "${text.slice(0, 30)}" of "${name}" is ${Math.round(w)} px wide`);
          }
        }
        // The contact card: from tablet width up, each value starts beside its label.
        if (window.innerWidth >= 768) {
          for (const row of document.querySelectorAll(".contact-card dl > div")) {
            const [dt, dd] = [row.querySelector("dt"), row.querySelector("dd")];
            if (dt && dd && Math.abs(dt.getBoundingClientRect().top - dd.getBoundingClientRect().top) > 2) {
              out.push(`contact card: "${dd.textContent.trim().slice(0, 30)}" drops below "${dt.textContent.trim()}"`);
            }
          }
        }
        return out;
      });
      for (const f of found) problems.push(`${name} ${width}px: ${f}`);
      await context.close();
    }
  }
  // Keyboard: the first Tab reaches the skip link, which shows where focus is.
  if (!p.kind.startsWith("app")) {
    const { context, page } = await open(p.path, { viewport: { width: 1280, height: 900 } });
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const e = document.activeElement;
      return { skip: e.classList.contains("skip-link"), outline: getComputedStyle(e).outlineStyle };
    });
    if (!focus.skip) problems.push(`${name}: the first Tab does not reach the skip link`);
    if (focus.outline === "none") problems.push(`${name}: the focused skip link has no outline`);
    await context.close();
  }
  // Print: no navigation, and a PDF.
  if (["policy", "archived", "notice"].includes(p.kind)) {
    const { context, page } = await open(p.path, { viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      [".toc", ".site-header nav"].filter((s) => document.querySelector(s))
        .every((s) => getComputedStyle(document.querySelector(s)).display === "none"));
    if (!hidden) problems.push(`${name}: navigation is printed`);
    const pdf = join(artifacts, `${name}.pdf`);
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    const bytes = readFileSync(pdf);
    if (bytes.subarray(0, 5).toString() !== "%PDF-" || statSync(pdf).size < 10000) problems.push(`${name}: no usable PDF`);
    await context.close();
  }
}
await browser.close();

// Lighthouse, when installed (tests/browser/package.json lists it).
let lighthouse = null;
try { lighthouse = (await import("lighthouse")).default; } catch { console.log("Lighthouse is not installed; skipped"); }
if (lighthouse) {
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  for (const path of ["en/lumen-notes/", "ar/lumen-notes/", "zh-Hant/lumen-notes/changes/3/", "app/zh-Hant/lumen-notes/index.html"]) {
    const result = await lighthouse(origin + path, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["accessibility", "best-practices"],
    });
    for (const [id, c] of Object.entries(result.lhr.categories)) {
      console.log(`lighthouse ${path} ${id} ${Math.round(c.score * 100)}`);
      if (c.score !== 1) {
        const failed = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
          .map((a) => a.id);
        problems.push(`lighthouse ${path}: ${id} ${Math.round(c.score * 100)} (${failed.join(", ")})`);
      }
    }
  }
  await chrome.kill();
}
server.close();
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${pages.length} pages: ${audits} axe audits with no violations, ${shots} screenshots in ${artifacts}`);
