// Compiles our stylesheet (GOV.UK Frontend with the partnership's brand, no GDS Transport font)
// and copies the GOV.UK Frontend script, and every GOV.UK asset the stylesheet names, into
// silverlinings/static/ (production's manifest storage refuses a stylesheet that names a missing file).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules/govuk-frontend/dist/govuk");
const out = join(root, "silverlinings/static");

mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "vendor/govuk"), { recursive: true });

const result = sass.compile(join(root, "silverlinings/static_src/scss/app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div"],
});
writeFileSync(join(out, "css/app.css"), result.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "vendor/govuk/govuk-frontend.min.js"));
cpSync(join(govuk, "assets/images/favicon.ico"), join(out, "vendor/govuk/favicon.ico"));

// $govuk-assets-path in app.scss is /static/vendor/govuk/assets/: copy each file named that way.
const named = new Set(
  [...result.css.matchAll(/url\(["']?\/static\/vendor\/govuk\/assets\/([^"')?#]+)/g)].map((match) => match[1]),
);
for (const asset of named) {
  mkdirSync(dirname(join(out, "vendor/govuk/assets", asset)), { recursive: true });
  cpSync(join(govuk, "assets", asset), join(out, "vendor/govuk/assets", asset));
}
console.log(`assets built: css/app.css, vendor/govuk/govuk-frontend.min.js and ${named.size} GOV.UK asset(s)`);
