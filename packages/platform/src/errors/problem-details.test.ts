import { type BulkWriteResult, MongoBulkWriteError, MongoNetworkError } from "mongodb";
import { z } from "zod";
import { AppError } from "./app-error";
import { asAppError, toProblemDetails } from "./problem-details";

describe("problem details", () => {
  it("maps an AppError to its status, stable code and reason", () => {
    const problem = toProblemDetails(AppError.conflict("That time is taken", { reason: "slot_taken" }));
    expect(problem).toEqual({
      type: "urn:problem:conflict",
      title: "That time is taken",
      status: 409,
      code: "CONFLICT",
      reason: "slot_taken",
    });
  });

  it("never leaks the message of an unknown error", () => {
    const problem = toProblemDetails(new Error("connection string mongodb://secret@db"));
    expect(problem).toEqual({
      type: "urn:problem:internal",
      title: "Internal error",
      status: 500,
      code: "INTERNAL",
    });
  });

  it("turns zod errors into VALIDATION_FAILED with the failing fields", () => {
    const result = z.object({ phone: z.string().min(5) }).safeParse({ phone: "1" });
    const appError = asAppError(result.error);
    expect(appError.code).toBe("VALIDATION_FAILED");
    expect(appError.details).toEqual({ issues: { phone: [expect.any(String)] } });
  });

  it("answers an unreachable database with 503 UNAVAILABLE (retry later), also inside a bulk write", () => {
    const lost = new MongoNetworkError("connection 3 to 10.0.0.7:27017 closed");
    const inBulk = new MongoBulkWriteError(lost, undefined as unknown as BulkWriteResult);
    for (const error of [lost, inBulk]) {
      expect(toProblemDetails(error)).toEqual({
        type: "urn:problem:unavailable",
        title: "The service is briefly unavailable; please try again",
        status: 503,
        code: "UNAVAILABLE",
        reason: "database_unavailable",
      });
    }
  });
});
