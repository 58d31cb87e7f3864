// Expected output derived by hand: optional positional and named parameters take their
// defaults when omitted; arguments are evaluated left to right.
int add(int a, [int b = 10, int c = 100]) => a + b + c;

String greet(String name, {String greeting = 'Hello', int times = 1}) {
  var result = '';
  for (var i = 0; i < times; i++) {
    result += '$greeting, $name! ';
  }
  return result;
}

double area({required double width, required double height}) => width * height;

int order(String label, int value) {
  print('evaluating $label');
  return value;
}

int combine(int a, {int b = 0}) => a * 10 + b;

void log(String message) {
  print('log: $message');
}

int factorial(int n) {
  if (n <= 1) return 1;
  return n * factorial(n - 1);
}

bool isEven(int n) => n == 0 ? true : isOdd(n - 1);
bool isOdd(int n) => n == 0 ? false : isEven(n - 1);

void main() {
  print(add(1));
  print(add(1, 2));
  print(add(1, 2, 3));
  print(greet('Ada'));
  print(greet('Bob', times: 2, greeting: 'Hi'));
  print(area(height: 2, width: 3.5));
  print(combine(order('first', 1), b: order('second', 2)));
  print(combine(b: order('named first', 3), order('positional second', 4)));
  log('done');
  print(factorial(20));
  print(isEven(10));
  print(isOdd(7));
}
