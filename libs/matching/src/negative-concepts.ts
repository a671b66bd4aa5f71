// Attachment 3 (不应由社区组织承担的事项指导清单) by meaning. The list names each kind of work by a
// few examples; departments describe the same work in their own words (违法建设 for 违章建筑) or
// by the objects involved (电梯、锅炉 for 特种设备). Each category gets:
// - phrases that by themselves name the forbidden work (拆违, 协税护税);
// - rules: an object of the category and an action the list forbids for it, in one clause
//   (电梯 + 安全检查), optionally with a further word that must also be there;
// - mentions: words that make a text possibly about the category, without saying the community
//   would do the forbidden work (宣传违法建设的危害) — flagged for civil affairs, not refused;
// - innocent phrases about the same objects that are other work (加装电梯).
// A category is found by its name (工作类型), so a later list version with renumbered items keeps
// its concepts. `responsible` says who does the work instead.

export interface NegativeRule {
  objects: string[];
  actions: string[];
  also?: string[];
}

export interface NegativeCategoryConcepts {
  category: string;
  responsible: string;
  phrases: string[];
  rules: NegativeRule[];
  mentions: string[];
  innocent?: string[];
}

const INSPECT = [
  '检查',
  '安全检查',
  '监督检查',
  '巡查',
  '排查',
  '隐患排查',
  '抽查',
  '抽检',
  '检验',
  '检测',
  '督查',
  '稽查',
];
const ENFORCE = ['执法', '处罚', '罚款', '罚没', '查处', '取缔', '没收', '吊销', '扣押', '查封', '强制'];

export const NEGATIVE_CONCEPTS: NegativeCategoryConcepts[] = [
  {
    category: '行政执法类',
    responsible: '县市场监管局、县卫健局、县文体广电和旅游局等主管部门及其执法机构',
    phrases: [
      '食品安全等级评定',
      '评定食品安全等级',
      '食品安全等级',
      '食品药品日常监管',
      '食品药品安全监管',
      '食品药品监管',
      '食品安全日常监管',
      '整治非机动车',
      '非机动车整治',
      '公共场所卫生监督',
      '饮用水安全监督',
      '农产品质量检测',
      '农产品质量监督',
      '文化市场管理',
      '管理文化市场',
      '文化经营单位管理',
      '行政执法',
      '综合执法',
    ],
    rules: [
      {
        objects: [
          '食品安全',
          '食品',
          '药品',
          '食品药品',
          '餐饮',
          '餐饮店',
          '小作坊',
          '小摊点',
          '食品经营',
          '餐馆',
          '饭馆',
        ],
        actions: ['评定', '定级', '评级', '等级', '日常监管', '监管', ...ENFORCE, '抽检', '检测', '发证', '许可'],
      },
      {
        objects: ['非机动车', '电动车', '电动自行车', '三轮车', '自行车', '电瓶车'],
        actions: ['整治', '管理', '清理', '规范', ...ENFORCE],
      },
      {
        objects: [
          '公共场所卫生',
          '公共场所',
          '饮用水',
          '饮用水安全',
          '二次供水',
          '农贸市场',
          '集贸市场',
          '菜市场',
          '农贸',
          '农产品',
          '农产品质量',
        ],
        actions: [...INSPECT, ...ENFORCE, '监管', '监督', '日常监管'],
      },
      {
        objects: [
          '文化市场',
          '网吧',
          '歌舞厅',
          '娱乐场所',
          '文化经营单位',
          '游戏厅',
          '演出场所',
          '书刊市场',
          '文化经营',
        ],
        actions: ['管理', '监管', '检查', '巡查', ...ENFORCE],
      },
    ],
    mentions: [
      '食品安全',
      '食品药品',
      '非机动车',
      '公共场所卫生',
      '饮用水',
      '农贸市场',
      '农产品质量',
      '文化市场',
      '执法',
    ],
  },
  {
    category: '拆迁拆违类',
    responsible: '县住建局、县自然资源局和乡镇综合执法机构',
    phrases: [
      '拆违',
      '控违拆违',
      '拆违控违',
      '违建拆除',
      '拆除违建',
      '危房鉴定',
      '鉴定危房',
      '危房等级',
      '危房认定',
      '认定危房',
      '危房户搬迁',
      '强制搬迁',
      '强拆',
      '征收拆迁',
    ],
    rules: [
      {
        objects: [
          '违章建筑',
          '违法建设',
          '违法建筑',
          '违建',
          '违章搭建',
          '违法搭建',
          '私搭乱建',
          '乱搭乱建',
          '违规建筑',
          '违章建设',
          '违法占地建房',
          '违建房',
          '乱搭建',
          '私自搭建',
          '违章建筑物',
          '违规搭建',
        ],
        actions: [
          '鉴定',
          '认定',
          '拆除',
          '拆',
          '整治',
          '治理',
          '清理',
          '排查',
          '巡查',
          '摸排',
          '制止',
          '管控',
          '管理',
          '拆迁',
          ...ENFORCE,
        ],
      },
      {
        objects: ['危房', '危旧房', '危房户', '危险房屋'],
        actions: ['鉴定', '认定', '评定', '等级', '定级', '搬迁', '强制', '拆除'],
      },
      { objects: ['闲置厂房', '废弃厂房', '旧厂房', '废弃的闲置厂房'], actions: ['拆除', '拆', '清理'] },
      {
        objects: ['拆迁', '征迁', '房屋征收'],
        actions: ['工作', '任务', '实施', '推进', '动员', '组织', '负责', '包抓', '签约', '腾退', '丈量', '入户丈量'],
      },
    ],
    mentions: ['拆迁', '征迁', '违建', '违章建筑', '违法建设', '危房', '拆除', '搭建'],
  },
  {
    category: '环境整治类',
    responsible: '市生态环境局环县分局、县住建局、县水务局等主管部门',
    phrases: ['燃煤整治', '油烟整治', '河道整治', '河道治理', '绿化统计', '燃煤及油烟整治'],
    rules: [
      {
        objects: ['绿化', '绿地', '绿化面积', '绿化覆盖'],
        actions: ['统计', '普查', '调查', '测量', '测绘', '摸底', '清查', '核算', '台账'],
      },
      {
        objects: ['燃煤', '散煤', '煤炉', '油烟', '餐饮油烟', '烧煤', '燃煤炉具', '燃煤散烧', '油烟净化'],
        actions: ['整治', '治理', '检查', '巡查', '排查', '管控', '监管', '清理', ...ENFORCE, '收缴'],
      },
      {
        objects: ['河道', '河沟', '河床', '沟渠', '水渠', '河流'],
        actions: ['整治', '治理', '疏浚', '清淤', '清障', '执法'],
      },
      {
        objects: [
          '未使用土地',
          '征迁土地',
          '已征迁',
          '闲置土地',
          '征收土地',
          '空闲地块',
          '征而未用',
          '已征收',
          '拆迁空地',
        ],
        actions: ['垃圾', '处理', '清运', '清理', '保洁', '整治'],
      },
    ],
    mentions: ['燃煤', '油烟', '河道', '已征迁'],
  },
  {
    category: '城市管理类',
    responsible: '县住建局（城市管理综合执法）、县交通运输局等主管部门',
    phrases: [
      '占道经营',
      '占道经营管理',
      '市容市貌整治',
      '整治市容市貌',
      '行道树排危',
      '自建房安全隐患排查',
      '居民自建房安全隐患排查',
      '城管执法',
      '城市管理执法',
    ],
    rules: [
      {
        objects: ['占道经营', '流动摊贩', '摊贩', '马路市场', '乱摆摊', '出店经营', '占道', '摆摊设点'],
        actions: ['管理', '整治', '清理', '取缔', '劝离', '驱赶', '规范', ...ENFORCE],
      },
      {
        objects: ['市容市貌', '市容', '市容环境', '乱扔', '乱扔垃圾', '乱贴乱画', '乱张贴', '乱扔行为'],
        actions: ['处罚', '罚款', '整治', '执法', '查处'],
      },
      {
        objects: ['市政道路', '城市道路', '主干道', '市政道路的清洁卫生'],
        actions: ['清洁', '清扫', '保洁', '卫生', '清洗', '养护', '维修', '清洁卫生'],
      },
      {
        objects: ['行道树', '道路沿线花木', '沿线花木', '绿化带', '道路绿化', '花木'],
        actions: ['排危', '修剪', '养护', '浇灌', '浇水', '补植', '管护'],
      },
      {
        objects: ['自建房', '居民自建房', '农村自建房', '经营性自建房'],
        actions: ['排查', '整治', '隐患排查', '排查整治', '鉴定', '安全鉴定', '检查', '安全检查'],
      },
      { objects: ['住宅小区', '小区', '楼栋'], actions: ['排查', '整治', '排查整治'], also: ['安全隐患', '隐患'] },
    ],
    mentions: ['占道经营', '流动摊贩', '市容市貌', '市政道路', '行道树', '自建房'],
  },
  {
    category: '招商引资类',
    responsible: '县商务局等投资促进部门',
    phrases: [
      '招商引资',
      '招商',
      '招商项目',
      '洽谈招商',
      '引资',
      '招商任务',
      '招商指标',
      '招引',
      '考察洽谈',
      '招商考察',
    ],
    rules: [
      {
        objects: ['个体工商户', '市场主体', '个体户', '小微企业'],
        actions: ['发展', '培育', '新增', '引进', '招引', '指标', '任务'],
      },
      { objects: ['客商', '投资', '投资项目', '投资商', '投资者'], actions: ['考察', '洽谈', '引进', '招引', '对接'] },
      // 引进 alone is also how a community brings in a social-work or property-management service
      { objects: ['项目', '企业'], actions: ['考察', '洽谈', '招引'] },
    ],
    mentions: ['个体工商户', '客商'],
    innocent: ['招商银行', '招商局'],
  },
  {
    category: '协税护税类',
    responsible: '国家税务总局环县税务局',
    phrases: [
      '协税护税',
      '护税',
      '协税',
      '零散税费',
      '代征税款',
      '征收税费',
      '税费征收',
      '征税',
      '收税',
      '催缴税款',
      '税款征收',
      '企业缴税',
      '纳税核实',
    ],
    rules: [
      {
        objects: [
          '税',
          '税费',
          '税款',
          '税收',
          '房产税',
          '土地使用税',
          '个税',
          '个人所得税',
          '契税',
          '增值税',
          '纳税',
          '缴税',
          '零散税收',
        ],
        actions: [
          '征收',
          '代征',
          '代收',
          '收取',
          '收缴',
          '催缴',
          '清缴',
          '核实',
          '核查',
          '核定',
          '征管',
          '稽查',
          '追缴',
          '上门收',
        ],
      },
    ],
    mentions: ['税', '税费', '税收', '纳税', '缴税', '税款'],
  },
  {
    category: '生产安全类',
    responsible: '县应急管理局、县市场监管局（特种设备）、县消防救援大队、县公安局交警大队',
    phrases: [
      '特种设备安全检查',
      '特种设备检查',
      '特种设备安全监管',
      '安全生产检查',
      '生产安全检查',
      '安全生产大检查',
      '交通劝导站',
      '劝导站',
      '危化品管理',
      '危险化学品管理',
      '化学危险品管理',
    ],
    rules: [
      {
        objects: [
          '特种设备',
          '电梯',
          '锅炉',
          '压力容器',
          '压力管道',
          '气瓶',
          '燃气瓶',
          '液化气瓶',
          '液化石油气瓶',
          '起重机械',
          '塔吊',
          '叉车',
          '场内机动车辆',
          '游乐设施',
          '大型游乐设施',
          '客运索道',
          '燃气锅炉',
        ],
        actions: [...INSPECT, '年检', '监管', '监督', '安全监管', '维保', ...ENFORCE],
      },
      {
        objects: ['化学危险品', '危险化学品', '危化品', '易燃易爆', '易燃易爆物品', '危险品', '烟花爆竹', '剧毒化学品'],
        actions: ['管理', '监管', ...INSPECT, ...ENFORCE],
      },
      {
        objects: [
          '商户',
          '企业',
          '工地',
          '建筑工地',
          '施工现场',
          '服务机构',
          '门店',
          '店铺',
          '商铺',
          '九小场所',
          '小场所',
          '经营场所',
          '工厂',
          '厂房',
          '作坊',
          '餐馆',
          '饭店',
          '宾馆',
          '旅馆',
          '加油站',
          '生产经营单位',
          '经营单位',
          '单位',
          '场所',
        ],
        actions: [...INSPECT, '监管', ...ENFORCE],
        also: ['消防', '消防安全', '生产安全', '安全生产', '安全', '防火', '火灾隐患', '安全隐患'],
      },
    ],
    mentions: [
      '特种设备',
      '电梯',
      '锅炉',
      '压力容器',
      '危险化学品',
      '化学危险品',
      '危化品',
      '安全生产',
      '生产安全',
      '交通劝导',
    ],
    innocent: ['加装电梯', '电梯加装', '既有住宅加装电梯', '老旧小区加装电梯'],
  },
];

// Words that cancel an action they precede in the same clause ("不参与拆除").
export const NEGATIONS = [
  '不',
  '不得',
  '不涉及',
  '不承担',
  '不参与',
  '无需',
  '禁止',
  '严禁',
  '不再',
  '不负责',
  '不包括',
  '不含',
  '并非',
  '不属于',
  '避免',
  '不要求',
  '不需要',
];

export function negativeVocabulary(): string[] {
  return NEGATIVE_CONCEPTS.flatMap((c) => [
    ...c.phrases,
    ...c.mentions,
    ...(c.innocent ?? []),
    ...c.rules.flatMap((r) => [...r.objects, ...r.actions, ...(r.also ?? [])]),
  ]).concat(NEGATIONS);
}
