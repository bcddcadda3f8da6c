import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListCell } from '@/components/ListCell';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { DepartmentTabs } from '@/features/roster/DepartmentTabs';
import { MemberCell } from '@/features/roster/MemberCell';
import { useMemberList } from '@/features/roster/useMemberList';
import { DEPARTMENTS_PAGE, MEMBER_EDIT_PAGE } from '../routes';

const openMember = (id?: string) => void Taro.navigateTo({ url: id ? `${MEMBER_EDIT_PAGE}?id=${id}` : MEMBER_EDIT_PAGE });

export default function MembersPage() {
  const roster = useMemberList();
  if (!roster.ready) {
    return roster.error ? <ErrorState error={roster.error} onRetry={roster.reload} /> : <Loading />;
  }
  return (
    <View>
      <Section>
        <ListCell
          title='部门管理'
          value={`${roster.departments.length} 个部门`}
          onClick={() => void Taro.navigateTo({ url: DEPARTMENTS_PAGE })}
        />
      </Section>
      <DepartmentTabs
        departments={roster.departments}
        total={roster.total}
        unassigned={roster.unassigned}
        value={roster.filter}
        onChange={roster.setFilter}
      />
      {roster.visible.length > 0 ? (
        <Section>
          {roster.visible.map((member) => (
            <MemberCell
              key={member.id}
              member={member}
              departmentNames={roster.departmentNames}
              onClick={() => openMember(member.id)}
            />
          ))}
        </Section>
      ) : (
        <EmptyState title='这里还没有成员' description='添加成员后，为其生成邀请码，对方在“我的”中输入即可绑定' />
      )}
      <View className='zg-page-actions'>
        <Button className='zg-button zg-button--primary' onClick={() => openMember()}>
          添加成员
        </Button>
      </View>
    </View>
  );
}
