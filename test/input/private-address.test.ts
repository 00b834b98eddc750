// Issue 16, item 12: an article is never fetched from a loopback, private or
// link-local address, first or after a redirect, unless --allow-private says so.
// No network: a local server, and for the redirect case a stand-in that calls
// its own address public so that only the redirect target is private.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadInput } from '../../src/input/load.js';
import { isPrivateAddress } from '../../src/input/private-address.js';

const trust = vi.hoisted(() => ({ host: null as string | null }));
vi.mock('../../src/input/private-address.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/input/private-address.js')>();
  return { ...real, privateAddressOf: (url: URL) => (url.hostname === trust.host ? Promise.resolve(null) : real.privateAddressOf(url)) };
});

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/to-localhost') res.writeHead(302, { location: `http://localhost:${port}/story.txt` }).end();
    else if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('Council Shuts Bridge\n\nThe council voted on Tuesday.\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const failure = (url: string, allowPrivate = false) =>
  loadInput(url, { maxBytes: 1 << 20, timeoutMs: 2000, allowPrivate }).then(
    () => null,
    (e: unknown) => e as UserError,
  );

describe('private addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::2', '::ffff:127.0.0.1'])(
    '%s is private',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])('%s is public', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('refuses a loopback URL without --allow-private, in one line with exit 2', async () => {
    trust.host = null;
    const err = await failure(`http://127.0.0.1:${port}/story.txt`);
    expect(err).toBeInstanceOf(UserError);
    expect(err?.exitCode).toBe(2);
    expect(err?.message).toBe(`http://127.0.0.1:${port}/story.txt: a private or local address (127.0.0.1); use --allow-private to fetch it`);
    expect(await failure(`http://[::1]:${port}/story.txt`)).toBeInstanceOf(UserError);
  });

  it('refuses a redirect to localhost or to the link-local metadata address', async () => {
    trust.host = '127.0.0.1';
    const local = await failure(`http://127.0.0.1:${port}/to-localhost`);
    expect(local?.message).toBe(
      `http://localhost:${port}/story.txt: redirected from http://127.0.0.1:${port}/to-localhost, a private or local address (localhost); use --allow-private to fetch it`,
    );
    expect((await failure(`http://127.0.0.1:${port}/to-metadata`))?.message).toMatch(
      /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/: redirected from .*\(169\.254\.169\.254\); use --allow-private/,
    );
  });

  it('fetches them with --allow-private', async () => {
    trust.host = null;
    const input = await loadInput(`http://127.0.0.1:${port}/to-localhost`, { maxBytes: 1 << 20, allowPrivate: true });
    expect(input.text).toContain('The council voted');
  });
});
