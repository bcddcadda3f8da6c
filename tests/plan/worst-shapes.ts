// Text shapes that cost the parser most per character, found by timing many candidates: a run of unclosed
// brackets after a problem heading, short numbered lines, a long table whose rows do not fit its header (one problem or
// one problem per row) or name a category each, label
// lines one after another, a paragraph broken on every line, long runs of list markers, cells quoted by Excel, outline
// numbers (1.1.1), and unnumbered problems.
// Each builds about `chars` characters; the linear-time test and `parse_worst_case_ms` both use them.

const times = (unit: string, chars: number) => Math.max(1, Math.floor(chars / unit.length));

type Shape = (chars: number) => string;

export const WORST_SHAPES = {
  openBrackets: (chars) => `问题1：${'（'.repeat(chars)}`,
  mixedBrackets: (chars) => `问题1：学习${'（。)）'.repeat(times('（。)）', chars))}`,
  headings: (chars) => `一、作风方面\n${'（一）学习\n'.repeat(times('（一）学习\n', chars))}`,
  misfitRows: (chars) => `序号\t问题\t整改措施\t责任单位\t完成时限\n${'1\t学习\t加强\t办公室\t年底前\t多\n'.repeat(times('1\t学习\t加强\t办公室\t年底前\t多\n', chars))}`,
  // Each row its own problem, with a warning: every warning is placed at its problem.
  distinctMisfitRows: (chars) => {
    const rows = ['序号\t问题\t整改措施\t责任单位\t完成时限'];
    for (let i = 1, length = 0; length < chars; i += 1) {
      const row = `${i}\t学习${i}\t加强\t办公室\t年底前\t多`;
      rows.push(row);
      length += row.length + 1;
    }
    return rows.join('\n');
  },
  // Each row names its own 问题类别: one aspect per row, each looked up by its title (a search per row was quadratic).
  distinctCategories: (chars) => {
    const rows = ['序号\t问题类别\t问题\t整改措施\t责任单位'];
    for (let i = 1, length = 0; length < chars; i += 1) {
      const row = `${i}\t类别${i}\t学习${i}\t加强\t办公室`;
      rows.push(row);
      length += row.length + 1;
    }
    return rows.join('\n');
  },
  pipeRows: (chars) => `|序号|问题|整改措施|责任单位|\n${'|1|学习|加强|办公室|\n'.repeat(times('|1|学习|加强|办公室|\n', chars))}`,
  labelLines: (chars) => `问题1：学习\n${'责任领导：张三\n'.repeat(times('责任领导：张三\n', chars))}`,
  brokenParagraph: (chars) => `问题1：学习不深入\n整改措施：${'加强学习，提高认识和水平\n'.repeat(times('加强学习，提高认识和水平\n', chars))}`,
  embeddedLabels: (chars) => `问题1：学习\n${'，责任单位：办公室'.repeat(times('，责任单位：办公室', chars))}`,
  listMarkers: (chars) => `问题1：学习\n整改措施：${Array.from({ length: times('12.加强', chars) }, (_, i) => `${(i % 999) + 1}.加强`).join('')}`,
  ownerNotes: (chars) => `问题1：学习\n整改措施：${'（责任人：张三'.repeat(times('（责任人：张三', chars))}`,
  unitNotes: (chars) => `问题1：学习\n整改措施：${'（牵头单位：党政办，时限：'.repeat(times('（牵头单位：党政办，时限：', chars))}`,
  dates: (chars) => `问题1：学习\n整改措施：加强\n整改时限：${'2024年6月'.repeat(times('2024年6月', chars))}`,
  quotedCells: (chars) => `序号\t问题\t整改措施\n${'1\t"学习""不深入"""\t"加强\n完善"\n'.repeat(times('1\t"学习""不深入"""\t"加强\n完善"\n', chars))}`,
  outlineNumbers: (chars) => `1 作风方面\n${'1.1 学习\n整改措施：\n1.1.1 加强\n'.repeat(times('1.1 学习\n整改措施：\n1.1.1 加强\n', chars))}`,
  unnumberedProblems: (chars) => `政治建设方面\n${'学习不深入。\n具体表现：少\n整改时限：年底前\n'.repeat(times('学习不深入。\n具体表现：少\n整改时限：年底前\n', chars))}`,
} satisfies Record<string, Shape>;
