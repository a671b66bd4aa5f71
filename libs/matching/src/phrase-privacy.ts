import { compactText, hasHan } from './normalize';
import { tag } from './segmenter';
import { isKnownWord } from './analyze';

// A resident's words kept for the feedback loop (unmatched and ambiguous phrasings) without
// personal data: numbers of any kind are dropped (ID numbers, phone numbers, dates), and so is
// anything that reads as a person's name, which becomes 某. What remains is the phrasing, which is
// what a list administrator needs to add an alias.

export const MAX_PHRASE_LENGTH = 40;

// Common surnames, for names jieba does not recognise as such (李明 comes out as an unknown word).
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);

export function anonymizePhrase(text: string): string | null {
  // digits go first: an ID number or a phone number never reaches the segmenter's output
  const compact = compactText(text)
    .replace(/[0-9]+x?/g, '')
    .replace(/[a-z]+/g, '');
  if (!hasHan(compact)) return null;
  const words = tag(compact);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, tag: pos } = words[i];
    if (isKnownWord(word)) {
      out.push(word);
      continue;
    }
    const next = words[i + 1];
    const isName =
      pos.startsWith('nr') ||
      (pos === 'x' && word.length >= 2 && word.length <= 3 && SURNAMES.has(word[0])) ||
      // a lone surname before a given name jieba split off (张 + 秀英)
      (word.length === 1 && SURNAMES.has(word) && !!next && next.tag.startsWith('nr'));
    out.push(isName ? '某' : word);
  }
  const phrase = out.join('').replace(/某+/g, '某');
  return phrase.length > 0 && phrase.length <= MAX_PHRASE_LENGTH ? phrase : null;
}
