// ping.dart and pong.dart import each other (an import cycle), and each uses the other.
import 'pong.dart';

int ping(int n) => n <= 0 ? 0 : 1 + pong(n - 1);
