// Conformance: dart:core String case mapping and dart:convert JSON numbers (VM semantics:
// String.toUpperCase maps one UTF-16 code unit at a time, so `ß` has no single-unit upper case
// and stays `ß`; jsonDecode parses an integer literal `-0` as the int 0, not the double -0.0).
// Expectations derived from the VM's implementation (sdk/lib/_internal/vm/lib/string_patch.dart
// and the JSON parser in sdk/lib/_internal/vm/lib/convert_patch.dart). Regression test for
// issue 9, A10.
import 'dart:convert';
import '../lib/expect.dart';

void main() {
  Expect.equals('STRAßE', 'straße'.toUpperCase());
  Expect.equals(6, 'straße'.toUpperCase().length);
  var zero = jsonDecode('-0');
  Expect.isTrue(zero is int);
  Expect.equals(0, zero);
  Expect.isTrue(jsonDecode('-0.0') is double);
  Expect.isTrue((jsonDecode('-0.0') as double).isNegative);
  Expect.equals(-5, jsonDecode('-5'));
}
