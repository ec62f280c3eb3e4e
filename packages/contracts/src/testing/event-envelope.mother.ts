import { randomUUID } from "node:crypto";
import { type DataOf, type EnvelopeOf, type EventDefinition } from "../envelope/define-event";

export type EnvelopeOverrides = Partial<{
  id: string;
  occurredAt: string;
  source: string;
  subject: string;
  correlationId: string;
  causationId: string | null;
}>;

/**
 * Wraps a payload in a valid envelope of the given definition. Each call gets a fresh
 * envelope id, as a real publisher would; pass the same `id` to simulate a redelivery.
 * The result is parsed, so a builder can't hand a test an event the contract refuses:
 * to test rejection, break a valid event afterwards.
 */
export function anEventEnvelope<D extends EventDefinition>(
  definition: D,
  data: DataOf<D>,
  subject: string,
  overrides: EnvelopeOverrides = {},
): EnvelopeOf<D> {
  const envelope: D["envelope"] = definition.envelope;
  return envelope.parse({
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: "2026-03-20T09:15:00Z",
    source: "test",
    subject,
    correlationId: randomUUID(),
    causationId: null,
    ...overrides,
    data,
  });
}
