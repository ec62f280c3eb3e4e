/** The other services that hold client data and answer `privacy.exportOwn`. */
export type PeerService = "referral" | "notify";

export interface PrivacySubjectInput {
  phone?: string;
  clientIds?: string[];
}

/**
 * What referral and notify hold about a person, each asked with the data protection
 * officer's own token (they authorize and audit the DPO themselves). UNAVAILABLE
 * `export_incomplete` when a service can't be asked or doesn't answer.
 */
export interface PrivacyExportPeers {
  exportOwn(service: PeerService, subject: PrivacySubjectInput, bearerToken: string): Promise<unknown>;
}
