import { diffLists } from './list-diff';

describe('diffLists', () => {
  const item = (seq: number, content: string, legalBasis = '依据') => ({ seq, content, legalBasis });

  it('finds added, removed and changed items even when the numbers move', () => {
    const before = [item(1, '甲'), item(2, '乙'), item(3, '丙')];
    const after = [item(1, '甲'), item(2, '丙', '新依据'), item(3, '丁')];
    expect(diffLists(before, after)).toEqual({
      added: [item(3, '丁')],
      removed: [item(2, '乙')],
      changed: [{ before: item(3, '丙'), after: item(2, '丙', '新依据') }],
      unchanged: 1,
    });
  });
});
