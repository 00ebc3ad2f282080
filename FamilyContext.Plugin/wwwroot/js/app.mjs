// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "/lib/govuk-frontend/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// The case note's copy button: shown only where the browser can copy; the note stays selectable without it.
for (const button of document.querySelectorAll("button.fc-copy")) {
  const source = document.getElementById(button.dataset.copyFrom);
  const status = document.querySelector(".fc-copy-status");
  if (!source || !status || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = button.dataset.copiedText;
    } catch {
      source.select();
      status.textContent = "Select the note and copy it with Ctrl and C.";
    }
  });
}

// The print view's Print button: with JavaScript it prints at once; without it, the hint names the browser's Print command.
for (const button of document.querySelectorAll("button.fc-print")) {
  if (typeof window.print !== "function") continue;
  button.hidden = false;
  for (const hint of document.querySelectorAll(".fc-print-hint")) hint.hidden = true;
  button.addEventListener("click", () => window.print());
}
