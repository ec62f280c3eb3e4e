import { z } from "zod";
import { type TopicName } from "../topics/topics";
import { EventEnvelopeSchema } from "./event-envelope";

/**
 * One event type at one version: its payload schema, the full envelope schema
 * (with literal type and version) and the topic it is published on.
 * A change of a payload's meaning is a new version, i.e. a new definition.
 */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TData extends z.ZodType = z.ZodType,
  TTopic extends string = string,
> {
  readonly type: TType;
  readonly version: TVersion;
  readonly topic: TTopic;
  readonly data: TData;
  readonly envelope: z.ZodObject<
    Omit<(typeof EventEnvelopeSchema)["shape"], "type" | "version" | "data"> & {
      type: z.ZodLiteral<TType>;
      version: z.ZodLiteral<TVersion>;
      data: TData;
    }
  >;
}

export function defineEvent<
  TType extends string,
  TVersion extends number,
  TData extends z.ZodType,
  TTopic extends TopicName,
>(
  topic: TTopic,
  type: TType,
  version: TVersion,
  data: TData,
): EventDefinition<TType, TVersion, TData, TTopic> {
  // Fail at import time, not in production traffic, when a definition breaks the naming rules.
  EventEnvelopeSchema.shape.type.parse(type);
  EventEnvelopeSchema.shape.version.parse(version);
  const envelope = EventEnvelopeSchema.extend({
    type: z.literal(type),
    version: z.literal(version),
    data,
  });
  return { type, version, topic, data, envelope };
}

/** The envelope type of one definition, with its typed payload. */
export type EnvelopeOf<D extends EventDefinition> = z.infer<D["envelope"]>;
/** The payload type of one definition. */
export type DataOf<D extends EventDefinition> = z.infer<D["data"]>;
