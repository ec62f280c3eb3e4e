import { z } from "zod";

/**
 * Settings every service shares. Each service extends this with its own and
 * reads the environment exactly once, in its `config.ts`, through `loadConfig`.
 */
export const BaseServiceConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HTTP_HOST: z.string().default("127.0.0.1"),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535),
  KAFKA_BROKERS: z.string().min(1, "KAFKA_BROKERS is required, e.g. 127.0.0.1:9092"),
  /** Prefixes every topic name; lets test suites and demos share one broker. */
  KAFKA_TOPIC_PREFIX: z.string().default(""),
  MONGO_URL: z.string().startsWith("mongodb", "MONGO_URL must be a mongodb:// URL"),
  MONGO_DB: z.string().min(1),
  /**
   * Connections per process. On FerretDB v1 (SQLite) keep replicas × pool size
   * well below 100 per database: 100 concurrent updates on one database
   * deadlock its connection pool (infra/README.md).
   */
  MONGO_MAX_POOL_SIZE: z.coerce.number().int().positive().default(20),
  /** Verifies staff tokens (HS256); at least 32 bytes. Required in production. */
  STAFF_TOKEN_SECRET: z.string().min(32, "STAFF_TOKEN_SECRET needs 32 characters at least").optional(),
  /**
   * Which proxies to believe about the client's IP (X-Forwarded-For), for rate limits
   * and logs: "false" (none: the socket's address), a hop count ("1": the reverse proxy
   * in front), or addresses/subnets ("loopback", "10.0.0.0/8"). Express's `trust proxy`.
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value): boolean | number | string =>
      value === "false" ? false : value === "true" ? true : /^\d+$/.test(value) ? Number(value) : value,
    ),
  /**
   * Master key (base64, 32 bytes) wrapping every client's data key (PersonalDataVault).
   * Required in production; keep it outside the database and its backups.
   */
  PERSONAL_DATA_MASTER_KEY: z
    .string()
    .refine(
      (value) => Buffer.from(value, "base64").length === 32,
      "PERSONAL_DATA_MASTER_KEY must be 32 bytes, base64",
    )
    .optional(),
  /** Database holding the clients' wrapped data keys: apart from the data they protect. */
  PERSONAL_DATA_KEY_DB: z.string().min(1).default("personal_data_keys"),
  /** Calls of public procedures per client IP and minute, per replica. */
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().positive().default(120),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(250),
  /** Consumer group session timeout: how long a crashed replica's partitions wait before others take them. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
  /**
   * How long consumers remember applied event ids. Longer than the topics' retention
   * (14 days, infra/topics.json): only Kafka redelivers, and it keeps nothing older.
   */
  PROCESSED_EVENTS_RETENTION_DAYS: z.coerce.number().int().min(15).default(30),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * How long this process's database client may fail while a new connection gets through
   * before the process exits to be restarted (DatabaseWatchdog, ADR 0048); 0 turns it off.
   */
  DATABASE_WATCHDOG_MS: z.coerce.number().int().nonnegative().default(30_000),
});

export type BaseServiceConfig = z.infer<typeof BaseServiceConfigSchema>;

/** Only for development and tests: production must set its own secret (checked by staffTokenSecretOf). */
const DEVELOPMENT_STAFF_TOKEN_SECRET = "development-only-staff-token-secret-not-for-production";

export function staffTokenSecretOf(config: BaseServiceConfig): string {
  if (config.STAFF_TOKEN_SECRET) return config.STAFF_TOKEN_SECRET;
  if (config.NODE_ENV === "production") throw new ConfigError(["STAFF_TOKEN_SECRET: required in production"]);
  return DEVELOPMENT_STAFF_TOKEN_SECRET;
}

/** Only for development and tests, like the staff token secret: production must set its own key. */
const DEVELOPMENT_MASTER_KEY = Buffer.alloc(32, "development-only-personal-data-k");

export function personalDataMasterKeyOf(config: BaseServiceConfig): Buffer {
  if (config.PERSONAL_DATA_MASTER_KEY) return Buffer.from(config.PERSONAL_DATA_MASTER_KEY, "base64");
  if (config.NODE_ENV === "production") {
    throw new ConfigError(["PERSONAL_DATA_MASTER_KEY: required in production"]);
  }
  return DEVELOPMENT_MASTER_KEY;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment (or a given source) once; fails with every problem listed. */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}
