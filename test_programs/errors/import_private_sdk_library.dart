import 'dart:_internal';

void main() {}
