// Compiles our stylesheet (GOV.UK Frontend with the partnership's brand, no GDS Transport font)
// and copies the GOV.UK Frontend script and images into silverlinings/static/.
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
console.log("assets built: css/app.css, vendor/govuk/govuk-frontend.min.js");
