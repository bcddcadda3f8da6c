import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { Role } from '../../../core/roles';
import { EmptyState } from '@/components/EmptyState';
import emptyImage from '@/assets/empty/tasks.png';
import { PLAN_IMPORT_PAGE } from '@/features/plans/routes';
import { can } from '../../../core/capabilities';

type Props = {
  roles: readonly Role[] | undefined;
  departmentCount?: number;
  filtered: boolean;
  onClearFilter: () => void;
  /** The list shows the current plan and the unit has others: the items may be there (null: it has none). */
  onAllPlans: (() => void) | null;
};

/** Why the list is empty, in this person's terms: their filter, their departments, their role. */
export function TaskListEmpty({ roles, departmentCount, filtered, onClearFilter, onAllPlans }: Props) {
  if (filtered) {
    return (
      <EmptyState
        title='没有符合条件的事项'
        description='换个筛选条件试试'
        action={
          <Button className='zg-button zg-button--default' onClick={onClearFilter}>
            清除筛选
          </Button>
        }
      />
    );
  }
  // The list opens on the current plan; this person's items may all be in another one (an 审计 plan beside the 巡察).
  if (onAllPlans) {
    return (
      <EmptyState
        image={emptyImage}
        title='当前方案中暂无您的事项'
        description='单位还有其他整改方案，您的事项可能在其中'
        action={
          <Button className='zg-button zg-button--primary' onClick={onAllPlans}>
            查看全部整改任务
          </Button>
        }
      />
    );
  }
  if (roles && can(roles, 'seesAllItems')) {
    return (
      <EmptyState
        image={emptyImage}
        title='还没有整改事项'
        description='导入整改落实方案后，每个问题都会成为一项可跟踪的整改事项，列在这里'
        action={
          <Button className='zg-button zg-button--primary' onClick={() => void Taro.navigateTo({ url: PLAN_IMPORT_PAGE })}>
            导入整改方案
          </Button>
        }
      />
    );
  }
  if (roles && can(roles, 'leadsItems') && !can(roles, 'ownsDepartmentItems')) {
    return <EmptyState image={emptyImage} title='暂无分管的整改事项' description='方案中以您为责任领导的事项会列在这里，由您督导和审核' />;
  }
  // Until we know who is asking, say only what is true for everyone.
  if (!roles) return <EmptyState image={emptyImage} title='暂无整改事项' />;
  if (departmentCount === 0) {
    return <EmptyState image={emptyImage} title='暂无您的整改事项' description='您还没有加入任何部门，也没有被指定为责任人；如有误，请联系办公室' />;
  }
  return <EmptyState image={emptyImage} title='暂无您的整改事项' description='本部门承担的事项和指定由您负责的事项会列在这里' />;
}
