// Multi-file programs: relative imports, a prefix (`as`), `show` and `hide`, an import cycle, a
// `package:` import resolved through the nearest .dart_tool/package_config.json (the Dart tool's
// convention), and library privacy (a private member used only inside its own library).
//
// Expectations derived by hand: area of r=2 is pi*4 = 12.566... rounded to 12.57; Manhattan
// distance from (0, 0) to (3, -4) is 7; ping(5) alternates ping/pong: 1 + 10 + 1 + 10 + 1 = 23.
import 'lib/shapes.dart';
import 'lib/geometry.dart' as geo;
import 'lib/util.dart' show twice, Counter;
import 'lib/hidden.dart' hide secret;
import 'lib/ping.dart';
import 'package:greeter/greeter.dart';

// The same names as the hidden and un-shown ones, without conflict.
String secret() => 'my own secret';
int thrice(int x) => 33 * x;

void main() {
  var c = Circle(2);
  print(c.area);
  c.hit();
  c.hit();
  print(describe(c));
  print(geo.distance(geo.origin, const geo.Point(3, -4)));
  print(geo.origin);
  print(twice(21));
  print(thrice(1));
  var counter = Counter();
  counter.increment();
  print(counter.value);
  print(visible());
  print(secret());
  print(ping(5));
  print(greet('dartc'));
}
