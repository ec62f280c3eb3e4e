import {
  aNewMessage,
  sealedMessage,
  sendSmsOnceWith,
  useNotifyDatabase,
} from "../../../testing/notify-test-kit";
import { TwilioMessagesStandIn } from "../../../testing/twilio-messages-stand-in";
import { TwilioSmsSender } from "./twilio-sms.sender";

const accountSid = `AC${"1".repeat(32)}`;
const authToken = "stand-in-auth-token";
const messagingServiceSid = `MG${"2".repeat(32)}`;

describe("Twilio sender with the real SDK against a local stand-in of the Messages API", () => {
  const db = useNotifyDatabase("notify-twilio");
  const standIn = new TwilioMessagesStandIn(accountSid, authToken, 1_500);
  let sender: TwilioSmsSender;

  beforeAll(async () => {
    const apiBaseUrl = await standIn.start();
    sender = new TwilioSmsSender({
      accountSid,
      authToken,
      messagingServiceSid,
      statusCallbackUrl: "https://notify.example.org/webhooks/twilio/status",
      timeoutMs: 400,
      apiBaseUrl,
    });
  });
  afterAll(() => standIn.stop());

  it("sends with Basic auth, To, Body, MessagingServiceSid and a status callback naming our message", async () => {
    const { sendSms, messages } = sendSmsOnceWith(db(), sender);
    const message = aNewMessage({ to: "+4915100000001" });
    await expect(sendSms.execute(message)).resolves.toBe("sent");

    const [accepted] = standIn.acceptedTo("+4915100000001");
    expect(accepted).toMatchObject({ body: message.body, messagingServiceSid, from: null });
    const callback = new URL(accepted!.statusCallback!);
    expect(callback.origin + callback.pathname).toBe("https://notify.example.org/webhooks/twilio/status");
    expect(callback.searchParams.get("messageId")).toBe(message._id);
    expect(standIn.requests.at(-1)?.authorization).toBe(
      `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
    );
    expect(await messages.get(message._id)).toMatchObject({
      state: "sent",
      sending: 0,
      providerMessageId: accepted!.sid,
      deliveryStatus: "queued",
      encoding: "GSM-7",
      segments: 1,
      providerCalls: 1,
    });
  });

  it("retries 500, 429 and a timeout and still hands the text over exactly once", async () => {
    const { sendSms, messages } = sendSmsOnceWith(db(), sender);
    const message = aNewMessage({ to: "+4915100000002" });
    // The timeout is the nasty one: the stand-in ACCEPTS the message but answers after our 400 ms timeout.
    standIn.inject("500", "429", "timeout");
    await expect(sendSms.execute(message)).resolves.toBe("sent");

    const accepted = standIn.acceptedTo("+4915100000002");
    expect(accepted).toHaveLength(1);
    const posts = standIn.requests.filter((request) => request.params.To === "+4915100000002");
    expect(posts).toHaveLength(3); // 500, 429, timeout (accepted); the lookup then found it
    expect(await messages.get(message._id)).toMatchObject({
      state: "sent",
      providerMessageId: accepted[0]!.sid,
      providerCalls: 3,
    });
  });

  it("records a permanent refusal (21610 unsubscribed) once and does not retry it", async () => {
    const { sendSms, messages } = sendSmsOnceWith(db(), sender);
    const message = aNewMessage({ to: "+4915100000003" });
    standIn.inject({ permanentCode: 21610 });
    await expect(sendSms.execute(message)).resolves.toBe("failed");
    expect(standIn.requests.filter((request) => request.params.To === "+4915100000003")).toHaveLength(1);
    const failed = await db()
      .collection("messages")
      .findOne({ _id: message._id as never });
    expect(failed).toMatchObject({ state: "failed", errorCode: "21610", sending: 0, outboxPending: 1 });
    expect(
      (failed as unknown as { outbox: Array<{ envelope: { data: unknown } }> }).outbox[0]?.envelope.data,
    ).toMatchObject({
      messageId: message._id,
      status: "failed",
      errorCode: "21610",
      purpose: "booking_confirmation",
    });
    await expect(
      messages.claim(message._id, { owner: "x", now: new Date(Date.now() + 3_600_000), until: new Date() }),
    ).resolves.toBeNull();
  });

  it("never sends a second time for the same message id, also not from a second sender", async () => {
    const first = sendSmsOnceWith(db(), sender, { owner: "replica-a" });
    const second = sendSmsOnceWith(db(), sender, { owner: "replica-b" });
    const message = aNewMessage({ to: "+4915100000004" });
    const outcomes = await Promise.all([first.sendSms.execute(message), second.sendSms.execute(message)]);
    expect(outcomes.sort()).toEqual(["already_handled", "sent"]);
    await expect(first.sendSms.execute(message)).resolves.toBe("already_handled");
    expect(standIn.acceptedTo("+4915100000004")).toHaveLength(1);
  });

  it("after a crash between the provider call and recording it, the reconciler finds the text instead of resending", async () => {
    // A replica recorded the intent and called Twilio, then died before writing the result.
    const crashed = sendSmsOnceWith(db(), sender, { owner: "crashed", leaseMs: 1 });
    const message = aNewMessage({ to: "+4915100000005" });
    const intent = await crashed.messages.createIntent(await sealedMessage(db(), message), "twilio", {
      owner: "crashed",
      now: new Date(),
      until: new Date(Date.now() - 1),
    });
    await crashed.messages.noteProviderCall(message._id, "crashed");
    await sender.send({
      messageId: message._id,
      clientId: message.clientId,
      to: message.to,
      body: message.body,
      language: "de",
      createdAt: intent!.createdAt,
    });

    const survivor = sendSmsOnceWith(db(), sender, { owner: "survivor" });
    await expect(survivor.sendSms.resume(message._id)).resolves.toBe("sent");
    expect(standIn.acceptedTo("+4915100000005")).toHaveLength(1);
    expect(await survivor.messages.get(message._id)).toMatchObject({ state: "sent", claimedBy: "survivor" });
  });
});
