// The analyzer's ILLEGAL_ASYNC_RETURN_TYPE (https://dart.dev/tools/diagnostics/illegal_async_return_type):
// a function marked async must have a return type that Future is assignable to.
int count() async {
  return 0;
}

void main() {
  count();
}
