// Articles from the web, fetched from a local server that the test starts:
// good pages in every format, and the slow, huge, missing, wrong-type and
// looping ones. No test here touches the real network.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadInput, type LoadOptions } from '../../src/input/load.js';
import { ROOT, SEED_ARTICLE } from '../helpers/articles.js';

const PAGE = readFileSync(join(ROOT, 'test/fixtures/html/voa-2022-02-04-white-house-putin-xi.html'));
const POST = readFileSync(join(ROOT, 'test/fixtures/markdown/voa-2018-12-14-us-africa-strategy-bolton.md'));
const TEXT = readFileSync(SEED_ARTICLE);

function send(res: ServerResponse, type: string | null, body: Buffer | string, headers: Record<string, string> = {}) {
  res.writeHead(200, { ...(type ? { 'content-type': type } : {}), ...headers });
  res.end(body);
}

const redirect = (res: ServerResponse, location: string, status = 302) => {
  res.writeHead(status, { location });
  res.end();
};

const routes: Record<string, (res: ServerResponse, path: string) => void> = {
  '/article.html': (res) => send(res, 'text/html; charset=utf-8', PAGE),
  '/article.txt': (res) => send(res, 'text/plain; charset=utf-8', TEXT),
  '/private': (res) => send(res, 'text/plain; charset=utf-8', TEXT),
  '/post.md': (res) => send(res, 'text/markdown', POST),
  '/post': (res) => send(res, 'text/plain', POST),
  '/untyped': (res) => send(res, null, PAGE),
  '/latin1': (res) =>
    send(res, 'text/plain; charset=ISO-8859-1', Buffer.from('Zürich Café\n\nThe café in Zürich reopened on Monday after a long closure.', 'latin1')),
  '/gzip': (res) => send(res, 'text/html', gzipSync(PAGE), { 'content-encoding': 'gzip' }),
  '/empty.html': (res) => send(res, 'text/html', '<html><head><title></title><script>var a = 1;</script></head><body><nav></nav></body></html>'),
  '/image': (res) => send(res, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '/json': (res) => send(res, 'application/json', '{"title": "not an article"}'),
  '/png-as-text': (res) => send(res, 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
  '/missing': (res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not Found</h1>');
  },
  '/broken': (res) => {
    res.writeHead(503);
    res.end();
  },
  '/slow-headers': () => {
    // Never answers.
  },
  '/slow-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('The first words arrive, and then nothing more');
  },
  '/huge': (res) => {
    // An endless body without a length: the cap must stop it while it streams.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'word ');
    const pump = () => {
      while (res.write(chunk)) {
        /* fill the socket */
      }
      res.once('drain', pump);
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  },
  '/huge-declared': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 ** 3) });
    res.write('<html>');
  },
  '/loop/a': (res) => redirect(res, '/loop/b'),
  '/loop/b': (res) => redirect(res, 'http://127.0.0.1:PORT/loop/a'),
  '/relative': (res) => redirect(res, 'article.html', 301),
  '/to-file': (res) => redirect(res, 'file:///etc/passwd'),
  '/no-location': (res) => {
    res.writeHead(302);
    res.end();
  },
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const chain = path.match(/^\/chain\/(\d+)$/);
    if (chain) return Number(chain[1]) === 0 ? routes['/article.html'](res, path) : redirect(res, `/chain/${Number(chain[1]) - 1}`, 307);
    const route = routes[path];
    if (!route) return routes['/missing'](res, path);
    if (path === '/loop/b') return redirect(res, `${base}/loop/a`);
    if (path === '/private' && req.headers.authorization !== `Basic ${Buffer.from('reader:s3cret word').toString('base64')}`) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="news"' });
      return res.end();
    }
    route(res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// The test server is on loopback, which only --allow-private may fetch.
const options: LoadOptions = { maxBytes: 4 * 1024 * 1024, timeoutMs: 1500, maxRedirects: 5, allowPrivate: true };

async function failure(url: string, opts: LoadOptions = options): Promise<UserError> {
  const err = await loadInput(url, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('fetching an article', () => {
  it('reads an HTML page, named by its URL', async () => {
    const input = await loadInput(`${base}/article.html`, options);
    expect(input).toMatchObject({ name: `${base}/article.html`, format: 'html', warnings: [] });
    expect(input.text).toBe(PAGE.toString('utf8'));
  });

  it('reads plain text and Markdown, by media type and by content', async () => {
    expect((await loadInput(`${base}/article.txt`, options)).format).toBe('text');
    expect((await loadInput(`${base}/post.md`, options)).format).toBe('markdown');
    expect((await loadInput(`${base}/post`, options)).format).toBe('markdown');
    expect((await loadInput(`${base}/untyped`, options)).format).toBe('html');
  });

  it('decodes the charset the server names, and a compressed body', async () => {
    expect((await loadInput(`${base}/latin1`, options)).text).toMatch(/^Zürich Café/);
    expect((await loadInput(`${base}/gzip`, options)).text).toBe(PAGE.toString('utf8'));
  });

  it('follows relative redirects and chains up to the limit, and names the final URL', async () => {
    expect((await loadInput(`${base}/relative`, options)).name).toBe(`${base}/article.html`);
    expect((await loadInput(`${base}/chain/5`, options)).format).toBe('html');
    const err = await failure(`${base}/chain/6`);
    expect(err.message).toBe(`${base}/chain/6: too many redirects (more than 5)`);
  });

  it('catches a redirect loop', async () => {
    const err = await failure(`${base}/loop/a`);
    expect(err.message).toBe(`${base}/loop/a: redirect loop (at ${base}/loop/a)`);
  });

  it('refuses redirects to other schemes and redirects without a target', async () => {
    expect((await failure(`${base}/to-file`)).message).toBe(`${base}/to-file: redirect to a file: address, which quoted does not fetch`);
    expect((await failure(`${base}/no-location`)).message).toBe(`${base}/no-location: redirect (HTTP 302) with no location`);
  });

  it('says a page is missing (exit 2) or the server failed (exit 1)', async () => {
    expect(await failure(`${base}/missing`)).toMatchObject({ message: `${base}/missing: HTTP 404 Not Found`, exitCode: 2 });
    expect(await failure(`${base}/broken`)).toMatchObject({ message: `${base}/broken: HTTP 503 Service Unavailable`, exitCode: 1 });
  });

  it('refuses a media type that is not text, before reading the body', async () => {
    expect((await failure(`${base}/image`)).message).toBe(`${base}/image: not a text article (content type image/png)`);
    expect((await failure(`${base}/json`)).message).toBe(`${base}/json: not a text article (content type application/json)`);
  });

  it('refuses binary bytes sent as text', async () => {
    expect((await failure(`${base}/png-as-text`)).message).toBe(`${base}/png-as-text: not a text article (looks like PNG image)`);
  });

  it('refuses a page with no text', async () => {
    expect((await failure(`${base}/empty.html`)).message).toBe(`${base}/empty.html: empty article (the page has no text)`);
  });

  it('times out on a server that never answers, and on a body that stalls', async () => {
    const fast = { ...options, timeoutMs: 300 };
    expect(await failure(`${base}/slow-headers`, fast)).toMatchObject({ message: `${base}/slow-headers: timed out after 0.3 s`, exitCode: 1 });
    expect((await failure(`${base}/slow-body`, fast)).message).toBe(`${base}/slow-body: timed out after 0.3 s`);
  });

  it('stops an endless body at the size cap', async () => {
    const err = await failure(`${base}/huge`, { ...options, maxBytes: 1024 * 1024 });
    expect(err.message).toBe(`${base}/huge: too large (more than the 1 MB limit; raise it with --max-size)`);
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const err = await failure(`${base}/huge-declared`);
    expect(err.message).toBe(`${base}/huge-declared: too large (10 GB, over the 4 MB limit; raise it with --max-size)`);
  });

  it('says when nothing listens, with exit status 2', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(`http://127.0.0.1:${port}/article.html`)).toMatchObject({
      message: `http://127.0.0.1:${port}/article.html: connection refused`,
      exitCode: 2,
    });
  });

  it('sends the credentials in a URL as Basic authorization, and never shows them', async () => {
    const withCredentials = base.replace('http://', 'http://reader:s3cret%20word@');
    expect((await loadInput(`${withCredentials}/private`, options)).name).toBe(`${base}/private`);
    expect((await failure(`${base}/private`)).message).toBe(`${base}/private: HTTP 401 Unauthorized`);
    expect((await failure(`${withCredentials}/missing`)).message).toBe(`${base}/missing: HTTP 404 Not Found`);
  });
});
