import { registerEnumType } from '@nestjs/graphql';

export enum AssistKind {
  ASSIST = 'ASSIST',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(AssistKind, {
  name: 'AssistKind',
  valuesMap: { ASSIST: { description: '部门间协查' }, THIRD_PARTY: { description: '委托第三方核查' } },
});

export enum AssistStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssistStatus, {
  name: 'AssistStatus',
  valuesMap: {
    OPEN: { description: '待答复' },
    ANSWERED: { description: '已答复' },
    EXPIRED: { description: '逾期未答复' },
    CANCELLED: { description: '已撤回' },
  },
});

export enum AssistAnswer {
  CONFIRMED = 'CONFIRMED',
  REFUTED = 'REFUTED',
  UNABLE = 'UNABLE',
}
registerEnumType(AssistAnswer, {
  name: 'AssistAnswer',
  valuesMap: {
    CONFIRMED: { description: '经核实属实' },
    REFUTED: { description: '经核实不属实' },
    UNABLE: { description: '无法核实' },
  },
});
