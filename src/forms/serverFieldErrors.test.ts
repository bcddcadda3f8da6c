import { ApiError } from '@/api/errors';
import { serverFieldErrors } from './serverFieldErrors';

describe('serverFieldErrors', () => {
  it("marks VALIDATION_FAILED's issues under their fields, first per field", () => {
    const error = new ApiError('VALIDATION_FAILED', '请求参数不正确：进展情况不能为空', {
      issues: [
        { path: 'text', message: '进展情况不能为空' },
        { path: 'text', message: '进展情况最多2000字' },
        { path: 'fileIDs.0', message: 'Invalid input' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({ text: '进展情况不能为空', fileIDs: '请检查填写的内容' });
  });

  it("reads a nested path through the form's mapping", () => {
    const error = new ApiError('VALIDATION_FAILED', undefined, { issues: [{ path: 'outcome.amountYuan', message: '金额应为正数' }] });
    expect(serverFieldErrors(error, { fieldOf: (path) => String(path[1] ?? path[0]) })).toEqual({ amountYuan: '金额应为正数' });
  });

  it('puts a refusal that names its field (details.field) under that field, in its own words', () => {
    const error = new ApiError('PARTY_INVALID', '约谈对象不能是约谈人', { field: 'subjectId' });
    expect(serverFieldErrors(error, { fieldOf: (path) => (path[0] === 'subjectId' ? 'subject' : String(path[0])) })).toEqual({ subject: '约谈对象不能是约谈人' });
  });

  it('puts a refusal that is always about one field there', () => {
    const error = new ApiError('HELD_IN_FUTURE', '谈话时间不能晚于现在');
    expect(serverFieldErrors(error, { codeFields: { HELD_IN_FUTURE: 'heldAt' } })).toEqual({ heldAt: '谈话时间不能晚于现在' });
  });

  it('answers nothing for a refusal about the record rather than a field', () => {
    expect(serverFieldErrors(new ApiError('CONFLICT'))).toEqual({});
    expect(serverFieldErrors(new ApiError('FORBIDDEN'), { codeFields: { HELD_IN_FUTURE: 'heldAt' } })).toEqual({});
  });
});
