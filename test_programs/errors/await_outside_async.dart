// The parser rejects `await` outside an async function with the CFE's text (the analyzer's
// AWAIT_IN_WRONG_CONTEXT says the same): "'await' can only be used in 'async' or 'async*' methods."
Future<int> value() async => 1;

void main() {
  var v = await value();
  print(v);
}
