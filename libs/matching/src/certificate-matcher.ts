import { analyze, Analysis, ancestorsOf, roleOf } from './analyze';
import { compactText } from './normalize';

// Which catalog entry a resident's words name. Every name and alias of an entry becomes a set of
// concepts; the words are compared with each set as a whole (how much of the name the words
// cover, and how much of the words the name explains), never as substrings. Rare concepts weigh
// more than common ones (inverse document frequency over the catalog). When two entries fit about
// equally the answer says so and lists both, for the clerk to choose.

export interface MatchableCertificate {
  code: string;
  name: string;
  aliases: string[];
}

export type MatchKind = 'MATCHED' | 'AMBIGUOUS' | 'NONE';

export interface CandidateMatch {
  code: string;
  score: number;
  // the name or alias that fits best
  matchedOn: string;
  // the resident's words that carried the match, e.g. ["我爸→父亲", "关系"]
  evidence: string[];
}

export interface CertificateMatchResult {
  kind: MatchKind;
  // MATCHED: the one entry; AMBIGUOUS: the entries that fit about equally, best first;
  // NONE: entries that fit a little (below the threshold), best first, at most three
  candidates: CandidateMatch[];
  // the resident's words as understood, for the feedback loop and explanations
  understood: string[];
}

// Tuned on the committed evaluation set (npm run eval:matching).
export const MATCH_THRESHOLD = 0.55;
export const AMBIGUITY_MARGIN = 0.08;
const WEAK_THRESHOLD = 0.45;
const MAX_CANDIDATES = 5;
// A person mentioned along the way (我闺女的在读证明) says whom the certificate is for.
const PERSON_WEIGHT = 0.35;
// Words said as the purpose ("办低保要的…") count half.
const CONTEXT_WEIGHT = 0.5;
// A match carried by the purpose alone ("孩子上学要的证明") is not a match.
const CONTEXT_ONLY_FACTOR = 0.8;
// The input is more specific than the name (父亲 for 亲属), or more general (亲属 for 父子).
const NARROWER = [1, 0.85, 0.75, 0.65];
const BROADER = 0.6;
const UNKNOWN_WORD_WEIGHT = 2;
const UNKNOWN_CHAR_WEIGHT = 0.3;

interface Term {
  id: string; // a concept, or '#word' for a word the lexicon does not know
  form: string;
  context: boolean;
  person: boolean;
}

interface Key {
  code: string;
  text: string;
  compact: string;
  terms: Set<string>;
}

function termsOf(a: Analysis): Term[] {
  return [
    ...a.hits.map((h) => ({ id: h.concept, form: h.form, context: h.context, person: roleOf(h.concept) === 'person' })),
    ...a.unknown.map((u) => ({ id: `#${u.word}`, form: u.word, context: u.context, person: false })),
  ];
}

export class CertificateIndex<T extends MatchableCertificate = MatchableCertificate> {
  private readonly keys: Key[] = [];
  // every concept of every name and alias of an entry: how much of the words the entry explains
  private readonly entryTerms = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  private readonly unseenIdf: number;
  private readonly byCode = new Map<string, T>();

  constructor(entries: T[]) {
    const df = new Map<string, number>();
    for (const e of entries) {
      this.byCode.set(e.code, e);
      const seen = new Set<string>();
      for (const text of [e.name, ...e.aliases]) {
        const terms = new Set(termsOf(analyze(text)).map((t) => t.id));
        if (terms.size === 0) continue;
        this.keys.push({ code: e.code, text, compact: compactText(text), terms });
        terms.forEach((t) => seen.add(t));
      }
      seen.forEach((t) => df.set(t, (df.get(t) ?? 0) + 1));
      this.entryTerms.set(e.code, seen);
    }
    const n = Math.max(1, entries.length);
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + n / d));
    this.unseenIdf = Math.log(1 + 2 * n);
  }

  entry(code: string): T | undefined {
    return this.byCode.get(code);
  }

  match(text: string): CertificateMatchResult {
    const analysis = analyze(text);
    const terms = termsOf(analysis);
    const understood = [...analysis.repairs, ...terms.map((t) => (t.id.startsWith('#') ? t.form : this.show(t)))];
    const compact = compactText(text);
    // the catalog's own words are always understood as that entry
    const exact = this.keys.find((k) => k.compact === compact);
    if (exact) {
      return {
        kind: 'MATCHED',
        candidates: [{ code: exact.code, score: 1, matchedOn: exact.text, evidence: [exact.text] }],
        understood,
      };
    }
    if (terms.length === 0) return { kind: 'NONE', candidates: [], understood };

    const best = new Map<string, CandidateMatch>();
    for (const key of this.keys) {
      const scored = this.score(terms, key);
      const current = best.get(key.code);
      if (scored.score > 0 && (!current || scored.score > current.score)) best.set(key.code, scored);
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    const top = ranked[0];
    if (!top || top.score < MATCH_THRESHOLD) {
      return { kind: 'NONE', candidates: ranked.filter((c) => c.score >= WEAK_THRESHOLD).slice(0, 3), understood };
    }
    const close = ranked.filter((c) => c.score >= MATCH_THRESHOLD && top.score - c.score <= AMBIGUITY_MARGIN);
    if (close.length > 1) return { kind: 'AMBIGUOUS', candidates: close.slice(0, MAX_CANDIDATES), understood };
    return { kind: 'MATCHED', candidates: [top], understood };
  }

  private weight(id: string): number {
    return this.idf.get(id) ?? this.unseenIdf;
  }

  private inputWeight(t: Term): number {
    let w = t.id.startsWith('#') ? (t.form.length > 1 ? UNKNOWN_WORD_WEIGHT : UNKNOWN_CHAR_WEIGHT) : this.weight(t.id);
    if (t.person) w *= PERSON_WEIGHT;
    if (t.context) w *= CONTEXT_WEIGHT;
    return w;
  }

  private score(terms: Term[], key: Key): CandidateMatch {
    const evidence: string[] = [];
    let covered = 0;
    let keyTotal = 0;
    for (const k of key.terms) {
      const w = this.weight(k);
      keyTotal += w;
      // a name met only by the purpose ("办低保要的…") is met half
      covered += w * Math.max(0, ...terms.map((t) => fit(t.id, k) * (t.context ? CONTEXT_WEIGHT : 1)));
    }
    let explained = 0;
    let inputTotal = 0;
    let carriedByHead = false;
    for (const t of terms) {
      const w = this.inputWeight(t);
      inputTotal += w;
      const f = Math.max(0, ...[...(this.entryTerms.get(key.code) ?? key.terms)].map((k) => fit(t.id, k)));
      if (f > 0) {
        explained += w * f;
        evidence.push(t.id.startsWith('#') ? t.form : this.show(t));
        if (!t.context) carriedByHead = true;
      }
    }
    const coverage = keyTotal > 0 ? covered / keyTotal : 0;
    const precision = inputTotal > 0 ? explained / inputTotal : 0;
    let score = coverage + precision > 0 ? (2 * coverage * precision) / (coverage + precision) : 0;
    if (!carriedByHead) score *= CONTEXT_ONLY_FACTOR;
    return {
      code: key.code,
      score: Math.round(score * 1000) / 1000,
      matchedOn: key.text,
      evidence: [...new Set(evidence)],
    };
  }

  private show(t: Term): string {
    return t.form === t.id ? t.id : `${t.form}→${t.id}`;
  }
}

// How well a word of the input stands for a concept of a name: the same concept, a narrower one
// (父亲 for 亲属) or a broader one (亲属 for 父子); unknown words only for themselves.
function fit(input: string, key: string): number {
  if (input === key) return 1;
  if (input.startsWith('#') || key.startsWith('#')) return 0;
  const up = ancestorsOf(input).get(key);
  if (up !== undefined) return NARROWER[Math.min(up, NARROWER.length - 1)];
  if (ancestorsOf(key).has(input)) return BROADER;
  return 0;
}
