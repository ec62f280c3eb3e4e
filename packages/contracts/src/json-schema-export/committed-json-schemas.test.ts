import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eventCatalog } from "../catalog/event-catalog";
import { jsonSchemaFileNameOf, renderEventJsonSchemaFiles } from "./event-json-schema-files";

const committedDirectory = join(__dirname, "..", "..", "json-schema");
const regenerate = "run `npm run build -w @counselling/contracts` and commit json-schema/";

describe("committed JSON Schemas", () => {
  const generated = renderEventJsonSchemaFiles();

  it(`are exactly the generated set of files (else ${regenerate})`, () => {
    const committed = readdirSync(committedDirectory).filter((name) => name.endsWith(".json"));
    expect(committed.sort()).toEqual(generated.map((file) => file.fileName).sort());
  });

  it.each(generated.map((file) => [file.fileName, file.content] as const))(
    `%s is up to date (else ${regenerate})`,
    (fileName, content) => {
      expect(readFileSync(join(committedDirectory, fileName), "utf8")).toBe(content);
    },
  );

  it("has one file per cataloged event, plus the index", () => {
    expect(generated).toHaveLength(eventCatalog.length + 1);
    expect(generated.map((file) => file.fileName)).toContain(
      jsonSchemaFileNameOf({ type: "referral.sent", version: 1 }),
    );
  });

  it("renders the same bytes twice", () => {
    expect(renderEventJsonSchemaFiles()).toEqual(generated);
  });
});
