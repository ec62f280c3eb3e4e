import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type TextMapGetter,
  trace,
} from "@opentelemetry/api";

/** W3C trace context in its wire form, as stored with an outbox entry and sent in Kafka headers. */
export interface TraceCarrier {
  traceparent: string;
  tracestate?: string;
}

/** The active trace context as W3C headers; undefined outside any trace (or with tracing off). */
export function currentTraceCarrier(active: Context = context.active()): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  const { traceparent, tracestate } = carrier;
  if (!traceparent) return undefined;
  return tracestate ? { traceparent, tracestate } : { traceparent };
}

type HeaderValue = string | Buffer | Array<string | Buffer> | undefined;

/** Reads HTTP (string) and Kafka (Buffer) headers alike. */
const headerGetter: TextMapGetter<Record<string, HeaderValue>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map(String) : String(value);
  },
};

/** The remote parent named by `traceparent`/`tracestate` headers; the root context when absent or malformed. */
export function contextFromHeaders(headers: Record<string, HeaderValue> | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers ?? {}, headerGetter);
}

/** The trace id within a `traceparent` header (version-traceid-spanid-flags). */
export function traceIdOf(traceparent: string | Buffer | undefined): string | undefined {
  return /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(String(traceparent ?? ""))?.[1];
}

/** Trace and span id of the active span, for log lines. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !trace.isSpanContextValid(spanContext)) return undefined;
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
