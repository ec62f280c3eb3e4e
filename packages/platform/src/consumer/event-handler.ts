import type { EnvelopeOf, EventDefinition } from "@counselling/contracts";

export interface DeliveryInfo {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

export interface EventHandler<D extends EventDefinition = EventDefinition> {
  definition: D;
  handle: (envelope: EnvelopeOf<D>, delivery: DeliveryInfo) => Promise<void>;
}

/** Pairs a definition with its handler, keeping the envelope type precise. */
export function on<D extends EventDefinition>(
  definition: D,
  handle: (envelope: EnvelopeOf<D>, delivery: DeliveryInfo) => Promise<void>,
): EventHandler {
  return { definition, handle } as unknown as EventHandler;
}
