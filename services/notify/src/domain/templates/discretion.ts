import { type AppointmentClient } from "@counselling/contracts";

interface ServiceFlags {
  sensitive: boolean;
}

/**
 * Discreet texts for shared phones (DOMAIN.md): a sensitive service is never
 * named unless the client chose so. A discreet text names neither the service
 * nor the location, because a location's name often names the service
 * ("Psychosoziales Zentrum Halle"); it gives the street address only
 * (docs/adr/0021-discreet-sms-and-calendar-files.md).
 */
export function isDiscreet(
  service: ServiceFlags,
  client: Pick<AppointmentClient, "serviceNameInSms">,
): boolean {
  return service.sensitive && !client.serviceNameInSms;
}
