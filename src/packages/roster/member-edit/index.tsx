import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListCell } from '@/components/ListCell';
import { Loading } from '@/components/Loading';
import { PrivacySheet } from '@/components/PrivacySheet';
import { Section } from '@/components/Section';
import { DraftNotice } from '@/forms/DraftNotice';
import { InviteCard } from '@/features/roster/InviteCard';
import { MemberForm } from '@/features/roster/MemberForm';
import { useInvite } from '@/features/roster/useInvite';
import { useMemberEditor } from '@/features/roster/useMemberEditor';
import { useRebindConfirm } from '@/features/roster/useRebindConfirm';
import { useMe } from '@/features/me/useMe';
import './index.scss';
import { can } from '../../../../core/capabilities';

export default function MemberEditPage() {
  const { params } = useRouter();
  const editor = useMemberEditor(params.id);
  const invite = useInvite();
  const rebind = useRebindConfirm();
  const me = useMe();
  const isSecretary = me.data ? can(me.data.member.roles, 'guardsIdentity') : false;
  const member = editor.member;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: member ? member.name : '添加成员' });
  }, [member]);

  if (editor.loadError) return <ErrorState error={editor.loadError} onRetry={editor.reload} />;
  if (editor.missing) return <EmptyState title='找不到该成员' description='可能已被他人删除或更改，请返回名单刷新' />;
  if (editor.loading || (params.id && !member)) return <Loading />;

  return (
    <View>
      <PrivacySheet />
      <DraftNotice draft={editor.formDraft} />
      <MemberForm
        draft={editor.draft}
        departments={editor.departments}
        onEdit={editor.edit}
        onToggleRole={editor.toggleRole}
        onToggleDepartment={editor.toggleDepartment}
      />
      <View className='zg-member-edit__actions'>
        {editor.problem ? <View className='zg-member-edit__problem'>{editor.problem}</View> : null}
        <Button
          className='zg-button zg-button--primary'
          loading={editor.saving}
          disabled={editor.saving}
          onClick={() => void editor.save()}
        >
          保存
        </Button>
      </View>
      {member ? (
        <Section title='微信绑定'>
          <ListCell title='绑定状态' value={member.bound ? '已绑定' : '未绑定'} />
        </Section>
      ) : null}
      {member ? (
        invite.invite ? (
          <InviteCard invite={invite.invite} onCopy={invite.copy} />
        ) : (
          <View className='zg-member-edit__invite'>
            <Button
              className='zg-button zg-button--default'
              loading={invite.pending}
              disabled={invite.pending}
              onClick={() => void invite.generate(member.id)}
            >
              {member.bound ? '生成换绑邀请码（更换微信）' : '生成邀请码'}
            </Button>
          </View>
        )
      ) : null}
      {member && member.bound && isSecretary && me.data?.member.id !== member.id ? (
        <View className='zg-member-edit__invite'>
          <Button className='zg-button zg-button--default' loading={rebind.pending} disabled={rebind.pending} onClick={() => void rebind.run(member.id)}>
            确认换绑邀请码
          </Button>
        </View>
      ) : null}
    </View>
  );
}
