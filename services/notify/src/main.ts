/** Composition root of the notify service: its config and its parts, run by the shared runtime. */
import { runServiceMain } from "@counselling/platform";
import { createNotifyRouter } from "./adapters/inbound/trpc/notify.router";
import { loadNotifyConfig } from "./config";

runServiceMain(
  "notify",
  () => loadNotifyConfig(),
  () => ({
    router: createNotifyRouter(),
    outboxCollections: [],
    consumers: [],
  }),
);
