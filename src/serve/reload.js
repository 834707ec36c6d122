// clause serve: reloads the page when its output changed, and shows the diagnostics over the
// page while the content is invalid. Injected only by `clause serve`, never into built files.
(() => {
  const here = () => location.pathname;
  let overlay = null;
  const show = (text) => {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "clause-error-overlay";
      overlay.setAttribute("role", "alertdialog");
      overlay.setAttribute("aria-label", "Build error");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,22,26,.94);color:#f5f5f5;padding:1.5rem;font:0.9rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;";
      const title = document.createElement("p");
      title.textContent = "clause serve: the content has errors. The last good build is underneath; this clears when you fix them.";
      title.style.cssText = "font:600 1rem system-ui,sans-serif;color:#ffb4a9;margin:0 0 1rem";
      const pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;margin:0";
      overlay.append(title, pre);
      document.body.append(overlay);
    }
    overlay.querySelector("pre").textContent = text;
  };
  const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
  const events = new EventSource("/__clause/events");
  events.addEventListener("update", (e) => {
    const update = JSON.parse(e.data);
    if (update.error) { show(update.error); return; }
    const hadError = overlay !== null;
    hide();
    if (update.changed.includes(here()) || (hadError && update.changed.length > 0)) location.reload();
  });
})();
