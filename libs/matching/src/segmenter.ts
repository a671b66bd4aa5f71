import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { pinyin } from 'pinyin-pro';
import { COMPOUNDS, CONCEPTS, FILLERS, PURPOSE_MARKERS } from './lexicon';
import { negativeVocabulary } from './negative-concepts';
import { normalizeText } from './normalize';

// Chinese word segmentation (jieba, the default dictionary plus the domain's words). Loading the
// dictionary takes a fifth of a second and some megabytes, so it happens once per process, on
// first use; every later cut takes microseconds.

// A domain word outweighs any reading jieba's own dictionary offers for the same characters, so
// "没结过婚" stays one word instead of 没 + 结过婚.
const DOMAIN_FREQUENCY = 2_000_000;

let jieba: Jieba | null = null;

// Every multi-character word of the vocabularies: the resident lexicon, and the negative list's
// concepts (so 违法建设 and 特种设备 stay whole).
function domainWords(): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    const n = normalizeText(w);
    if (n.length >= 2) words.add(n);
  };
  for (const c of CONCEPTS) c.forms.forEach(add);
  Object.keys(COMPOUNDS).forEach(add);
  FILLERS.forEach(add);
  PURPOSE_MARKERS.forEach(add);
  for (const w of negativeVocabulary()) add(w);
  return [...words];
}

function segmenter(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(dict);
    j.loadDict(
      Buffer.from(
        domainWords()
          .map((w) => `${w} ${DOMAIN_FREQUENCY}`)
          .join('\n'),
        'utf8',
      ),
    );
    jieba = j;
  }
  return jieba;
}

// Words of an already normalised text. Without the HMM, a word the dictionaries do not know
// comes out as single characters, which is what the typo repair and the name filter look for.
export function cut(text: string): string[] {
  if (!text) return [];
  return segmenter().cut(text, false);
}

export interface TaggedWord {
  word: string;
  tag: string;
}

// Words with their part of speech, with the HMM on so that unknown names come out whole (nr).
export function tag(text: string): TaggedWord[] {
  if (!text) return [];
  return segmenter().tag(text, true);
}

// Tone-less pinyin of each character (non-Han characters stand for themselves).
export function syllables(text: string): string[] {
  if (!text) return [];
  return pinyin(text, { toneType: 'none', type: 'array', v: true });
}

// Every tone-less reading of one character (藉: jie, ji).
export function readingsOf(char: string): string[] {
  return pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
}
