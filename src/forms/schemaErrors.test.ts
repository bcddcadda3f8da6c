import { z } from 'zod';
import { recordOutcomeInput } from '../../core/actions/outcomes';
import { applyClosureInput } from '../../core/actions/closure';
import { schemaErrors } from './schemaErrors';

describe('schemaErrors', () => {
  it('answers nothing for input the schema accepts', () => {
    const input = { taskId: 'task-1', version: 1, summary: '已完成', fileIDs: ['cloud://env/uploads/tasks/task-1/a.jpg'], fileNames: ['照片1.jpg'] };
    expect(schemaErrors(applyClosureInput, input)).toEqual({});
  });

  it("puts core's Chinese message under each field, the first problem per field", () => {
    const errors = schemaErrors(applyClosureInput, { taskId: 'task-1', version: 1, summary: '', fileIDs: [] });
    expect(errors.summary).toMatch(/整改完成情况/);
    expect(errors.fileIDs).toBe('请至少上传一份佐证材料');
  });

  it('replaces a message not written for people with a plain hint', () => {
    const schema = z.object({ count: z.number() });
    expect(schemaErrors(schema, { count: 'three' })).toEqual({ count: '请检查填写的内容' });
  });

  it("names a nested field by the form's own mapping", () => {
    const input = { taskId: 'task-1', progressId: 'p-1', outcome: { kind: 'rule', title: '', docNumber: '', issuedOn: '2026-12-01', nature: 'new', fileID: null, fileName: null } };
    const errors = schemaErrors(recordOutcomeInput, input, (path) => String((path[0] === 'outcome' ? path[1] : path[0]) ?? ''));
    expect(Object.keys(errors)).toEqual(['title']);
    expect(errors.title).toMatch(/[\u4e00-\u9fa5]/);
  });
});
