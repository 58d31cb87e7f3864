// A wc/grep-style scan of a text file: counts its lines, words (runs of non-space bytes) and
// bytes, and the lines that contain "dart". The file, <size> MiB of words from a 16-word list
// chosen by a 32-bit linear congruential generator, is made on the first run (every language
// makes the same bytes) in $TMPDIR (default /tmp) and reused by the timed runs.
//   file_scan [MiB]     (default 1)
import 'dart:io';

const List<String> words = [
  'alpha', 'beta', 'gamma', 'dart', 'delta', 'epsilon', 'zeta', 'eta',
  'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron'
];

String ensureFile(int mib) {
  String dir = Platform.environment['TMPDIR'] ?? '/tmp';
  if (dir.isEmpty) dir = '/tmp';
  String path = '$dir/dartc_bench_scan_$mib.txt';
  if (File(path).existsSync()) return path;
  StringBuffer text = StringBuffer();
  int target = mib * 1024 * 1024;
  int length = 0;
  int seed = 42;
  while (length < target) {
    seed = (seed * 69069 + 1) & 0xFFFFFFFF;
    int count = 1 + (seed >> 16) % 12;
    for (int i = 0; i < count; i++) {
      seed = (seed * 69069 + 1) & 0xFFFFFFFF;
      String word = words[(seed >> 16) % 16];
      if (i > 0) {
        text.write(' ');
        length++;
      }
      text.write(word);
      length += word.length;
    }
    text.write('\n');
    length++;
  }
  // Written in a private directory and renamed: a reader never sees half a file.
  Directory private = Directory(dir).createTempSync('dartc_bench_scan_');
  File partial = File('${private.path}/partial');
  partial.writeAsStringSync(text.toString());
  partial.renameSync(path);
  private.deleteSync();
  return path;
}

void main(List<String> args) {
  int mib = args.isEmpty ? 1 : int.parse(args[0]);
  String text = File(ensureFile(mib)).readAsStringSync();
  int lines = 0, wordCount = 0;
  bool inWord = false;
  for (int i = 0; i < text.length; i++) {
    int c = text.codeUnitAt(i);
    if (c == 10) lines++;
    if (c == 32 || c == 10 || c == 9 || c == 13) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      wordCount++;
    }
  }
  int matches = 0;
  int at = text.indexOf('dart');
  while (at >= 0) {
    matches++;
    int end = text.indexOf('\n', at);
    if (end < 0) break;
    at = text.indexOf('dart', end + 1);
  }
  print('$lines $wordCount ${text.length} $matches');
}
