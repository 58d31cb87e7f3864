// Expected output derived from dart:core's documentation of String: `String.fromCharCodes` and
// `String.fromCharCode` are factory constructors, so `new String.fromCharCodes(...)` is valid and
// both can be torn off like constructors; code points above 0xFFFF become two UTF-16 code units;
// `fromCharCodes` takes the optional [start, end) range of its iterable.
void main() {
  print(new String.fromCharCodes([72, 105]));
  print(new String.fromCharCode(65));
  print(String.fromCharCodes([72, 105, 33], 1));
  print(String.fromCharCodes([72, 105, 33], 0, 2));
  print(String.fromCharCodes({104, 105}));
  print(String.fromCharCode(0x1F600).length);
  var fromCode = String.fromCharCode;
  print(fromCode(66));
  print([67, 68].map(String.fromCharCode).join());
}
