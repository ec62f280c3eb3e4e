import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from "prom-client";
import { CachedReading } from "./cached-reading";

export type { Counter, Gauge, Histogram } from "prom-client";

/** One series of a polled gauge: its label values and its value. */
export interface GaugeSample<L extends string> {
  labels: Record<L, string>;
  value: number;
}

export interface PolledGaugeOptions<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  /** Reads every series at once; only called on scrape, at most once per `ttlMs`. */
  read: () => Promise<Array<GaugeSample<L>>>;
  ttlMs?: number;
  timeoutMs?: number;
}

/**
 * The Prometheus registry of one service process (default process metrics
 * included: RSS, heap, event-loop lag, GC) and the factories services use to
 * add their own metrics without depending on prom-client themselves.
 * Label values must come from small, fixed sets: never ids, tokens or phone numbers.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string>(configuration: Omit<CounterConfiguration<L>, "registers">): Counter<L> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<L extends string>(configuration: Omit<GaugeConfiguration<L>, "registers">): Gauge<L> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  histogram<L extends string>(configuration: Omit<HistogramConfiguration<L>, "registers">): Histogram<L> {
    return new Histogram({ ...configuration, registers: [this.registry] });
  }

  /**
   * A gauge computed on scrape (backlogs, lag): cached ≥ 5 s by default and bounded in
   * time, so a slow database or broker delays no scrape by more than `timeoutMs`.
   * Series that disappear from a reading disappear from the output.
   */
  polledGauge<L extends string>(options: PolledGaugeOptions<L>): Gauge<L> {
    const reading = new CachedReading({
      read: options.read,
      ttlMs: options.ttlMs ?? 5_000,
      timeoutMs: options.timeoutMs ?? 2_000,
    });
    return new Gauge<L>({
      name: options.name,
      help: options.help,
      labelNames: options.labelNames,
      registers: [this.registry],
      async collect() {
        const samples = await reading.get();
        if (!samples) return; // never read yet: keep the (empty) previous output
        this.reset();
        for (const sample of samples) this.set(sample.labels, sample.value);
      },
    });
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
