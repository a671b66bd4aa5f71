import { CERTIFICATE_TYPES, COMMUNITY_LISTS } from '#gw/catalog';
import { evaluateResidents, evaluateWorkAccess, RESIDENT_PHRASINGS, WORK_ACCESS_TEXTS } from '#gw/matching';
import { listedTexts, negativeItems, workAccessSet } from './eval-sets';

// The levels the committed evaluation sets reached (npm run eval:matching prints the full
// report). A change to the matcher, the lexicon, the screening concepts or the catalog that
// lowers them fails here; raise them when the matcher gets better.
describe('matching evaluation', () => {
  const negative = negativeItems(COMMUNITY_LISTS);

  it('has a resident set large enough and covering every catalog entry', () => {
    expect(RESIDENT_PHRASINGS.length).toBeGreaterThanOrEqual(300);
    const labelled = new Set(RESIDENT_PHRASINGS.flatMap(([, label]) => label.replace(/^\?/, '').split('+')));
    expect(CERTIFICATE_TYPES.map((c) => c.code).filter((code) => !labelled.has(code))).toEqual([]);
    expect(RESIDENT_PHRASINGS.filter(([, label]) => label === 'NONE').length).toBeGreaterThanOrEqual(30);
    expect(new Set(RESIDENT_PHRASINGS.map(([text]) => text)).size).toBe(RESIDENT_PHRASINGS.length);
  });

  it('understands at least 99% of the resident phrasings and never answers with a wrong entry', () => {
    const report = evaluateResidents(RESIDENT_PHRASINGS, CERTIFICATE_TYPES, negative);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(report.wrongEntry).toBe(0);
    const none = report.classes.find((c) => c.label === 'NONE')!;
    expect(none.recall).toBeGreaterThanOrEqual(1);
  });

  it('has a work-access set with every item of the negative list paraphrased', () => {
    expect(WORK_ACCESS_TEXTS.length).toBeGreaterThanOrEqual(120);
    const refused = new Set(WORK_ACCESS_TEXTS.filter(([, l]) => l.startsWith('REFUSE')).map(([, l]) => l));
    expect([...refused].sort()).toEqual(negative.map((i) => `REFUSE:${i.seq}`).sort());
  });

  it('refuses every paraphrase of the negative list and no innocent text', () => {
    const report = evaluateWorkAccess(
      workAccessSet(WORK_ACCESS_TEXTS, COMMUNITY_LISTS),
      negative,
      listedTexts(COMMUNITY_LISTS),
    );
    expect(report.innocentRefused).toBe(0);
    expect(report.forbiddenRefused).toBe(report.forbidden);
    expect(report.accuracy).toBe(1);
    expect(report.innocentFlagged).toBeLessThanOrEqual(2);
  });
});
