import { CertificateIndex, MatchableCertificate } from '../certificate-matcher';
import { screenNegative, ScreenableItem } from '../negative-screener';

// Scores the matcher and the screening against the committed, labelled sets (see the label
// conventions in resident-phrasings.ts and work-access-texts.ts). Pure: the caller supplies the
// catalog and the lists, so the same code runs from `npm run eval:matching` and from the test
// that keeps the levels reached.

export interface ClassStats {
  label: string;
  support: number; // labelled with this class
  predicted: number; // answered with this class
  correct: number;
  precision: number;
  recall: number;
}

export interface Miss {
  text: string;
  expected: string;
  got: string;
  detail: string;
}

export interface ResidentReport {
  total: number;
  correct: number;
  accuracy: number;
  // a definite entry answered with another entry: the costly error
  wrongEntry: number;
  classes: ClassStats[];
  misses: Miss[];
}

export interface WorkAccessReport {
  total: number;
  correct: number;
  accuracy: number;
  forbidden: number; // labelled REFUSE
  forbiddenRefused: number;
  forbiddenCaught: number; // refused or flagged
  innocent: number; // labelled PASS
  innocentRefused: number;
  innocentFlagged: number;
  classes: ClassStats[];
  misses: Miss[];
}

function classOf(label: string): string {
  if (label.startsWith('?')) return 'AMBIGUOUS';
  return label;
}

function stats(pairs: { expected: string; got: string; correct: boolean }[]): ClassStats[] {
  const labels = [...new Set(pairs.flatMap((p) => [p.expected, p.got]))].sort();
  return labels.map((label) => {
    const support = pairs.filter((p) => p.expected === label).length;
    const predicted = pairs.filter((p) => p.got === label).length;
    const correct = pairs.filter((p) => p.expected === label && p.correct).length;
    return {
      label,
      support,
      predicted,
      correct,
      precision: predicted ? pairs.filter((p) => p.got === label && p.correct).length / predicted : 1,
      recall: support ? correct / support : 1,
    };
  });
}

export function evaluateResidents<T extends MatchableCertificate, N extends ScreenableItem>(
  set: [string, string][],
  catalog: T[],
  negative: N[],
): ResidentReport {
  const index = new CertificateIndex(catalog);
  const pairs: { expected: string; got: string; correct: boolean }[] = [];
  const misses: Miss[] = [];
  let wrongEntry = 0;
  for (const [text, label] of set) {
    const r = index.match(text);
    let got: string;
    let correct: boolean;
    if (r.kind === 'MATCHED') got = r.candidates[0].code;
    else if (r.kind === 'AMBIGUOUS') got = `?${r.candidates.map((c) => c.code).join('+')}`;
    else {
      const s = screenNegative([text], negative);
      got = s.verdict === 'REFUSE' ? `NEG:${s.hit!.item.seq}` : 'NONE';
    }
    if (label.startsWith('?')) {
      const wanted = label.slice(1).split('+');
      correct = got.startsWith('?') && wanted.every((w) => got.slice(1).split('+').includes(w));
    } else correct = got === label;
    if (
      !correct &&
      !label.startsWith('?') &&
      !['NONE'].includes(label) &&
      !label.startsWith('NEG') &&
      !got.startsWith('?') &&
      got !== 'NONE'
    )
      wrongEntry++;
    pairs.push({ expected: classOf(label), got: classOf(got), correct });
    if (!correct)
      misses.push({
        text,
        expected: label,
        got,
        detail: r.candidates.map((c) => `${c.code} ${c.score} ${c.matchedOn}`).join('; ') || r.understood.join('、'),
      });
  }
  const correct = pairs.filter((p) => p.correct).length;
  return { total: set.length, correct, accuracy: correct / set.length, wrongEntry, classes: stats(pairs), misses };
}

export function evaluateWorkAccess<N extends ScreenableItem>(
  set: [string, string][],
  negative: N[],
  listed: string[],
): WorkAccessReport {
  const pairs: { expected: string; got: string; correct: boolean }[] = [];
  const misses: Miss[] = [];
  const count = {
    forbidden: 0,
    forbiddenRefused: 0,
    forbiddenCaught: 0,
    innocent: 0,
    innocentRefused: 0,
    innocentFlagged: 0,
  };
  for (const [text, label] of set) {
    const s = screenNegative([text], negative, listed);
    const got = s.verdict === 'PASS' ? 'PASS' : `${s.verdict}:${s.hit!.item.seq}`;
    const [kind, seq] = label.split(':');
    let correct: boolean;
    if (kind === 'REFUSE') {
      count.forbidden++;
      if (got === label) count.forbiddenRefused++;
      if (got !== 'PASS' && got.endsWith(`:${seq}`)) count.forbiddenCaught++;
      correct = got === label;
    } else if (kind === 'FLAG') {
      // flagged or refused, as long as it names the item
      correct = got !== 'PASS' && got.endsWith(`:${seq}`);
    } else {
      count.innocent++;
      if (s.verdict === 'REFUSE') count.innocentRefused++;
      if (s.verdict === 'FLAG') count.innocentFlagged++;
      correct = s.verdict !== 'REFUSE';
    }
    pairs.push({ expected: label, got: kind === 'FLAG' && correct ? label : got, correct });
    if (!correct || (kind === 'PASS' && s.verdict === 'FLAG'))
      misses.push({
        text,
        expected: label,
        got,
        detail: s.hit ? `${s.hit.level} ${s.hit.terms.join('+')} 「${s.hit.clause}」` : '',
      });
  }
  const correct = pairs.filter((p) => p.correct).length;
  return { total: set.length, correct, accuracy: correct / set.length, ...count, classes: stats(pairs), misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function table(classes: ClassStats[]): string[] {
  return [
    'class'.padEnd(28) + 'support  predicted  precision  recall',
    ...classes.map(
      (c) =>
        `${c.label.padEnd(28)}${String(c.support).padStart(7)}${String(c.predicted).padStart(11)}${pct(c.precision).padStart(11)}${pct(c.recall).padStart(8)}`,
    ),
  ];
}

export function formatReport(resident: ResidentReport, work: WorkAccessReport): string {
  return [
    `Resident phrasings: ${resident.correct}/${resident.total} right (${pct(resident.accuracy)}), ${resident.wrongEntry} answered with a wrong entry`,
    ...table(resident.classes),
    '',
    `Misses (${resident.misses.length}):`,
    ...resident.misses.map((m) => `  ${m.text}  expected ${m.expected}, got ${m.got}  [${m.detail}]`),
    '',
    `Work-access texts: ${work.correct}/${work.total} right (${pct(work.accuracy)})`,
    `  negative-list work refused ${work.forbiddenRefused}/${work.forbidden}, refused or flagged ${work.forbiddenCaught}/${work.forbidden}`,
    `  innocent texts refused ${work.innocentRefused}/${work.innocent}, flagged ${work.innocentFlagged}/${work.innocent}`,
    ...table(work.classes),
    '',
    `Misses and flagged innocent texts (${work.misses.length}):`,
    ...work.misses.map((m) => `  ${m.text}  expected ${m.expected}, got ${m.got}  [${m.detail}]`),
  ].join('\n');
}
