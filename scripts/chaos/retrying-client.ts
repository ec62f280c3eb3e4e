/**
 * How a real client talks to replicated services during failures: one tRPC call over HTTP,
 * retried with the SAME input (so the same idempotency key) on a network error, a timeout,
 * a 5xx, a 429 or a transient 409 (`busy`, `concurrent_change`), against whichever replica
 * answers, with jittered exponential backoff, until a deadline. A 2xx or any other 4xx is
 * the answer.
 */
import type { SeededRandom } from "./seeded-random";
import { sleep } from "./service-replicas";

export interface TrpcAnswer {
  status: number;
  data: unknown;
  error: { message: string; data?: { appCode?: string; reason?: string | null } } | undefined;
}

export type CallOutcome =
  | { kind: "answered"; answer: TrpcAnswer; tries: number }
  | { kind: "gave_up"; tries: number; lastFailure: string };

const TRANSIENT_CONFLICTS = new Set(["busy", "concurrent_change"]);
const REQUEST_TIMEOUT_MS = 15_000;

export class RetryTally {
  readonly failures = new Map<string, number>();
  calls = 0;
  retries = 0;

  note(failure: string): void {
    this.failures.set(failure, (this.failures.get(failure) ?? 0) + 1);
  }

  summary(): string {
    const top = [...this.failures.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    return `${this.calls} calls, ${this.retries} retries (${top.map(([what, count]) => `${what}: ${count}`).join(", ")})`;
  }
}

export async function callWithRetries(
  replicaUrls: readonly string[],
  procedure: string,
  token: string | null,
  input: unknown,
  kind: "query" | "mutation",
  options: { random: SeededRandom; deadline: number; tally: RetryTally },
): Promise<CallOutcome> {
  const { random, deadline, tally } = options;
  tally.calls++;
  let lastFailure = "deadline passed before the first try";
  for (let tries = 1; ; tries++) {
    // Past the deadline no new request starts: a flow of many steps can't overrun it step by step.
    if (Date.now() >= deadline) return { kind: "gave_up", tries: tries - 1, lastFailure };
    const url = random.pick(replicaUrls);
    try {
      const answer = await callOnce(url, procedure, token, input, kind);
      const reason = answer.error?.data?.reason ?? "";
      const transient =
        answer.status >= 500 ||
        answer.status === 429 ||
        (answer.status === 409 && TRANSIENT_CONFLICTS.has(reason));
      if (!transient) return { kind: "answered", answer, tries };
      lastFailure = `${answer.status}${reason ? ` ${reason}` : ""}`;
    } catch (error) {
      // Duck-typed: fetch's errors come from Node's realm, not jest's, so `instanceof Error` fails.
      const failure = error as { name?: string; cause?: { code?: string; message?: string } } | undefined;
      lastFailure = (failure?.cause?.code ?? failure?.cause?.message ?? failure?.name ?? "unknown").replace(
        /\d+\.\d+\.\d+\.\d+:\d+/g,
        "<replica>",
      );
    }
    tally.note(`${procedure}: ${lastFailure}`);
    tally.retries++;
    await sleep(Math.min(2_000, 150 * 2 ** Math.min(tries, 6)) * random.between(0.5, 1));
  }
}

async function callOnce(
  url: string,
  procedure: string,
  token: string | null,
  input: unknown,
  kind: "query" | "mutation",
): Promise<TrpcAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const response =
    kind === "query"
      ? await fetch(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers,
          signal,
        })
      : await fetch(`${url}/trpc/${procedure}`, {
          method: "POST",
          headers,
          body: JSON.stringify(input),
          signal,
        });
  const text = await response.text();
  let body: { result?: { data: unknown }; error?: TrpcAnswer["error"] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { error: { message: text.slice(0, 200) } };
  }
  return { status: response.status, data: body.result?.data, error: body.error };
}
