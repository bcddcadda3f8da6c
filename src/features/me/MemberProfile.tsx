import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AuthMeOutput } from '../../../core/actions/auth';
import { ROLE_LABELS } from '../../../core/roles';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { StatusTag } from '@/components/StatusTag';
import { PLAN_LIST_PAGE } from '@/features/plans/routes';
import { DemoIdentitySwitch } from './DemoIdentitySwitch';
import './MemberProfile.scss';
import { can } from '../../../core/capabilities';

type Props = {
  me: AuthMeOutput;
  /** Sections of other features (消息, 到期提醒), shown after 整改. */
  children?: ReactNode;
};

const ROSTER_PAGE = '/packages/roster/members/index';
const ACCESS_LOG_PAGE = '/packages/roster/access-log/index';

/** 我的: who I am, my roles and departments, and the roster entry for those who keep it. */
export function MemberProfile({ me, children }: Props) {
  const { member, departments } = me;
  const keepsRoster = can(member.roles, 'keepsRoster');
  return (
    <View>
      <View className='zg-profile'>
        <View className='zg-profile__avatar'>{member.name.slice(-2)}</View>
        <View className='zg-profile__text'>
          <View className='zg-profile__name'>{member.name}</View>
          <View className='zg-profile__title'>{member.title ?? '未填写职务'}</View>
        </View>
      </View>

      <Section title='我的角色'>
        <View className='zg-profile__roles'>
          {member.roles.map((role) => (
            <StatusTag key={role} tone='green'>
              {ROLE_LABELS[role]}
            </StatusTag>
          ))}
        </View>
      </Section>

      <Section title='所在部门'>
        {departments.length > 0 ? (
          departments.map((department) => <ListCell key={department.id} title={department.name} />)
        ) : (
          <ListCell title={<Text className='zg-profile__none'>暂未分配部门</Text>} />
        )}
      </Section>

      <Section title='整改'>
        <ListCell
          title='整改方案'
          description={keepsRoster ? '查看已导入的方案，导入新的整改落实方案' : '查看整改落实方案及其中的各项整改事项'}
          onClick={() => void Taro.navigateTo({ url: PLAN_LIST_PAGE })}
        />
      </Section>

      {children}

      {keepsRoster ? (
        <Section title='管理'>
          <ListCell
            title='成员与部门'
            description='维护名单、角色，发放邀请码'
            onClick={() => void Taro.navigateTo({ url: ROSTER_PAGE })}
          />
          {can(member.roles, 'guardsIdentity') ? (
            <ListCell title='权限变更记录' description='谁在何时更改了成员角色、邀请码和微信绑定' onClick={() => void Taro.navigateTo({ url: ACCESS_LOG_PAGE })} />
          ) : null}
        </Section>
      ) : null}

      <DemoIdentitySwitch />
    </View>
  );
}
