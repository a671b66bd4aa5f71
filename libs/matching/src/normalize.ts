import { Converter } from 'opencc-js';

// One way of writing for everything the matcher compares: full-width letters and digits become
// half-width (NFKC), traditional characters become simplified (OpenCC, Taiwan variants included,
// which cover the Hong Kong ones residents' phones produce), Latin letters lower-case. Both sides of
// every comparison (the resident's words, the catalog's names and aliases, a clerk's search) go
// through this, so a form written either way meets the other.
const toSimplified = Converter({ from: 'tw', to: 'cn' });

// Characters that carry meaning: CJK ideographs, Latin letters and digits. Everything else is
// punctuation, spacing or symbols, including the LIKE wildcards % and _.
const NOT_WORD = /[^\p{Script=Han}a-z0-9]+/gu;

export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

// The normalised text without punctuation or spaces: what a name or a search term is compared as.
export function compactText(text: string): string {
  return normalizeText(text).replace(NOT_WORD, '');
}

// The normalised text cut into clauses at punctuation, for rules that must hold within one clause.
export function clauses(text: string): string[] {
  return normalizeText(text)
    .split(/[，,。；;！!？?\n\r：:（）()【】[\]“”"]+/u)
    .map((c) => c.replace(NOT_WORD, ''))
    .filter((c) => c.length > 0);
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
