import { AppError, isAppError } from "@counselling/platform";
import type { BookableResource, TimeInterval } from "../../domain/claims/bookable-resource";
import type { Interpreter } from "../../domain/directory/interpreter";
import type { Room } from "../../domain/directory/room";
import type { ResourceClaims } from "../ports/resource-claims.port";

export interface ResourceChoice {
  counsellorId: string;
  /** Rooms to try in order; empty for phone and video appointments. */
  rooms: Room[];
  /** Interpreters to try in order; empty when none is needed. */
  interpreters: Interpreter[];
}

export interface ClaimedResources {
  resources: BookableResource[];
  room: Room | null;
  interpreter: Interpreter | null;
  /** Set for a seat in a group session: the session owns the claims. */
  groupSessionId?: string;
}

/**
 * Claims the counsellor with the first free room and the first free
 * interpreter, all at once. A taken room or interpreter means "try the next";
 * a taken counsellor means the slot is gone. The database decides every time.
 */
export async function claimResources(
  claims: ResourceClaims,
  owner: string,
  choice: ResourceChoice,
  interval: TimeInterval,
): Promise<ClaimedResources> {
  const rooms: Array<Room | null> = choice.rooms.length > 0 ? choice.rooms : [null];
  const interpreters: Array<Interpreter | null> =
    choice.interpreters.length > 0 ? choice.interpreters : [null];
  let lastReason = "slot_taken";
  for (const room of rooms) {
    for (const interpreter of interpreters) {
      const resources: BookableResource[] = [
        { kind: "counsellor", id: choice.counsellorId },
        ...(room ? [{ kind: "room" as const, id: room.id }] : []),
        ...(interpreter ? [{ kind: "interpreter" as const, id: interpreter.id }] : []),
      ];
      try {
        await claims.claim(owner, resources, interval);
        return { resources, room, interpreter };
      } catch (error) {
        if (!isAppError(error) || error.code !== "CONFLICT") throw error;
        if (error.reason === "counsellor_taken") {
          throw AppError.conflict("This time has just been booked by someone else", { reason: "slot_taken" });
        }
        lastReason = error.reason ?? lastReason;
        if (error.reason === "room_taken") break; // next room
      }
    }
  }
  const what = lastReason === "interpreter_taken" ? "No interpreter is free" : "No room is free";
  throw AppError.conflict(`${what} at this time`, {
    reason: lastReason === "interpreter_taken" ? "no_interpreter_free" : "no_room_free",
  });
}
