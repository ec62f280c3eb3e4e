import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpPrivacyExportPeers } from "./http-privacy-export-peers";

type Answer = { status: number; body: string } | "hang";

describe("HttpPrivacyExportPeers against a local stand-in", () => {
  let server: Server;
  let url: string;
  let next: Answer = { status: 200, body: "{}" };
  const received: Array<{ method: string; path: string; authorization: string | undefined; body: string }> =
    [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        received.push({
          method: request.method ?? "",
          path: request.url ?? "",
          authorization: request.headers.authorization,
          body,
        });
        if (next === "hang") return;
        response.writeHead(next.status, { "content-type": "application/json" }).end(next.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const peers = () => new HttpPrivacyExportPeers({ urls: { referral: url }, timeoutMs: 300 });
  const incomplete = { code: "UNAVAILABLE", reason: "export_incomplete", httpStatus: 503 };

  it("asks privacy.exportOwn with a POST, the subject in the body (never in the URL) and the caller's token, and returns the answer as it is", async () => {
    next = {
      status: 200,
      body: JSON.stringify({ result: { data: { referrals: [{ referralId: "r-1" }] } } }),
    };
    await expect(
      peers().exportOwn("referral", { phone: "+4915123456789", clientIds: ["client-1"] }, "the-token"),
    ).resolves.toEqual({ referrals: [{ referralId: "r-1" }] });
    const asked = received.at(-1)!;
    expect(asked.authorization).toBe("Bearer the-token");
    expect([asked.method, asked.path]).toEqual(["POST", "/trpc/privacy.exportOwn"]);
    expect(JSON.parse(asked.body)).toEqual({
      phone: "+4915123456789",
      clientIds: ["client-1"],
    });
  });

  it("is incomplete when the service isn't configured, refuses, fails, answers nonsense or not at all", async () => {
    await expect(peers().exportOwn("notify", { clientIds: ["c"] }, "t")).rejects.toMatchObject(incomplete);
    for (const answer of [
      { status: 403, body: JSON.stringify({ error: { message: "no", data: { appCode: "FORBIDDEN" } } }) },
      { status: 500, body: "{}" },
      { status: 200, body: "not json" },
      { status: 200, body: JSON.stringify({ unexpected: true }) },
      "hang" as const,
    ]) {
      next = answer;
      await expect(peers().exportOwn("referral", { clientIds: ["c"] }, "t")).rejects.toMatchObject(
        incomplete,
      );
    }
  });
});
