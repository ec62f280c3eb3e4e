import { Writable } from "node:stream";
import { context, trace } from "@opentelemetry/api";
import { createLogger } from "../logging/create-logger";
import { initialOutbox, withOutbox } from "../outbox/outbox-fields";
import { toKafkaMessage } from "../kafka/event-publisher";
import { toDeadLetter } from "../consumer/dead-letter";
import { counterEntry } from "../test-fixtures/counter-fixture";
import { contextFromHeaders, currentTraceCarrier, traceIdOf } from "./trace-carrier";
import { platformTracer, startTracing } from "./tracing";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe("trace context across HTTP, the outbox and Kafka headers", () => {
  beforeAll(() => startTracing());

  /** Runs `work` in a span that continues the remote `traceparent`, as a request or consumer does. */
  function inRemoteTrace<T>(headers: Record<string, string | Buffer>, work: () => T): T {
    const span = platformTracer().startSpan("test", {}, contextFromHeaders(headers));
    try {
      return context.with(trace.setSpan(context.active(), span), work);
    } finally {
      span.end();
    }
  }

  it("continues a remote trace from string or Buffer headers, and starts none without one", () => {
    for (const header of [TRACEPARENT, Buffer.from(TRACEPARENT)]) {
      const carrier = inRemoteTrace({ traceparent: header, tracestate: "vendor=x" }, () =>
        currentTraceCarrier(),
      );
      expect(traceIdOf(carrier?.traceparent)).toBe(TRACE_ID);
      expect(carrier?.tracestate).toBe("vendor=x");
    }
    expect(currentTraceCarrier()).toBeUndefined();
    expect(
      traceIdOf(inRemoteTrace({ traceparent: "junk" }, () => currentTraceCarrier())?.traceparent),
    ).toMatch(/^[\da-f]{32}$/);
  });

  it("stamps outbox entries written in a trace, keeps an entry's own, and sends it as Kafka headers", () => {
    const { outbox } = inRemoteTrace({ traceparent: TRACEPARENT }, () =>
      initialOutbox([counterEntry("c-1")]),
    );
    expect(traceIdOf(outbox[0]?.trace?.traceparent)).toBe(TRACE_ID);

    const own = {
      ...counterEntry("c-2"),
      trace: { traceparent: `00-${"1".repeat(32)}-${"2".repeat(16)}-01` },
    };
    const update = inRemoteTrace({ traceparent: TRACEPARENT }, () => withOutbox({ $set: {} }, [own]));
    expect(update.$push).toEqual({ outbox: { $each: [own] } });

    const entry = outbox[0];
    if (!entry) throw new Error("no entry");
    const message = toKafkaMessage(entry.envelope, entry.trace);
    expect(traceIdOf(message.headers?.traceparent as string)).toBe(TRACE_ID);
    expect(message.headers?.["event-type"]).toBe("test.counter_incremented");
    // Outside any trace, nothing is stamped.
    expect(initialOutbox([counterEntry("c-3")]).outbox[0]?.trace).toBeUndefined();
  });

  it("keeps traceparent on dead letters", () => {
    const letter = toDeadLetter(
      {
        key: Buffer.from("c-1"),
        value: Buffer.from("{"),
        headers: { traceparent: Buffer.from(TRACEPARENT) },
        offset: "5",
        timestamp: "0",
        attributes: 0,
      },
      { reason: "unparseable", error: "x", topic: "t", partition: 0, consumerGroup: "g", attempts: 0 },
    );
    expect(String(letter.headers?.traceparent)).toBe(TRACEPARENT);
  });

  it("puts trace_id on log lines written in a trace", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ service: "test", level: "info" }, sink);
    inRemoteTrace({ traceparent: TRACEPARENT }, () => logger.info("in a trace"));
    logger.info("outside");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ trace_id: TRACE_ID });
    expect(JSON.parse(lines[1] ?? "{}")).not.toHaveProperty("trace_id");
  });
});
