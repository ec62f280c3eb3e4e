import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { INFRA_DIR } from "../infra-paths";

const TopicSettingsSchema = z.object({
  partitions: z.number().int().positive(),
  retentionMs: z.number().int().positive(),
});

const TopicSpecFileSchema = z.object({
  defaults: TopicSettingsSchema.extend({ deadLetter: z.boolean() }),
  deadLetterDefaults: TopicSettingsSchema,
  topics: z.array(
    TopicSettingsSchema.extend({ deadLetter: z.boolean() })
      .partial()
      .extend({ name: z.string().regex(/^[a-z0-9._-]+$/) }),
  ),
});

export interface TopicToCreate {
  name: string;
  partitions: number;
  retentionMs: number;
}

/** Reads infra/topics.json and expands defaults and dead-letter twins. */
export function loadTopicSpec(file = path.join(INFRA_DIR, "topics.json")): TopicToCreate[] {
  const spec = TopicSpecFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  return spec.topics.flatMap((topic) => {
    const main = {
      name: topic.name,
      partitions: topic.partitions ?? spec.defaults.partitions,
      retentionMs: topic.retentionMs ?? spec.defaults.retentionMs,
    };
    const withDeadLetter = topic.deadLetter ?? spec.defaults.deadLetter;
    return withDeadLetter ? [main, { ...spec.deadLetterDefaults, name: `${topic.name}.dlq` }] : [main];
  });
}
