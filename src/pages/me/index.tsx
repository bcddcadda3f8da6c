import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { BindForm } from '@/features/me/BindForm';
import { DemoIdentitySwitch } from '@/features/me/DemoIdentitySwitch';
import { MeReminders } from '@/features/reminders/MeReminders';
import { MemberProfile } from '@/features/me/MemberProfile';
import { useMe } from '@/features/me/useMe';

export default function MePage() {
  const me = useMe();
  if (me.notBound) {
    return (
      <View>
        <BindForm onBound={me.replace} />
        <DemoIdentitySwitch />
      </View>
    );
  }
  if (me.data) {
    return (
      <MemberProfile me={me.data}>
        <MeReminders roles={me.data.member.roles} />
      </MemberProfile>
    );
  }
  if (me.error) return <ErrorState error={me.error} onRetry={me.reload} />;
  return <Loading />;
}
