// A part of test_programs/libraries/parts.dart, named by its library name.
part of geometry_app;

String describe(Circle c) => 'Circle(r: ${c.r})';
