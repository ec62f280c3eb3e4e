import { BaseServiceConfigSchema, ConfigError, loadConfig } from "./env";

describe("loadConfig", () => {
  const valid = {
    HTTP_PORT: "4001",
    KAFKA_BROKERS: "127.0.0.1:9092",
    MONGO_URL: "mongodb://127.0.0.1/",
    MONGO_DB: "x",
  };

  it("parses and coerces, with defaults", () => {
    const config = loadConfig(BaseServiceConfigSchema, valid);
    expect(config).toMatchObject({
      HTTP_PORT: 4001,
      LOG_LEVEL: "info",
      KAFKA_TOPIC_PREFIX: "",
      OUTBOX_POLL_MS: 250,
    });
  });

  it("lists every problem at once", () => {
    const attempt = () =>
      loadConfig(BaseServiceConfigSchema, { HTTP_PORT: "not-a-port", MONGO_URL: "postgres://x" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const issues = (error as ConfigError).issues.join("\n");
      expect(issues).toMatch(/HTTP_PORT/);
      expect(issues).toMatch(/KAFKA_BROKERS/);
      expect(issues).toMatch(/MONGO_URL must be a mongodb/);
      expect(issues).toMatch(/MONGO_DB/);
    }
  });
});
