import type { ListSeed } from '#gw/catalog';

// The shipped lists in the shapes the evaluation takes.

export function negativeItems(lists: ListSeed[]) {
  const negative = lists.find((l) => l.kind === 'NEGATIVE')!;
  return negative.items.map((i) => ({ seq: i.seq, category: i.category ?? null, content: i.content }));
}

// The items of attachments 1 and 2, which a work-access text may restate.
export function listedTexts(lists: ListSeed[]): string[] {
  return lists.filter((l) => l.kind === 'DUTY' || l.kind === 'ASSIST').flatMap((l) => l.items.map((i) => i.content));
}

// The committed texts plus every item of attachments 1 and 2 word for word, which must pass.
export function workAccessSet(texts: [string, string][], lists: ListSeed[]): [string, string][] {
  return [...texts, ...listedTexts(lists).map((t): [string, string] => [t, 'PASS'])];
}
