// A wc/grep-style scan of a text file (see file_scan.dart): lines, words, bytes, and the lines
// that contain "dart". The file is made on the first run, with the same bytes as the others.
//   node file_scan.js [MiB]     (default 1)
const fs = require('fs');

const words = ['alpha', 'beta', 'gamma', 'dart', 'delta', 'epsilon', 'zeta', 'eta',
               'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron'];

function ensureFile(mib) {
  const dir = process.env.TMPDIR || '/tmp';
  const path = `${dir}/dartc_bench_scan_${mib}.txt`;
  if (fs.existsSync(path)) return path;
  const parts = [];
  const target = mib * 1024 * 1024;
  let length = 0;
  let seed = 42;
  while (length < target) {
    seed = (seed * 69069 + 1) % 4294967296;
    const count = 1 + Math.floor(seed / 65536) % 12;
    const line = [];
    for (let i = 0; i < count; i++) {
      seed = (seed * 69069 + 1) % 4294967296;
      line.push(words[Math.floor(seed / 65536) % 16]);
    }
    const text = line.join(' ') + '\n';
    parts.push(text);
    length += text.length;
  }
  const partial = `${path}.${process.pid}`;
  fs.writeFileSync(partial, parts.join(''));
  fs.renameSync(partial, path);
  return path;
}

const mib = process.argv.length > 2 ? parseInt(process.argv[2]) : 1;
const text = fs.readFileSync(ensureFile(mib), 'latin1');
let lines = 0, wordCount = 0, inWord = false;
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  if (c === 10) lines++;
  if (c === 32 || c === 10 || c === 9 || c === 13) {
    inWord = false;
  } else if (!inWord) {
    inWord = true;
    wordCount++;
  }
}
let matches = 0;
let at = text.indexOf('dart');
while (at >= 0) {
  matches++;
  const end = text.indexOf('\n', at);
  if (end < 0) break;
  at = text.indexOf('dart', end + 1);
}
console.log(`${lines} ${wordCount} ${text.length} ${matches}`);
