import { AppException } from '#gw/common';

export interface ListItemDraft {
  seq: number;
  category: string | null;
  content: string;
  legalBasis: string;
  reason: string | null;
  certificateCode: string | null;
  departmentCode: string | null;
  frequency: string | null;
}

export type ListChange = { action: 'ADD'; item: Omit<ListItemDraft, 'seq'> } | { action: 'REMOVE'; seq: number };

export interface AppliedChange {
  items: ListItemDraft[];
  summary: string;
  seq: number;
}

const comparable = (text: string) => text.replace(/[\s\u3000。.，,、；;]/g, '');

// The item the change would duplicate, if any: same certificate, or the same text once
// punctuation and spacing are ignored.
export function duplicateOf(
  items: readonly ListItemDraft[],
  item: Pick<ListItemDraft, 'content' | 'certificateCode'>,
): ListItemDraft | undefined {
  return items.find(
    (i) =>
      (item.certificateCode && i.certificateCode === item.certificateCode) ||
      comparable(i.content) === comparable(item.content),
  );
}

// Applies an approved change to the items of the latest version. Sequence numbers are never
// reused, so "item 25" means one thing in every version of a list.
export function applyListChange(items: readonly ListItemDraft[], change: ListChange): AppliedChange {
  if (change.action === 'ADD') {
    const dup = duplicateOf(items, change.item);
    if (dup) throw AppException.conflict(`清单中已有该事项（第 ${dup.seq} 项）`, { seq: dup.seq });
    const seq = items.reduce((max, i) => Math.max(max, i.seq), 0) + 1;
    return { items: [...items, { ...change.item, seq }], summary: `新增第 ${seq} 项：${change.item.content}`, seq };
  }
  const target = items.find((i) => i.seq === change.seq);
  if (!target) throw AppException.conflict(`清单中已没有第 ${change.seq} 项`, { seq: change.seq });
  return {
    items: items.filter((i) => i.seq !== change.seq),
    summary: `移出第 ${change.seq} 项：${target.content}`,
    seq: change.seq,
  };
}
