import {
  ChannelSchema,
  isSensitiveByDefault,
  LanguageSchema,
  ServiceKindSchema,
} from "@counselling/contracts";
import { z } from "zod";
import { LocationIdSchema, OrganisationIdSchema, ServiceIdSchema } from "./directory-id";
import { MultilingualTextSchema } from "./multilingual-text";
import { ServiceTimingSchema } from "./service-timing";
import { uniqueListOf } from "./unique-list";

/** Null: one client at a time. A number: a group session with that many seats. */
export const GroupCapacitySchema = z
  .number()
  .int("A group capacity is a whole number of people")
  .min(2, "A group has at least 2 seats; use null for one-to-one sessions")
  .max(100, "A group has at most 100 seats")
  .nullable();

/**
 * What a client can book (HSDS "service"): one kind of the catalogue, offered by one
 * organisation at some of its locations, in some languages and channels.
 */
export const ServiceSchema = z
  .object({
    id: ServiceIdSchema,
    organisationId: OrganisationIdSchema,
    kind: ServiceKindSchema,
    locationIds: uniqueListOf(LocationIdSchema, "Locations").min(
      1,
      "A service runs at one location at least",
    ),
    name: MultilingualTextSchema,
    description: MultilingualTextSchema.describe("Plain language, short sentences (B1)."),
    languages: uniqueListOf(LanguageSchema, "Languages").min(
      1,
      "A service is offered in one language at least",
    ),
    channels: uniqueListOf(ChannelSchema, "Channels").min(1, "A service is offered in one channel at least"),
    ...ServiceTimingSchema.shape,
    /** Omitted in input: then the kind decides (therapy, asylum and return are sensitive). */
    sensitive: z.boolean().optional(),
    groupCapacity: GroupCapacitySchema.default(null),
    /**
     * Referrals to this service that are not accepted within this many working days (of
     * the location's federal state) expire, so the referrer can try elsewhere.
     */
    referralAcceptWithinWorkingDays: z
      .number()
      .int("The referral deadline is a whole number of working days")
      .min(1, "The referral deadline is 1 working day at least")
      .max(60, "The referral deadline is 60 working days at most")
      .default(10),
  })
  .transform(({ sensitive, ...service }) => ({
    ...service,
    sensitive: sensitive ?? isSensitiveByDefault(service.kind),
  }));

/** A service as stored and used: `sensitive` always decided. */
export type Service = z.output<typeof ServiceSchema>;
/** A service as written by hand (seed, admin form): `sensitive` and `groupCapacity` may be left out. */
export type ServiceInput = z.input<typeof ServiceSchema>;
