/**
 * infra CLI:
 *   fetch  fetch the Kafka jars and build FerretDB into the cache
 *   up     start Kafka and FerretDB in the foreground; Ctrl-C stops both
 *   topics create the topics of infra/topics.json on KAFKA_BROKERS (idempotent;
 *          used by docker-compose and for brokers we did not start)
 * Ports: KAFKA_PORT, KAFKA_CONTROLLER_PORT, FERRETDB_PORT (default: free ports).
 */
import { buildFerretdb } from "./ferretdb/build-ferretdb";
import { fetchKafka } from "./kafka/fetch-kafka";
import { startLocalInfra } from "./local-infra";
import { ensureTopics } from "./topics/ensure-topics";

function portFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value ? Number(value) : undefined;
}

async function main(command: string | undefined): Promise<void> {
  if (command === "fetch") {
    await Promise.all([fetchKafka(), buildFerretdb()]);
    console.log("infra: Kafka jars and FerretDB are in the cache");
    return;
  }
  if (command === "up") {
    const infra = await startLocalInfra({
      kafkaPort: portFromEnv("KAFKA_PORT"),
      kafkaControllerPort: portFromEnv("KAFKA_CONTROLLER_PORT"),
      ferretdbPort: portFromEnv("FERRETDB_PORT"),
    });
    console.log(`KAFKA_BROKERS=${infra.kafkaBrokers}\nMONGO_URL=${infra.mongoUrl}\n(Ctrl-C stops both)`);
    const shutdown = (): void => {
      void infra.stop().then(() => process.exit(0));
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    return;
  }
  if (command === "topics") {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error("KAFKA_BROKERS is required");
    const created = await ensureTopics(brokers, { prefix: process.env.KAFKA_TOPIC_PREFIX ?? "" });
    console.log(`infra: topics present: ${created.join(", ")}`);
    return;
  }
  console.error("usage: infra <fetch|up|topics>");
  process.exitCode = 2;
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
