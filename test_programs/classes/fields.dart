// Expected output derived by hand: field initializers run when an object is created; `late`
// fields run their initializer on first read; static fields with non-constant initializers are
// initialized lazily on first access (Dart language specification, "Static Variables");
// `static const` fields are compile-time constants.
int log(String what, int value) {
  print('init $what');
  return value;
}

class Config {
  static const int version = 3;
  static const String name = 'cfg';
  static int counter = log('counter', 100);
  static final List<String> names = ['a', 'b'];
  final int a = log('a', 1);
  int b;
  late int c = log('c', a + b);
  late String label;
  int? maybe;
  bool flag = true;
  double ratio = 0.5;

  Config(this.b);
}

void main() {
  print('start');
  print(Config.version + 1);
  print(Config.name);
  var cfg = Config(2);
  print('created');
  print(cfg.c);
  print(cfg.c);
  cfg.label = 'set later';
  print(cfg.label);
  print(cfg.maybe);
  cfg.maybe = 7;
  print(cfg.maybe! + 1);
  cfg.flag = !cfg.flag;
  cfg.ratio *= 4;
  print('${cfg.flag} ${cfg.ratio}');
  print(Config.counter);
  Config.counter += 5;
  print(Config.counter);
  print(Config.names.length);
  var other = Config(10);
  print(other.c);
}
