import { z } from "zod";
import { eventCatalog, type CatalogedEventDefinition } from "../catalog/event-catalog";

/** A file of the committed `json-schema/` folder, as it must be on disk. */
export interface GeneratedFile {
  readonly fileName: string;
  readonly content: string;
}

export const jsonSchemaIndexFileName = "index.json";

export function jsonSchemaFileNameOf(definition: Pick<CatalogedEventDefinition, "type" | "version">): string {
  return `${definition.type}.v${definition.version}.json`;
}

// Two-space JSON with a trailing newline: stable diffs, and what editors write anyway.
function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function envelopeJsonSchemaOf(definition: CatalogedEventDefinition): Record<string, unknown> {
  // "input" describes what a consumer accepts: objects stay open to unknown fields, so
  // adding an optional field does not break readers of the published schema.
  const schema = z.toJSONSchema(definition.envelope, { target: "draft-2020-12", io: "input" });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: jsonSchemaFileNameOf(definition),
    title: `${definition.type} v${definition.version}`,
    "x-kafka-topic": definition.topic,
    ...rest,
  };
}

/** The JSON Schema of every cataloged event envelope plus an index, sorted by file name. */
export function renderEventJsonSchemaFiles(): readonly GeneratedFile[] {
  // Code-point order, not locale order: the same bytes on every machine.
  const definitions = [...eventCatalog].sort((a, b) =>
    jsonSchemaFileNameOf(a) < jsonSchemaFileNameOf(b) ? -1 : 1,
  );
  const index = {
    events: definitions.map((definition) => ({
      type: definition.type,
      version: definition.version,
      topic: definition.topic,
      file: jsonSchemaFileNameOf(definition),
    })),
  };
  return [
    ...definitions.map((definition) => ({
      fileName: jsonSchemaFileNameOf(definition),
      content: renderJson(envelopeJsonSchemaOf(definition)),
    })),
    { fileName: jsonSchemaIndexFileName, content: renderJson(index) },
  ];
}
