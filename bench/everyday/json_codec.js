// Everyday code: JSON in JavaScript (see json_codec.dart): JSON.stringify and JSON.parse.
'use strict';

function document(r) {
  const records = [];
  for (let i = 0; i < 200; i++) {
    records.push({
      id: i + r,
      name: `user "${i}"`,
      active: i % 2 === 0,
      score: (i * 37 + r) % 1000,
      tags: [`t${i % 7}`, 'back\\slash', 'tab\there'],
      address: { street: `Main St. ${i}`, zip: `${10000 + i}`, note: 'line1\nline2' },
      parent: null,
    });
  }
  return records;
}

function round(r) {
  const text = JSON.stringify(document(r));
  let checksum = text.length;
  const decoded = JSON.parse(text);
  for (const record of decoded) {
    checksum += record.id + record.score;
    if (record.active) checksum++;
    checksum += record.tags.length;
    checksum += record.address.zip.length + record.name.length;
    if (record.parent === null) checksum++;
  }
  return checksum;
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round(r);
console.log(String(checksum));
