import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import type { PlatformMetrics } from "../metrics/platform-metrics";
import { methodLabelOf, routeLabelOf, statusClassOf } from "../metrics/route-label";
import { platformTracer } from "../tracing/tracing";
import { contextFromHeaders } from "../tracing/trace-carrier";

/**
 * Per request: a server span that continues the caller's trace (`traceparent`) or starts
 * one, active for everything the request does (so events it writes carry it); and, when
 * it ends, one observation of `http_request_duration_seconds` by route and status class.
 */
export function observeRequests(options: {
  procedures: ReadonlySet<string>;
  metrics?: PlatformMetrics;
}): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const path = req.path; // before mounted routers (/trpc) rewrite it
    const span = platformTracer().startSpan(
      `HTTP ${methodLabelOf(req.method)}`,
      { kind: SpanKind.SERVER },
      contextFromHeaders(req.headers),
    );
    res.once("finish", () => {
      // Read at the end: Express knows the matched route only once it ran.
      const pattern = (req.route as { path?: unknown } | undefined)?.path;
      const route = routeLabelOf(path, typeof pattern === "string" ? pattern : undefined, options.procedures);
      const method = methodLabelOf(req.method);
      options.metrics?.httpRequestDuration.observe(
        { method, route, status_class: statusClassOf(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      span.updateName(`${method} ${route}`);
      span.setAttributes({
        "http.request.method": method,
        "http.route": route,
        "http.response.status_code": res.statusCode,
      });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(context.active(), span), next);
  };
}
