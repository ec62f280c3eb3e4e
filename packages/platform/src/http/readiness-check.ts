/** A dependency of the service, checked on `/readyz`. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
  /**
   * False for a dependency the service takes traffic without (the broker: writes wait in the
   * outbox). Its state is reported, but it does not make the service unready. Default true.
   */
  required?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  /** "ok" or why the check failed. */
  checks: Record<string, string>;
}

/** Runs all checks in parallel, each bounded in time; a failing check says why (no internals beyond its message). */
export async function runReadinessChecks(
  checks: ReadinessCheck[],
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check, required = true }) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return [name, "ok", required] as const;
      } catch (error) {
        return [name, error instanceof Error ? error.message : "failed", required] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return {
    ready: results.every(([, status, required]) => !required || status === "ok"),
    checks: Object.fromEntries(results.map(([name, status]) => [name, status])),
  };
}
