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
