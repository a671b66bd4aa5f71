import type { ListSeed } from './types';

// 二（四）: forms that departments have communities fill are consolidated into one list, handed to
// communities at the start of each year with their frequency. The items are sample data.
export const FORMS_LIST: ListSeed = {
  kind: 'FORM',
  version: 1,
  title: '环县社区组织填报表格清单（示例）',
  source:
    '示例数据（非种子文件内容）：依据实施方案二（四）“制定社区组织填报表格清单，每年年初统一交由乡镇安排社区组织按规定频次填报”',
  effectiveFrom: '2024-01-01',
  isSample: true,
  items: [
    {
      seq: 1,
      content: '城乡最低生活保障对象动态管理情况表',
      legalBasis: '《甘肃省社会救助条例》第十一条',
      departmentCode: 'HX_MZ',
      frequency: 'MONTHLY',
    },
    {
      seq: 2,
      content: '特困人员救助供养情况统计表',
      legalBasis: '《甘肃省特困人员救助供养办法》第十二条',
      departmentCode: 'HX_MZ',
      frequency: 'QUARTERLY',
    },
    {
      seq: 3,
      content: '就业失业人员基础信息统计表',
      legalBasis: '《甘肃省就业促进条例》第四条',
      departmentCode: 'HX_RS',
      frequency: 'QUARTERLY',
    },
    {
      seq: 4,
      content: '社区残疾人基本服务状况统计表',
      legalBasis: '《中华人民共和国残疾人保障法》第七条',
      departmentCode: 'HX_CL',
      frequency: 'HALF_YEARLY',
    },
    {
      seq: 5,
      content: '社区居民委员会年度工作情况报表',
      legalBasis: '《中华人民共和国城市居民委员会组织法》第三条',
      departmentCode: 'HX_MZ',
      frequency: 'YEARLY',
    },
  ],
};
