import { type TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { z } from "zod";
import { AppError, type ErrorCode, ErrorCodes } from "../errors/app-error";
import { asAppError } from "../errors/problem-details";

/**
 * The one mapping from AppError to tRPC, used by every service's tRPC instance:
 *
 *   const t = initTRPC.context<Ctx>().create({ errorFormatter: formatTrpcError });
 *   const procedure = t.procedure.use(t.middleware(async ({ next }) => rethrowAsTrpcError(await next())));
 *
 * Clients get `data.appCode` (stable) and `data.reason`; internal errors get a
 * generic message and no stack.
 */
export function formatTrpcError({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const cause = error.cause;
  const appError =
    cause instanceof AppError ? cause : cause instanceof z.ZodError ? asAppError(cause) : undefined;
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  return {
    message: internal ? "Internal error" : shape.message,
    code: shape.code,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      appCode: appError?.code ?? appCodeOfTrpcCode(error.code),
      reason: appError?.reason ?? null,
      details: internal ? null : (appError?.details ?? null),
    },
  };
}

/** Turns an AppError thrown by a procedure into the TRPCError with the matching HTTP status. */
export function rethrowAsTrpcError<R extends { ok: boolean; error?: TRPCError }>(result: R): R {
  const cause = result.error?.cause;
  // Only errors tRPC wrapped as INTERNAL (our AppErrors, unknown throwables) are remapped;
  // a TRPCError a procedure threw on purpose keeps its code.
  if (!result.ok && cause && (cause instanceof AppError || result.error?.code === "INTERNAL_SERVER_ERROR")) {
    const appError = asAppError(cause);
    throw new TRPCError({ code: ErrorCodes[appError.code].trpc, message: appError.message, cause: appError });
  }
  return result;
}

function appCodeOfTrpcCode(code: TRPCError["code"]): ErrorCode {
  const match = (Object.keys(ErrorCodes) as ErrorCode[]).find((key) => ErrorCodes[key].trpc === code);
  return match ?? "INTERNAL";
}
