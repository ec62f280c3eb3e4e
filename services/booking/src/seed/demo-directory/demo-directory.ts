import { type Directory, type DirectoryInput, DirectorySchema } from "../../domain/directory/directory";
import { interpreterPool } from "./interpreter-pool";
import { mittelthueringen } from "./mittelthueringen";
import { saaleElbe } from "./saale-elbe";
import { westsachsen } from "./westsachsen";

const organisations: readonly DirectoryInput[] = [westsachsen, saaleElbe, mittelthueringen];

/** The demo directory as written by hand: `sensitive` and `groupCapacity` may still be left out. */
export const demoDirectoryInput: DirectoryInput = {
  organisations: organisations.flatMap((part) => part.organisations),
  locations: organisations.flatMap((part) => part.locations),
  services: organisations.flatMap((part) => part.services),
  counsellors: organisations.flatMap((part) => part.counsellors),
  rooms: organisations.flatMap((part) => part.rooms),
  interpreters: [...organisations.flatMap((part) => part.interpreters), ...interpreterPool],
};

/**
 * Three fictional organisations of the network, one per federal state of the region, with
 * every kind of service. Parsed when loaded, so a broken seed fails at once, loudly.
 */
export const demoDirectory: Directory = DirectorySchema.parse(demoDirectoryInput);
