import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedPlanSchema, parsePlan } from '../../core/plan';
import type { PlanProblem } from '../../core/plan';

// The seed is the user's own plan: every field below was checked by hand against
// tests/fixtures/plans/seed-plan.txt (a copy of ../shared/reference/seed-plan.txt).

const seed = readFileSync(join(__dirname, '../fixtures/plans/seed-plan.txt'), 'utf8');

const ASPECTS = [
  '贯彻落实党的理论路线方针政策和重大决策部署方面',
  '遵守纪律和作风方面',
  '基层党建组织领导班子和干部队伍建设方面',
];

const EXPECTED: Array<PlanProblem & { aspect: number }> = [
  {
    aspect: 0,
    number: '1',
    title: '服务群众方面存在短板',
    manifestations: [
      '服务功能缺乏便民化设计。产品的即时性、互动性不够，传播内容和传播手段缺乏吸引力，服务群众的功能有待进一步加强',
      '影响力不强。虽然开通了“两微一端一抖”，但从内容层面来看，仍然搬运传统媒体模式下生产的内容，尤其欠缺优秀原创内容的产出，平台功能使用不充分、影响力未达到预期',
      '资源聚合功能作用发挥不全。“综合服务平合”和“社区信息枢纽”功能和作用未能完全释放，政务、公共服务、在线教育、在线医疗等资源聚合能力不强，公用事业服务和生活服务的平台未能形成一定规模，促进社会达成共识的平合作用发挥较弱',
    ],
    measures: [
      '结合我县群众使用新媒体的习惯，努力推动理念、内容、形式、方法、手段等创新，加强新*APP、微信公众号等现有宣传平台的运行和维护，及时发布信息并增加民生方面的新闻报道，开通评论通道，增强与群众的互动性，不断增强群众认同度、信任度、喜爱度',
      '继续发挥县融媒体中心贴近基层、更接地气的优势，结合县委县政府中心工作和重点任务，围绕巩固拓展脱贫攻坚成果同乡村振兴有效衔接、项目建设、扫黑除恶专项斗争、乡村振兴、新时代文明实践等工作和重要节庆活动，策划制作适合各平台发布的更多具有原创性的融媒体产品',
      '按照融媒体中心建设的“主流舆论阵地、综合服务平台、社区信息枢纽”三大定位，加强新APP客户端建设，积极探索开设我县特色鲜明、紧贴群众生活的智慧社区，健全充实县融媒体中心在政务服务、公共服务等方面的功能',
      '持续加强与县新时代文明实践中心的融合，在新APP和微信公众号接入“文明*”点单服务，打通服务群众“最后一公里”，实现与广大群众互动“零距离”，与新时代文明实践中心“全融合”、同频率、相促进',
    ],
    target: '在新APP客户端和微信公众号中增加更多的政务服务和便民服务功能，更好满足群众在线医疗、在线教育、在线缴费、在线查询等方面的需求，让群众真正用起来、用得好、离不开，更好地引导群众、服务群众，解决功能不够齐全、影响力不强、聚合功能发挥不全等问题',
    leader: null,
    departments: ['总编室', '新媒体室', '播发室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期优化完善）*个月内整改到位' },
  },
  {
    aspect: 0,
    number: '1',
    title: '对省委巩固拓展脱贫攻坚成果同乡村振兴有效衔接成果同乡村振兴有效衔接专项巡察整改不深不细',
    manifestations: [
      '对省委巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项巡视反馈帮扶村（**村）的问题研究不够深入，整改不够细致。个别帮扶干部一户一策精准脱贫计划中*年脱贫增收种植业现状为种植玉米*亩、小麦*亩、洋芋*亩，而*年度经营性收入为种植小麦*亩、玉米*亩，户内种植业现状和经营性收入前后矛盾，工作不细致',
    ],
    measures: [
      '及时组织班子成员及全体党员、干部再次深入学习习近平总书记关于扶贫工作的重要论述特别是在决战决胜巩固拓展脱贫攻坚成果同乡村振兴有效衔接座谈会上的重要讲话精神',
      '对各帮扶干部所包户分配情况再次认领、再次确认、责任到人，深入开展入户排查工作，完善表册',
      '及时建立台账，要求各帮扶干部自己查找所包户的问题并进行解决完善，做到即查即改',
      '对巡察中发现的具体问题和相关责任人，提交党组会议研究后在一定范围内进行检讨和通报，对存在问题即知即改，共性问题会议研究后全面整改',
    ],
    target: '进一步增强帮扶干部的责任感，定期不定期深入帮扶对象家中开展走访活动，对生活、生产、家庭情况相关信息进行更新了解，通过整改，让全体帮扶干部意识到巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作的重要性，解决帮扶干部帮扶工作不深不细的问题',
    leader: null,
    departments: ['全体帮扶干部'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '1',
    title: '学风文风不实。理论学习浅尝辄止、蜻蜓点水，心得体会搞“拿来主义”应付交差',
    manifestations: [
      '*名同志关于学习党史新中国史的心得体会雷同，网络下载痕迹明显',
    ],
    measures: [
      '对巡察工作中查出的*名同志问题提交党组会议研究，进行提醒谈话、重新撰写心得体会并在一定范围内检讨和通报',
      '完善和落实学习制度，分管领导扎实做好全体党员、干部学习心得、学习笔记的审核把关和检查考核',
      '进一步加强学风文风的转变，持续推进“主题党日”“三会一课”等活动的落实，在学习讨论中更新观念、凝聚共识，逐步实现从“要你学”的被动学习方式到“我要学”的主动学习方式的转变',
      '强化纪律意识，进一步加大了检查和监督力度，坚持和完善每日签到制度，严格遵守单位规章制度和纪律要求',
    ],
    target: '坚持把学习作为提高解决问题能力、修身润心、陶冶情操的终身课题，坚持不懈、久久为功，切实解决党员干部不愿学、懒得学的惰性思想。切实做到学风文风会风有效转变，落实制度不走形式，考核通报震慑有力',
    leader: null,
    departments: ['办公室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '2',
    title: '资产管理不严格。库存抽查盘点情况与登记使用情况不符，新购固定资产闲置或备用',
    manifestations: [
      '购入的*台平板电脑，其中*台由宣传部使用，*部照相机宣传部使用，均无固定资产划拨手续，使用情况登记为库存。购入*台*K手持摄录一体机共计*元，因格式参数与编辑设备不匹配闲置或备用',
    ],
    measures: [
      '加强和完善各项规章制度，补齐漏洞，严格落实资产管理制度',
      '进一步加强借入借出资产清查工作，积极与宣传部进行协商沟通，做好固定资产收回划拨和借用手续办理，及时进行库存更新',
      '在现有电视编辑视频系统无法匹配快速更新的电子产品情况下，满足新媒体发展需求，结合人才引进和专业人才招考，将新购置的*台*K手持摄录一体机配备新媒体人员使用，与直播机匹配使用，做到传统媒体系统和新媒体有效补充，为下一步电视编辑视频系统提档升级奠定基础',
      '联系电视编辑视频系统厂家进行系统完善，确保各类设备正常对接使用',
      '加强新媒体人员培训，组织专人进行新设备的学习使用，确保采编人员完全掌握新设备的使用方法',
    ],
    target: '资产管理制度更加完善，资产登记更加翔实。结合新闻采编人员的进一步充实，充分利用新购置的设备开展现场直播或新闻信息采集工作，做好旧产品的迭代升级和新产品的有效利用',
    leader: null,
    departments: ['办公室', '财务室', '采编人员'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '3',
    title: '项目资金结余未上缴财政',
    manifestations: [
      '*年*月收市委宣传部融媒体建设经费*万元，支付新**云服务系统建设费*万元，结余资金*万元；*年*月收省级融媒体建设资金*万元，支付工程结算款*元，挂质保金*.*元，资金结余*.*元。截至*年*月*日，两项结余款合计*元未上缴财政',
    ],
    measures: [
      '组织财务人员学习相关财政法律法规，进一步明确项目资金的管理制度',
      '强化与财政对口股室联系与沟通汇报，认真核算结余资金，上缴财政',
    ],
    target: '坚持项目资金管理制度，严格财务管理要求，做到结余资金及时上缴财政，发挥资金效益',
    leader: null,
    departments: ['财务室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '4',
    title: '财务核算不规范。对项目经费管理重视不够，预算编制缺乏科学性和计划性',
    manifestations: [
      '*年*月拨付*村委会环境整治经费*元，在党建经费下列支。*年*月购买网站安全检查工具*元未记入无形资产',
    ],
    measures: [
      '加强会计人员业务知识学习，积极参加县财政组织的各类培训工作，切实提高业务能力和水平',
      '针对*村卫生环境整治经费在党建经费下列支问题，安排财务人员及时与财政相关股室联系，按照财务规定和程序全面进行调整',
      '要求财务人员针对购买网站安全检查工具及时记入无形资产，并做好资产登记工作',
    ],
    target: '切实做到财务核算规范有序',
    leader: null,
    departments: ['财务室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '5',
    title: '办公楼装修改造项目管理不严格',
    manifestations: [
      '县融媒体中心办公楼装修改造项目施工时间为*年*月*日至*年*月*日，但中标人**华盛嘉禾建设工程有限公司出具的法定代表人身份证明及授权委托书日期为*年*月*日。该工程投标预算编制有清单和定额两种报价，唯独中标的投标单位采用了这种方式，存在事后补办手续的问题',
      '办公楼装修改造项目工程结算价为*元，工程送审价为*元，工程审定金额为*元，审减金额为*元，审减率*%，工程签证管理不严格',
    ],
    measures: [
      '加强项目管理等方面知识的学习，提高依法办事、依法从政的能力和水平，不断适应新时代、新业务的需求',
      '及时联系招标委托代理公司和中标公司，核实相关信息，分析产生问题的原因，研究解决问题的措施和办法，并就日期错误的情况作出说明，杜绝事后补办手续问题的产生',
      '针对工程签证不严问题，进一步加强与招标委托代理公司和中标公司联系，查找问题根源，分析工程审定率产生的原因，做出详细说明，以认真负责的态度做好整改工作',
    ],
    target: '找出原因，做出说明，认真落实项目招标施工各环节工作，规范建设，有效运行',
    leader: null,
    departments: ['财务室'],
    deadline: { immediate: true, longTerm: false, months: null, date: null, text: '（即知即改）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: '6',
    title: '社保资金缴纳不合规',
    manifestations: [
      '*年*名临聘职工社保、公积金个人缴纳部分*元由单位全额承担',
    ],
    measures: [
      '进一步加强学习，认真落实社保资金规章制度和核算标准，做好法律顾问咨询工作，规范社保、公积金个人缴纳收缴工作。对*名临聘职工社保、公积金个人缴纳部分列出详细清单，确定专人督促回收。并按照有关资金管理做好缴存工作',
    ],
    target: '进一步规范完善单位社保缴纳程序，确保资金全部收回缴存，全面解决社保资金缴纳不合规问题',
    leader: null,
    departments: ['财务室'],
    deadline: { immediate: true, longTerm: false, months: null, date: null, text: '（即知即改）*个月内整改到位' },
  },
  {
    aspect: 1,
    number: null,
    title: '内控制度不规范',
    manifestations: [
      '没有把内部控制当作一项加强管理、防范风险的重要措施来抓，对内部控制工作缺乏系统全面的认识，内控制度不规范，会计、出纳岗位同一人兼任',
    ],
    measures: [
      '由财务人员及时制定完善内控制度，并严格执行',
      '针对会计、出纳一人兼问题，我们将进行岗位调整，确定出纳人员，移交相关工作，真正做到会计、出纳分开执行',
    ],
    target: '完善现有内控制度，进一步规范单位财务审批程序和管理制度，全面解决思想认识不到位、内控制度不规范、会计出纳未分离等问题',
    leader: null,
    departments: ['财务室'],
    deadline: { immediate: true, longTerm: false, months: null, date: null, text: '（即知即改）*个月内整改到位' },
  },
  {
    aspect: 2,
    number: '1',
    title: '党组领导作用发挥不够充分',
    manifestations: [
      '统筹协调作用发挥不够，不能充分调动起干部职工的积极性；对宣传平台工作开展办法不多、探索不够，对难点问题的处理责任担当、攻克难意识不够',
      '专业知识和专业能力有所欠缺，存在外行领导内行的情况，与新媒体发展不相适应，缺乏整体运规划和长期发展规划',
    ],
    measures: [
      '进一步强化党内法规条例的学习，认真落实从严治党主体责任，发挥党组统领全局、协调各方的职能作用；认真落实党组书记抓党建第一责任人职责和党组成员“一岗双责”抓好职责范围内党的建设工作要求，主动作为、积极思考、履职尽责，切实加强分管领域的管理工作，深入开展思想交流，达成共识，推动工作',
      '进一步加强单位内部人员的理论学习和专业知识学习培训教育，做到专业知识学习有交流、有研讨、见成效，充分调动起干部职工的主动性积极性',
      '结合“十四五”规划编制工作，进一步完善各岗位工作流程，制定融媒体发展规划；进一步加强专业人才队伍建设，结合人才引进、事业单位人员召开、单位自行招聘等工作，制定招聘方案，招聘一批新媒体人员，补足短板，充实新闻采编力量',
      '积极向上级部门反映相关情况，在全县范围内筛选具有新闻专业的骨干力量，充实融媒体班子力量，解决外行领导内行的实际情况',
    ],
    target: '党组领导班子真正扛起管党治党主体责任，凝聚力、战斗力、影响力和执行力进一步提高；政治意识、责任意识、担当意识、全局意识进一步强化，切实解决统筹协调作用发挥不够、工作积极性不高、责任担当不足、攻坚克难意识不强、能力水平不足等问题',
    leader: null,
    departments: ['办公室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 2,
    number: '2',
    title: '集体议事决策执行不到位',
    manifestations: [
      '个别重大事项支出没有经过会议研究。如支付**日报社专版费无会议记录',
      '个别重大事项将事前会议研究决策变为事后通报。支付蓄电池费用、支付融媒体硬件配套设备费用、“新**云”云服务系统建设费，均支出在会议讨论之前',
    ],
    measures: [
      '加强党内法规和财务支出规定的深入学习，认真贯彻执行民主集中制原则，健全完善《党组议事规则》，规范议事日程，做到不沟通不上会、不同意不支出',
      '针对**日报社专版费的事宜，财务人员及时查看具体事项，提供支出在讨论之前的相关情况说明，分析原因，查漏补缺，举一反三',
      '对于无会议记录问题，办公室查找其中缘由进行即知即改，严格落实“三重一大”事项报告制度，做到该请示的请示、该报告的报告',
      '严格按照党组议事规则，规范参会范围、议事程序、会议记录等工作',
    ],
    target: '进一步提高领导班子集体议事决策执行能力，规范单位支出程序，完善重大事项报告制度，确保重大事项和大额支出不研究不支出，切实解决大额支出不规范、以沟通确定代替会议研究、会议记录简单不详细等突出问题',
    leader: null,
    departments: ['办公室', '财务室'],
    deadline: { immediate: true, longTerm: false, months: null, date: null, text: '（即知即改）*个月内整改到位' },
  },
  {
    aspect: 2,
    number: '3',
    title: '支部标准化建设不规范',
    manifestations: [
      '“主题党日”活动程序不严谨。没有严格按照“*+*+N”要求开展，存在按季度或半年收缴党费的问题。如*年*月至*月党费按照季度收缴；*年*月至*月和*年*月至*月，党费按照半年收缴',
      '党费收缴工作不细致，个别党员党费缴纳明细表中月应交党费金额和党费收缴证金额不一致，党费收缴证收款人签章一栏均未签字或盖章',
      '支部改选工作不规范。改选只对增选的支部委员进行了选举，改选实际成为补选',
      '党员大会改选委员和选举支部书记，会议过程中选举办法和监票人没有经党员大会讨论通过的相关记录',
    ],
    measures: [
      '提高政治站位，深入学习党内法规条例，注重思想建设，端正工作作风，牢固树立“抓好党建是本职、不抓党建是失职、抓不好党建是不称职”理念，加强支部建设，规范组织原则和程序，结合全县各类实践活动，严格开展好“主题党日”活动，规范党费收缴',
      '严格按照《**省党和国家机关党支部建设标准化手册》抓好县融媒体中心党支部建设，严格按照“*+*+N”的标准认真落实党的组织生活程序，组织开展好主题党日活动',
      '认真查找党费金额和党费收缴证金额不一致问题产生的原因，结合“e党费平台”的上线应用，进一步核算收缴标准，通过提醒督促，按照时限要求完成上缴工作',
      '对于查出核算中党费少缴部分进行全面梳理，及时补缴汇缴指定账户，并做好相关软件资料的整理',
      '对支部改选中存在的问题，提交党组会议研究，通过约谈等形式督促做好整改工作，并在一定范围内进行通报',
    ],
    target: '做到思想上高度重视，工作上务实高效，效能上显著提升，切实按照支部标准化建设要求抓好支部建设，严肃党组织程序，严格主题党日活动，落实党费收缴程序和标准',
    leader: null,
    departments: ['办公室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
  {
    aspect: 2,
    number: '4',
    title: '约谈工作流于形式',
    manifestations: [
      '对约谈工作重视不够。县融媒体中心*年上半年未开展约谈工作，无约谈记录',
      '约谈记录不规范。如*年*月和*月的约谈记录，约谈工作审核表领导审批意见一栏空白，约谈工作登记表组织实施部门意见一栏空白。*年*月份约谈记录均无约谈对象签字，*年*月*日约谈记录中无约谈对象签字',
    ],
    measures: [
      '深入学习《党委（党组）落实全面从严治党主体责任规定》《党组工作条例》《党员教育管理工作条例》等党内规章制度，把约谈工作作为提醒教育党员干部特别是领导干部提高认识、履职尽责、主动作为、落实工作的有效抓手',
      '紧紧围绕党员教育管理、干部理论学习、工作任务落实等工作，深入查找存在的不足和苗头性问题，及时开展约谈工作',
      '严格执行约谈制度和约谈流程，对存在的问题找出原因，采取提醒或约谈等措施，全面完成整改任务',
    ],
    target: '思想认识上高度重视，约谈程序上进一步规范，约谈效果上更加显著，约谈重视不够、流程不规范等问题全面得到解决',
    leader: null,
    departments: ['办公室'],
    deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
  },
];

describe('the seed plan', () => {
  const plan = parsePlan(seed);
  const problems = plan.aspects.flatMap((aspect) => aspect.problems);

  it('is a valid parsed plan without a title line of its own', () => {
    expect(parsedPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.title).toBeNull();
  });

  it('has its three aspects, in order, and nothing from 总体要求 or 整改要求', () => {
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(ASPECTS);
  });

  it('has 13 problems, 2 + 7 + 4 by aspect', () => {
    expect(problems).toHaveLength(13);
    expect(plan.aspects.map((aspect) => aspect.problems.length)).toEqual([2, 7, 4]);
  });

  it('counts the measures and 具体表现 the issue lists', () => {
    expect(problems.map((problem) => problem.measures.length)).toEqual([4, 4, 4, 5, 2, 3, 3, 1, 2, 4, 4, 5, 3]);
    expect(problems.map((problem) => problem.manifestations.length)).toEqual([3, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 4, 2]);
  });

  it('keeps departments as written', () => {
    expect(problems.map((problem) => problem.departments)).toEqual([
      ['总编室', '新媒体室', '播发室'],
      ['全体帮扶干部'],
      ['办公室'],
      ['办公室', '财务室', '采编人员'],
      ['财务室'],
      ['财务室'],
      ['财务室'],
      ['财务室'],
      ['财务室'],
      ['办公室'],
      ['办公室', '财务室'],
      ['办公室'],
      ['办公室'],
    ]);
  });

  it('reads every deadline as immediate, long-term except 办公楼装修改造, 社保资金, 内控制度 and 集体议事决策, months unknown', () => {
    expect(problems.every((problem) => problem.deadline.immediate)).toBe(true);
    expect(problems.filter((problem) => !problem.deadline.longTerm).map((problem) => problem.title)).toEqual([
      '办公楼装修改造项目管理不严格',
      '社保资金缴纳不合规',
      '内控制度不规范',
      '集体议事决策执行不到位',
    ]);
    expect(problems.every((problem) => problem.deadline.months === null && problem.deadline.date === null)).toBe(true);
  });

  it('has no leader anywhere: blank ones and masked ones (*, **) are null', () => {
    expect(problems.map((problem) => problem.leader)).toEqual(Array(13).fill(null));
  });

  it('keeps both 问题1 of (一) and the masked 问题*, numbers as written', () => {
    expect(problems.map((problem) => problem.number)).toEqual(['1', '1', '1', '2', '3', '4', '5', '6', null, '1', '2', '3', '4']);
  });

  it.each(EXPECTED.map((expected, index) => [index + 1, expected] as const))('problem %i, field by field', (index, expected) => {
    const { aspect, ...problem } = expected;
    expect(plan.aspects[aspect]?.problems).toContainEqual(problem);
    expect(problems[index - 1]).toEqual(problem);
  });

  it('warns, at the right lines, about what the office must fill in or check', () => {
    const at = (code: string) => plan.warnings.filter((warning) => warning.code === code).map((warning) => warning.line);
    expect(at('MISSING_LEADER')).toEqual([16, 23, 31, 38, 45, 52, 61, 75, 85, 94, 113]);
    expect(at('MASKED_VALUE')).toEqual([68, 105]);
    expect(at('UNKNOWN_MONTHS')).toEqual([18, 25, 33, 40, 47, 54, 63, 70, 77, 87, 96, 107, 115]);
    expect(at('DUPLICATE_NUMBER')).toEqual([19]);
    expect(at('MASKED_NUMBER')).toEqual([71]);
    expect(at('MASKED_TEXT')).toEqual([14, 20, 28, 29, 35, 36, 42, 49, 50, 57, 58, 65, 66, 90, 91, 92, 99, 103, 109, 110]);
    expect(new Set(plan.warnings.map((warning) => warning.code))).toEqual(
      new Set(['MISSING_LEADER', 'MASKED_VALUE', 'UNKNOWN_MONTHS', 'DUPLICATE_NUMBER', 'MASKED_NUMBER', 'MASKED_TEXT']),
    );
    expect(plan.warnings.find((warning) => warning.line === 68)?.message).toContain('责任领导「*」');
    expect(plan.warnings.map((warning) => warning.line)).toEqual([...plan.warnings.map((warning) => warning.line)].sort((a, b) => a - b));
  });
});
