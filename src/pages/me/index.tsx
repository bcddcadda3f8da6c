import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { BindForm } from '@/features/me/BindForm';
import { MemberProfile } from '@/features/me/MemberProfile';
import { useMe } from '@/features/me/useMe';

export default function MePage() {
  const me = useMe();
  let content;
  if (me.notBound) content = <BindForm onBound={me.replace} />;
  else if (me.data) content = <MemberProfile me={me.data} />;
  else if (me.error) content = <ErrorState error={me.error} onRetry={me.reload} />;
  else content = <Loading />;
  return <View>{content}</View>;
}
