class Config {
  final int port;
  Config({required this.port});
}

void main() {
  print(Config().port);
}
