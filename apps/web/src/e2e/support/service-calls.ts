import { waitFor } from "@counselling/testkit";

/**
 * Calls a service's tRPC procedure over plain HTTP (what the test sets up or checks behind
 * the browser), as a signed-in staff member when given their token.
 */
export async function callTrpc<T>(
  baseUrl: string,
  procedure: string,
  input?: unknown,
  method: "GET" | "POST" = "GET",
  token?: string,
) {
  const url = new URL(`${baseUrl}/trpc/${procedure}`);
  if (method === "GET" && input !== undefined) url.searchParams.set("input", JSON.stringify(input));
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

export interface DevSms {
  to: string;
  body: string;
  language: string;
}

/** Waits until notify's dev inbox holds `count` texts to a number, and returns them oldest first. */
export async function waitForTexts(notifyUrl: string, to: string, count: number): Promise<DevSms[]> {
  const texts = await waitFor(
    async () => (await callTrpc<DevSms[]>(notifyUrl, "devInbox.list")).filter((sms) => sms.to === to),
    (found) => found.length >= count,
    { timeoutMs: 30_000, intervalMs: 250, what: `${count} SMS to ${to} in the dev inbox` },
  );
  return texts.reverse();
}

/** The Berlin calendar day of an instant, as reception's board takes it. */
export function berlinDate(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(instant));
}

/** A demo staff member's token from booking (the same token is good at referral and notify). */
export async function staffToken(bookingUrl: string, username: string): Promise<string> {
  const { token } = await callTrpc<{ token: string }>(
    bookingUrl,
    "auth.login",
    { username, password: "demo" },
    "POST",
  );
  return token;
}
