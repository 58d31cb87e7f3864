// A library-private member is not visible from another library.
import '../lib/shapes.dart';

void main() {
  print(Circle(1)._hits);
}
