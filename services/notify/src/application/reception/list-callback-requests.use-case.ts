import { type StaffPrincipal } from "@counselling/platform";
import { distinct } from "../../domain/privacy/distinct";
import { type AppointmentStateStore } from "../ports/appointment-state.port";
import { type PersonalDataAccessRecorder, type PersonalDataCipher } from "../ports/personal-data.port";
import { type ReplyStore } from "../ports/reply-store.port";
import { authorizeReceptionAt, type LocationScope } from "./reception-scope";

export interface CallbackRequest {
  replyId: string;
  phone: string;
  appointmentId: string | null;
  receivedAt: Date;
}

/**
 * Reception: clients who answered "3, call me back", newest first, with their numbers
 * opened for the caller. The read is recorded in the access log before it is answered;
 * erased requests are left out (there is nobody to call).
 */
export class ListCallbackRequests {
  constructor(
    private readonly deps: {
      replies: ReplyStore;
      appointments: Pick<AppointmentStateStore, "organisationOfLocation">;
      cipher: PersonalDataCipher;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(staff: StaffPrincipal, scope: LocationScope): Promise<CallbackRequest[]> {
    if (!(await authorizeReceptionAt(this.deps.appointments, staff, scope))) return [];
    const replies = await this.deps.replies.callbackRequestsAt(scope.locationId, scope.limit);
    const opened: Array<CallbackRequest & { clientId: string }> = [];
    for (const reply of replies) {
      const phone = await this.deps.cipher.decryptOrNull(reply.clientId, reply.sealedFrom);
      if (phone === null) continue;
      opened.push({
        replyId: reply._id,
        clientId: reply.clientId,
        phone,
        appointmentId: reply.appointmentId,
        receivedAt: reply.receivedAt,
      });
    }
    await this.deps.accessLog.record(staff, {
      action: "read",
      procedure: "reception.callbackRequests",
      purpose: "call back clients who asked for a call by SMS",
      clientIds: distinct(opened.map((request) => request.clientId)),
      recordIds: opened.map((request) => request.replyId),
      fields: ["phone"],
    });
    return opened.map(({ clientId: _clientId, ...request }) => request);
  }
}
