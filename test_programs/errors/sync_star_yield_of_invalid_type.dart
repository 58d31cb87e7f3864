// The analyzer's YIELD_OF_INVALID_TYPE (https://dart.dev/tools/diagnostics/yield_of_invalid_type)
// in a sync* function: a yielded value must be assignable to the iterable's element type, and a
// yield* operand to the function's Iterable type.
Iterable<int> numbers() sync* {
  yield 'one';
  yield* <String>['two'];
}

void main() {
  numbers();
}
