class User {
  final String name;
  User();
}

void main() {
  print(User().name);
}
