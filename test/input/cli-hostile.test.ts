// The built CLI (dist/cli.js, built by the global setup) on hostile and
// broken input: one clear line on stderr and the right exit status for what
// cannot be read, and nothing that a terminal would act on in any output.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, CLI, ROOT, SEED_ARTICLE } from '../helpers/articles.js';
import { scratchFolder } from './scratch.js';
import { cp1252Codes } from '../helpers/cp1252.js';

const { dir, file } = scratchFolder('hostile');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ENV = (() => {
  const { NO_COLOR: _n, FORCE_COLOR: _f, COLUMNS: _c, ...base } = process.env;
  return base;
})();

interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  /** Kill the CLI after this long: a hang fails the test instead of the suite. */
  timeoutMs?: number;
}

function quoted(args: string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...ENV, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 20_000,
    killSignal: 'SIGKILL',
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking this process: for URLs that a server in this process answers. */
function quotedAsync(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A failure is one line on stderr, nothing on stdout, and no stack trace. */
function expectFailure(r: Run, code: number, message: string) {
  expect(r).toEqual({ code, stdout: '', stderr: `quoted: ${message}\n` });
}

// Every C0 and C1 control but newline, and DEL: a terminal acts on these.
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('input that is not an article', () => {
  it('refuses a PNG image and a gzip archive as "not a text article" (exit 1)', () => {
    const png = file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectFailure(quoted([png]), 1, `${png}: not a text article (looks like PNG image)`);
    const gz = file('article.txt.gz', gzipSync(readFileSync(SEED_ARTICLE)));
    expectFailure(quoted(['--json', gz]), 1, `${gz}: not a text article (looks like gzip archive)`);
  });

  it('refuses an empty file and a whitespace-only file with a clear message (exit 1)', () => {
    const empty = file('empty.txt', '');
    expectFailure(quoted([empty]), 1, `${empty}: empty article (no text to read)`);
    const blank = file('blank.txt', ' \n\n\t\r\n   \n');
    expectFailure(quoted(['--json', blank]), 1, `${blank}: empty article (no text to read)`);
    expectFailure(quoted(['--json', '-'], { input: '\n\n  \n' }), 1, 'standard input: empty article (no text to read)');
  });

  it('names a missing file, a directory and an unreadable file, with exit 2', () => {
    const missing = join(dir, 'no-such-article.txt');
    expectFailure(quoted([missing]), 2, `${missing}: no such file`);
    // --json, --people and --quotes index a folder (issue 13); --toc reads one article.
    expectFailure(quoted(['--toc', dir]), 2, `${dir}: is a directory`);
    const secret = file('secret.txt', readFileSync(SEED_ARTICLE));
    chmodSync(secret, 0o000);
    // Root reads every file; run as nobody so the permission holds.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    expectFailure(quoted(['--json', secret], { uid }), 2, `${secret}: permission denied`);
  });

  it('shows a path holding escape sequences with the escapes made visible', () => {
    const evil = join(dir, 'a\u001b]0;pwned\u0007\u001b[2J.txt');
    expectFailure(quoted([evil]), 2, `${dir}/a\\x1b]0;pwned\\x07\\x1b[2J.txt: no such file`);
  });
});

describe('broken and unusual encodings', () => {
  const KENYA = readFileSync(join(ARTICLES_DIR, 'voa-2018-03-01-kenya-railway-park-protest.txt'));
  const clean = () => JSON.parse(quoted(['--json', join(ARTICLES_DIR, 'voa-2018-03-01-kenya-railway-park-protest.txt')]).stdout);

  it('decodes invalid UTF-8 with replacement characters and exactly one warning', () => {
    const bytes = Buffer.from(KENYA);
    const at = bytes.indexOf('Nairobi National Park');
    bytes[at + 3] = 0xff;
    bytes[bytes.indexOf('parliament') + 2] = 0xc3;
    const path = file('broken.txt', bytes);
    const r = quoted(['--json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`quoted: warning: ${path}: invalid UTF-8, bad bytes shown as \ufffd\n`);
    const paragraphs = JSON.parse(r.stdout)
      .sections.flatMap((s: { paragraphs: string[] }) => s.paragraphs)
      .join('\n');
    expect(paragraphs).toContain('Nai\ufffdobi National Park');
    expect(paragraphs).toContain('pa\ufffdliament');
  });

  it('reads CRLF line ends and a BOM exactly as LF and no BOM', () => {
    const path = file('crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KENYA.toString().replace(/\n/g, '\r\n'))]));
    const r = quoted(['--json', path]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(clean());
  });

  it('reads Windows-1252 (Latin-1) bytes as the same article, with one warning', () => {
    const path = file('latin1.txt', Uint8Array.from(cp1252Codes(KENYA.toString())));
    const r = quoted(['--json', path]);
    expect(r.stderr).toBe(`quoted: warning: ${path}: not UTF-8, read as Latin-1 (Windows-1252)\n`);
    expect(JSON.parse(r.stdout)).toEqual(clean());
  });
});

describe('size', () => {
  const big = join(dir, 'big.txt');
  beforeAll(() => {
    // Exactly 70 MB of real articles, written in pieces.
    const one = Buffer.from(readFileSync(SEED_ARTICLE, 'utf8') + '\n\n');
    const size = 70 * 1024 * 1024;
    const fd = openSync(big, 'w');
    for (let written = 0; written < size; written += one.length) writeSync(fd, one, 0, Math.min(one.length, size - written));
    closeSync(fd);
  });

  it('refuses an article over the default 64 MB cap, saying how to raise it', () => {
    expectFailure(quoted(['--json', big]), 1, `${big}: too large (70 MB, over the 64 MB limit; raise it with --max-size)`);
  });

  it('refuses an article over a cap lowered with --max-size', () => {
    expectFailure(quoted(['--max-size', '10M', '--json', big]), 1, `${big}: too large (70 MB, over the 10 MB limit; raise it with --max-size)`);
  });

  it('refuses an endless pipe at the cap instead of running out of memory', () => {
    expectFailure(quoted(['--max-size', '1M', '--json', '/dev/zero']), 1, '/dev/zero: not a text article (looks like binary data)');
  });

  // Needs a quote engine that is linear in the length of a paragraph.
  // 3 MB is enough to show one unbroken paragraph neither hangs nor is cut;
  // that the passes over it are linear is the growth tests' work.
  it('opens a 3 MB article that has no newline at all', { timeout: 60_000 }, () => {
    const line = readFileSync(SEED_ARTICLE, 'utf8').replace(/\s+/g, ' ').repeat(400).trim();
    expect(line.length).toBeGreaterThan(3_000_000);
    const path = file('one-line.txt', line);
    const r = quoted(['--json', path], { timeoutMs: 45_000 });
    expect(r.code, 'quoted did not finish a 3 MB paragraph within 45 s').toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.sections).toEqual([{ title: null, paragraphs: [line] }]);
  });
});

describe('escape sequences inside the article', () => {
  const ESC = '\u001b';
  const HOSTILE = [
    `Council ${ESC}[31mShuts${ESC}[0m Old Bridge${ESC}]0;pwned title\u0007`,
    '',
    `By Jane ${ESC}[2J${ESC}[HRoe`,
    '',
    `The city council voted on Tuesday to close the ${ESC}]8;;https://evil.example/${ESC}\\old bridge${ESC}]8;;${ESC}\\ to cars after engineers found cracks in two of its supports.`,
    '',
    `"We could not wait for the next inspection,${ESC}]52;c;cm0gLXJmIH4=\u0007" the mayor, Ann Lee, said at a news \u009b31mconference\u202e.`,
    '',
    `Work on a replacement${ESC}P+q544e${ESC}\\ is expected to begin next spring${ESC}[10A${ESC}[?1049h and to last about eighteen months.\u0008\u007f`,
  ].join('\n');
  const path = file('hostile.txt', HOSTILE);

  it('keeps every control out of --json, raw or escaped, and keeps the words', () => {
    const r = quoted(['--json', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(r.stdout).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|\\u009|\\u202e/i);
    const model = JSON.parse(r.stdout);
    expect(model).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe' });
    expect(model.sections[0].paragraphs[0]).toBe(
      'The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.',
    );
  });

  // These outputs are the outputs engineer's; what this area guarantees is a clean model.
  it.each([[[]], [['--toc']], [['--people']], [['--quotes']], [['--color=always']], [['--quotes', '--color=always']]])(
    'prints no control from the article with %j',
    (flags) => {
      const r = quoted([...flags, path]);
      expect(r.code).toBe(0);
      // Colour codes quoted adds itself are allowed under --color=always; nothing else.
      const withoutOwnColour = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutOwnColour).not.toMatch(TERMINAL_CONTROL);
      expect(r.stdout).not.toMatch(/pwned|evil\.example|cm0gLXJmIH4|544e/);
    },
  );
});

describe('scripts other than Latin', () => {
  const RTL_CJK = [
    'Grand Opening in Three Cities',
    '',
    'By Lina Haddad',
    '',
    'وقال المتحدث باسم البلدية إن الافتتاح سيكون يوم الجمعة المقبل في الساحة الرئيسية وسط المدينة، وإن الدعوة مفتوحة للجميع.',
    '',
    'סגן ראש העיר אמר כי הטקס יתקיים ביום שישי הקרוב בכיכר המרכזית של העיר, וכי הכניסה פתוחה לכל התושבים.',
    '',
    '第二十四届冬季奥林匹克运动会开幕式今晚在国家体育场举行，来自九十多个国家和地区的运动员参加了入场仪式，观众们挥舞国旗欢呼。',
    '',
    'Fans waved 🇰🇪 flags, 👩🏽‍🚀 costumes and 👨‍👩‍👧‍👦 banners and cheered 🎉🎉🎉 for the 東京 and 서울 delegations as they walked in.',
  ].join('\n');
  const path = file('scripts.txt', RTL_CJK);

  it('keeps right-to-left, CJK and emoji text intact in --json', () => {
    const model = JSON.parse(quoted(['--json', path]).stdout);
    expect(model.sections[0].paragraphs).toEqual(RTL_CJK.split('\n\n').slice(2));
  });

  // The plain output is the outputs engineer's; this checks it wraps such text at the width.
  it.each([24, 40, 61])('wraps every line of the plain output to %i columns', (columns) => {
    const r = quoted([path], { env: { COLUMNS: String(columns) } });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
  });
});

describe('standard input and URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const page = readFileSync(join(ROOT, 'test/fixtures/html/voa-2022-02-04-white-house-putin-xi.html'));
    server = createServer((req, res) => {
      if (req.url === '/story.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reads an HTML page piped to "-"', () => {
    const r = quoted(['--json', '-'], { input: readFileSync(join(ROOT, 'test/fixtures/html/voa-2018-07-15-china-military-ties-africa.html')) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'Deepening Military Ties Solidify China’s Ambitions in Africa', byline: 'Salem Solomon' });
  });

  it('fetches a page by URL', async () => {
    const r = await quotedAsync(['--json', '--allow-private', `${base}/story.html`]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'White House Dismissive of Putin - Xi Meeting', date: '2022-02-04' });
  });

  it('says a missing page is missing, in one line with exit 2', async () => {
    expectFailure(await quotedAsync(['--json', '--allow-private', `${base}/gone.html`]), 2, `${base}/gone.html: HTTP 404 Not Found`);
  });
});
