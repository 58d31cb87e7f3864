// A package resolved through test_programs/libraries/.dart_tool/package_config.json.
import 'src/punctuation.dart';

String greet(String name) => 'Hello, $name$exclamation';
