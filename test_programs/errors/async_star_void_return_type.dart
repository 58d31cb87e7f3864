// The analyzer's ILLEGAL_ASYNC_GENERATOR_RETURN_TYPE for `void`: void is a top type, but the
// analyzer's return-type verifier rejects it for every generator (its tests
// illegal_async_generator_return_type_test.dart, test_function_void and test_method_void).
void ticks() async* {
  yield 1;
}

class Clock {
  void run() async* {}
}

void main() {
  ticks();
  Clock().run();
}
