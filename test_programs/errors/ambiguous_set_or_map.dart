// Set or map literals whose leaf elements can't decide (language specification, set and map
// literal disambiguation); the analyzer's messages.
void main() {
  var list = [1, 2];
  var map = {1: 2};
  dynamic d = list;
  print({...list, ...map});
  print({...d});
  print({if (true) 1 else 2: 3});
}
