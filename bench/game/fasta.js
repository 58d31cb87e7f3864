// fasta in JavaScript (see fasta.dart): the output is collected in a Buffer and written to fd 1.
'use strict';
const fs = require('fs');

const LINE_LENGTH = 60;
const BUFFER_SIZE = 64 * 1024;

const ALU = 'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG' +
  'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA' +
  'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT' +
  'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA' +
  'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG' +
  'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC' +
  'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA';

class Frequency {
  constructor(char, probability) {
    this.code = char.charCodeAt(0);
    this.probability = probability;
  }
}

class Output {
  constructor() {
    this.buffer = Buffer.alloc(BUFFER_SIZE);
    this.length = 0;
  }

  addByte(byte) {
    if (this.length === BUFFER_SIZE) this.flush();
    this.buffer[this.length++] = byte;
  }

  addString(s) {
    for (let i = 0; i < s.length; i++) this.addByte(s.charCodeAt(i));
  }

  flush() {
    let written = 0;
    while (written < this.length) {
      written += fs.writeSync(1, this.buffer, written, this.length - written);
    }
    this.length = 0;
  }
}

let seed = 42;

function random(max) {
  const IM = 139968;
  const IA = 3877;
  const IC = 29573;
  seed = (seed * IA + IC) % IM;
  return max * seed / IM;
}

function repeatFasta(out, header, source, n) {
  out.addString(header);
  let position = 0;
  for (let remaining = n; remaining > 0; remaining -= LINE_LENGTH) {
    const line = remaining < LINE_LENGTH ? remaining : LINE_LENGTH;
    for (let i = 0; i < line; i++) {
      out.addByte(source.charCodeAt(position));
      position++;
      if (position === source.length) position = 0;
    }
    out.addByte(10);
  }
}

function randomFasta(out, header, table, n) {
  out.addString(header);
  let sum = 0.0;
  for (const f of table) {
    sum += f.probability;
    f.probability = sum;
  }
  for (let remaining = n; remaining > 0; remaining -= LINE_LENGTH) {
    const line = remaining < LINE_LENGTH ? remaining : LINE_LENGTH;
    for (let i = 0; i < line; i++) {
      const r = random(1.0);
      let code = table[table.length - 1].code;
      for (const f of table) {
        if (r < f.probability) {
          code = f.code;
          break;
        }
      }
      out.addByte(code);
    }
    out.addByte(10);
  }
}

function main() {
  const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1000;
  const iub = [
    new Frequency('a', 0.27), new Frequency('c', 0.12), new Frequency('g', 0.12), new Frequency('t', 0.27),
    new Frequency('B', 0.02), new Frequency('D', 0.02), new Frequency('H', 0.02), new Frequency('K', 0.02),
    new Frequency('M', 0.02), new Frequency('N', 0.02), new Frequency('R', 0.02), new Frequency('S', 0.02),
    new Frequency('V', 0.02), new Frequency('W', 0.02), new Frequency('Y', 0.02),
  ];
  const homoSapiens = [
    new Frequency('a', 0.3029549426680), new Frequency('c', 0.1979883004921),
    new Frequency('g', 0.1975473066391), new Frequency('t', 0.3015094502008),
  ];
  const out = new Output();
  repeatFasta(out, '>ONE Homo sapiens alu\n', ALU, n * 2);
  randomFasta(out, '>TWO IUB ambiguity codes\n', iub, n * 3);
  randomFasta(out, '>THREE Homo sapiens frequency\n', homoSapiens, n * 5);
  out.flush();
}

main();
