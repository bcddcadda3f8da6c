import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { InterviewDetailView } from '@/features/interviews/InterviewDetailView';
import { useInterviewDetail } from '@/features/interviews/useInterviewDetail';

export default function InterviewDetailPage() {
  const params = useRouter().params;
  const interviewId = params.id ?? '';
  const revision = params.revision ? Number(params.revision) : null;
  const detail = useInterviewDetail(interviewId, revision);
  usePullDownRefresh(() => {
    void detail.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (!detail.data) return detail.error ? <ErrorState error={detail.error} onRetry={detail.retry} /> : <Loading />;
  return <InterviewDetailView detail={{ ...detail, data: detail.data }} revision={revision} />;
}
