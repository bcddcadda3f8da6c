import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { commentTaskInput } from '../../../core/actions/tasks';
import { Field } from '@/components/Field';
import { useMutation } from '@/api/hooks';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { schemaErrors } from '@/forms/schemaErrors';
import { TEXT_LIMITS } from '../../../core/text';


/** 评论: a leader's, the 组长's or the office's word on how the work goes; it lands in the timeline. */
export function CommentForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const comment = useMutation('tasks.comment');

  const submit = async () => {
    const input = { taskId: task.id, text };
    const problems = schemaErrors(commentTaskInput, input);
    setError(problems.text ?? null);
    if (problems.text) return;
    await finishTaskWrite(task.id, await comment.run(input), '已发表');
  };

  return (
    <TaskFormLayout task={task} submitLabel='发表意见' pending={comment.pending} onSubmit={() => void submit()}>
      <Field label='意见' required error={error} aside={`${text.length}/${TEXT_LIMITS.comment}`} hint='责任部门和责任人会在事项的办理记录中看到'>
        <Textarea
          className='zg-block__textarea'
          value={text}
          maxlength={-1}
          autoHeight
          placeholder='对整改工作的意见、要求或督促'
          onInput={(event) => {
            setText(event.detail.value);
            if (error) setError(null);
          }}
        />
      </Field>
    </TaskFormLayout>
  );
}
