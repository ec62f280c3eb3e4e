import { AppError } from "@counselling/platform";
import { z } from "zod";
import type {
  PeerService,
  PrivacyExportPeers,
  PrivacySubjectInput,
} from "../../../application/ports/privacy-export-peers.port";

export interface HttpPrivacyExportPeersOptions {
  /** Base URLs of the services' HTTP APIs (tRPC under /trpc); missing: the export can't be complete. */
  urls: Partial<Record<PeerService, string>>;
  timeoutMs: number;
}

const TrpcResultSchema = z.object({ result: z.object({ data: z.unknown() }) });

export function exportIncomplete(service: PeerService, cause?: unknown): AppError {
  return new AppError(
    "UNAVAILABLE",
    `The export is incomplete: ${service} could not be asked; please try again`,
    {
      reason: "export_incomplete",
      details: { service },
      cause,
    },
  );
}

/**
 * Referral's and notify's `privacy.exportOwn` over their tRPC HTTP API (a mutation: `POST
 * /trpc/privacy.exportOwn` with the subject in the body, so that the phone number never
 * lands in a URL and a proxy's access log), with the data protection officer's own bearer
 * token passed on, so each service authorizes and audits the DPO itself. Their answer is
 * taken as it is (JSON). Anything but an answer — not configured, network, timeout, a
 * refusal, a reply we can't read — is UNAVAILABLE `export_incomplete`: an export is
 * whole or it is not given.
 */
export class HttpPrivacyExportPeers implements PrivacyExportPeers {
  constructor(private readonly options: HttpPrivacyExportPeersOptions) {}

  async exportOwn(service: PeerService, subject: PrivacySubjectInput, bearerToken: string): Promise<unknown> {
    const baseUrl = this.options.urls[service];
    if (!baseUrl) throw exportIncomplete(service, new Error(`no URL configured for ${service}`));
    const url = `${baseUrl}/trpc/privacy.exportOwn`;
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${bearerToken}`, "content-type": "application/json" },
        body: JSON.stringify(subject),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = await response.json();
    } catch (cause) {
      throw exportIncomplete(service, cause);
    }
    const reply = TrpcResultSchema.safeParse(body);
    if (!response.ok || !reply.success) {
      throw exportIncomplete(service, new Error(`${service} answered ${String(response.status)}`));
    }
    return reply.data.result.data;
  }
}
