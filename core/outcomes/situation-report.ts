import { quoted } from '../text';
import type { ReportItemFigures, ReportTexts } from '../actions/reports';
import { bareAspectTitle, chineseNumber } from '../dashboard/wording';
import type { TaskMeasure } from '../tasks/model';
import { isDone } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import { chineseDate } from '../time';
import type { IsoDay } from '../time';
import { outcomeFigureLines, outcomeSentence } from './figures';
import type { OutcomeFigures } from './figures';
import { ACCOUNTABILITY_KINDS, RULE_NATURES, accountabilityLabel, fundsPhrase } from './kinds';
import { wanYuanText, yuanText } from './money';
import { isFollowUpRectified } from './model';
import type { OutcomeFacts } from './model';

/** One 问题 of the plan as the report tells it. */
export interface SituationItem {
  id: string;
  aspectIndex: number;
  aspectTitle: string;
  title: string;
  status: TaskStatus;
  measures: TaskMeasure[];
  /** What the owner reported last: the 销号 summary, else the latest 进展; the default of 成效. */
  reported: string | null;
  /** Confirmed outcomes of this item (up to the report's day). */
  outcomes: OutcomeFacts[];
}

export interface SituationReportInput {
  unitName: string;
  planTitle: string;
  asOf: IsoDay;
  texts: ReportTexts;
  items: SituationItem[];
  itemFigures: ReportItemFigures;
  outcomeFigures: OutcomeFigures;
}

/** `item` is a 问题's own line (三级标题, set in bold); a body paragraph may open with a `lead` in bold (整改措施：). */
export interface SituationBlock {
  kind: 'heading' | 'subheading' | 'item' | 'body';
  lead?: string;
  text: string;
}

/** The report as text blocks in order; the exports function lays them out as 党政机关公文. */
export interface SituationReport {
  title: string;
  recipient: string;
  blocks: SituationBlock[];
  signature: { unit: string; date: string };
}

const ORDINALS = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];

function ordinal(index: number): string {
  return ORDINALS[index] ?? `${index + 1}.`;
}

/** A measure as the plan wrote it may carry its own 一是 / 1. / （1）; the report numbers it again, without the end mark. */
function bareMeasure(text: string): string {
  return text.replace(/^\s*([一二三四五六七八九十]+是[，,：:]?|\d+[.．、]|（\d+）|\(\d+\))\s*/, '').replace(/[。；;]$/, '');
}

const heading = (text: string): SituationBlock => ({ kind: 'heading', text });
const subheading = (text: string): SituationBlock => ({ kind: 'subheading', text });
const body = (text: string): SituationBlock => ({ kind: 'body', text });
const led = (lead: string, text: string): SituationBlock => ({ kind: 'body', lead, text });

/** 总体情况: the item figures and the outcome figures, both computed, never typed. */
export function overallParagraphs(input: Pick<SituationReportInput, 'planTitle' | 'asOf' | 'itemFigures' | 'outcomeFigures'> & { measureCount: number }): string[] {
  const f = input.itemFigures;
  return [
    `《${input.planTitle}》共明确整改问题${f.total}个、整改措施${input.measureCount}条。截至${chineseDate(input.asOf)}，已完成整改${f.done}个${f.longTerm > 0 ? `（其中长期坚持${f.longTerm}个）` : ''}，正在整改${f.inProgress}个，尚未启动${f.notStarted}个，超期未完成${f.overdue}个，整改完成率${f.rate}%。`,
    `通过整改，${outcomeSentence(outcomeFigureLines(input.outcomeFigures))}`,
  ];
}

/** The outcomes of one item in a sentence; 问责 by kind and number only. */
function itemOutcomeText(outcomes: readonly OutcomeFacts[]): string | null {
  const parts: string[] = [];
  const rules = outcomes.filter((outcome) => outcome.kind === 'rule');
  if (rules.length > 0) parts.push(`制定及修改完善${rules.map((rule) => `《${rule.title}》`).join('')}等制度${rules.length}项`);
  const accountability = ACCOUNTABILITY_KINDS.map((kind) => ({ kind, n: outcomes.filter((outcome) => outcome.kind === 'accountability' && outcome.type === kind.id).length })).filter((entry) => entry.n > 0);
  if (accountability.length > 0) parts.push(accountability.map((entry) => `${entry.kind.label}${entry.n}${entry.kind.unit}`).join('、'));
  for (const outcome of outcomes) if (outcome.kind === 'funds') parts.push(`${fundsPhrase(outcome.type)}${yuanText(outcome.amountFen)}`);
  const followUps = outcomes.filter((outcome) => outcome.kind === 'followUp');
  if (followUps.length > 0) parts.push(`举一反三排查问题${followUps.length}个、已整改${followUps.filter(isFollowUpRectified).length}个`);
  return parts.length > 0 ? `${parts.join('；')}。` : null;
}

function defaultNextStep(item: SituationItem): string {
  if (item.status === 'long_term') return '长期坚持，按季度巩固整改成果，防止问题反弹。';
  if (isDone(item.status)) return '巩固整改成果，建立长效机制，防止问题反弹。';
  return '对照整改措施逐项推进，确保按时限完成整改。';
}

function itemBlocks(item: SituationItem, number: number, texts: ReportTexts): SituationBlock[] {
  const own = texts.items.find((entry) => entry.taskId === item.id);
  const measures = item.measures.map((measure, index) => `${ordinal(index)}${bareMeasure(measure.text)}（${measure.done ? '已完成' : '未完成'}${measure.note ? `，${measure.note.replace(/[。]$/, '')}` : ''}）`);
  // The measures are spelled out just above: what remains names them by their number, as a reader ticks them off.
  const remaining = item.measures.flatMap((measure, index) => (measure.done ? [] : [chineseNumber(index + 1)]));
  const followUps = item.outcomes.filter((outcome) => outcome.kind === 'followUp');
  const effect = own?.effect || item.reported || '正在整改，成效待显现';
  const blocks: SituationBlock[] = [
    { kind: 'item', text: `${number}.${item.title}（${isDone(item.status) ? '已完成整改' : '正在整改'}）` },
    led('整改措施：', `${measures.length > 0 ? measures.join('；') : '方案未列明具体措施'}。`),
    led('整改成效：', `${effect}${/[。！]$/.test(effect) ? '' : '。'}`),
  ];
  const outcomes = itemOutcomeText(item.outcomes);
  if (outcomes) blocks.push(led('整改成果：', outcomes));
  for (const followUp of followUps) {
    const measures = followUp.child?.measures ?? followUp.measures.map((text) => ({ text, done: false }));
    blocks.push(led('举一反三：', `发现${quoted(followUp.problem.replace(/[。]$/, ''))}问题，${measures.map((measure, index) => `${ordinal(index)}${bareMeasure(measure.text)}（${measure.done ? '已完成' : '未完成'}）`).join('；')}${isFollowUpRectified(followUp) ? '，已整改销号' : ''}。`));
  }
  blocks.push(led('存在问题：', remaining.length > 0 ? `第${remaining.join('、')}项整改措施尚未完成。` : '无。'));
  blocks.push(led('下一步：', own?.nextStep || defaultNextStep(item)));
  return blocks;
}

const DEFAULT_NEXT_PLANS = [
  '持续压实整改责任。严格落实党组主体责任和书记第一责任人责任，对尚未完成的问题盯住不放，逐项对账销号。',
  '巩固深化整改成果。对已完成整改的问题适时开展“回头看”，举一反三、建章立制，建立健全整改工作常态化、长效化机制。',
  '强化监督问责。对整改不力、敷衍整改的，该提醒的提醒、该约谈的约谈、该问责的问责。',
];

/**
 * The 整改情况报告 a 党组 sends to 县委巡察办: 标题, 主送, 总体情况, 逐项整改情况 in plan order, 问责情况, 建章立制,
 * 资金, 下一步打算, 落款. 问责 is told by kind, date and deciding body — never by name.
 */
export function buildSituationReport(input: SituationReportInput): SituationReport {
  const unit = input.unitName;
  const all = input.items.flatMap((item) => item.outcomes.map((outcome) => ({ outcome, item })));
  const blocks: SituationBlock[] = [
    body(
      input.texts.opening ||
        `按照县委巡察组反馈意见，${unit}党组高度重视，制定了《${input.planTitle}》，逐项明确整改措施、责任领导、责任部门和整改时限，扎实推进整改落实。现将截至${chineseDate(input.asOf)}的整改情况报告如下。`,
    ),
    heading('一、总体情况'),
    ...overallParagraphs({ ...input, measureCount: input.items.reduce((sum, item) => sum + item.measures.length, 0) }).map(body),
    heading('二、逐项整改情况'),
  ];
  let aspect: number | null = null;
  let aspectNumber = 0;
  input.items.forEach((item, index) => {
    if (item.aspectIndex !== aspect) {
      aspect = item.aspectIndex;
      aspectNumber += 1;
      blocks.push(subheading(`（${chineseNumber(aspectNumber)}）${bareAspectTitle(item.aspectTitle)}`));
    }
    blocks.push(...itemBlocks(item, index + 1, input.texts));
  });

  const lines = new Map(outcomeFigureLines(input.outcomeFigures).map((line) => [line.kind, line.text]));
  blocks.push(heading('三、问责情况'), body(`${lines.get('accountability')}。`));
  for (const { outcome, item } of all) {
    if (outcome.kind !== 'accountability') continue;
    const what = outcome.type === 'referral' ? '将相关问题线索移交纪检监察机关' : `给予相关责任人${accountabilityLabel(outcome.type)}`;
    blocks.push(body(`${chineseDate(outcome.decidedOn)}，${outcome.decidedBy}就${quoted(item.title)}问题${what}。`));
  }
  blocks.push(heading('四、建章立制情况'), body(`${lines.get('rule')}。`));
  let ruleNumber = 0;
  for (const { outcome } of all) {
    if (outcome.kind !== 'rule') continue;
    ruleNumber += 1;
    blocks.push(body(`${ruleNumber}.《${outcome.title}》（${outcome.docNumber ? `${outcome.docNumber}，` : ''}${chineseDate(outcome.issuedOn)}印发，${RULE_NATURES[outcome.nature]}）。`));
  }
  blocks.push(heading('五、资金追缴和整改落实情况'), body(`${lines.get('funds')}。`));
  for (const { outcome, item } of all) {
    if (outcome.kind !== 'funds') continue;
    blocks.push(body(`${chineseDate(outcome.receivedOn)}，针对${quoted(item.title)}问题，${fundsPhrase(outcome.type)}${yuanText(outcome.amountFen)}${outcome.amountFen >= 1_000_000 ? `（${wanYuanText(outcome.amountFen)}）` : ''}。`));
  }
  blocks.push(heading('六、下一步打算'));
  const plans = input.texts.nextPlans.length > 0 ? input.texts.nextPlans : DEFAULT_NEXT_PLANS;
  // 一是 … 二是 … numbers several intentions; a single one reads as a plain paragraph.
  plans.forEach((text, index) => blocks.push(body(plans.length > 1 ? `${ordinal(index)}${text}` : text)));
  blocks.push(body('特此报告。'));
  const signatureUnit = `中共${unit}党组`;
  return { title: `${signatureUnit}关于巡察反馈问题整改情况的报告`, recipient: input.texts.recipient, blocks, signature: { unit: signatureUnit, date: chineseDate(input.asOf) } };
}
