// Language specification, "Return": in an async function with future value type int, `return e`
// needs e assignable to FutureOr<int>; a String is not (the analyzer's RETURN_OF_INVALID_TYPE).
Future<int> name() async {
  return 'seven';
}

void main() {
  name();
}
