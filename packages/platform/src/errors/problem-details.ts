import { z } from "zod";
import { isDatabaseUnreachable } from "../mongo/database-unreachable";
import { AppError, isAppError } from "./app-error";

/** RFC 9457 problem details, the body of every failed HTTP (non-tRPC) response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  reason?: string;
  detail?: string;
  details?: Record<string, unknown>;
}

/** Maps any thrown value to a problem response; unknown errors never leak their message. */
export function toProblemDetails(error: unknown): ProblemDetails {
  const appError = asAppError(error);
  const internal = appError.code === "INTERNAL";
  return {
    type: `urn:problem:${appError.code.toLowerCase()}`,
    title: internal ? "Internal error" : appError.message,
    status: appError.httpStatus,
    code: appError.code,
    ...(appError.reason ? { reason: appError.reason } : {}),
    ...(!internal && appError.details ? { details: appError.details } : {}),
  };
}

/** Normalises zod validation errors, an unreachable database and unknown throwables into AppError. */
export function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof z.ZodError) {
    return AppError.validation("Invalid input", { issues: z.flattenError(error).fieldErrors });
  }
  if (isDatabaseUnreachable(error)) {
    return new AppError("UNAVAILABLE", "The service is briefly unavailable; please try again", {
      reason: "database_unavailable",
      cause: error,
    });
  }
  return new AppError("INTERNAL", "Internal error", { cause: error });
}
