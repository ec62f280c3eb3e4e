import fs from "node:fs";
import path from "node:path";
import { buildFerretdb } from "./ferretdb/build-ferretdb";
import { FerretdbNode } from "./ferretdb/ferretdb-node";
import { fetchKafka } from "./kafka/fetch-kafka";
import { KafkaNode } from "./kafka/kafka-node";
import { newRunDir, removeAbandonedRunDirs } from "./infra-paths";
import { freePort } from "./process/free-port";
import { ensureTopics } from "./topics/ensure-topics";

export interface LocalInfra {
  kafkaBrokers: string;
  mongoUrl: string;
  runDir: string;
  kafka: KafkaNode;
  ferretdb: FerretdbNode;
  stop(): Promise<void>;
}

export interface LocalInfraOptions {
  kafkaPort?: number;
  kafkaControllerPort?: number;
  ferretdbPort?: number;
  keepData?: boolean;
  log?: (line: string) => void;
}

/** Fetches/builds what is missing, then starts Kafka and FerretDB side by side and creates the topics. */
export async function startLocalInfra(options: LocalInfraOptions = {}): Promise<LocalInfra> {
  const log = options.log ?? ((line: string) => console.log(`[infra] ${line}`));
  await Promise.all([fetchKafka(log), buildFerretdb(log)]);

  removeAbandonedRunDirs();
  const runDir = newRunDir();
  fs.mkdirSync(runDir, { recursive: true });
  const kafka = new KafkaNode({
    dataDir: path.join(runDir, "kafka"),
    brokerPort: options.kafkaPort ?? (await freePort()),
    controllerPort: options.kafkaControllerPort ?? (await freePort()),
  });
  const ferretdb = new FerretdbNode({
    dataDir: path.join(runDir, "ferretdb"),
    port: options.ferretdbPort ?? (await freePort()),
  });

  const stop = async (): Promise<void> => {
    await Promise.all([kafka.stop(), ferretdb.stop()]);
    if (!options.keepData) fs.rmSync(runDir, { recursive: true, force: true });
  };

  try {
    const started = Date.now();
    await Promise.all([kafka.start(), ferretdb.start()]);
    await ensureTopics(kafka.brokers);
    log(
      `Kafka ${kafka.brokers} and FerretDB ${ferretdb.url} ready in ${Date.now() - started} ms (data: ${runDir})`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { kafkaBrokers: kafka.brokers, mongoUrl: ferretdb.url, runDir, kafka, ferretdb, stop };
}
