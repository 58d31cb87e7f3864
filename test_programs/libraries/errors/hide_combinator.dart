// `hide` removes the listed names.
import '../lib/hidden.dart' hide secret;

void main() {
  print(secret());
}
