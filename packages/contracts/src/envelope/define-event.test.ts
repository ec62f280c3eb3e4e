import { z } from "zod";
import { Topics } from "../topics/topics";
import { defineEvent } from "./define-event";

describe("defineEvent", () => {
  const ExampleV2 = defineEvent(Topics.notifyReplies, "example.happened", 2, z.object({ count: z.number() }));
  const envelope = {
    id: "3b1f8a52-6c1e-4c8e-9a39-2f1d1c0e5b7a",
    type: "example.happened",
    version: 2,
    occurredAt: "2026-03-20T09:15:00Z",
    source: "test",
    subject: "s",
    correlationId: "c",
    causationId: null,
    data: { count: 1 },
  };

  it("binds type, version and payload into the envelope schema", () => {
    expect(ExampleV2.envelope.parse(envelope).data.count).toBe(1);
    expect(ExampleV2.envelope.safeParse({ ...envelope, version: 1 }).success).toBe(false);
    expect(ExampleV2.envelope.safeParse({ ...envelope, type: "example.other" }).success).toBe(false);
    expect(ExampleV2.envelope.safeParse({ ...envelope, data: { count: "1" } }).success).toBe(false);
  });

  it("refuses a definition that breaks the naming rules when it is made", () => {
    expect(() => defineEvent(Topics.notifyReplies, "ExampleHappened", 1, z.object({}))).toThrow();
    expect(() => defineEvent(Topics.notifyReplies, "example.happened", 0, z.object({}))).toThrow();
  });
});
