import type { ClerkProblem } from './plan-score';

// What a careful clerk extracts from each office-layout fixture (tests/fixtures/plans), field by field.

export interface OfficePlan {
  file: string;
  planDate: string;
  problems: ClerkProblem[];
}

export const OWNERS_PLAN: OfficePlan = {
  file: 'owners-plan.txt',
  planDate: '2024-11-15',
  problems: [
    {
      aspect: '党的领导弱化方面',
      title: '理论学习中心组学习不够深入',
      manifestations: [],
      measures: ['制定年度学习计划，每季度至少开展一次专题研讨', '建立学习档案，会后一周内整理发言材料', '邀请县委党校教师开展专题辅导'],
      owners: ['周海', '吴丽', '周海'],
      leader: '李文斌',
      departments: ['党政办'],
      deadline: { longTerm: true },
    },
    {
      aspect: '党的领导弱化方面',
      title: '意识形态工作责任制落实不到位',
      manifestations: ['意识形态工作专题研究不及时', '网络舆情处置机制不健全'],
      measures: ['每半年专题研究意识形态工作一次', '修订网络舆情应急处置预案'],
      owners: ['周海', '陈明'],
      leader: '王芳',
      departments: ['党政办', '综治中心'],
      deadline: { date: '2025-01-28' },
    },
    {
      aspect: '全面从严治党方面',
      title: '食品安全“两个责任”落实不到位',
      manifestations: ['包保干部督导工作流于形式，督导记录填写不规范'],
      measures: ['组织包保干部集中培训', '每月抽查督导记录'],
      owners: ['赵强', '孙敏'],
      leader: '刘洋',
      departments: ['市场监管所'],
      deadline: { done: true, longTerm: true },
    },
    {
      aspect: '全面从严治党方面',
      title: '村级财务管理不规范',
      manifestations: [],
      measures: ['开展村级财务专项审计', '规范村级报账流程'],
      owners: ['钱进', null],
      leader: '张凯',
      departments: ['财政所', '农经站'],
      deadline: { date: '2024-06-30' },
    },
  ],
};

export const PDF_COPY_PLAN: OfficePlan = {
  file: 'pdf-copy-plan.txt',
  planDate: '2025-03-10',
  problems: [
    {
      aspect: '学校党建方面',
      title: '“三会一课”制度执行不严格',
      manifestations: ['部分支部委员会会议记录简单，党员大会未按期召开，主题党日活动形式单一'],
      measures: ['严格落实“三会一课”制度，按季度制定活动计划', '规范会议记录，由支部组织委员每月检查一次', '丰富主题党日活动形式'],
      leader: '黄志强',
      departments: ['党支部办公室'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '学校党建方面',
      title: '教师师德师风建设不够有力',
      manifestations: ['个别教师存在有偿补课现象，师德考核流于形式'],
      measures: ['开展有偿补课专项治理', '完善师德考核办法，实行师德一票否决'],
      leader: '黄志强',
      departments: ['德育处', '人事办'],
      deadline: { date: '2025-12-31' },
    },
    {
      aspect: '学校管理方面',
      title: '食堂管理存在漏洞',
      manifestations: ['食材采购未严格执行询价制度，出入库台账不完整'],
      measures: ['建立食材采购询价比价制度', '完善出入库台账，每周核对一次'],
      target: '食堂采购全流程规范，台账账实相符',
      leader: '郑伟',
      departments: ['总务处'],
      deadline: { months: 3 },
    },
  ],
};

export const APPENDIX_PLAN: OfficePlan = {
  file: 'appendix-plan.txt',
  planDate: '2025-01-06',
  problems: [
    {
      aspect: '统计数据质量方面',
      title: '统计数据审核把关不严',
      manifestations: ['部分专业报表逻辑审核流于形式，个别企业数据异常未及时核实'],
      measures: ['建立数据质量三级审核制度', '每季度开展一次数据质量抽查'],
      leader: '何东',
      departments: ['综合科', '核算科'],
      deadline: { date: '2025-06-30' },
    },
    {
      aspect: '统计数据质量方面',
      title: '统计执法检查开展不足',
      manifestations: [],
      measures: ['制定年度执法检查计划', '对重点企业开展“双随机”检查'],
      leader: '何东',
      departments: ['执法监督科'],
      deadline: { longTerm: true },
    },
    {
      aspect: '机关作风方面',
      title: '文风会风改进不明显',
      manifestations: [],
      measures: ['精简会议文件', '严格控制发文数量'],
      leader: '马丽',
      departments: ['办公室'],
      deadline: { immediate: true },
    },
  ],
};

export const TEXT_PLANS: OfficePlan[] = [OWNERS_PLAN, PDF_COPY_PLAN, APPENDIX_PLAN];
