import fs from "node:fs";
import path from "node:path";
import { INFRA_DIR, KAFKA_VERSION, kafkaLibsDir } from "../infra-paths";
import { runCommand } from "../process/run-command";

/**
 * Copies the Kafka broker jars (and a log binding) from Maven Central into the
 * cache with `maven-dependency-plugin:copy-dependencies`, once per version.
 */
export async function fetchKafka(log: (line: string) => void = console.log): Promise<string> {
  const libs = kafkaLibsDir();
  const marker = path.join(libs, ".complete");
  if (fs.existsSync(marker)) return libs;

  log(`fetching Apache Kafka ${KAFKA_VERSION} jars from Maven Central into ${libs} ...`);
  const staging = `${libs}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await runCommand("mvn", [
    "-q",
    "-B",
    "-f",
    path.join(INFRA_DIR, "kafka", "pom.xml"),
    `-Dkafka.version=${KAFKA_VERSION}`,
    "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies",
    `-DoutputDirectory=${staging}`,
    "-DincludeScope=runtime",
  ]).catch((error: unknown) => {
    throw new Error(
      `could not fetch Kafka with Maven (needs Java 17+ and Maven, and Maven Central reachable): ${String(error)}`,
    );
  });
  if (!fs.existsSync(path.join(staging, `kafka_2.13-${KAFKA_VERSION}.jar`))) {
    throw new Error(`Maven finished but kafka_2.13-${KAFKA_VERSION}.jar is missing in ${staging}`);
  }
  fs.writeFileSync(path.join(staging, ".complete"), new Date().toISOString());
  fs.rmSync(libs, { recursive: true, force: true });
  fs.renameSync(staging, libs);
  return libs;
}
