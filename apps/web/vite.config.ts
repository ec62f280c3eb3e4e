import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

/**
 * The browser talks only to this origin: /api/<service>/… is forwarded to the
 * service, so no CORS is needed and the services stay on loopback.
 * Targets come from BOOKING_URL, REFERRAL_URL, NOTIFY_URL (defaults: npm start's ports).
 */
const targets = {
  booking: process.env.BOOKING_URL ?? "http://127.0.0.1:4001",
  referral: process.env.REFERRAL_URL ?? "http://127.0.0.1:4002",
  notify: process.env.NOTIFY_URL ?? "http://127.0.0.1:4003",
};

function forwardTo(prefix: string, target: string): ProxyOptions {
  return {
    target,
    changeOrigin: true,
    rewrite: (path) => path.slice(prefix.length),
  };
}

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  Object.entries(targets).map(([service, target]) => {
    const prefix = `/api/${service}`;
    return [prefix, forwardTo(prefix, target)];
  }),
);

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173, proxy },
  preview: { host: "127.0.0.1", port: 4173, proxy },
});
