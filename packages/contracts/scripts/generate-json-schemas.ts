// Writes json-schema/<type>.v<version>.json for every cataloged event, plus index.json,
// for consumers outside TypeScript and for reviewing contract changes in diffs.
// Files of events no longer in the catalogue are removed. Run: npx tsx scripts/generate-json-schemas.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderEventJsonSchemaFiles } from "../src/json-schema-export/event-json-schema-files";

const outputDirectory = join(__dirname, "..", "json-schema");
const files = renderEventJsonSchemaFiles();
const wanted = new Set(files.map((file) => file.fileName));

mkdirSync(outputDirectory, { recursive: true });
for (const existing of readdirSync(outputDirectory)) {
  if (existing.endsWith(".json") && !wanted.has(existing)) {
    rmSync(join(outputDirectory, existing));
  }
}
for (const file of files) {
  writeFileSync(join(outputDirectory, file.fileName), file.content);
}
console.log(`Wrote ${files.length} files to ${outputDirectory}`);
