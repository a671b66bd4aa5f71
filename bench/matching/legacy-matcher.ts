// The keyword matcher the community check used before the segmenting matcher (libs/matching),
// kept only so that bench/matching can compare the two. Not used by the gateway.
// Matches the words a resident used ("开个住址证明") to a catalog entry, and failing that to
// an item of the negative list. Pure functions: the community service supplies the data.

export interface MatchableCertificate {
  code: string;
  name: string;
  aliases: string[];
}

export interface MatchableNegativeItem {
  seq: number;
  category: string | null;
  content: string;
}

const PUNCTUATION = /[\s\u3000、，,。.；;：:！!？?（）()《》<>“”"'‘’·\-—_/\\【】[\]{}]/g;
const LEADING_VERBS = /^(请|帮忙|需要|要|开具|出具|开个|开一个|开一份|开|办理|办个|办|提供|补开)+/;
const TRAILING_WORDS = /(的)?(证明书|证明信|证明材料|证明|情况说明|说明|材料)$/;

function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function normalize(text: string): string {
  return toHalfWidth(text).replace(PUNCTUATION, '').toUpperCase();
}

// The core of a certificate name without "开具…证明" wrapping: 开个居住证明 -> 居住.
export function core(text: string): string {
  const n = normalize(text).replace(LEADING_VERBS, '');
  const stripped = n.replace(TRAILING_WORDS, '');
  return stripped.length >= 2 ? stripped : n;
}

export interface CertificateMatch<T extends MatchableCertificate> {
  certificate: T;
  matchedOn: string;
  exact: boolean;
}

export function matchCertificate<T extends MatchableCertificate>(
  input: string,
  catalog: T[],
): CertificateMatch<T> | null {
  const n = normalize(input);
  const c = core(input);
  if (!n) return null;
  let best: { cert: T; key: string; score: number; exact: boolean } | null = null;
  const consider = (cert: T, key: string, score: number, exact: boolean) => {
    if (!best || score > best.score || (score === best.score && cert.code < best.cert.code))
      best = { cert, key, score, exact };
  };
  for (const cert of catalog) {
    for (const key of [cert.name, ...cert.aliases]) {
      const kn = normalize(key);
      const kc = core(key);
      if (!kn) continue;
      if (kn === n || kc === c) consider(cert, key, 1000 + kn.length, true);
      else if (kc.length >= 2 && c.includes(kc)) consider(cert, key, 100 + kc.length, false);
      else if (c.length >= 2 && kc.includes(c)) consider(cert, key, 50 + c.length, false);
    }
  }
  if (!best) return null;
  const b = best as { cert: T; key: string; score: number; exact: boolean };
  return { certificate: b.cert, matchedOn: b.key, exact: b.exact };
}

const NEGATIVE_VERBS =
  /^(评定|鉴定|认定|整治|拆除|组织|强制|征收|核实|协助|发展|占道|处罚|市政|住宅小区|商户企业|辖区|对违法搭建进行|已征迁未使用土地上的)+/;

// Phrases of an attachment-3 item, e.g. "认定危房等级" -> "危房等级", usable as keywords.
export function negativeKeywords(item: MatchableNegativeItem): string[] {
  const phrases = item.content
    .replace(/等[。.]?$/, '')
    .split(/[，,、；;。.（）()：:]/)
    .map((p) => normalize(p).replace(NEGATIVE_VERBS, '').replace(/等$/, ''))
    // "业主申报的企业缴税" is also asked for by its head noun, "企业缴税"
    .flatMap((p) => (p.includes('的') ? [p, p.slice(p.lastIndexOf('的') + 1)] : [p]))
    .filter((p) => p.length >= 3);
  const category = item.category ? normalize(item.category).replace(/类$/, '') : '';
  return [...new Set(category.length >= 2 ? [category, ...phrases] : phrases)];
}

export function matchNegativeItem<T extends MatchableNegativeItem>(
  input: string,
  items: T[],
): { item: T; keyword: string } | null {
  const n = normalize(input);
  for (const item of items) {
    for (const keyword of negativeKeywords(item)) {
      if (n.includes(keyword)) return { item, keyword };
    }
  }
  return null;
}
