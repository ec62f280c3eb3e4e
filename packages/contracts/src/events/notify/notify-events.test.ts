import { SmsDeliveryStatusChangedV1 } from "./sms-delivery-status-changed.v1";
import { SmsReplyReceivedV1 } from "./sms-reply-received.v1";

describe("sms.delivery_status_changed v1", () => {
  const delivered = {
    messageId: "sms-0001",
    providerMessageId: "SM0123456789abcdef0123456789abcdef",
    appointmentId: "appointment-0001",
    purpose: "reminder",
    status: "delivered",
    errorCode: null,
    at: "2026-03-29T08:00:05Z",
  };

  it("accepts a delivery report and a failure with the provider's code", () => {
    expect(SmsDeliveryStatusChangedV1.data.safeParse(delivered).success).toBe(true);
    const failed = { ...delivered, status: "undelivered", errorCode: "30003", appointmentId: null };
    expect(SmsDeliveryStatusChangedV1.data.safeParse(failed).success).toBe(true);
  });

  it("rejects statuses it does not know", () => {
    expect(SmsDeliveryStatusChangedV1.data.safeParse({ ...delivered, status: "read" }).success).toBe(false);
  });
});

describe("sms.reply_received v1", () => {
  const reply = {
    messageId: "sms-in-0001",
    inReplyToMessageId: "sms-0001",
    appointmentId: "appointment-0001",
    intent: "cancel",
    receivedAt: "2026-03-29T08:03:00Z",
    language: "fa",
  };

  it("accepts a reply with its intent and language", () => {
    expect(SmsReplyReceivedV1.data.parse(reply).intent).toBe("cancel");
  });

  it("rejects a reply without an appointment or with an unknown intent", () => {
    const { appointmentId: _dropped, ...withoutAppointment } = reply;
    expect(SmsReplyReceivedV1.data.safeParse(withoutAppointment).success).toBe(false);
    expect(SmsReplyReceivedV1.data.safeParse({ ...reply, intent: "2" }).success).toBe(false);
  });
});
