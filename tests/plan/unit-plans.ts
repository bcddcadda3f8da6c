import type { OfficePlan } from './office-plans';

// More layouts, from units the earlier fixtures did not cover (fictional, written for these tests), with what a
// careful clerk extracts from each: a township's 一、-numbered problems without aspects, a hospital's table in its
// own column order, a state enterprise's 一是 measures broken over lines, an audit rectification, a 主题教育
// 检视问题清单 table, a hospital plan copied from a PDF with running headers, a 1.1.1 outline, 存在问题： under
// numbered headings, problems written as unnumbered lines, and headings that carry their fields in brackets.

export const TOWNSHIP_PLAN: OfficePlan = {
  file: 'township-plan.txt',
  planDate: '2025-02-20',
  problems: [
    {
      aspect: '未分方面',
      title: '基层党组织建设薄弱',
      manifestations: ['部分村党支部“三会一课”记录不全，发展党员程序不规范'],
      measures: ['对全镇12个村党支部组织生活记录开展逐一检查', '规范发展党员工作流程，建立全程纪实档案', '每季度召开一次党建工作推进会'],
      target: '村党支部组织生活规范有序',
      leader: '孙建军',
      departments: ['党建办'],
      deadline: { date: '2025-09-30' },
    },
    {
      aspect: '未分方面',
      title: '惠民资金发放审核不严',
      manifestations: ['个别低保对象家庭收入核查不到位，存在“人情保”问题'],
      measures: ['开展低保对象全面复核，对不符合条件的坚决清退', '建立低保审批公示和回访制度'],
      target: '低保对象精准认定',
      leader: '周丽华',
      departments: ['社会事务办', '财政所'],
      deadline: { date: '2025-06-30' },
    },
    {
      aspect: '未分方面',
      title: '河长制落实不到位',
      manifestations: [],
      measures: ['镇村两级河长每月巡河不少于一次', '对巡河发现的问题建立台账，限期销号'],
      target: '河道环境持续改善',
      leader: '孙建军',
      departments: ['农业综合服务中心'],
      deadline: { longTerm: true },
    },
  ],
};

export const HOSPITAL_TABLE: OfficePlan = {
  file: 'hospital-table.txt',
  planDate: '2025-01-10',
  problems: [
    {
      aspect: '党的建设方面',
      title: '党委议事决策不规范',
      manifestations: ['“三重一大”事项未全部经党委会研究'],
      measures: ['修订党委会议事规则', '建立“三重一大”事项清单'],
      target: '决策程序规范',
      leader: '陈志刚',
      departments: ['党政办'],
      deadline: { date: '2025-06-30' },
    },
    {
      aspect: '党的建设方面',
      title: '党风廉政教育不深入',
      manifestations: ['部分科室廉政教育流于形式'],
      measures: ['每半年开展一次警示教育', '科室主任签订廉洁行医承诺书'],
      target: '全员受教育',
      leader: '陈志刚',
      departments: ['纪检监察室'],
      deadline: { longTerm: true },
    },
    {
      aspect: '医疗服务方面',
      title: '药品耗材采购监管不严',
      manifestations: ['个别耗材未经招标采购'],
      measures: ['开展耗材采购专项检查'],
      target: '采购全流程规范',
      leader: '刘海',
      departments: ['设备科', '药剂科'],
      deadline: { date: '2025-03-31' },
    },
    {
      aspect: '医疗服务方面',
      title: '医疗收费不规范',
      manifestations: ['存在重复收费、超标准收费问题'],
      measures: ['全面清理收费项目', '对多收费用及时退还患者'],
      target: '收费规范透明',
      leader: '刘海',
      departments: ['财务科'],
      deadline: { immediate: true },
    },
  ],
};

export const ENTERPRISE_PLAN: OfficePlan = {
  file: 'enterprise-plan.txt',
  planDate: '2025-03-01',
  problems: [
    {
      aspect: '贯彻落实党中央决策部署方面',
      title: '服务国家战略定位不够精准',
      manifestations: ['新能源项目投资占比偏低，2023年仅占总投资的12%'],
      measures: ['修订集团“十四五”发展规划，提高新能源投资比重', '设立新能源专项基金，首期规模不低于5亿元', '建立重大项目投资后评价机制'],
      leader: '刘国华',
      departments: ['战略发展部', '计划财务部', '投资管理部'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '贯彻落实党中央决策部署方面',
      title: '科技创新投入不足',
      manifestations: ['研发投入强度低于行业平均水平'],
      measures: ['制定研发投入三年提升计划', '建立科技创新考核激励机制'],
      leader: '王强',
      departments: ['科技管理部'],
      deadline: { date: '2026-06-30', longTerm: true },
    },
    {
      aspect: '落实全面从严治党责任方面',
      title: '招标采购管理存在漏洞',
      manifestations: ['部分子公司化整为零规避公开招标'],
      measures: ['开展招标采购专项审计', '上线集团统一电子采购平台'],
      leader: '张敏',
      departments: ['审计部', '物资采购中心'],
      deadline: { date: '2025-09-30' },
    },
  ],
};

export const AUDIT_PLAN: OfficePlan = {
  file: 'audit-plan.txt',
  planDate: '2025-01-15',
  problems: [
    {
      aspect: '财务管理方面',
      title: '公务接待费用报销手续不全',
      manifestations: ['审计发现，2023年有8笔公务接待费用未附公函和接待清单，涉及金额1.26万元'],
      measures: ['对8笔接待费用逐笔补充完善手续', '修订《机关公务接待管理办法》'],
      leader: '赵敏',
      departments: ['计划财务股'],
      deadline: { date: '2025-03-31' },
    },
    {
      aspect: '财务管理方面',
      title: '专项资金结余未及时上缴',
      manifestations: ['审计发现，老旧小区改造专项资金结余45.8万元滞留超过两年'],
      measures: ['将结余资金全额上缴县财政', '建立专项资金定期清理机制'],
      leader: '赵敏',
      departments: ['计划财务股', '城建股'],
      deadline: { done: true },
    },
    {
      aspect: '项目管理方面',
      title: '部分工程项目未按规定办理竣工决算',
      manifestations: [],
      measures: ['梳理未办理竣工决算的项目清单', '逐项明确完成时间，限期办结'],
      leader: '钱伟',
      departments: ['建设管理股'],
      deadline: { date: '2025-12-31' },
    },
  ],
};

export const THEME_TABLE: OfficePlan = {
  file: 'theme-table.txt',
  planDate: '2025-02-01',
  problems: [
    {
      aspect: '理论学习',
      title: '理论学习与业务工作结合不够紧密',
      manifestations: [],
      measures: ['每月开展一次“业务+理论”专题学习', '将学习成效纳入绩效考核'],
      target: '学用结合',
      leader: '吴刚',
      departments: ['办公室'],
      deadline: { longTerm: true },
    },
    {
      aspect: '理论学习',
      title: '青年干部理论武装针对性不强',
      manifestations: [],
      measures: ['组建青年理论学习小组', '每季度开展一次读书分享会'],
      target: '青年干部学习全覆盖',
      leader: '吴刚',
      departments: ['人事科'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '服务群众',
      title: '办税缴费堵点问题解决不及时',
      manifestations: [],
      measures: ['建立办税堵点问题快速响应机制', '每月分析“12366”热线咨询数据'],
      target: '堵点问题动态清零',
      leader: '郑丽',
      departments: ['纳税服务科'],
      deadline: { date: '2025-06-30' },
    },
    {
      aspect: '服务群众',
      title: '个别窗口服务态度生硬',
      manifestations: [],
      measures: ['开展窗口服务礼仪培训', '实行“好差评”结果与个人考核挂钩'],
      target: '群众满意度明显提升',
      leader: '郑丽',
      departments: ['办税服务厅'],
      deadline: { months: 3 },
    },
  ],
};

export const PDF_HOSPITAL_PLAN: OfficePlan = {
  file: 'pdf-hospital-plan.txt',
  planDate: '2025-03-20',
  problems: [
    {
      aspect: '党的领导方面',
      title: '党委会研究业务工作多、研究党建工作少，党建工作与医疗业务融合不够',
      manifestations: ['2023年党委会共研究议题56项，其中党建议题仅4项；部分党支部未按要求开展“支部建在科室上”工作'],
      measures: ['制定党委会年度议题计划，党建议题占比不低于三分之一', '在临床科室全面推行党支部书记“双带头人”培育工程'],
      leader: '马建华',
      departments: ['党委办公室'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '党的领导方面',
      title: '医德医风建设抓得不紧',
      manifestations: ['个别医务人员收受患者“红包”，群众反映较为强烈'],
      measures: ['开展收受“红包”回扣专项整治', '畅通投诉举报渠道，对查实的问题严肃处理'],
      leader: '马建华',
      departments: ['纪检监察室', '医务科'],
      deadline: { longTerm: true },
    },
    {
      aspect: '医院管理方面',
      title: '大型医用设备使用效率不高',
      manifestations: [],
      measures: ['对全院大型设备开展使用效益评估', '建立设备购置论证和使用绩效考核制度'],
      leader: '林涛',
      departments: ['设备科'],
      deadline: { date: '2025-09-30' },
    },
  ],
};



export const SCHOOL_PLAN: OfficePlan = {
  file: 'school-plan.txt',
  planDate: '2025-03-05',
  problems: [
    {
      aspect: '党的建设方面',
      title: '党组织领导作用发挥不充分',
      manifestations: ['支部会议研究教育教学工作少，党建与业务“两张皮”'],
      measures: ['每学期召开两次以上支部会议专题研究教育教学工作', '推行“党员示范岗”，党员教师带头承担公开课任务'],
      target: '党建与业务深度融合',
      leader: '李明',
      departments: ['党政办'],
      deadline: { date: '2025-07-31' },
    },
    {
      aspect: '党的建设方面',
      title: '党员教育管理不严格',
      manifestations: ['个别党员教师长期不参加组织生活'],
      measures: ['建立党员参加组织生活登记制度', '对无故不参加组织生活的党员进行批评教育'],
      target: '党员组织生活参与率达到100%',
      leader: '王静',
      departments: ['党政办'],
      deadline: { immediate: true },
    },
    {
      aspect: '学校管理方面',
      title: '校园安全管理存在隐患',
      manifestations: ['部分消防器材过期未更换，实验室危化品台账不全'],
      measures: ['全面排查更换过期消防器材', '建立危化品“双人双锁”管理和出入库台账'],
      target: '安全隐患动态清零',
      leader: '王静',
      departments: ['总务处', '教务处'],
      deadline: { date: '2025-06-30' },
    },
  ],
};

export const PDF_TOWNSHIP_PLAN: OfficePlan = {
  file: 'pdf-township-plan.txt',
  planDate: '2025-04-01',
  problems: [
    {
      aspect: '落实全面从严治党主体责任方面',
      title: '乡党委对村级“小微权力”监督不到位，部分村集体资产出租未经村民代表大会讨论',
      manifestations: [],
      measures: ['制定村级“小微权力”清单，明确权力运行流程', '对全乡集体资产出租合同开展全面清查，对程序不规范的限期整改'],
      leader: '何平',
      departments: ['纪委', '农经站'],
      deadline: { date: '2025-10-31' },
    },
    {
      aspect: '落实全面从严治党主体责任方面',
      title: '党员干部作风建设有松懈，个别干部工作日午间饮酒',
      manifestations: [],
      measures: ['开展作风纪律专项整治，严肃查处违规饮酒问题', '建立干部作风日常监督机制'],
      leader: '何平',
      departments: ['纪委'],
      deadline: { longTerm: true },
    },
    {
      aspect: '乡村振兴方面',
      title: '产业扶持资金使用效益不高',
      manifestations: [],
      measures: ['对2023年以来产业扶持项目开展绩效评价', '建立项目资金使用跟踪问效机制'],
      leader: '蒋勇',
      departments: ['财政所'],
      deadline: { date: '2025-12-31' },
    },
  ],
};

export const STREET_PLAN: OfficePlan = {
  file: 'street-plan.txt',
  planDate: '2025-03-15',
  problems: [
    {
      aspect: '党建引领基层治理方面',
      title: '社区党组织服务能力不强',
      manifestations: ['部分社区党群服务中心开放时间不固定，服务项目单一'],
      measures: ['统一规范社区党群服务中心开放时间，实行错时延时服务', '每个社区至少新增3项便民服务项目'],
      leader: '邹明',
      departments: ['党建办', '社区服务中心'],
      deadline: { date: '2025-06-30' },
    },
    {
      aspect: '党建引领基层治理方面',
      title: '网格员队伍管理松散',
      manifestations: [],
      measures: ['修订网格员考核办法', '每季度开展一次网格员业务培训'],
      leader: '邹明',
      departments: ['综治中心'],
      deadline: { date: '2025-05-31' },
    },
    {
      aspect: '民生保障方面',
      title: '老旧小区改造进度滞后',
      manifestations: ['计划改造的8个小区仅完工3个'],
      measures: ['倒排工期，挂图作战', '建立周调度机制，及时协调解决施工难题'],
      leader: '冯涛',
      departments: ['城建科', '物业办'],
      deadline: { date: '2025-09-30', longTerm: true },
    },
  ],
};

/** A bureau numbering its outline 1 / 1.1 / 1.1.1, with 牵头领导/配合单位 above the measures. */
export const OUTLINE_NUMBERED_PLAN: OfficePlan = {
  file: 'outline-numbered-plan.txt',
  planDate: '2025-09-01',
  problems: [
    {
      aspect: '贯彻落实党的路线方针政策和党中央决策部署方面',
      title: '学习贯彻习近平总书记关于“三农”工作重要论述不深入',
      manifestations: ['党组理论学习中心组学习流于形式，2024年集中学习研讨仅4次，联系实际不够'],
      measures: [
        '制定党组理论学习中心组年度学习计划，每季度至少开展1次专题研讨',
        '建立学习台账，对学习情况进行通报',
        '组织开展“三农”政策大讲堂活动，全年不少于4期',
      ],
      leader: '王建军',
      departments: ['办公室', '人事股'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '贯彻落实党的路线方针政策和党中央决策部署方面',
      title: '乡村振兴衔接资金监管不力',
      manifestations: ['部分项目资金拨付滞后，2个项目资金闲置超过1年'],
      measures: ['对2023年以来衔接资金项目逐一排查，建立问题清单', '对闲置资金按程序收回统筹使用'],
      leader: '刘芳',
      departments: ['计划财务股', '乡村振兴股'],
      deadline: { date: '2025-10-31' },
    },
    {
      aspect: '全面从严治党方面',
      title: '“一岗双责”落实不到位',
      manifestations: ['班子成员对分管股室党风廉政建设过问少'],
      measures: ['修订班子成员“一岗双责”责任清单', '班子成员每半年听取分管股室党风廉政建设情况汇报'],
      leader: '张明',
      departments: ['机关党委'],
      deadline: { longTerm: true },
    },
    {
      aspect: '全面从严治党方面',
      title: '违规发放津补贴问题整改不彻底',
      manifestations: [],
      measures: ['全面清理2022年以来发放的津补贴，违规发放的全部清退'],
      leader: '张明',
      departments: ['计划财务股'],
      deadline: { immediate: true },
    },
  ],
};

/** A health bureau: "1.标题" problems under （一） aspects, each followed by 存在问题：, with 牵头科室/配合科室. */
export const HEADED_STATEMENT_PLAN: OfficePlan = {
  file: 'headed-statement-plan.txt',
  planDate: '2025-09-01',
  problems: [
    {
      aspect: '党的领导弱化方面',
      title: '意识形态工作责任制落实不到位',
      manifestations: ['党委对意识形态工作研究部署不够，2024年仅专题研究1次；单位网站信息审核把关不严'],
      measures: ['党委每半年专题研究意识形态工作不少于1次', '修订网站信息发布审核制度，落实“三审三校”', '开展意识形态领域风险排查'],
      target: '意识形态工作责任制全面落实',
      leader: '马骏',
      departments: ['办公室', '宣传科'],
      deadline: { date: '2025-11-30' },
    },
    {
      aspect: '党的领导弱化方面',
      title: '民主集中制执行不严格',
      manifestations: ['“三重一大”事项决策程序不规范，个别事项先执行后上会'],
      measures: ['修订“三重一大”决策制度实施细则', '建立决策事项台账，实行全过程纪实'],
      leader: '马骏',
      departments: ['办公室'],
      deadline: { immediate: true, longTerm: true },
    },
    {
      aspect: '全面从严治党方面',
      title: '医疗领域腐败问题治理不深入',
      manifestations: ['对医药购销领域突出问题的专项整治推进缓慢'],
      measures: ['开展医药领域腐败问题集中整治', '建立医德医风负面清单'],
      leader: '杨帆',
      departments: ['医政医管科'],
      deadline: { date: '2025-12-31' },
    },
  ],
};

/** A culture bureau's problems as unnumbered lines, each above its 具体表现/整改措施 block, under "…方面" lines. */
export const UNNUMBERED_PLAN: OfficePlan = {
  file: 'unnumbered-plan.txt',
  planDate: '2025-09-01',
  problems: [
    {
      aspect: '政治建设方面',
      title: '意识形态阵地管理存在漏洞',
      manifestations: ['局属场馆宣传展板内容审核不严，个别展板使用过时表述'],
      measures: ['全面排查局属场馆宣传展板，建立展陈内容“三审”制度'],
      leader: '胡平',
      departments: ['办公室', '文物股'],
      deadline: { date: '2025-10-31' },
    },
    {
      aspect: '政治建设方面',
      title: '党组会议“第一议题”制度执行不严格',
      manifestations: ['2024年有3次党组会议未学习“第一议题”'],
      measures: ['严格执行“第一议题”制度，每次党组会议首先学习习近平总书记最新重要讲话精神'],
      leader: '胡平',
      departments: ['办公室'],
      deadline: { immediate: true, longTerm: true },
    },
    {
      aspect: '作风建设方面',
      title: '文旅项目推进迟缓',
      manifestations: ['2个文旅项目开工滞后半年以上'],
      measures: ['建立重点项目周调度机制；对滞后项目挂牌督办'],
      leader: '邓军',
      departments: ['产业发展股'],
      deadline: { date: '2025-12-31' },
    },
  ],
};

/** A township's problem headings carrying their fields in brackets, the measures as unlabelled （1） items below. */
export const BRACKETED_FIELDS_PLAN: OfficePlan = {
  file: 'bracketed-fields-plan.txt',
  planDate: '2025-09-01',
  problems: [
    {
      aspect: '政治建设方面',
      title: '理论学习不深入',
      manifestations: [],
      measures: ['制定年度学习计划，每月开展集中学习', '建立学习档案，每季度检查'],
      leader: '吴刚',
      departments: ['党政办'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '政治建设方面',
      title: '“三会一课”落实不到位',
      manifestations: [],
      measures: ['督促各村党支部按时召开“三会一课”', '乡党委每半年抽查一次会议记录'],
      leader: '吴刚',
      departments: ['各村党支部'],
      deadline: { longTerm: true },
    },
    {
      aspect: '作风建设方面',
      title: '公车使用管理不规范',
      manifestations: [],
      measures: ['完善公车使用登记制度'],
      leader: '郑红',
      departments: ['党政办'],
      deadline: { immediate: true },
    },
  ],
};

export const UNIT_PLANS: OfficePlan[] = [
  TOWNSHIP_PLAN,
  HOSPITAL_TABLE,
  ENTERPRISE_PLAN,
  AUDIT_PLAN,
  THEME_TABLE,
  PDF_HOSPITAL_PLAN,
  SCHOOL_PLAN,
  PDF_TOWNSHIP_PLAN,
  STREET_PLAN,
  OUTLINE_NUMBERED_PLAN,
  HEADED_STATEMENT_PLAN,
  UNNUMBERED_PLAN,
  BRACKETED_FIELDS_PLAN,
];
