import { ApiError } from '@/api/errors';
import { staleWriteExplanation } from './staleWrite';

describe('the stale-write explanation', () => {
  it('says someone else changed the record, in words for the record it is', () => {
    expect(staleWriteExplanation(new ApiError('CONFLICT'), 'task')).toEqual({ title: '事项已被他人修改', content: '在您操作期间，其他人更新了这个事项。将为您显示最新内容，请核对后再操作。' });
    expect(staleWriteExplanation(new ApiError('CONFLICT'), 'interview')).toEqual({ title: '约谈记录已变化', content: '在您操作期间，其他人更新了这份记录。将为您显示最新内容，请核对后再操作。' });
  });

  it("says a record that moved on or was sealed in the server's words", () => {
    expect(staleWriteExplanation(new ApiError('INVALID_STATE', '事项已销号，不能再延期'), 'task')).toEqual({ title: '事项状态已变化', content: '事项已销号，不能再延期' });
    expect(staleWriteExplanation(new ApiError('SEALED'), 'interview').title).toBe('记录已签字封存');
  });
});
