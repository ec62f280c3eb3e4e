import type { Kafka } from "kafkajs";
import type { Db } from "mongodb";

export interface BenchContext {
  kafka: Kafka;
  kafkaBrokers: string;
  mongoUrl: string;
  /** A fresh database for this benchmark. */
  db: Db;
  /** A fresh topic prefix (topics of infra/topics.json exist under it). */
  topicPrefix: string;
}

/** One line of the results table. `baseline` names the row this one is compared with. */
export interface BenchRow {
  benchmark: string;
  figure: string;
  value: number;
  unit: string;
  baseline?: string;
  note?: string;
}

export interface Benchmark {
  name: string;
  run: (context: BenchContext) => Promise<BenchRow[]>;
}
