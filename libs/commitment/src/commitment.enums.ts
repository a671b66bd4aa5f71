import { registerEnumType } from '@nestjs/graphql';

export enum CommitmentStatus {
  OFFERED = 'OFFERED',
  SIGNED = 'SIGNED',
  WITHDRAWN = 'WITHDRAWN',
  HONORED = 'HONORED',
  BREACHED = 'BREACHED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  valuesMap: {
    OFFERED: { description: '已告知，待当事人签署' },
    SIGNED: { description: '已签署，待事后核查' },
    WITHDRAWN: { description: '当事人已撤回' },
    HONORED: { description: '事后核查属实' },
    BREACHED: { description: '事后核查不实（已记入信用记录）' },
  },
});

export enum SignatureMethod {
  ON_SCREEN = 'ON_SCREEN',
  HANDWRITTEN_SCAN = 'HANDWRITTEN_SCAN',
  ELECTRONIC_SIGNATURE = 'ELECTRONIC_SIGNATURE',
}
registerEnumType(SignatureMethod, {
  name: 'SignatureMethod',
  valuesMap: {
    ON_SCREEN: { description: '窗口屏幕手写签名' },
    HANDWRITTEN_SCAN: { description: '纸质签名扫描件' },
    ELECTRONIC_SIGNATURE: { description: '电子签名' },
  },
});

export enum PostVerificationResult {
  HONORED = 'HONORED',
  BREACHED = 'BREACHED',
}
registerEnumType(PostVerificationResult, {
  name: 'PostVerificationResult',
  valuesMap: { HONORED: { description: '承诺属实' }, BREACHED: { description: '承诺不实' } },
});
