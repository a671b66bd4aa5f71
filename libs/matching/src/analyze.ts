import { COMPOUNDS, CONCEPTS, ConceptRole, FILLERS, PURPOSE_MARKERS, TIME_MARKERS } from './lexicon';
import { clauses, normalizeText } from './normalize';
import { cut, readingsOf, syllables } from './segmenter';

// What a resident's words (or a catalog name) say, as concepts: segmented, repaired where a
// pinyin input method picked the wrong character, and mapped through the lexicon. Words the
// lexicon does not know are kept as they are, so two texts that share an unknown word still meet.

export interface ConceptHit {
  concept: string;
  // the words as written (after normalisation), for the explanation
  form: string;
  // said as what the certificate is for ("办低保要的…"), not as what it is
  context: boolean;
}

export interface UnknownWord {
  word: string;
  context: boolean;
}

export interface Analysis {
  hits: ConceptHit[];
  unknown: UnknownWord[];
  // typo repairs made, e.g. 居主→居住
  repairs: string[];
}

interface Vocabulary {
  concepts: Map<string, string[]>; // form -> concepts
  fillers: Set<string>;
  purpose: Set<string>;
  time: Set<string>;
  role: Map<string, ConceptRole>;
  parents: Map<string, string[]>;
  // tone-less pinyin of a form -> forms with that sound, for repairing homophone typos
  sounds: Map<string, string[]>;
}

let vocabulary: Vocabulary | null = null;

// The words a certificate's name ends in.
const HEADS = new Set(['证明', '证', '证明书', '证明信', '证明材料', '材料', '说明', '情况说明']);

function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const concepts = new Map<string, string[]>();
  const add = (form: string, ids: string[]) => {
    const f = normalizeText(form);
    const existing = concepts.get(f) ?? [];
    concepts.set(f, [...new Set([...existing, ...ids])]);
  };
  const role = new Map<string, ConceptRole>();
  const parents = new Map<string, string[]>();
  for (const c of CONCEPTS) {
    for (const f of c.forms) add(f, [c.concept]);
    role.set(c.concept, c.role ?? 'content');
    parents.set(c.concept, c.parents ?? []);
  }
  for (const [form, ids] of Object.entries(COMPOUNDS)) add(form, ids);
  const sounds = new Map<string, string[]>();
  for (const form of [...concepts.keys(), '证明']) {
    if (form.length < 2 || form.length > 4) continue;
    const key = syllables(form).join(' ');
    sounds.set(key, [...(sounds.get(key) ?? []), form]);
  }
  vocabulary = {
    concepts,
    fillers: new Set(FILLERS.map(normalizeText)),
    purpose: new Set(PURPOSE_MARKERS.map(normalizeText)),
    time: new Set(TIME_MARKERS.map(normalizeText)),
    role,
    parents,
    sounds,
  };
  return vocabulary;
}

export function roleOf(concept: string): ConceptRole {
  return vocab().role.get(concept) ?? 'content';
}

const ancestorCache = new Map<string, Map<string, number>>();

// Every concept above this one, with its distance.
export function ancestorsOf(concept: string): Map<string, number> {
  const cached = ancestorCache.get(concept);
  if (cached) return cached;
  const out = new Map<string, number>();
  ancestorCache.set(concept, out);
  let frontier = [concept];
  for (let depth = 1; frontier.length > 0 && depth < 5; depth++) {
    const next: string[] = [];
    for (const c of frontier)
      for (const p of vocab().parents.get(c) ?? [])
        if (!out.has(p)) {
          out.set(p, depth);
          next.push(p);
        }
    frontier = next;
  }
  return out;
}

export function isKnownWord(word: string): boolean {
  const v = vocab();
  return v.concepts.has(word) || v.fillers.has(word);
}

export function analyze(text: string): Analysis {
  const v = vocab();
  const hits: ConceptHit[] = [];
  const unknown: UnknownWord[] = [];
  const repairs: string[] = [];
  for (const clause of clauses(text)) {
    // digits and Latin letters say nothing about which certificate (and may be an ID number)
    const repaired = repairTypos(cut(clause.replace(/[a-z0-9]+/g, '')), v);
    repairs.push(...repaired.repairs);
    analyzeClause(repaired.words, v, hits, unknown);
  }
  return { hits, unknown, repairs };
}

function analyzeClause(words: string[], v: Vocabulary, hits: ConceptHit[], unknown: UnknownWord[]): void {
  const [purposeFrom, purposeTo] = purposeSpan(words, v);
  const timeTo = words.findIndex((w) => v.time.has(w));
  words.forEach((word, i) => {
    const context = (i >= purposeFrom && i < purposeTo) || i < timeTo;
    if (v.fillers.has(word) || v.purpose.has(word) || v.time.has(word)) return;
    const ids = v.concepts.get(word);
    if (ids) {
      for (const concept of ids) hits.push({ concept, form: word, context });
      return;
    }
    // a word jieba keeps whole but the lexicon knows in parts (亲属关系 = 亲属 + 关系)
    for (const part of decompose(word, v)) {
      const partIds = v.concepts.get(part);
      if (partIds) for (const concept of partIds) hits.push({ concept, form: part, context });
      else if (!v.fillers.has(part)) unknown.push({ word: part, context });
    }
  });
}

// Words said as what the certificate is for: "办低保要的户口证明", "孩子上学要的证明", and
// "在读证明，学校要的" (only 学校: the certificate was named before). Returns [from, to).
function purposeSpan(words: string[], v: Vocabulary): [number, number] {
  for (let i = words.length - 1; i >= 0; i--) {
    const two = i > 0 && words[i - 1] === '要' && words[i] === '的';
    if (!v.purpose.has(words[i]) && !two) continue;
    const end = two ? i - 1 : i;
    let from = 0;
    for (let h = end - 1; h >= 0; h--)
      if (HEADS.has(words[h])) {
        from = h + 1;
        break;
      }
    return [from, end];
  }
  return [0, 0];
}

// Longest known forms inside a word, left to right; the rest stays as one unknown piece.
function decompose(word: string, v: Vocabulary): string[] {
  const parts: string[] = [];
  let rest = '';
  for (let i = 0; i < word.length;) {
    let len = Math.min(6, word.length - i);
    while (len >= 1 && !(v.concepts.has(word.slice(i, i + len)) && (len >= 2 || word.length === 1))) len--;
    if (len >= 1) {
      if (rest) parts.push(rest);
      rest = '';
      parts.push(word.slice(i, i + len));
      i += len;
    } else {
      rest += word[i];
      i++;
    }
  }
  if (rest) parts.push(rest);
  return parts;
}

// A homophone typo (居主 for 居住, 户藉 for 户籍) leaves characters jieba cannot place, so they
// come out as single-character words. A run of words of 2–4 characters that holds such a
// character, sounds exactly like a known form and shares at least half its characters with it,
// is read as that form.
function repairTypos(words: string[], v: Vocabulary): { words: string[]; repairs: string[] } {
  const stray = (w: string) => w.length === 1 && !v.fillers.has(w) && !v.concepts.has(w);
  if (!words.some(stray)) return { words, repairs: [] };
  const out: string[] = [];
  const repairs: string[] = [];
  for (let i = 0; i < words.length;) {
    let repaired: { form: string; next: number } | null = null;
    for (let j = Math.min(words.length, i + 4); j > i + 1 && !repaired; j--) {
      const run = words.slice(i, j);
      const joined = run.join('');
      if (joined.length < 2 || joined.length > 4 || !run.some(stray) || v.concepts.has(joined)) continue;
      const form = soundsLike(joined)
        .flatMap((key) => v.sounds.get(key) ?? [])
        .find((f) => f.length === joined.length && sameChars(f, joined) * 2 >= f.length);
      if (form) repaired = { form, next: j };
    }
    if (repaired) {
      repairs.push(`${words.slice(i, repaired.next).join('')}→${repaired.form}`);
      out.push(repaired.form);
      i = repaired.next;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return { words: out, repairs };
}

// Every reading of the characters (藉 is jí as well as jiè), at most a few dozen combinations.
function soundsLike(text: string): string[] {
  let keys = [''];
  for (const ch of text) {
    const readings = [...new Set([...syllables(ch), ...readingsOf(ch)])];
    keys = keys.flatMap((k) => readings.map((r) => (k ? `${k} ${r}` : r))).slice(0, 32);
  }
  return keys;
}

function sameChars(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) n++;
  return n;
}
