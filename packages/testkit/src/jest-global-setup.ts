import { startLocalInfra, type LocalInfra } from "@counselling/infra";

declare global {
  var __COUNSELLING_INFRA__: LocalInfra | undefined;
}

/**
 * Starts real Kafka and FerretDB once for the whole integration run, unless
 * KAFKA_BROKERS and MONGO_URL already point at running ones (e.g. MongoDB 7 and
 * Apache Kafka from docker-compose). Workers inherit the variables.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.KAFKA_BROKERS && process.env.MONGO_URL) {
    console.log(
      `\n[int] using KAFKA_BROKERS=${process.env.KAFKA_BROKERS} MONGO_URL=${process.env.MONGO_URL}`,
    );
    return;
  }
  const infra = await startLocalInfra({ log: (line) => console.log(`\n[int] ${line}`) });
  globalThis.__COUNSELLING_INFRA__ = infra;
  process.env.KAFKA_BROKERS = infra.kafkaBrokers;
  process.env.MONGO_URL = infra.mongoUrl;
}
