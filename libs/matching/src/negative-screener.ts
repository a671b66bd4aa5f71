import { NEGATIONS, NEGATIVE_CONCEPTS, NegativeCategoryConcepts } from './negative-concepts';
import { clauses, compactText, normalizeText } from './normalize';
import { cut } from './segmenter';

// Screens a department's text (a work-access item, a resident's words) against the negative
// list by meaning. Terms are matched on word boundaries of the segmented text, never inside a
// word: 招商银行 does not contain 招商, and a clause has to name both the object and the
// forbidden action before the work counts as the list's. A confident match refuses; a possible
// one (the object without the action, or an action that is negated) is flagged for civil affairs.

export interface ScreenableItem {
  seq: number;
  category: string | null;
  content: string;
}

export type ScreeningLevel = 'CONFIRMED' | 'POSSIBLE';
export type ScreeningVerdict = 'REFUSE' | 'FLAG' | 'PASS';

export interface NegativeHit<T extends ScreenableItem> {
  item: T;
  level: ScreeningLevel;
  // the words found, e.g. ["电梯", "安全检查"]
  terms: string[];
  clause: string;
  // who does the work instead
  responsible: string | null;
}

export interface ScreeningResult<T extends ScreenableItem> {
  verdict: ScreeningVerdict;
  hit: NegativeHit<T> | null;
  // set when a confident match was lowered because the text reads as an item of attachment 1 or 2
  listedAs: string | null;
}

const MAX_SPAN_WORDS = 4;
const NEGATION_REACH = 3;
// how alike a text and an item of the duty or assist list must be to count as that item
const LISTED_SIMILARITY = 0.7;

interface Span {
  text: string;
  start: number;
}

interface Concepts {
  phrases: Set<string>;
  rules: { objects: Set<string>; actions: Set<string>; also: string[] }[];
  mentions: Set<string>;
  innocent: string[];
  responsible: string | null;
}

const curated = new Map<string, Concepts>();
for (const c of NEGATIVE_CONCEPTS) curated.set(normalizeText(c.category), compile(c));
const negations = new Set(NEGATIONS.map(normalizeText));

function compile(c: NegativeCategoryConcepts): Concepts {
  const set = (words: string[]) => new Set(words.map(normalizeText));
  return {
    phrases: set(c.phrases),
    rules: c.rules.map((r) => ({
      objects: set(r.objects),
      actions: set(r.actions),
      also: (r.also ?? []).map(normalizeText),
    })),
    mentions: set(c.mentions),
    innocent: (c.innocent ?? []).map(normalizeText),
    responsible: c.responsible,
  };
}

// An item whose category has no curated concepts (a category added to a later list) is matched
// by the phrases of its own text: long ones confidently, short ones as a mention.
function derived(item: ScreenableItem): Concepts {
  const phrases = item.content
    .split(/[，,、；;。.：:（）()]/)
    .map((p) => compactText(p).replace(/等$/, ''))
    .filter((p) => p.length >= 2);
  return {
    phrases: new Set(phrases.filter((p) => p.length >= 4)),
    rules: [],
    mentions: new Set(phrases.filter((p) => p.length < 4)),
    innocent: [],
    responsible: null,
  };
}

function conceptsFor(item: ScreenableItem): Concepts {
  return (item.category && curated.get(normalizeText(item.category))) || derived(item);
}

function spansOf(words: string[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    let text = '';
    for (let j = i; j < Math.min(words.length, i + MAX_SPAN_WORDS); j++) {
      text += words[j];
      spans.push({ text, start: i });
    }
  }
  return spans;
}

function negated(words: string[], start: number): boolean {
  for (let i = Math.max(0, start - NEGATION_REACH); i < start; i++) if (negations.has(words[i])) return true;
  return false;
}

function screenClause(clause: string, c: Concepts): { level: ScreeningLevel; terms: string[] } | null {
  let text = clause;
  for (const phrase of c.innocent) text = text.split(phrase).join('，');
  const words = cut(text).filter((w) => w !== '，');
  const spans = spansOf(words);
  const found = (set: Set<string>) => spans.filter((s) => set.has(s.text));
  const affirmed = (set: Set<string>) => found(set).filter((s) => !negated(words, s.start));

  const phrase = affirmed(c.phrases)[0];
  if (phrase) return { level: 'CONFIRMED', terms: [phrase.text] };
  for (const rule of c.rules) {
    const object = found(rule.objects)[0];
    const action = affirmed(rule.actions).find((a) => a.text !== object?.text);
    const also = rule.also.length === 0 || rule.also.some((a) => words.some((w) => w.includes(a)));
    if (object && action && also) return { level: 'CONFIRMED', terms: [object.text, action.text] };
  }
  // a listed object whose forbidden action is negated ("不参与拆除违建") is still worth a look
  const negatedRule = c.rules.find((r) => found(r.objects).length > 0 && found(r.actions).length > 0);
  const mention =
    found(c.mentions)[0] ?? found(c.phrases)[0] ?? (negatedRule ? found(negatedRule.objects)[0] : undefined);
  return mention ? { level: 'POSSIBLE', terms: [mention.text] } : null;
}

const listedWords = new Map<string, Set<string>>();

function contentWords(text: string): Set<string> {
  return new Set(cut(compactText(text)).filter((w) => w.length >= 2));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

// The duty or assist item (attachments 1 and 2) a text restates, if any.
function listedItemLike(text: string, listed: string[]): string | null {
  const words = contentWords(text);
  for (const item of listed) {
    let own = listedWords.get(item);
    if (!own) listedWords.set(item, (own = contentWords(item)));
    if (similarity(words, own) >= LISTED_SIMILARITY) return item;
  }
  return null;
}

export function screenNegative<T extends ScreenableItem>(
  texts: string[],
  items: T[],
  listed: string[] = [],
): ScreeningResult<T> {
  let best: NegativeHit<T> | null = null;
  let listedAs: string | null = null;
  for (const text of texts) {
    const like = listedItemLike(text, listed);
    for (const clause of clauses(text)) {
      for (const item of items) {
        const c = conceptsFor(item);
        const hit = screenClause(clause, c);
        if (!hit) continue;
        let level: ScreeningLevel | null = hit.level;
        // a restatement of a listed duty is the community's own work: at most worth a look
        if (like) {
          listedAs = like;
          level = level === 'CONFIRMED' ? 'POSSIBLE' : null;
        }
        if (!level) continue;
        if (!best || (level === 'CONFIRMED' && best.level === 'POSSIBLE'))
          best = { item, level, terms: hit.terms, clause, responsible: c.responsible };
      }
    }
  }
  const verdict: ScreeningVerdict = !best ? 'PASS' : best.level === 'CONFIRMED' ? 'REFUSE' : 'FLAG';
  return { verdict, hit: best, listedAs: best ? listedAs : null };
}

export function responsibleFor(category: string | null): string | null {
  return (category && curated.get(normalizeText(category))?.responsible) || null;
}
