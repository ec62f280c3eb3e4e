import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

export interface RunningHttpServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then drops idle keep-alives. */
  close: () => Promise<void>;
}

export function startHttpServer(app: Express, host: string, port: number): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeIdleConnections();
        });
      resolve({ server, url: `http://${host}:${address.port}`, close });
    });
  });
}
