class Parser {
  int parse(String s) {
    return s;
  }
}

void main() {
  print(Parser().parse('1'));
}
