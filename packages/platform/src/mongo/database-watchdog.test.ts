import pino from "pino";
import { DatabaseWatchdog } from "./database-watchdog";

describe("the database watchdog", () => {
  let now = 0;
  let pingWorks = true;
  let probeWorks = true;
  let wedged = 0;
  const watchdog = () =>
    new DatabaseWatchdog({
      ping: () => (pingWorks ? Promise.resolve() : Promise.reject(new Error("connection 8 closed"))),
      probe: () => (probeWorks ? Promise.resolve() : Promise.reject(new Error("ECONNREFUSED"))),
      onWedged: () => wedged++,
      logger: pino({ level: "silent" }),
      wedgedAfterMs: 30_000,
      clock: () => now,
    });

  beforeEach(() => {
    now = 0;
    pingWorks = true;
    probeWorks = true;
    wedged = 0;
  });

  it("lets a client fail for a while without asking for anything", async () => {
    const dog = watchdog();
    pingWorks = false;
    expect(await dog.check()).toBe("failing");
    now = 29_999;
    expect(await dog.check()).toBe("failing");
    expect(wedged).toBe(0);
  });

  it("waits out a database that a new connection can't reach either", async () => {
    const dog = watchdog();
    pingWorks = false;
    probeWorks = false;
    await dog.check();
    now = 120_000;
    expect(await dog.check()).toBe("database_down");
    expect(wedged).toBe(0);
  });

  it("asks for a restart once, when the database is back but the own client still fails", async () => {
    const dog = watchdog();
    pingWorks = false;
    await dog.check();
    now = 30_000;
    expect(await dog.check()).toBe("client_wedged");
    now = 35_000;
    expect(await dog.check()).toBe("client_wedged");
    expect(wedged).toBe(1);
  });

  it("starts counting again after a success", async () => {
    const dog = watchdog();
    pingWorks = false;
    await dog.check();
    now = 25_000;
    pingWorks = true;
    expect(await dog.check()).toBe("ok");
    pingWorks = false;
    now = 40_000;
    expect(await dog.check()).toBe("failing");
    now = 69_999;
    expect(await dog.check()).toBe("failing");
    expect(wedged).toBe(0);
  });
});
