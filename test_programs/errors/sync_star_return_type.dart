// The analyzer's ILLEGAL_SYNC_GENERATOR_RETURN_TYPE
// (https://dart.dev/tools/diagnostics/illegal_sync_generator_return_type): a function marked
// sync* must have a return type that Iterable<T> is assignable to for some T; the error is
// reported at the return type. (The message text is the analyzer's.)
int numbers() sync* {
  yield 1;
}

void main() {
  numbers();
}
