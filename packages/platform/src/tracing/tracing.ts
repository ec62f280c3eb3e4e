import { type Tracer, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import type { SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

const TRACER_NAME = "@counselling/platform";
let provider: NodeTracerProvider | undefined;

/**
 * Starts OpenTelemetry tracing for this process, once: W3C `traceparent`/`tracestate`
 * propagation and AsyncLocalStorage context. No exporter: spans only carry the trace
 * id through HTTP, Kafka headers, the outbox and the logs (`trace_id`). An exporter
 * (OTLP) is a span processor away; tests pass an in-memory one.
 */
export function startTracing(options: { spanProcessors?: SpanProcessor[] } = {}): void {
  if (provider) return;
  provider = new NodeTracerProvider({ spanProcessors: options.spanProcessors ?? [] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

export function platformTracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}
