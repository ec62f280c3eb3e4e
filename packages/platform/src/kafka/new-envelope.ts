import { randomUUID } from "node:crypto";
import type { EnvelopeOf, EventDefinition, DataOf } from "@counselling/contracts";

export interface NewEnvelopeInput<D extends EventDefinition> {
  subject: string;
  data: DataOf<D>;
  source: string;
  correlationId?: string;
  causationId?: string | null;
  occurredAt?: Date;
}

/**
 * Builds a validated envelope for one event definition. Validation here means a
 * malformed event fails in the service that caused it, not in every consumer.
 */
export function newEnvelope<D extends EventDefinition>(
  definition: D,
  input: NewEnvelopeInput<D>,
): EnvelopeOf<D> {
  const id = randomUUID();
  return definition.envelope.parse({
    id,
    type: definition.type,
    version: definition.version,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    source: input.source,
    subject: input.subject,
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    data: input.data,
  }) as EnvelopeOf<D>;
}
