import { characterCount, cleanName, cleanProse, nameKey, quoted, requiredText } from './text';

describe('the one text type of every schema', () => {
  it('turns every kind of line break into \\n and drops controls, noncharacters, lone surrogates and bidi controls', () => {
    expect(cleanProse(' 第一行\r\n第二行\v第三行\u2028第四\u0000行\u0007\ufffe\ud800\u202e ')).toBe('第一行\n第二行\n第三行\n第四行');
    expect(cleanProse('表\t格')).toBe('表\t格');
  });

  it('normalises to NFC, so a decomposed é equals the composed one', () => {
    expect(cleanProse('e\u0301')).toBe('\u00e9');
  });

  it('makes names one line without invisible characters, so look-alikes compare equal', () => {
    expect(cleanName('财\u200b务\u202e室\n')).toBe('财务室');
    expect(nameKey('财 务 室\ufeff')).toBe(nameKey('财务室'));
  });

  it('counts characters as people do and states the limit instead of cutting', () => {
    expect(characterCount('𠀀字')).toBe(2);
    const result = requiredText('进展情况', 2000).safeParse('字'.repeat(10000));
    expect(result.success ? null : result.error.issues[0]?.message).toBe('进展情况最多 2000 字，已输入 10000 字');
    expect(requiredText('进展情况', 2000).safeParse('\u0000 \u0007').success).toBe(false);
  });
});

describe('quoted', () => {
  it('turns quotes inside a quotation to single ones, and single ones inside those back to double, as 公文 do', () => {
    expect(quoted('防止“拿来主义”')).toBe('“防止‘拿来主义’”');
    expect(quoted('落实‘三个“必须”’要求')).toBe('“落实“三个‘必须’”要求”');
    expect(quoted('无引号')).toBe('“无引号”');
  });
});
