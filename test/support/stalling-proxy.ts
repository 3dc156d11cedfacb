import { connect, createServer, type Server, type Socket } from 'node:net';

export interface StallingProxy {
  /** The target's URL with the proxy's host and port in its place. */
  url: string;
  /** Stops passing bytes on: connections stay open and nothing answers, as when a server hangs. */
  stall(): void;
  /** Passes on what was held back, and everything after it, as a healed network path delivers it late. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a real server (Redis, PostgreSQL) that can stall: what is sent meanwhile is held, not
 * lost, as TCP keeps retransmitting across a network partition, so the conversation goes on once it resumes.
 */
export async function stallingProxy(target: string): Promise<StallingProxy> {
  const { hostname, port } = new URL(target);
  let stalled = false;
  const sockets = new Set<Socket>();
  const held: Array<() => void> = [];
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (data) => (stalled ? held.push(() => to.write(data)) : to.write(data)));
      from.on('error', () => undefined);
      from.on('close', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: url.toString(),
    stall: () => {
      stalled = true;
    },
    resume: () => {
      stalled = false;
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
