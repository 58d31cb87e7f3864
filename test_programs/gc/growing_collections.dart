// Growing lists and maps of objects across collections: the backing arrays are reallocated as
// they grow (the old ones become garbage, the big ones in the large-object space), map values
// are replaced, and sublists copy parts of a list, while a chain of 4000 linked items stays alive.
// Natively it allocates under 2 MB and need not collect at all: it is meant for the gc-stress
// run, which collects at every allocation (about 40,000 times).
//
// Expectations derived by hand: items 0..3999 (ids sum to 3999 * 4000 / 2 = 7998000) each link
// to the previous one, so the chain from the last has 4000 items with the same sum; the map has
// one entry per label; the labels i = 0, 3, ..., 3999 (1334 of them) are replaced three times,
// the last time by ids i + 30000, so the map's ids sum to 7998000 + 1334 * 30000 = 48018000;
// the 40 sublists of 100 items hold the same items as the list.

class Item {
  final int id;
  final String label;
  Item? link;
  Item(this.id, this.label);
}

void main() {
  List<Item> items = [];
  Map<String, Item> byLabel = {};
  Item? previous;
  for (int i = 0; i < 4000; i++) {
    Item item = Item(i, 'item$i');
    item.link = previous;
    previous = item;
    items.add(item);
    byLabel[item.label] = item;
  }
  for (int round = 1; round <= 3; round++) {
    for (int i = 0; i < 4000; i += 3) {
      byLabel['item$i'] = Item(i + round * 10000, 'item$i');
    }
  }
  List<List<Item>> groups = List.generate(40, (g) => items.sublist(g * 100, g * 100 + 100));

  int chainLength = 0;
  int chainSum = 0;
  for (Item? it = items.last; it != null; it = it.link) {
    chainLength++;
    chainSum += it.id;
  }
  print('chain: $chainLength items, ids sum $chainSum');

  int misplaced = 0;
  for (int i = 0; i < items.length; i++) {
    if (items[i].id != i || items[i].label != 'item$i') misplaced++;
  }
  print('list: ${items.length} items, misplaced $misplaced');

  int mapSum = 0;
  int wrongLabels = 0;
  byLabel.forEach((label, item) {
    mapSum += item.id;
    if (item.label != label) wrongLabels++;
  });
  print('map: ${byLabel.length} entries, ids sum $mapSum, wrong labels $wrongLabels');
  print('first keys: ${byLabel.keys.take(4).join(',')}');

  int groupSum = 0;
  for (List<Item> group in groups) {
    for (Item item in group) {
      groupSum += item.id;
    }
  }
  print('groups: ${groups.length} of ${groups[0].length}, ids sum $groupSum, last ${groups[39].last.id}');
  print('shared: ${identical(groups[7][5], items[705])}');
}
