import { logLevel } from "kafkajs";
import { levelOfKafkajsLog } from "./create-kafka";

describe("kafkajs log levels in our logs", () => {
  it("keeps real errors as errors", () => {
    expect(levelOfKafkajsLog(logLevel.ERROR, { message: "Crash: KafkaJSNumberOfRetriesExceeded" })).toBe(
      "error",
    );
    expect(levelOfKafkajsLog(logLevel.ERROR, { message: "Error when calling eachMessage" })).toBe("error");
  });

  it("turns a broker's passing trouble into warnings", () => {
    expect(
      levelOfKafkajsLog(logLevel.ERROR, {
        message: "Response GroupCoordinator(key: 10, version: 2)",
        error: "The group coordinator is not available",
      }),
    ).toBe("warn");
    expect(
      levelOfKafkajsLog(logLevel.ERROR, { message: "Connection error: connect ECONNREFUSED 127.0.0.1:9092" }),
    ).toBe("warn");
    expect(
      levelOfKafkajsLog(logLevel.ERROR, {
        message: "Failed to connect to seed broker, trying another broker from the list: Connection error",
      }),
    ).toBe("warn");
  });

  it("keeps warnings and sends the rest to debug", () => {
    expect(levelOfKafkajsLog(logLevel.WARN, { message: "The group is rebalancing, re-joining" })).toBe(
      "warn",
    );
    expect(levelOfKafkajsLog(logLevel.INFO, { message: "Consumer has joined the group" })).toBe("debug");
  });
});
