import { SmsDeliveryStatusSchema } from "@counselling/contracts";
import express, { type Express, type Request, type RequestHandler } from "express";
import twilio from "twilio";
import { z } from "zod";
import { type ReceiveReply } from "../../../application/replies/receive-reply.use-case";
import { type MessageStore } from "../../../application/ports/message-store.port";
import { toDeliveryStatus } from "../../outbound/twilio/twilio-sms.sender";

export interface TwilioWebhookOptions {
  /** Null without Twilio credentials: then every webhook call is refused. */
  authToken: string | null;
  /** The public base URL Twilio calls; the signature covers the full URL. */
  publicBaseUrl: string;
  receiveReply: ReceiveReply;
  messages: MessageStore;
  clock: () => Date;
}

const InboundSchema = z.object({ MessageSid: z.string().min(1), From: z.string().min(1), Body: z.string() });
const StatusSchema = z.object({
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  ErrorCode: z.string().optional(),
});

const emptyTwiml = () => new twilio.twiml.MessagingResponse().toString();

/**
 * Twilio's webhooks: inbound SMS and delivery reports. Each request must carry
 * a valid X-Twilio-Signature for our public URL and auth token (SDK validator);
 * anything else gets 403. Both are idempotent, since Twilio retries them.
 */
export function mountTwilioWebhooks(app: Express, options: TwilioWebhookOptions): void {
  const form = express.urlencoded({ extended: false, limit: "64kb" });
  const signed: RequestHandler = (req, res, next) => {
    if (!isSignedByTwilio(req, options)) {
      res.status(403).type("text/plain").send("Forbidden");
      return;
    }
    next();
  };

  app.post("/webhooks/twilio/inbound", form, signed, async (req, res, next) => {
    try {
      const inbound = InboundSchema.safeParse(req.body);
      if (inbound.success) {
        await options.receiveReply.execute({
          providerMessageId: inbound.data.MessageSid,
          from: inbound.data.From,
          body: inbound.data.Body,
        });
      }
      res.type("text/xml").send(emptyTwiml());
    } catch (error) {
      next(error);
    }
  });

  app.post("/webhooks/twilio/status", form, signed, async (req, res, next) => {
    try {
      const report = StatusSchema.safeParse(req.body);
      const messageId = typeof req.query.messageId === "string" ? req.query.messageId : null;
      if (report.success && messageId) {
        const status = SmsDeliveryStatusSchema.parse(toDeliveryStatus(report.data.MessageStatus));
        await options.messages.applyDeliveryStatus(messageId, {
          status,
          errorCode: report.data.ErrorCode ?? null,
          at: options.clock(),
        });
      }
      res.type("text/xml").send(emptyTwiml());
    } catch (error) {
      next(error);
    }
  });
}

function isSignedByTwilio(req: Request, options: TwilioWebhookOptions): boolean {
  const signature = req.header("x-twilio-signature");
  if (!options.authToken || !signature) return false;
  const url = options.publicBaseUrl.replace(/\/$/, "") + req.originalUrl;
  const params = (typeof req.body === "object" && req.body !== null ? req.body : {}) as Record<
    string,
    string
  >;
  return twilio.validateRequest(options.authToken, signature, url, params);
}
