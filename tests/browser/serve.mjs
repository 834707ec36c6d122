// `clause serve` in headless Chromium: a page updates by itself after an edit, shows the error
// overlay when the content breaks, and loses it when the content is fixed.
// Usage: node serve.mjs URL POLICY_FILE ARTIFACTS
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [url, policyFile, artifacts] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
const outside = [];
page.on("request", (r) => { if (!r.url().startsWith(new URL(url).origin)) outside.push(r.url()); });
await page.goto(url);
await page.waitForFunction(() => document.readyState === "complete");
// Give the page a moment to connect to the event stream before editing.
await page.waitForTimeout(300);
const edit = (from, to) => writeFileSync(policyFile, readFileSync(policyFile, "utf8").replace(from, to));

edit("body: Hello.", "body: Edited while the page was open.");
await page.waitForSelector("text=Edited while the page was open.", { timeout: 10000 });

edit("kind: contact", "kind: contcat");
const overlay = await page.waitForSelector("#clause-error-overlay", { timeout: 10000 });
const text = await overlay.textContent();
if (!text.includes("content/app/policy.yaml:") || !text.includes("contcat")) throw new Error(`overlay text: ${text}`);
// The last good build stays underneath the overlay.
if ((await page.locator("text=Edited while the page was open.").count()) === 0) throw new Error("the last good build is gone");
await page.screenshot({ path: join(artifacts, "serve-error-overlay.png") });

edit("kind: contcat", "kind: contact");
await page.waitForSelector("#clause-error-overlay", { state: "detached", timeout: 10000 });
await browser.close();
if (outside.length) throw new Error(`requests outside the preview: ${outside.join(", ")}`);
console.log("reload and overlay work");
