// `show` makes only the listed names visible.
import '../lib/util.dart' show twice;

void main() {
  print(thrice(1));
}
