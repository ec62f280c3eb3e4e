import type { MongoClient } from "mongodb";
import { type BaseServiceConfig, personalDataMasterKeyOf } from "../config/env";
import { PersonalDataVault } from "./personal-data-vault";
import { PhoneIndexer } from "./phone-index";

/** The collection of wrapped client data keys, in PERSONAL_DATA_KEY_DB (shared by all services). */
export const CLIENT_DATA_KEYS_COLLECTION = "client_data_keys";

/** What a service needs to keep client personal data sealed and findable (ADR 0011). */
export interface PersonalDataProtection {
  vault: PersonalDataVault;
  phoneIndex: PhoneIndexer;
}

/**
 * One vault over the key database every service shares (the "key service": keys live
 * apart from every service's data), and the phone indexer. Shredding a key in one service
 * makes the client's data unreadable in all of them and in every event.
 */
export function personalDataProtectionOf(
  config: BaseServiceConfig,
  client: MongoClient,
): PersonalDataProtection {
  const masterKey = personalDataMasterKeyOf(config);
  const keys = client.db(config.PERSONAL_DATA_KEY_DB).collection(CLIENT_DATA_KEYS_COLLECTION);
  return {
    vault: PersonalDataVault.on(keys, { masterKey }),
    phoneIndex: new PhoneIndexer(masterKey),
  };
}
