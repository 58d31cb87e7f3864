extension type E() {}

void main() {}
