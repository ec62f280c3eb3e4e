import { createLogger } from "../logging/create-logger";
import { connectToBroker } from "./connect-broker";

const logger = createLogger({ service: "test", level: "silent" });

describe("connecting to the broker in the background", () => {
  it("retries each connection with growing pauses until it holds, in order", async () => {
    const calls: string[] = [];
    const pauses: number[] = [];
    let producerFailures = 3;
    const connected = await connectToBroker(
      [
        {
          name: "producer",
          connect: () => {
            calls.push("producer");
            return producerFailures-- > 0 ? Promise.reject(new Error("ECONNREFUSED")) : Promise.resolve();
          },
        },
        { name: "consumer", connect: () => Promise.resolve(void calls.push("consumer")) },
      ],
      { logger, stopping: () => false, sleep: (ms) => Promise.resolve(void pauses.push(ms)) },
    );
    expect(connected).toBe(true);
    expect(calls).toEqual(["producer", "producer", "producer", "producer", "consumer"]);
    expect(pauses).toEqual([1_000, 2_000, 4_000]);
  });

  it("gives up when the service stops, without connecting the rest", async () => {
    let stopping = false;
    const calls: string[] = [];
    const connected = await connectToBroker(
      [
        {
          name: "producer",
          connect: () => {
            calls.push("producer");
            stopping = true;
            return Promise.reject(new Error("ECONNREFUSED"));
          },
        },
        { name: "consumer", connect: () => Promise.resolve(void calls.push("consumer")) },
      ],
      { logger, stopping: () => stopping, sleep: () => Promise.resolve() },
    );
    expect(connected).toBe(false);
    expect(calls).toEqual(["producer"]);
  });
});
