import { AppException, ErrorCode } from '#gw/common';
import { ScreeningStatus } from './screening.model';

export interface ScreeningState {
  status: string;
  itemSeq: number;
  category: string | null;
}

// Civil affairs may pass an application only once a negative-list flag on it has been cleared
// with a reason; a flag confirmed as negative-list work can only be rejected.
export function assertScreeningAllowsPass(screening: ScreeningState | null): void {
  if (!screening) return;
  const item = `负面清单第 ${screening.itemSeq} 项${screening.category ? `（${screening.category}）` : ''}`;
  switch (screening.status as ScreeningStatus) {
    case ScreeningStatus.CLEARED:
      return;
    case ScreeningStatus.FLAGGED:
      throw AppException.conflict(`该申请可能涉及${item}，须先核实（确认或排除）并说明理由，才能审核通过`, {
        screening: screening.status,
        seq: screening.itemSeq,
      });
    case ScreeningStatus.CONFIRMED:
      throw new AppException(ErrorCode.NEGATIVE_LIST, `该申请经核实属于${item}，不得交由社区组织承担，只能不予通过`, {
        screening: screening.status,
        seq: screening.itemSeq,
      });
    default:
      throw AppException.conflict('负面清单筛查状态无效', { screening: screening.status });
  }
}
