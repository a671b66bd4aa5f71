import { checkCharacter } from './id-number';
import { containsIdNumber, idNumbersIn, normalizeFreeText } from './id-number-in-text';

const ID = '11010519491231002X';
const ID2 = '110101199003070011'.slice(0, 17) + checkCharacter('11010119900307001');
const FULL_WIDTH = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('the ID-number detector for free text', () => {
  it.each([
    ['plain', `身份证号${ID}`],
    ['lower-case check character', `号码 ${ID.toLowerCase()}`],
    ['full-width digits', `号码${FULL_WIDTH(ID)}`],
    ['full-width lower x', `号码${FULL_WIDTH(ID.slice(0, 17))}ｘ`],
    ['spaces between groups', '110105 19491231 002X'],
    ['a space after every digit', ID.split('').join(' ')],
    ['hyphens', '110105-1949-1231-002X'],
    ['en dash and full-width hyphen', '110105–19491231－002X'],
    ['dots and middle dots', '110105.19491231·002X'],
    ['slashes and underscores', '110105/19491231_002X'],
    ['full-width and no-break spaces', '110105\u300019491231\u00a0002X'],
    ['zero-width characters', `1101\u200b0519491231\u200d002X`],
    ['glued to a phone number', `13800138000${ID}`],
    ['glued to letters', `ID${ID}abc`],
    ['inside a JSON string', JSON.stringify({ note: `核实 ${ID}` })],
    ['the second of two', `13800138000 和 ${ID2}`],
  ])('finds one: %s', (_name, text) => {
    expect(containsIdNumber(text)).toBe(true);
  });

  it.each([
    ['no digits', '参加社区志愿服务共计二十四小时'],
    ['a short number', '2026年参加社区志愿服务共计24小时'],
    ['a phone number', '联系电话 138-0013-8000'],
    ['17 digits', ID.slice(0, 17)],
    ['a wrong check character', `${ID.slice(0, 17)}1`],
    ['an impossible birth date', '110105 19490231 002X'],
    ['groups too far apart', '110105    19491231    002X'],
    ['a hex digest', 'f0c1a9b2e3d4c5b6a7980112233445566778899aabbccddeeff00112233445566'],
    ['a masked number', '110105********002X'],
    ['a UUID', '01936f7e-5b2a-7c3d-8e4f-1234567890ab'],
  ])('finds none: %s', (_name, text) => {
    expect(containsIdNumber(text)).toBe(false);
  });

  it('returns every distinct number found, normalised', () => {
    expect(idNumbersIn(`${FULL_WIDTH(ID)}；${ID2.slice(0, 6)} ${ID2.slice(6)}；${ID}`).sort()).toEqual(
      [ID, ID2].sort(),
    );
  });

  it('normalises width, case and separators between digits only', () => {
    expect(normalizeFreeText('ａｂ １２-３４ cd')).toBe('AB 1234 CD');
  });
});
