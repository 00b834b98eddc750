#!/usr/bin/env node
// quoted: this loader runs the program in program.js beside it, compiled
// with V8's code cache (see scripts/build.mjs, which copies it to dist/cli.js),
// and the scripts kept apart from it (the packages that read HTML and
// Markdown, the quote engine) when the program first calls into them.
//
// Node 20 caches no compiled code for a module, and compiling the bundle (and
// each function as it first runs) is a large part of the reader's start. So
// the bundle is a script, compiled here with a code cache kept in the user's
// cache folder: one file per build, Node version, architecture and kind of
// run (the reader or a printed output, which run different code), written
// once, by the first plain run of its kind. This file is CommonJS (dist/ holds
// a package.json that says so): Node's ES module loader would cost more than
// all of this. The program is ASCII, read as single bytes (or, when the build
// could not write it so, UTF-16 after a byte-order mark).
//
// A cache is used only when it is this build's: its name holds the build's
// hash (written into the program by the build), Node's version and the
// architecture, and its header the program file's size and mtime and a
// checksum of the cache itself, because V8 does not check the bytes of a code
// cache and runs a corrupt one. A cache that is missing, stale, corrupt or
// unreadable is compiled around and written again; failing to write it only
// costs time. QUOTED_NO_CACHE=1 turns the cache off.
'use strict';
const fs = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const PROGRAM = join(__dirname, 'program.js');
/** The program's first characters: a comment with its build's hash. */
const HEADER = /^\/\*quoted build ([0-9a-f]{16})\*\//;
/** A cache file: this line, then V8's data. */
const CACHE_LINE = /^quoted code cache 1 (\S+) ([0-9a-f]{40})\n/;

function cacheFolder() {
  if (process.env.QUOTED_NO_CACHE) return null;
  try {
    return join(process.env.XDG_CACHE_HOME || join(require('node:os').homedir(), '.cache'), 'quoted');
  } catch {
    return null;
  }
}

function sha1(data) {
  return require('node:crypto').createHash('sha1').update(data).digest('hex');
}

/** V8's data in `file` when its header says it was made for `stamp` and its checksum holds; otherwise undefined. */
function readCache(file, stamp) {
  try {
    const data = fs.readFileSync(file);
    const end = data.indexOf(10);
    const line = end > 0 && end < 200 ? CACHE_LINE.exec(data.toString('latin1', 0, end + 1)) : null;
    if (!line || line[1] !== stamp) return undefined;
    const cached = data.subarray(end + 1);
    return sha1(cached) === line[2] ? cached : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(folder, name, stamp, data, build, builtAt) {
  fs.mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `${name}.${process.pid}`);
  fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`quoted code cache 1 ${stamp} ${sha1(data)}\n`, 'latin1'), data]));
  fs.renameSync(temporary, join(folder, name));
  // Another build's cache written before this build was made is an older build's.
  for (const old of fs.readdirSync(folder)) {
    if (!old.startsWith('v8-') || old.includes(build)) continue;
    const path = join(folder, old);
    if (fs.statSync(path).mtimeMs < builtAt) fs.unlinkSync(path);
  }
}

/** A script's text, and a stamp of its file (size, mtime, inode) taken from the descriptor it was read through. */
function readScript(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const { size, mtimeNs, ino } = fs.fstatSync(fd, { bigint: true });
    const bytes = fs.readFileSync(fd);
    const source = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('latin1');
    return { source, stamp: `${size}-${mtimeNs}-${ino}`, builtAt: Number(mtimeNs / 1000000n) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The script in `file` compiled, with its cache of this `kind` when there is a good one; written at exit when there was none. */
function compile(file, kind) {
  const { source, stamp, builtAt } = readScript(file);
  const build = HEADER.exec(source.slice(0, 64))?.[1] ?? null;
  const folder = build ? cacheFolder() : null;
  const name = `v8-${build}-${kind}-${process.version}-${process.arch}.bin`;
  const cachedData = folder ? readCache(join(folder, name), stamp) : undefined;
  const script = new Script(source, { filename: file, cachedData });
  // Written by plain runs only: a run under node flags (a profiler, say) may compile differently.
  if (folder && (!cachedData || script.cachedDataRejected) && process.execArgv.length === 0 && require('node:worker_threads').isMainThread) {
    process.once('exit', () => {
      try {
        writeCache(folder, name, stamp, script.createCachedData(), build, builtAt);
      } catch {}
    });
  }
  return script;
}

const loaded = new Map();
/** The exports of a script kept apart from the program (scripts/apart.mjs), compiled on its first call. */
function loadScript(name) {
  if (!loaded.has(name)) {
    const module = { exports: {} };
    compile(join(__dirname, `${name}.js`), name).runInThisContext()(require, module);
    loaded.set(name, module.exports);
  }
  return loaded.get(name);
}

const PRINTS = /^(--json|--toc|--people|--quotes|--help|--version|-h|-v)(=|$)/;
const kind = process.argv.slice(2).some((a) => PRINTS.test(a)) || !process.stdout.isTTY ? 'print' : 'reader';
compile(PROGRAM, kind).runInThisContext()(require, pathToFileURL(__filename).href, loadScript);
