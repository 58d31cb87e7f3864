import 'does_not_exist.dart';

void main() {}
