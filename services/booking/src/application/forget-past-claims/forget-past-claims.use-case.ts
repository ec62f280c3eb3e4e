import type { Logger } from "@counselling/platform";
import type { ResourceClaims } from "../ports/resource-claims.port";

const DAY_MS = 24 * 60 * 60_000;

export interface ForgetPastClaimsDependencies {
  claims: ResourceClaims;
  clock: () => Date;
  logger: Logger;
}

/**
 * Claims exist to refuse overlapping bookings, and time that is over can't be booked any
 * more: its claims are only weight. Every availability query and every sweep reads claims,
 * and on FerretDB v1 a query by anything but `_id` reads the whole collection (ADR 0049),
 * so without this they would slow down with every appointment ever made. A unit is
 * forgotten a day after it began; appointments keep their own claimed interval.
 */
export class ForgetPastClaims {
  constructor(private readonly deps: ForgetPastClaimsDependencies) {}

  async execute(): Promise<number> {
    const forgotten = await this.deps.claims.forgetUnitsBefore(
      new Date(this.deps.clock().getTime() - DAY_MS),
    );
    if (forgotten > 0) this.deps.logger.info({ forgotten }, "forgot claims of past time");
    return forgotten;
  }
}
