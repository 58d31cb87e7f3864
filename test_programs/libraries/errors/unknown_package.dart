// A package that the package config does not list.
import 'package:missing/missing.dart';

void main() {}
