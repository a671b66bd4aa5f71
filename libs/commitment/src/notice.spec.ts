import { NOTICE_VERSION, noticeHash, renderNotice } from './notice';

describe(renderNotice.name, () => {
  const facts = {
    factName: '婚姻状况',
    factDescription: '当事人当前的婚姻登记状况与所称一致。',
    claim: { status: 'UNMARRIED' },
    subjectMasked: '621022********123X',
    department: '环县政务服务中心',
    matter: '公共租赁住房申请',
    postVerifyDays: 60,
    disclosed: false,
  };

  it('states everything national practice requires', () => {
    const sut = renderNotice(facts);
    expect(sut).toContain(NOTICE_VERSION);
    expect(sut).toMatch(/事项名称[\s\S]*设定依据/);
    expect(sut).toContain('"status":"UNMARRIED"');
    expect(sut).toMatch(/终止办理[\s\S]*撤销[\s\S]*社会信用记录/);
    expect(sut).toMatch(/有权对承诺内容进行核查[\s\S]*60 日内/);
    expect(sut).toContain('不予公开');
    expect(sut).toMatch(/不得由他人代签[\s\S]*可以撤回/);
    expect(sut).not.toMatch(/\d{17}[\dX]/);
  });

  it('says when the commitment is disclosed, and hashes the exact text', () => {
    const open = renderNotice({ ...facts, disclosed: true });
    expect(open).toContain('依法公开');
    expect(noticeHash(open)).not.toBe(noticeHash(renderNotice(facts)));
    expect(noticeHash(open)).toMatch(/^[0-9a-f]{64}$/);
  });
});
