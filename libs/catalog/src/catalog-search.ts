import { searchKeys } from '#gw/matching';

// The text a certificate entry is searched by: its code, name and every alias in force, each
// written one way and with its pinyin and pinyin initials (see searchKeys). Written by the seed
// and by every alias change.
export function certificateSearchText(code: string, name: string, aliases: string[]): string {
  return searchKeys([code, name, ...aliases]);
}
