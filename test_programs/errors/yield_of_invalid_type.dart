// The analyzer's YIELD_OF_INVALID_TYPE (https://dart.dev/tools/diagnostics/yield_of_invalid_type):
// a yielded value must be assignable to the stream's element type, and a yield* operand to the
// function's Stream type.
import 'dart:async';

Stream<int> numbers() async* {
  yield 'one';
  yield* Stream<String>.value('two');
}

void main() {
  numbers();
}
