import { compactText } from './normalize';
import { syllables } from './segmenter';

// What a catalog entry can be found by in a clerk's search box: each name written one way
// (simplified, half-width, lower-case, no punctuation), its full pinyin and its pinyin initials
// (居住证明: juzhuzhengming, jzzm). Kept in one text column, so the search stays one LIKE that
// both databases run alike.
export const SEARCH_KEY_SEPARATOR = '|';

export function searchKeys(names: string[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const compact = compactText(name);
    if (!compact) continue;
    keys.add(compact);
    const sounds = syllables(compact);
    keys.add(sounds.join(''));
    keys.add(sounds.map((s) => s[0]).join(''));
  }
  return [...keys].join(SEARCH_KEY_SEPARATOR);
}

// A clerk's search term in the same form. Only letters, digits and Han characters remain, so
// LIKE wildcards (% and _) cannot reach the query; a term of nothing but symbols is null and
// finds nothing.
export function searchTerm(raw: string): string | null {
  const compact = compactText(raw);
  return compact.length > 0 ? compact : null;
}
