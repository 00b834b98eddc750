// For the hang-up test: runs quoted on this terminal, survives the hang-up
// itself, and writes how quoted ended to argv[2] (its stderr to argv[2].err).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
process.on('SIGHUP', () => {});
const [out, ...args] = process.argv.slice(2);
const err = fs.openSync(`${out}.err`, 'w');
const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', err] });
// Written beside and renamed, so the test never reads a half-written file.
child.on('exit', (code, signal) => {
  fs.writeFileSync(`${out}.tmp`, JSON.stringify({ code, signal }));
  fs.renameSync(`${out}.tmp`, out);
});
