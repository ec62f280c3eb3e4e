import type { Service } from "../../domain/directory/service";

/**
 * A client who walks in is seen as soon as someone is free: the service's minimum notice
 * (meant for planning ahead) does not apply. Everything else — hours, buffers, holidays,
 * claims — still does.
 */
export function walkInRulesOf(service: Service): Service {
  return { ...service, minimumNoticeMinutes: 0 };
}
