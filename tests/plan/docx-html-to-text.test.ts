import { docxHtmlToText } from '../../server/plans/docx-html-to-text';

// mammoth's HTML → the lines the parser reads.

describe('docxHtmlToText', () => {
  it('puts each paragraph and heading on its own line, and decodes entities', () => {
    expect(docxHtmlToText('<h1>方案</h1><p>甲 &amp; 乙<br />丙</p><p></p><p>&lt;丁&gt;&#x4E00;</p>')).toBe('方案\n甲 & 乙\n丙\n<丁>一');
  });

  it('numbers Word-numbered list items, 1. at the top and （1） inside', () => {
    expect(docxHtmlToText('<ol><li>加强学习<ol><li>集中学</li><li>自学</li></ol></li><li>完善制度</li></ol><ul><li>附件</li></ul>')).toBe(
      '1.加强学习\n（1）集中学\n（2）自学\n2.完善制度\n附件',
    );
  });

  it('writes table rows as tab-separated cells, repeating cells merged down and padding cells merged across', () => {
    const html =
      '<table><tr><th>序号</th><th>问题</th><th>领导</th></tr>' +
      '<tr><td colspan="3"><p>一、政治建设方面</p></td></tr>' +
      '<tr><td>1</td><td><p>甲</p><p>乙</p></td><td rowspan="2">张三</td></tr>' +
      '<tr><td>2</td><td>丙</td></tr></table><p>完</p>';
    expect(docxHtmlToText(html).split('\n')).toEqual(['序号\t问题\t领导', '一、政治建设方面\t\t', '1\t甲', '乙\t张三', '2\t丙\t张三', '完']);
  });
});
