/**
 * The one error base of the system. `code` is stable and part of the API:
 * clients (and tests) switch on it. `message` is safe to show to users;
 * anything internal goes into `cause`, which is logged but never sent out.
 */
export const ErrorCodes = {
  VALIDATION_FAILED: { http: 400, trpc: "BAD_REQUEST", retryable: false },
  UNAUTHENTICATED: { http: 401, trpc: "UNAUTHORIZED", retryable: false },
  FORBIDDEN: { http: 403, trpc: "FORBIDDEN", retryable: false },
  NOT_FOUND: { http: 404, trpc: "NOT_FOUND", retryable: false },
  CONFLICT: { http: 409, trpc: "CONFLICT", retryable: false },
  PRECONDITION_FAILED: { http: 412, trpc: "PRECONDITION_FAILED", retryable: false },
  GONE: { http: 410, trpc: "NOT_FOUND", retryable: false },
  UNPROCESSABLE: { http: 422, trpc: "UNPROCESSABLE_CONTENT", retryable: false },
  RATE_LIMITED: { http: 429, trpc: "TOO_MANY_REQUESTS", retryable: true },
  UNAVAILABLE: { http: 503, trpc: "SERVICE_UNAVAILABLE", retryable: true },
  INTERNAL: { http: 500, trpc: "INTERNAL_SERVER_ERROR", retryable: true },
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface AppErrorOptions {
  /** A finer, stable reason within the code, e.g. "slot_taken", "phone_invalid". */
  reason?: string;
  /** Safe, structured details for the client (field names, conflicting resource). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.reason = options.reason;
    this.details = options.details;
  }

  get httpStatus(): number {
    return ErrorCodes[this.code].http;
  }

  /** Whether doing the same thing again later may succeed (consumers retry these). */
  get retryable(): boolean {
    return ErrorCodes[this.code].retryable;
  }

  static validation(message: string, details?: Record<string, unknown>): AppError {
    return new AppError("VALIDATION_FAILED", message, { details });
  }

  static notFound(what: string, id: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found`, { details: { id } });
  }

  static conflict(message: string, options: AppErrorOptions = {}): AppError {
    return new AppError("CONFLICT", message, options);
  }

  static forbidden(message = "Not allowed"): AppError {
    return new AppError("FORBIDDEN", message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
