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
  /**
   * A read the handler will need, started while the consumer checks whether the event was
   * applied before (one round trip less per event). Must not change anything; its failure is
   * ignored (the handler reads again).
   */
  prefetch?: (envelope: EnvelopeOf<D>) => Promise<void>;
}

/** Pairs a definition with its handler (and optional prefetch), keeping the envelope type precise. */
export function on<D extends EventDefinition>(
  definition: D,
  handle: (envelope: EnvelopeOf<D>, delivery: DeliveryInfo) => Promise<void>,
  options: { prefetch?: (envelope: EnvelopeOf<D>) => Promise<void> } = {},
): EventHandler {
  return { definition, handle, prefetch: options.prefetch } as unknown as EventHandler;
}
