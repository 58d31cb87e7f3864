enum Color { red, green, blue }

String name(Color c) {
  switch (c) {
    case Color.red:
      return 'red';
    case Color.green:
      return 'green';
  }
}

void main() {
  print(name(Color.blue));
}
