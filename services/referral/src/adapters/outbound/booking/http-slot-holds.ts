import type { SlotHold, SlotHoldRequest, SlotHolds } from "../../../application/ports/slot-holds.port";

/**
 * TODO(issue 4, warm handover): call booking's hold procedures over HTTP (tRPC) once
 * they exist; booking owns availability, so a hold is its atomic conditional write, not
 * ours. Until then this adapter refuses, and nothing wires it in.
 */
export class HttpSlotHolds implements SlotHolds {
  constructor(private readonly bookingBaseUrl: string) {}

  requestHold(_request: SlotHoldRequest): Promise<SlotHold> {
    return Promise.reject(new Error(`slot holds at ${this.bookingBaseUrl} are not available yet`));
  }

  releaseHold(_holdId: string): Promise<void> {
    return Promise.reject(new Error(`slot holds at ${this.bookingBaseUrl} are not available yet`));
  }
}
