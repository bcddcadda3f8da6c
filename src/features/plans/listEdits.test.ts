import { addItem, mergeWithNext, removeItem, replaceItem, splitItem, splitPoint } from './listEdits';

describe('editing a numbered list of measures', () => {
  const measures = ['一是建立审核制度', '二是加强培训'];

  it('replaces, removes and adds one item, leaving the others as they were', () => {
    expect(replaceItem(measures, 1, '二是开展培训')).toEqual(['一是建立审核制度', '二是开展培训']);
    expect(removeItem(measures, 0)).toEqual(['二是加强培训']);
    expect(addItem(measures)).toEqual([...measures, '']);
    expect(measures).toEqual(['一是建立审核制度', '二是加强培训']);
  });

  it('cuts at the cursor when it stands inside the text', () => {
    expect(splitItem(['制定制度严格执行'], 0, 4)).toEqual(['制定制度', '严格执行']);
  });

  it('without a cursor cuts at a line break, else at the sentence end nearest the middle, else at a comma', () => {
    expect(splitItem(['建立制度\n落实责任'], 0, null)).toEqual(['建立制度', '落实责任']);
    expect(splitItem(['建制度。二是落实全部审核责任。三是考核。'], 0, null)).toEqual(['建制度。二是落实全部审核责任。', '三是考核。']);
    expect(splitItem(['制定制度，并严格执行'], 0, null)).toEqual(['制定制度', '并严格执行']);
  });

  it('refuses to cut where one side would be empty or nothing marks a place', () => {
    expect(splitItem(['建立审核制度'], 0, null)).toBeNull();
    expect(splitPoint('建立审核制度。', null)).toBeNull();
    expect(splitItem(['建立审核制度'], 0, 0)).toBeNull();
  });

  it('joins an item with the next, with a 分号 between two complete measures and nothing after a punctuation mark', () => {
    expect(mergeWithNext(['建立制度', '落实责任'], 0)).toEqual(['建立制度；落实责任']);
    expect(mergeWithNext(['建立制度，', '落实责任'], 0)).toEqual(['建立制度，落实责任']);
    expect(mergeWithNext(measures, 1)).toBe(measures);
  });
});
