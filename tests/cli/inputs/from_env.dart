void main() {
  print('A=${const String.fromEnvironment('A')} B=${const String.fromEnvironment('B')} '
      'C=${const int.fromEnvironment('C')} has D: ${const bool.hasEnvironment('D')}');
}
