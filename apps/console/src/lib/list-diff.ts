// What changed between two versions of a list: items matched by their content (a sequence
// number moves when an item before it is removed).

export interface DiffItem {
  seq: number;
  content: string;
  legalBasis: string;
}

export interface ListDiff<T extends DiffItem> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T }[];
  unchanged: number;
}

export function diffLists<T extends DiffItem>(before: T[], after: T[]): ListDiff<T> {
  const key = (i: T) => i.content.trim();
  const old = new Map(before.map((i) => [key(i), i]));
  const now = new Map(after.map((i) => [key(i), i]));
  const added = after.filter((i) => !old.has(key(i)));
  const removed = before.filter((i) => !now.has(key(i)));
  const changed: { before: T; after: T }[] = [];
  let unchanged = 0;
  for (const a of after) {
    const b = old.get(key(a));
    if (!b) continue;
    if (b.legalBasis !== a.legalBasis) changed.push({ before: b, after: a });
    else unchanged += 1;
  }
  return { added, removed, changed, unchanged };
}
