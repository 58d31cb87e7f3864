import 'dart:mirrors';

void main() {}
