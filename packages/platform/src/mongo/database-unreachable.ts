import {
  MongoBulkWriteError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
} from "mongodb";

/**
 * Whether a driver error says the database could not be reached (a restart, a lost
 * connection, a timeout): the request may be retried, so clients get 503, not 500.
 * A bulk write that failed that way wraps the network error (`errorResponse`).
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const cause =
    error instanceof MongoBulkWriteError && error.errorResponse instanceof Error
      ? error.errorResponse
      : error;
  return (
    cause instanceof MongoNetworkError ||
    cause instanceof MongoServerSelectionError ||
    cause instanceof MongoNotConnectedError
  );
}
