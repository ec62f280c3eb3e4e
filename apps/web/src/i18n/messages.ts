import type { en } from "./locales/en";

/** The shape every language must fill: the same keys as English, each a string. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
