import { chinaDay } from '#gw/common';
import type { CommunityListModel } from './catalog.model';

const COLUMNS: [string, (i: CommunityListModel['items'][number], l: CommunityListModel) => string | number | null][] = [
  ['清单', (_i, l) => l.title],
  ['版本', (_i, l) => l.version],
  // the civil date in China: effective dates are midnight there, which is the previous day in UTC
  ['生效日期', (_i, l) => chinaDay(l.effectiveFrom)],
  ['序号', (i) => i.seq],
  ['工作类型', (i) => i.category],
  ['内容', (i) => i.content],
  ['工作依据', (i) => i.legalBasis],
  ['列入原因', (i) => i.reason],
  ['证明事项编码', (i) => i.certificateCode],
  ['要求部门', (i) => i.departmentCode],
  ['填报频次', (i) => i.frequency],
  // the approval document a version was published under, so a printed copy names its authority
  ['清单来源', (_i, l) => l.source],
];

function cell(value: string | number | null): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet software reads the Chinese text.
export function listToCsv(list: CommunityListModel): string {
  const rows = [
    COLUMNS.map(([h]) => h).join(','),
    ...list.items.map((i) => COLUMNS.map(([, get]) => cell(get(i, list))).join(',')),
  ];
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
