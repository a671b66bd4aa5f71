import { AppException } from '#gw/common';
import { applyListChange, ListItemDraft } from './list-change';

const item = (seq: number, content: string, certificateCode: string | null = null): ListItemDraft => ({
  seq,
  category: null,
  content,
  legalBasis: '依据',
  reason: null,
  certificateCode,
  departmentCode: null,
  frequency: null,
});

describe(applyListChange.name, () => {
  const base = [item(1, '调解民间纠纷。'), item(2, '社区志愿服务证明', 'VOLUNTEER_SERVICE'), item(4, '开展文体活动。')];

  it('appends an added item after the highest sequence number, never reusing a removed one', () => {
    const sut = applyListChange(base, { action: 'ADD', item: item(0, '协助开展献血宣传。') });
    expect(sut.seq).toBe(5);
    expect(sut.items.map((i) => i.seq)).toEqual([1, 2, 4, 5]);
    expect(sut.summary).toBe('新增第 5 项：协助开展献血宣传。');
    expect(base).toHaveLength(3);
  });

  it('refuses an item already on the list, ignoring punctuation and spacing', () => {
    expect(() => applyListChange(base, { action: 'ADD', item: item(0, '调解民间纠纷') })).toThrow(AppException);
    expect(() =>
      applyListChange(base, { action: 'ADD', item: item(0, '志愿服务证明（新）', 'VOLUNTEER_SERVICE') }),
    ).toThrow(/第 2 项/);
  });

  it('removes an item by its sequence number and keeps the others unchanged', () => {
    const sut = applyListChange(base, { action: 'REMOVE', seq: 2 });
    expect(sut.items.map((i) => i.seq)).toEqual([1, 4]);
    expect(sut.summary).toBe('移出第 2 项：社区志愿服务证明');
  });

  it('refuses to remove an item the list no longer has', () => {
    expect(() => applyListChange(base, { action: 'REMOVE', seq: 3 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});
