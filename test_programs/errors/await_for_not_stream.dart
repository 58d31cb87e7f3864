// The analyzer's FOR_IN_OF_INVALID_TYPE (https://dart.dev/tools/diagnostics/for_in_of_invalid_type):
// the expression of an `await for` must be a Stream.
Future<void> main() async {
  await for (var x in [1, 2, 3]) {
    print(x);
  }
}
