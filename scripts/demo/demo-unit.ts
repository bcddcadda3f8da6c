import type { Role } from '../../core/roles';

/** A fictional county unit in the seed plan's shape: its departments and one person for every role. */
export const DEMO_UNIT_NAME = '青山县融媒体中心';

export const DEMO_DEPARTMENTS = ['办公室', '财务室', '总编室', '新媒体室', '播发室', '技术保障部'] as const;

export interface DemoPerson {
  openid: string;
  name: string;
  title: string;
  roles: Role[];
  departments: (typeof DEMO_DEPARTMENTS)[number][];
}

/** The first one runs `setup` and so becomes the office member who creates the others. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { openid: 'demo-chenxiaoyan', name: '陈晓燕', title: '办公室主任', roles: ['office', 'cadre'], departments: ['办公室'] },
  { openid: 'demo-zhangjianguo', name: '张建国', title: '党组书记、主任', roles: ['secretary'], departments: [] },
  { openid: 'demo-liweidong', name: '李卫东', title: '党组成员、副主任', roles: ['leader'], departments: ['总编室', '新媒体室'] },
  { openid: 'demo-wangxiulan', name: '王秀兰', title: '党组成员、副主任', roles: ['leader'], departments: ['财务室', '播发室'] },
  { openid: 'demo-zhaolei', name: '赵磊', title: '总编室主任', roles: ['cadre'], departments: ['总编室'] },
  { openid: 'demo-liuyang', name: '刘洋', title: '新媒体室主任', roles: ['cadre'], departments: ['新媒体室'] },
  { openid: 'demo-sunli', name: '孙丽', title: '财务室会计', roles: ['cadre'], departments: ['财务室'] },
  { openid: 'demo-zhouqiang', name: '周强', title: '播发室主任', roles: ['cadre'], departments: ['播发室'] },
];
