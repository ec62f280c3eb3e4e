import mongoose, { type Connection } from "mongoose";
import type { Logger } from "pino";

/**
 * One mongoose connection per service database. Index builds happen when each
 * model is first compiled (`autoIndex`); call `await model.init()` before
 * relying on a unique index. The options keep to what both MongoDB 7 and
 * FerretDB v1 support (no transactions, no change streams).
 */
export async function connectMongo(options: {
  url: string;
  dbName: string;
  logger: Logger;
  maxPoolSize?: number;
}): Promise<Connection> {
  const connection = mongoose.createConnection(options.url, {
    dbName: options.dbName,
    serverSelectionTimeoutMS: 5_000,
    maxPoolSize: options.maxPoolSize ?? 20,
    autoIndex: true,
    // After a database restart the chaos test saw a replica whose operations never
    // returned and whose server monitor never updated again (ADR 0042): no operation may
    // wait forever on a dead socket, and the monitor polls instead of streaming (FerretDB
    // v1's awaitable hello is not what the streaming monitor expects).
    socketTimeoutMS: 30_000,
    connectTimeoutMS: 5_000,
    serverMonitoringMode: "poll",
    heartbeatFrequencyMS: 2_000,
  });
  connection.on("disconnected", () => options.logger.warn("database disconnected"));
  connection.on("reconnected", () => options.logger.info("database reconnected"));
  await connection.asPromise();
  return connection;
}

/** Readiness probe: a round trip to the database. */
export async function pingMongo(connection: Connection): Promise<void> {
  const db = connection.db;
  if (!db) throw new Error("database not connected");
  await db.command({ ping: 1 });
}
