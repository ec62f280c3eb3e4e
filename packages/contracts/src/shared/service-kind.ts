import { z } from "zod";

/**
 * The kinds of service in the network (seed/service-catalog.de.txt). Codes are stable
 * English identifiers; labels are for people and may be reworded without a new version.
 */
export const ServiceKindSchema = z.enum([
  "adult_migration_counselling",
  "youth_migration_service",
  "respect_coaches",
  "asylum_procedure_counselling",
  "refugee_counselling",
  "family_reunification_counselling",
  "social_care_shared_accommodation",
  "voluntary_return_counselling",
  "psychosocial_centre",
  "integration_offers",
  "volunteer_engagement",
  "intercultural_opening",
]);

export type ServiceKind = z.infer<typeof ServiceKindSchema>;

interface ServiceKindInfo {
  /** The wording of the catalogue. */
  readonly labelDe: string;
  readonly labelEn: string;
  /**
   * Naming the service in an SMS could expose the client on a shared phone (therapy,
   * asylum, return). New services of these kinds start as sensitive; a service may
   * change its own flag, and events carry the service's actual flag.
   */
  readonly sensitiveByDefault: boolean;
}

export const serviceKindInfo = {
  adult_migration_counselling: {
    labelDe: "Migrationsberatung für erwachsene Zugewanderte (MBE)",
    labelEn: "Migration counselling for adults (MBE)",
    sensitiveByDefault: false,
  },
  youth_migration_service: {
    labelDe: "Migrationsberatung für Kinder und Jugendliche (JMD)",
    labelEn: "Youth migration service (JMD)",
    sensitiveByDefault: false,
  },
  respect_coaches: {
    labelDe:
      "Gruppenangebote gegen jede Form von Extremismus, Rassismus und gruppenbezogene Menschenfeindlichkeit an Schulen (JMD Respekt Coaches)",
    labelEn: "Group sessions against extremism and racism at schools (JMD Respekt Coaches)",
    sensitiveByDefault: false,
  },
  asylum_procedure_counselling: {
    labelDe: "Asylverfahrensberatung",
    labelEn: "Asylum procedure counselling",
    sensitiveByDefault: true,
  },
  refugee_counselling: {
    labelDe: "Beratung für Geflüchtete",
    labelEn: "Counselling for refugees",
    sensitiveByDefault: false,
  },
  family_reunification_counselling: {
    labelDe: "Beratung zum Familiennachzug zu anerkannten Flüchtlingen",
    labelEn: "Family reunification counselling",
    sensitiveByDefault: false,
  },
  social_care_shared_accommodation: {
    labelDe: "Sozialbetreuung in Gemeinschaftsunterkünften",
    labelEn: "Social care in shared accommodation",
    sensitiveByDefault: false,
  },
  voluntary_return_counselling: {
    labelDe: "Beratung zur freiwilligen Rückkehr",
    labelEn: "Voluntary return counselling",
    sensitiveByDefault: true,
  },
  psychosocial_centre: {
    labelDe: "psychologische Beratung und Therapie (PSZ)",
    labelEn: "Psychological counselling and therapy (psychosocial centre, PSZ)",
    sensitiveByDefault: true,
  },
  integration_offers: {
    labelDe: "Angebote zur Integration",
    labelEn: "Integration offers",
    sensitiveByDefault: false,
  },
  volunteer_engagement: {
    labelDe: "ehrenamtliches Engagement in der Geflüchtetenhilfe",
    labelEn: "Volunteering in refugee support",
    sensitiveByDefault: false,
  },
  intercultural_opening: {
    labelDe: "Angebote zur interkulturellen Öffnung und Diversitätsorientierung",
    labelEn: "Intercultural opening and diversity",
    sensitiveByDefault: false,
  },
} as const satisfies Record<ServiceKind, ServiceKindInfo>;

export function isSensitiveByDefault(kind: ServiceKind): boolean {
  return serviceKindInfo[kind].sensitiveByDefault;
}

export const sensitiveByDefaultServiceKinds: readonly ServiceKind[] =
  ServiceKindSchema.options.filter(isSensitiveByDefault);
