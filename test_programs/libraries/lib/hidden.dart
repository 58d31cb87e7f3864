// Imported with `hide secret`: the test sees only `visible`.
String visible() => 'visible';
String secret() => 'secret';
