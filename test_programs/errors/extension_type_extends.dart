extension type E(int i) extends Object {}

void main() {}
