// The analyzer's ILLEGAL_ASYNC_GENERATOR_RETURN_TYPE
// (https://dart.dev/tools/diagnostics/illegal_async_generator_return_type): a function marked
// async* must have a return type that Stream<T> is assignable to for some T.
import 'dart:async';

int numbers() async* {
  yield 1;
}

void main() {
  numbers();
}
