/** Stops the infrastructure the global setup started (nothing if it was given). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__COUNSELLING_INFRA__?.stop();
  globalThis.__COUNSELLING_INFRA__ = undefined;
}
