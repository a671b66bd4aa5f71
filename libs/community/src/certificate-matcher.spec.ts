import { core, matchCertificate, matchNegativeItem, negativeKeywords, normalize } from './certificate-matcher';

const catalog = [
  { code: 'RESIDENCE', name: '居住证明', aliases: ['住址证明', '常住证明'] },
  { code: 'KINSHIP', name: '亲属关系证明', aliases: ['亲子关系证明', '父母子女关系证明'] },
  { code: 'UNMARRIED', name: '未婚证明', aliases: ['单身证明'] },
  { code: 'MARITAL_STATUS', name: '婚姻状况证明', aliases: ['婚否证明'] },
];

const negative = [
  {
    seq: 2,
    category: '拆迁拆违类',
    content:
      '鉴定违章搭建的建筑物，拆除违章建筑，对违法搭建进行罚没，组织拆除废弃的闲置厂房，认定危房等级，强制危房户搬迁等。',
  },
  { seq: 6, category: '协税护税类', content: '征收商业用房零散税费、核实业主申报的企业缴税等。' },
];

describe('certificate matcher', () => {
  it('normalises full-width characters and punctuation', () => {
    expect(normalize('（居住）证明　')).toBe('居住证明');
    expect(normalize('ＡＢＣ')).toBe('ABC');
  });

  it('strips request wording around the certificate name', () => {
    expect(core('开个居住证明')).toBe('居住');
    expect(core('请出具亲属关系证明书')).toBe('亲属关系');
  });

  it('matches a name or alias exactly', () => {
    expect(matchCertificate('住址证明', catalog)).toMatchObject({ certificate: { code: 'RESIDENCE' }, exact: true });
    expect(matchCertificate('单身证明', catalog)).toMatchObject({ certificate: { code: 'UNMARRIED' }, exact: true });
  });

  it('matches the words a resident uses around a known name', () => {
    expect(matchCertificate('帮忙开一份住址的证明', catalog)?.certificate.code).toBe('RESIDENCE');
    expect(matchCertificate('我和我妈的亲子关系证明', catalog)?.certificate.code).toBe('KINSHIP');
  });

  it('prefers the longest matching key', () => {
    expect(matchCertificate('婚姻状况', catalog)?.certificate.code).toBe('MARITAL_STATUS');
  });

  it('returns null for unrelated text', () => {
    expect(matchCertificate('养狗证明', catalog)).toBeNull();
    expect(matchCertificate('   ', catalog)).toBeNull();
  });

  it('derives keywords from negative-list items', () => {
    const keywords = negativeKeywords(negative[0]);
    expect(keywords).toContain('拆迁拆违');
    expect(keywords).toContain('危房等级');
  });

  it('finds a negative-list item in a request', () => {
    expect(matchNegativeItem('危房等级鉴定证明', negative)?.item.seq).toBe(2);
    expect(matchNegativeItem('企业缴税情况证明', negative)?.item.seq).toBe(6);
    expect(matchNegativeItem('居住证明', negative)).toBeNull();
  });
});
