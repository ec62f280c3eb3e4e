import { Topics, deadLetterTopicOf } from "@counselling/contracts";
import { loadTopicSpec } from "./topic-spec";

describe("infra/topics.json", () => {
  const topics = loadTopicSpec();
  const names = topics.map((topic) => topic.name);

  it("declares every topic of the contracts, each with its dead-letter twin", () => {
    for (const topic of Object.values(Topics)) {
      expect(names).toContain(topic);
      expect(names).toContain(deadLetterTopicOf(topic));
    }
  });

  it("declares no topic the contracts do not know", () => {
    const known = new Set(Object.values(Topics).flatMap((topic) => [topic, deadLetterTopicOf(topic)]));
    expect(names.filter((name) => !known.has(name as never))).toEqual([]);
  });

  it("gives every topic partitions and a retention", () => {
    for (const topic of topics) {
      expect(topic.partitions).toBeGreaterThan(0);
      expect(topic.retentionMs).toBeGreaterThan(0);
    }
  });
});
