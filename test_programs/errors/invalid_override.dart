class Animal {
  String sound(int times) => 'generic';
}

class Dog extends Animal {
  String sound(String times) => 'woof';
}

void main() {
  print(Dog().sound('x'));
}
