// regex-redux in JavaScript (see regex_redux.dart): the same generated input, patterns and output.
'use strict';

const alu = 'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGG' +
  'TCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCG' +
  'TGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGG' +
  'TTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA';

let seed = 42;
function random() {
  seed = (seed * 3877 + 29573) % 139968;
  return seed / 139968;
}

function repeatFasta(out, header, source, n) {
  out.push(header);
  let k = 0;
  for (let done = 0; done < n; done += 60) {
    const line = n - done < 60 ? n - done : 60;
    let b = '';
    for (let i = 0; i < line; i++) {
      b += source[k];
      k = (k + 1) % source.length;
    }
    out.push(b);
    out.push('\n');
  }
}

function randomFasta(out, header, chars, probs, n) {
  out.push(header);
  const cumulative = [];
  let sum = 0.0;
  for (const p of probs) {
    sum += p;
    cumulative.push(sum);
  }
  for (let done = 0; done < n; done += 60) {
    const line = n - done < 60 ? n - done : 60;
    let b = '';
    for (let i = 0; i < line; i++) {
      const r = random();
      let j = 0;
      while (j < cumulative.length - 1 && r >= cumulative[j]) j++;
      b += chars[j];
    }
    out.push(b);
    out.push('\n');
  }
}

function fasta(n) {
  const out = [];
  repeatFasta(out, '>ONE Homo sapiens alu\n', alu, 2 * n);
  randomFasta(out, '>TWO IUB ambiguity codes\n',
    ['a', 'c', 'g', 't', 'B', 'D', 'H', 'K', 'M', 'N', 'R', 'S', 'V', 'W', 'Y'],
    [0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02], 3 * n);
  randomFasta(out, '>THREE Homo sapiens frequency\n', ['a', 'c', 'g', 't'],
    [0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008], 5 * n);
  return out.join('');
}

const size = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1000;
const input = fasta(size);
const sequence = input.replace(/>.*\n|\n/g, '');
const variants = [
  'agggtaaa|tttaccct',
  '[cgt]gggtaaa|tttaccc[acg]',
  'a[act]ggtaaa|tttacc[agt]t',
  'ag[act]gtaaa|tttac[agt]ct',
  'agg[act]taaa|ttta[agt]cct',
  'aggg[acg]aaa|ttt[cgt]ccct',
  'agggt[cgt]aa|tt[acg]accct',
  'agggta[cgt]a|t[acg]taccct',
  'agggtaa[cgt]|[acg]ttaccct',
];
const counts = variants.map((v) => (sequence.match(new RegExp(v, 'ig')) || []).length);
const substitutions = [
  ['tHa[Nt]', '<4>'],
  ['aND|caN|Ha[DS]|WaS', '<3>'],
  ['a[NSt]|BY', '<2>'],
  ['<[^>]*>', '|'],
  ['\\|[^|][^|]*\\|', '-'],
];
let s = sequence;
for (const [pattern, replacement] of substitutions) s = s.replace(new RegExp(pattern, 'g'), replacement);
console.log(`${counts.join(' ')} ${input.length} ${sequence.length} ${s.length}`);
