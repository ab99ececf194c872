// The HTTP layer of `npm start` (scripts/lib/serve.ts): the peer-address
// header every request carries into the app, and a server that drains
// in-flight requests before it stops. No Next.js here, so it is unit-tested
// with plain handlers (http-server.test.ts).
import http from "node:http";
import type net from "node:net";

/**
 * The address of the TCP peer of the request, set by the server on every
 * request and overwriting whatever the client sent under that name. The app
 * reads the client's address from it (with TRUSTED_PROXY_HOPS), never from
 * X-Forwarded-For alone. IPv4 peers on a dual-stack socket appear as
 * "::ffff:a.b.c.d"; the prefix is removed so one client has one address.
 * Contract documented in docs/ARCHITECTURE.md ("npm start").
 */
export const PEER_ADDRESS_HEADER = "x-kintsugi-peer-address";

export function peerAddress(socket: net.Socket): string | undefined {
  const address = socket.remoteAddress;
  if (!address) return undefined;
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}

/** Replaces any client-sent copy of the header with the socket's peer address. */
export function setPeerAddress(req: http.IncomingMessage): void {
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]!.toLowerCase() !== PEER_ADDRESS_HEADER)
      raw.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  const address = peerAddress(req.socket);
  if (address) raw.push(PEER_ADDRESS_HEADER, address);
  req.rawHeaders = raw;
  if (address) req.headers[PEER_ADDRESS_HEADER] = address;
  else delete req.headers[PEER_ADDRESS_HEADER];
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export type DrainingServer = {
  server: http.Server;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Stops accepting connections, lets in-flight requests finish (closing each
   * keep-alive connection after its answer), and after `timeoutMs` cuts what
   * is left. Resolves with the number of requests that were cut.
   */
  drain(timeoutMs: number): Promise<number>;
};

export function createDrainingServer(handler: Handler): DrainingServer {
  let draining = false;
  const active = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    active.add(res);
    const finished = () => {
      if (!active.delete(res)) return;
      // Its connection is idle now: close it rather than wait for another request.
      if (draining) setImmediate(() => server.closeIdleConnections());
    };
    res.once("finish", finished);
    res.once("close", finished);
    // While draining, answer what is asked and close the connection after it.
    if (draining) res.setHeader("Connection", "close");
    setPeerAddress(req);
    new Promise<void>((resolve) => resolve(handler(req, res))).catch((error: unknown) => {
      console.error("[kintsugi] request failed:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else {
        res.destroy();
      }
    });
  });

  return {
    server,
    inFlight: () => active.size,
    drain(timeoutMs) {
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader("Connection", "close");
      return new Promise<number>((resolve) => {
        let cut = 0;
        const timer = setTimeout(() => {
          cut = active.size;
          server.closeAllConnections();
        }, timeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve(cut);
        });
        // Keep-alive connections with no request in progress would hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}
