import 'ping.dart';

int pong(int n) => n <= 0 ? 0 : 10 + ping(n - 1);
