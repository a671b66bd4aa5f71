import { createHash } from 'node:crypto';
import { ClaimSchemaLike, renderClaim } from '#gw/catalog';

// The written notice (告知书) a resident reads before committing. Its elements follow national
// practice for notify-and-commit (国办发〔2020〕42号): the item and its legal basis, what exactly
// is committed, the liability for a false commitment, the agency's power and time to verify, and
// whether the commitment is disclosed. A change of wording is a new version; every commitment
// keeps the exact text and version its resident saw. 2026.2: the committed content is a sentence
// in the resident's own words (claim-sentence.ts) instead of the claim's JSON, and the notice ends
// with the line the resident signs. The resident's name is not kept by the gateway (only a keyed
// hash and the masked ID number), and the stored, hashed and signed text must not carry it in
// clear, so the notice says 本人 and leaves 承诺人（签名） blank for the resident's own hand.
export const NOTICE_VERSION = 'HX-NOTICE-2026.2';

export interface NoticeFacts {
  factCode: string;
  factName: string;
  claimSchema: ClaimSchemaLike;
  claim: Record<string, unknown>;
  // names of the region codes the claim names, when the catalog knows them
  regionNames?: Record<string, string>;
  subjectMasked: string;
  department: string;
  matter: string;
  postVerifyDays: number;
  disclosed: boolean;
}

const LEGAL_BASIS =
  '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）；《环县开展社区减负专项行动的实施方案》二（五）：对于数据信息缺失、确实无法查询核实的证明事项，探索通过个人书面承诺告知的方式解决，将个人承诺诚信纳入社会信用体系';

export function renderNotice(n: NoticeFacts): string {
  return [
    `证明事项告知承诺书（${NOTICE_VERSION}）`,
    `一、事项名称：${n.matter}所需“${n.factName}”的证明。设定依据：${LEGAL_BASIS}。`,
    `二、承诺内容：本人（公民身份号码 ${n.subjectMasked}）就“${n.factName}”郑重承诺：${renderClaim({ factCode: n.factCode, schema: n.claimSchema, claim: n.claim, regionNames: n.regionNames })}上述内容真实、准确、完整。`,
    '三、虚假承诺的责任：承诺不实的，办理机关将终止办理；已作出决定的，依法撤销；依照有关法律法规予以处理；并将虚假承诺情况记入本人社会信用记录，推送至信用信息共享平台。',
    `四、核查：${n.department}有权对承诺内容进行核查，将于签署之日起 ${n.postVerifyDays} 日内完成事后核查，本人应予配合。`,
    `五、公开：${n.disclosed ? '本承诺书的事项名称、承诺人（脱敏）及核查结果将依法公开。' : '本承诺书不予公开，仅用于本事项办理与核查。'}`,
    '六、本人自愿作出承诺，由本人亲自签署，不得由他人代签；在办理机关作出决定之前可以撤回承诺，撤回后须按规定提交相应证明材料。',
    '承诺人（签名）：＿＿＿＿＿＿＿＿　　签署日期：＿＿＿＿年＿＿月＿＿日',
  ].join('\n');
}

export function noticeHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
