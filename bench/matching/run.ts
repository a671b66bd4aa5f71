// How much the segmenting matcher costs against the keyword matcher it replaced, on the same
// phrasings (the committed evaluation set) and the same shipped catalog:   npm run bench:matching
// Prints time per phrasing for each and the ratio; also how long the first use takes (the
// dictionary load, once per process). Nothing here is a pass/fail threshold.
import { CERTIFICATE_TYPES, COMMUNITY_LISTS } from '#gw/catalog';
import { CertificateIndex, RESIDENT_PHRASINGS, screenNegative } from '#gw/matching';
import { matchCertificate, matchNegativeItem } from './legacy-matcher';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const texts = RESIDENT_PHRASINGS.map(([text]) => text);
const negative = COMMUNITY_LISTS.find((l) => l.kind === 'NEGATIVE')!.items.map((i) => ({
  seq: i.seq,
  category: i.category ?? null,
  content: i.content,
}));

function time(label: string, fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${label.padEnd(48)}${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

// what one community check asks of each: the certificate, and the negative list when none fits
function legacyCheck(text: string): void {
  if (!matchCertificate(text, CERTIFICATE_TYPES)) matchNegativeItem(text, negative);
}

let index!: CertificateIndex;
time('first use: dictionary load and catalog index', () => {
  index = new CertificateIndex(CERTIFICATE_TYPES);
});
const newCheck = (text: string): void => {
  if (index.match(text).kind === 'NONE') screenNegative([text], negative);
};
// warm both up so the comparison is of steady state
for (const t of texts) {
  legacyCheck(t);
  newCheck(t);
}
const n = texts.length * ROUNDS;
const legacy = time(`keyword matcher, ${n} phrasings`, () => {
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) legacyCheck(t);
});
const segmenting = time(`segmenting matcher, ${n} phrasings`, () => {
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) newCheck(t);
});
console.log(
  `per phrasing: keyword ${((legacy * 1000) / n).toFixed(1)} µs, segmenting ${((segmenting * 1000) / n).toFixed(1)} µs`,
);
console.log(`ratio segmenting / keyword: ${(segmenting / legacy).toFixed(1)}×`);
