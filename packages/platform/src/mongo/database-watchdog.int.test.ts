import { startTcpProxy, testInfra } from "@counselling/testkit";
import { MongoClient } from "mongodb";
import pino from "pino";
import { DatabaseWatchdog, probeMongo } from "./database-watchdog";

/**
 * The process's client reaches the real database through a proxy that then drops every
 * connection, a stand-in for a driver that stays broken after a restart (ADR 0048); the
 * probe opens a new client to the database itself.
 */
describe("the database watchdog, real database", () => {
  it("asks for a restart when only the own client fails, and not while the database is gone", async () => {
    const database = new URL(testInfra().mongoUrl);
    const proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port) });
    const own = await new MongoClient(`mongodb://127.0.0.1:${String(proxy.port)}/`, {
      directConnection: true,
      serverSelectionTimeoutMS: 1_000,
      socketTimeoutMS: 1_000,
    }).connect();
    // A port nobody listens on any more: the database as a new connection would find it when down.
    const gone = await startTcpProxy({ host: database.hostname, port: Number(database.port) });
    await gone.close();
    const deadPort = gone.port;
    let wedged = 0;
    const watchdogProbing = (probeUrl: string) =>
      new DatabaseWatchdog({
        ping: async () => {
          await own.db("admin").command({ ping: 1 });
        },
        probe: () => probeMongo(probeUrl, 1_000),
        onWedged: () => wedged++,
        logger: pino({ level: "silent" }),
        wedgedAfterMs: 0,
      });
    try {
      expect(await watchdogProbing(testInfra().mongoUrl).check()).toBe("ok");

      proxy.cutFromNowOn();
      expect(await watchdogProbing(`mongodb://127.0.0.1:${String(deadPort)}/`).check()).toBe("database_down");
      expect(wedged).toBe(0);
      expect(await watchdogProbing(testInfra().mongoUrl).check()).toBe("client_wedged");
      expect(wedged).toBe(1);
    } finally {
      await own.close(true);
      await proxy.close();
    }
  });
});
