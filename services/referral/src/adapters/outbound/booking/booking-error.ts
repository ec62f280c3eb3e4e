import { AppError, type ErrorCode, ErrorCodes } from "@counselling/platform";

/** The stable reasons of the warm handover's failures (part of referral's API). */
export const BookingErrorReasons = {
  holdExpired: "hold_expired",
  slotTaken: "slot_taken",
  bookingUnavailable: "booking_unavailable",
} as const;

export function bookingUnavailable(cause: unknown): AppError {
  return new AppError("UNAVAILABLE", "The booking service cannot be reached; please try again", {
    reason: BookingErrorReasons.bookingUnavailable,
    cause,
  });
}

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ErrorCodes, code);

/**
 * Booking's refusal as referral's own AppError. Booking's messages are written for staff
 * and its reasons are stable, so both are kept. Not refusals but failures: booking's 5xx,
 * and its 401 (referral verified the same token, so the two disagree on the secret: a
 * deployment fault, not the user's) — both `booking_unavailable`.
 */
export function bookingErrorOf(
  httpStatus: number,
  error: { message: string; data: { appCode: string; reason?: string | null } },
): AppError {
  const { appCode, reason } = error.data;
  if (httpStatus >= 500 || !isErrorCode(appCode) || ["UNAUTHENTICATED", "INTERNAL"].includes(appCode)) {
    return bookingUnavailable(new Error(`booking answered ${httpStatus} ${appCode}`));
  }
  if (appCode === "GONE" && reason === BookingErrorReasons.holdExpired) {
    return new AppError("GONE", "The held slot has expired; please choose a time again", {
      reason: BookingErrorReasons.holdExpired,
    });
  }
  if (appCode === "CONFLICT" && reason === BookingErrorReasons.slotTaken) {
    return new AppError("CONFLICT", "This time has just been taken; please choose another", {
      reason: BookingErrorReasons.slotTaken,
    });
  }
  return new AppError(appCode, error.message, { reason: reason ?? `booking_${appCode.toLowerCase()}` });
}
