import { randomBytes } from "node:crypto";
import { type AddressInfo } from "node:net";
import express from "express";
import { type Server } from "node:http";

export type InjectedFault = "500" | "429" | "timeout" | { permanentCode: number };

export interface ReceivedMessage {
  sid: string;
  to: string;
  body: string;
  messagingServiceSid: string | null;
  from: string | null;
  statusCallback: string | null;
  dateCreated: Date;
}

/**
 * A local stand-in of Twilio's Messages API (create and list) for the real SDK.
 * It refuses wrong Basic auth, records every accepted message, and plays the
 * faults queued with `inject`: 500 and 429 before accepting, or a "timeout"
 * that accepts the message but answers too late (the ambiguous case).
 */
export class TwilioMessagesStandIn {
  readonly accepted: ReceivedMessage[] = [];
  readonly requests: Array<{ authorization: string | undefined; params: Record<string, string> }> = [];
  private readonly faults: InjectedFault[] = [];
  private server: Server | undefined;

  constructor(
    private readonly accountSid: string,
    private readonly authToken: string,
    private readonly timeoutDelayMs = 2_000,
  ) {}

  inject(...faults: InjectedFault[]): void {
    this.faults.push(...faults);
  }

  acceptedTo(to: string): ReceivedMessage[] {
    return this.accepted.filter((message) => message.to === to);
  }

  async start(): Promise<string> {
    const app = express();
    const path = `/2010-04-01/Accounts/${this.accountSid}/Messages.json`;
    app.use(express.urlencoded({ extended: false }));
    app.use((req, res, next) => {
      const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString("base64")}`;
      if (req.headers.authorization !== expected) {
        res.status(401).json({ code: 20003, message: "Authenticate", status: 401 });
        return;
      }
      next();
    });
    app.post(path, (req, res) => {
      const params = req.body as Record<string, string>;
      this.requests.push({ authorization: req.headers.authorization, params });
      const fault = this.faults.shift();
      if (fault === "500") {
        res.status(500).json({ code: 20500, message: "Internal Server Error", status: 500 });
        return;
      }
      if (fault === "429") {
        res.status(429).json({ code: 20429, message: "Too Many Requests", status: 429 });
        return;
      }
      if (typeof fault === "object") {
        res.status(400).json({ code: fault.permanentCode, message: "Refused", status: 400 });
        return;
      }
      const message: ReceivedMessage = {
        sid: `SM${randomBytes(16).toString("hex")}`,
        to: params.To ?? "",
        body: params.Body ?? "",
        messagingServiceSid: params.MessagingServiceSid ?? null,
        from: params.From ?? null,
        statusCallback: params.StatusCallback ?? null,
        dateCreated: new Date(),
      };
      this.accepted.push(message);
      const answer = () => res.status(201).json(this.resource(message));
      if (fault === "timeout") setTimeout(answer, this.timeoutDelayMs);
      else answer();
    });
    app.get(path, (req, res) => {
      const to = typeof req.query.To === "string" ? req.query.To : null;
      const messages = this.accepted
        .filter((message) => to === null || message.to === to)
        .slice()
        .reverse()
        .map((message) => this.resource(message));
      res.json({ messages, next_page_uri: null, page: 0, page_size: 50, uri: path });
    });
    this.server = await new Promise<Server>((resolve) => {
      const server = app.listen(0, "127.0.0.1", () => resolve(server));
    });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private resource(message: ReceivedMessage) {
    return {
      sid: message.sid,
      account_sid: this.accountSid,
      to: message.to,
      from: message.from,
      body: message.body,
      status: "queued",
      messaging_service_sid: message.messagingServiceSid,
      date_created: message.dateCreated.toUTCString(),
      date_updated: message.dateCreated.toUTCString(),
      date_sent: null,
      num_segments: "1",
      direction: "outbound-api",
      error_code: null,
      error_message: null,
      uri: `/2010-04-01/Accounts/${this.accountSid}/Messages/${message.sid}.json`,
    };
  }
}
