// ILLEGAL_SYNC_GENERATOR_RETURN_TYPE on a local function: Iterator<int> is not a supertype of
// Iterable<Never> (the analyzer's test_function_subclassOfIterator case, with a local function).
void main() {
  Iterator<int> digits() sync* {
    yield 1;
  }
  digits();
}
