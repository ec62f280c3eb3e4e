import { type StaffPrincipal } from "@counselling/platform";
import { distinct } from "../../domain/privacy/distinct";
import { type AppointmentStateStore } from "../ports/appointment-state.port";
import { type MessageRecord } from "../ports/message-record";
import { type MessageStore } from "../ports/message-store.port";
import { type PersonalDataAccessRecorder, type PersonalDataCipher } from "../ports/personal-data.port";
import { authorizeReceptionAt, type LocationScope } from "./reception-scope";

export interface FailedDelivery {
  messageId: string;
  template: MessageRecord["template"];
  appointmentId: string | null;
  phone: string;
  status: MessageRecord["deliveryStatus"];
  errorCode: string | null;
  at: Date;
}

/**
 * Reception: texts that could not be delivered, so someone calls the client instead; the
 * numbers are opened for the caller, and the read is recorded before it is answered.
 * Erased ones are left out.
 */
export class ListFailedDeliveries {
  constructor(
    private readonly deps: {
      messages: MessageStore;
      appointments: Pick<AppointmentStateStore, "organisationOfLocation">;
      cipher: PersonalDataCipher;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(staff: StaffPrincipal, scope: LocationScope): Promise<FailedDelivery[]> {
    if (!(await authorizeReceptionAt(this.deps.appointments, staff, scope))) return [];
    const failed = await this.deps.messages.failedAt(scope.locationId, scope.limit);
    const opened: Array<FailedDelivery & { clientId: string }> = [];
    for (const message of failed) {
      const phone = await this.deps.cipher.decryptOrNull(message.clientId, message.sealedTo);
      if (phone === null) continue;
      opened.push({
        messageId: message._id,
        clientId: message.clientId,
        template: message.template,
        appointmentId: message.appointmentId,
        phone,
        status: message.deliveryStatus,
        errorCode: message.errorCode,
        at: message.updatedAt,
      });
    }
    await this.deps.accessLog.record(staff, {
      action: "read",
      procedure: "reception.failedDeliveries",
      purpose: "call clients whose text message could not be delivered",
      clientIds: distinct(opened.map((delivery) => delivery.clientId)),
      recordIds: opened.map((delivery) => delivery.messageId),
      fields: ["phone"],
    });
    return opened.map(({ clientId: _clientId, ...delivery }) => delivery);
  }
}
