import fs from "node:fs";
import path from "node:path";
import { MongoClient } from "mongodb";
import { ferretdbBinary } from "../infra-paths";
import { SupervisedProcess } from "../process/supervised-process";
import { waitUntil } from "../process/wait-until";

export interface FerretdbNodeOptions {
  dataDir: string;
  port: number;
}

/** FerretDB v1 with its SQLite backend: a real MongoDB-wire database, on 127.0.0.1. */
export class FerretdbNode {
  private readonly process: SupervisedProcess;

  constructor(private readonly options: FerretdbNodeOptions) {
    const sqliteDir = path.join(options.dataDir, "sqlite");
    fs.mkdirSync(sqliteDir, { recursive: true });
    this.process = new SupervisedProcess(
      "ferretdb",
      ferretdbBinary(),
      [
        "--handler=sqlite",
        `--sqlite-url=file:${sqliteDir}/`,
        `--listen-addr=127.0.0.1:${options.port}`,
        `--state-dir=${options.dataDir}`,
        // No internet here, and no second fixed port that parallel runs fight over.
        "--telemetry=disable",
        "--debug-addr=-",
        "--log-level=warn",
      ],
      path.join(options.dataDir, "ferretdb.log"),
    );
  }

  get url(): string {
    return `mongodb://127.0.0.1:${this.options.port}/`;
  }

  async start({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
    this.process.start();
    const client = new MongoClient(this.url, { serverSelectionTimeoutMS: 1000, directConnection: true });
    try {
      await waitUntil(
        `FerretDB on ${this.url} (log: ${this.process.logFile})`,
        async () => {
          if (!this.process.running) throw new Error("the ferretdb process exited");
          await client.connect();
          const reply = await client.db("admin").command({ ping: 1 });
          return reply.ok === 1;
        },
        { timeoutMs, intervalMs: 200 },
      );
    } finally {
      await client.close().catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  async kill(): Promise<void> {
    await this.process.kill();
  }
}
