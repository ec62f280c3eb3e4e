/** The values once each, in first-seen order (client ids of several records of one key). */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
