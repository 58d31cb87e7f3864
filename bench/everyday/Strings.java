// Everyday code: building and parsing strings in Java (see strings.dart): StringBuilder, split,
// indexOf, substring, Integer.parseInt, replace and toUpperCase.
import java.util.Locale;

public final class Strings {
  static long round(int r) {
    StringBuilder buffer = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      buffer.append("item ");
      buffer.append(i);
      buffer.append(": ");
      buffer.append((i * 7 + r) % 1000);
      buffer.append('\n');
    }
    String text = buffer.toString();
    long checksum = text.length();

    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = line.substring(0, colon);
      int value = Integer.parseInt(line.substring(colon + 2));
      checksum += value + name.length();
    }

    String renamed = text.replace("item", "entry");
    checksum += renamed.length();
    String upper = renamed.toUpperCase(Locale.ROOT);
    checksum += upper.charAt(upper.length() / 2);

    String keys = "";
    for (int i = 0; i < 100; i++) {
      keys = i + "-" + (i * i);
      checksum += keys.length();
    }
    return checksum;
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    long checksum = 0;
    for (int r = 0; r < rounds; r++) {
      checksum += round(r);
    }
    System.out.println(checksum);
  }
}
