import { Topics } from "@counselling/contracts";
import { StaffTokens } from "@counselling/platform";
import { uniqueId, waitFor } from "@counselling/testkit";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { TwilioMessagesStandIn } from "../../../testing/twilio-messages-stand-in";
import { callTrpc, useNotifyProcess } from "../../../testing/notify-process-harness";

describe("notify webhooks as a process, real broker and database", () => {
  const harness = useNotifyProcess("notify-hooks");

  describe("with Twilio (local stand-in) and its webhooks", () => {
    const accountSid = `AC${"3".repeat(32)}`;
    const authToken = `token-${uniqueId(16)}`;
    const publicBaseUrl = "https://notify.example.org";
    const staffSecret = `staff-secret-${uniqueId(16)}-long-enough-for-hs256`;
    const standIn = new TwilioMessagesStandIn(accountSid, authToken);
    let apiBaseUrl: string;

    beforeAll(async () => {
      apiBaseUrl = await standIn.start();
    });
    afterAll(() => standIn.stop());

    const startWithTwilio = () =>
      harness.startNotify({
        TWILIO_ACCOUNT_SID: accountSid,
        TWILIO_AUTH_TOKEN: authToken,
        TWILIO_MESSAGING_SERVICE_SID: `MG${"4".repeat(32)}`,
        TWILIO_API_BASE_URL: apiBaseUrl,
        PUBLIC_BASE_URL: publicBaseUrl,
        STAFF_TOKEN_SECRET: staffSecret,
      });

    function post(
      url: string,
      webhookPath: string,
      params: Record<string, string>,
      signature: string | null,
    ) {
      return fetch(`${url}${webhookPath}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          ...(signature ? { "x-twilio-signature": signature } : {}),
        },
        body: new URLSearchParams(params).toString(),
      });
    }
    const signed = (webhookPath: string, params: Record<string, string>) =>
      getExpectedTwilioSignature(authToken, `${publicBaseUrl}${webhookPath}`, params);

    it("refuses forged webhooks with 403, applies a retried reply once and tells reception", async () => {
      const notify = await startWithTwilio();
      const phone = "+4915199990001";
      const name = "Leyla Hookperson";
      const [booked] = await harness.produceBooked(
        1,
        () => phone,
        `hook-${uniqueId()}`,
        () => name,
      );
      const [text] = await waitFor(
        () => standIn.acceptedTo(phone),
        (found) => found.length === 1,
        {
          what: "the confirmation at the stand-in",
        },
      );
      expect(text!.body).toContain("1 = Ich komme");
      expect(text!.body).toContain(name); // Twilio (our processor) gets the text in clear

      const seen: Array<{ type: string; data: { intent: string; appointmentId: string } }> = [];
      const consumer = harness.kafka().consumer({ groupId: `replies-${uniqueId()}` });
      await consumer.connect();
      await consumer.subscribe({ topic: harness.topicPrefix() + Topics.notifyReplies, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(JSON.parse(message.value?.toString() ?? "{}") as (typeof seen)[number]);
          await Promise.resolve();
        },
      });

      const inboundPath = "/webhooks/twilio/inbound";
      const reply = { MessageSid: `SM${uniqueId(32)}`, From: phone, To: "+4934100000", Body: "۲" };
      expect((await post(notify.url, inboundPath, reply, null)).status).toBe(403);
      expect((await post(notify.url, inboundPath, reply, "bm90IGEgc2lnbmF0dXJl")).status).toBe(403);
      const tampered = signed(inboundPath, { ...reply, Body: "1" });
      expect((await post(notify.url, inboundPath, reply, tampered)).status).toBe(403);

      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await post(notify.url, inboundPath, reply, signed(inboundPath, reply));
        expect(response.status).toBe(200);
        expect(await response.text()).toContain("<Response/>");
      }
      await waitFor(
        async () =>
          harness
            .db()
            .collection("replies")
            .findOne({ _id: reply.MessageSid as never }),
        (stored) => stored?.outboxPending === 0,
        { what: "the reply relayed" },
      );
      await waitFor(
        () => seen.length,
        (count) => count >= 1,
        { what: "the reply event" },
      );
      // Matched to the confirmation by the number's phone index; the number itself is stored sealed only.
      const phoneIndex = harness.personalData().phoneIndex.of(phone);
      const stored = await harness.db().collection("replies").find({ phoneIndex }).toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ clientId: `client-${booked!.data.appointmentId}` });
      expect(JSON.stringify(stored)).not.toContain(phone.slice(1));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        type: "sms.reply_received",
        data: { intent: "cancel", appointmentId: booked!.data.appointmentId },
      });
      await consumer.disconnect();

      // "3" reaches reception; an undelivered report shows there too, applied once though Twilio retries it.
      const callback = { MessageSid: `SM${uniqueId(32)}`, From: phone, To: "+4934100000", Body: "3" };
      expect((await post(notify.url, inboundPath, callback, signed(inboundPath, callback))).status).toBe(200);
      const messageId = new URL(text!.statusCallback!).searchParams.get("messageId")!;
      const statusPath = `/webhooks/twilio/status?messageId=${encodeURIComponent(messageId)}`;
      const report = { MessageSid: text!.sid, MessageStatus: "undelivered", ErrorCode: "30003" };
      expect((await post(notify.url, statusPath, report, null)).status).toBe(403);
      for (let attempt = 0; attempt < 2; attempt++) {
        expect((await post(notify.url, statusPath, report, signed(statusPath, report))).status).toBe(200);
      }
      const message = await waitFor(
        () =>
          harness
            .db()
            .collection("messages")
            .findOne({ _id: messageId as never }),
        (found) => found?.deliveryStatus === "undelivered" && found.outboxPending === 0,
        { what: "the delivery report applied and relayed" },
      );
      expect(message).toMatchObject({ errorCode: "30003" });

      const token = await new StaffTokens(staffSecret).issue({
        staffId: "staff-rita",
        role: "reception",
        organisationId: booked!.data.organisationId,
        locationIds: [booked!.data.location.locationId],
      });
      const input = encodeURIComponent(
        JSON.stringify({
          organisationId: booked!.data.organisationId,
          locationId: booked!.data.location.locationId,
        }),
      );
      const query = (procedure: string, bearer: string | null) =>
        fetch(`${notify.url}/trpc/reception.${procedure}?input=${input}`, {
          headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
        });
      expect((await query("callbackRequests", null)).status).toBe(401);
      const callbacks = (await (await query("callbackRequests", token)).json()) as {
        result: { data: Array<{ phone: string; appointmentId: string }> };
      };
      expect(callbacks.result.data).toEqual([
        expect.objectContaining({ phone, appointmentId: booked!.data.appointmentId }),
      ]);
      const failed = (await (await query("failedDeliveries", token)).json()) as {
        result: { data: Array<{ messageId: string; status: string; errorCode: string }> };
      };
      expect(failed.result.data).toEqual([
        expect.objectContaining({ messageId, status: "undelivered", errorCode: "30003", phone }),
      ]);
      // Both reads opened the client's number: each is in the access log, with who and why.
      const dpo = await new StaffTokens(staffSecret).issue({
        staffId: "staff-dora",
        role: "dpo",
        organisationId: booked!.data.organisationId,
        locationIds: [],
      });
      const audited = await callTrpc(notify.url, "privacy.accessLog", {
        token: dpo,
        input: { staffId: "staff-rita" },
      });
      expect(audited.data).toEqual([
        expect.objectContaining({
          action: "read",
          procedure: "reception.callbackRequests",
          recordIds: [callback.MessageSid],
          clientIds: [booked!.data.client.clientId],
        }),
        expect.objectContaining({
          action: "read",
          procedure: "reception.failedDeliveries",
          recordIds: [messageId],
          clientIds: [booked!.data.client.clientId],
          fields: ["phone"],
        }),
      ]);
      // Reception of another organisation naming its own organisation but this location: refused.
      const outsider = await new StaffTokens(staffSecret).issue({
        staffId: "staff-otto",
        role: "reception",
        organisationId: "org-elsewhere",
        locationIds: [],
      });
      const foreign = encodeURIComponent(
        JSON.stringify({ organisationId: "org-elsewhere", locationId: booked!.data.location.locationId }),
      );
      for (const procedure of ["callbackRequests", "failedDeliveries"]) {
        const refused = await fetch(`${notify.url}/trpc/reception.${procedure}?input=${foreign}`, {
          headers: { authorization: `Bearer ${outsider}` },
        });
        expect({ procedure, status: refused.status }).toEqual({ procedure, status: 403 });
      }

      // After all of it, notify's database holds neither the name nor the number in clear.
      for (const { name: collection } of await harness.db().listCollections().toArray()) {
        const stored = JSON.stringify(await harness.db().collection(collection).find({}).toArray());
        for (const plaintext of [name, "Leyla", phone.slice(1)]) {
          expect({ collection, plaintext, found: stored.includes(plaintext) }).toEqual({
            collection,
            plaintext,
            found: false,
          });
        }
      }
    });
  });
});
