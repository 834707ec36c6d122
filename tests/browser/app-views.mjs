// Renders Clause's in-app views in headless Chromium, as a phone WebView would show them,
// in light and dark mode. Fails on any network request, horizontal scrolling at 390 or 320 px, or a
// colour scheme that does not follow the system. Usage: node app-views.mjs OUTPUT ARTIFACTS
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [output, artifacts] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
const views = [
  "app/en/lumen-notes/index.html",
  "app/zh-Hant/lumen-notes/index.html",
  "app/ar/lumen-notes/index.html",
  "app/en/lumen-notes/changes/3.html",
  "app/ar/lumen-notes/changes/2.html",
  "app/zh-Hant/pebble-chat/index.html",
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const problems = [];
for (const view of views) {
  const backgrounds = {};
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith("file://")) problems.push(`${view}: network request to ${r.url()}`);
    });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${view}: console error: ${m.text()}`);
    });
    await page.goto(pathToFileURL(join(output, view)).href);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) problems.push(`${view} (${colorScheme}): ${width} px wide, scrolls sideways at 390 px`);
    backgrounds[colorScheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const name = view.replaceAll("/", "_").replace(".html", "");
    await page.screenshot({ path: join(artifacts, `${name}-${colorScheme}.png`), fullPage: false });
    await context.close();
  }
  if (backgrounds.light === backgrounds.dark) problems.push(`${view}: dark mode looks like light mode`);
  // The narrowest phones: nothing may scroll sideways at 320 px either.
  const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await narrow.newPage();
  await page.goto(pathToFileURL(join(output, view)).href);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems.push(`${view}: ${width} px wide, scrolls sideways at 320 px`);
  await narrow.close();
}
await browser.close();
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${views.length * 2} screenshots in ${artifacts}`);
