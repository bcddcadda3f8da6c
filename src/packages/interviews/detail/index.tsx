import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useRecord } from '@/api/useRecord';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { InterviewDetailView } from '@/features/interviews/InterviewDetailView';
import { interviewRecordsAt } from '@/features/interviews/interviewRecords';

export default function InterviewDetailPage() {
  const params = useRouter().params;
  const interviewId = params.id ?? '';
  const revision = params.revision ? Number(params.revision) : null;
  const detail = useRecord(interviewRecordsAt(revision), interviewId);
  usePullDownRefresh(() => {
    void detail.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (!detail.data) return detail.error ? <ErrorState error={detail.error} onRetry={detail.retry} /> : <Loading />;
  return <InterviewDetailView detail={{ ...detail, data: detail.data }} revision={revision} />;
}
