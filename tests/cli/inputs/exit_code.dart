import 'dart:io';

void main(List<String> args) {
  print('ran');
  exit(3);
}
