// Uri.parseIPv4Address and Uri.parseIPv6Address, and IPv6 hosts in Uri.parse, with the VM's
// results and errors (sdk/lib/core/uri.dart: _parseIPv4Address, parseIPv6Address).
//
// Expected output derived by hand from those functions: bytes most significant first; a `::`
// stands for the zero parts left out; an IPv4 tail gives the last two parts. Errors are
// FormatExceptions "Illegal IPv4 address, ..." / "Illegal IPv6 address, ..." at the positions
// the VM gives (null where it gives none); a part that is not a number fails in int.parse
// ("Invalid number" / "Invalid radix-16 number", source the part). Positions in Uri.parse are
// in the whole URI.
void show(String label, List<int> Function() parse) {
  try {
    print('$label: ${parse()}');
  } on FormatException catch (e) {
    print('$label: ${e.message} @${e.offset}');
  }
}

void main() {
  for (var host in ['192.168.0.1', '0.0.0.0', '255.255.255.255', '256.1.1.1', '1.2.3', '1.2.3.4.5',
      '1.2.3.a', '1..2.3', ' 1.2.3.4', '1.2.3.999']) {
    show('v4 "$host"', () => Uri.parseIPv4Address(host));
  }
  for (var host in ['::1', '::', 'FEDC:BA98:7654:3210:FEDC:BA98:7654:3210', '::FFFF:129.144.52.38',
      '2010:836B:4179::836B:4179', '1:2:3:4:5:6:7', '1::2::3', '12345::', ':1:2', '1:2:3:4:5:6:7:',
      '1:2:3:4:5:6:7:8:9', '1::2:3:4:5:6:7', 'g::', '1', '::1.2.3.256', '::-1']) {
    show('v6 "$host"', () => Uri.parseIPv6Address(host));
  }
  show('v6 substring', () => Uri.parseIPv6Address('[::1]', 1, 4));
  var uri = Uri.parse('http://[::1]:8080/x');
  print('parse host ${uri.host} port ${uri.port} authority ${uri.authority}');
  print('upper case host ${Uri.parse('http://[FE80::AB]/').host}');
  try {
    Uri.parse('http://[1::2::3]/');
  } on FormatException catch (e) {
    print('parse error: ${e.message} @${e.offset}');
  }
  print('full text: ${(() {
    try {
      Uri.parseIPv4Address('1.2.300.4');
      return '';
    } on FormatException catch (e) {
      return e.toString();
    }
  })()}');
}
