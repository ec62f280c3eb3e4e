import pino, { type DestinationStream, type Logger } from "pino";
import { activeTraceIds } from "../tracing/trace-carrier";

export type { Logger } from "pino";

/**
 * Personal data never reaches the logs: these keys are censored wherever they
 * appear (top level and nested in common objects). Log ids, not people.
 */
const PERSONAL_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "fullName",
  "displayName",
  "phone",
  "phoneNumber",
  "email",
  "address",
  "dateOfBirth",
  "notes",
  "healthNotes",
  "residenceStatus",
  "token",
  "manageToken",
  "authorization",
  "password",
  "body",
];

const REDACT_PATHS = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((field) => `*.${field}`),
  ...PERSONAL_FIELDS.map((field) => `*.*.${field}`),
  'req.headers["authorization"]',
  'req.headers["cookie"]',
];

export function createLogger(
  options: { service: string; level: string },
  destination?: DestinationStream,
): Logger {
  const settings = {
    // No pino `name`: "name" is a redacted personal-data key; `base.service` names the logger.
    level: options.level,
    base: { service: options.service },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // trace_id/span_id of the request or event being handled: one booking's lines across services.
    mixin: () => activeTraceIds() ?? {},
  };
  return destination ? pino(settings, destination) : pino(settings);
}
