import http from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  PEER_ADDRESS_HEADER,
  createDrainingServer,
  peerAddress,
  type DrainingServer,
  type Handler,
} from "./http-server";

const servers: DrainingServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) if (s.server.listening) await s.drain(100);
});

async function listen(handler: Handler, host = "127.0.0.1") {
  const s = createDrainingServer(handler);
  servers.push(s);
  await new Promise<void>((resolve) => s.server.listen(0, host, resolve));
  const { port } = s.server.address() as net.AddressInfo;
  return { ...s, port };
}

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

function get(
  port: number,
  options: { headers?: http.OutgoingHttpHeaders | string[]; agent?: http.Agent; host?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? "127.0.0.1",
        port,
        path: "/",
        headers: options.headers as never,
        agent: options.agent,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const echoPeer: Handler = (req, res) => {
  const raw = req.rawHeaders.filter(
    (_, i) => i % 2 === 0 && req.rawHeaders[i]!.toLowerCase() === PEER_ADDRESS_HEADER,
  );
  res.end(JSON.stringify({ header: req.headers[PEER_ADDRESS_HEADER], rawCount: raw.length }));
};

describe("the peer-address header", () => {
  it("carries the socket's address into the app", async () => {
    const { port } = await listen(echoPeer);
    expect(JSON.parse((await get(port)).body)).toEqual({ header: "127.0.0.1", rawCount: 1 });
  });

  it("overwrites whatever the client sent under that name, in any case and any number of times", async () => {
    const { port } = await listen(echoPeer);
    const answer = await get(port, {
      // Raw header list (Node then adds no Host): the same name twice, in two spellings.
      headers: [
        "Host",
        `127.0.0.1:${port}`,
        "X-Kintsugi-Peer-Address",
        "203.0.113.7",
        "x-kintsugi-peer-address",
        "198.51.100.1",
        "X-Forwarded-For",
        "192.0.2.1",
      ],
    });
    expect(JSON.parse(answer.body)).toEqual({ header: "127.0.0.1", rawCount: 1 });
  });

  it("gives IPv4 clients of a dual-stack socket their plain IPv4 address", async () => {
    const { port } = await listen(echoPeer, "::");
    expect(JSON.parse((await get(port)).body).header).toBe("127.0.0.1");
    expect(peerAddress({ remoteAddress: "::ffff:10.1.2.3" } as net.Socket)).toBe("10.1.2.3");
    expect(peerAddress({ remoteAddress: "2001:db8::1" } as net.Socket)).toBe("2001:db8::1");
    expect(peerAddress({ remoteAddress: undefined } as net.Socket)).toBeUndefined();
  });
});

describe("draining", () => {
  it("lets an in-flight request finish, refuses new connections, then resolves", async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const begun = new Promise<void>((r) => (started = r));
    const s = await listen(async (_req, res) => {
      started();
      await released;
      res.end("finished");
    });
    const slow = get(s.port);
    await begun;
    expect(s.inFlight()).toBe(1);
    const drained = s.drain(5_000);
    await expect(get(s.port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    setTimeout(release, 200);
    const answer = await slow;
    expect(answer).toMatchObject({ status: 200, body: "finished" });
    // Its keep-alive connection is closed after the answer.
    expect(answer.headers.connection).toBe("close");
    expect(await drained).toBe(0);
  });

  it("does not wait for idle keep-alive connections", async () => {
    const agent = new http.Agent({ keepAlive: true });
    const s = await listen((_req, res) => void res.end("ok"));
    expect((await get(s.port, { agent })).body).toBe("ok");
    const t0 = Date.now();
    expect(await s.drain(5_000)).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1_000);
    agent.destroy();
  });

  it("cuts requests still running after the time limit", async () => {
    const s = await listen(() => new Promise<void>(() => {}));
    const hanging = get(s.port);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    expect(await s.drain(300)).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    await expect(hanging).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("answers 500 when the handler throws", async () => {
    const { port } = await listen(() => {
      throw new Error("boom");
    });
    expect((await get(port)).status).toBe(500);
  });
});
