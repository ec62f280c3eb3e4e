const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

/** Anything else a client invents is one series, not one per invention. */
export function methodLabelOf(method: string): string {
  return METHODS.has(method) ? method : "OTHER";
}

export function statusClassOf(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}

/**
 * The `route` label of a request, never its raw URL (ids, tokens, fuzzers' junk):
 * - a tRPC call: the procedure path when the router has it (`appointments.book`),
 *   `/trpc/(batch)` for batched calls, `/trpc/(unknown)` otherwise;
 * - a plain route: its Express pattern (`/calendar/feeds/:file`);
 * - anything unmatched (404s): `(unmatched)`.
 */
export function routeLabelOf(
  path: string,
  routePattern: string | undefined,
  procedures: ReadonlySet<string>,
): string {
  if (path.startsWith("/trpc/")) {
    const name = path.slice("/trpc/".length);
    if (name.includes(",")) return "/trpc/(batch)";
    return procedures.has(name) ? name : "/trpc/(unknown)";
  }
  return routePattern ?? "(unmatched)";
}
