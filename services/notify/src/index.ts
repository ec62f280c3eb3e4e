export type { NotifyRouter } from "./adapters/inbound/trpc/notify.router";
