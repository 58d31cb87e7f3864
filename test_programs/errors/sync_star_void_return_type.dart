// The analyzer's ILLEGAL_SYNC_GENERATOR_RETURN_TYPE also covers `void` (its return-type verifier
// rejects `void` for every generator, although void is a top type; the SDK's
// tests/language/sync_star/void_sync_star_test.dart expects the error on methods too).
class C {
  void f() sync* {}
}

void main() {
  C().f();
}
