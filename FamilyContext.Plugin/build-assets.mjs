// Builds the panel's static assets into wwwroot/lib from the npm packages (never committed).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "wwwroot", "lib");
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(join(out, "govuk-frontend"), { recursive: true });
const css = sass.compile(join(here, "Styles", "app.scss"), {
  loadPaths: [join(here, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "app.css"), css.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend", "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "govuk-frontend", "assets", "images"), { recursive: true });
cpSync(join(govuk, "assets", "manifest.json"), join(out, "govuk-frontend", "assets", "manifest.json"));
console.log("Family Context assets written to wwwroot/lib");
