import fs from "node:fs";
import path from "node:path";
import { Kafka, logLevel } from "kafkajs";
import { INFRA_DIR, kafkaLibsDir } from "../infra-paths";
import { runCommand } from "../process/run-command";
import { SupervisedProcess } from "../process/supervised-process";
import { waitUntil } from "../process/wait-until";

export interface KafkaNodeOptions {
  dataDir: string;
  brokerPort: number;
  controllerPort: number;
  heap?: string;
}

/**
 * A single-node Apache Kafka 3.9 in KRaft combined mode (broker + controller),
 * listening on 127.0.0.1 only. Can be stopped and started again on the same
 * data directory and ports (chaos tests restart the broker mid-load).
 */
export class KafkaNode {
  private readonly process: SupervisedProcess;
  private readonly propertiesFile: string;

  constructor(private readonly options: KafkaNodeOptions) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    this.propertiesFile = path.join(options.dataDir, "server.properties");
    const heap = options.heap ?? "-Xms256m -Xmx512m";
    this.process = new SupervisedProcess(
      "kafka",
      "java",
      [
        ...heap.split(" "),
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        `-Dlog4j.configuration=file:${path.join(INFRA_DIR, "kafka", "log4j.properties")}`,
        "-cp",
        `${kafkaLibsDir()}/*`,
        "kafka.Kafka",
        this.propertiesFile,
      ],
      path.join(options.dataDir, "kafka.log"),
    );
  }

  get brokers(): string {
    return `127.0.0.1:${this.options.brokerPort}`;
  }

  get logFile(): string {
    return this.process.logFile;
  }

  async start({ timeoutMs = 90_000 }: { timeoutMs?: number } = {}): Promise<void> {
    await this.formatStorageOnce();
    this.process.start();
    await this.waitReady(timeoutMs);
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  async kill(): Promise<void> {
    await this.process.kill();
  }

  private async formatStorageOnce(): Promise<void> {
    const logDir = path.join(this.options.dataDir, "log");
    if (fs.existsSync(path.join(logDir, "meta.properties"))) return;
    fs.writeFileSync(this.propertiesFile, this.serverProperties(logDir));
    const classpath = `${kafkaLibsDir()}/*`;
    const clusterId = (await runCommand("java", ["-cp", classpath, "kafka.tools.StorageTool", "random-uuid"]))
      .trim()
      .split("\n")
      .pop();
    if (!clusterId) throw new Error("StorageTool random-uuid printed nothing");
    await runCommand("java", [
      "-cp",
      classpath,
      "kafka.tools.StorageTool",
      "format",
      "-t",
      clusterId,
      "-c",
      this.propertiesFile,
      "--ignore-formatted",
    ]);
  }

  private serverProperties(logDir: string): string {
    const { brokerPort, controllerPort } = this.options;
    return [
      "process.roles=broker,controller",
      "node.id=1",
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${brokerPort},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${brokerPort}`,
      "controller.listener.names=CONTROLLER",
      "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
      "inter.broker.listener.name=PLAINTEXT",
      `log.dirs=${logDir}`,
      "num.partitions=3",
      // Topics come from infra/topics.json; a typo must fail, not create a topic.
      "auto.create.topics.enable=false",
      "offsets.topic.replication.factor=1",
      "offsets.topic.num.partitions=10",
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "group.initial.rebalance.delay.ms=0",
      "log.flush.interval.ms=1000",
      "",
    ].join("\n");
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const kafka = new Kafka({
      clientId: "infra-readiness",
      brokers: [this.brokers],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      connectionTimeout: 1000,
    });
    const admin = kafka.admin();
    try {
      await waitUntil(
        `Kafka on ${this.brokers} (log: ${this.logFile})`,
        async () => {
          if (!this.process.running) throw new Error("the broker process exited");
          await admin.connect();
          const cluster = await admin.describeCluster();
          return cluster.brokers.length > 0 && cluster.controller !== null;
        },
        { timeoutMs, intervalMs: 300 },
      );
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
