import { textDirectionOf } from "@counselling/contracts";
import type { Express } from "express";
import { type MongoDevInboxSender } from "../../outbound/dev-inbox/mongo-dev-inbox.sender";
import { escapeHtml } from "./escape-html";

/**
 * GET /dev/sms: the dev inbox as a plain, accessible page (a list of messages,
 * each in its language and writing direction), opened from their sealed copies; texts
 * whose personal data were erased say so. Only mounted with the dev inbox.
 */
export function mountDevInboxPage(app: Express, inbox: MongoDevInboxSender): void {
  app.get("/dev/sms", async (_req, res, next) => {
    try {
      const messages = await inbox.list(200);
      const items = messages
        .map(
          (message) => `<li>
  <p><strong>${message.to === null ? "(erased)" : escapeHtml(message.to)}</strong> · <time datetime="${message.receivedAt.toISOString()}">${escapeHtml(message.receivedAt.toISOString())}</time>${message.handedOver > 1 ? ` · <strong>handed over ${message.handedOver}×</strong>` : ""}</p>
  ${message.body === null ? "<p><em>Personal data erased.</em></p>" : `<p lang="${message.language}" dir="${textDirectionOf(message.language)}" style="white-space: pre-wrap">${escapeHtml(message.body)}</p>`}
</li>`,
        )
        .join("\n");
      res.type("html").send(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dev SMS inbox</title></head>
<body>
<main>
<h1>Dev SMS inbox</h1>
<p>${messages.length} messages, newest first. Nothing here was sent to a phone.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>`);
    } catch (error) {
      next(error);
    }
  });
}
