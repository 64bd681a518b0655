// Bundles the body editor and the licences of everything in it into the
// newsroom's static folder, where the files are committed: running the site,
// its tests and `make demo` never need npm. Rebuild with `make editor-bundle`.
import { build } from "esbuild";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "dateline", "newsroom", "static", "newsroom", "vendor");

const result = await build({
  entryPoints: [join(here, "src", "body-editor.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019"],
  legalComments: "none",
  metafile: true,
  outfile: join(out, "body-editor.js"),
  banner: { js: "/* Dateline body editor: Tiptap and ProseMirror, MIT licence; see body-editor.LICENSES.txt */" },
});

// One licence per npm package that ended up in the bundle.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!match || packages.has(match[1])) continue;
  const root = join(here, "node_modules", match[1]);
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const file = readdirSync(root).find((name) => /^licen[cs]e/i.test(name));
  packages.set(match[1], { version: meta.version, license: meta.license, text: file ? readFileSync(join(root, file), "utf8").trim() : "" });
}
const lines = ["Third-party software in body-editor.js", ""];
for (const [name, info] of [...packages].sort()) {
  lines.push("=".repeat(72), `${name} ${info.version} (${info.license})`, "=".repeat(72), info.text || `Licensed under ${info.license}; the package ships no licence file.`, "");
}
writeFileSync(join(out, "body-editor.LICENSES.txt"), lines.join("\n"));
console.log(`body-editor.js: ${packages.size} packages bundled`);
