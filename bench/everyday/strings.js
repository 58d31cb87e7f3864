// Everyday code: building and parsing strings in JavaScript (see strings.dart).
'use strict';

function round(r) {
  let text = '';
  for (let i = 0; i < 1000; i++) {
    text += 'item ';
    text += i;
    text += ': ';
    text += (i * 7 + r) % 1000;
    text += '\n';
  }
  let checksum = text.length;

  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const colon = line.indexOf(':');
    const name = line.substring(0, colon);
    const value = parseInt(line.substring(colon + 2), 10);
    checksum += value + name.length;
  }

  const renamed = text.replaceAll('item', 'entry');
  checksum += renamed.length;
  const upper = renamed.toUpperCase();
  checksum += upper.charCodeAt(upper.length >> 1);

  let keys = '';
  for (let i = 0; i < 100; i++) {
    keys = `${i}-${i * i}`;
    checksum += keys.length;
  }
  return checksum;
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round(r);
console.log(String(checksum));
