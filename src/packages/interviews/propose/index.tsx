import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { ProposeForm } from '@/features/interviews/ProposeForm';
import { WithRecord } from '@/api/WithRecord';
import { interviewRecords } from '@/features/interviews/interviewRecords';

/** ?taskId= starts a 提醒谈话 about an item; ?id= corrects a draft or a returned proposal. */
export default function ProposePage() {
  const { id = '', taskId = null } = useRouter().params;
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: '修改约谈安排' });
  }, [id]);
  if (!id) return <ProposeForm existing={null} taskId={taskId} />;
  return <WithRecord records={interviewRecords} id={id}>{(snapshot) => <ProposeForm existing={snapshot.interview} taskId={null} />}</WithRecord>;
}
